/* mksquashfs: the image is built in a file of the appliance (the tool
 * seeks in its output), then streamed to the library.
 */

#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

/* Bits of optargs_bitmask, in the order api.py lists the options. */
#define MKSQUASHFS_COMPRESS (1 << 0)
#define MKSQUASHFS_EXCLUDES (1 << 1)

#define MAX_ARGS 16

int
optgroup_squashfs_available (void)
{
  return program_available ("mksquashfs");
}

static bool
valid_compress (const char *compress)
{
  static const char *const known[]
      = { "gzip", "lzma", "lzo", "lz4", "xz", "zstd" };

  for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
    if (strcmp (compress, known[i]) == 0)
      return true;
  return false;
}

/* The excludes, one wildcard a line, in a file for -ef (unlinked; its
 * path is /proc/self/fd/N in *path).  -1 after replying.
 */
static int
write_excludes (char *const *excludes, char path[FD_PATH_MAX])
{
  char name[] = "/tmp/squashfs-excludes.XXXXXX";
  int fd = mkstemp (name);

  if (fd == -1)
    {
      reply_with_perror ("mkstemp");
      return -1;
    }
  unlink (name);
  for (size_t i = 0; excludes[i]; i++)
    {
      if (strchr (excludes[i], '\n'))
        {
          close (fd);
          reply_with_error_errno (EINVAL, "exclude '%s' holds a newline",
                                  excludes[i]);
          return -1;
        }
      if (guestfs_int_write_all (fd, excludes[i], strlen (excludes[i])) == -1
          || guestfs_int_write_all (fd, "\n", 1) == -1)
        {
          close (fd);
          reply_with_perror ("write");
          return -1;
        }
    }
  /* The child opens it by that path: it must survive exec. */
  fcntl (fd, F_SETFD, 0);
  fd_path (path, fd);
  return fd;
}

/* Send all of fd as the FileOut stream; -1 after replying. */
static int
send_fd (int fd, const char *what)
{
  CLEANUP_FREE char *buf = malloc (GUESTFS_MAX_CHUNK_SIZE);
  uint64_t size, done = 0;

  if (buf == NULL || file_size (fd, &size) == -1)
    {
      int e = errno;
      send_file_end (1);
      reply_with_perror_errno (e, "%s", buf ? what : "malloc");
      return -1;
    }
  for (;;)
    {
      ssize_t n = read (fd, buf, GUESTFS_MAX_CHUNK_SIZE);
      if (n == -1 && errno == EINTR)
        continue;
      if (n == -1)
        {
          int e = errno;
          send_file_end (1);
          reply_with_perror_errno (e, "%s: read", what);
          return -1;
        }
      if (n == 0)
        break;
      if (send_file_write (buf, n) == -1)
        {
          if (errno == EINTR)
            reply_with_error_errno (EINTR, "%s: download cancelled", what);
          else
            reply_with_perror ("%s", what);
          return -1;
        }
      done += n;
      notify_progress (done, size);
    }
  if (send_file_end (0) == -1)
    {
      reply_with_perror ("%s", what);
      return -1;
    }
  return 0;
}

int
do_mksquashfs (const char *path, const char *compress, char *const *excludes)
{
  char image[] = "/tmp/squashfs.XXXXXX", ef_path[FD_PATH_MAX];
  const char *argv[MAX_ARGS]
      = { "mksquashfs", ".", image, "-noappend", "-no-progress", "-quiet" };
  size_t n = 6;
  CLEANUP_CLOSE int dir = -1, img = -1, ef = -1;
  CLEANUP_FREE char *out = NULL, *err = NULL;
  int r;

  if ((optargs_bitmask & MKSQUASHFS_COMPRESS) && !valid_compress (compress))
    {
      send_file_end (1);
      reply_with_error_errno (EINVAL,
                              "%s: unknown compression type, expecting "
                              "gzip, lzma, lzo, lz4, xz or zstd",
                              compress);
      return -1;
    }
  dir = sysroot_open (path, O_PATH | O_DIRECTORY, 0);
  if (dir == -1)
    {
      int e = errno;
      send_file_end (1);
      reply_with_perror_errno (e, "%s", path);
      return -1;
    }
  if (optargs_bitmask & MKSQUASHFS_COMPRESS)
    {
      argv[n++] = "-comp";
      argv[n++] = compress;
    }
  if ((optargs_bitmask & MKSQUASHFS_EXCLUDES) && excludes[0])
    {
      ef = write_excludes (excludes, ef_path);
      if (ef == -1)
        {
          send_file_end (1);
          return -1;
        }
      argv[n++] = "-wildcards";
      argv[n++] = "-ef";
      argv[n++] = ef_path;
    }
  argv[n] = NULL;

  img = mkostemp (image, O_CLOEXEC);
  if (img == -1)
    {
      int e = errno;
      send_file_end (1);
      reply_with_perror_errno (e, "mkstemp");
      return -1;
    }
  /* Read from the directory itself, never through a path the guest
   * could change; the image lives only as long as img is open.
   */
  struct command cmd = COMMAND_INIT (argv);
  cmd.cwd_fd = dir;
  r = run_command (&cmd, &out, &err);
  unlink (image);
  if (r != 0)
    {
      send_file_end (1);
      if (out)
        trim_end (out);
      reply_command_error (path, r, "mksquashfs", err && err[0] ? err : out);
      return -1;
    }
  return send_fd (img, path);
}
