/* Zeroes: testing a file for them, and turning a filesystem's free
 * space into them (zero_free_space in any filesystem, zerofree(8) in
 * an unmounted ext2/3/4).  On a drive added with discard, qemu turns
 * the zeroes written into holes in the host image.
 */

#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

#define BUF_SIZE (1024 * 1024)

int
optgroup_zerofree_available (void)
{
  return program_available ("zerofree");
}

static bool
all_zero (const char *buf, size_t len)
{
  return len == 0 || (buf[0] == 0 && memcmp (buf, buf + 1, len - 1) == 0);
}

int
do_is_zero (const char *path)
{
  CLEANUP_CLOSE int fd = sysroot_open (path, READ_FLAGS, 0);
  CLEANUP_FREE char *buf = NULL;
  struct stat st;
  off_t pos = 0;
  bool seek_data;

  if (fd == -1 || fstat (fd, &st) == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  if (S_ISDIR (st.st_mode))
    {
      reply_with_error_errno (EISDIR, "%s: is a directory", path);
      return -1;
    }
  seek_data = S_ISREG (st.st_mode);
  buf = malloc (BUF_SIZE);
  if (buf == NULL)
    {
      reply_with_perror ("malloc");
      return -1;
    }
  for (;;)
    {
      ssize_t n;

      /* Holes read as zeroes: skip them where the file can say where
       * they are.
       */
      if (seek_data)
        {
          off_t data = lseek (fd, pos, SEEK_DATA);
          if (data == -1 && errno == ENXIO)
            return 1; /* only a hole is left */
          if (data == -1)
            {
              seek_data = false;
              if (lseek (fd, pos, SEEK_SET) == -1)
                {
                  reply_with_perror ("%s: lseek", path);
                  return -1;
                }
            }
          else
            pos = data;
        }
      n = read (fd, buf, BUF_SIZE);
      if (n == -1 && errno == EINTR)
        continue;
      if (n == -1)
        {
          reply_with_perror ("%s: read", path);
          return -1;
        }
      if (n == 0)
        return 1;
      if (!all_zero (buf, n))
        return 0;
      pos += n;
    }
}

int
do_zero_free_space (const char *directory)
{
  CLEANUP_CLOSE int dir = sysroot_open (directory, O_PATH | O_DIRECTORY, 0);
  CLEANUP_CLOSE int fd = -1;
  CLEANUP_FREE char *buf = NULL;
  char name[64];
  struct statvfs sv;
  uint64_t total, done = 0;

  if (dir == -1)
    {
      reply_with_perror ("%s", directory);
      return -1;
    }
  /* A name of our own, removed at once: the space it takes is freed
   * when it is closed, whatever happens.
   */
  for (int tries = 0; fd == -1 && tries < 100; tries++)
    {
      snprintf (name, sizeof name, ".guestfs-zero-%d-%d", (int)getpid (),
                rand ());
      fd = openat (dir, name,
                   O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
      if (fd == -1 && errno != EEXIST)
        break;
    }
  if (fd == -1)
    {
      reply_with_perror ("%s", directory);
      return -1;
    }
  if (unlinkat (dir, name, 0) == -1)
    {
      reply_with_perror ("%s: unlink %s", directory, name);
      return -1;
    }
  if (fstatvfs (fd, &sv) == -1)
    {
      reply_with_perror ("%s: statvfs", directory);
      return -1;
    }
  total = (uint64_t)sv.f_bfree * sv.f_frsize;
  buf = calloc (1, BUF_SIZE);
  if (buf == NULL)
    {
      reply_with_perror ("calloc");
      return -1;
    }
  for (;;)
    {
      ssize_t n = write (fd, buf, BUF_SIZE);
      if (n == -1 && errno == EINTR)
        continue;
      if (n == -1 && (errno == ENOSPC || errno == EDQUOT))
        break;
      if (n == -1)
        {
          reply_with_perror ("%s: write", directory);
          return -1;
        }
      done += n;
      notify_progress (done < total ? done : total, total);
      if (connection_lost ())
        break;
    }
  /* Delayed allocation may find the last blocks missing only now. */
  if (fsync (fd) == -1 && errno != ENOSPC && errno != EDQUOT)
    {
      reply_with_perror ("%s: fsync", directory);
      return -1;
    }
  return 0;
}

int
do_zerofree (const char *device)
{
  CLEANUP_FREE char *err = NULL;
  int r = command (NULL, &err, "zerofree", device, NULL);

  if (r != 0)
    {
      reply_command_error (device, r, "zerofree", err);
      return -1;
    }
  return 0;
}
