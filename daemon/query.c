/* Questions about files that read them: wc_l, wc_w, wc_c, equal,
 * realpath.  Every path is resolved inside the sysroot (path.c).
 */

#include <config.h>

#include <ctype.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "actions.h"
#include "daemon.h"

#define QUERY_BLOCK (64 * 1024)

struct counts
{
  int64_t lines, words, bytes;
};

/* Lines, words and bytes as wc(1) counts them in the C locale: words
 * are runs of characters other than whitespace.
 */
static int
count_file (const char *path, struct counts *c)
{
  CLEANUP_CLOSE int fd = sysroot_open (path, READ_FLAGS, 0);
  CLEANUP_FREE char *buf = malloc (QUERY_BLOCK);
  bool in_word = false;
  ssize_t n;

  memset (c, 0, sizeof *c);
  if (buf == NULL)
    {
      reply_with_perror ("malloc");
      return -1;
    }
  if (fd == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  while ((n = read (fd, buf, QUERY_BLOCK)) != 0)
    {
      if (n == -1)
        {
          if (errno == EINTR)
            continue;
          reply_with_perror ("%s: read", path);
          return -1;
        }
      c->bytes += n;
      for (ssize_t i = 0; i < n; ++i)
        {
          bool space = isspace ((unsigned char)buf[i]);
          c->lines += buf[i] == '\n';
          c->words += in_word && space;
          in_word = !space;
        }
    }
  c->words += in_word;
  return 0;
}

static int
fits_int (const char *path, int64_t v)
{
  if (v > INT_MAX)
    {
      reply_with_error_errno (EOVERFLOW,
                              "%s: the count %" PRIi64
                              " does not fit in the call's 32-bit result",
                              path, v);
      return -1;
    }
  return (int)v;
}

int
do_wc_l (const char *path)
{
  struct counts c;
  return count_file (path, &c) == -1 ? -1 : fits_int (path, c.lines);
}

int
do_wc_w (const char *path)
{
  struct counts c;
  return count_file (path, &c) == -1 ? -1 : fits_int (path, c.words);
}

int
do_wc_c (const char *path)
{
  struct counts c;
  return count_file (path, &c) == -1 ? -1 : fits_int (path, c.bytes);
}

/* Read up to len bytes, fewer only at the end of the file. */
static ssize_t
read_full (int fd, char *buf, size_t len)
{
  size_t got = 0;

  while (got < len)
    {
      ssize_t n = read (fd, buf + got, len - got);
      if (n == -1 && errno == EINTR)
        continue;
      if (n == -1)
        return -1;
      if (n == 0)
        break;
      got += n;
    }
  return got;
}

int
do_equal (const char *file1, const char *file2)
{
  CLEANUP_CLOSE int fd1 = sysroot_open (file1, READ_FLAGS, 0);
  CLEANUP_CLOSE int fd2 = -1;
  CLEANUP_FREE char *buf1 = malloc (QUERY_BLOCK);
  CLEANUP_FREE char *buf2 = malloc (QUERY_BLOCK);

  if (buf1 == NULL || buf2 == NULL)
    {
      reply_with_perror ("malloc");
      return -1;
    }
  if (fd1 == -1)
    {
      reply_with_perror ("%s", file1);
      return -1;
    }
  fd2 = sysroot_open (file2, READ_FLAGS, 0);
  if (fd2 == -1)
    {
      reply_with_perror ("%s", file2);
      return -1;
    }
  for (;;)
    {
      ssize_t n1 = read_full (fd1, buf1, QUERY_BLOCK);
      ssize_t n2 = n1 == -1 ? 0 : read_full (fd2, buf2, QUERY_BLOCK);
      if (n1 == -1 || n2 == -1)
        {
          reply_with_perror ("%s: read", n1 == -1 ? file1 : file2);
          return -1;
        }
      if (n1 != n2 || memcmp (buf1, buf2, n1) != 0)
        return 0;
      if (n1 < QUERY_BLOCK)
        return 1;
    }
}

/* The path in the guest that path resolves to, every symlink followed
 * (inside the guest: sysroot_open resolves in its root).
 */
char *
do_realpath (const char *path)
{
  CLEANUP_CLOSE int fd = sysroot_open (path, O_PATH, 0);
  CLEANUP_FREE char *real = NULL;
  size_t len = strlen (sysroot);
  char *r;

  if (fd == -1 || (real = fd_realpath (fd)) == NULL)
    {
      reply_with_perror ("%s", path);
      return NULL;
    }
  if (strncmp (real, sysroot, len) != 0
      || (real[len] != '/' && real[len] != '\0'))
    {
      reply_with_error ("%s: resolves outside the guest's filesystem", path);
      return NULL;
    }
  r = strdup (real[len] ? real + len : "/");
  if (r == NULL)
    reply_with_perror ("strdup");
  return r;
}
