/* Block devices and their names.
 *
 * The library promises /dev/sda, /dev/sdb, ... in the order the drives
 * were added, whatever the appliance's kernel calls them.  The kernel
 * numbers disks in probe order, which need not be the order of their
 * addresses, so the disks are sorted by their sysfs device path
 * (controller, then SCSI target, compared as version strings) and the
 * Nth of them is /dev/sd<N>.  The disk holding the appliance's own root
 * filesystem is left out.
 */

#include <config.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

#define SYS_BLOCK "/sys/block"

bool
is_device_arg (const char *s)
{
  return strncmp (s, "/dev/", 5) == 0;
}

/* Kernel names of the disks guests can have: sda, vdb, hdc, xvdd. */
static size_t
disk_prefix_len (const char *name)
{
  static const char *const prefixes[] = { "sd", "vd", "hd", "xvd" };

  for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
    {
      size_t len = strlen (prefixes[i]);
      if (strncmp (name, prefixes[i], len) == 0)
        return len;
    }
  return 0;
}

/* The letters of a disk name ("a", "ab") as an index (0, 27), or -1. */
static long
letters_index (const char *s, size_t len)
{
  long idx = 0;

  if (len == 0 || len > 4)
    return -1;
  for (size_t i = 0; i < len; i++)
    {
      if (s[i] < 'a' || s[i] > 'z')
        return -1;
      idx = idx * 26 + (s[i] - 'a' + 1);
    }
  return idx - 1;
}

static void
index_letters (char *buf, size_t idx)
{
  char tmp[8];
  size_t n = 0;

  idx++;
  while (idx > 0 && n < sizeof tmp)
    {
      idx--;
      tmp[n++] = 'a' + idx % 26;
      idx /= 26;
    }
  while (n > 0)
    *buf++ = tmp[--n];
  *buf = '\0';
}

static int
read_sysfs_line (const char *path, char *buf, size_t len)
{
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  ssize_t n;

  if (fd == -1)
    return -1;
  n = read (fd, buf, len - 1);
  close (fd);
  if (n < 0)
    return -1;
  buf[n] = '\0';
  trim_end (buf);
  return 0;
}

static dev_t
sysfs_devno (const char *dir)
{
  char path[PATH_MAX], buf[32];
  unsigned maj, min;

  snprintf (path, sizeof path, "%s/dev", dir);
  if (read_sysfs_line (path, buf, sizeof buf) == -1
      || sscanf (buf, "%u:%u", &maj, &min) != 2)
    return 0;
  return makedev (maj, min);
}

/* The kernel name of the disk holding the appliance's root filesystem
 * ("" if it is not on a disk).
 */
static void
root_disk (char *buf, size_t len)
{
  struct stat st;
  char path[PATH_MAX], *real, *slash;

  buf[0] = '\0';
  if (stat ("/", &st) == -1)
    return;
  snprintf (path, sizeof path, "/sys/dev/block/%u:%u", major (st.st_dev),
            minor (st.st_dev));
  real = realpath (path, NULL);
  if (real == NULL)
    return;
  /* .../block/sdb or .../block/sdb/sdb1 for a partition. */
  snprintf (path, sizeof path, "%s/partition", real);
  if (access (path, F_OK) == 0 && (slash = strrchr (real, '/')) != NULL)
    *slash = '\0';
  slash = strrchr (real, '/');
  if (slash)
    snprintf (buf, len, "%s", slash + 1);
  free (real);
}

struct disk_key
{
  struct disk disk;
  char *key;
};

static int
compare_disk_keys (const void *a, const void *b)
{
  const struct disk_key *x = a, *y = b;
  int r = strverscmp (x->key, y->key);

  return r ? r : strverscmp (x->disk.name, y->disk.name);
}

struct disk *
list_disks (size_t *n_r)
{
  DIR *dir;
  struct dirent *d;
  struct disk_key *keys = NULL;
  struct disk *disks;
  size_t n = 0, alloc = 0;
  char root[64];

  *n_r = 0;
  if (host_mode)
    return calloc (1, sizeof (struct disk));

  root_disk (root, sizeof root);
  dir = opendir (SYS_BLOCK);
  if (dir == NULL)
    return NULL;
  while ((d = readdir (dir)) != NULL)
    {
      size_t plen = disk_prefix_len (d->d_name);
      char path[PATH_MAX];

      if (plen == 0
          || letters_index (d->d_name + plen, strlen (d->d_name + plen)) < 0
          || strlen (d->d_name) >= sizeof keys->disk.name
          || strcmp (d->d_name, root) == 0)
        continue;
      if (n == alloc)
        {
          alloc = alloc ? alloc * 2 : 8;
          struct disk_key *k = realloc (keys, alloc * sizeof *keys);
          if (k == NULL)
            goto fail;
          keys = k;
        }
      strcpy (keys[n].disk.name, d->d_name);
      snprintf (path, sizeof path, SYS_BLOCK "/%s/device", d->d_name);
      keys[n].key = realpath (path, NULL);
      if (keys[n].key == NULL)
        keys[n].key = strdup ("");
      if (keys[n].key == NULL)
        goto fail;
      n++;
    }
  closedir (dir);
  dir = NULL;

  /* qsort may not get NULL, even for nothing to sort. */
  if (n > 1)
    qsort (keys, n, sizeof *keys, compare_disk_keys);
  disks = calloc (n + 1, sizeof *disks);
  if (disks == NULL)
    goto fail;
  for (size_t i = 0; i < n; i++)
    {
      disks[i] = keys[i].disk;
      free (keys[i].key);
    }
  free (keys);
  *n_r = n;
  return disks;

fail:;
  int saved_errno = errno;
  if (dir)
    closedir (dir);
  for (size_t i = 0; i < n; i++)
    free (keys[i].key);
  free (keys);
  errno = saved_errno;
  return NULL;
}

