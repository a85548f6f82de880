/* The drives added before launch.  Everything is checked here, once:
 * the backend puts the values on a qemu command line as they are
 * (qemu-cmdline.c quotes them), and qemu never probes a format.
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "guestfs.h"
#include "guestfs-internal.h"
#include "impl-actions.h"

/* Format and interface names go into qemu options unquoted. */
static bool
is_simple_name (const char *s)
{
  if (*s == '\0')
    return false;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')
          || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
      return false;
  return true;
}

static void
free_drive (struct guestfs_int_drive *d)
{
  free (d->filename);
  free (d->format);
  free (d->name);
  free (d->cachemode);
  free (d);
}

static void
append_drive (guestfs_h *g, struct guestfs_int_drive *d)
{
  g->drives
      = safe_realloc (g, g->drives, (g->nr_drives + 1) * sizeof *g->drives);
  g->drives[g->nr_drives++] = d;
}

/* Does the file start like a qcow2 image ("QFI\xfb")?  Only to refuse
 * it without a format: the drive goes to qemu as raw whatever is read
 * here, so a file changed later cannot change what qemu opens.
 */
static bool
looks_like_qcow2 (const char *filename, const struct stat *st)
{
  char magic[4];
  int fd;
  bool r;

  if (!S_ISREG (st->st_mode) && !S_ISBLK (st->st_mode))
    return false;
  fd = open (filename, O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd == -1)
    return false;
  r = pread (fd, magic, sizeof magic, 0) == (ssize_t)sizeof magic
      && memcmp (magic, "QFI\xfb", sizeof magic) == 0;
  close (fd);
  return r;
}

/* qemu reads "PROTOCOL:..." in a file name as a protocol (json:, nbd:,
 * ...) when the ':' comes before any '/': such a relative name is made
 * to start with "./", which means the same file.
 */
static char *
drive_filename (guestfs_h *g, const char *filename)
{
  const char *colon = strchr (filename, ':');
  const char *slash = strchr (filename, '/');

  if (colon && (slash == NULL || colon < slash))
    return safe_asprintf (g, "./%s", filename);
  return safe_strdup (g, filename);
}

int
guestfs_impl_add_drive_opts (guestfs_h *g, const char *filename,
                             const struct guestfs_add_drive_opts_argv *optargs)
{
  const uint64_t set = optargs->bitmask;
  const bool readonly
      = (set & GUESTFS_ADD_DRIVE_OPTS_READONLY_BITMASK) && optargs->readonly;
  const char *format
      = set & GUESTFS_ADD_DRIVE_OPTS_FORMAT_BITMASK ? optargs->format : NULL;
  const char *iface
      = set & GUESTFS_ADD_DRIVE_OPTS_IFACE_BITMASK ? optargs->iface : NULL;
  const char *name
      = set & GUESTFS_ADD_DRIVE_OPTS_NAME_BITMASK ? optargs->name : NULL;
  const char *cachemode = set & GUESTFS_ADD_DRIVE_OPTS_CACHEMODE_BITMASK
                              ? optargs->cachemode
                              : NULL;
  const char *discard = set & GUESTFS_ADD_DRIVE_OPTS_DISCARD_BITMASK
                            ? optargs->discard
                            : "disable";
  const bool is_null = strcmp (filename, "/dev/null") == 0;
  struct guestfs_int_drive *d;
  struct stat st;

  if (filename[0] == '\0')
    {
      error (g, "add_drive: the file name is empty");
      return -1;
    }
  if (format && !is_simple_name (format))
    {
      error (g,
             "add_drive: format \"%s\": a format name may only contain "
             "letters, digits, '_' and '-'",
             format);
      return -1;
    }
  if (iface && !is_simple_name (iface))
    {
      error (g,
             "add_drive: iface \"%s\": an interface name may only "
             "contain letters, digits, '_' and '-'",
             iface);
      return -1;
    }
  if (set & GUESTFS_ADD_DRIVE_OPTS_LABEL_BITMASK)
    {
      error (g, "add_drive: %s: drive labels are not implemented", filename);
      return -1;
    }
  if (cachemode && strcmp (cachemode, "writeback") != 0
      && strcmp (cachemode, "unsafe") != 0)
    {
      error (g,
             "add_drive: cachemode \"%s\": it must be \"writeback\" or "
             "\"unsafe\"",
             cachemode);
      return -1;
    }
  /* "enable" would fail on a drive that cannot discard, but raw and
   * qcow2 files always can, so it means what "besteffort" does.
   */
  if (strcmp (discard, "disable") != 0 && strcmp (discard, "enable") != 0
      && strcmp (discard, "besteffort") != 0)
    {
      error (g,
             "add_drive: discard \"%s\": it must be \"disable\", "
             "\"enable\" or \"besteffort\"",
             discard);
      return -1;
    }
  if (!is_null)
    {
      /* Fail now rather than after booting qemu. */
      if (stat (filename, &st) == -1
          || access (filename, readonly ? R_OK : R_OK | W_OK) == -1)
        {
          perrorf (g, "add_drive: %s", filename);
          return -1;
        }
      if (S_ISDIR (st.st_mode))
        {
          guestfs_int_error_errno (g, EISDIR, "add_drive: %s: %s", filename,
                                   strerror (EISDIR));
          return -1;
        }
      /* Seen as raw, a qcow2 image is garbage to the guest and its
       * writes would wreck the image; opened as qcow2 unasked, the
       * header (which whoever wrote the image controls) could make
       * qemu open any host file as a backing file.  Only the caller
       * knows which it is.
       */
      if (format == NULL && looks_like_qcow2 (filename, &st))
        {
          error (g,
                 "add_drive: %s: the image has a qcow2 header but no format "
                 "was given: add it with format \"qcow2\" (qemu then also "
                 "opens any backing file its header names) or format "
                 "\"raw\" (its bytes as they are)",
                 filename);
          return -1;
        }
    }

  d = safe_calloc (g, 1, sizeof *d);
  d->filename = drive_filename (g, filename);
  d->readonly = readonly;
  d->format = format ? safe_strdup (g, format) : NULL;
  d->name = name ? safe_strdup (g, name) : NULL;
  d->cachemode = cachemode ? safe_strdup (g, cachemode) : NULL;
  d->discard = strcmp (discard, "disable") != 0;
  d->is_null = is_null;
  append_drive (g, d);
  debug (g, "add_drive: %s%s%s%s", d->filename, readonly ? " (read-only)" : "",
         format ? " format=" : "", format ? format : "");
  return 0;
}

