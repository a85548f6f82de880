/* Running external programs: fork and exec, no shell.  Output is
 * captured in memory files rather than pipes, so a program can write
 * any amount to either stream without a poll loop here, and the daemon
 * reads it once the program has exited.
 */

#include <config.h>

#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

/* The most stderr kept for an error message. */
#define ERR_MAX (16 * 1024)

/* In the appliance, a command run in the guest gets the appliance's
 * /dev, /proc and /sys (as libguestfs does), and with the network up
 * its /etc/resolv.conf over the guest's (a regular file; a symlink is
 * left alone), bound in a mount namespace of its own so they vanish
 * with it.  Never in host mode: that would hand the host's devices to
 * the command.
 */
static void
enter_sysroot (void)
{
  static const char *const binds[] = { "/dev", "/proc", "/sys" };

  if (!host_mode && unshare (CLONE_NEWNS) == 0
      && mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0)
    {
      for (size_t i = 0; i < sizeof binds / sizeof binds[0]; i++)
        {
          char target[4096];
          struct stat st;
          snprintf (target, sizeof target, "%s%s", sysroot, binds[i]);
          if (lstat (target, &st) == 0 && S_ISDIR (st.st_mode))
            mount (binds[i], target, NULL, MS_BIND | MS_REC, NULL);
        }
      if (network_up)
        {
          char target[4096];
          struct stat st;
          snprintf (target, sizeof target, "%s/etc/resolv.conf", sysroot);
          if (lstat (target, &st) == 0 && S_ISREG (st.st_mode))
            mount ("/etc/resolv.conf", target, NULL, MS_BIND, NULL);
        }
    }
  if (chroot (sysroot[0] ? sysroot : "/") == -1 || chdir ("/") == -1)
    {
      dprintf (2, "chroot: %s: %m\n", sysroot);
      _exit (127);
    }
}

static void
move_fd (int fd, int target)
{
  if (fd == target)
    fcntl (fd, F_SETFD, 0);
  else
    dup2 (fd, target);
}

int
start_command (const struct command *cmd, pid_t *pid_r, int *errfd_r)
{
  int errfd, status_pipe[2], err = 0;
  pid_t pid;
  ssize_t n;

  errfd = memfd_create ("stderr", MFD_CLOEXEC);
  if (errfd == -1)
    return -1;
  if (pipe2 (status_pipe, O_CLOEXEC) == -1)
    {
      close (errfd);
      return -1;
    }

  pid = fork ();
  if (pid == -1)
    {
      err = errno;
      close (errfd);
      close (status_pipe[0]);
      close (status_pipe[1]);
      errno = err;
      return -1;
    }
  if (pid == 0)
    {
      int null = open ("/dev/null", O_RDWR | O_CLOEXEC);
      signal (SIGPIPE, SIG_DFL);
      move_fd (cmd->stdin_fd >= 0 ? cmd->stdin_fd : null, 0);
      move_fd (cmd->stdout_fd >= 0 ? cmd->stdout_fd : null, 1);
      move_fd (errfd, 2);
      if (cmd->cwd_fd >= 0 && fchdir (cmd->cwd_fd) == -1)
        err = errno;
      else if (cmd->guest_dir)
        {
          char **envp;
          /* Its message is on stderr, for the reply. */
          if (confine_to_guest (cmd->guest_dir, &envp) == -1)
            _exit (127);
          execvpe (cmd->argv[0], (char *const *)cmd->argv, envp);
          err = errno;
        }
      else
        {
          if (cmd->chroot)
            enter_sysroot ();
          execvp (cmd->argv[0], (char *const *)cmd->argv);
          err = errno;
        }
      /* The parent reads why we did not get to run the program. */
      n = write (status_pipe[1], &err, sizeof err);
      _exit (127);
    }

  close (status_pipe[1]);
  do
    n = read (status_pipe[0], &err, sizeof err);
  while (n == -1 && errno == EINTR);
  close (status_pipe[0]);
  if (n == sizeof err)
    {
      waitpid (pid, NULL, 0);
      close (errfd);
      errno = err;
      return -1;
    }
  *pid_r = pid;
  *errfd_r = errfd;
  return 0;
}

/* What a program wrote to a memory file; up to max bytes. */
static char *
read_capture (int fd, size_t max, bool *truncated)
{
  struct stat st;
  size_t len;
  char *buf;

  if (fstat (fd, &st) == -1)
    return NULL;
  len = st.st_size;
  *truncated = len > max;
  if (len > max)
    len = max;
  buf = malloc (len + 1);
  if (buf == NULL)
    return NULL;
  if (pread (fd, buf, len, 0) != (ssize_t)len)
    {
      free (buf);
      errno = EIO;
      return NULL;
    }
  buf[len] = '\0';
  return buf;
}

