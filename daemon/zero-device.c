/* Zeroing a whole device, and checking that it is all zeroes.  Both
 * read the device through; zeroing writes only blocks that are not
 * zero already, so a sparse image stays sparse.  Both send progress.
 */

#include <config.h>

#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

#define BUF_SIZE (1024 * 1024)

static bool
all_zero (const char *buf, size_t len)
{
  /* The first byte is zero and each equals the next: all are zero. */
  return len == 0 || (buf[0] == 0 && memcmp (buf, buf + 1, len - 1) == 0);
}

/* Read device through, calling back with each block that is not all
 * zeroes (cb NULL: stop at the first).  Returns 1 if all were zero, 0
 * if not, -1 after replying with an error.
 */
static int
scan_device (const char *device, int fd,
             int (*cb) (const char *device, int fd, const char *buf,
                        size_t len, off_t off))
{
  CLEANUP_FREE char *buf = malloc (BUF_SIZE);
  uint64_t size, done = 0;
  int zero = 1;

  if (buf == NULL)
    {
      reply_with_perror ("malloc");
      return -1;
    }
  if (file_size (fd, &size) == -1)
    {
      reply_with_perror ("%s: size", device);
      return -1;
    }
  while (done < size)
    {
      size_t want = size - done < BUF_SIZE ? size - done : BUF_SIZE;
      ssize_t n = pread (fd, buf, want, done);

      if (n == -1 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = EIO;
          reply_with_perror ("%s: read at %" PRIu64, device, done);
          return -1;
        }
      if (!all_zero (buf, n))
        {
          zero = 0;
          if (cb == NULL)
            return 0;
          if (cb (device, fd, buf, n, done) == -1)
            return -1;
        }
      done += n;
      notify_progress (done, size);
    }
  return zero;
}

int
do_is_zero_device (const char *device)
{
  CLEANUP_CLOSE int fd = open (device, O_RDONLY | O_CLOEXEC);

  if (fd == -1)
    {
      reply_with_perror ("%s", device);
      return -1;
    }
  return scan_device (device, fd, NULL);
}

static int
write_zeroes (const char *device, int fd, const char *buf, size_t len,
              off_t off)
{
  static const char zeroes[BUF_SIZE];

  (void)buf;
  errno = 0;
  if (pwrite (fd, zeroes, len, off) != (ssize_t)len)
    {
      if (errno == 0)
        errno = EIO;
      reply_with_perror ("%s: write at %lld", device, (long long)off);
      return -1;
    }
  return 0;
}

int
do_zero_device (const char *device)
{
  CLEANUP_CLOSE int fd = open (device, O_RDWR | O_CLOEXEC);

  if (fd == -1)
    {
      reply_with_perror ("%s", device);
      return -1;
    }
  if (scan_device (device, fd, write_zeroes) == -1)
    return -1;
  if (fsync (fd) == -1)
    {
      reply_with_perror ("%s: fsync", device);
      return -1;
    }
  return 0;
}
