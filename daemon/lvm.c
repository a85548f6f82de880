/* LVM2: physical volumes, volume groups and logical volumes.
 *
 * Everything goes through the lvm(8) binary.  The appliance has no
 * udev, no lvmetad and no dmeventd, so the daemon gives lvm a
 * configuration of its own (LVM_SYSTEM_DIR, written on first use):
 * lvm itself makes the /dev/mapper nodes and /dev/VG/LV links, waits
 * for nobody, monitors nothing, and writes no metadata backups.  The
 * device filter of lvm_set_filter lives in the same file.
 *
 * Which device-mapper device is a logical volume is read from sysfs
 * (dm/uuid is "LVM-" and 64 characters of VG and LV UUID for an LV,
 * with a suffix for LVM's hidden sub-devices), not asked of lvm, so
 * device names are canonicalised without running anything.
 */

#include <config.h>

#include <dirent.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

#define LVM_CONF_DIR "/tmp/guestfsd-lvm"
#define LVM_CONF LVM_CONF_DIR "/lvm.conf"

/* The devices of lvm_set_filter, or NULL: LVM sees every device. */
static char **filter_devices;

/* ------------------------------------------------------------ config */

/* Characters a filtered device name may hold: the rest would need
 * quoting in the regular expression or the configuration string.
 */
#define FILTER_NAME_CHARS                                                     \
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/_.+:-"

static int
write_config (void)
{
  FILE *fp;

  if (mkdir (LVM_CONF_DIR, 0700) == -1 && errno != EEXIST)
    return -1;
  fp = fopen (LVM_CONF ".tmp", "we");
  if (fp == NULL)
    return -1;
  fputs ("devices {\n"
         "  obtain_device_list_from_udev = 0\n"
         "  external_device_info_source = \"none\"\n"
         "  use_devicesfile = 0\n",
         fp);
  if (filter_devices)
    {
      fputs ("  filter = [ ", fp);
      for (size_t i = 0; filter_devices[i]; i++)
        {
          fputs ("\"a|^", fp);
          /* '.' and '+' are the only regex characters allowed through. */
          for (const char *p = filter_devices[i]; *p; p++)
            if (*p == '.' || *p == '+')
              fprintf (fp, "[%c]", *p);
            else
              fputc (*p, fp);
          fputs ("$|\", ", fp);
        }
      fputs ("\"r|.*|\" ]\n", fp);
    }
  fputs ("}\n"
         "activation {\n"
         "  udev_sync = 0\n"
         "  udev_rules = 0\n"
         "  verify_udev_operations = 0\n"
         "  monitoring = 0\n"
         "}\n"
         "global {\n"
         "  use_lvmpolld = 0\n"
         "  event_activation = 0\n"
         "}\n"
         "backup {\n"
         "  backup = 0\n"
         "  archive = 0\n"
         "}\n",
         fp);
  if (ferror (fp))
    {
      int err = errno;
      fclose (fp);
      errno = err;
      return -1;
    }
  if (fclose (fp) == EOF)
    return -1;
  return rename (LVM_CONF ".tmp", LVM_CONF);
}

/* Once: the configuration, the environment every lvm run sees, and
 * device-mapper in the kernel.  -1 with *why_r (malloc'd or NULL: see
 * errno) saying what failed.
 */
static int
configure (char **why_r)
{
  static bool done;

  *why_r = NULL;
  if (done)
    return 0;
  if (write_config () == -1)
    {
      if (asprintf (why_r, "%s: %m", LVM_CONF) == -1)
        *why_r = NULL;
      return -1;
    }
  if (setenv ("LVM_SYSTEM_DIR", LVM_CONF_DIR, 1) == -1
      || setenv ("LVM_SUPPRESS_FD_WARNINGS", "1", 1) == -1)
    {
      if (asprintf (why_r, "setenv: %m") == -1)
        *why_r = NULL;
      return -1;
    }
  /* dm_mod is a module in Debian's kernel, and without udev nothing
   * loads it: lvm would find no /dev/mapper/control.
   */
  if (access ("/sys/module/dm_mod", F_OK) == -1)
    {
      CLEANUP_FREE char *err = NULL;
      int r = command (NULL, &err, "modprobe", "dm_mod", NULL);
      if (r != 0)
        {
          if (asprintf (why_r, "modprobe dm_mod: %s",
                        err && err[0] ? err : "failed")
              == -1)
            *why_r = NULL;
          return -1;
        }
    }
  done = true;
  return 0;
}

bool
lvm_first_activation (void)
{
  static bool done;
  CLEANUP_FREE char *why = NULL, *err = NULL;
  int r;

  if (done || host_mode || !optgroup_lvm2_available ())
    return false;
  done = true;
  /* A volume group may sit on an array. */
  md_first_assembly ();
  if (configure (&why) == -1)
    {
      debug_msg ("lvm: %s", why ? why : strerror (errno));
      return true;
    }
  /* What lvm cannot activate (a VG with a missing PV, say) stays
   * inactive, as it would in a guest; the caller sees no device then.
   */
  r = command (NULL, &err, "lvm", "vgchange", "-a", "ay", NULL);
  if (r != 0)
    debug_msg ("lvm: activating the volume groups: %s",
               err && err[0] ? err : "failed");
  return true;
}

