/* Block device queries (ioctls; no blockdev(8) process needed). */

#include <config.h>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
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
