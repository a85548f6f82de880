/* Disk images on the host: create them, and ask qemu-img about them.
 *
 * qemu-img info never opens a backing file (only --backing-chain
 * would), so asking is safe; trusting the answer is the caller's
 * business (a raw image can hold a qcow2 header).  disk_create never
 * guesses a backing file's format beyond "raw": any other guess would
 * let whoever wrote the backing file choose, through its header, what
 * qemu opens when the new image is used.
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "guestfs.h"
#include "guestfs-internal.h"
#include "impl-actions.h"

/* qemu-img on a hostile image: long enough for any real one. */
#define QEMU_IMG_TIMEOUT_S 60

/* What qemu-img info says about an image. */
struct image_info
{
  char *format;          /* NULL: not said */
  int64_t virtual_size;  /* -1: not said */
  bool has_backing_file; /* a backing-filename member */
};

/* The name to give qemu-img for a host file: qemu reads "PROTO:..." as
 * a protocol when the ':' comes before any '/', so such a relative
 * name gets a "./" (the same file).
 */
static char *
qemu_img_filename (guestfs_h *g, const char *filename)
{
  const char *colon = strchr (filename, ':');
  const char *slash = strchr (filename, '/');

  if (colon && (slash == NULL || colon < slash))
    return safe_asprintf (g, "./%s", filename);
  return safe_strdup (g, filename);
}

/* Run qemu-img with argv; -1 with an error naming the caller and
 * qemu-img's own message.  *output_r (may be NULL) gets what it
 * printed.
 */
static int
run_qemu_img (guestfs_h *g, const char *caller, const char *filename,
              char *const *argv, char **output_r)
{
  char *output = NULL;
  int status
      = guestfs_int_run_command (g, argv, QEMU_IMG_TIMEOUT_S, 0, &output);

  if (status == -1)
    return -1;
  if (status == GUESTFS_INT_RUN_TIMEOUT || !WIFEXITED (status)
      || WEXITSTATUS (status) != 0)
    {
      size_t len = output ? strlen (output) : 0;

      while (len > 0 && (output[len - 1] == '\n' || output[len - 1] == ' '))
        output[--len] = '\0';
      if (status == GUESTFS_INT_RUN_TIMEOUT)
        error (g, "%s: %s: qemu-img did not finish within %d seconds", caller,
               filename, QEMU_IMG_TIMEOUT_S);
      else
        error (g, "%s: %s: %s", caller, filename,
               len ? output : "qemu-img failed");
      free (output);
      return -1;
    }
  if (output_r)
    *output_r = output;
  else
    free (output);
  return 0;
}

/* ---- A small JSON reader: enough for qemu-img info's top level. */

static const char *
skip_ws (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  return p;
}

/* A JSON string at p: its end (after the quote), or NULL.  With out,
 * the value is decoded into *out (\uXXXX beyond ASCII as '?': only
 * format names are kept, which are ASCII).
 */
static const char *
json_string (guestfs_h *g, const char *p, char **out)
{
  size_t len = 0;
  char *s = NULL;

  if (*p++ != '"')
    return NULL;
  if (out)
    s = safe_malloc (g, strlen (p) + 1);
  while (*p && *p != '"')
    {
      char c = *p++;

      if (c == '\\')
        {
          c = *p++;
          if (c == '\0')
            break;
          if (c == 'u')
            {
              for (int i = 0; i < 4; i++)
                if (*p++ == '\0')
                  {
                    free (s);
                    return NULL;
                  }
              c = '?';
            }
          else if (c == 'n')
            c = '\n';
          else if (c == 't')
            c = '\t';
        }
      if (s)
        s[len++] = c;
    }
  if (*p != '"')
    {
      free (s);
      return NULL;
    }
  if (s)
    {
      s[len] = '\0';
      *out = s;
    }
  return p + 1;
}

