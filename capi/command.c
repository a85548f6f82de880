/* Running helper programs (the qemu probes, supermin, the appliance
 * scripts) with a hard timeout, and the setup every child of the
 * library (those, qemu, the watchdog) gets between fork and exec.
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "guestfs.h"
#include "guestfs-internal.h"

/* Output kept from a helper program: enough for any error message. */
#define OUTPUT_MAX (256 * 1024)

char *
guestfs_int_find_program (guestfs_h *g, const char *name)
{
  const char *path = getenv ("PATH");

  if (strchr (name, '/'))
    return access (name, X_OK) == 0 ? safe_strdup (g, name) : NULL;
  if (path == NULL || *path == '\0')
    path = "/usr/local/bin:/usr/bin:/bin";
  while (*path)
    {
      size_t len = strcspn (path, ":");
      char *cand = len == 0
                       ? safe_asprintf (g, "./%s", name)
                       : safe_asprintf (g, "%.*s/%s", (int)len, path, name);
      struct stat st;

      if (access (cand, X_OK) == 0 && stat (cand, &st) == 0
          && S_ISREG (st.st_mode))
        return cand;
      free (cand);
      path += len;
      if (*path == ':')
        path++;
    }
  return NULL;
}

int
guestfs_int_child_setup (int stdout_fd, int keep_fd, bool die_with_parent,
                         pid_t parent)
{
  sigset_t none;
  int devnull;

  /* The caller may have blocked or ignored signals we use to stop the
   * child; exec keeps both.
   */
  sigemptyset (&none);
  sigprocmask (SIG_SETMASK, &none, NULL);
  signal (SIGTERM, SIG_DFL);
  signal (SIGINT, SIG_DFL);
  signal (SIGHUP, SIG_DFL);
  signal (SIGPIPE, SIG_DFL);
  /* Our own process group: the terminal's ^C goes to the program, which
   * then stops us, and we can be killed with whatever we started.
   */
  setpgid (0, 0);
  if (die_with_parent)
    {
      prctl (PR_SET_PDEATHSIG, SIGKILL);
      if (getppid () != parent)
        _exit (1);
    }

  /* A program that closed its stdin/stdout may have given us fds 0-2:
   * move them out of the way of the dup2s below.
   */
  if (stdout_fd >= 0 && stdout_fd < 3
      && (stdout_fd = fcntl (stdout_fd, F_DUPFD, 3)) == -1)
    _exit (126);
  if (keep_fd >= 0 && keep_fd < 3
      && (keep_fd = fcntl (keep_fd, F_DUPFD, 3)) == -1)
    _exit (126);
  devnull = open ("/dev/null", O_RDWR);
  if (devnull == -1)
    _exit (126);
  dup2 (devnull, 0);
  if (stdout_fd == -1)
    stdout_fd = devnull;
  dup2 (stdout_fd, 1);
  dup2 (stdout_fd, 2);
  /* Anything another thread opened without O_CLOEXEC must not leak into
   * a long-lived child (it would keep the watchdog's pipe open).
   */
  if (keep_fd > 3)
    close_range (3, keep_fd - 1, 0);
  close_range (keep_fd >= 3 ? keep_fd + 1 : 3, ~0U, 0);
  return keep_fd;
}

void
guestfs_int_child_exec (const char *prog, char *const *argv)
{
  static const char msg[] = ": cannot execute (missing or not executable)\n";

  execv (prog, argv);
  if (write (2, prog, strlen (prog)) > 0)
    (void)!write (2, msg, sizeof msg - 1);
  _exit (127);
}

/* Log a command line. */
static void
debug_command (guestfs_h *g, char *const *argv)
{
  size_t len = 1;
  char *s, *p;

  if (!g->verbose)
    return;
  for (size_t i = 0; argv[i]; i++)
    len += strlen (argv[i]) + 1;
  s = p = safe_malloc (g, len);
  for (size_t i = 0; argv[i]; i++)
    p = stpcpy (stpcpy (p, i ? " " : ""), argv[i]);
  *p = '\0';
  guestfs_int_debug (g, "run: %s", s);
  free (s);
}

