/* File information: stat and friends, existence and type tests,
 * filesystem statistics.
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

/* stat (following symlinks) or lstat of a guest path; -1 with errno. */
static int
stat_path (const char *path, bool follow, struct stat *st)
{
  CLEANUP_CLOSE int fd
      = sysroot_open (path, O_PATH | (follow ? 0 : O_NOFOLLOW), 0);

  if (fd == -1)
    return -1;
  return fstat (fd, st);
}

static void
fill_stat (struct guestfs_int_stat *r, const struct stat *st_)
{
  const struct stat st = *st_;

  r->dev = st.st_dev;
  r->ino = st.st_ino;
  r->mode = st.st_mode;
  r->nlink = st.st_nlink;
  r->uid = st.st_uid;
  r->gid = st.st_gid;
  r->rdev = st.st_rdev;
  r->size = st.st_size;
  r->blksize = st.st_blksize;
  r->blocks = st.st_blocks;
  r->atime = st.st_atim.tv_sec;
  r->mtime = st.st_mtim.tv_sec;
  r->ctime = st.st_ctim.tv_sec;
}

static struct guestfs_int_stat *
do_stat_common (const char *path, bool follow)
{
  struct stat st;
  struct guestfs_int_stat *r;

  if (stat_path (path, follow, &st) == -1)
    {
      reply_with_perror ("%s", path);
      return NULL;
    }
  r = malloc (sizeof *r);
  if (r == NULL)
    {
      reply_with_perror ("malloc");
      return NULL;
    }
  fill_stat (r, &st);
  return r;
}

struct guestfs_int_stat *
do_stat (const char *path)
{
  return do_stat_common (path, true);
}

struct guestfs_int_stat *
do_lstat (const char *path)
{
  return do_stat_common (path, false);
}

static void
fill_statns (struct guestfs_int_statns *r, const struct stat *st_)
{
  const struct stat st = *st_;

  r->st_dev = st.st_dev;
  r->st_ino = st.st_ino;
  r->st_mode = st.st_mode;
  r->st_nlink = st.st_nlink;
  r->st_uid = st.st_uid;
  r->st_gid = st.st_gid;
  r->st_rdev = st.st_rdev;
  r->st_size = st.st_size;
  r->st_blksize = st.st_blksize;
  r->st_blocks = st.st_blocks;
  r->st_atime_sec = st.st_atim.tv_sec;
  r->st_atime_nsec = st.st_atim.tv_nsec;
  r->st_mtime_sec = st.st_mtim.tv_sec;
  r->st_mtime_nsec = st.st_mtim.tv_nsec;
  r->st_ctime_sec = st.st_ctim.tv_sec;
  r->st_ctime_nsec = st.st_ctim.tv_nsec;
}

static struct guestfs_int_statns *
do_statns_common (const char *path, bool follow)
{
  struct stat st;
  struct guestfs_int_statns *r;

  if (stat_path (path, follow, &st) == -1)
    {
      reply_with_perror ("%s", path);
      return NULL;
    }
  r = calloc (1, sizeof *r);
  if (r == NULL)
    {
      reply_with_perror ("calloc");
      return NULL;
    }
  fill_statns (r, &st);
  return r;
}

struct guestfs_int_statns *
do_statns (const char *path)
{
  return do_statns_common (path, true);
}

struct guestfs_int_statns *
do_lstatns (const char *path)
{
  return do_statns_common (path, false);
}

int
do_exists (const char *path)
{
  struct stat st;

  return stat_path (path, true, &st) == 0;
}

/* Whether path has type fmt: false if it does not exist, an error only
 * if it cannot be looked at.
 */
static int
test_type (const char *path, bool follow, mode_t fmt)
{
  struct stat st;

  if (stat_path (path, follow, &st) == -1)
    {
      if (errno == ENOENT || errno == ENOTDIR)
        return 0;
      reply_with_perror ("%s", path);
      return -1;
    }
  return (st.st_mode & S_IFMT) == fmt;
}

int
do_is_file (const char *path, int followsymlinks)
{
  return test_type (path, followsymlinks, S_IFREG);
}

int
do_is_dir (const char *path, int followsymlinks)
{
  return test_type (path, followsymlinks, S_IFDIR);
}

int
do_is_blockdev (const char *path, int followsymlinks)
{
  return test_type (path, followsymlinks, S_IFBLK);
}

int
do_is_chardev (const char *path, int followsymlinks)
{
  return test_type (path, followsymlinks, S_IFCHR);
}

int
do_is_fifo (const char *path, int followsymlinks)
{
  return test_type (path, followsymlinks, S_IFIFO);
}

int
do_is_socket (const char *path, int followsymlinks)
{
  return test_type (path, followsymlinks, S_IFSOCK);
}

