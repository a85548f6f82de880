/* Linux MD (software RAID) arrays, by mdadm and /proc/mdstat. */

#include <config.h>

#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

int
optgroup_mdadm_available (void)
{
  static int available = -1;

  if (available == -1)
    available = program_available ("mdadm") && load_module ("md_mod");
  return available;
}

/* Bits of optargs_bitmask, in the order api.py lists md_create's. */
#define MD_MISSINGBITMAP (1 << 0)
#define MD_NRDEVICES (1 << 1)
#define MD_SPARE (1 << 2)
#define MD_CHUNK (1 << 3)
#define MD_LEVEL (1 << 4)

static bool
valid_level (const char *level)
{
  static const char *const levels[]
      = { "linear", "raid0",  "0",     "stripe", "raid1",
          "1",      "mirror", "raid4", "4",      "raid5",
          "5",      "raid6",  "6",     "raid10", "10" };

  for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++)
    if (strcmp (level, levels[i]) == 0)
      return true;
  return false;
}

int
do_md_create (const char *name, char *const *devices, int64_t missingbitmap,
              int nrdevices, int spare, int64_t chunk, const char *level)
{
  uint64_t opts = optargs_bitmask;
  size_t ndevs = guestfs_int_count_strings (devices), total, n = 0;
  char level_opt[64], nr_opt[32], spare_opt[32], chunk_opt[48];
  CLEANUP_FREE const char **argv = NULL;
  CLEANUP_FREE char *err = NULL;
  int r;

  if (!(opts & MD_MISSINGBITMAP))
    missingbitmap = 0;
  if (!(opts & MD_LEVEL))
    level = "raid1";
  if (name[0] == '\0' || name[0] == '-')
    {
      reply_with_error_errno (EINVAL, "invalid array name '%s'", name);
      return -1;
    }
  if (ndevs == 0)
    {
      reply_with_error_errno (EINVAL, "%s: no devices given", name);
      return -1;
    }
  if (missingbitmap < 0)
    {
      reply_with_error_errno (EINVAL,
                              "%s: missingbitmap %" PRIi64 " is negative",
                              name, missingbitmap);
      return -1;
    }
  total = ndevs + __builtin_popcountll ((unsigned long long)missingbitmap);
  /* A bit past the last place of the array names no place. */
  if (total < 64 && (missingbitmap >> total) != 0)
    {
      reply_with_error_errno (EINVAL,
                              "%s: missingbitmap 0x%" PRIx64
                              " has bits set past the %zu places of the "
                              "array",
                              name, missingbitmap, total);
      return -1;
    }
  if (!(opts & MD_SPARE))
    spare = 0;
  if (!(opts & MD_NRDEVICES))
    nrdevices = (int)total - spare;
  if (nrdevices < 1 || spare < 0 || (size_t)nrdevices + spare != total)
    {
      reply_with_error_errno (EINVAL,
                              "%s: nrdevices (%d) + spare (%d) must be the "
                              "number of devices plus missing ones (%zu)",
                              name, nrdevices, spare, total);
      return -1;
    }
  if ((opts & MD_CHUNK) && (chunk <= 0 || chunk % 1024 != 0))
    {
      reply_with_error_errno (EINVAL,
                              "%s: chunk %" PRIi64
                              " is not a positive multiple of 1024 bytes",
                              name, chunk);
      return -1;
    }
  if (!valid_level (level))
    {
      reply_with_error_errno (EINVAL, "%s: unknown RAID level '%s'", name,
                              level);
      return -1;
    }

  argv = malloc ((total + 10) * sizeof *argv);
  if (argv == NULL)
    {
      reply_with_perror ("malloc");
      return -1;
    }
  snprintf (level_opt, sizeof level_opt, "--level=%s", level);
  snprintf (nr_opt, sizeof nr_opt, "--raid-devices=%d", nrdevices);
  snprintf (spare_opt, sizeof spare_opt, "--spare-devices=%d", spare);
  snprintf (chunk_opt, sizeof chunk_opt, "--chunk=%" PRIi64, chunk / 1024);
  argv[n++] = "mdadm";
  argv[n++] = "--create";
  /* No "Continue creating array?" question. */
  argv[n++] = "--run";
  argv[n++] = name;
  argv[n++] = level_opt;
  argv[n++] = nr_opt;
  /* raid0 and linear refuse even a zero count of spares. */
  if (spare > 0)
    argv[n++] = spare_opt;
  if (opts & MD_CHUNK)
    argv[n++] = chunk_opt;
  for (size_t i = 0, d = 0; i < total; i++)
    argv[n++] = (missingbitmap >> i) & 1 ? "missing" : devices[d++];
  argv[n] = NULL;

  struct command cmd = COMMAND_INIT (argv);
  r = run_command (&cmd, NULL, &err);
  if (r != 0)
    {
      reply_command_error (name, r, "mdadm", err);
      return -1;
    }
  return 0;
}

