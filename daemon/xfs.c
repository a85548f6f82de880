/* XFS: geometry (xfs_info), growing, parameters (xfs_admin) and
 * repair.
 */

#include <config.h>

#include <ctype.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon.h"
#include "actions.h"
#include "ext2.h"

/* Bits of optargs_bitmask, in the order api.py lists the options. */
#define GROWFS_DATASEC (1 << 0)
#define GROWFS_LOGSEC (1 << 1)
#define GROWFS_RTSEC (1 << 2)
#define GROWFS_DATASIZE (1 << 3)
#define GROWFS_LOGSIZE (1 << 4)
#define GROWFS_RTSIZE (1 << 5)
#define GROWFS_RTEXTSIZE (1 << 6)
#define GROWFS_MAXPCT (1 << 7)

#define ADMIN_EXTUNWRITTEN (1 << 0)
#define ADMIN_IMGFILE (1 << 1)
#define ADMIN_V2LOG (1 << 2)
#define ADMIN_PROJID32BIT (1 << 3)
#define ADMIN_LAZYCOUNTER (1 << 4)
#define ADMIN_LABEL (1 << 5)
#define ADMIN_UUID (1 << 6)

#define REPAIR_FORCELOGZERO (1 << 0)
#define REPAIR_NOMODIFY (1 << 1)
#define REPAIR_NOPREFETCH (1 << 2)
#define REPAIR_FORCEGEOMETRY (1 << 3)
#define REPAIR_MAXMEM (1 << 4)
#define REPAIR_IHASHSIZE (1 << 5)
#define REPAIR_BHASHSIZE (1 << 6)
#define REPAIR_AGSTRIDE (1 << 7)
#define REPAIR_LOGDEV (1 << 8)
#define REPAIR_RTDEV (1 << 9)

#define MAX_ARGS 32

/* The kernel lists xfs in /proc/filesystems. */
static bool
kernel_has_xfs (void)
{
  CLEANUP_FREE char *fs = NULL;
  CLEANUP_CLOSE int fd = open ("/proc/filesystems", O_RDONLY | O_CLOEXEC);
  size_t size;

  if (fd == -1 || (fs = read_whole_fd (fd, 1 << 16, &size)) == NULL)
    return false;
  return strstr (fs, "\txfs\n") != NULL;
}

/* The tools, and the kernel's xfs (a module loaded on demand). */
int
optgroup_xfs_available (void)
{
  static const char *const progs[]
      = { "xfs_admin", "xfs_db", "xfs_growfs", "xfs_info", "xfs_repair" };
  static int available = -1;

  if (available != -1)
    return available;
  for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++)
    if (!program_available (progs[i]))
      return available = 0;
  if (!kernel_has_xfs ())
    {
      CLEANUP_FREE char *err = NULL;
      if (command (NULL, &err, "modprobe", "xfs", NULL) != 0
          || !kernel_has_xfs ())
        return available = 0;
    }
  return available = 1;
}

/* The directory path (in the sysroot) of the guest directory path, for
 * the tools that take a mount point; NULL after replying with an error.
 */
static char *
mount_point (const char *path)
{
  CLEANUP_CLOSE int fd = sysroot_open (path, O_PATH | O_DIRECTORY, 0);
  char *r;

  if (fd == -1 || (r = fd_realpath (fd)) == NULL)
    {
      reply_with_perror ("%s", path);
      return NULL;
    }
  return r;
}

static int
not_mounted (const char *device)
{
  if (!device_in_use (device))
    return 0;
  reply_with_error_errno (EBUSY, "%s: the filesystem is mounted", device);
  return -1;
}

/* ------------------------------------------------------------ xfs_info */

/* Set the field for key=value of section (meta-data, data, naming, log,
 * realtime) of xfs_info's output.
 */