int
guestfs_int_run_command (guestfs_h *g, char *const *argv, int timeout_s,
                         int silence_s, char **output)
{
  const pid_t self = getpid ();
  char *prog, *buf = NULL;
  size_t len = 0, cap = 0;
  int fds[2], status;
  const int64_t start = guestfs_int_now_ms ();
  const int64_t deadline = start + (int64_t)timeout_s * 1000;
  bool timed_out = false;
  pid_t pid;

  if (output)
    *output = NULL;
  prog = guestfs_int_find_program (g, argv[0]);
  if (prog == NULL)
    {
      guestfs_int_error_errno (g, ENOENT, "%s: program not found%s", argv[0],
                               strchr (argv[0], '/') ? "" : " in $PATH");
      return -1;
    }
  debug_command (g, argv);
  if (pipe2 (fds, O_CLOEXEC) == -1)
    {
      perrorf (g, "pipe");
      free (prog);
      return -1;
    }
  pid = fork ();
  if (pid == -1)
    {
      perrorf (g, "fork");
      close (fds[0]);
      close (fds[1]);
      free (prog);
      return -1;
    }
  if (pid == 0)
    {
      /* Only async-signal-safe calls: the program may be threaded. */
      guestfs_int_child_setup (fds[1], -1, true, self);
      guestfs_int_child_exec (prog, argv);
    }
  free (prog);
  close (fds[1]);

  for (;;)
    {
      struct pollfd p = { .fd = fds[0], .events = POLLIN };
      int64_t left = deadline - guestfs_int_now_ms ();
      ssize_t n;
      int r;

      if (silence_s > 0 && len == 0)
        {
          int64_t quiet_left
              = start + (int64_t)silence_s * 1000 - guestfs_int_now_ms ();
          if (quiet_left < left)
            left = quiet_left;
        }
      if (left <= 0)
        {
          timed_out = true;
          break;
        }
      r = poll (&p, 1, left > INT32_MAX ? INT32_MAX : (int)left);
      if (r == -1 && errno != EINTR)
        break;
      if (r <= 0)
        continue;
      if (cap - len < 4096)
        {
          cap = cap ? cap * 2 : 8192;
          buf = safe_realloc (g, buf, cap);
        }
      n = read (fds[0], buf + len, cap - len - 1);
      if (n == -1 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      len += n;
      /* Keep the end: that is where programs say what went wrong. */
      if (len > OUTPUT_MAX)
        {
          memmove (buf, buf + len - OUTPUT_MAX / 2, OUTPUT_MAX / 2);
          len = OUTPUT_MAX / 2;
        }
    }
  close (fds[0]);
  /* Closing its output is not exiting: the deadline still holds. */
  while (!timed_out)
    {
      pid_t r = waitpid (pid, &status, WNOHANG);

      if (r == pid)
        break;
      if (r == -1 && errno != EINTR)
        {
          perrorf (g, "waitpid: %s", argv[0]);
          free (buf);
          return -1;
        }
      if (guestfs_int_now_ms () >= deadline)
        timed_out = true;
      else
        nanosleep (&(struct timespec){ 0, 5 * 1000 * 1000 }, NULL);
    }
  if (timed_out)
    {
      /* The whole group: a script's children too. */
      kill (-pid, SIGKILL);
      kill (pid, SIGKILL);
      while (waitpid (pid, &status, 0) == -1 && errno == EINTR)
        ;
    }
  if (buf)
    buf[len] = '\0';
  if (output)
    *output = buf ? buf : safe_strdup (g, "");
  else
    free (buf);
  if (timed_out)
    {
      debug (g, "run: %s: killed after %.1f s%s", argv[0],
             (guestfs_int_now_ms () - start) / 1000.0,
             len == 0 ? " of silence" : "");
      return GUESTFS_INT_RUN_TIMEOUT;
    }
  if (WIFEXITED (status) && WEXITSTATUS (status) == 127)
    debug (g, "run: %s: exec failed or exit status 127", argv[0]);
  return status;
}
