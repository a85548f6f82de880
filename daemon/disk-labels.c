/* Disk labels (add_drive's "label"): the library gives the drive the
 * label as its SCSI serial number, which the appliance reads from the
 * disk's unit serial number VPD page (0x80) in sysfs.  There is no
 * udev in the appliance to make /dev/disk/guestfs/LABEL links, so
 * Device arguments of that form are resolved here.
 */

#include <config.h>

#include <ctype.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

/* As the library accepts them. */
#define LABEL_MAX 20

static bool
valid_label (const char *s, size_t len)
{
  if (len == 0 || len > LABEL_MAX)
    return false;
  for (size_t i = 0; i < len; i++)
    if (!isalpha ((unsigned char)s[i]) || !isascii ((unsigned char)s[i]))
      return false;
  return true;
}

/* The label of disk (a kernel name), or "" if it has none.  The page:
 * device type, page code, length (2 bytes, big-endian), serial.
 */
static void
disk_label (const char *disk, char label[LABEL_MAX + 1])
{
  char path[PATH_MAX];
  unsigned char page[256];
  ssize_t n;
  size_t len;
  int fd;

  label[0] = '\0';
  snprintf (path, sizeof path, "/sys/block/%s/device/vpd_pg80", disk);
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd == -1)
    return;
  n = read (fd, page, sizeof page);
  close (fd);
  if (n < 4 || page[1] != 0x80)
    return;
  len = (size_t)page[2] << 8 | page[3];
  if (len > (size_t)n - 4)
    len = n - 4;
  /* SCSI pads it with spaces. */
  while (len > 0 && (page[4 + len - 1] == ' ' || page[4 + len - 1] == '\0'))
    len--;
  if (valid_label ((const char *)page + 4, len))
    {
      memcpy (label, page + 4, len);
      label[len] = '\0';
    }
}

char *
disk_label_device (const char *name)
{
  size_t llen = strspn (name, "abcdefghijklmnopqrstuvwxyz"
                              "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  int64_t partnum = 0;
  size_t n;
  CLEANUP_FREE struct disk *disks = NULL;
  char label[LABEL_MAX + 1], dev[64], path[PATH_MAX];
  char *r;

  if (!valid_label (name, llen)
      || (name[llen] != '\0'
          && (name[llen] == '0'
              || parse_int64 (name + llen, 1, INT_MAX, &partnum) == -1)))
    {
      errno = ENOENT;
      return NULL;
    }
  disks = list_disks (&n);
  if (disks == NULL)
    return NULL;
  for (size_t i = 0; i < n; i++)
    {
      disk_label (disks[i].name, label);
      if (strlen (label) != llen || strncmp (label, name, llen) != 0)
        continue;
      if (partnum == 0)
        snprintf (dev, sizeof dev, "%s", disks[i].name);
      else
        {
          partition_name (dev, sizeof dev, disks[i].name, partnum);
          snprintf (path, sizeof path, "/sys/block/%s/%s", disks[i].name, dev);
          if (access (path, F_OK) == -1)
            break;
        }
      if (asprintf (&r, "/dev/%s", dev) == -1)
        return NULL;
      return r;
    }
  errno = ENOENT;
  return NULL;
}

char **
do_list_disk_labels (void)
{
  struct stringsbuf sb = STRINGSBUF_INIT;
  size_t n;
  CLEANUP_FREE struct disk *disks = list_disks (&n);

  if (disks == NULL)
    {
      reply_with_perror ("/sys/block");
      return NULL;
    }
  for (size_t i = 0; i < n; i++)
    {
      CLEANUP_FREE int *nums = NULL;
      CLEANUP_FREE char *canonical = NULL;
      char label[LABEL_MAX + 1], dev[64], key[LABEL_MAX + 16];
      size_t np;

      disk_label (disks[i].name, label);
      if (label[0] == '\0')
        continue;
      snprintf (dev, sizeof dev, "/dev/%s", disks[i].name);
      canonical = canonical_device_name (dev);
      if (canonical == NULL)
        {
          reply_with_perror ("%s", dev);
          free_stringsbuf (&sb);
          return NULL;
        }
      if (list_partition_numbers (disks[i].name, &nums, &np) == -1)
        {
          reply_with_perror ("%s", disks[i].name);
          free_stringsbuf (&sb);
          return NULL;
        }
      if (add_string (&sb, label) == -1 || add_string (&sb, canonical) == -1)
        return NULL;
      for (size_t j = 0; j < np; j++)
        {
          char part[64];
          snprintf (key, sizeof key, "%s%d", label, nums[j]);
          snprintf (part, sizeof part, "%s%d", canonical, nums[j]);
          if (add_string (&sb, key) == -1 || add_string (&sb, part) == -1)
            return NULL;
        }
    }
  return end_stringsbuf (&sb);
}
