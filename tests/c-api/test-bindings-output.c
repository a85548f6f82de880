/* The C bindings test (tests/bindings/test-bindings) must print
 * tests/bindings/expected.txt exactly.
 *
 * Usage: test-bindings-output [PROGRAM EXPECTED]; by default the
 * in-tree ones, found through $abs_top_builddir and $abs_top_srcdir.
 */

#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <sys/wait.h>

#include "tap.h"

/* The whole of fd, NUL-terminated (the caller frees), and its length. */
static char *
slurp (int fd, size_t *len)
{
  size_t size = 4096;
  char *buf = malloc (size);
  ssize_t r;

  *len = 0;
  while (buf && (r = read (fd, buf + *len, size - *len - 1)) > 0)
    {
      *len += r;
      if (size - *len < 2)
        buf = realloc (buf, size *= 2);
    }
  if (buf == NULL)
    {
      printf ("Bail out! out of memory\n");
      exit (1);
    }
  buf[*len] = '\0';
  return buf;
}

int
main (int argc, char *argv[])
{
  char prog[4096], expected_file[4096];

  if (argc == 3)
    {
      snprintf (prog, sizeof prog, "%s", argv[1]);
      snprintf (expected_file, sizeof expected_file, "%s", argv[2]);
    }
  else if (getenv ("abs_top_builddir") && getenv ("abs_top_srcdir"))
    {
      snprintf (prog, sizeof prog, "%s/tests/bindings/test-bindings",
                getenv ("abs_top_builddir"));
      snprintf (expected_file, sizeof expected_file,
                "%s/tests/bindings/expected.txt", getenv ("abs_top_srcdir"));
    }
  else
    {
      printf ("Bail out! usage: test-bindings-output [PROGRAM EXPECTED]\n");
      return 1;
    }

  FILE *fp = fopen (expected_file, "r");
  if (fp == NULL)
    {
      printf ("Bail out! %s: %s\n", expected_file, strerror (errno));
      return 1;
    }
  size_t expected_len;
  char *expected = slurp (fileno (fp), &expected_len);
  fclose (fp);

  int fds[2];
  if (pipe (fds) == -1)
    {
      perror ("pipe");
      return 1;
    }
  fflush (stdout);
  pid_t pid = fork ();
  if (pid == 0)
    {
      dup2 (fds[1], 1);
      close (fds[0]);
      close (fds[1]);
      execl (prog, prog, (char *)NULL);
      perror (prog);
      _exit (127);
    }
  close (fds[1]);
  size_t got_len;
  char *got = slurp (fds[0], &got_len);
  close (fds[0]);
  int status;
  waitpid (pid, &status, 0);

  ok (WIFEXITED (status) && WEXITSTATUS (status) == 0,
      "test-bindings exited with status 0");
  bool same = got_len == expected_len && memcmp (got, expected, got_len) == 0;
  ok (same, "its output is expected.txt, byte for byte");
  if (!same)
    {
      /* Point at the first line that differs. */
      size_t i = 0, line = 1, start = 0;
      while (i < got_len && i < expected_len && got[i] == expected[i])
        if (got[i++] == '\n')
          {
            line++;
            start = i;
          }
      printf ("# first difference on line %zu:\n", line);
      printf ("#   got:      %.*s\n", (int)strcspn (got + start, "\n"),
              got + start);
      printf ("#   expected: %.*s\n", (int)strcspn (expected + start, "\n"),
              expected + start);
    }

  free (got);
  free (expected);
  return tap_done ();
}
