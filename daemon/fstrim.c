/* fstrim: the FITRIM ioctl on the mounted filesystem, as fstrim(8)
 * does it.
 */

#include <config.h>

#include <fcntl.h>
#include <inttypes.h>
#include <linux/fs.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

/* Bits of optargs_bitmask, in the order api.py lists the options. */
#define FSTRIM_OFFSET (1 << 0)
#define FSTRIM_LENGTH (1 << 1)
#define FSTRIM_MINIMUMFREEEXTENT (1 << 2)

/* The kernel's ioctl: nothing to find in the appliance. */
int
optgroup_fstrim_available (void)
{
  return 1;
}

int
do_fstrim (const char *mountpoint, int64_t offset, int64_t length,
           int64_t minimumfreeextent)
{
  struct fstrim_range range = { .start = 0, .len = UINT64_MAX, .minlen = 0 };
  CLEANUP_CLOSE int fd = -1;
  struct statvfs sv;

  if (((optargs_bitmask & FSTRIM_OFFSET) && offset < 0)
      || ((optargs_bitmask & FSTRIM_LENGTH) && length < 0)
      || ((optargs_bitmask & FSTRIM_MINIMUMFREEEXTENT)
          && minimumfreeextent < 0))
    {
      reply_with_error_errno (EINVAL,
                              "offset, length and minimumfreeextent must "
                              "not be negative");
      return -1;
    }
  if (optargs_bitmask & FSTRIM_OFFSET)
    range.start = offset;
  if (optargs_bitmask & FSTRIM_LENGTH)
    range.len = length;
  if (optargs_bitmask & FSTRIM_MINIMUMFREEEXTENT)
    range.minlen = minimumfreeextent;

  fd = sysroot_open (mountpoint, O_RDONLY | O_DIRECTORY, 0);
  if (fd == -1 || fstatvfs (fd, &sv) == -1)
    {
      reply_with_perror ("%s", mountpoint);
      return -1;
    }
  if (sv.f_flag & ST_RDONLY)
    {
      reply_with_error_errno (EROFS, "%s: the filesystem is mounted read-only",
                              mountpoint);
      return -1;
    }
  /* Blocks freed by a transaction not yet committed are not free for
   * the trim: commit first.
   */
  if (syncfs (fd) == -1)
    {
      reply_with_perror ("%s: syncfs", mountpoint);
      return -1;
    }
  if (ioctl (fd, FITRIM, &range) == -1)
    {
      if (errno == EOPNOTSUPP)
        reply_with_error_errno (ENOTSUP,
                                "%s: the filesystem or its device does not "
                                "support trimming",
                                mountpoint);
      else
        reply_with_perror ("%s: FITRIM", mountpoint);
      return -1;
    }
  return 0;
}