/* configure, then activate what the disks hold (once, as at a guest's
 * boot).  -1 after replying with an error.
 */
static int
lvm_setup (void)
{
  CLEANUP_FREE char *why = NULL;

  if (host_mode)
    {
      reply_with_error_errno (ENODEV, "LVM: no block devices in host mode");
      return -1;
    }
  if (configure (&why) == -1)
    {
      if (why)
        reply_with_error ("%s", why);
      else
        reply_with_perror ("LVM");
      return -1;
    }
  lvm_first_activation ();
  return 0;
}

int
optgroup_lvm2_available (void)
{
  return !host_mode
         && (access ("/usr/sbin/lvm", X_OK) == 0
             || access ("/sbin/lvm", X_OK) == 0);
}

/* lvm indents its messages by two spaces: drop that, in place. */
static void
unindent (char *s)
{
  char *o = s;
  bool line_start = true;

  for (const char *p = s; *p; p++)
    {
      if (line_start && (*p == ' ' || *p == '\t'))
        continue;
      line_start = *p == '\n';
      *o++ = *p;
    }
  *o = '\0';
}

/* Run lvm with args (NULL-terminated); *out_r (if not NULL) gets its
 * stdout.  On failure reply "prefix: lvm's message" and return -1.
 */
static int
lvm_run (char **out_r, const char *prefix, const char *const *args)
{
  const char *argv[64] = { "lvm" };
  size_t n = 1;
  CLEANUP_FREE char *err = NULL;
  char *out = NULL;
  int r;

  if (out_r)
    *out_r = NULL;
  if (lvm_setup () == -1)
    return -1;
  while (*args && n < sizeof argv / sizeof argv[0] - 1)
    argv[n++] = *args++;
  argv[n] = NULL;
  struct command cmd = COMMAND_INIT (argv);
  r = run_command (&cmd, out_r ? &out : NULL, &err);
  if (r != 0)
    {
      free (out);
      if (err)
        unindent (err);
      reply_command_error (prefix, r, "lvm", err);
      return -1;
    }
  if (out_r)
    *out_r = out;
  return 0;
}

#define LVM(out_r, prefix, ...)                                               \
  lvm_run ((out_r), (prefix), (const char *const[]){ __VA_ARGS__, NULL })

/* ------------------------------------------------------ name checks */

#define LVM_NAME_CHARS                                                        \
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+_.-"
#define LVM_NAME_MAX 127

/* A VG or LV name as LVM allows it.  Checked here so that nothing a
 * caller gives can be taken for an option.
 */
static int
check_name (const char *what, const char *name)
{
  if (name[0] == '\0' || strlen (name) > LVM_NAME_MAX || name[0] == '-'
      || name[strspn (name, LVM_NAME_CHARS)] != '\0' || strcmp (name, ".") == 0
      || strcmp (name, "..") == 0)
    {
      reply_with_error_errno (EINVAL,
                              "%s: invalid %s name (1-%d letters, digits "
                              "and \"+_.-\", not starting with '-')",
                              name, what, LVM_NAME_MAX);
      return -1;
    }
  return 0;
}

/* An LV as lvrename takes it: LV, VG/LV or /dev/VG/LV. */
static int
check_lv_path (const char *path)
{
  const char *p = path;
  CLEANUP_FREE char *copy = NULL;
  char *save = NULL;

  if (strncmp (p, "/dev/", 5) == 0)
    p += 5;
  copy = strdup (p);
  if (copy == NULL)
    {
      reply_with_perror ("strdup");
      return -1;
    }
  if (strchr (copy, '/') && strchr (strchr (copy, '/') + 1, '/'))
    {
      reply_with_error_errno (EINVAL, "%s: not a logical volume name", path);
      return -1;
    }
  if (copy[0] == '\0' || copy[0] == '/' || copy[strlen (copy) - 1] == '/')
    return check_name ("logical volume", path);
  for (char *c = strtok_r (copy, "/", &save); c;
       c = strtok_r (NULL, "/", &save))
    if (check_name ("logical volume", c) == -1)
      return -1;
  return 0;
}

/* --------------------------------------------- LVs by their dm node */

/* A sysfs attribute of block device rdev, trimmed; NULL if absent. */
static char *
read_dm_attr (dev_t rdev, const char *attr)
{
  char path[PATH_MAX];
  CLEANUP_CLOSE int fd = -1;
  size_t size;
  char *r;

  snprintf (path, sizeof path, "/sys/dev/block/%u:%u/dm/%s", major (rdev),
            minor (rdev), attr);
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd == -1)
    return NULL;
  r = read_whole_fd (fd, 4096, &size);
  if (r)
    trim_end (r);
  return r;
}