/* Skip any JSON value at p: its end, or NULL if malformed. */
static const char *
json_skip (guestfs_h *g, const char *p, int depth)
{
  p = skip_ws (p);
  if (depth > 64)
    return NULL;
  if (*p == '"')
    return json_string (g, p, NULL);
  if (*p == '{' || *p == '[')
    {
      const char close = *p == '{' ? '}' : ']';

      p = skip_ws (p + 1);
      if (*p == close)
        return p + 1;
      for (;;)
        {
          if (close == '}')
            {
              p = json_string (g, skip_ws (p), NULL);
              if (p == NULL || *(p = skip_ws (p)) != ':')
                return NULL;
              p++;
            }
          p = json_skip (g, p, depth + 1);
          if (p == NULL)
            return NULL;
          p = skip_ws (p);
          if (*p == close)
            return p + 1;
          if (*p++ != ',')
            return NULL;
        }
    }
  /* A number, true, false or null. */
  if (strchr ("-0123456789tfn", *p) == NULL || *p == '\0')
    return NULL;
  while (*p && strchr (",}] \t\r\n", *p) == NULL)
    p++;
  return p;
}

/* Parse qemu-img info's object into *info; -1 if it is not one. */
static int
parse_image_info (guestfs_h *g, const char *json, struct image_info *info)
{
  const char *p = skip_ws (json);

  if (*p++ != '{')
    return -1;
  p = skip_ws (p);
  if (*p == '}')
    return 0;
  for (;;)
    {
      char *key = NULL;
      const char *value;

      p = json_string (g, skip_ws (p), &key);
      if (p == NULL)
        return -1;
      p = skip_ws (p);
      if (*p++ != ':')
        {
          free (key);
          return -1;
        }
      value = skip_ws (p);
      if (strcmp (key, "format") == 0 && *value == '"')
        {
          free (info->format);
          info->format = NULL;
          p = json_string (g, value, &info->format);
        }
      else
        {
          p = json_skip (g, value, 0);
          if (p && strcmp (key, "virtual-size") == 0)
            {
              char *end;
              errno = 0;
              info->virtual_size = strtoll (value, &end, 10);
              if (errno || end != p || info->virtual_size < 0)
                p = NULL;
            }
          else if (strcmp (key, "backing-filename") == 0)
            info->has_backing_file = true;
        }
      free (key);
      if (p == NULL)
        return -1;
      p = skip_ws (p);
      if (*p == '}')
        return 0;
      if (*p++ != ',')
        return -1;
    }
}

/* qemu-img info FILENAME, format probed (never a backing file opened);
 * -1 with an error naming caller.
 */
static int
image_info (guestfs_h *g, const char *caller, const char *filename,
            struct image_info *info)
{
  CLEANUP_FREE char *name = qemu_img_filename (g, filename);
  /* -U: an image a running qemu has open can be read too. */
  char *argv[] = {
    (char *)"qemu-img", (char *)"info", (char *)"-U", (char *)"--output=json",
    (char *)"--",       name,           NULL
  };
  CLEANUP_FREE char *output = NULL;
  const char *json;

  info->format = NULL;
  info->virtual_size = -1;
  info->has_backing_file = false;
  if (run_qemu_img (g, caller, filename, argv, &output) == -1)
    return -1;
  /* Any warning qemu-img printed comes before the object, which
   * starts a line.
   */
  json = output[0] == '{' ? output : strstr (output, "\n{");
  if (json == NULL || parse_image_info (g, json, info) == -1)
    {
      error (g, "%s: %s: cannot parse the output of qemu-img info", caller,
             filename);
      free (info->format);
      return -1;
    }
  return 0;
}

char *
guestfs_impl_disk_format (guestfs_h *g, const char *filename)
{
  struct image_info info;

  if (image_info (g, "disk_format", filename, &info) == -1)
    return NULL;
  return info.format ? info.format : safe_strdup (g, "unknown");
}

int
guestfs_impl_disk_has_backing_file (guestfs_h *g, const char *filename)
{
  struct image_info info;

  if (image_info (g, "disk_has_backing_file", filename, &info) == -1)
    return -1;
  free (info.format);
  return info.has_backing_file;
}