/* Whether /sys/block/NAME is a running array (not one that only a
 * stray open of its device node brought back, empty).
 */
static bool
is_running_array (const char *name)
{
  char path[PATH_MAX], state[64];
  ssize_t n;
  int fd;

  if (strncmp (name, "md", 2) != 0)
    return false;
  snprintf (path, sizeof path, "/sys/block/%s/md/array_state", name);
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd == -1)
    return false;
  n = read (fd, state, sizeof state - 1);
  close (fd);
  if (n <= 0)
    return false;
  state[n] = '\0';
  trim_end (state);
  return strcmp (state, "clear") != 0;
}

bool
md_first_assembly (void)
{
  static bool done;
  CLEANUP_FREE char *err = NULL;

  if (done || host_mode || !optgroup_mdadm_available ())
    return false;
  done = true;
  /* As a guest's boot would: every complete array the disks hold.
   * mdadm gives up on an array whose members it cannot write (a drive
   * added read-only): those are started read-only.
   */
  if (command (NULL, &err, "mdadm", "--assemble", "--scan", "--no-degraded",
               NULL)
          != 0
      && command (NULL, NULL, "mdadm", "--assemble", "--scan", "--no-degraded",
                  "--readonly", NULL)
             != 0)
    debug_msg ("mdadm: assembling the arrays: %s",
               err && err[0] ? err : "failed");
  return true;
}

int
add_md_devices (struct stringsbuf *sb)
{
  DIR *dir;
  struct dirent *d;
  size_t first = sb->size;

  md_first_assembly ();
  dir = opendir ("/sys/block");
  if (dir == NULL)
    {
      reply_with_perror ("/sys/block");
      free_stringsbuf (sb);
      return -1;
    }
  while ((d = readdir (dir)) != NULL)
    {
      char dev[300];

      if (!is_running_array (d->d_name))
        continue;
      snprintf (dev, sizeof dev, "/dev/%s", d->d_name);
      if (add_string (sb, dev) == -1)
        {
          closedir (dir);
          return -1;
        }
    }
  closedir (dir);
  if (sb->size > first)
    qsort (sb->argv + first, sb->size - first, sizeof (char *),
           compare_strings);
  return 0;
}

bool
is_md_member (const char *dev)
{
  const char *base = strrchr (dev, '/');
  char path[PATH_MAX];
  struct dirent *d;
  DIR *dir;
  bool r = false;

  snprintf (path, sizeof path, "/sys/class/block/%s/holders",
            base ? base + 1 : dev);
  dir = opendir (path);
  if (dir == NULL)
    return false;
  while (!r && (d = readdir (dir)) != NULL)
    r = is_running_array (d->d_name);
  closedir (dir);
  return r;
}

char **
do_list_md_devices (void)
{
  struct stringsbuf sb = STRINGSBUF_INIT;

  if (add_md_devices (&sb) == -1)
    return NULL;
  return end_stringsbuf (&sb);
}

/* The kernel name ("md127") of the array md (a /dev/mdN node or a
 * /dev/md/NAME link to one), in name; false after replying with an
 * error.
 */
