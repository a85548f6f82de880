/* The "direct" backend: run qemu ourselves on the appliance.
 *
 * The library listens on a Unix socket in the handle's sockdir; qemu
 * connects the appliance's virtio-serial port org.libguestfs.channel.0
 * to it, and guestfsd sends the launch flag through it.  qemu's serial
 * console and its own messages arrive on a pipe (g->console_fd).
 *
 * No qemu outlives its handle: guestfs_close and the atexit handler
 * shut it down, and a watchdog process covers everything else (even
 * SIGKILL of the program): it watches the library process (a pidfd,
 * and the EOF of a pipe whose write end only the library process and
 * its forks hold), and when that process is gone for any reason it
 * kills qemu's process group.
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "guestfs.h"
#include "guestfs-internal.h"

/* TCG boots in a few seconds here; a loaded host can take many times
 * that.  Backend setting launch_timeout=SECONDS overrides it.
 */
#define DEFAULT_LAUNCH_TIMEOUT_S 120
/* After the connection is closed the daemon syncs and powers off. */
#define POWEROFF_WAIT_MS 3000
#define SIGTERM_WAIT_MS 2000
#define SOCKET_NAME "guestfsd.sock"

struct direct
{
  pid_t watchdog;  /* 0: none */
  int watchdog_fd; /* the write end of its pipe, -1: none */
};

/* ---- Processes ---- */

/* Kill everything in qemu's process group (a wrapper script's other
 * children too).
 */
static void
kill_qemu (pid_t pid, int sig)
{
  if (kill (-pid, sig) == -1)
    kill (pid, sig);
}

/* Wait up to timeout_ms for pid to exit without reaping it (so its
 * process group id stays reserved for kill_qemu).  True if it exited.
 */
static bool
wait_exit (pid_t pid, int timeout_ms)
{
  int64_t deadline = guestfs_int_now_ms () + timeout_ms;
  int pidfd = syscall (SYS_pidfd_open, pid, 0);

  for (;;)
    {
      siginfo_t info = { 0 };
      int64_t left;

      if (waitid (P_PID, pid, &info, WEXITED | WNOHANG | WNOWAIT) == -1)
        {
          if (errno == EINTR)
            continue;
          break; /* ECHILD: someone else reaped it */
        }
      if (info.si_pid == pid)
        break;
      left = deadline - guestfs_int_now_ms ();
      if (left <= 0)
        {
          if (pidfd >= 0)
            close (pidfd);
          return false;
        }
      if (pidfd >= 0)
        {
          /* Readable when the process exits. */
          struct pollfd p = { .fd = pidfd, .events = POLLIN };
          poll (&p, 1, (int)left);
        }
      else
        {
          struct timespec ts = { 0, 10 * 1000 * 1000 };
          nanosleep (&ts, NULL);
        }
    }
  if (pidfd >= 0)
    close (pidfd);
  return true;
}

/* Reap pid; its wait status, or -1 if someone else reaped it. */
static int
reap (pid_t pid)
{
  int status;

  while (waitpid (pid, &status, 0) == -1)
    if (errno != EINTR)
      return -1;
  return status;
}

/* Stop qemu: wait for it to go by itself, then SIGTERM, then SIGKILL.
 * *status: its wait status; *forced: it had to be killed.
 */
static void
stop_qemu (guestfs_h *g, pid_t pid, int wait_ms, int *status, bool *forced)
{
  *forced = false;
  if (!wait_exit (pid, wait_ms))
    {
      debug (g, "qemu (pid %d) still runs: SIGTERM", (int)pid);
      *forced = true;
      kill_qemu (pid, SIGTERM);
      if (!wait_exit (pid, SIGTERM_WAIT_MS))
        {
          debug (g, "qemu (pid %d) still runs: SIGKILL", (int)pid);
          kill_qemu (pid, SIGKILL);
        }
    }
  /* Leftovers in its group (a wrapper's other children) go too. */
  kill_qemu (pid, SIGKILL);
  *status = reap (pid);
}

/* Wait for the library process (parent) to be gone, then kill qemu.
 * The pipe's EOF tells when the library's end closes (exit, exec); but
 * a child the program forked holds a copy of that end, so the parent's
 * own death is watched too: a pidfd where there is one, else getppid()
 * changing, which it does when the parent's last thread is gone.
 */