static void
info_field (struct guestfs_int_xfsinfo *r, const char *section,
            const char *key, const char *value)
{
  const struct
  {
    const char *section, *key;
    uint32_t *u32;
    uint64_t *u64;
  } fields[] = {
    { "meta-data", "isize", &r->xfs_inodesize, NULL },
    { "meta-data", "agcount", &r->xfs_agcount, NULL },
    { "meta-data", "agsize", &r->xfs_agsize, NULL },
    { "meta-data", "sectsz", &r->xfs_sectsize, NULL },
    { "meta-data", "attr", &r->xfs_attr, NULL },
    { "data", "bsize", &r->xfs_blocksize, NULL },
    { "data", "blocks", NULL, &r->xfs_datablocks },
    { "data", "imaxpct", &r->xfs_imaxpct, NULL },
    { "data", "sunit", &r->xfs_sunit, NULL },
    { "data", "swidth", &r->xfs_swidth, NULL },
    { "naming", "bsize", &r->xfs_dirblocksize, NULL },
    { "naming", "ascii-ci", &r->xfs_cimode, NULL },
    { "log", "bsize", &r->xfs_logblocksize, NULL },
    { "log", "blocks", &r->xfs_logblocks, NULL },
    { "log", "version", &r->xfs_logversion, NULL },
    { "log", "sectsz", &r->xfs_logsectsize, NULL },
    { "log", "sunit", &r->xfs_logsunit, NULL },
    { "log", "lazy-count", &r->xfs_lazycount, NULL },
    { "realtime", "extsz", &r->xfs_rtextsize, NULL },
    { "realtime", "blocks", NULL, &r->xfs_rtblocks },
    { "realtime", "rtextents", NULL, &r->xfs_rtextents },
  };
  int64_t v;

  if (parse_int64 (value, 0, INT64_MAX, &v) == -1)
    return;
  for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
    if (strcmp (fields[i].section, section) == 0
        && strcmp (fields[i].key, key) == 0)
      {
        if (fields[i].u32)
          *fields[i].u32 = v;
        else
          *fields[i].u64 = v;
      }
}

/* The name after "section=": up to two spaces (names have single
 * spaces: "internal log", "version 2").
 */
static int
info_name (struct guestfs_int_xfsinfo *r, const char *section, char *name)
{
  char **dest = NULL;
  char *copy;

  if (strcmp (section, "meta-data") == 0)
    {
      /* A device: as the caller names it. */
      copy = is_device_arg (name) ? canonical_device_name (name)
                                  : strdup (name);
      dest = &r->xfs_mntpoint;
    }
  else if (strcmp (section, "naming") == 0)
    {
      int64_t v;

      if (strncmp (name, "version ", 8) == 0
          && parse_int64 (name + 8, 0, UINT32_MAX, &v) == 0)
        r->xfs_dirversion = v;
      return 0;
    }
  else if (strcmp (section, "log") == 0 || strcmp (section, "realtime") == 0)
    {
      /* "internal log": the word that says where. */
      name[strcspn (name, " ")] = '\0';
      copy = strdup (name);
      dest = section[0] == 'l' ? &r->xfs_logname : &r->xfs_rtname;
    }
  else
    return 0;
  if (copy == NULL)
    {
      reply_with_perror ("malloc");
      return -1;
    }
  free (*dest);
  *dest = copy;
  return 0;
}

static int
parse_xfs_info (struct guestfs_int_xfsinfo *r, char *out)
{
  char section[16] = "";

  for (char *line = out; *line;)
    {
      size_t n = strcspn (line, "\n");
      char *next = line + n + (line[n] == '\n');
      char *eq, *p, *end;

      line[n] = '\0';
      eq = strchr (line, '=');
      if (eq == NULL)
        {
          line = next;
          continue;
        }
      /* "data     =..." starts a section, "         =..." goes on. */
      if (line[0] != ' ')
        snprintf (section, sizeof section, "%.*s", (int)strcspn (line, " ="),
                  line);
      p = eq + 1;
      end = strstr (p, "  ");
      if (end == NULL)
        end = p + strlen (p);
      if (end > p)
        {
          char c = *end;
          *end = '\0';
          if (info_name (r, section, p) == -1)
            return -1;
          *end = c;
        }
      /* Then "key=value" items, separated by spaces and commas. */
      for (p = end; *p;)
        {
          p += strspn (p, " ,");
          size_t len = strcspn (p, " ,");
          char *item = p;
          char *v = memchr (item, '=', len);

          p += len;
          if (v)
            {
              char c = *p;
              *p = '\0';
              *v = '\0';
              info_field (r, section, item, v + 1);
              *v = '=';
              *p = c;
            }
        }
      line = next;
    }
  return 0;
}

/* What xfs_info prints about the filesystem on the device, or mounted
 * at the directory, pathordevice; NULL after replying with an error.
 */
static char *
xfs_info_output (const char *pathordevice)
{
  CLEANUP_FREE char *target = NULL, *err = NULL;
  char *out = NULL;
  int st;

  target = is_device_arg (pathordevice) ? strdup (pathordevice)
                                        : mount_point (pathordevice);
  if (target == NULL)
    {
      if (is_device_arg (pathordevice))
        reply_with_perror ("strdup");
      return NULL;
    }
  st = command (&out, &err, "xfs_info", target, NULL);
  if (st != 0)
    {
      free (out);
      reply_command_error (pathordevice, st, "xfs_info", err);
      return NULL;
    }
  return out;
}

