/* Files: create, read, write, copy, move, link, remove, permissions.
 * All syscalls on paths resolved inside the sysroot (path.c).
 */

#include <config.h>

#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

/* Copies go through a buffer this big when copy_file_range cannot. */
#define COPY_BUF_SIZE (1024 * 1024)
/* head and tail. */
#define HEAD_TAIL_LINES 10
#define SCAN_BLOCK (64 * 1024)

int
do_touch (const char *path)
{
  CLEANUP_CLOSE int fd
      = sysroot_open (path, O_WRONLY | O_CREAT | O_NOCTTY | O_NONBLOCK, 0666);

  if (fd == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  if (futimens (fd, NULL) == -1)
    {
      reply_with_perror ("%s: futimens", path);
      return -1;
    }
  return 0;
}

static int
write_file (const char *path, int flags, const char *content, size_t size)
{
  int fd = sysroot_open (path, O_WRONLY | O_CREAT | O_NOCTTY | flags, 0666);

  if (fd == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  if (guestfs_int_write_all (fd, content, size) == -1)
    {
      reply_with_perror ("%s: write", path);
      close (fd);
      return -1;
    }
  if (close (fd) == -1)
    {
      reply_with_perror ("%s: close", path);
      return -1;
    }
  return 0;
}

int
do_write (const char *path, const char *content, size_t content_size)
{
  return write_file (path, O_TRUNC, content, content_size);
}

int
do_write_append (const char *path, const char *content, size_t content_size)
{
  return write_file (path, O_APPEND, content, content_size);
}

/* The whole file, if it can go back in one reply. */
static char *
read_small_file (const char *path, size_t *size_r)
{
  CLEANUP_CLOSE int fd = sysroot_open (path, READ_FLAGS, 0);
  struct stat st;
  char *r;

  if (fd == -1 || fstat (fd, &st) == -1)
    {
      reply_with_perror ("%s", path);
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      reply_with_error_errno (EISDIR, "%s: %s", path, strerror (EISDIR));
      return NULL;
    }
  if (S_ISREG (st.st_mode) && st.st_size > GUESTFS_MESSAGE_MAX)
    {
      reply_with_error_errno (EFBIG,
                              "%s: the file (%lld bytes) is larger than the "
                              "protocol's message limit (%d bytes); use "
                              "download",
                              path, (long long)st.st_size,
                              GUESTFS_MESSAGE_MAX);
      return NULL;
    }
  r = read_whole_fd (fd, GUESTFS_MESSAGE_MAX, size_r);
  if (r == NULL)
    {
      if (errno == EFBIG)
        reply_with_error_errno (EFBIG,
                                "%s: the file is larger than the protocol's "
                                "message limit (%d bytes); use download",
                                path, GUESTFS_MESSAGE_MAX);
      else
        reply_with_perror ("%s: read", path);
    }
  return r;
}

char *
do_read_file (const char *path, size_t *size_r)
{
  return read_small_file (path, size_r);
}

char *
do_cat (const char *path)
{
  size_t size;
  char *r = read_small_file (path, &size);

  if (r && memchr (r, '\0', size))
    {
      reply_with_error_errno (EINVAL,
                              "%s: the file contains NUL bytes; use "
                              "read_file",
                              path);
      free (r);
      return NULL;
    }
  return r;
}

/* Add the lines of buf[0..size) to sb, without their "\n" or "\r\n".
 * A line holding a NUL byte ends there (strings cannot hold one).
 */
static int
add_lines (struct stringsbuf *sb, const char *buf, size_t size)
{
  const char *p = buf, *end = buf + size;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      size_t len = (nl ? nl : end) - p;
      char *line;

      if (nl && len > 0 && p[len - 1] == '\r')
        len--;
      line = strndup (p, len);
      if (line == NULL)
        {
          reply_with_perror ("strndup");
          free_stringsbuf (sb);
          return -1;
        }
      if (add_string_nodup (sb, line) == -1)
        return -1;
      p = nl ? nl + 1 : end;
    }
  return 0;
}

char **
do_read_lines (const char *path)
{
  struct stringsbuf sb = STRINGSBUF_INIT;
  size_t size;
  CLEANUP_FREE char *buf = read_small_file (path, &size);

  if (buf == NULL || add_lines (&sb, buf, size) == -1)
    return NULL;
  return end_stringsbuf (&sb);
}

static size_t
count_newlines (const char *p, size_t len)
{
  size_t n = 0;
  const char *end = p + len;

  while ((p = memchr (p, '\n', end - p)) != NULL)
    {
      n++;
      p++;
    }
  return n;
}

static int
open_for_lines (const char *path, int *fd_r, struct stat *st)
{
  *fd_r = sysroot_open (path, READ_FLAGS, 0);
  if (*fd_r == -1 || fstat (*fd_r, st) == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  if (S_ISDIR (st->st_mode))
    {
      reply_with_error_errno (EISDIR, "%s: %s", path, strerror (EISDIR));
      return -1;
    }
  return 0;
}

/* Keep the first (or last) n strings of sb. */
static void
keep_lines_in_place (struct stringsbuf *sb, size_t n, bool last)
{
  if (sb->size > n)
    {
      size_t drop = sb->size - n;
      if (last)
        {
          for (size_t i = 0; i < drop; i++)
            free (sb->argv[i]);
          memmove (sb->argv, sb->argv + drop, (n + 1) * sizeof (char *));
        }
      else
        {
          for (size_t i = n; i < sb->size; i++)
            free (sb->argv[i]);
          sb->argv[n] = NULL;
        }
      sb->size = n;
    }
}

static char **
keep_lines (struct stringsbuf *sb, size_t n, bool last)
{
  keep_lines_in_place (sb, n, last);
  return end_stringsbuf (sb);
}

/* Every line of the file, but the first skip_first and the last
 * skip_last: head_n and tail_n with a negative count read it all.
 */
static char **
lines_between (const char *path, size_t skip_first, size_t skip_last)
{
  CLEANUP_CLOSE int fd = -1;
  CLEANUP_FREE char *buf = NULL;
  struct stringsbuf sb = STRINGSBUF_INIT;
  struct stat st;
  size_t size;

  if (open_for_lines (path, &fd, &st) == -1)
    return NULL;
  buf = read_whole_fd (fd, GUESTFS_MESSAGE_MAX, &size);
  if (buf == NULL)
    {
      reply_with_perror ("%s: read", path);
      return NULL;
    }
  if (add_lines (&sb, buf, size) == -1)
    return NULL;
  if (sb.size <= skip_first + skip_last)
    return keep_lines (&sb, 0, false);
  keep_lines_in_place (&sb, sb.size - skip_last, false);
  return keep_lines (&sb, sb.size - skip_first, true);
}

/* No lines, once the file is known to be there and readable. */
static char **
no_lines (const char *path)
{
  CLEANUP_CLOSE int fd = -1;
  struct stringsbuf sb = STRINGSBUF_INIT;
  struct stat st;

  if (open_for_lines (path, &fd, &st) == -1)
    return NULL;
  return end_stringsbuf (&sb);
}

/* The first n lines (n > 0). */
static char **
head_lines (const char *path, size_t n)
{
  CLEANUP_CLOSE int fd = -1;
  CLEANUP_FREE char *buf = NULL;
  struct stringsbuf sb = STRINGSBUF_INIT;
  struct stat st;
  size_t size = 0, lines = 0;

  if (open_for_lines (path, &fd, &st) == -1)
    return NULL;
  /* Read only as far as the nth newline. */
  while (lines < n)
    {
      if (size + SCAN_BLOCK > GUESTFS_MESSAGE_MAX)
        {
          reply_with_error_errno (EFBIG,
                                  "%s: the first lines are larger "
                                  "than the protocol's message limit",
                                  path);
          return NULL;
        }
      char *nbuf = realloc (buf, size + SCAN_BLOCK);
      if (nbuf == NULL)
        {
          reply_with_perror ("realloc");
          return NULL;
        }
      buf = nbuf;
      ssize_t n = read (fd, buf + size, SCAN_BLOCK);
      if (n == -1)
        {
          if (errno == EINTR)
            continue;
          reply_with_perror ("%s: read", path);
          return NULL;
        }
      if (n == 0)
        break;
      lines += count_newlines (buf + size, n);
      size += n;
    }
  if (add_lines (&sb, buf, size) == -1)
    return NULL;
  return keep_lines (&sb, n, false);
}

char **
do_head (const char *path)
{
  return head_lines (path, HEAD_TAIL_LINES);
}

/* Positive: the first nrlines lines; negative: all but the last
 * -nrlines; zero: none (but the file must be there).
 */
char **
do_head_n (int nrlines, const char *path)
{
  if (nrlines > 0)
    return head_lines (path, nrlines);
  if (nrlines == 0)
    return no_lines (path);
  return lines_between (
      path, 0, nrlines == INT_MIN ? (size_t)INT_MAX + 1 : (size_t)-nrlines);
}

/* The last n lines (n > 0). */
static char **
tail_lines (const char *path, size_t n)
{
  CLEANUP_CLOSE int fd = -1;
  CLEANUP_FREE char *buf = NULL;
  struct stringsbuf sb = STRINGSBUF_INIT;
  struct stat st;
  size_t size = 0;
  off_t off;

  if (open_for_lines (path, &fd, &st) == -1)
    return NULL;
  if (!S_ISREG (st.st_mode))
    {
      /* No end to seek to: read it all. */
      buf = read_whole_fd (fd, GUESTFS_MESSAGE_MAX, &size);
      if (buf == NULL)
        {
          reply_with_perror ("%s: read", path);
          return NULL;
        }
      off = 0;
    }
  else
    {
      /* Read backwards from the end until the data holds the last ten
       * complete lines (newlines before the final one).
       */
      off = st.st_size;
      for (;;)
        {
          size_t internal = size ? count_newlines (buf, size) : 0;
          if (size && buf[size - 1] == '\n')
            internal--;
          if (off == 0 || internal >= n)
            break;
          size_t n = off < SCAN_BLOCK ? off : SCAN_BLOCK;
          if (size + n > GUESTFS_MESSAGE_MAX)
            {
              reply_with_error_errno (EFBIG,
                                      "%s: the last lines are "
                                      "larger than the protocol's message "
                                      "limit",
                                      path);
              return NULL;
            }
          char *nbuf = malloc (size + n);
          if (nbuf == NULL)
            {
              reply_with_perror ("malloc");
              return NULL;
            }
          off -= n;
          if (pread (fd, nbuf, n, off) != (ssize_t)n)
            {
              reply_with_perror ("%s: read", path);
              free (nbuf);
              return NULL;
            }
          if (size)
            memcpy (nbuf + n, buf, size);
          free (buf);
          buf = nbuf;
          size += n;
        }
    }
  if (size && add_lines (&sb, buf, size) == -1)
    return NULL;
  /* Not at the start of the file: the first line may be partial. */
  if (off > 0 && sb.size > n)
    {
      free (sb.argv[0]);
      memmove (sb.argv, sb.argv + 1, sb.size * sizeof (char *));
      sb.size--;
    }
  return keep_lines (&sb, n, true);
}

char **
do_tail (const char *path)
{
  return tail_lines (path, HEAD_TAIL_LINES);
}

/* Positive: the last nrlines lines; negative: from line -nrlines on
 * (as tail -n +N; line 1 is the first); zero: none.
 */
char **
do_tail_n (int nrlines, const char *path)
{
  if (nrlines > 0)
    return tail_lines (path, nrlines);
  if (nrlines == 0)
    return no_lines (path);
  return lines_between (path, nrlines == INT_MIN ? INT_MAX : -nrlines - 1, 0);
}

/* Copy the rest of in to out. */
static int
copy_data (int in, int out)
{
  CLEANUP_FREE char *buf = NULL;

  for (;;)
    {
      ssize_t n = copy_file_range (in, NULL, out, NULL, 1 << 30, 0);
      if (n == 0)
        return 0;
      if (n > 0)
        continue;
      if (errno == EINTR)
        continue;
      /* Not possible between these files: copy through memory. */
      if (errno == EXDEV || errno == EINVAL || errno == ENOSYS
          || errno == EOPNOTSUPP || errno == EBADF)
        break;
      return -1;
    }
  buf = malloc (COPY_BUF_SIZE);
  if (buf == NULL)
    return -1;
  for (;;)
    {
      ssize_t n = read (in, buf, COPY_BUF_SIZE);
      if (n == -1 && errno == EINTR)
        continue;
      if (n <= 0)
        return n;
      if (guestfs_int_write_all (out, buf, n) == -1)
        return -1;
    }
}

/* The last component of path (for "copy into a directory"). */
static const char *
base_name (const char *path, char *buf, size_t len)
{
  size_t plen = strlen (path);
  const char *p;

  while (plen > 1 && path[plen - 1] == '/')
    plen--;
  p = memrchr (path, '/', plen);
  p = p ? p + 1 : path;
  snprintf (buf, len, "%.*s", (int)(plen - (p - path)), p);
  return buf;
}

/* Where a copy or move of src to dest goes: dest, or dest/basename(src)
 * if dest is a directory (malloc'd).
 */
static char *
target_path (const char *src, const char *dest)
{
  int dfd = sysroot_open (dest, O_PATH | O_DIRECTORY, 0);
  char base[4096], *r;

  if (dfd == -1)
    return strdup (dest);
  close (dfd);
  base_name (src, base, sizeof base);
  if (asprintf (&r, "%s%s%s", dest, dest[strlen (dest) - 1] == '/' ? "" : "/",
                base)
      == -1)
    return NULL;
  return r;
}

int
do_cp (const char *src, const char *dest)
{
  CLEANUP_CLOSE int in = sysroot_open (src, READ_FLAGS, 0);
  CLEANUP_CLOSE int out = -1;
  CLEANUP_FREE char *target = NULL;
  struct stat sst, dst;

  if (in == -1 || fstat (in, &sst) == -1)
    {
      reply_with_perror ("%s", src);
      return -1;
    }
  if (S_ISDIR (sst.st_mode))
    {
      reply_with_error_errno (EISDIR, "%s: is a directory (use cp_a)", src);
      return -1;
    }
  target = target_path (src, dest);
  if (target == NULL)
    {
      reply_with_perror ("malloc");
      return -1;
    }
  /* Not O_TRUNC yet: the target might be the source itself. */
  out = sysroot_open (target, O_WRONLY | O_CREAT | O_NOCTTY,
                      sst.st_mode & 07777);
  if (out == -1 || fstat (out, &dst) == -1)
    {
      reply_with_perror ("%s", target);
      return -1;
    }
  if (sst.st_dev == dst.st_dev && sst.st_ino == dst.st_ino)
    {
      reply_with_error_errno (EINVAL, "%s and %s are the same file", src,
                              target);
      return -1;
    }
  if (S_ISREG (dst.st_mode) && ftruncate (out, 0) == -1)
    {
      reply_with_perror ("%s: truncate", target);
      return -1;
    }
  if (copy_data (in, out) == -1)
    {
      reply_with_perror ("%s to %s", src, target);
      return -1;
    }
  if (close (out) == -1)
    {
      out = -1;
      reply_with_perror ("%s: close", target);
      return -1;
    }
  out = -1;
  return 0;
}

int
do_rm (const char *path)
{
  CLEANUP_FREE char *name = NULL;
  CLEANUP_CLOSE int dir = sysroot_open_parent (path, &name);

  if (dir == -1 || unlinkat (dir, name, 0) == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  return 0;
}

int
do_rename (const char *oldpath, const char *newpath)
{
  CLEANUP_FREE char *oldname = NULL, *newname = NULL;
  CLEANUP_CLOSE int olddir = sysroot_open_parent (oldpath, &oldname);
  CLEANUP_CLOSE int newdir = -1;

  if (olddir == -1)
    {
      reply_with_perror ("%s", oldpath);
      return -1;
    }
  newdir = sysroot_open_parent (newpath, &newname);
  if (newdir == -1)
    {
      reply_with_perror ("%s", newpath);
      return -1;
    }
  if (renameat (olddir, oldname, newdir, newname) == -1)
    {
      reply_with_perror ("%s to %s", oldpath, newpath);
      return -1;
    }
  return 0;
}

int
do_mv (const char *src, const char *dest)
{
  CLEANUP_FREE char *target = target_path (src, dest);
  CLEANUP_FREE char *sname = NULL, *tname = NULL;
  CLEANUP_FREE char *err = NULL;
  CLEANUP_CLOSE int sdir = -1, tdir = -1;

  if (target == NULL)
    {
      reply_with_perror ("malloc");
      return -1;
    }
  sdir = sysroot_open_parent (src, &sname);
  if (sdir == -1)
    {
      reply_with_perror ("%s", src);
      return -1;
    }
  tdir = sysroot_open_parent (target, &tname);
  if (tdir == -1)
    {
      reply_with_perror ("%s", target);
      return -1;
    }
  if (renameat (sdir, sname, tdir, tname) == 0)
    return 0;
  if (errno != EXDEV)
    {
      reply_with_perror ("%s to %s", src, target);
      return -1;
    }

  /* Another filesystem: mv copies and removes, following symlinks in
   * the destination as cp does: only the guest's.
   */
  const char *argv[] = {
    "mv", "-T", "--", guest_relative (src), guest_relative (target), NULL
  };
  struct command cmd = COMMAND_INIT (argv);
  cmd.guest_dir = "/";
  int r = run_command (&cmd, NULL, &err);
  if (r != 0)
    {
      reply_command_error (src, r, "mv", err);
      return -1;
    }
  return 0;
}

int
do_ln_s (const char *target, const char *linkname)
{
  CLEANUP_FREE char *name = NULL;
  CLEANUP_CLOSE int dir = sysroot_open_parent (linkname, &name);

  if (dir == -1 || symlinkat (target, dir, name) == -1)
    {
      reply_with_perror ("%s", linkname);
      return -1;
    }
  return 0;
}

/* The target of the symlink path (malloc'd), or NULL with errno set. */
static char *
read_link (const char *path)
{
  CLEANUP_FREE char *name = NULL;
  CLEANUP_CLOSE int dir = sysroot_open_parent (path, &name);
  size_t size = 256;
  char *buf = NULL;

  if (dir == -1)
    return NULL;
  for (;;)
    {
      char *nbuf = realloc (buf, size);
      ssize_t n;

      if (nbuf == NULL)
        {
          free (buf);
          return NULL;
        }
      buf = nbuf;
      n = readlinkat (dir, name, buf, size);
      if (n == -1)
        {
          free (buf);
          return NULL;
        }
      if ((size_t)n < size)
        {
          buf[n] = '\0';
          return buf;
        }
      size *= 2;
    }
}

char *
do_readlink (const char *path)
{
  char *r = read_link (path);

  if (r == NULL)
    reply_with_perror ("%s", path);
  return r;
}

/* The targets of the symlinks names in the directory path; "" for a
 * name that is not one (or cannot be read), as in libguestfs.
 */
char **
do_readlinklist (const char *path, char *const *names)
{
  CLEANUP_CLOSE int dir = sysroot_open (path, O_PATH | O_DIRECTORY, 0);
  struct stringsbuf sb = STRINGSBUF_INIT;

  if (dir == -1)
    {
      reply_with_perror ("%s", path);
      return NULL;
    }
  for (size_t i = 0; names[i]; ++i)
    {
      CLEANUP_FREE char *full = NULL;
      char *target;

      if (asprintf (&full, "%s/%s", path, names[i]) == -1)
        {
          reply_with_perror ("asprintf");
          free_stringsbuf (&sb);
          return NULL;
        }
      target = read_link (full);
      if (target == NULL && errno == ENOMEM)
        {
          reply_with_perror ("%s", full);
          free_stringsbuf (&sb);
          return NULL;
        }
      if (target == NULL)
        target = strdup ("");
      if (target == NULL)
        {
          reply_with_perror ("strdup");
          free_stringsbuf (&sb);
          return NULL;
        }
      if (add_string_nodup (&sb, target) == -1)
        return NULL;
    }
  return end_stringsbuf (&sb);
}

int
do_chmod (int mode, const char *path)
{
  CLEANUP_CLOSE int fd = -1;
  char proc[FD_PATH_MAX];

  if (mode < 0)
    {
      reply_with_error_errno (EINVAL, "%s: mode is negative", path);
      return -1;
    }
  fd = sysroot_open (path, O_PATH, 0);
  if (fd == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  /* No fchmod on an O_PATH descriptor; its /proc link works. */
  fd_path (proc, fd);
  if (chmod (proc, mode) == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  return 0;
}

int
do_chown (int owner, int group, const char *path)
{
  CLEANUP_CLOSE int fd = sysroot_open (path, O_PATH, 0);

  if (fd == -1 || fchownat (fd, "", owner, group, AT_EMPTY_PATH) == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  return 0;
}
