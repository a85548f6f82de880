/* The "direct" backend: run qemu ourselves on the appliance.
 *
 * The library listens on a Unix socket in the handle's sockdir; qemu
 * connects the appliance's virtio-serial port org.libguestfs.channel.0
 * to it, and guestfsd sends the launch flag through it.  qemu's serial
 * console and its own messages arrive on a pipe (g->console_fd).
 *
 * No qemu outlives its handle: guestfs_close and the atexit handler
 * shut it down, and a watchdog process covers everything else (even
 * SIGKILL of the program): it holds the read end of a pipe whose only
 * write end is in the library process, so when that process dies for
 * any reason the watchdog reads EOF and kills qemu's process group.
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
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
/* virtio-scsi targets 0-255: the user's drives, then the appliance. */
#define MAX_DRIVES 255
/* After the connection is closed the daemon syncs and powers off. */
#define POWEROFF_WAIT_MS 3000
#define SIGTERM_WAIT_MS 2000
#define SOCKET_NAME "guestfsd.sock"
#define CHANNEL_NAME "org.libguestfs.channel.0"

struct direct
{
  pid_t watchdog;  /* 0: none */
  int watchdog_fd; /* the write end of its pipe, -1: none */
};

/* ---- The qemu command line ---- */

struct cmdline
{
  char **argv;
  size_t nr, cap;
};

static void
add_arg (guestfs_h *g, struct cmdline *c, char *owned)
{
  if (c->nr + 2 > c->cap)
    {
      c->cap = c->cap ? c->cap * 2 : 64;
      c->argv = safe_realloc (g, c->argv, c->cap * sizeof *c->argv);
    }
  c->argv[c->nr++] = owned;
  c->argv[c->nr] = NULL;
}

static void __attribute__ ((format (printf, 3, 4)))
add_argf (guestfs_h *g, struct cmdline *c, const char *fs, ...)
{
  va_list args;
  char *s;
  int n;

  va_start (args, fs);
  n = vsnprintf (NULL, 0, fs, args);
  va_end (args);
  s = safe_malloc (g, n + 1);
  va_start (args, fs);
  vsnprintf (s, n + 1, fs, args);
  va_end (args);
  add_arg (g, c, s);
}

static void
add_args (guestfs_h *g, struct cmdline *c, const char *opt, const char *val)
{
  add_arg (g, c, safe_strdup (g, opt));
  add_arg (g, c, safe_strdup (g, val));
}

static void
free_cmdline (struct cmdline *c)
{
  for (size_t i = 0; i < c->nr; i++)
    free (c->argv[i]);
  free (c->argv);
}

/* A file name inside a qemu option value: ',' is written ",,". */
static char *
escape_commas (guestfs_h *g, const char *s)
{
  size_t n = 0;
  char *r, *p;

  for (const char *q = s; *q; q++)
    n += *q == ',' ? 2 : 1;
  r = p = safe_malloc (g, n + 1);
  for (; *s; s++)
    {
      *p++ = *s;
      if (*s == ',')
        *p++ = ',';
    }
  *p = '\0';
  return r;
}

/* The root file system's UUID (supermin's init finds its root by it,
 * whatever the number of drives), or false if root is not ext2/3/4.
 */
static bool
root_uuid (const char *root, char uuid[37])
{
  unsigned char sb[136];
  int fd = open (root, O_RDONLY | O_CLOEXEC);
  ssize_t n;

  if (fd == -1)
    return false;
  /* The superblock is at 1024: magic 0xEF53 at +0x38, UUID at +0x68. */
  n = pread (fd, sb, sizeof sb, 1024);
  close (fd);
  if (n != (ssize_t)sizeof sb || sb[0x38] != 0x53 || sb[0x39] != 0xef)
    return false;
  snprintf (uuid, 37,
            "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
            "%02x%02x%02x%02x%02x%02x",
            sb[0x68], sb[0x69], sb[0x6a], sb[0x6b], sb[0x6c], sb[0x6d],
            sb[0x6e], sb[0x6f], sb[0x70], sb[0x71], sb[0x72], sb[0x73],
            sb[0x74], sb[0x75], sb[0x76], sb[0x77]);
  return true;
}

/* The guest's name for drive i: "sda" ... "sdz", "sdaa", ... */
static void
drive_name (size_t i, char name[16])
{
  char rev[8];
  size_t n = 0, j = 2;

  for (i++; i > 0 && n < sizeof rev; i = (i - 1) / 26)
    rev[n++] = 'a' + (i - 1) % 26;
  memcpy (name, "sd", 2);
  while (n > 0)
    name[j++] = rev[--n];
  name[j] = '\0';
}

/* The -drive options that name the image: file=PATH, or for a network
 * drive its file.KEY=VALUE options.
 */