void
partition_name (char *buf, size_t len, const char *disk, int n)
{
  size_t dlen = strlen (disk);

  /* The kernel puts a "p" between a name ending in a digit and the
   * partition number (nvme0n1p1).
   */
  snprintf (buf, len, "%s%s%d", disk,
            dlen && isdigit ((unsigned char)disk[dlen - 1]) ? "p" : "", n);
}

static int
compare_ints (const void *a, const void *b)
{
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

int
list_partition_numbers (const char *disk, int **nums_r, size_t *n_r)
{
  char path[PATH_MAX];
  DIR *dir;
  struct dirent *d;
  int *nums = NULL;
  size_t n = 0, alloc = 0;

  snprintf (path, sizeof path, SYS_BLOCK "/%s", disk);
  dir = opendir (path);
  if (dir == NULL)
    return -1;
  while ((d = readdir (dir)) != NULL)
    {
      char buf[32];
      int64_t num;

      if (strncmp (d->d_name, disk, strlen (disk)) != 0)
        continue;
      snprintf (path, sizeof path, SYS_BLOCK "/%s/%s/partition", disk,
                d->d_name);
      if (read_sysfs_line (path, buf, sizeof buf) == -1
          || parse_int64 (buf, 1, INT_MAX, &num) == -1)
        continue;
      if (n == alloc)
        {
          alloc = alloc ? alloc * 2 : 8;
          int *p = realloc (nums, alloc * sizeof *nums);
          if (p == NULL)
            {
              free (nums);
              closedir (dir);
              errno = ENOMEM;
              return -1;
            }
          nums = p;
        }
      nums[n++] = num;
    }
  closedir (dir);
  /* An unpartitioned disk: nums is NULL, which qsort may not get. */
  if (n > 1)
    qsort (nums, n, sizeof *nums, compare_ints);
  *nums_r = nums;
  *n_r = n;
  return 0;
}

/* Split "sdb12" style names: *idx_r the disk index from the letters,
 * *part_r the partition number (0 for a whole disk).  -1 if name is not
 * of that form.
 */
static int
parse_disk_name (const char *name, long *idx_r, int *part_r)
{
  size_t plen = disk_prefix_len (name), llen = 0;
  const char *digits;
  int64_t part = 0;

  if (plen == 0)
    return -1;
  while (islower ((unsigned char)name[plen + llen]))
    llen++;
  *idx_r = letters_index (name + plen, llen);
  if (*idx_r < 0)
    return -1;
  digits = name + plen + llen;
  if (*digits != '\0'
      && (*digits == '0' || parse_int64 (digits, 1, INT_MAX, &part) == -1))
    return -1;
  *part_r = part;
  return 0;
}

/* dev_t of a disk and its partitions, to refuse the appliance's own. */
static bool
is_root_disk_devno (dev_t dev)
{
  char root[64], path[PATH_MAX];
  int *nums;
  size_t n;
  bool r = false;

  root_disk (root, sizeof root);
  if (root[0] == '\0')
    return false;
  snprintf (path, sizeof path, SYS_BLOCK "/%s", root);
  if (sysfs_devno (path) == dev)
    return true;
  if (list_partition_numbers (root, &nums, &n) == -1)
    return false;
  for (size_t i = 0; i < n && !r; i++)
    {
      char part[64];
      partition_name (part, sizeof part, root, nums[i]);
      snprintf (path, sizeof path, SYS_BLOCK "/%s/%s", root, part);
      r = sysfs_devno (path) == dev;
    }
  free (nums);
  return r;
}

bool
is_appliance_root_device (const char *dev)
{
  struct stat st;

  return stat (dev, &st) == 0 && S_ISBLK (st.st_mode)
         && is_root_disk_devno (st.st_rdev);
}

char *
appliance_device_name (const char *device)
{
  long idx;
  int part;
  char *r;

  if (!is_device_arg (device))
    {
      errno = ENOENT;
      return NULL;
    }
  if (strncmp (device, DISK_LABEL_DIR, strlen (DISK_LABEL_DIR)) == 0)
    return disk_label_device (device + strlen (DISK_LABEL_DIR));
  if (parse_disk_name (device + 5, &idx, &part) == 0)
    {
      size_t n;
      CLEANUP_FREE struct disk *disks = list_disks (&n);
      char name[64], path[PATH_MAX];

      if (disks == NULL)
        return NULL;
      if ((size_t)idx >= n)
        {
          errno = ENOENT;
          return NULL;
        }
      if (part == 0)
        snprintf (name, sizeof name, "%s", disks[idx].name);
      else
        {
          partition_name (name, sizeof name, disks[idx].name, part);
          snprintf (path, sizeof path, SYS_BLOCK "/%s/%s", disks[idx].name,
                    name);
          if (access (path, F_OK) == -1)
            {
              errno = ENOENT;
              return NULL;
            }
        }
      if (asprintf (&r, "/dev/%s", name) == -1)
        return NULL;
      return r;
    }

  /* Any other block device (device-mapper, md) the appliance has.  A
   * logical volume appears once LVM has activated its volume group, and
   * a Windows dynamic disk volume is mapped when first wanted.
   */
  struct stat st;
  if (stat (device, &st) == -1
      && (errno != ENOENT
          /* LVM's activation assembles the arrays first. */
          || !(ldm_map_on_demand (device) || lvm_first_activation ()
               || md_first_assembly ())
          || stat (device, &st) == -1))
    return NULL;
  if (!S_ISBLK (st.st_mode))
    {
      /* /dev/VG, an LVM volume group's directory (lvremove takes it). */
      if (S_ISDIR (st.st_mode) && lvm_is_vg_dir (device))
        return strdup (device);
      errno = ENOTBLK;
      return NULL;
    }
  if (is_root_disk_devno (st.st_rdev))
    {
      errno = ENOENT;
      return NULL;
    }
  return strdup (device);
}

char *
canonical_device_name (const char *dev)
{
  size_t n;
  CLEANUP_FREE struct disk *disks = NULL;
  char *r;

  /* LVM: /dev/mapper/VG-LV and /dev/dm-N are /dev/VG/LV. */
  if ((r = lvm_canonical_name (dev)) != NULL)
    return r;

  if (is_device_arg (dev) && (disks = list_disks (&n)) != NULL)
    {
      const char *name = dev + 5;
      for (size_t i = 0; i < n; i++)
        {
          size_t len = strlen (disks[i].name);
          const char *rest = name + len;
          char letters[8];
          int64_t part;

          if (strncmp (name, disks[i].name, len) != 0)
            continue;
          if (*rest == 'p' && len && isdigit ((unsigned char)name[len - 1]))
            rest++;
          if (*rest != '\0' && parse_int64 (rest, 1, INT_MAX, &part) == -1)
            continue;
          index_letters (letters, i);
          if (asprintf (&r, "/dev/sd%s%s", letters, rest) == -1)
            return NULL;
          return r;
        }
    }
  return strdup (dev);
}

/* mountable arrives resolved to the appliance's device. */
char *
do_mountable_device (const char *mountable)
{
  CLEANUP_FREE char *device = NULL;
  const char *volume;
  char *r = NULL;

  if (split_mountable (mountable, &device, &volume) == 0)
    r = canonical_device_name (device);
  if (r == NULL)
    reply_with_perror ("mountable_device: %s", mountable);
  return r;
}

char *
do_mountable_subvolume (const char *mountable)
{
  CLEANUP_FREE char *device = NULL;
  const char *volume;
  char *r;

  if (split_mountable (mountable, &device, &volume) == -1)
    {
      reply_with_perror ("%s", mountable);
      return NULL;
    }
  if (volume == NULL)
    {
      reply_with_error_errno (EINVAL, "%s: not a btrfs subvolume identifier",
                              mountable);
      return NULL;
    }
  r = strdup (volume);
  if (r == NULL)
    reply_with_perror ("strdup");
  return r;
}

char **
do_list_devices (void)
{
  struct stringsbuf sb = STRINGSBUF_INIT;
  size_t n;
  CLEANUP_FREE struct disk *disks = list_disks (&n);

  if (disks == NULL)
    {
      reply_with_perror (SYS_BLOCK);
      return NULL;
    }
  for (size_t i = 0; i < n; i++)
    {
      char name[32];
      strcpy (name, "/dev/sd");
      index_letters (name + 7, i);
      if (add_string (&sb, name) == -1)
        return NULL;
    }
  return end_stringsbuf (&sb);
}

char **
do_list_partitions (void)
{
  struct stringsbuf sb = STRINGSBUF_INIT;
  size_t n;
  CLEANUP_FREE struct disk *disks = list_disks (&n);

  if (disks == NULL)
    {
      reply_with_perror (SYS_BLOCK);
      return NULL;
    }
  for (size_t i = 0; i < n; i++)
    {
      CLEANUP_FREE int *nums = NULL;
      size_t np;
      char letters[8];

      if (list_partition_numbers (disks[i].name, &nums, &np) == -1)
        {
          reply_with_perror ("%s", disks[i].name);
          free_stringsbuf (&sb);
          return NULL;
        }
      index_letters (letters, i);
      for (size_t j = 0; j < np; j++)
        {
          char name[64];
          snprintf (name, sizeof name, "/dev/sd%s%d", letters, nums[j]);
          if (add_string (&sb, name) == -1)
            return NULL;
        }
    }
  return end_stringsbuf (&sb);
}
