/* Directories: create, remove, list, copy trees. */

#include <config.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

int
do_mkdir (const char *path)
{
  CLEANUP_FREE char *name = NULL;
  CLEANUP_CLOSE int dir = sysroot_open_parent (path, &name);

  if (dir == -1 || mkdirat (dir, name, 0777) == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  return 0;
}

/* mkdir -p; -1 with errno set. */
static int
make_dirs (const char *path)
{
  CLEANUP_FREE char *name = NULL;
  CLEANUP_CLOSE int dir = sysroot_open_parent (path, &name);
  int fd;

  if (dir == -1 && errno == ENOENT)
    {
      size_t len = strlen (path);
      CLEANUP_FREE char *parent = NULL;

      while (len > 1 && path[len - 1] == '/')
        len--;
      while (len > 1 && path[len - 1] != '/')
        len--;
      parent = strndup (path, len);
      if (parent == NULL || make_dirs (parent) == -1)
        return -1;
      dir = sysroot_open_parent (path, &name);
    }
  if (dir == -1)
    return -1;
  if (mkdirat (dir, name, 0777) == 0)
    return 0;
  if (errno != EEXIST)
    return -1;
  /* Fine if it is a directory (or a symlink to one). */
  fd = sysroot_open (path, O_PATH | O_DIRECTORY, 0);
  if (fd == -1)
    {
      errno = errno == ENOTDIR ? EEXIST : errno;
      return -1;
    }
  close (fd);
  return 0;
}

int
do_mkdir_p (const char *path)
{
  if (make_dirs (path) == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  return 0;
}

int
do_rmdir (const char *path)
{
  CLEANUP_FREE char *name = NULL;
  CLEANUP_CLOSE int dir = sysroot_open_parent (path, &name);

  if (dir == -1 || unlinkat (dir, name, AT_REMOVEDIR) == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  return 0;
}

/* Remove everything inside directory name of parent (never following
 * symlinks); -1 with errno set.
 */
static int
remove_contents (int parent, const char *name)
{
  int fd
      = openat (parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  DIR *dir;
  struct dirent *d;
  int r = 0;

  if (fd == -1)
    return -1;
  dir = fdopendir (fd);
  if (dir == NULL)
    {
      close (fd);
      return -1;
    }
  while (r == 0 && (errno = 0, d = readdir (dir)) != NULL)
    {
      bool is_dir = d->d_type == DT_DIR;
      struct stat st;

      if (strcmp (d->d_name, ".") == 0 || strcmp (d->d_name, "..") == 0)
        continue;
      if (d->d_type == DT_UNKNOWN)
        {
          if (fstatat (fd, d->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1)
            {
              r = -1;
              break;
            }
          is_dir = S_ISDIR (st.st_mode);
        }
      if (is_dir)
        {
          if (remove_contents (fd, d->d_name) == -1
              || unlinkat (fd, d->d_name, AT_REMOVEDIR) == -1)
            r = -1;
        }
      else if (unlinkat (fd, d->d_name, 0) == -1)
        r = -1;
    }
  if (d == NULL && errno != 0)
    r = -1;
  int saved_errno = errno;
  closedir (dir);
  errno = saved_errno;
  return r;
}

int
do_rm_rf (const char *path)
{
  CLEANUP_FREE char *name = NULL;
  CLEANUP_CLOSE int dir = sysroot_open_parent (path, &name);
  struct stat st;
  int r = 0;

  if (dir == -1)
    {
      if (errno == ENOENT)
        return 0;
      reply_with_perror ("%s", path);
      return -1;
    }
  if (strcmp (name, ".") == 0)
    {
      reply_with_error_errno (EINVAL,
                              "%s: refusing to remove the root directory or "
                              "a path ending in . or ..",
                              path);
      return -1;
    }
  if (fstatat (dir, name, &st, AT_SYMLINK_NOFOLLOW) == -1)
    {
      if (errno == ENOENT)
        return 0;
      reply_with_perror ("%s", path);
      return -1;
    }
  if (S_ISDIR (st.st_mode))
    {
      if (remove_contents (dir, name) == -1
          || unlinkat (dir, name, AT_REMOVEDIR) == -1)
        r = -1;
    }
  else if (unlinkat (dir, name, 0) == -1)
    r = -1;
  if (r == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  return 0;
}

static DIR *
open_dir (const char *path)
{
  int fd = sysroot_open (path, O_RDONLY | O_DIRECTORY, 0);
  DIR *dir;

  if (fd == -1)
    return NULL;
  dir = fdopendir (fd);
  if (dir == NULL)
    close (fd);
  return dir;
}

char **
do_ls (const char *directory)
{
  struct stringsbuf sb = STRINGSBUF_INIT;
  DIR *dir = open_dir (directory);
  struct dirent *d;

  if (dir == NULL)
    {
      reply_with_perror ("%s", directory);
      return NULL;
    }
  while ((errno = 0, d = readdir (dir)) != NULL)
    {
      if (strcmp (d->d_name, ".") == 0 || strcmp (d->d_name, "..") == 0)
        continue;
      if (add_string (&sb, d->d_name) == -1)
        {
          closedir (dir);
          return NULL;
        }
    }
  if (errno != 0)
    {
      reply_with_perror ("%s", directory);
      closedir (dir);
      free_stringsbuf (&sb);
      return NULL;
    }
  closedir (dir);
  if (sb.size)
    qsort (sb.argv, sb.size, sizeof (char *), compare_strings);
  return end_stringsbuf (&sb);
}

char *
do_ll (const char *directory)
{
  CLEANUP_CLOSE int fd = sysroot_open (directory, O_PATH | O_DIRECTORY, 0);
  CLEANUP_FREE char *err = NULL;
  const char *argv[] = { "ls", "-la", NULL };
  struct command cmd = COMMAND_INIT (argv);
  char *out;
  int r;

  if (fd == -1)
    {
      reply_with_perror ("%s", directory);
      return NULL;
    }
  cmd.cwd_fd = fd;
  r = run_command (&cmd, &out, &err);
  if (r != 0)
    {
      free (out);
      reply_command_error (directory, r, "ls", err);
      return NULL;
    }
  return out;
}

static char
file_type_char (mode_t mode)
{
  switch (mode & S_IFMT)
    {
    case S_IFBLK:
      return 'b';
    case S_IFCHR:
      return 'c';
    case S_IFDIR:
      return 'd';
    case S_IFIFO:
      return 'f';
    case S_IFLNK:
      return 'l';
    case S_IFREG:
      return 'r';
    case S_IFSOCK:
      return 's';
    default:
      return 'u';
    }
}

static char
dirent_type_char (int dirfd, const struct dirent *d)
{
  struct stat st;

  switch (d->d_type)
    {
    case DT_BLK:
      return 'b';
    case DT_CHR:
      return 'c';
    case DT_DIR:
      return 'd';
    case DT_FIFO:
      return 'f';
    case DT_LNK:
      return 'l';
    case DT_REG:
      return 'r';
    case DT_SOCK:
      return 's';
    case DT_UNKNOWN:
      if (fstatat (dirfd, d->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1)
        return '?';
      return file_type_char (st.st_mode);
    default:
      return 'u';
    }
}

struct guestfs_int_dirent_list *
do_readdir (const char *path)
{
  struct guestfs_int_dirent_list *r = calloc (1, sizeof *r);
  DIR *dir = NULL;
  struct dirent *d;
  size_t alloc = 0;

  if (r == NULL)
    {
      reply_with_perror ("calloc");
      return NULL;
    }
  dir = open_dir (path);
  if (dir == NULL)
    {
      reply_with_perror ("%s", path);
      goto fail;
    }
  while ((errno = 0, d = readdir (dir)) != NULL)
    {
      if (r->len == alloc)
        {
          alloc = alloc ? alloc * 2 : 32;
          struct guestfs_int_dirent *v
              = realloc (r->val, alloc * sizeof *r->val);
          if (v == NULL)
            {
              reply_with_perror ("realloc");
              goto fail;
            }
          r->val = v;
        }
      struct guestfs_int_dirent *e = &r->val[r->len];
      e->ino = d->d_ino;
      e->ftyp = dirent_type_char (dirfd (dir), d);
      e->name = strdup (d->d_name);
      if (e->name == NULL)
        {
          reply_with_perror ("strdup");
          goto fail;
        }
      r->len++;
    }
  if (errno != 0)
    {
      reply_with_perror ("%s", path);
      goto fail;
    }
  closedir (dir);
  return r;

fail:
  if (dir)
    closedir (dir);
  for (u_int i = 0; i < r->len; i++)
    free (r->val[i].name);
  free (r->val);
  free (r);
  return NULL;
}

int
do_cp_a (const char *src, const char *dest)
{
  CLEANUP_FREE char *sname = NULL, *dname = NULL, *err = NULL;
  CLEANUP_CLOSE int sdir = sysroot_open_parent (src, &sname);
  CLEANUP_CLOSE int ddir = -1, dfd = -1;
  const char *argv[] = {
    "cp", "-a", "--", guest_relative (src), guest_relative (dest), NULL
  };
  struct command cmd = COMMAND_INIT (argv);
  struct stat st;
  int r;

  if (sdir == -1)
    {
      reply_with_perror ("%s", src);
      return -1;
    }
  ddir = sysroot_open_parent (dest, &dname);
  if (ddir == -1)
    {
      reply_with_perror ("%s", dest);
      return -1;
    }
  dfd = sysroot_open (dest, O_PATH, 0);
  if (dfd == -1 && errno == ENOENT
      && fstatat (ddir, dname, &st, AT_SYMLINK_NOFOLLOW) == 0)
    {
      reply_with_error_errno (ENOENT, "%s: dangling symlink", dest);
      return -1;
    }
  /* cp follows symlinks in the destination tree: only the guest's. */
  cmd.guest_dir = "/";
  r = run_command (&cmd, NULL, &err);
  if (r != 0)
    {
      reply_command_error (src, r, "cp", err);
      return -1;
    }
  return 0;
}