static bool
array_name (const char *md, char *name, size_t len)
{
  char sys[64], target[PATH_MAX];
  struct stat st;
  ssize_t n;

  if (stat (md, &st) == -1)
    {
      reply_with_perror ("%s", md);
      return false;
    }
  snprintf (sys, sizeof sys, "/sys/dev/block/%u:%u", major (st.st_rdev),
            minor (st.st_rdev));
  n = readlink (sys, target, sizeof target - 1);
  if (n > 0)
    {
      const char *base;

      target[n] = '\0';
      base = strrchr (target, '/');
      base = base ? base + 1 : target;
      if (S_ISBLK (st.st_mode) && strlen (base) < len
          && is_running_array (base))
        {
          memcpy (name, base, strlen (base) + 1);
          return true;
        }
    }
  reply_with_error_errno (EINVAL, "%s: not a running MD array", md);
  return false;
}

/* "device_dev_KNAME_role" (mdadm's MD_DEVICE_dev_KNAME_ROLE, lower
 * case) with the canonical name of /dev/KNAME in its middle; NULL with
 * errno set.
 */
static char *
canonical_member_key (const char *key)
{
  static const char prefix[] = "device_dev_";
  static const char *const suffixes[] = { "_role", "_dev" };
  size_t len = strlen (key), plen = sizeof prefix - 1;

  for (size_t i = 0; i < 2; i++)
    {
      size_t slen = strlen (suffixes[i]);
      CLEANUP_FREE char *dev = NULL, *canon = NULL;
      char *r;

      if (len <= plen + slen || strncmp (key, prefix, plen) != 0
          || strcmp (key + len - slen, suffixes[i]) != 0)
        continue;
      if (asprintf (&dev, "/dev/%.*s", (int)(len - plen - slen), key + plen)
          == -1)
        return NULL;
      canon = canonical_device_name (dev);
      if (canon == NULL)
        return NULL;
      if (asprintf (&r, "%s%s%s", prefix, canon + 5, suffixes[i]) == -1)
        return NULL;
      return r;
    }
  return strdup (key);
}

char **
do_md_detail (const char *md)
{
  char name[64];
  CLEANUP_FREE char *out = NULL, *err = NULL;
  struct stringsbuf sb = STRINGSBUF_INIT;
  char *line, *save = NULL;
  int r;

  if (!array_name (md, name, sizeof name))
    return NULL;
  r = command (&out, &err, "mdadm", "--detail", "--export", md, NULL);
  if (r != 0)
    {
      reply_command_error (md, r, "mdadm", err);
      return NULL;
    }
  for (line = strtok_r (out, "\n", &save); line;
       line = strtok_r (NULL, "\n", &save))
    {
      char *eq = strchr (line, '=');
      char *key, *value;

      if (eq == NULL)
        continue;
      *eq = '\0';
      key = line;
      value = eq + 1;
      if (strncmp (key, "MD_", 3) == 0)
        key += 3;
      for (char *p = key; *p; p++)
        *p = tolower ((unsigned char)*p);
      /* Member devices by their canonical names, in keys and values. */
      key = canonical_member_key (key);
      value = strncmp (value, "/dev/", 5) == 0 ? canonical_device_name (value)
                                               : strdup (value);
      if (key == NULL || value == NULL)
        {
          reply_with_perror ("malloc");
          free (key);
          free (value);
          free_stringsbuf (&sb);
          return NULL;
        }
      if (add_string_nodup (&sb, key) == -1)
        {
          free (value);
          return NULL;
        }
      if (add_string_nodup (&sb, value) == -1)
        return NULL;
    }
  return end_stringsbuf (&sb);
}

/* One member in /proc/mdstat: "sda1[0]", "sdb1[2](S)", "sdc1[1](W)(F)". */
static int
parse_member (const char *word, struct guestfs_int_mdstat *m)
{
  const char *bracket = strchr (word, '[');
  char *end, dev[300];
  long idx;
  size_t nflags = 0;

  if (bracket == NULL || bracket == word || bracket - word > 200)
    return -1;
  errno = 0;
  idx = strtol (bracket + 1, &end, 10);
  if (errno || end == bracket + 1 || *end != ']' || idx < 0 || idx > INT32_MAX)
    return -1;
  snprintf (dev, sizeof dev, "/dev/%.*s", (int)(bracket - word), word);
  m->mdstat_index = idx;
  m->mdstat_flags = malloc (strlen (end) + 1);
  if (m->mdstat_flags == NULL)
    return -1;
  for (const char *p = end + 1; *p; p++)
    if (*p != '(' && *p != ')')
      m->mdstat_flags[nflags++] = *p;
  m->mdstat_flags[nflags] = '\0';
  m->mdstat_device = canonical_device_name (dev);
  if (m->mdstat_device == NULL)
    {
      free (m->mdstat_flags);
      return -1;
    }
  return 0;
}

