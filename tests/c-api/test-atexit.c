/* Handles a program leaves open are closed when it exits, running
 * their CLOSE callbacks exactly once, except handles made with
 * GUESTFS_CREATE_NO_CLOSE_ON_EXIT.  Runs atexit-helper and reads what
 * its callbacks printed.
 */

#include <config.h>

#include <stdlib.h>
#include <sys/wait.h>

#include "tap.h"

static int
count_lines (const char *out, const char *line)
{
  int n = 0;
  size_t len = strlen (line);

  for (const char *p = out; (p = strstr (p, line)); p += len)
    if ((p == out || p[-1] == '\n') && p[len] == '\n')
      n++;
  return n;
}

int
main (int argc, char *argv[])
{
  char helper[4096];
  int fds[2];

  if (argc > 1)
    snprintf (helper, sizeof helper, "%s", argv[1]);
  else if (getenv ("abs_top_builddir"))
    snprintf (helper, sizeof helper, "%s/tests/c-api/atexit-helper",
              getenv ("abs_top_builddir"));
  else
    {
      printf ("Bail out! usage: test-atexit [PATH-OF-atexit-helper]\n");
      return 1;
    }

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
      execl (helper, helper, (char *)NULL);
      perror (helper);
      _exit (127);
    }
  close (fds[1]);

  char out[4096];
  size_t len = 0;
  ssize_t r;
  while (len < sizeof out - 1
         && (r = read (fds[0], out + len, sizeof out - 1 - len)) > 0)
    len += r;
  out[len] = '\0';
  close (fds[0]);
  int status;
  waitpid (pid, &status, 0);

  ok (WIFEXITED (status) && WEXITSTATUS (status) == 0,
      "the helper exited normally");
  is_int (count_lines (out, "close closed-explicitly (program "
                            "closed-explicitly)"),
          1, "a handle closed by the program: its callback ran once");
  const char *exiting = strstr (out, "exiting\n");
  ok (exiting && strstr (out, "close closed-explicitly") < exiting,
      "before the program exited");
  is_int (count_lines (out, "close left-open (program left-open)"), 1,
          "a handle left open: its callback ran once at exit");
  ok (exiting && strstr (exiting, "close left-open"),
      "after the program called exit");
  is_int (count_lines (out, "close two-callbacks (program two-callbacks)"), 1,
          "a handle with two callbacks: the first ran once");
  is_int (count_lines (out, "close two-callbacks, second (program "
                            "two-callbacks)"),
          1, "and the second ran once");
  is_int (count_lines (out, "close own-atexit (program own-atexit)"), 1,
          "a handle the program closed in its own atexit handler: once");
  ok (strstr (out, "no-close-on-exit") == NULL,
      "a NO_CLOSE_ON_EXIT handle was not closed");
  if (tap_failures)
    {
      puts ("# helper output:");
      for (char *line = strtok (out, "\n"); line; line = strtok (NULL, "\n"))
        printf ("#   %s\n", line);
    }

  return tap_done ();
}