/* The dm name "VG-LV" (each '-' of a name doubled) as "/dev/VG/LV". */
static char *
dm_name_to_lv (const char *dm)
{
  char *r = malloc (strlen (dm) + 7), *o;
  bool split = false;

  if (r == NULL)
    return NULL;
  o = stpcpy (r, "/dev/");
  for (const char *p = dm; *p; p++)
    {
      if (*p == '-' && p[1] == '-')
        *o++ = *p++;
      else if (*p == '-' && !split)
        {
          *o++ = '/';
          split = true;
        }
      else
        *o++ = *p;
    }
  *o = '\0';
  if (!split)
    {
      free (r);
      errno = EINVAL;
      return NULL;
    }
  return r;
}

/* If the block device rdev is a logical volume, its /dev/VG/LV name
 * (malloc'd); NULL otherwise, with errno EINVAL (or another errno).
 */
static char *
lv_of_devno (dev_t rdev)
{
  CLEANUP_FREE char *uuid = read_dm_attr (rdev, "uuid");
  CLEANUP_FREE char *name = NULL;

  /* "LVM-" then 32 characters of VG UUID and 32 of LV UUID; hidden
   * sub-devices (snapshot "-real", "-cow", pools) have a suffix.
   */
  if (uuid == NULL || strncmp (uuid, "LVM-", 4) != 0 || strlen (uuid) != 68)
    {
      errno = EINVAL;
      return NULL;
    }
  name = read_dm_attr (rdev, "name");
  if (name == NULL)
    {
      errno = EINVAL;
      return NULL;
    }
  return dm_name_to_lv (name);
}

static bool
is_lvm_owned (dev_t rdev)
{
  CLEANUP_FREE char *uuid = read_dm_attr (rdev, "uuid");

  return uuid && strncmp (uuid, "LVM-", 4) == 0;
}

char *
lvm_canonical_name (const char *dev)
{
  struct stat st;

  if (host_mode)
    return NULL;
  if (strncmp (dev, "/dev/mapper/", 12) != 0
      && strncmp (dev, "/dev/dm-", 8) != 0)
    return NULL;
  if (stat (dev, &st) == -1 || !S_ISBLK (st.st_mode))
    return NULL;
  return lv_of_devno (st.st_rdev);
}

bool
lvm_is_vg_dir (const char *path)
{
  const char *name = path + 5;
  size_t len = strlen (name);
  bool r = false;
  DIR *dir;
  struct dirent *d;

  if (host_mode || strncmp (path, "/dev/", 5) != 0 || len == 0
      || len > LVM_NAME_MAX || name[0] == '-'
      || name[strspn (name, LVM_NAME_CHARS)] != '\0')
    return false;
  dir = opendir (path);
  if (dir == NULL)
    return false;
  while (!r && (d = readdir (dir)) != NULL)
    {
      char dev[PATH_MAX];
      struct stat st;
      CLEANUP_FREE char *lv = NULL;

      if (d->d_name[0] == '.')
        continue;
      snprintf (dev, sizeof dev, "%s/%s", path, d->d_name);
      if (stat (dev, &st) == -1 || !S_ISBLK (st.st_mode))
        continue;
      /* Its LV really is in this VG: /dev/VG/LV. */
      lv = lv_of_devno (st.st_rdev);
      r = lv && strncmp (lv, path, 5 + len) == 0 && lv[5 + len] == '/';
    }
  closedir (dir);
  return r;
}

/* Device-mapper devices in /dev/mapper, sorted: logical volumes as
 * /dev/VG/LV (lvs true), the others as /dev/mapper/NAME.  LVM's hidden
 * sub-devices are never listed.  -1 after replying with an error.
 */
static int
list_mapper (struct stringsbuf *sb, bool lvs)
{
  DIR *dir;
  struct dirent *d;
  size_t first = sb->size;

  if (host_mode)
    return 0;
  lvm_first_activation ();
  dir = opendir ("/dev/mapper");
  if (dir == NULL)
    return 0; /* no device-mapper yet: nothing to list */
  while ((d = readdir (dir)) != NULL)
    {
      char path[PATH_MAX];
      struct stat st;
      char *name;

      if (d->d_name[0] == '.' || strcmp (d->d_name, "control") == 0)
        continue;
      snprintf (path, sizeof path, "/dev/mapper/%s", d->d_name);
      if (stat (path, &st) == -1 || !S_ISBLK (st.st_mode))
        continue;
      if (lvs)
        {
          name = lv_of_devno (st.st_rdev);
          if (name == NULL)
            continue;
        }
      else
        {
          if (is_lvm_owned (st.st_rdev))
            continue;
          name = strdup (path);
        }
      if (name == NULL || add_string_nodup (sb, name) == -1)
        {
          if (name == NULL)
            {
              reply_with_perror ("strdup");
              free_stringsbuf (sb);
            }
          closedir (dir);
          return -1;
        }
    }
  closedir (dir);
  if (sb->size - first > 1)
    qsort (sb->argv + first, sb->size - first, sizeof (char *),
           compare_strings);
  return 0;
}

