/* upload and download: a file or device streamed from or to the
 * library.
 */

#include <config.h>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

int
receive_to_fd (void *opaque, const char *buf, size_t len)
{
  int fd = *(int *)opaque;

  if (guestfs_int_write_all (fd, buf, len) == -1)
    return -1;
  /* The library does not say how big the stream is. */
  notify_progress_pulse ();
  return 0;
}

int
do_upload (const char *remotefilename)
{
  int fd = open_dev_or_path (remotefilename,
                             O_WRONLY | O_CREAT | O_TRUNC | O_NOCTTY);
  int r;

  if (fd == -1)
    {
      int err = errno;
      cancel_receive ();
      reply_with_perror_errno (err, "%s", remotefilename);
      return -1;
    }
  r = receive_file (receive_to_fd, &fd);
  if (r == -2)
    {
      close (fd);
      reply_with_error_errno (EINTR, "%s: upload cancelled", remotefilename);
      return -1;
    }
  if (r == -1)
    {
      reply_with_perror ("%s: write", remotefilename);
      close (fd);
      return -1;
    }
  if (close (fd) == -1)
    {
      reply_with_perror ("%s: close", remotefilename);
      return -1;
    }
  return 0;
}

int
do_download (const char *remotefilename)
{
  CLEANUP_CLOSE int fd = open_dev_or_path (remotefilename, READ_FLAGS);
  CLEANUP_FREE char *buf = NULL;
  uint64_t size, done = 0;

  if (fd == -1 || file_size (fd, &size) == -1)
    {
      int err = errno;
      send_file_end (1);
      reply_with_perror_errno (err, "%s", remotefilename);
      return -1;
    }
  buf = malloc (GUESTFS_MAX_CHUNK_SIZE);
  if (buf == NULL)
    {
      send_file_end (1);
      reply_with_perror ("malloc");
      return -1;
    }
  posix_fadvise (fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  for (;;)
    {
      ssize_t n = read (fd, buf, GUESTFS_MAX_CHUNK_SIZE);
      if (n == -1)
        {
          if (errno == EINTR)
            continue;
          int err = errno;
          send_file_end (1);
          reply_with_perror_errno (err, "%s: read", remotefilename);
          return -1;
        }
      if (n == 0)
        break;
      if (send_file_write (buf, n) == -1)
        {
          if (errno == EINTR)
            reply_with_error_errno (EINTR, "%s: download cancelled",
                                    remotefilename);
          else
            reply_with_perror ("%s", remotefilename);
          return -1;
        }
      done += n;
      notify_progress (done, size);
    }
  if (send_file_end (0) == -1)
    {
      reply_with_perror ("%s", remotefilename);
      return -1;
    }
  return 0;
}