int64_t
guestfs_impl_disk_virtual_size (guestfs_h *g, const char *filename)
{
  struct image_info info;

  if (image_info (g, "disk_virtual_size", filename, &info) == -1)
    return -1;
  free (info.format);
  if (info.virtual_size < 0)
    {
      error (g, "disk_virtual_size: %s: qemu-img info gave no virtual size",
             filename);
      return -1;
    }
  return info.virtual_size;
}

/* ---- disk_create */

static bool
is_simple_name (const char *s)
{
  if (*s == '\0')
    return false;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')
          || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-' || *s == '.'))
      return false;
  return true;
}

static int
create_raw (guestfs_h *g, const char *filename, int64_t size, bool full)
{
  struct stat st;
  bool created;
  int fd, r;

  /* A block device has its size and nothing to format for raw. */
  if (stat (filename, &st) == 0 && S_ISBLK (st.st_mode))
    {
      fd = open (filename, O_WRONLY | O_CLOEXEC | O_NOCTTY);
      if (fd == -1)
        {
          perrorf (g, "disk_create: %s", filename);
          return -1;
        }
      close (fd);
      return 0;
    }
  created = stat (filename, &st) == -1;
  fd = open (filename, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOCTTY,
             0666);
  if (fd == -1)
    {
      perrorf (g, "disk_create: %s", filename);
      return -1;
    }
  if (ftruncate (fd, size) == -1)
    goto fail;
  if (full && size > 0 && (r = posix_fallocate (fd, 0, size)) != 0)
    {
      errno = r;
      goto fail;
    }
  if (close (fd) == -1)
    {
      fd = -1;
      goto fail;
    }
  return 0;

fail:
  perrorf (g, "disk_create: %s: making it %" PRIi64 " bytes", filename, size);
  if (fd >= 0)
    close (fd);
  if (created)
    unlink (filename);
  return -1;
}

/* The backing file's path as qemu will open it: relative to the
 * directory of the new image.
 */
static char *
backing_path (guestfs_h *g, const char *filename, const char *backingfile)
{
  const char *slash = strrchr (filename, '/');

  if (backingfile[0] == '/' || slash == NULL)
    return safe_strdup (g, backingfile);
  return safe_asprintf (g, "%.*s/%s", (int)(slash - filename), filename,
                        backingfile);
}

