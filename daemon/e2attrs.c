/* ext2/3/4 inode flags (the attributes of chattr and lsattr) and inode
 * generation numbers, through the FS_IOC_* ioctls.
 */

#include <config.h>

#include <fcntl.h>
#include <inttypes.h>
#include <linux/fs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

#define SET_E2ATTRS_CLEAR (1 << 0)

/* The letters, in the order get_e2attrs lists them.  Bits unknown to
 * the kernel's header have their historical ext2 values.
 */
static const struct
{
  char letter;
  unsigned flag;
} attrs_table[] = {
  { 'A', FS_NOATIME_FL },      { 'a', FS_APPEND_FL },
  { 'c', FS_COMPR_FL },        { 'D', FS_DIRSYNC_FL },
  { 'd', FS_NODUMP_FL },       { 'E', FS_ENCRYPT_FL },
  { 'e', FS_EXTENT_FL },       { 'h', FS_HUGE_FILE_FL },
  { 'I', FS_INDEX_FL },        { 'i', FS_IMMUTABLE_FL },
  { 'j', FS_JOURNAL_DATA_FL }, { 's', FS_SECRM_FL },
  { 'S', FS_SYNC_FL },         { 'T', FS_TOPDIR_FL },
  { 't', FS_NOTAIL_FL },       { 'u', FS_UNRM_FL },
  { 'X', FS_NOCOMP_FL },       { 'Z', FS_DIRTY_FL },
};
#define NR_ATTRS (sizeof attrs_table / sizeof attrs_table[0])

/* file, opened for the ioctls; -1 after replying with an error.  Only
 * regular files and directories: opening a device node or a FIFO of
 * the guest could act on it.
 */
static int
open_for_flags (const char *file)
{
  CLEANUP_CLOSE int pfd = sysroot_open (file, O_PATH, 0);
  char proc[FD_PATH_MAX];
  struct stat st;
  int fd;

  if (pfd == -1 || fstat (pfd, &st) == -1)
    {
      reply_with_perror ("%s", file);
      return -1;
    }
  if (!S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
    {
      reply_with_error_errno (ENOTSUP, "%s: not a regular file or a directory",
                              file);
      return -1;
    }
  fd_path (proc, pfd);
  fd = open (proc, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd == -1)
    reply_with_perror ("%s", file);
  return fd;
}

/* An ioctl on file failed: ENOTTY means the filesystem has no such
 * thing (or, for generations, ext4 with metadata checksums).
 */
static void
ioctl_error (const char *file, const char *what)
{
  if (errno == ENOTTY)
    reply_with_error_errno (
        ENOTSUP, "%s: %s: not supported by this filesystem", file, what);
  else
    reply_with_perror ("%s: %s", file, what);
}

static int
get_flags (int fd, const char *file, unsigned *flags)
{
  /* The kernel reads and writes an int, whatever the ioctl's size. */
  int f;

  if (ioctl (fd, FS_IOC_GETFLAGS, &f) == -1)
    {
      ioctl_error (file, "reading the attributes");
      return -1;
    }
  *flags = f;
  return 0;
}

char *
do_get_e2attrs (const char *file)
{
  CLEANUP_CLOSE int fd = open_for_flags (file);
  unsigned flags;
  char *r;
  size_t n = 0;

  if (fd == -1 || get_flags (fd, file, &flags) == -1)
    return NULL;
  r = malloc (NR_ATTRS + 1);
  if (r == NULL)
    {
      reply_with_perror ("malloc");
      return NULL;
    }
  for (size_t i = 0; i < NR_ATTRS; i++)
    if (flags & attrs_table[i].flag)
      r[n++] = attrs_table[i].letter;
  r[n] = '\0';
  return r;
}

int
do_set_e2attrs (const char *file, const char *attrs, int clear)
{
  CLEANUP_CLOSE int fd = -1;
  unsigned mask = 0, flags, want;
  int f;

  clear = (optargs_bitmask & SET_E2ATTRS_CLEAR) && clear;
  for (const char *p = attrs; *p; p++)
    {
      size_t i;
      for (i = 0; i < NR_ATTRS && attrs_table[i].letter != *p; i++)
        ;
      if (i == NR_ATTRS)
        {
          reply_with_error_errno (EINVAL,
                                  "%s: '%c' in '%s' is not a file "
                                  "attribute (see get_e2attrs)",
                                  file, *p, attrs);
          return -1;
        }
      mask |= attrs_table[i].flag;
    }
  fd = open_for_flags (file);
  if (fd == -1 || get_flags (fd, file, &flags) == -1)
    return -1;
  want = clear ? flags & ~mask : flags | mask;
  if (want == flags)
    return 0;
  f = want;
  if (ioctl (fd, FS_IOC_SETFLAGS, &f) == -1)
    {
      ioctl_error (file, "setting the attributes");
      return -1;
    }
  /* The kernel ignores the flags no one may change. */
  if (get_flags (fd, file, &flags) == -1)
    return -1;
  for (size_t i = 0; i < NR_ATTRS; i++)
    if ((mask & attrs_table[i].flag)
        && (flags & attrs_table[i].flag) != (want & attrs_table[i].flag))
      {
        reply_with_error_errno (EPERM,
                                "%s: the attribute '%c' cannot be %s on "
                                "this file",
                                file, attrs_table[i].letter,
                                clear ? "cleared" : "set");
        return -1;
      }
  return 0;
}

int64_t
do_get_e2generation (const char *file)
{
  CLEANUP_CLOSE int fd = open_for_flags (file);
  /* As for the flags, an int whatever the ioctl's size says. */
  unsigned int generation;

  if (fd == -1)
    return -1;
  if (ioctl (fd, FS_IOC_GETVERSION, &generation) == -1)
    {
      ioctl_error (file, "reading the generation");
      return -1;
    }
  return generation;
}

int
do_set_e2generation (const char *file, int64_t generation)
{
  CLEANUP_CLOSE int fd = -1;
  unsigned int g;

  if (generation < 0 || generation > UINT32_MAX)
    {
      reply_with_error_errno (EINVAL,
                              "%s: generation %" PRIi64 " is not between 0 "
                              "and 4294967295",
                              file, generation);
      return -1;
    }
  fd = open_for_flags (file);
  if (fd == -1)
    return -1;
  g = generation;
  if (ioctl (fd, FS_IOC_SETVERSION, &g) == -1)
    {
      ioctl_error (file, "setting the generation");
      return -1;
    }
  return 0;
}
