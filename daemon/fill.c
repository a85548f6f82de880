/* Writing bulk data: fill a file, zero a device, copy with dd.  All
 * send progress.
 */

#include <config.h>

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

#define BUF_SIZE (1024 * 1024)
/* zero wipes this much at each end of the device: every filesystem
 * signature and partition table (GPT keeps a copy at the end) lies
 * inside.
 */
#define ZERO_SIZE (1024 * 1024)

int
do_fill (int c, int len, const char *path)
{
  CLEANUP_FREE char *buf = NULL;
  int fd;
  size_t done = 0;

  if (c < 0 || c > 255)
    {
      reply_with_error_errno (EINVAL, "c (%d) must be between 0 and 255", c);
      return -1;
    }
  if (len < 0)
    {
      reply_with_error_errno (EINVAL, "len (%d) must not be negative", len);
      return -1;
    }
  buf = malloc (len < BUF_SIZE ? len + 1 : BUF_SIZE);
  if (buf == NULL)
    {
      reply_with_perror ("malloc");
      return -1;
    }
  memset (buf, c, len < BUF_SIZE ? len : BUF_SIZE);
  fd = sysroot_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_NOCTTY, 0666);
  if (fd == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  while (done < (size_t)len)
    {
      size_t n = len - done < BUF_SIZE ? len - done : BUF_SIZE;
      if (guestfs_int_write_all (fd, buf, n) == -1)
        {
          reply_with_perror ("%s: write", path);
          close (fd);
          return -1;
        }
      done += n;
      notify_progress (done, len);
    }
  if (close (fd) == -1)
    {
      reply_with_perror ("%s: close", path);
      return -1;
    }
  return 0;
}

static bool
all_zero (const char *p, size_t n)
{
  return n == 0 || (p[0] == 0 && memcmp (p, p + 1, n - 1) == 0);
}

/* Zero [off, off+len) of fd, leaving blocks that are zero already
 * alone (no needless writes to sparse or thin storage).
 */
static int
zero_range (int fd, char *buf, const char *zeroes, uint64_t off, uint64_t len,
            uint64_t *done, uint64_t total)
{
  while (len > 0)
    {
      size_t n = len < BUF_SIZE ? len : BUF_SIZE;
      ssize_t r = pread (fd, buf, n, off);
      if (r == -1)
        return -1;
      if (r == 0)
        break;
      if (!all_zero (buf, r) && pwrite (fd, zeroes, r, off) != r)
        return -1;
      off += r;
      len -= r;
      *done += r;
      notify_progress (*done, total);
    }
  return 0;
}

int
do_zero (const char *device)
{
  CLEANUP_CLOSE int fd = open (device, O_RDWR | O_CLOEXEC);
  CLEANUP_FREE char *buf = malloc (BUF_SIZE);
  CLEANUP_FREE char *zeroes = calloc (1, BUF_SIZE);
  uint64_t size, head, tail_off, done = 0;

  if (buf == NULL || zeroes == NULL)
    {
      reply_with_perror ("malloc");
      return -1;
    }
  if (fd == -1 || file_size (fd, &size) == -1)
    {
      reply_with_perror ("%s", device);
      return -1;
    }
  head = size < ZERO_SIZE ? size : ZERO_SIZE;
  tail_off = size - head < ZERO_SIZE ? head : size - ZERO_SIZE;
  if (zero_range (fd, buf, zeroes, 0, head, &done, head + size - tail_off)
          == -1
      || zero_range (fd, buf, zeroes, tail_off, size - tail_off, &done,
                     head + size - tail_off)
             == -1
      || fsync (fd) == -1)
    {
      reply_with_perror ("%s: write", device);
      return -1;
    }
  return 0;
}

int
do_dd (const char *src, const char *dest)
{
  CLEANUP_CLOSE int in = open_dev_or_path (src, READ_FLAGS);
  CLEANUP_CLOSE int out = -1;
  CLEANUP_FREE char *buf = NULL;
  uint64_t size, done = 0;

  if (in == -1 || file_size (in, &size) == -1)
    {
      reply_with_perror ("%s", src);
      return -1;
    }
  out = open_dev_or_path (dest, O_WRONLY | O_CREAT | O_TRUNC | O_NOCTTY);
  if (out == -1)
    {
      reply_with_perror ("%s", dest);
      return -1;
    }
  buf = malloc (BUF_SIZE);
  if (buf == NULL)
    {
      reply_with_perror ("malloc");
      return -1;
    }
  for (;;)
    {
      ssize_t n = read (in, buf, BUF_SIZE);
      if (n == -1)
        {
          if (errno == EINTR)
            continue;
          reply_with_perror ("%s: read", src);
          return -1;
        }
      if (n == 0)
        break;
      if (guestfs_int_write_all (out, buf, n) == -1)
        {
          reply_with_perror ("%s: write", dest);
          return -1;
        }
      done += n;
      notify_progress (done, size);
    }
  if (fsync (out) == -1 && errno != EINVAL)
    {
      reply_with_perror ("%s: fsync", dest);
      return -1;
    }
  return 0;
}
