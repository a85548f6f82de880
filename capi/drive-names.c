/* The drive list by name and index: /dev/sda is the first drive
 * added, /dev/sdb the second, ...  Pure work on the handle's list, so
 * it needs no appliance.
 */

#include <config.h>

#include <errno.h>
#include <string.h>

#include "guestfs.h"
#include "guestfs-internal.h"
#include "impl-actions.h"

/* The index the letters of a whole disk's name stand for ("a" 0, "z"
 * 25, "aa" 26), or -1 if the name is not /dev/sdX, /dev/vdX or
 * /dev/hdX.
 */
static long
disk_index (const char *device)
{
  const char *p;
  long idx = 0;

  if (strncmp (device, "/dev/sd", 7) != 0
      && strncmp (device, "/dev/vd", 7) != 0
      && strncmp (device, "/dev/hd", 7) != 0)
    return -1;
  p = device + 7;
  if (*p == '\0' || strlen (p) > 3)
    return -1;
  for (; *p; p++)
    {
      if (*p < 'a' || *p > 'z')
        return -1;
      idx = idx * 26 + (*p - 'a' + 1);
    }
  return idx - 1;
}

int
guestfs_impl_device_index (guestfs_h *g, const char *device)
{
  long idx = disk_index (device);

  if (idx < 0 || (size_t)idx >= g->nr_drives)
    {
      guestfs_int_error_errno (g, ENOENT,
                               "device_index: %s: no such device: it must "
                               "name one of the %zu whole disks added, "
                               "such as /dev/sda",
                               device, g->nr_drives);
      return -1;
    }
  return idx;
}

char *
guestfs_impl_device_name (guestfs_h *g, int index)
{
  char letters[8], rev[8];
  size_t n = 0, j = 0;

  if (index < 0 || (size_t)index >= g->nr_drives)
    {
      guestfs_int_error_errno (g, EINVAL,
                               "device_name: index %d: it must be from 0 to "
                               "the number of drives added (%zu) minus 1",
                               index, g->nr_drives);
      return NULL;
    }
  for (size_t i = (size_t)index + 1; i > 0; i = (i - 1) / 26)
    rev[n++] = 'a' + (i - 1) % 26;
  while (n > 0)
    letters[j++] = rev[--n];
  letters[j] = '\0';
  return safe_asprintf (g, "/dev/sd%s", letters);
}

int
guestfs_impl_nr_devices (guestfs_h *g)
{
  return g->nr_drives;
}

int
guestfs_impl_max_disks (guestfs_h *g)
{
  (void)g;
  return GUESTFS_INT_MAX_DRIVES;
}