int
do_is_symlink (const char *path)
{
  return test_type (path, false, S_IFLNK);
}

int64_t
do_filesize (const char *file)
{
  struct stat st;

  if (stat_path (file, true, &st) == -1)
    {
      reply_with_perror ("%s", file);
      return -1;
    }
  return st.st_size;
}

struct guestfs_int_statvfs *
do_statvfs (const char *path)
{
  CLEANUP_CLOSE int fd = sysroot_open (path, O_PATH, 0);
  struct statvfs sv;
  struct guestfs_int_statvfs *r;

  if (fd == -1 || fstatvfs (fd, &sv) == -1)
    {
      reply_with_perror ("%s", path);
      return NULL;
    }
  r = malloc (sizeof *r);
  if (r == NULL)
    {
      reply_with_perror ("malloc");
      return NULL;
    }
  r->bsize = sv.f_bsize;
  r->frsize = sv.f_frsize;
  r->blocks = sv.f_blocks;
  r->bfree = sv.f_bfree;
  r->bavail = sv.f_bavail;
  r->files = sv.f_files;
  r->ffree = sv.f_ffree;
  r->favail = sv.f_favail;
  r->fsid = sv.f_fsid;
  r->flag = sv.f_flag;
  r->namemax = sv.f_namemax;
  return r;
}

char *
do_df (void)
{
  CLEANUP_FREE char *err = NULL;
  char *out;
  int r = command (&out, &err, "df", NULL);

  if (r != 0)
    {
      free (out);
      reply_command_error (NULL, r, "df", err);
      return NULL;
    }
  return out;
}

/* The lstat of each name in the directory path: a name that cannot be
 * looked at gets ino -1 (st_ino -1), as in libguestfs.
 */
static int
lstat_names (const char *path, char *const *names, size_t *n_r, void **val_r,
             size_t elem, void (*fill) (void *, const struct stat *))
{
  CLEANUP_CLOSE int dir = sysroot_open (path, O_PATH | O_DIRECTORY, 0);
  size_t n = guestfs_int_count_strings (names);
  char *val;

  if (dir == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  val = calloc (n ? n : 1, elem);
  if (val == NULL)
    {
      reply_with_perror ("calloc");
      return -1;
    }
  for (size_t i = 0; i < n; ++i)
    {
      CLEANUP_FREE char *full = NULL;
      CLEANUP_CLOSE int fd = -1;
      struct stat st;

      if (asprintf (&full, "%s/%s", path, names[i]) == -1)
        {
          reply_with_perror ("asprintf");
          free (val);
          return -1;
        }
      fd = sysroot_open (full, O_PATH | O_NOFOLLOW, 0);
      if (fd == -1 || fstat (fd, &st) == -1)
        {
          memset (&st, 0, sizeof st);
          st.st_ino = (ino_t)-1;
        }
      fill (val + i * elem, &st);
    }
  *n_r = n;
  *val_r = val;
  return 0;
}

static void
fill_stat_elem (void *r, const struct stat *st)
{
  fill_stat (r, st);
  if (st->st_ino == (ino_t)-1)
    ((struct guestfs_int_stat *)r)->ino = -1;
}

static void
fill_statns_elem (void *r, const struct stat *st)
{
  fill_statns (r, st);
  if (st->st_ino == (ino_t)-1)
    ((struct guestfs_int_statns *)r)->st_ino = -1;
}

/* The two list structs are { len, val }: lstat_names fills either. */
#define LSTAT_LIST(list_type, path, names, fill)                              \
  do                                                                          \
    {                                                                         \
      list_type *r = calloc (1, sizeof *r);                                   \
      size_t n;                                                               \
      void *val;                                                              \
      if (r == NULL)                                                          \
        reply_with_perror ("calloc");                                         \
      else if (lstat_names (path, names, &n, &val, sizeof *r->val, fill)      \
               == 0)                                                          \
        {                                                                     \
          r->len = n;                                                         \
          r->val = val;                                                       \
          return r;                                                           \
        }                                                                     \
      free (r);                                                               \
      return NULL;                                                            \
    }                                                                         \
  while (0)

struct guestfs_int_stat_list *
do_lstatlist (const char *path, char *const *names)
{
  LSTAT_LIST (struct guestfs_int_stat_list, path, names, fill_stat_elem);
}

struct guestfs_int_statns_list *
do_lstatnslist (const char *path, char *const *names)
{
  LSTAT_LIST (struct guestfs_int_statns_list, path, names, fill_statns_elem);
}

char *
do_df_h (void)
{
  CLEANUP_FREE char *err = NULL;
  char *out;
  int r = command (&out, &err, "df", "-h", NULL);

  if (r != 0)
    {
      free (out);
      reply_command_error (NULL, r, "df", err);
      return NULL;
    }
  return out;
}
