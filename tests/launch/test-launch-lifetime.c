/* No qemu outlives its handle: after guestfs_close, after the program
 * exits without closing, and after the program is killed with SIGKILL
 * (the watchdog; and PR_SET_PDEATHSIG when the watchdog is turned off),
 * even when it launched from another thread and a forked child of it
 * lives on with copies of the watchdog's pipe and the daemon socket.
 *
 * Each case is a child process that launches an appliance and tells us
 * qemu's pid; they run at the same time to keep the test short.  We are
 * the children's subreaper, so an orphaned qemu would stay visible to
 * us rather than vanish into init.
 */

#include <config.h>

#include <pthread.h>
#include <sys/prctl.h>
#include <sys/wait.h>

#include "launch/launch-test.h"

enum mode
{
  MODE_CLOSE,            /* launch, close, exit */
  MODE_EXIT,             /* launch, exit without close */
  MODE_KILL,             /* launch, wait to be killed */
  MODE_KILL_NO_WD,       /* the same with recovery_proc off */
  MODE_FORK,             /* launch, fork a child that exits, use the handle,
                            relaunch */
  MODE_THREAD_FORK_KILL, /* launch from a thread, fork a child that stays,
                            wait to be killed */
  NR_MODES
};

static const char *const mode_name[] = {
  "close",   "exit without close",
  "SIGKILL", "SIGKILL, no recovery process",
  "fork",    "SIGKILL after launching from a thread and forking",
};

struct child
{
  pid_t pid;
  int fd;     /* reads what the child reports */
  int go_fd;  /* a byte written here lets it go on */
  pid_t qemu; /* as reported */
};

static void
report (int fd, const char *fs, long v)
{
  char buf[64];
  int n = snprintf (buf, sizeof buf, fs, v);

  (void)!write (fd, buf, n);
}

static void *
launch_thread (void *gv)
{
  guestfs_h *g = gv;

  if (guestfs_add_drive_scratch (g, 16 * 1024 * 1024, -1) == -1
      || guestfs_launch (g) == -1 || guestfs_ping_daemon (g) == -1)
    return NULL;
  return g;
}

static void __attribute__ ((noreturn))
child_main (enum mode mode, int fd, int go_fd)
{
  guestfs_h *g = guestfs_create ();
  void *launched = NULL;
  pthread_t t;
  pid_t qemu;
  char go;

  if (g == NULL)
    _exit (2);
  if (mode == MODE_KILL_NO_WD)
    guestfs_set_recovery_proc (g, 0);
  /* From the main thread PR_SET_PDEATHSIG would end qemu by itself. */
  if (mode == MODE_THREAD_FORK_KILL)
    {
      if (pthread_create (&t, NULL, launch_thread, g) == 0)
        pthread_join (t, &launched);
    }
  else
    launched = launch_thread (g);
  if (launched == NULL)
    {
      report (fd, "error %ld\n", 0);
      _exit (2);
    }
  qemu = guestfs_get_pid (g);
  report (fd, "qemu %ld\n", qemu);
  /* Until the parent has seen qemu running. */
  if (read (go_fd, &go, 1) != 1)
    _exit (2);
  switch (mode)
    {
    case MODE_CLOSE:
      guestfs_close (g);
      /* Still our child if it were running. */
      report (fd, "after close %ld\n", process_alive (qemu));
      exit (0);
    case MODE_EXIT:
      exit (0);
    case MODE_FORK:
      {
        /* The forked child's exit runs the atexit handler on its copy of
         * the handle: that must not touch our appliance.
         */
        pid_t pid = fork ();
        int status;

        if (pid == 0)
          exit (0);
        waitpid (pid, &status, 0);
        report (fd, "after fork %ld\n",
                process_alive (qemu) && guestfs_ping_daemon (g) == 0);
        /* A relaunch reopens the scratch drive's file. */
        report (fd, "relaunch %ld\n",
                guestfs_shutdown (g) == 0 && guestfs_launch (g) == 0
                    && guestfs_ping_daemon (g) == 0);
        guestfs_close (g);
        exit (0);
      }
    case MODE_THREAD_FORK_KILL:
      {
        /* The forked child holds copies of every fd of the handle (the
         * watchdog's pipe, the daemon socket) for as long as it lives.
         */
        pid_t pid = fork ();

        if (pid == 0)
          for (;;)
            pause ();
        report (fd, "sleeper %ld\n", pid);
        for (;;)
          pause ();
      }
    default:
      /* A stopped qemu cannot go by itself when the daemon sees EOF
       * on its socket: only a SIGKILL from the watchdog (or
       * PR_SET_PDEATHSIG) ends it.
       */
      kill (qemu, SIGSTOP);
      report (fd, "stopped %ld\n", 1);
      for (;;)
        pause ();
    }
}