struct guestfs_int_xfsinfo *
do_xfs_info (const char *pathordevice)
{
  CLEANUP_FREE char *out = xfs_info_output (pathordevice);
  struct guestfs_int_xfsinfo *r;

  if (out == NULL)
    return NULL;
  r = malloc (sizeof *r);
  if (r == NULL)
    {
      reply_with_perror ("malloc");
      return NULL;
    }
  /* What xfs_info does not say is -1 (all bits set), or "". */
  memset (r, 0xff, sizeof *r);
  r->xfs_mntpoint = strdup ("");
  r->xfs_logname = strdup ("");
  r->xfs_rtname = strdup ("");
  if (r->xfs_mntpoint == NULL || r->xfs_logname == NULL
      || r->xfs_rtname == NULL)
    {
      reply_with_perror ("malloc");
      goto fail;
    }
  if (parse_xfs_info (r, out) == -1)
    goto fail;
  return r;

fail:
  free (r->xfs_mntpoint);
  free (r->xfs_logname);
  free (r->xfs_rtname);
  free (r);
  return NULL;
}

/* --------------------------------------------- xfs_growfs and the rest */

struct args
{
  const char *argv[MAX_ARGS];
  size_t n;
  char nums[10][48];
  size_t nnums;
};

static void
add (struct args *a, const char *s)
{
  if (a->n < MAX_ARGS - 1)
    a->argv[a->n++] = s;
}

static void
add_num (struct args *a, const char *flag, const char *fs, int64_t v)
{
  if (a->nnums < sizeof a->nums / sizeof a->nums[0])
    {
      char *b = a->nums[a->nnums++];
      snprintf (b, sizeof a->nums[0], fs, v);
      add (a, flag);
      add (a, b);
    }
}

static bool
positive (const char *what, const char *name, int64_t v)
{
  if (v > 0)
    return true;
  reply_with_error_errno (EINVAL, "%s: %s %" PRIi64 " must be positive", what,
                          name, v);
  return false;
}

/* Drop the rows of dots xfs_repair prints while it searches, in place. */
static void
drop_dots (char *s)
{
  char *w = s;

  for (const char *p = s; *p;)
    {
      size_t n = strspn (p, ".");

      if (n > 3)
        p += n;
      else
        {
          /* A few dots, or one other character. */
          if (n == 0)
            n = 1;
          memmove (w, p, n);
          w += n;
          p += n;
        }
    }
  *w = '\0';
}

/* Run; the exit status, or -1 after replying with an error for any
 * other than 0 and ok_status.
 */
static int
run (const char *what, struct args *a, int ok_status)
{
  CLEANUP_FREE char *out = NULL, *err = NULL;
  int r;

  a->argv[a->n] = NULL;
  struct command cmd = COMMAND_INIT (a->argv);
  r = run_command (&cmd, &out, &err);
  if (r == 0 || (r == ok_status && ok_status > 0))
    return r;
  /* Some of them say why on stdout. */
  if ((err == NULL || err[0] == '\0') && out && out[0])
    {
      trim_end (out);
      reply_with_error ("%s: %s", what, out);
    }
  else
    {
      if (err)
        drop_dots (err);
      reply_command_error (what, r, a->argv[0], err);
    }
  return -1;
}

int
do_xfs_growfs (const char *path, int datasec, int logsec, int rtsec,
               int64_t datasize, int64_t logsize, int64_t rtsize,
               int64_t rtextsize, int maxpct)
{
  uint64_t opts = optargs_bitmask;
  CLEANUP_FREE char *dir = NULL;
  struct args a = { .n = 0 };
  const struct
  {
    int bit;
    const char *name, *flag;
    int64_t v;
  } sizes[] = {
    { GROWFS_DATASIZE, "datasize", "-D", datasize },
    { GROWFS_LOGSIZE, "logsize", "-L", logsize },
    { GROWFS_RTSIZE, "rtsize", "-R", rtsize },
    { GROWFS_RTEXTSIZE, "rtextsize", "-e", rtextsize },
  };

  add (&a, "xfs_growfs");
  if ((opts & GROWFS_DATASEC) && datasec)
    add (&a, "-d");
  if ((opts & GROWFS_LOGSEC) && logsec)
    add (&a, "-l");
  if ((opts & GROWFS_RTSEC) && rtsec)
    add (&a, "-r");
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    if (opts & sizes[i].bit)
      {
        if (!positive (path, sizes[i].name, sizes[i].v))
          return -1;
        add_num (&a, sizes[i].flag, "%" PRIi64, sizes[i].v);
      }
  if (opts & GROWFS_MAXPCT)
    {
      if (maxpct < 0 || maxpct > 100)
        {
          reply_with_error_errno (
              EINVAL, "%s: maxpct %d is not between 0 and 100", path, maxpct);
          return -1;
        }
      add_num (&a, "-m", "%" PRIi64, maxpct);
    }
  dir = mount_point (path);
  if (dir == NULL)
    return -1;
  add (&a, dir);
  return run (path, &a, 0);
}

