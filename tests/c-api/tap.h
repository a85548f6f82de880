/* A little TAP for the C API tests: each check prints "ok N - what" or
 * "not ok N - what" (with the values on a "#" line), and tap_done()
 * prints the plan "1..N" last.  Also: capturing what the library
 * writes to stdout or stderr, to check messages.
 */

#ifndef TESTS_C_API_TAP_H
#define TESTS_C_API_TAP_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int tap_count;
static int tap_failures;

static inline bool
tap_result (bool pass, const char *fs, va_list args)
{
  printf ("%sok %d - ", pass ? "" : "not ", ++tap_count);
  vprintf (fs, args);
  putchar ('\n');
  fflush (stdout);
  if (!pass)
    tap_failures++;
  return pass;
}

static inline bool __attribute__ ((format (printf, 2, 3)))
ok (bool pass, const char *fs, ...)
{
  va_list args;

  va_start (args, fs);
  tap_result (pass, fs, args);
  va_end (args);
  return pass;
}

/* Strings are equal (both NULL counts as equal). */
static inline bool __attribute__ ((format (printf, 3, 4)))
is_str (const char *got, const char *want, const char *fs, ...)
{
  bool pass = (got == NULL && want == NULL)
              || (got && want && strcmp (got, want) == 0);
  va_list args;

  va_start (args, fs);
  tap_result (pass, fs, args);
  va_end (args);
  if (!pass)
    printf ("# got \"%s\", want \"%s\"\n", got ? got : "(null)",
            want ? want : "(null)");
  return pass;
}

/* got contains want. */
static inline bool __attribute__ ((format (printf, 3, 4)))
has_str (const char *got, const char *want, const char *fs, ...)
{
  bool pass = got && strstr (got, want);
  va_list args;

  va_start (args, fs);
  tap_result (pass, fs, args);
  va_end (args);
  if (!pass)
    printf ("# \"%s\" does not contain \"%s\"\n", got ? got : "(null)", want);
  return pass;
}

static inline bool __attribute__ ((format (printf, 3, 4)))
is_int (long long got, long long want, const char *fs, ...)
{
  bool pass = got == want;
  va_list args;

  va_start (args, fs);
  tap_result (pass, fs, args);
  va_end (args);
  if (!pass)
    printf ("# got %lld, want %lld\n", got, want);
  return pass;
}

static inline int
tap_done (void)
{
  printf ("1..%d\n", tap_count);
  return tap_failures ? 1 : 0;
}

/* Redirect fd (1 or 2) into a temporary file until capture_end, which
 * returns everything written meanwhile (the caller frees it).
 */
struct capture
{
  int fd;
  int saved;
  FILE *tmp;
};

static inline void
capture_begin (struct capture *c, int fd)
{
  fflush (fd == 1 ? stdout : stderr);
  c->fd = fd;
  c->tmp = tmpfile ();
  c->saved = dup (fd);
  if (c->tmp == NULL || c->saved == -1 || dup2 (fileno (c->tmp), fd) == -1)
    {
      perror ("capture_begin");
      exit (2);
    }
}

static inline char *
capture_end (struct capture *c)
{
  fflush (c->fd == 1 ? stdout : stderr);
  dup2 (c->saved, c->fd);
  close (c->saved);

  /* Written through the fd, so only the file knows its size. */
  fseek (c->tmp, 0, SEEK_END);
  long len = ftell (c->tmp);
  rewind (c->tmp);
  char *s = malloc (len + 1);
  if (s == NULL || fread (s, 1, len, c->tmp) != (size_t)len)
    {
      perror ("capture_end");
      exit (2);
    }
  s[len] = '\0';
  fclose (c->tmp);
  return s;
}

#endif /* TESTS_C_API_TAP_H */