static struct child
start_child (enum mode mode)
{
  struct child c = { 0, -1, -1, 0 };
  int fds[2], go[2];

  if (pipe (fds) == -1 || pipe (go) == -1)
    abort ();
  c.pid = fork ();
  if (c.pid == -1)
    abort ();
  if (c.pid == 0)
    {
      close (fds[0]);
      close (go[1]);
      child_main (mode, fds[1], go[0]);
    }
  close (fds[1]);
  close (go[0]);
  c.fd = fds[0];
  c.go_fd = go[1];
  return c;
}

/* Read one "WORD N" line from the child; -1 if it died first. */
static long
read_report (struct child *c, const char *word)
{
  char line[128];
  size_t n = 0;
  long v;

  while (n < sizeof line - 1)
    {
      ssize_t r = read (c->fd, line + n, 1);
      if (r <= 0)
        return -1;
      if (line[n++] == '\n')
        break;
    }
  line[n] = '\0';
  if (strncmp (line, word, strlen (word)) != 0
      || sscanf (line + strlen (word), " %ld", &v) != 1)
    {
      printf ("# child said: %s", line);
      return -1;
    }
  return v;
}

static int
reap_child (pid_t pid)
{
  int status;

  while (waitpid (pid, &status, 0) == -1)
    if (errno != EINTR)
      return -1;
  return status;
}

int
main (void)
{
  struct child c[NR_MODES];

  safety_net (300);
  /* Orphans are reparented to us, so we see (and reap) them. */
  prctl (PR_SET_CHILD_SUBREAPER, 1);

  for (int m = 0; m < NR_MODES; m++)
    c[m] = start_child (m);
  for (int m = 0; m < NR_MODES; m++)
    {
      c[m].qemu = read_report (&c[m], "qemu");
      ok (c[m].qemu > 0 && process_alive (c[m].qemu),
          "%s: the child launched qemu (pid %ld)", mode_name[m],
          (long)c[m].qemu);
      (void)!write (c[m].go_fd, "g", 1);
    }

  is_int (read_report (&c[MODE_CLOSE], "after close"), 0,
          "close: qemu is gone when guestfs_close returns");
  ok (WIFEXITED (reap_child (c[MODE_CLOSE].pid)), "close: the child exited");

  ok (WIFEXITED (reap_child (c[MODE_EXIT].pid)),
      "exit without close: the child exited");
  ok (c[MODE_EXIT].qemu > 0 && wait_gone (c[MODE_EXIT].qemu, 10),
      "exit without close: qemu is gone");

  is_int (read_report (&c[MODE_FORK], "after fork"), 1,
          "fork: the appliance survives a forked child's exit");
  is_int (read_report (&c[MODE_FORK], "relaunch"), 1,
          "fork: the scratch drive survives it too (shutdown, relaunch)");
  ok (WIFEXITED (reap_child (c[MODE_FORK].pid)), "fork: the child exited");

  for (int m = MODE_KILL; m <= MODE_KILL_NO_WD; m++)
    {
      is_int (read_report (&c[m], "stopped"), 1, "%s: qemu stopped",
              mode_name[m]);
      kill (c[m].pid, SIGKILL);
      ok (WIFSIGNALED (reap_child (c[m].pid)), "%s: the child was killed",
          mode_name[m]);
      ok (c[m].qemu > 0 && wait_gone (c[m].qemu, 10),
          "%s: qemu is gone within 10 s", mode_name[m]);
    }

  {
    struct child *t = &c[MODE_THREAD_FORK_KILL];
    const char *name = mode_name[MODE_THREAD_FORK_KILL];
    long sleeper = read_report (t, "sleeper");

    ok (sleeper > 0, "%s: the child forked (pid %ld)", name, sleeper);
    kill (t->pid, SIGKILL);
    ok (WIFSIGNALED (reap_child (t->pid)), "%s: the child was killed", name);
    ok (t->qemu > 0 && wait_gone (t->qemu, 30), "%s: qemu is gone within 30 s",
        name);
    if (sleeper > 1)
      {
        kill (sleeper, SIGKILL);
        reap_child (sleeper);
      }
  }

  /* Whatever was orphaned (killed qemus, watchdogs) is ours to reap;
   * nothing may still run.
   */
  for (int i = 0; i < 100 && count_children () > 0; i++)
    usleep (50000);
  is_int (count_children (), 0, "no qemu or watchdog left running");
  while (waitpid (-1, NULL, WNOHANG) > 0)
    ;
  for (int m = 0; m < NR_MODES; m++)
    {
      close (c[m].fd);
      close (c[m].go_fd);
    }
  return tap_done ();
}