static char *
drive_source (guestfs_h *g, const struct guestfs_int_drive *d)
{
  char *r = NULL;

  if (d->file_opts == NULL)
    {
      char *file = escape_commas (g, d->filename);
      r = safe_asprintf (g, "file=%s", file);
      free (file);
      return r;
    }
  for (size_t k = 0; d->file_opts[k]; k += 2)
    {
      char *v = escape_commas (g, d->file_opts[k + 1]), *prev = r;
      r = safe_asprintf (g, "%s%sfile.%s=%s", prev ? prev : "",
                         prev ? "," : "", d->file_opts[k], v);
      free (prev);
      free (v);
    }
  return r;
}

static void
add_drive_args (guestfs_h *g, struct cmdline *c, size_t i,
                const struct guestfs_int_drive *d)
{
  char dev_opts[128] = "";

  if (d->blocksize)
    snprintf (dev_opts, sizeof dev_opts,
              ",logical_block_size=%d,physical_block_size=%d", d->blocksize,
              d->blocksize);
  /* qemu 7.2 hangs before the guest starts when it guesses the geometry
   * of a curl drive (by a read as the device is created).  SCSI disks
   * have no use for a geometry, so a network drive is given one.
   */
  if (d->file_opts)
    strcat (dev_opts, ",cyls=1024,heads=16,secs=63");
  if (d->is_null)
    /* An empty drive; null-co never touches a file. */
    add_argf (g, c,
              "driver=null-co,size=0,read-zeroes=on,if=none,"
              "id=hd%zu%s",
              i, d->readonly ? ",readonly=on" : "");
  else
    {
      char *source = drive_source (g, d);

      /* Without a format given, raw: qemu must never guess it from the
       * contents, which the guest controls.
       */
      add_argf (g, c, "%s,format=%s,if=none,id=hd%zu,cache=%s%s,discard=%s%s",
                source, d->format ? d->format : "raw", i,
                d->cachemode ? d->cachemode : "writeback",
                d->readonly ? ",readonly=on" : "",
                d->discard ? "unmap" : "ignore",
                d->copyonread && !d->readonly ? ",copy-on-read=on" : "");
      free (source);
    }
  add_arg (g, c, safe_strdup (g, "-device"));
  add_argf (g, c,
            "scsi-hd,bus=scsi.0,channel=0,scsi-id=%zu,lun=0,drive=hd%zu%s", i,
            i, dev_opts);
}

static void
build_cmdline (guestfs_h *g, struct cmdline *c, const char *qemu,
               const struct guestfs_int_qemu_caps *caps, const char *kernel,
               const char *initrd, const char *root, const char *sock)
{
  char uuid[37], rootdev[16], rootarg[64], tsc[64] = "", *rootfile;
  char *sockfile;

  add_arg (g, c, safe_strdup (g, qemu));
  add_arg (g, c, safe_strdup (g, "-nodefaults"));
  add_arg (g, c, safe_strdup (g, "-no-user-config"));
  add_args (g, c, "-display", "none");
  /* A kernel panic (panic=1) ends qemu instead of rebooting. */
  add_arg (g, c, safe_strdup (g, "-no-reboot"));
  add_args (g, c, "-machine", "q35");
  add_args (g, c, "-accel", caps->kvm ? "kvm" : "tcg");
  add_args (g, c, "-cpu", caps->cpu);
  add_arg (g, c, safe_strdup (g, "-m"));
  add_argf (g, c, "%d", g->memsize);
  add_arg (g, c, safe_strdup (g, "-smp"));
  add_argf (g, c, "%d", g->smp);
  if (caps->bios)
    add_args (g, c, "-bios", caps->bios);
  add_args (g, c, "-kernel", kernel);
  add_args (g, c, "-initrd", initrd);

  add_args (g, c, "-device", "virtio-scsi-pci,id=scsi");
  for (size_t i = 0; i < g->nr_drives; i++)
    {
      add_arg (g, c, safe_strdup (g, "-drive"));
      add_drive_args (g, c, i, g->drives[i]);
    }
  /* The appliance root last, so the user's drives are /dev/sda...;
   * snapshot=on: writes go to a temporary overlay, so any number of
   * handles share one root.
   */
  rootfile = escape_commas (g, root);
  add_arg (g, c, safe_strdup (g, "-drive"));
  add_argf (g, c,
            "file=%s,format=raw,snapshot=on,if=none,id=appliance,"
            "cache=unsafe",
            rootfile);
  free (rootfile);
  add_arg (g, c, safe_strdup (g, "-device"));
  add_argf (g, c,
            "scsi-hd,bus=scsi.0,channel=0,scsi-id=%zu,lun=0,"
            "drive=appliance",
            g->nr_drives);

  add_args (g, c, "-device", "virtio-serial-pci");
  sockfile = escape_commas (g, sock);
  add_arg (g, c, safe_strdup (g, "-chardev"));
  add_argf (g, c, "socket,path=%s,id=channel0", sockfile);
  free (sockfile);
  add_args (g, c, "-device",
            "virtserialport,chardev=channel0,name=" CHANNEL_NAME);
  add_args (g, c, "-serial", "stdio");

  add_arg (g, c, safe_strdup (g, "-append"));
  if (root_uuid (root, uuid))
    snprintf (rootarg, sizeof rootarg, "UUID=%s", uuid);
  else
    {
      /* Not ext2 (a fixed appliance may be anything): by position. */
      drive_name (g->nr_drives, rootdev);
      snprintf (rootarg, sizeof rootarg, "/dev/%s", rootdev);
    }
  /* Under TCG the guest's TSC is the host's: knowing its rate the
   * kernel skips calibrating it against jittery emulated timers, and
   * tsc=reliable keeps the clocksource watchdog from discarding it.
   */
  if (caps->tsc_khz)
    snprintf (tsc, sizeof tsc, " tsc_early_khz=%u tsc=reliable",
              caps->tsc_khz);
  add_argf (g, c, "console=ttyS0 root=%s panic=1 no_timer_check%s%s%s%s",
            rootarg, tsc, g->verbose ? " guestfs_verbose=1" : "",
            g->append ? " " : "", g->append ? g->append : "");
}

