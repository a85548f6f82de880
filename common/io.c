/* Writing whole buffers. */

#include <config.h>

#include <errno.h>
#include <unistd.h>

#include "guestfs-common.h"

int
guestfs_int_write_all (int fd, const void *buf, size_t len)
{
  const char *p = buf;

  while (len > 0)
    {
      ssize_t n = write (fd, p, len);

      if (n == -1)
        {
          if (errno == EINTR)
            continue;
          return -1;
        }
      p += n;
      len -= n;
    }
  return 0;
}

void
guestfs_int_iov_advance (struct iovec **iov, int *iovcnt, size_t n)
{
  while (*iovcnt > 0 && n >= (*iov)->iov_len)
    {
      n -= (*iov)->iov_len;
      (*iov)++;
      (*iovcnt)--;
    }
  if (*iovcnt > 0)
    {
      (*iov)->iov_base = (char *)(*iov)->iov_base + n;
      (*iov)->iov_len -= n;
    }
}