static void __attribute__ ((noreturn))
watchdog_main (int fd, pid_t qemu, pid_t parent)
{
  /* If the parent died before this, the pidfd may be another
   * process's, but getppid() below has changed already.
   */
  int pidfd = syscall (SYS_pidfd_open, parent, 0);

  for (;;)
    {
      struct pollfd p[2] = { { .fd = fd, .events = POLLIN },
                             { .fd = pidfd, .events = POLLIN } };

      if (getppid () != parent)
        break;
      if (poll (p, 2, pidfd >= 0 ? -1 : 1000) == -1 && errno != EINTR)
        break;
      /* The library never writes: anything on the pipe is its EOF. */
      if (p[0].revents || p[1].revents)
        break;
    }
  kill_qemu (qemu, SIGKILL);
  _exit (0);
}

/* Start the watchdog for qemu.  The pipe's write end stays in this
 * process and its forks (O_CLOEXEC, and our children close every fd).
 */
static int
start_watchdog (guestfs_h *g, struct direct *d, pid_t qemu)
{
  const pid_t self = getpid ();
  int fds[2];
  pid_t pid;

  if (pipe2 (fds, O_CLOEXEC) == -1)
    {
      perrorf (g, "launch: pipe");
      return -1;
    }
  pid = fork ();
  if (pid == -1)
    {
      perrorf (g, "launch: fork");
      close (fds[0]);
      close (fds[1]);
      return -1;
    }
  if (pid == 0)
    {
      /* Not PR_SET_PDEATHSIG: the launching thread may exit while the
       * handle lives on; our parent process dying is what we wait for.
       */
      int fd = guestfs_int_child_setup (-1, fds[0], false, self);
      watchdog_main (fd, qemu, self);
    }
  close (fds[0]);
  d->watchdog = pid;
  d->watchdog_fd = fds[1];
  debug (g, "launch: watchdog pid %d", (int)pid);
  return 0;
}

static void
stop_watchdog (struct direct *d)
{
  if (d->watchdog > 0)
    {
      kill (d->watchdog, SIGKILL);
      reap (d->watchdog);
      d->watchdog = 0;
    }
  /* Only now: EOF would make a live watchdog kill qemu's pid. */
  if (d->watchdog_fd >= 0)
    {
      close (d->watchdog_fd);
      d->watchdog_fd = -1;
    }
}

/* ---- Launch ---- */

/* The last lines of the console, to end an error message. */
static char *
console_lines (guestfs_h *g)
{
  const char *t = g->console_tail;
  size_t len = g->console_tail_len, start;
  int lines = 0;

  while (len > 0 && t[len - 1] == '\n')
    len--;
  if (t == NULL || len == 0)
    return safe_strdup (g, " (qemu printed nothing)");
  start = len;
  while (start > 0 && !(t[start - 1] == '\n' && ++lines == 20))
    start--;
  return safe_asprintf (g, "; last output:\n%.*s", (int)(len - start),
                        t + start);
}

/* Read what is left on the console after qemu exited. */
static void
drain_console (guestfs_h *g)
{
  struct pollfd p = { .fd = g->console_fd, .events = POLLIN };

  while (g->console_fd >= 0 && poll (&p, 1, 0) > 0
         && guestfs_int_read_console (g) == 0)
    ;
}

/* Error for qemu gone before connecting: its status and last words. */
static void
qemu_gone_error (guestfs_h *g, int status)
{
  char *lines = console_lines (g);

  if (status != -1 && WIFSIGNALED (status))
    error (g, "launch: qemu %s was killed by signal %d%s", g->qemu,
           WTERMSIG (status), lines);
  else
    error (g,
           "launch: qemu %s exited (status %d) before connecting to "
           "the daemon socket%s",
           g->qemu, status != -1 ? WEXITSTATUS (status) : -1, lines);
  free (lines);
}

/* Wait for qemu to connect to the socket, forwarding console output.
 * The connected socket; -1 on error; -2 on error with qemu reaped.
 */