static void
free_mdstat_list (struct guestfs_int_mdstat_list *l)
{
  for (u_int i = 0; i < l->len; i++)
    {
      free (l->val[i].mdstat_device);
      free (l->val[i].mdstat_flags);
    }
  free (l->val);
  free (l);
}

struct guestfs_int_mdstat_list *
do_md_stat (const char *md)
{
  char name[64];
  CLEANUP_FREE char *text = NULL;
  CLEANUP_CLOSE int fd = -1;
  struct guestfs_int_mdstat_list *r;
  char *line, *save = NULL;
  size_t len, namelen;

  if (!array_name (md, name, sizeof name))
    return NULL;
  fd = open ("/proc/mdstat", O_RDONLY | O_CLOEXEC);
  if (fd == -1 || (text = read_whole_fd (fd, 1 << 20, &len)) == NULL)
    {
      reply_with_perror ("/proc/mdstat");
      return NULL;
    }
  r = calloc (1, sizeof *r);
  if (r == NULL)
    {
      reply_with_perror ("calloc");
      return NULL;
    }
  /* "md127 : active raid1 sdb1[1] sda1[0]" */
  namelen = strlen (name);
  for (line = strtok_r (text, "\n", &save); line;
       line = strtok_r (NULL, "\n", &save))
    {
      char *word, *wsave = NULL;

      if (strncmp (line, name, namelen) != 0
          || strncmp (line + namelen, " : ", 3) != 0)
        continue;
      for (word = strtok_r (line + namelen + 3, " ", &wsave); word;
           word = strtok_r (NULL, " ", &wsave))
        {
          struct guestfs_int_mdstat *v;

          /* The state, and the personality unless inactive. */
          if (!strchr (word, '['))
            continue;
          v = realloc (r->val, (r->len + 1) * sizeof *v);
          if (v == NULL)
            {
              reply_with_perror ("realloc");
              free_mdstat_list (r);
              return NULL;
            }
          r->val = v;
          if (parse_member (word, &r->val[r->len]) == -1)
            {
              reply_with_error ("%s: cannot parse '%s' in /proc/mdstat", md,
                                word);
              free_mdstat_list (r);
              return NULL;
            }
          r->len++;
        }
      return r;
    }
  free_mdstat_list (r);
  reply_with_error ("%s: %s is not in /proc/mdstat", md, name);
  return NULL;
}

/* The /dev/md/NAME links mdadm made to the array devno: with no udev
 * in the appliance, nothing else removes them when the array stops,
 * and a stale one would lead the next array of that name astray.
 */
#define MAX_LINKS 16

struct links
{
  size_t n;
  char path[MAX_LINKS][300];
};

static void
links_to (dev_t devno, struct links *links)
{
  DIR *dir = opendir ("/dev/md");
  struct dirent *d;

  links->n = 0;
  if (dir == NULL)
    return;
  while (links->n < MAX_LINKS && (d = readdir (dir)) != NULL)
    {
      char *path = links->path[links->n];
      struct stat lst, st;

      snprintf (path, sizeof links->path[0], "/dev/md/%s", d->d_name);
      if (lstat (path, &lst) == 0 && S_ISLNK (lst.st_mode)
          && stat (path, &st) == 0 && S_ISBLK (st.st_mode)
          && st.st_rdev == devno)
        links->n++;
    }
  closedir (dir);
}

int
do_md_stop (const char *md)
{
  char name[64];
  CLEANUP_FREE char *err = NULL;
  struct links links = { .n = 0 };
  struct stat st;
  int r;

  if (!array_name (md, name, sizeof name))
    return -1;
  if (stat (md, &st) == 0)
    links_to (st.st_rdev, &links);
  r = command (NULL, &err, "mdadm", "--stop", md, NULL);
  if (r != 0)
    {
      reply_command_error (md, r, "mdadm", err);
      return -1;
    }
  for (size_t i = 0; i < links.n; i++)
    unlink (links.path[i]);
  return 0;
}