int
lvm_add_filesystem_candidates (struct stringsbuf *sb)
{
  return list_mapper (sb, true);
}

char **
do_list_dm_devices (void)
{
  struct stringsbuf sb = STRINGSBUF_INIT;

  if (list_mapper (&sb, false) == -1)
    return NULL;
  return end_stringsbuf (&sb);
}

char *
do_lvm_canonical_lv_name (const char *lvname)
{
  struct stat st;
  char *r;

  if (stat (lvname, &st) == -1)
    {
      reply_with_perror ("%s", lvname);
      return NULL;
    }
  r = S_ISBLK (st.st_mode) ? lv_of_devno (st.st_rdev) : NULL;
  if (r == NULL)
    reply_with_error_errno (EINVAL, "%s: not a logical volume", lvname);
  return r;
}

int
do_is_lv (const char *mountable)
{
  struct stat st;
  char *r;

  if (stat (mountable, &st) == -1)
    {
      reply_with_perror ("%s", mountable);
      return -1;
    }
  r = S_ISBLK (st.st_mode) ? lv_of_devno (st.st_rdev) : NULL;
  free (r);
  return r != NULL;
}

/* ---------------------------------------------------------- listing */

/* Lines of lvm's output (leading blanks dropped, empty lines skipped),
 * each passed through conv (which may be NULL): a string list.
 */
static char **
output_lines (char *out, char *(*conv) (const char *))
{
  struct stringsbuf sb = STRINGSBUF_INIT;
  char *save = NULL;

  for (char *line = strtok_r (out, "\n", &save); line;
       line = strtok_r (NULL, "\n", &save))
    {
      line += strspn (line, " \t");
      trim_end (line);
      if (line[0] == '\0')
        continue;
      char *s = conv ? conv (line) : strdup (line);
      if (s == NULL)
        {
          reply_with_perror ("malloc");
          free_stringsbuf (&sb);
          return NULL;
        }
      if (add_string_nodup (&sb, s) == -1)
        return NULL;
    }
  return end_stringsbuf (&sb);
}

static char *
vg_lv_to_dev (const char *vg_lv)
{
  char *r;

  if (asprintf (&r, "/dev/%s", vg_lv) == -1)
    return NULL;
  return r;
}

char **
do_lvs (void)
{
  CLEANUP_FREE char *out = NULL;

  if (LVM (&out, "lvs", "lvs", "--noheadings", "--separator", "/", "-o",
           "vg_name,lv_name", "-S", "lv_role=public")
      == -1)
    return NULL;
  return output_lines (out, vg_lv_to_dev);
}

char **
do_pvs (void)
{
  CLEANUP_FREE char *out = NULL;

  if (LVM (&out, "pvs", "pvs", "--noheadings", "-o", "pv_name") == -1)
    return NULL;
  return output_lines (out, canonical_device_name);
}

char **
do_vgs (void)
{
  CLEANUP_FREE char *out = NULL;

  if (LVM (&out, "vgs", "vgs", "--noheadings", "-o", "vg_name") == -1)
    return NULL;
  return output_lines (out, NULL);
}

/* ------------------------------------------------- the _full lists */

enum field_kind
{
  F_STRING,
  F_DEVICE, /* a string, canonicalised */
  F_UUID,
  F_BYTES,
  F_INT64,
  F_PERCENT,
};

struct field
{
  const char *name; /* lvm's */
  enum field_kind kind;
  size_t offset;
};

#define PV_FIELD(n, k)                                                        \
  {                                                                           \
#n, k, offsetof(struct guestfs_int_lvm_pv, n)                             \
  }
static const struct field pv_fields[] = {
  PV_FIELD (pv_name, F_DEVICE),     PV_FIELD (pv_uuid, F_UUID),
  PV_FIELD (pv_fmt, F_STRING),      PV_FIELD (pv_size, F_BYTES),
  PV_FIELD (dev_size, F_BYTES),     PV_FIELD (pv_free, F_BYTES),
  PV_FIELD (pv_used, F_BYTES),      PV_FIELD (pv_attr, F_STRING),
  PV_FIELD (pv_pe_count, F_INT64),  PV_FIELD (pv_pe_alloc_count, F_INT64),
  PV_FIELD (pv_tags, F_STRING),     PV_FIELD (pe_start, F_BYTES),
  PV_FIELD (pv_mda_count, F_INT64), PV_FIELD (pv_mda_free, F_BYTES),
};

#define VG_FIELD(n, k)                                                        \
  {                                                                           \
#n, k, offsetof(struct guestfs_int_lvm_vg, n)                             \
  }