static int
accept_connection (guestfs_h *g, int listen_fd, pid_t qemu, int64_t deadline,
                   int timeout_s)
{
  /* Readable when qemu exits (Linux >= 5.3; else the console's EOF
   * tells).
   */
  const int pidfd = syscall (SYS_pidfd_open, qemu, 0);
  bool console_eof = false;
  int fd = -1;

  for (;;)
    {
      /* poll skips negative fds. */
      struct pollfd p[3] = {
        { .fd = listen_fd, .events = POLLIN },
        { .fd = console_eof ? -1 : g->console_fd, .events = POLLIN },
        { .fd = pidfd, .events = POLLIN },
      };
      int64_t left = deadline - guestfs_int_now_ms ();
      int r;

      if (left <= 0)
        {
          char *lines = console_lines (g);
          error (g,
                 "launch: qemu did not connect to the daemon socket "
                 "within %d s (backend setting launch_timeout)%s",
                 timeout_s, lines);
          free (lines);
          break;
        }
      r = poll (p, 3, left > INT32_MAX ? INT32_MAX : (int)left);
      if (r == -1 && errno != EINTR)
        {
          perrorf (g, "launch: poll");
          break;
        }
      if (r <= 0)
        continue;
      if (p[1].revents && guestfs_int_read_console (g) == -1)
        console_eof = true;
      if (p[0].revents)
        {
          fd = accept4 (listen_fd, NULL, NULL, SOCK_CLOEXEC);
          if (fd >= 0)
            break;
          if (errno != EINTR && errno != EAGAIN && errno != ECONNABORTED)
            {
              perrorf (g, "launch: accept");
              break;
            }
        }
      /* Gone (a wrapper's children may keep the console open, so the
       * pidfd is the surer sign), usually after printing why.
       */
      if ((p[2].revents || console_eof) && wait_exit (qemu, 1000))
        {
          drain_console (g);
          qemu_gone_error (g, reap (qemu));
          fd = -2;
          break;
        }
    }
  if (pidfd >= 0)
    close (pidfd);
  return fd;
}

static int
listen_socket (guestfs_h *g, char **path)
{
  struct sockaddr_un addr = { .sun_family = AF_UNIX };
  const char *dir = guestfs_int_sockdir (g);
  int fd;

  *path = NULL;
  if (dir == NULL)
    return -1;
  *path = safe_asprintf (g, "%s/" SOCKET_NAME, dir);
  if (strlen (*path) >= sizeof addr.sun_path)
    {
      error (g,
             "launch: the socket path %s is too long (at most %zu "
             "bytes): use a shorter temporary directory (set_tmpdir, "
             "LIBGUESTFS_TMPDIR)",
             *path, sizeof addr.sun_path - 1);
      return -1;
    }
  strcpy (addr.sun_path, *path);
  unlink (*path); /* left from a previous launch of this handle */
  fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd == -1)
    {
      perrorf (g, "launch: socket");
      return -1;
    }
  if (bind (fd, (struct sockaddr *)&addr, sizeof addr) == -1
      || listen (fd, 1) == -1)
    {
      perrorf (g, "launch: %s", *path);
      close (fd);
      return -1;
    }
  return fd;
}