static bool
valid_admin_uuid (const char *device, const char *uuid)
{
  if (valid_uuid (uuid) || strcmp (uuid, "nil") == 0
      || strcmp (uuid, "generate") == 0)
    return true;
  /* xfs_admin puts it through "eval": nothing else may reach it. */
  reply_with_error_errno (
      EINVAL, "%s: uuid '%s' is not a UUID, nil or generate", device, uuid);
  return false;
}

int
do_xfs_admin (const char *device, int extunwritten, int imgfile, int v2log,
              int projid32bit, int lazycounter, const char *label,
              const char *uuid)
{
  uint64_t opts = optargs_bitmask;
  struct args a = { .n = 0 };
  CLEANUP_FREE char *out = NULL, *err = NULL;
  int r;

  if (opts == 0)
    return 0;
  if (not_mounted (device) == -1)
    return -1;
  add (&a, "xfs_admin");
  if ((opts & ADMIN_EXTUNWRITTEN) && extunwritten)
    add (&a, "-e");
  if ((opts & ADMIN_IMGFILE) && imgfile)
    add (&a, "-f");
  if ((opts & ADMIN_V2LOG) && v2log)
    add (&a, "-j");
  if ((opts & ADMIN_PROJID32BIT) && projid32bit)
    add (&a, "-p");
  if (opts & ADMIN_LAZYCOUNTER)
    {
      add (&a, "-c");
      add (&a, lazycounter ? "1" : "0");
    }
  if (opts & ADMIN_LABEL)
    {
      if (!valid_xfs_label (device, label))
        return -1;
      /* "--" is xfs_admin's (xfs_db's) way to clear it. */
      add (&a, "-L");
      add (&a, label[0] ? label : "--");
    }
  if (opts & ADMIN_UUID)
    {
      if (!valid_admin_uuid (device, uuid))
        return -1;
      add (&a, "-U");
      add (&a, uuid);
    }
  add (&a, device);
  a.argv[a.n] = NULL;

  struct command cmd = COMMAND_INIT (a.argv);
  r = run_command (&cmd, &out, &err);
  /* xfs_db exits 0 even if it refuses a label or UUID, but those are
   * checked above; -c runs xfs_repair, which talks on stderr.
   */
  if (r != 0)
    {
      reply_command_error (device, r, "xfs_admin", err);
      return -1;
    }
  return 0;
}

int
do_xfs_repair (const char *device, int forcelogzero, int nomodify,
               int noprefetch, int forcegeometry, int64_t maxmem,
               int64_t ihashsize, int64_t bhashsize, int64_t agstride,
               const char *logdev, const char *rtdev)
{
  uint64_t opts = optargs_bitmask;
  struct args a = { .n = 0 };
  CLEANUP_FREE char *log = NULL, *rt = NULL;
  const struct
  {
    int bit;
    const char *name, *fmt;
    int64_t v;
  } nums[] = {
    { REPAIR_IHASHSIZE, "ihashsize", "ihash=%" PRIi64, ihashsize },
    { REPAIR_BHASHSIZE, "bhashsize", "bhash=%" PRIi64, bhashsize },
    { REPAIR_AGSTRIDE, "agstride", "ag_stride=%" PRIi64, agstride },
  };

  nomodify = (opts & REPAIR_NOMODIFY) && nomodify;
  if (not_mounted (device) == -1)
    return -1;
  add (&a, "xfs_repair");
  if ((opts & REPAIR_FORCELOGZERO) && forcelogzero)
    add (&a, "-L");
  if (nomodify)
    add (&a, "-n");
  if ((opts & REPAIR_NOPREFETCH) && noprefetch)
    add (&a, "-P");
  if ((opts & REPAIR_FORCEGEOMETRY) && forcegeometry)
    {
      add (&a, "-o");
      add (&a, "force_geometry");
    }
  if (opts & REPAIR_MAXMEM)
    {
      if (!positive (device, "maxmem", maxmem))
        return -1;
      add_num (&a, "-m", "%" PRIi64, maxmem);
    }
  for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++)
    if (opts & nums[i].bit)
      {
        if (!positive (device, nums[i].name, nums[i].v))
          return -1;
        add_num (&a, "-o", nums[i].fmt, nums[i].v);
      }
  /* Devices in an OString are not translated by the stub. */
  if (opts & REPAIR_LOGDEV)
    {
      log = resolve_device ("logdev", logdev, 0);
      if (log == NULL)
        return -1;
      add (&a, "-l");
      add (&a, log);
    }
  if (opts & REPAIR_RTDEV)
    {
      rt = resolve_device ("rtdev", rtdev, 0);
      if (rt == NULL)
        return -1;
      add (&a, "-r");
      add (&a, rt);
    }
  add (&a, device);
  /* With -n, status 1 means it found corruption. */
  return run (device, &a, nomodify ? 1 : 0);
}