static const struct field vg_fields[] = {
  VG_FIELD (vg_name, F_STRING),        VG_FIELD (vg_uuid, F_UUID),
  VG_FIELD (vg_fmt, F_STRING),         VG_FIELD (vg_attr, F_STRING),
  VG_FIELD (vg_size, F_BYTES),         VG_FIELD (vg_free, F_BYTES),
  VG_FIELD (vg_sysid, F_STRING),       VG_FIELD (vg_extent_size, F_BYTES),
  VG_FIELD (vg_extent_count, F_INT64), VG_FIELD (vg_free_count, F_INT64),
  VG_FIELD (max_lv, F_INT64),          VG_FIELD (max_pv, F_INT64),
  VG_FIELD (pv_count, F_INT64),        VG_FIELD (lv_count, F_INT64),
  VG_FIELD (snap_count, F_INT64),      VG_FIELD (vg_seqno, F_INT64),
  VG_FIELD (vg_tags, F_STRING),        VG_FIELD (vg_mda_count, F_INT64),
  VG_FIELD (vg_mda_free, F_BYTES),
};

#define LV_FIELD(n, k)                                                        \
  {                                                                           \
#n, k, offsetof(struct guestfs_int_lvm_lv, n)                             \
  }
static const struct field lv_fields[] = {
  LV_FIELD (lv_name, F_STRING),
  LV_FIELD (lv_uuid, F_UUID),
  LV_FIELD (lv_attr, F_STRING),
  LV_FIELD (lv_major, F_INT64),
  LV_FIELD (lv_minor, F_INT64),
  LV_FIELD (lv_kernel_major, F_INT64),
  LV_FIELD (lv_kernel_minor, F_INT64),
  LV_FIELD (lv_size, F_BYTES),
  LV_FIELD (seg_count, F_INT64),
  LV_FIELD (origin, F_STRING),
  LV_FIELD (snap_percent, F_PERCENT),
  LV_FIELD (copy_percent, F_PERCENT),
  LV_FIELD (move_pv, F_STRING),
  LV_FIELD (lv_tags, F_STRING),
  LV_FIELD (mirror_log, F_STRING),
  /* lvm calls it lv_modules; "modules" alone is ambiguous to it. */
  { "lv_modules", F_STRING, offsetof (struct guestfs_int_lvm_lv, modules) },
};

/* One value of lvm's output into the struct at base.  -1 if it does
 * not parse (nothing allocated then).
 */
static int
parse_field (const struct field *f, const char *v, char *base)
{
  void *p = base + f->offset;
  int64_t i;
  char *end;

  switch (f->kind)
    {
    case F_STRING:
      return (*(char **)p = strdup (v)) ? 0 : -1;
    case F_DEVICE:
      return (*(char **)p = canonical_device_name (v)) ? 0 : -1;
    case F_UUID:
      {
        /* The 32 characters without lvm's dashes. */
        char *u = p;
        size_t n = 0;
        memset (u, ' ', 32);
        for (; *v; v++)
          if (*v != '-' && n < 32)
            u[n++] = *v;
        return 0;
      }
    case F_BYTES:
      if (parse_int64 (v, 0, INT64_MAX, &i) == -1)
        return -1;
      *(uint64_t *)p = i;
      return 0;
    case F_INT64:
      return parse_int64 (v, INT64_MIN, INT64_MAX, (int64_t *)p);
    case F_PERCENT:
      if (v[0] == '\0')
        {
          *(float *)p = -1;
          return 0;
        }
      errno = 0;
      *(float *)p = strtof (v, &end);
      return errno || end == v || *end ? -1 : 0;
    }
  return -1;
}

/* Free the strings of the n parsed fields of one element. */
static void
free_fields (const struct field *fields, size_t n, char *base)
{
  for (size_t i = 0; i < n; i++)
    if (fields[i].kind == F_STRING || fields[i].kind == F_DEVICE)
      free (*(char **)(base + fields[i].offset));
}

/* Run `lvm CMD` asking for fields and parse each line into an element
 * of size elem_size: the array in *val_r, its length in *len_r.
 */
static int
list_full (const char *cmd, const struct field *fields, size_t nf,
           size_t elem_size, void **val_r, u_int *len_r)
{
  CLEANUP_FREE char *out = NULL, *cols = NULL;
  size_t cols_len = 0, alloc = 0;
  char *save = NULL, *val = NULL;
  u_int len = 0;

  for (size_t i = 0; i < nf; i++)
    cols_len += strlen (fields[i].name) + 1;
  cols = malloc (cols_len);
  if (cols == NULL)
    {
      reply_with_perror ("malloc");
      return -1;
    }
  cols[0] = '\0';
  for (size_t i = 0; i < nf; i++)
    {
      if (i)
        strcat (cols, ",");
      strcat (cols, fields[i].name);
    }
  /* A tab never appears in names or tags. */
  if (LVM (&out, cmd, cmd, "--noheadings", "--units", "b", "--nosuffix",
           "--separator", "\t", "-o", cols)
      == -1)
    return -1;

  for (char *line = strtok_r (out, "\n", &save); line;
       line = strtok_r (NULL, "\n", &save))
    {
      char *p = line + strspn (line, " ");
      char *elem;
      size_t i;

      if (*p == '\0')
        continue;
      if (len == alloc)
        {
          alloc = alloc ? alloc * 2 : 8;
          char *v = realloc (val, alloc * elem_size);
          if (v == NULL)
            {
              reply_with_perror ("realloc");
              goto fail;
            }
          val = v;
        }
      elem = val + len * elem_size;
      memset (elem, 0, elem_size);
      for (i = 0; i < nf; i++)
        {
          char *tab = strchr (p, '\t');
          if ((tab == NULL) != (i == nf - 1))
            break;
          if (tab)
            *tab = '\0';
          if (parse_field (&fields[i], p, elem) == -1)
            break;
          p = tab ? tab + 1 : p + strlen (p);
        }
      if (i < nf)
        {
          free_fields (fields, i, elem);
          reply_with_error ("%s: cannot parse the output of lvm: field %s",
                            cmd, fields[i].name);
          goto fail;
        }
      len++;
    }
  *val_r = val;
  *len_r = len;
  return 0;

fail:
  for (u_int j = 0; j < len; j++)
    free_fields (fields, nf, val + j * elem_size);
  free (val);
  return -1;
}