static int
launch_direct (guestfs_h *g, const char *arg)
{
  const int64_t start = guestfs_int_now_ms ();
  const pid_t self = getpid ();
  /* PR_SET_PDEATHSIG fires when the forking *thread* exits: only from
   * the main thread is that the same as the program ending.
   */
  const bool pdeathsig = gettid () == self;
  struct guestfs_int_qemu_caps caps = { 0 };
  struct direct *d = NULL;
  char *qemu = NULL, *kernel = NULL, *initrd = NULL, *root = NULL;
  char *sock = NULL, **argv = NULL;
  int listen_fd = -1, console[2] = { -1, -1 };
  int timeout_s, fd, ret = -1;
  int64_t deadline, t;
  pid_t pid = 0;

  (void)arg;
  if (guestfs_int_launch_timeout_s (g, DEFAULT_LAUNCH_TIMEOUT_S, &timeout_s)
      == -1)
    return -1;
  if (g->nr_drives > GUESTFS_INT_MAX_DRIVES)
    {
      error (g, "launch: %zu drives added, at most %d are possible",
             g->nr_drives, GUESTFS_INT_MAX_DRIVES);
      return -1;
    }
  qemu = guestfs_int_find_program (g, g->qemu);
  if (qemu == NULL)
    {
      guestfs_int_error_errno (g, ENOENT,
                               "launch: qemu %s: not found or "
                               "not executable (set_qemu, LIBGUESTFS_QEMU)",
                               g->qemu);
      return -1;
    }

  if (guestfs_int_build_appliance (g, &kernel, &initrd, &root) == -1)
    goto err;
  t = guestfs_int_now_ms ();
  debug (g, "launch: appliance %s %s %s (%" PRId64 " ms)", kernel, initrd,
         root, t - start);
  if (guestfs_int_qemu_probe (g, qemu, kernel, &caps) == -1)
    goto err;
  debug (g, "launch: qemu %d.%d, %s (%" PRId64 " ms)", caps.version_major,
         caps.version_minor, caps.kvm ? "KVM" : "TCG",
         guestfs_int_now_ms () - t);

  listen_fd = listen_socket (g, &sock);
  if (listen_fd == -1)
    goto err;
  if (pipe2 (console, O_CLOEXEC) == -1)
    {
      perrorf (g, "launch: pipe");
      goto err;
    }
  fcntl (console[0], F_SETFL, O_NONBLOCK);
  argv = guestfs_int_qemu_cmdline (g, qemu, &caps, kernel, initrd, root, sock);

  d = safe_calloc (g, 1, sizeof *d);
  d->watchdog_fd = -1;
  t = guestfs_int_now_ms ();
  deadline = t + (int64_t)timeout_s * 1000;
  pid = fork ();
  if (pid == -1)
    {
      perrorf (g, "launch: fork");
      pid = 0;
      goto err;
    }
  if (pid == 0)
    {
      /* Only async-signal-safe calls: the program may be threaded. */
      guestfs_int_child_setup (console[1], -1, pdeathsig, self);
      guestfs_int_child_exec (qemu, argv);
    }
  close (console[1]);
  console[1] = -1;
  g->console_fd = console[0];
  console[0] = -1;
  g->qemu_pid = pid;
  g->pid = self;
  debug (g, "launch: qemu pid %d", (int)pid);
  if (g->recovery_proc && start_watchdog (g, d, pid) == -1)
    goto err;

  fd = accept_connection (g, listen_fd, pid, deadline, timeout_s);
  if (fd < 0)
    {
      if (fd == -2)
        pid = 0; /* reaped */
      goto err;
    }
  close (listen_fd);
  listen_fd = -1;
  unlink (sock);
  g->daemon_fd = fd;
  debug (g, "launch: qemu connected %" PRId64 " ms after it started",
         guestfs_int_now_ms () - t);
  if (guestfs_int_wait_launch_flag (
          g, (int)(deadline - guestfs_int_now_ms () > 0
                       ? deadline - guestfs_int_now_ms ()
                       : 1))
      == -1)
    goto err;
  debug (g,
         "launch: the launch flag came %" PRId64 " ms after qemu "
         "started (%" PRId64 " ms after the launch began)",
         guestfs_int_now_ms () - t, guestfs_int_now_ms () - start);

  g->backend_data = d;
  ret = 0;
  goto out;

err:
  guestfs_int_close_connection (g);
  if (pid > 0)
    {
      kill_qemu (pid, SIGKILL);
      reap (pid);
    }
  g->qemu_pid = 0;
  if (d)
    stop_watchdog (d);
  free (d);
  if (listen_fd >= 0)
    close (listen_fd);
  if (sock)
    unlink (sock);
  if (console[0] >= 0)
    close (console[0]);
  if (console[1] >= 0)
    close (console[1]);
out:
  free (caps.bios);
  guestfs_int_free_string_list (argv);
  free (qemu);
  free (kernel);
  free (initrd);
  free (root);
  free (sock);
  return ret;
}

/* ---- Shutdown ---- */

static int
shutdown_direct (guestfs_h *g, bool check_for_errors)
{
  struct direct *d = g->backend_data;
  const pid_t pid = g->qemu_pid;
  int status = 0, ret = 0;
  bool forced = false;

  /* The daemon sees EOF, syncs and powers off: give it a moment. */
  guestfs_int_close_connection (g);
  if (g->pid != getpid ())
    {
      /* A forked child's copy: qemu and the watchdog are not ours. */
      if (d && d->watchdog_fd >= 0)
        close (d->watchdog_fd);
    }
  else
    {
      if (pid > 0)
        {
          int64_t t = guestfs_int_now_ms ();

          stop_qemu (g, pid, POWEROFF_WAIT_MS, &status, &forced);
          debug (g, "qemu (pid %d) %s after %" PRId64 " ms", (int)pid,
                 forced ? "killed" : "exited", guestfs_int_now_ms () - t);
          if (!forced && status != -1 && WIFSIGNALED (status))
            snprintf (g->gone_why, sizeof g->gone_why,
                      "qemu was killed by signal %d", WTERMSIG (status));
        }
      if (d)
        stop_watchdog (d);
    }
  free (d);
  g->backend_data = NULL;
  g->qemu_pid = 0;

  if (check_for_errors && pid > 0 && !forced && status != -1 && status != 0)
    {
      if (WIFSIGNALED (status))
        error (g, "qemu (pid %d) was killed by signal %d", (int)pid,
               WTERMSIG (status));
      else
        error (g, "qemu (pid %d) exited with status %d", (int)pid,
               WEXITSTATUS (status));
      ret = -1;
    }
  return ret;
}

static int
get_pid_direct (guestfs_h *g)
{
  if (g->qemu_pid <= 0)
    {
      error (g, "get_pid: qemu is not running");
      return -1;
    }
  return g->qemu_pid;
}

const struct guestfs_int_backend_ops guestfs_int_backend_direct = {
  .name = "direct",
  .launch = launch_direct,
  .shutdown = shutdown_direct,
  .get_pid = get_pid_direct,
};