int
guestfs_impl_disk_create (guestfs_h *g, const char *filename,
                          const char *format, int64_t size,
                          const struct guestfs_disk_create_argv *optargs)
{
  const uint64_t set = optargs->bitmask;
  const char *backingfile = set & GUESTFS_DISK_CREATE_BACKINGFILE_BITMASK
                                ? optargs->backingfile
                                : NULL;
  const char *backingformat = set & GUESTFS_DISK_CREATE_BACKINGFORMAT_BITMASK
                                  ? optargs->backingformat
                                  : NULL;
  const char *prealloc = set & GUESTFS_DISK_CREATE_PREALLOCATION_BITMASK
                             ? optargs->preallocation
                             : "off";
  const char *compat
      = set & GUESTFS_DISK_CREATE_COMPAT_BITMASK ? optargs->compat : NULL;
  const bool has_clustersize = set & GUESTFS_DISK_CREATE_CLUSTERSIZE_BITMASK;
  const bool qcow2 = strcmp (format, "qcow2") == 0;
  CLEANUP_FREE char *name = NULL, *opts = NULL, *sizestr = NULL;
  CLEANUP_FREE char *probed = NULL;
  const char *argv[16];
  size_t n = 0;

  if (filename[0] == '\0')
    {
      error (g, "disk_create: the file name is empty");
      return -1;
    }
  if (!qcow2 && strcmp (format, "raw") != 0)
    {
      error (g, "disk_create: format \"%s\": it must be \"raw\" or \"qcow2\"",
             format);
      return -1;
    }
  if (strcmp (prealloc, "sparse") == 0)
    prealloc = "off";
  if (strcmp (prealloc, "off") != 0 && strcmp (prealloc, "full") != 0
      && !(qcow2 && strcmp (prealloc, "metadata") == 0))
    {
      error (g,
             "disk_create: preallocation \"%s\": it must be \"off\", "
             "\"sparse\"%s or \"full\"",
             prealloc, qcow2 ? ", \"metadata\"" : "");
      return -1;
    }
  if (!qcow2 && (backingfile || backingformat || compat || has_clustersize))
    {
      error (g, "disk_create: backingfile, backingformat, compat and "
                "clustersize are for qcow2 only");
      return -1;
    }
  if (compat && strcmp (compat, "0.10") != 0 && strcmp (compat, "1.1") != 0)
    {
      error (g, "disk_create: compat \"%s\": it must be \"0.10\" or \"1.1\"",
             compat);
      return -1;
    }
  if (has_clustersize
      && (optargs->clustersize < 512 || optargs->clustersize > 2097152
          || (optargs->clustersize & (optargs->clustersize - 1)) != 0))
    {
      error (g,
             "disk_create: clustersize %d: it must be a power of 2 from 512 "
             "to 2097152",
             optargs->clustersize);
      return -1;
    }
  if (backingfile && size != -1)
    {
      error (g,
             "disk_create: with a backingfile the size must be -1 (the "
             "backing file's size), not %" PRIi64,
             size);
      return -1;
    }
  if (!backingfile && size < 0)
    {
      error (g, "disk_create: size %" PRIi64 ": it must not be negative",
             size);
      return -1;
    }
  if (backingfile && backingfile[0] == '\0')
    {
      error (g, "disk_create: the backingfile name is empty");
      return -1;
    }
  if (backingformat && !is_simple_name (backingformat))
    {
      error (g, "disk_create: backingformat \"%s\" is not a format name",
             backingformat);
      return -1;
    }

  if (!qcow2)
    return create_raw (g, filename, size, strcmp (prealloc, "full") == 0);

  if (backingfile && backingformat == NULL)
    {
      CLEANUP_FREE char *path = backing_path (g, filename, backingfile);
      struct image_info info;

      if (image_info (g, "disk_create", path, &info) == -1)
        return -1;
      probed = info.format;
      if (probed == NULL || strcmp (probed, "raw") != 0)
        {
          error (g,
                 "disk_create: backing file %s looks like format \"%s\": "
                 "give backingformat (only \"raw\" is ever assumed, since "
                 "a raw file can hold any header)",
                 backingfile, probed ? probed : "unknown");
          return -1;
        }
      backingformat = probed;
    }

  name = qemu_img_filename (g, filename);
  opts = safe_asprintf (g, "preallocation=%s", prealloc);
  if (compat)
    {
      char *o = safe_asprintf (g, "%s,compat=%s", opts, compat);
      free (opts);
      opts = o;
    }
  if (has_clustersize)
    {
      char *o = safe_asprintf (g, "%s,cluster_size=%d", opts,
                               optargs->clustersize);
      free (opts);
      opts = o;
    }
  argv[n++] = "qemu-img";
  argv[n++] = "create";
  argv[n++] = "-q";
  argv[n++] = "-f";
  argv[n++] = "qcow2";
  if (backingfile)
    {
      argv[n++] = "-b";
      argv[n++] = backingfile;
      argv[n++] = "-F";
      argv[n++] = backingformat;
    }
  argv[n++] = "-o";
  argv[n++] = opts;
  argv[n++] = "--";
  argv[n++] = name;
  if (!backingfile)
    {
      struct stat st;
      int64_t sz = size;

      /* A block device is formatted at its own size. */
      if (stat (filename, &st) == 0 && S_ISBLK (st.st_mode))
        {
          int fd = open (filename, O_RDONLY | O_CLOEXEC | O_NOCTTY);
          off_t end = fd == -1 ? -1 : lseek (fd, 0, SEEK_END);

          if (fd >= 0)
            close (fd);
          if (end == -1)
            {
              perrorf (g, "disk_create: %s", filename);
              return -1;
            }
          sz = end;
        }
      sizestr = safe_asprintf (g, "%" PRIi64, sz);
      argv[n++] = sizestr;
    }
  argv[n] = NULL;
  return run_qemu_img (g, "disk_create", filename, (char *const *)argv, NULL);
}