#define DO_FULL(type, cmd, fields)                                            \
  struct guestfs_int_##type##_list *r = calloc (1, sizeof *r);                \
  void *val;                                                                  \
  if (r == NULL)                                                              \
    {                                                                         \
      reply_with_perror ("calloc");                                           \
      return NULL;                                                            \
    }                                                                         \
  if (list_full (cmd, fields, sizeof fields / sizeof fields[0],               \
                 sizeof *r->val, &val, &r->len)                               \
      == -1)                                                                  \
    {                                                                         \
      free (r);                                                               \
      return NULL;                                                            \
    }                                                                         \
  r->val = val;                                                               \
  return r

struct guestfs_int_lvm_pv_list *
do_pvs_full (void)
{
  DO_FULL (lvm_pv, "pvs", pv_fields);
}

struct guestfs_int_lvm_vg_list *
do_vgs_full (void)
{
  DO_FULL (lvm_vg, "vgs", vg_fields);
}

struct guestfs_int_lvm_lv_list *
do_lvs_full (void)
{
  DO_FULL (lvm_lv, "lvs", lv_fields);
}

/* ------------------------------------------------------------ UUIDs */

static char *
one_value (const char *prefix, const char *const *args)
{
  char *out;

  if (lvm_run (&out, prefix, args) == -1)
    return NULL;
  char *p = out + strspn (out, " \t\n");
  trim_end (p);
  if (p[0] == '\0' || strchr (p, '\n'))
    {
      reply_with_error ("%s: lvm returned no single value", prefix);
      free (out);
      return NULL;
    }
  memmove (out, p, strlen (p) + 1);
  return out;
}

char *
do_pvuuid (const char *device)
{
  const char *args[]
      = { "pvs", "--noheadings", "-o", "pv_uuid", "--", device, NULL };
  return one_value (device, args);
}

char *
do_vguuid (const char *vgname)
{
  if (check_name ("volume group", vgname) == -1)
    return NULL;
  const char *args[]
      = { "vgs", "--noheadings", "-o", "vg_uuid", "--", vgname, NULL };
  return one_value (vgname, args);
}

char *
do_lvuuid (const char *device)
{
  const char *args[]
      = { "lvs", "--noheadings", "-o", "lv_uuid", "--", device, NULL };
  return one_value (device, args);
}

/* `vgs -o FIELD VG` prints a line per PV or LV of the VG (one empty
 * line for a VG without LVs).
 */
static char **
vg_uuids (const char *vgname, const char *field)
{
  CLEANUP_FREE char *out = NULL;

  if (check_name ("volume group", vgname) == -1
      || LVM (&out, vgname, "vgs", "--noheadings", "-o", field, "--", vgname)
             == -1)
    return NULL;
  return output_lines (out, NULL);
}

char **
do_vgpvuuids (const char *vgname)
{
  return vg_uuids (vgname, "pv_uuid");
}

char **
do_vglvuuids (const char *vgname)
{
  return vg_uuids (vgname, "lv_uuid");
}

int
do_pvchange_uuid (const char *device)
{
  return LVM (NULL, device, "pvchange", "--uuid", "--", device);
}

int
do_pvchange_uuid_all (void)
{
  return LVM (NULL, "pvchange_uuid_all", "pvchange", "--uuid", "--all");
}

int
do_vgchange_uuid (const char *vg)
{
  if (check_name ("volume group", vg) == -1)
    return -1;
  return LVM (NULL, vg, "vgchange", "--uuid", "--", vg);
}

int
do_vgchange_uuid_all (void)
{
  return LVM (NULL, "vgchange_uuid_all", "vgchange", "--uuid");
}

/* --------------------------------------------------- PVs, VGs, LVs */

int
do_pvcreate (const char *device)
{
  /* --yes: wipe an old filesystem signature rather than ask. */
  return LVM (NULL, device, "pvcreate", "--yes", "--", device);
}