/* "what: reason" into a malloc'd string for *err_r. */
static char *
describe (const char *fs, ...)
{
  va_list args;
  char *r;

  va_start (args, fs);
  if (vasprintf (&r, fs, args) == -1)
    r = NULL;
  va_end (args);
  return r;
}

int
wait_command (pid_t pid, int errfd, const char *argv0, char **err_r)
{
  int status;
  bool truncated;
  char *err;

  while (waitpid (pid, &status, 0) == -1)
    if (errno != EINTR)
      {
        int saved_errno = errno;
        close (errfd);
        if (err_r)
          *err_r = describe ("%s: waitpid: %s", argv0, strerror (saved_errno));
        return -1;
      }
  err = read_capture (errfd, ERR_MAX, &truncated);
  close (errfd);
  if (err)
    trim_end (err);
  if (WIFSIGNALED (status))
    {
      char *msg = describe ("%s: killed by signal %d (%s)%s%s", argv0,
                            WTERMSIG (status), strsignal (WTERMSIG (status)),
                            err && err[0] ? ": " : "", err ? err : "");
      free (err);
      err = msg;
      status = -1;
    }
  else
    status = WEXITSTATUS (status);
  if (err_r)
    *err_r = err;
  else
    free (err);
  return status;
}

int
run_command (const struct command *cmd, char **out_r, char **err_r)
{
  struct command c = *cmd;
  CLEANUP_CLOSE int outfd = -1;
  int errfd, r;
  pid_t pid;

  if (out_r)
    *out_r = NULL;
  if (err_r)
    *err_r = NULL;
  if (out_r && c.stdout_fd == -1)
    {
      outfd = memfd_create ("stdout", MFD_CLOEXEC);
      if (outfd == -1)
        goto cannot_run;
      c.stdout_fd = outfd;
    }
  if (start_command (&c, &pid, &errfd) == -1)
    goto cannot_run;
  r = wait_command (pid, errfd, c.argv[0], err_r);
  if (outfd >= 0)
    {
      bool truncated;
      *out_r = read_capture (outfd, GUESTFS_MESSAGE_MAX, &truncated);
      if (*out_r == NULL || truncated)
        {
          if (err_r)
            {
              free (*err_r);
              *err_r = *out_r == NULL
                           ? describe ("%s: reading its output: %m", c.argv[0])
                           : describe ("%s: output larger than the "
                                       "protocol's limit of %d bytes",
                                       c.argv[0], GUESTFS_MESSAGE_MAX);
            }
          free (*out_r);
          *out_r = NULL;
          return -1;
        }
    }
  return r;

cannot_run:
  if (err_r)
    *err_r = describe ("%s: %m", c.argv[0]);
  return -1;
}

int
command (char **out_r, char **err_r, const char *argv0, ...)
{
  const char *argv[64];
  size_t n = 0;
  va_list args;

  argv[n++] = argv0;
  va_start (args, argv0);
  while (n < sizeof argv / sizeof argv[0] - 1
         && (argv[n] = va_arg (args, const char *)) != NULL)
    n++;
  va_end (args);
  argv[n] = NULL;

  struct command cmd = COMMAND_INIT (argv);
  return run_command (&cmd, out_r, err_r);
}

void
reply_command_error (const char *prefix, int status, const char *argv0,
                     const char *err)
{
  const char *sep = prefix ? ": " : "";

  if (prefix == NULL)
    prefix = "";
  if (err && err[0])
    reply_with_error ("%s%s%s", prefix, sep, err);
  else if (status == -1)
    reply_with_error ("%s%s%s failed", prefix, sep, argv0);
  else
    reply_with_error ("%s%s%s exited with status %d", prefix, sep, argv0,
                      status);
}

/* command and sh: run in the guest, so the program comes from the
 * guest's filesystem mounted on /.
 */
static char *
run_in_guest (const char *const *argv)
{
  struct command cmd = COMMAND_INIT (argv);
  CLEANUP_FREE char *err = NULL;
  char *out = NULL;
  int r;

  cmd.chroot = true;
  r = run_command (&cmd, &out, &err);
  if (r == 0)
    return out;
  free (out);
  if (r == -1 && err && strstr (err, strerror (ENOENT)))
    reply_with_error_errno (ENOENT,
                            "%s (is a guest filesystem holding it mounted "
                            "on /?)",
                            err);
  else if (err && err[0])
    reply_with_error ("%s", err);
  else
    reply_with_error ("%s: exited with status %d", argv[0], r);
  return NULL;
}

char *
do_command (char *const *arguments)
{
  if (arguments[0] == NULL)
    {
      reply_with_error_errno (EINVAL, "no command given");
      return NULL;
    }
  return run_in_guest ((const char *const *)arguments);
}

char *
do_sh (const char *command)
{
  const char *argv[] = { "/bin/sh", "-c", command, NULL };

  return run_in_guest (argv);
}