/* The command line as a shell would take it, for the debug log. */
static void
debug_cmdline (guestfs_h *g, char *const *argv)
{
  size_t len = 1;
  char *s, *p;

  if (!g->verbose)
    return;
  for (size_t i = 0; argv[i]; i++)
    len += 3 + 4 * strlen (argv[i]);
  s = p = safe_malloc (g, len);
  for (size_t i = 0; argv[i]; i++)
    {
      const char *a = argv[i];
      bool plain = *a != '\0'
                   && strspn (a, "abcdefghijklmnopqrstuvwxyz"
                                 "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                 "0123456789-_=.,/:@+%")
                          == strlen (a);

      if (i > 0)
        *p++ = ' ';
      if (plain)
        p = stpcpy (p, a);
      else
        {
          *p++ = '\'';
          for (; *a; a++)
            if (*a == '\'')
              p = stpcpy (p, "'\\''");
            else
              *p++ = *a;
          *p++ = '\'';
        }
    }
  *p = '\0';
  guestfs_int_debug (g, "launch: %s", s);
  free (s);
}

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

static void __attribute__ ((noreturn)) watchdog_main (int fd, pid_t qemu)
{
  char c;
  ssize_t r;

  /* Only EOF (or an error) ends this: the library never writes. */
  do
    r = read (fd, &c, 1);
  while (r > 0 || (r == -1 && errno == EINTR));
  kill_qemu (qemu, SIGKILL);
  _exit (0);
}

/* Start the watchdog for qemu.  The pipe's write end stays in this
 * process only (O_CLOEXEC, and our children close every fd).
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
      watchdog_main (fd, qemu);
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

/* debug() runs callbacks, which may shut the appliance down (reaping
 * qemu) while we start it: then its pid is no longer ours to use.
 */
static bool
shut_down_by_callback (guestfs_h *g, pid_t qemu)
{
  if (g->qemu_pid == qemu)
    return false;
  error (g, "launch: the appliance was shut down during launch");
  return true;
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
  struct cmdline cmd = { 0 };
  struct direct *d = NULL;
  char *qemu = NULL, *kernel = NULL, *initrd = NULL, *root = NULL;
  char *sock = NULL;
  int listen_fd = -1, console[2] = { -1, -1 };
  int timeout_s, fd, ret = -1;
  int64_t deadline, t;
  pid_t pid = 0;

  (void)arg;
  if (guestfs_int_launch_timeout_s (g, DEFAULT_LAUNCH_TIMEOUT_S, &timeout_s)
      == -1)
    return -1;
  if (g->nr_drives > MAX_DRIVES)
    {
      error (g, "launch: %zu drives added, at most %d are possible",
             g->nr_drives, MAX_DRIVES);
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
  build_cmdline (g, &cmd, qemu, &caps, kernel, initrd, root, sock);
  debug_cmdline (g, cmd.argv);

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
      guestfs_int_child_exec (qemu, cmd.argv);
    }
  close (console[1]);
  console[1] = -1;
  g->console_fd = console[0];
  console[0] = -1;
  g->qemu_pid = pid;
  g->pid = self;
  debug (g, "launch: qemu pid %d", (int)pid);
  if (shut_down_by_callback (g, pid))
    goto err;
  if (g->recovery_proc
      && (start_watchdog (g, d, pid) == -1 || shut_down_by_callback (g, pid)))
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
  /* A callback's shutdown (g->qemu_pid 0) already reaped it: the pid
   * may be someone else's by now.
   */
  if (pid > 0 && g->qemu_pid == pid)
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
  free_cmdline (&cmd);
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