int
guestfs_impl_add_drive_ro (guestfs_h *g, const char *filename)
{
  const struct guestfs_add_drive_opts_argv optargs = {
    .bitmask = GUESTFS_ADD_DRIVE_OPTS_READONLY_BITMASK,
    .readonly = 1,
  };

  return guestfs_impl_add_drive_opts (g, filename, &optargs);
}

int
guestfs_impl_add_drive_scratch (
    guestfs_h *g, int64_t size,
    const struct guestfs_add_drive_scratch_argv *optargs)
{
  const char *dir;
  struct guestfs_int_drive *d;
  char *path;
  int fd;

  if (size <= 0)
    {
      error (g, "add_drive_scratch: size must be greater than 0, not %" PRIi64,
             size);
      return -1;
    }
  if (optargs->bitmask & GUESTFS_ADD_DRIVE_SCRATCH_LABEL_BITMASK)
    {
      error (g, "add_drive_scratch: drive labels are not implemented");
      return -1;
    }
  dir = guestfs_int_sockdir (g);
  if (dir == NULL)
    return -1;
  path = safe_asprintf (g, "%s/scratch-XXXXXX", dir);
  fd = mkostemp (path, O_CLOEXEC);
  if (fd == -1)
    {
      perrorf (g, "add_drive_scratch: %s", path);
      free (path);
      return -1;
    }
  /* Sparse: only what the appliance writes takes space. */
  if (ftruncate (fd, size) == -1)
    {
      perrorf (g, "add_drive_scratch: %s: cannot make it %" PRIi64 " bytes",
               path, size);
      close (fd);
      unlink (path);
      free (path);
      return -1;
    }
  close (fd);

  d = safe_calloc (g, 1, sizeof *d);
  d->filename = path;
  d->format = safe_strdup (g, "raw");
  if (optargs->bitmask & GUESTFS_ADD_DRIVE_SCRATCH_NAME_BITMASK)
    d->name = safe_strdup (g, optargs->name);
  d->scratch = true;
  append_drive (g, d);
  debug (g, "add_drive_scratch: %s, %" PRIi64 " bytes", path, size);
  return 0;
}

void
guestfs_int_free_drives (guestfs_h *g)
{
  /* A forked child's copy: the scratch files are the parent's. */
  const bool owner = g->pid == getpid ();

  for (size_t i = 0; i < g->nr_drives; i++)
    {
      if (g->drives[i]->scratch && owner)
        unlink (g->drives[i]->filename);
      free_drive (g->drives[i]);
    }
  free (g->drives);
  g->drives = NULL;
  g->nr_drives = 0;
}