int
do_pvremove (const char *device)
{
  return LVM (NULL, device, "pvremove", "--", device);
}

int
do_pvresize (const char *device)
{
  return LVM (NULL, device, "pvresize", "--", device);
}

int
do_pvresize_size (const char *device, int64_t size)
{
  char sz[32];
  CLEANUP_CLOSE int fd = -1;
  uint64_t devsize;

  if (size <= 0)
    {
      reply_with_error_errno (EINVAL, "%s: size %" PRId64 " is not positive",
                              device, size);
      return -1;
    }
  fd = open (device, O_RDONLY | O_CLOEXEC);
  if (fd == -1 || file_size (fd, &devsize) == -1)
    {
      reply_with_perror ("%s", device);
      return -1;
    }
  /* lvm would only warn, and with --yes go on. */
  if ((uint64_t)size > devsize)
    {
      reply_with_error_errno (EINVAL,
                              "%s: size %" PRId64 " is larger than the "
                              "device (%" PRIu64 " bytes)",
                              device, size, devsize);
      return -1;
    }
  snprintf (sz, sizeof sz, "%" PRId64 "b", size);
  /* --yes: shrinking asks for confirmation otherwise. */
  return LVM (NULL, device, "pvresize", "--yes", "--setphysicalvolumesize", sz,
              "--", device);
}

int
do_vgcreate (const char *volgroup, char *const *physvols)
{
  const char *args[64] = { "vgcreate", "--", volgroup };
  size_t n = 3;

  if (check_name ("volume group", volgroup) == -1)
    return -1;
  if (physvols[0] == NULL)
    {
      reply_with_error_errno (EINVAL, "%s: no physical volumes given",
                              volgroup);
      return -1;
    }
  for (; *physvols; physvols++)
    {
      if (n == sizeof args / sizeof args[0] - 1)
        {
          reply_with_error_errno (E2BIG, "%s: too many physical volumes",
                                  volgroup);
          return -1;
        }
      args[n++] = *physvols;
    }
  args[n] = NULL;
  return lvm_run (NULL, volgroup, args);
}

int
do_vgremove (const char *vgname)
{
  if (check_name ("volume group", vgname) == -1)
    return -1;
  return LVM (NULL, vgname, "vgremove", "--force", "--", vgname);
}

int
do_vgrename (const char *volgroup, const char *newvolgroup)
{
  if (check_name ("volume group", volgroup) == -1
      || check_name ("volume group", newvolgroup) == -1)
    return -1;
  return LVM (NULL, volgroup, "vgrename", "--", volgroup, newvolgroup);
}

int
do_lvcreate (const char *logvol, const char *volgroup, int mbytes)
{
  char size[32];

  if (check_name ("logical volume", logvol) == -1
      || check_name ("volume group", volgroup) == -1)
    return -1;
  if (mbytes <= 0)
    {
      reply_with_error_errno (EINVAL, "%s: size %d MiB is not positive",
                              logvol, mbytes);
      return -1;
    }
  snprintf (size, sizeof size, "%dm", mbytes);
  return LVM (NULL, logvol, "lvcreate", "--yes", "-L", size, "-n", logvol,
              "--", volgroup);
}

static int
check_percent (const char *what, int percent)
{
  if (percent <= 0 || percent > 100)
    {
      reply_with_error_errno (EINVAL, "%s: percent %d is not in 1-100", what,
                              percent);
      return -1;
    }
  return 0;
}

int
do_lvcreate_free (const char *logvol, const char *volgroup, int percent)
{
  char extents[32];

  if (check_name ("logical volume", logvol) == -1
      || check_name ("volume group", volgroup) == -1
      || check_percent (logvol, percent) == -1)
    return -1;
  snprintf (extents, sizeof extents, "%d%%FREE", percent);
  return LVM (NULL, logvol, "lvcreate", "--yes", "-l", extents, "-n", logvol,
              "--", volgroup);
}

int
do_lvremove (const char *device)
{
  return LVM (NULL, device, "lvremove", "--force", "--", device);
}

int
do_lvrename (const char *logvol, const char *newlogvol)
{
  if (check_lv_path (logvol) == -1 || check_lv_path (newlogvol) == -1)
    return -1;
  return LVM (NULL, logvol, "lvrename", "--", logvol, newlogvol);
}

int
do_lvresize (const char *device, int mbytes)
{
  char size[32];

  if (mbytes <= 0)
    {
      reply_with_error_errno (EINVAL, "%s: size %d MiB is not positive",
                              device, mbytes);
      return -1;
    }
  snprintf (size, sizeof size, "%dm", mbytes);
  /* --force: shrinking asks for confirmation otherwise. */
  return LVM (NULL, device, "lvresize", "--force", "-L", size, "--", device);
}

int
do_lvresize_free (const char *lv, int percent)
{
  char extents[32];

  if (check_percent (lv, percent) == -1)
    return -1;
  snprintf (extents, sizeof extents, "+%d%%FREE", percent);
  return LVM (NULL, lv, "lvresize", "-l", extents, "--", lv);
}

