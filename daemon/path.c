/* Guest paths.  Every path an action gets is resolved by the kernel as
 * if the sysroot were the root directory (openat2 RESOLVE_IN_ROOT): a
 * guest's absolute symlinks point into the guest, and neither they nor
 * ".." can reach the appliance's (or, in host mode, the host's) files.
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "daemon.h"

void
fd_path (char buf[FD_PATH_MAX], int fd)
{
  snprintf (buf, FD_PATH_MAX, "/proc/self/fd/%d", fd);
}

char *
fd_realpath (int fd)
{
  char link[FD_PATH_MAX];

  fd_path (link, fd);
  return realpath (link, NULL);
}

/* Opened for each call: a filesystem mounted on the sysroot since the
 * last call must be seen.
 */
static int
open_sysroot (void)
{
  return open (sysroot[0] ? sysroot : "/", O_PATH | O_DIRECTORY | O_CLOEXEC);
}

static int
openat2_in_root (int dirfd, const char *path, int flags, mode_t mode)
{
  static bool no_openat2;
  struct open_how how = {
    .flags = flags | O_CLOEXEC,
    .mode = flags & (O_CREAT | O_TMPFILE) ? mode : 0,
    .resolve = RESOLVE_IN_ROOT,
  };
  long r;

  if (!no_openat2)
    {
      /* EAGAIN: a rename raced with a ".." and the kernel could not
       * prove it stayed inside; trying again is what the manual
       * suggests.
       */
      do
        r = syscall (SYS_openat2, dirfd, path, &how, sizeof how);
      while (r == -1 && errno == EAGAIN);
      if (r >= 0 || errno != ENOSYS)
        return r;
      /* Kernels before 5.6, and valgrind, lack openat2.  Resolve
       * relative to the sysroot without the containment, as libguestfs
       * always did.
       */
      fprintf (stderr, "guestfsd: no openat2: guest symlinks are not "
                       "confined to the sysroot\n");
      no_openat2 = true;
    }
  while (*path == '/')
    path++;
  return openat (dirfd, *path ? path : ".", flags | O_CLOEXEC, mode);
}

/* Opening never waits: a FIFO nobody reads fails with ENXIO, one nobody
 * writes reads as empty.  Afterwards reads and writes block as usual
 * (so a slowly fed FIFO is read to its end), unless the caller asked
 * for O_NONBLOCK.  O_PATH descriptors do no I/O and are left alone.
 */
static int
finish_open (int fd, int flags)
{
  int fl;

  if (fd == -1 || (flags & (O_NONBLOCK | O_PATH)))
    return fd;
  fl = fcntl (fd, F_GETFL);
  if (fl == -1 || fcntl (fd, F_SETFL, fl & ~O_NONBLOCK) == -1)
    {
      int saved_errno = errno;
      close (fd);
      errno = saved_errno;
      return -1;
    }
  return fd;
}

int
sysroot_open (const char *path, int flags, mode_t mode)
{
  CLEANUP_CLOSE int root = open_sysroot ();

  if (root == -1)
    return -1;
  /* openat2 takes no other flag with O_PATH, which never waits anyway. */
  int open_flags = (flags & O_PATH) ? flags : flags | O_NONBLOCK;
  return finish_open (openat2_in_root (root, path, open_flags, mode), flags);
}

int
sysroot_open_parent (const char *path, char **name_r)
{
  size_t len = strlen (path);
  const char *slash;
  char *dir, *name;
  int fd;

  /* Trailing slashes do not change which entry is meant. */
  while (len > 1 && path[len - 1] == '/')
    len--;
  slash = memrchr (path, '/', len);
  if (slash == NULL)
    slash = path - 1;
  name = strndup (slash + 1, len - (slash + 1 - path));
  if (name == NULL)
    return -1;

  if (name[0] == '\0' || strcmp (name, ".") == 0 || strcmp (name, "..") == 0)
    {
      /* Not an entry of a parent: ".." taken literally could be the
       * parent of the sysroot itself.  The directory named, as ".", is.
       */
      free (name);
      name = strdup (".");
      if (name == NULL)
        return -1;
      fd = sysroot_open (path, O_PATH | O_DIRECTORY, 0);
    }
  else
    {
      dir = strndup (path, slash + 1 - path);
      if (dir == NULL)
        {
          free (name);
          return -1;
        }
      fd = sysroot_open (dir[0] ? dir : "/", O_PATH | O_DIRECTORY, 0);
      free (dir);
    }
  if (fd == -1)
    {
      int saved_errno = errno;
      free (name);
      errno = saved_errno;
      return -1;
    }
  *name_r = name;
  return fd;
}

int
open_dev_or_path (const char *s, int flags)
{
  if (is_device_arg (s))
    return finish_open (
        open (s, (flags & ~(O_CREAT | O_TRUNC)) | O_CLOEXEC | O_NONBLOCK),
        flags);
  return sysroot_open (s, flags, 0666);
}

int
file_size (int fd, uint64_t *size)
{
  struct stat st;

  if (fstat (fd, &st) == -1)
    return -1;
  if (S_ISBLK (st.st_mode))
    return ioctl (fd, BLKGETSIZE64, size);
  *size = st.st_size;
  return 0;
}
