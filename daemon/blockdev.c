/* Block device queries and settings (ioctls; no blockdev(8) process
 * needed), and discarding.
 */

#include <config.h>

#include <fcntl.h>
#include <limits.h>
#include <linux/fs.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

static int
open_device (const char *device, int flags)
{
  int fd = open (device, flags | O_CLOEXEC);

  if (fd == -1)
    reply_with_perror ("%s", device);
  return fd;
}

int64_t
do_blockdev_getsize64 (const char *device)
{
  CLEANUP_CLOSE int fd = open_device (device, O_RDONLY);
  uint64_t size;

  if (fd == -1)
    return -1;
  if (ioctl (fd, BLKGETSIZE64, &size) == -1)
    {
      reply_with_perror ("%s: BLKGETSIZE64", device);
      return -1;
    }
  return size;
}

int
do_blockdev_getss (const char *device)
{
  CLEANUP_CLOSE int fd = open_device (device, O_RDONLY);
  int ss;

  if (fd == -1)
    return -1;
  if (ioctl (fd, BLKSSZGET, &ss) == -1)
    {
      reply_with_perror ("%s: BLKSSZGET", device);
      return -1;
    }
  return ss;
}

int
do_blockdev_rereadpt (const char *device)
{
  CLEANUP_CLOSE int fd = open_device (device, O_RDONLY);

  if (fd == -1)
    return -1;
  if (ioctl (fd, BLKRRPART, NULL) == -1)
    {
      reply_with_perror ("%s: BLKRRPART", device);
      return -1;
    }
  return 0;
}

/* An ioctl taking an int (or nothing), on device opened with flags. */
static int
blockdev_ioctl (const char *device, int flags, unsigned long req,
                const char *reqname, void *arg)
{
  CLEANUP_CLOSE int fd = open_device (device, flags);

  if (fd == -1)
    return -1;
  if (ioctl (fd, req, arg) == -1)
    {
      reply_with_perror ("%s: %s", device, reqname);
      return -1;
    }
  return 0;
}

int
do_blockdev_flushbufs (const char *device)
{
  CLEANUP_CLOSE int fd = open_device (device, O_RDONLY);

  if (fd == -1)
    return -1;
  /* BLKFLSBUF writes dirty buffers back, then invalidates them. */
  if (fsync (fd) == -1 || ioctl (fd, BLKFLSBUF, 0) == -1)
    {
      reply_with_perror ("%s: BLKFLSBUF", device);
      return -1;
    }
  return 0;
}

int
do_blockdev_getbsz (const char *device)
{
  int bsz;

  if (blockdev_ioctl (device, O_RDONLY, BLKBSZGET, "BLKBSZGET", &bsz) == -1)
    return -1;
  return bsz;
}

int
do_blockdev_getro (const char *device)
{
  int ro;

  if (blockdev_ioctl (device, O_RDONLY, BLKROGET, "BLKROGET", &ro) == -1)
    return -1;
  return ro != 0;
}

int64_t
do_blockdev_getsz (const char *device)
{
  int64_t size = do_blockdev_getsize64 (device);

  return size == -1 ? -1 : size / 512;
}

int
do_blockdev_setbsz (const char *device, int blocksize)
{
  CLEANUP_CLOSE int fd = -1;

  /* blockdev --setbsz sets it for its own open of the device, which
   * ends when it exits: it never changed anything, and neither does
   * this.  Only the arguments are checked.
   */
  if (blocksize < 512 || blocksize > 65536
      || (blocksize & (blocksize - 1)) != 0)
    {
      reply_with_error_errno (EINVAL,
                              "%s: blocksize %d: it must be a power of 2 "
                              "from 512 to 65536",
                              device, blocksize);
      return -1;
    }
  fd = open_device (device, O_RDONLY);
  return fd == -1 ? -1 : 0;
}

int
do_blockdev_setra (const char *device, int sectors)
{
  if (sectors < 0)
    {
      reply_with_error_errno (EINVAL,
                              "%s: readahead %d: it must not be negative",
                              device, sectors);
      return -1;
    }
  /* BLKRASET takes the value itself, not a pointer to it. */
  return blockdev_ioctl (device, O_RDONLY, BLKRASET, "BLKRASET",
                         (void *)(unsigned long)sectors);
}

int
do_blockdev_setro (const char *device)
{
  int one = 1;

  return blockdev_ioctl (device, O_RDONLY, BLKROSET, "BLKROSET", &one);
}

int
do_blockdev_setrw (const char *device)
{
  int zero = 0, ro;

  if (blockdev_ioctl (device, O_RDONLY, BLKROSET, "BLKROSET", &zero) == -1
      || blockdev_ioctl (device, O_RDONLY, BLKROGET, "BLKROGET", &ro) == -1)
    return -1;
  /* The kernel clears only its own flag: a disk whose drive is
   * read-only (add_drive readonly) stays so, and writes would fail.
   */
  if (ro)
    {
      reply_with_error_errno (EROFS,
                              "%s: the device stays read-only (its drive "
                              "was added read-only)",
                              device);
      return -1;
    }
  return 0;
}

/* A whole disk has a device behind it; partitions and device-mapper or
 * md devices do not.
 */
int
do_is_whole_device (const char *device)
{
  struct stat st;
  char path[PATH_MAX];

  if (stat (device, &st) == -1)
    {
      reply_with_perror ("%s", device);
      return -1;
    }
  snprintf (path, sizeof path, "/sys/dev/block/%u:%u/device",
            major (st.st_rdev), minor (st.st_rdev));
  return access (path, F_OK) == 0;
}

int
optgroup_blkdiscard_available (void)
{
  /* BLKDISCARD is in every kernel the appliance can boot; whether a
   * device can discard is its drive's business (add_drive discard).
   */
  return 1;
}

int
do_blkdiscard (const char *device)
{
  CLEANUP_CLOSE int fd = open_device (device, O_WRONLY);
  uint64_t range[2] = { 0, 0 };
  int ro = 0;

  if (fd == -1)
    return -1;
  if (ioctl (fd, BLKGETSIZE64, &range[1]) == -1)
    {
      reply_with_perror ("%s: BLKGETSIZE64", device);
      return -1;
    }
  /* Not every kernel checks for itself. */
  if (ioctl (fd, BLKROGET, &ro) == -1 || ro)
    {
      reply_with_perror_errno (ro ? EROFS : errno, "%s", device);
      return -1;
    }
  if (ioctl (fd, BLKDISCARD, range) == -1)
    {
      if (errno == EOPNOTSUPP)
        reply_with_error_errno (errno,
                                "%s: the device cannot discard: add its "
                                "drive with discard \"enable\" or "
                                "\"besteffort\"",
                                device);
      else
        reply_with_perror ("%s: BLKDISCARD", device);
      return -1;
    }
  return 0;
}

int
optgroup_blkdiscardzeroes_available (void)
{
  return 1;
}

int
do_blkdiscardzeroes (const char *device)
{
  unsigned int zeroes = 0;

  if (blockdev_ioctl (device, O_RDONLY, BLKDISCARDZEROES, "BLKDISCARDZEROES",
                      &zeroes)
      == -1)
    return -1;
  return zeroes != 0;
}