/* ------------------------------------------------------- activation */

static int
vgchange_all (bool activate)
{
  return LVM (NULL, "vgchange", "vgchange", "-a", activate ? "y" : "n");
}

int
do_vg_activate (int activate, char *const *volgroups)
{
  const char *args[64] = { "vgchange", "-a", activate ? "y" : "n", "--" };
  size_t n = 4;

  for (; *volgroups; volgroups++)
    {
      if (check_name ("volume group", *volgroups) == -1)
        return -1;
      if (n == sizeof args / sizeof args[0] - 1)
        {
          reply_with_error_errno (E2BIG, "vg_activate: too many volume "
                                         "groups");
          return -1;
        }
      args[n++] = *volgroups;
    }
  args[n] = NULL;
  return lvm_run (NULL, "vg_activate", args);
}

int
do_vg_activate_all (int activate)
{
  return vgchange_all (activate);
}

int
do_lvm_scan (int activate)
{
  if (LVM (NULL, "lvm_scan", "vgscan") == -1)
    return -1;
  return activate ? vgchange_all (true) : 0;
}

int
do_vgscan (void)
{
  return LVM (NULL, "vgscan", "vgscan");
}

/* Deactivate everything, change the filter, rescan, activate what LVM
 * sees now.
 */
static int
change_filter (char **devices)
{
  if (lvm_setup () == -1 || vgchange_all (false) == -1)
    {
      guestfs_int_free_string_list (devices);
      return -1;
    }
  guestfs_int_free_string_list (filter_devices);
  filter_devices = devices;
  if (write_config () == -1)
    {
      reply_with_perror ("%s", LVM_CONF);
      return -1;
    }
  if (LVM (NULL, "vgscan", "vgscan") == -1)
    return -1;
  return vgchange_all (true);
}

int
do_lvm_set_filter (char *const *devices)
{
  size_t n = guestfs_int_count_strings ((char **)devices);
  char **copy = calloc (n + 1, sizeof (char *));

  if (copy == NULL)
    {
      reply_with_perror ("calloc");
      return -1;
    }
  for (size_t i = 0; i < n; i++)
    {
      if (devices[i][strspn (devices[i], FILTER_NAME_CHARS)] != '\0')
        {
          reply_with_error_errno (EINVAL,
                                  "%s: device name unusable in an LVM "
                                  "filter",
                                  devices[i]);
          guestfs_int_free_string_list (copy);
          return -1;
        }
      copy[i] = strdup (devices[i]);
      if (copy[i] == NULL)
        {
          reply_with_perror ("strdup");
          guestfs_int_free_string_list (copy);
          return -1;
        }
    }
  return change_filter (copy);
}

int
do_lvm_clear_filter (void)
{
  return change_filter (NULL);
}

/* ------------------------------------------------- remove them all */

int
do_lvm_remove_all (void)
{
  CLEANUP_FREE_STRINGS char **vgs = NULL;
  CLEANUP_FREE_STRINGS char **pvs = NULL;

  vgs = do_vgs ();
  if (vgs == NULL)
    return -1;
  /* vgremove --force removes the LVs, refusing any in use. */
  for (size_t i = 0; vgs[i]; i++)
    if (LVM (NULL, vgs[i], "vgremove", "--force", "--", vgs[i]) == -1)
      return -1;
  pvs = do_pvs ();
  if (pvs == NULL)
    return -1;
  for (size_t i = 0; pvs[i]; i++)
    {
      CLEANUP_FREE char *dev = appliance_device_name (pvs[i]);
      if (dev == NULL)
        {
          reply_with_perror ("%s", pvs[i]);
          return -1;
        }
      if (LVM (NULL, pvs[i], "pvremove", "--", dev) == -1)
        return -1;
    }
  return 0;
}

/* ------------------------------------------------------------- vgmeta */

char *
do_vgmeta (const char *vgname, size_t *size_r)
{
  char path[] = LVM_CONF_DIR "/vgmeta.XXXXXX";
  CLEANUP_CLOSE int fd = -1;
  char *r;

  if (check_name ("volume group", vgname) == -1 || lvm_setup () == -1)
    return NULL;
  /* A unique name; vgcfgbackup then writes a new file in its place. */
  fd = mkostemp (path, O_CLOEXEC);
  if (fd == -1)
    {
      reply_with_perror ("mkostemp");
      return NULL;
    }
  close (fd);
  fd = -1;
  if (LVM (NULL, vgname, "vgcfgbackup", "-f", path, "--", vgname) == -1)
    {
      unlink (path);
      return NULL;
    }
  fd = open (path, O_RDONLY | O_CLOEXEC);
  unlink (path);
  r = fd == -1 ? NULL : read_whole_fd (fd, GUESTFS_MESSAGE_MAX / 2, size_r);
  if (r == NULL)
    reply_with_perror ("%s", path);
  return r;
}
