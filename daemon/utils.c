/* Small helpers shared by the daemon's files. */

#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "daemon.h"

int
add_string_nodup (struct stringsbuf *sb, char *str)
{
  if (sb->size + 1 >= sb->alloc)
    {
      size_t alloc = sb->alloc ? sb->alloc * 2 : 16;
      char **argv = realloc (sb->argv, alloc * sizeof (char *));
      if (argv == NULL)
        {
          reply_with_perror ("realloc");
          free (str);
          free_stringsbuf (sb);
          return -1;
        }
      sb->argv = argv;
      sb->alloc = alloc;
    }
  sb->argv[sb->size++] = str;
  sb->argv[sb->size] = NULL;
  return 0;
}

int
add_string (struct stringsbuf *sb, const char *str)
{
  char *copy = strdup (str);

  if (copy == NULL)
    {
      reply_with_perror ("strdup");
      free_stringsbuf (sb);
      return -1;
    }
  return add_string_nodup (sb, copy);
}

char **
end_stringsbuf (struct stringsbuf *sb)
{
  char **argv;

  /* An empty list still needs its terminating NULL. */
  if (sb->argv == NULL)
    {
      sb->argv = calloc (1, sizeof (char *));
      if (sb->argv == NULL)
        {
          reply_with_perror ("calloc");
          return NULL;
        }
    }
  argv = sb->argv;
  sb->argv = NULL;
  sb->size = sb->alloc = 0;
  return argv;
}

void
free_stringsbuf (struct stringsbuf *sb)
{
  if (sb->argv)
    {
      for (size_t i = 0; i < sb->size; i++)
        free (sb->argv[i]);
      free (sb->argv);
    }
  sb->argv = NULL;
  sb->size = sb->alloc = 0;
}

int
compare_strings (const void *a, const void *b)
{
  return strcmp (*(char *const *)a, *(char *const *)b);
}

char *
read_whole_fd (int fd, size_t max, size_t *size_r)
{
  size_t alloc = 4096, size = 0;
  char *buf = malloc (alloc + 1);

  if (buf == NULL)
    return NULL;
  for (;;)
    {
      if (size == alloc)
        {
          if (alloc > max)
            {
              free (buf);
              errno = EFBIG;
              return NULL;
            }
          alloc *= 2;
          char *nbuf = realloc (buf, alloc + 1);
          if (nbuf == NULL)
            {
              free (buf);
              return NULL;
            }
          buf = nbuf;
        }
      ssize_t n = read (fd, buf + size, alloc - size);
      if (n == -1)
        {
          if (errno == EINTR)
            continue;
          int saved_errno = errno;
          free (buf);
          errno = saved_errno;
          return NULL;
        }
      if (n == 0)
        break;
      size += n;
    }
  if (size > max)
    {
      free (buf);
      errno = EFBIG;
      return NULL;
    }
  buf[size] = '\0';
  if (size_r)
    *size_r = size;
  return buf;
}

void
trim_end (char *s)
{
  size_t len = strlen (s);

  while (len > 0
         && (s[len - 1] == '\n' || s[len - 1] == ' ' || s[len - 1] == '\r'
             || s[len - 1] == '\t'))
    s[--len] = '\0';
}

int
parse_int64 (const char *s, int64_t lo, int64_t hi, int64_t *r)
{
  char *end;
  long long v;

  errno = 0;
  v = strtoll (s, &end, 10);
  if (end == s || *end != '\0')
    {
      errno = EINVAL;
      return -1;
    }
  if (errno == ERANGE || v < lo || v > hi)
    {
      errno = ERANGE;
      return -1;
    }
  *r = v;
  return 0;
}

int64_t
monotonic_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

bool
valid_uuid (const char *uuid)
{
  static const char pattern[] = "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX";

  if (strlen (uuid) != sizeof pattern - 1)
    return false;
  for (size_t i = 0; pattern[i]; i++)
    if (pattern[i] == 'X' ? !isxdigit ((unsigned char)uuid[i])
                          : uuid[i] != '-')
      return false;
  return true;
}

bool
program_available (const char *name)
{
  const char *path = getenv ("PATH");

  if (path == NULL || path[0] == '\0')
    path = "/usr/sbin:/usr/bin:/sbin:/bin";
  while (*path)
    {
      size_t len = strcspn (path, ":");
      char buf[4096];

      if (len > 0
          && (size_t)snprintf (buf, sizeof buf, "%.*s/%s", (int)len, path,
                               name)
                 < sizeof buf
          && access (buf, X_OK) == 0)
        return true;
      path += len + (path[len] == ':');
    }
  return false;
}

int
string_fd (const char *s, size_t len)
{
  int fd = memfd_create ("string", MFD_CLOEXEC);

  if (fd == -1)
    return -1;
  if (guestfs_int_write_all (fd, s, len) == -1
      || lseek (fd, 0, SEEK_SET) == -1)
    {
      int saved_errno = errno;
      close (fd);
      errno = saved_errno;
      return -1;
    }
  return fd;
}
