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

/* A disk label (see "DISK LABELS" in guestfs(3)): 1 to 20 ASCII
 * letters.  It becomes the disk's SCSI serial and the name
 * /dev/disk/guestfs/LABEL, and its partitions /dev/disk/guestfs/LABELN.
 */
static bool
is_valid_label (const char *s)
{
  size_t len = strlen (s);

  if (len == 0 || len > 20)
    return false;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
      return false;
  return true;
}

static bool
check_label (guestfs_h *g, const char *fn, const char *label)
{
  if (is_valid_label (label))
    return true;
  error (g,
         "%s: label \"%s\": a disk label is 1 to 20 ASCII letters "
         "[a-zA-Z]",
         fn, label);
  return false;
}

static void
free_drive (struct guestfs_int_drive *d)
{
  free (d->label);
  free (d->filename);
  free (d->format);
  free (d->name);
  free (d->cachemode);
  guestfs_int_free_string_list (d->file_opts);
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

static bool
is_port (const char *s)
{
  char *end;
  long n;

  if (*s < '0' || *s > '9')
    return false;
  errno = 0;
  n = strtol (s, &end, 10);
  return errno == 0 && *end == '\0' && n >= 1 && n <= 65535;
}

/* A server as libguestfs writes it: [tcp:]HOST[:PORT], [tcp:][IPV6][:PORT]
 * or unix:/SOCKET.  Sets *host and *port (NULL: none given) or *socket,
 * pointing into buf (a copy of server that the caller frees).
 */
static int
parse_server (guestfs_h *g, const char *server, char **buf, const char **host,
              const char **port, const char **socket)
{
  char *s, *colon;

  *buf = s = safe_strdup (g, server);
  *host = *port = *socket = NULL;
  if (strncmp (s, "unix:", 5) == 0)
    {
      if (s[5] != '/')
        goto bad;
      *socket = s + 5;
      return 0;
    }
  if (strncmp (s, "tcp:", 4) == 0)
    s += 4;
  if (*s == '[')
    {
      char *close = strchr (s, ']');
      if (close == NULL || close == s + 1
          || (close[1] != '\0' && close[1] != ':'))
        goto bad;
      *close = '\0';
      *host = s + 1;
      colon = close[1] == ':' ? close + 1 : NULL;
    }
  else
    {
      colon = strchr (s, ':');
      *host = s;
    }
  if (colon)
    {
      *colon = '\0';
      if (!is_port (colon + 1))
        goto bad;
      *port = colon + 1;
    }
  if (**host == '\0')
    goto bad;
  return 0;

bad:
  error (g,
         "add_drive: server \"%s\": it must be HOST, HOST:PORT, "
         "[IPV6]:PORT (each may start with \"tcp:\") or unix:/SOCKET",
         server);
  free (*buf);
  *buf = NULL;
  return -1;
}

static char **
make_opts (guestfs_h *g, const char *const *kv, size_t n)
{
  char **opts = safe_calloc (g, n + 1, sizeof *opts);
  size_t j = 0;

  /* Pairs whose value is NULL are left out. */
  for (size_t i = 0; i + 1 < n; i += 2)
    if (kv[i + 1])
      {
        opts[j++] = safe_strdup (g, kv[i]);
        opts[j++] = safe_strdup (g, kv[i + 1]);
      }
  return opts;
}

/* The qemu "file." options that open filename on a network server with
 * the given protocol (never "file"), or NULL after an error.
 */
static char **
network_file_opts (guestfs_h *g, const char *protocol, const char *filename,
                   char *const *server, const char *username, bool readonly)
{
  const char *host, *port, *socket;
  char *buf, *url = NULL, **opts = NULL;
  const bool curl
      = strcmp (protocol, "http") == 0 || strcmp (protocol, "https") == 0
        || strcmp (protocol, "ftp") == 0 || strcmp (protocol, "ftps") == 0;

  if (!curl && strcmp (protocol, "nbd") != 0 && strcmp (protocol, "ssh") != 0)
    {
      error (g,
             "add_drive: protocol \"%s\" is not supported (the supported "
             "protocols are file, nbd, http, https, ftp, ftps and ssh)",
             protocol);
      return NULL;
    }
  if (server == NULL || server[0] == NULL || server[1] != NULL)
    {
      error (g, "add_drive: protocol \"%s\" needs exactly one server",
             protocol);
      return NULL;
    }
  if (parse_server (g, server[0], &buf, &host, &port, &socket) == -1)
    return NULL;
  if (socket && strcmp (protocol, "nbd") != 0)
    {
      error (g,
             "add_drive: server \"%s\": a Unix socket is only possible "
             "with protocol \"nbd\"",
             server[0]);
      goto out;
    }
  if (username && strcmp (protocol, "nbd") == 0)
    {
      error (g, "add_drive: protocol \"nbd\" takes no username");
      goto out;
    }

  if (strcmp (protocol, "nbd") == 0)
    {
      const char *kv[] = {
        "driver",      "nbd",
        "server.type", socket ? "unix" : "inet",
        "server.path", socket,
        "server.host", host,
        "server.port", socket ? NULL : port ? port : "10809",
        "export",      filename[0] ? filename : NULL,
      };
      opts = make_opts (g, kv, sizeof kv / sizeof *kv);
    }
  else if (strcmp (protocol, "ssh") == 0)
    {
      const char *kv[] = {
        "driver",           "ssh",  "server.host", host,   "server.port",
        port ? port : "22", "path", filename,      "user", username,
      };
      opts = make_opts (g, kv, sizeof kv / sizeof *kv);
    }
  else
    {
      /* qemu's curl driver cannot write. */
      if (!readonly)
        {
          error (g,
                 "add_drive: protocol \"%s\" drives are read-only: add "
                 "them with readonly set",
                 protocol);
          goto out;
        }
      url = safe_asprintf (
          g, "%s://%s%s%s%s%s%s%s", protocol, strchr (host, ':') ? "[" : "",
          host, strchr (host, ':') ? "]" : "", port ? ":" : "",
          port ? port : "", filename[0] == '/' ? "" : "/", filename);
      const char *kv[] = {
        "driver", protocol, "url", url, "username", username,
      };
      opts = make_opts (g, kv, sizeof kv / sizeof *kv);
    }

out:
  free (url);
  free (buf);
  return opts;
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
  const char *protocol = set & GUESTFS_ADD_DRIVE_OPTS_PROTOCOL_BITMASK
                             ? optargs->protocol
                             : "file";
  char *const *server
      = set & GUESTFS_ADD_DRIVE_OPTS_SERVER_BITMASK ? optargs->server : NULL;
  const char *username = set & GUESTFS_ADD_DRIVE_OPTS_USERNAME_BITMASK
                             ? optargs->username
                             : NULL;
  const bool copyonread = (set & GUESTFS_ADD_DRIVE_OPTS_COPYONREAD_BITMASK)
                          && optargs->copyonread;
  const int blocksize = set & GUESTFS_ADD_DRIVE_OPTS_BLOCKSIZE_BITMASK
                            ? optargs->blocksize
                            : 0;
  const bool is_file = strcmp (protocol, "file") == 0;
  const bool is_null = is_file && strcmp (filename, "/dev/null") == 0;
  char **file_opts = NULL;
  struct guestfs_int_drive *d;
  struct stat st;

  if (is_file && filename[0] == '\0')
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
  const char *label
      = set & GUESTFS_ADD_DRIVE_OPTS_LABEL_BITMASK ? optargs->label : NULL;
  if (label && !check_label (g, "add_drive", label))
    return -1;
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
  if (blocksize != 0 && blocksize != 512 && blocksize != 4096)
    {
      error (g, "add_drive: blocksize %d: it must be 512 or 4096", blocksize);
      return -1;
    }
  if (set & GUESTFS_ADD_DRIVE_OPTS_SECRET_BITMASK)
    {
      error (g,
             "add_drive: %s: secrets are not implemented for any "
             "protocol",
             filename);
      return -1;
    }
  if (is_file && (server || username))
    {
      error (g,
             "add_drive: %s: server and username need a network "
             "protocol, not \"file\"",
             filename);
      return -1;
    }
  if (!is_file)
    {
      file_opts = network_file_opts (g, protocol, filename, server, username,
                                     readonly);
      if (file_opts == NULL)
        return -1;
    }
  else if (!is_null)
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
  d->filename = is_file ? drive_filename (g, filename)
                        : safe_asprintf (g, "%s:%s", protocol, filename);
  d->file_opts = file_opts;
  d->copyonread = copyonread;
  d->blocksize = blocksize;
  d->readonly = readonly;
  d->format = format ? safe_strdup (g, format) : NULL;
  d->name = name ? safe_strdup (g, name) : NULL;
  d->label = label ? safe_strdup (g, label) : NULL;
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
  if ((optargs->bitmask & GUESTFS_ADD_DRIVE_SCRATCH_LABEL_BITMASK)
      && !check_label (g, "add_drive_scratch", optargs->label))
    return -1;
  if ((optargs->bitmask & GUESTFS_ADD_DRIVE_SCRATCH_BLOCKSIZE_BITMASK)
      && optargs->blocksize != 512 && optargs->blocksize != 4096)
    {
      error (g, "add_drive_scratch: blocksize %d: it must be 512 or 4096",
             optargs->blocksize);
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
  if (optargs->bitmask & GUESTFS_ADD_DRIVE_SCRATCH_BLOCKSIZE_BITMASK)
    d->blocksize = optargs->blocksize;
  if (optargs->bitmask & GUESTFS_ADD_DRIVE_SCRATCH_LABEL_BITMASK)
    d->label = safe_strdup (g, optargs->label);
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

static bool
is_lower (char c)
{
  return c >= 'a' && c <= 'z';
}

/* The API's names, /dev/sdX, for the names a guest may use for the same
 * disks: string work, except for device-mapper names, which only the
 * appliance can tell to be logical volumes (/dev/VG/LV) or not (kept).
 */
char *
guestfs_impl_canonical_device_name (guestfs_h *g, const char *device)
{
  if (strncmp (device, "/dev/mapper/", 12) == 0
      || strncmp (device, "/dev/dm-", 8) == 0)
    {
      char *r;

      /* EINVAL, not a logical volume, is not an error here. */
      guestfs_push_error_handler (g, NULL, NULL);
      r = guestfs_lvm_canonical_lv_name (g, device);
      guestfs_pop_error_handler (g);
      if (r)
        return r;
      if (guestfs_last_errno (g) == EINVAL)
        return safe_strdup (g, device);
      const char *last = guestfs_last_error (g);
      char *msg = safe_strdup (g, last ? last : "failed");
      error (g, "canonical_device_name: %s", msg);
      free (msg);
      return NULL;
    }
  if ((strncmp (device, "/dev/hd", 7) == 0
       || strncmp (device, "/dev/vd", 7) == 0)
      && is_lower (device[7]))
    return safe_asprintf (g, "/dev/sd%s", device + 7);
  return safe_strdup (g, device);
}