/* ----------------------------------------------------------- xfs_info2 */

static bool
is_key_char (char c)
{
  return isalnum ((unsigned char)c) || c == '-' || c == '_';
}

static int
add_pair (struct stringsbuf *sb, const char *section, const char *key,
          size_t key_len, const char *value, size_t value_len)
{
  char *k, *v;

  while (value_len > 0 && value[value_len - 1] == ' ')
    value_len--;
  if (key)
    k = key_len ? strndup (key, key_len) : NULL;
  else
    k = strdup (section);
  if (key && k)
    {
      char *full;
      if (asprintf (&full, "%s.%s", section, k) == -1)
        full = NULL;
      free (k);
      k = full;
    }
  v = strndup (value, value_len);
  if (k == NULL || v == NULL)
    {
      free (k);
      free (v);
      reply_with_perror ("malloc");
      free_stringsbuf (sb);
      return -1;
    }
  if (add_string_nodup (sb, k) == -1)
    {
      free (v);
      return -1;
    }
  return add_string_nodup (sb, v);
}

/* The key=value items of a line after its first value: a value ends at
 * a comma or where the next key starts ("sunit=0 blks, lazy-count=1",
 * "bigtime=1 inobtcount=1").
 */
static int
add_items (struct stringsbuf *sb, const char *section, const char *s)
{
  const char *p = s;

  while ((p = strchr (p, '=')) != NULL)
    {
      const char *key = p, *value = p + 1, *limit, *next, *comma;

      while (key > s && is_key_char (key[-1]))
        key--;
      next = strchr (value, '=');
      limit = value + strlen (value);
      if (next)
        {
          limit = next;
          while (limit > value && is_key_char (limit[-1]))
            limit--;
        }
      for (comma = value; comma < limit && *comma != ','; comma++)
        ;
      if (key < p
          && add_pair (sb, section, key, p - key, value, comma - value) == -1)
        return -1;
      p = next ? limit : value + strlen (value);
    }
  return 0;
}

static char **
parse_xfs_info2 (char *out)
{
  struct stringsbuf sb = STRINGSBUF_INIT;
  char section[32] = "";

  for (char *line = out; *line;)
    {
      size_t n = strcspn (line, "\n");
      char *next = line + n + (line[n] == '\n');
      char *eq, *rest;

      line[n] = '\0';
      eq = strchr (line, '=');
      if (eq != NULL)
        {
          /* "data     =..." starts a section, "         =..." goes on. */
          if (line[0] != ' ')
            snprintf (section, sizeof section, "%.*s",
                      (int)strcspn (line, " ="), line);
          rest = eq + 1;
          if (*rest != ' ')
            {
              /* The section's own value, up to a double space. */
              char *end = strstr (rest, "  ");
              if (end == NULL)
                end = rest + strlen (rest);
              if (add_pair (&sb, section, NULL, 0, rest, end - rest) == -1)
                return NULL;
              rest = end;
            }
          if (add_items (&sb, section, rest) == -1)
            return NULL;
        }
      line = next;
    }
  return end_stringsbuf (&sb);
}

char **
do_xfs_info2 (const char *pathordevice)
{
  CLEANUP_FREE char *out = xfs_info_output (pathordevice);

  return out ? parse_xfs_info2 (out) : NULL;
}
