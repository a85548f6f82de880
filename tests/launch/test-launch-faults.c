/* Faults under a running appliance: qemu killed with SIGKILL in the
 * middle of an upload, a download and a long fill; qemu stopped with
 * SIGSTOP during launch (launch_timeout ends it), during transfers
 * (user_cancel ends them) and during a plain call (the call_timeout
 * backend setting ends it); the disk image
 * truncated or removed under the appliance.
 *
 * Each failure must come at once (or, for a stopped qemu, after the
 * documented wait) with an error naming the call, fire SUBPROCESS_QUIT
 * once, leave no qemu behind and leave the handle in CONFIG, ready to
 * launch again.
 */

#include <config.h>

#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "launch/launch-test.h"

#define MiB (1024 * 1024)
/* How much of a transfer goes through before the fault. */
#define BEFORE_FAULT (4 * MiB)

/* Signal qemu, never anything else: kill(-1, sig) would reach every
 * process we may signal.
 */
static void
signal_qemu (pid_t pid, int sig)
{
  if (pid <= 1)
    {
      printf ("Bail out! no qemu pid to signal (%d)\n", (int)pid);
      exit (1);
    }
  kill (pid, sig);
}

/* ---- The other end of a transfer, in a thread ---- */

struct peer
{
  guestfs_h *g;
  const char *fifo;
  pid_t qemu;
  int sig;     /* sent to qemu after BEFORE_FAULT bytes */
  bool cancel; /* then guestfs_user_cancel */
  int done[2]; /* upload: the call returned, so the FIFO may close */
  long long moved;
  pthread_t thread;
};

static void
fault (struct peer *p)
{
  signal_qemu (p->qemu, p->sig);
  if (p->cancel)
    guestfs_user_cancel (p->g);
}

/* Feeds the FIFO an upload reads, and keeps it open until the call
 * returned: only the fault can end the upload.
 */
static void *
feed (void *arg)
{
  struct peer *p = arg;
  static char buf[64 * 1024];
  int fd = open (p->fifo, O_WRONLY);
  char c;

  memset (buf, 'u', sizeof buf);
  while (fd >= 0 && p->moved < BEFORE_FAULT)
    {
      ssize_t n = write (fd, buf, sizeof buf);
      if (n <= 0)
        break;
      p->moved += n;
    }
  fault (p);
  (void)!read (p->done[0], &c, 1);
  if (fd >= 0)
    close (fd);
  return NULL;
}

/* Reads the FIFO a download writes, to its end. */
static void *
drain (void *arg)
{
  struct peer *p = arg;
  static char buf[64 * 1024];
  int fd = open (p->fifo, O_RDONLY);
  bool faulted = false;

  for (;;)
    {
      ssize_t n = fd >= 0 ? read (fd, buf, sizeof buf) : 0;
      if (n > 0)
        p->moved += n;
      if (!faulted && (n <= 0 || p->moved >= BEFORE_FAULT))
        {
          fault (p);
          faulted = true;
        }
      if (n <= 0)
        break;
    }
  if (fd >= 0)
    close (fd);
  return NULL;
}

static void
start_peer (struct peer *p, guestfs_h *g, const char *fifo, int sig,
            bool cancel, bool upload)
{
  memset (p, 0, sizeof *p);
  p->g = g;
  p->fifo = fifo;
  p->qemu = guestfs_get_pid (g);
  p->sig = sig;
  p->cancel = cancel;
  unlink (fifo);
  if (mkfifo (fifo, 0600) == -1 || pipe (p->done) == -1
      || pthread_create (&p->thread, NULL, upload ? feed : drain, p) != 0)
    {
      printf ("Bail out! %s: %s\n", fifo, strerror (errno));
      exit (1);
    }
}

static void
end_peer (struct peer *p)
{
  (void)!write (p->done[1], "x", 1);
  pthread_join (p->thread, NULL);
  close (p->done[0]);
  close (p->done[1]);
}

/* ---- Checks ---- */

static void
error_has (guestfs_h *g, const char *want, const char *what)
{
  const char *e = guestfs_last_error (g);

  has_str (e, want, "%s: the error says \"%s\"", what, want);
}

/* After the appliance was lost during a call: SUBPROCESS_QUIT once,
 * CONFIG, qemu gone; then a relaunch works.
 */
static void
check_lost (guestfs_h *g, struct events *ev, pid_t qemu, const char *what,
            bool relaunch)
{
  diag_lines (guestfs_last_error (g));
  is_int (ev->subprocess_quit, 1, "%s: SUBPROCESS_QUIT fired once", what);
  is_int (guestfs_is_config (g), 1, "%s: the handle is in CONFIG", what);
  ok (wait_gone (qemu, 30), "%s: qemu (pid %d) is gone", what, (int)qemu);
  if (!relaunch)
    return;
  ok (guestfs_launch (g) == 0 && guestfs_mount (g, "/dev/sda", "/") == 0,
      "%s: the handle launches again", what);
  is_int (ev->subprocess_quit, 1, "%s: no second SUBPROCESS_QUIT", what);
  ev->subprocess_quit = 0;
}

/* ---- SIGKILL and SIGSTOP mid-call, on one handle ---- */

static int progress_kills;

static void
kill_on_progress (guestfs_h *g, void *opaque, uint64_t event, int event_handle,
                  int flags, const char *buf, size_t buf_len,
                  const uint64_t *array, size_t array_len)
{
  pid_t *qemu = opaque;

  (void)g, (void)event, (void)event_handle, (void)flags, (void)buf,
      (void)buf_len, (void)array, (void)array_len;
  if (*qemu > 0)
    {
      signal_qemu (*qemu, SIGKILL);
      *qemu = 0;
      progress_kills++;
    }
}

static void
test_mid_call (void)
{
  guestfs_h *g = guestfs_create ();
  char *fifo = path_in_dir ("fifo");
  struct events ev;
  struct peer p;
  pid_t qemu, victim = 0;
  double start;
  int r, eh;

  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      exit (1);
    }
  watch_events (g, &ev);
  /* Sparse: only what the guest writes takes space. */
  ok (guestfs_add_drive_scratch (g, 4096LL * MiB, -1) == 0
          && guestfs_launch (g) == 0
          && guestfs_mkfs (g, "ext4", "/dev/sda") == 0
          && guestfs_mount (g, "/dev/sda", "/") == 0,
      "launch, mkfs, mount");
  guestfs_push_error_handler (g, NULL, NULL);

  qemu = guestfs_get_pid (g);
  start_peer (&p, g, fifo, SIGKILL, false, true);
  start = now_s ();
  r = guestfs_upload (g, fifo, "/upload");
  end_peer (&p);
  ok (r == -1, "upload: fails when qemu is killed after %lld bytes (%.1f s)",
      p.moved, now_s () - start);
  error_has (g, "upload: ", "upload");
  error_has (g, "qemu was killed by signal 9", "upload");
  check_lost (g, &ev, qemu, "upload", true);

  qemu = guestfs_get_pid (g);
  start_peer (&p, g, fifo, SIGKILL, false, false);
  start = now_s ();
  r = guestfs_download (g, "/dev/sda", fifo);
  end_peer (&p);
  ok (r == -1, "download: fails when qemu is killed after %lld bytes (%.1f s)",
      p.moved, now_s () - start);
  error_has (g, "download: ", "download");
  error_has (g, "qemu was killed by signal 9", "download");
  check_lost (g, &ev, qemu, "download", true);

  /* Killed at the first progress message: the fill is running then. */
  qemu = victim = guestfs_get_pid (g);
  eh = guestfs_set_event_callback (g, kill_on_progress, GUESTFS_EVENT_PROGRESS,
                                   0, &victim);
  start = now_s ();
  r = guestfs_fill (g, 'f', 2000 * MiB, "/fill");
  ok (r == -1, "fill: fails when qemu is killed during it (%.1f s)",
      now_s () - start);
  guestfs_delete_event_callback (g, eh);
  is_int (progress_kills, 1, "fill: qemu was killed mid-fill");
  error_has (g, "fill: ", "fill");
  error_has (g, "qemu was killed by signal 9", "fill");
  check_lost (g, &ev, qemu, "fill", true);

  /* A stopped qemu answers nothing, not even the cancel: the library
   * gives up on it after a while.
   */
  qemu = guestfs_get_pid (g);
  start_peer (&p, g, fifo, SIGSTOP, true, true);
  start = now_s ();
  r = guestfs_upload (g, fifo, "/upload");
  end_peer (&p);
  ok (r == -1,
      "upload, qemu stopped, user_cancel: fails after %lld bytes (%.1f s)",
      p.moved, now_s () - start);
  is_int (guestfs_last_errno (g), EINTR, "user_cancel upload: errno is EINTR");
  error_has (g, "upload: operation cancelled", "user_cancel upload");
  check_lost (g, &ev, qemu, "user_cancel upload", true);

  qemu = guestfs_get_pid (g);
  start_peer (&p, g, fifo, SIGSTOP, true, false);
  start = now_s ();
  r = guestfs_download (g, "/dev/sda", fifo);
  end_peer (&p);
  ok (r == -1,
      "download, qemu stopped, user_cancel: fails after %lld bytes "
      "(%.1f s)",
      p.moved, now_s () - start);
  is_int (guestfs_last_errno (g), EINTR,
          "user_cancel download: errno is EINTR");
  error_has (g, "download: operation cancelled", "user_cancel download");
  check_lost (g, &ev, qemu, "user_cancel download", false);

  guestfs_pop_error_handler (g);
  guestfs_close (g);
  free_events (&ev);
  unlink (fifo);
  free (fifo);
}

/* ---- qemu stopped during launch ---- */

/* Stops qemu as soon as the library names its pid. */
static void
stop_at_start (guestfs_h *g, void *opaque, uint64_t event, int event_handle,
               int flags, const char *buf, size_t buf_len,
               const uint64_t *array, size_t array_len)
{
  pid_t *qemu = opaque;
  char msg[128];
  int pid;

  (void)g, (void)event, (void)event_handle, (void)flags, (void)array,
      (void)array_len;
  snprintf (msg, sizeof msg, "%.*s", (int)buf_len, buf);
  if (*qemu == 0 && sscanf (msg, "launch: qemu pid %d", &pid) == 1)
    {
      *qemu = pid;
      signal_qemu (pid, SIGSTOP);
    }
}

static void
test_stopped_launch (void)
{
  guestfs_h *g = guestfs_create ();
  char *const settings[] = { (char *)"launch_timeout=20", NULL };
  pid_t qemu = 0;

  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      exit (1);
    }
  guestfs_set_verbose (g, 1);
  guestfs_set_backend_settings (g, settings);
  guestfs_set_event_callback (g, stop_at_start, GUESTFS_EVENT_LIBRARY, 0,
                              &qemu);
  guestfs_push_error_handler (g, NULL, NULL);
  ok (guestfs_launch (g) == -1, "qemu stopped during launch: launch fails");
  ok (qemu > 0, "qemu stopped during launch: it was stopped (pid %d)",
      (int)qemu);
  error_has (g, "within 20 s", "qemu stopped during launch");
  is_int (guestfs_is_config (g), 1,
          "qemu stopped during launch: the handle is in CONFIG");
  ok (qemu > 0 && wait_gone (qemu, 30),
      "qemu stopped during launch: qemu is gone");
  guestfs_pop_error_handler (g);
  guestfs_close (g);
}

/* ---- The image under a running appliance; call_timeout ---- */

static char *
make_image (const char *name)
{
  char *p = path_in_dir (name);
  int fd = open (p, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  if (fd == -1 || ftruncate (fd, 64 * MiB) == -1)
    {
      printf ("Bail out! %s: %s\n", p, strerror (errno));
      exit (1);
    }
  close (fd);
  return p;
}

/* A call that may fail but must say why, and come back. */
static void
either (guestfs_h *g, int r, const char *what)
{
  const char *e = guestfs_last_error (g);

  ok (r == 0 || (r == -1 && e && *e), "%s: %s", what,
      r == 0 ? "succeeds" : "fails with an error");
  if (r == -1)
    diag_lines (e);
}

static void
test_image_and_timeout (void)
{
  guestfs_h *g = guestfs_create ();
  char *a = make_image ("a.img"), *b = make_image ("b.img");
  char *const bad[] = { (char *)"call_timeout=soon", NULL };
  char *const good[] = { (char *)"call_timeout=20", NULL };
  struct events ev;
  size_t size;
  char *s;
  pid_t qemu;
  int r;

  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      exit (1);
    }
  watch_events (g, &ev);
  guestfs_push_error_handler (g, NULL, NULL);
  ok (guestfs_add_drive_opts (g, a, GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw", -1)
              == 0
          && guestfs_add_drive_opts (g, b, GUESTFS_ADD_DRIVE_OPTS_FORMAT,
                                     "raw", -1)
                 == 0,
      "add two image files");

  guestfs_set_backend_settings (g, bad);
  ok (guestfs_launch (g) == -1, "call_timeout=soon: launch fails");
  error_has (g, "call_timeout=soon", "call_timeout=soon");
  is_int (guestfs_is_config (g), 1, "call_timeout=soon: still in CONFIG");

  guestfs_set_backend_settings (g, good);
  ok (guestfs_launch (g) == 0 && guestfs_mkfs (g, "ext4", "/dev/sda") == 0
          && guestfs_mkfs (g, "ext4", "/dev/sdb") == 0
          && guestfs_mount (g, "/dev/sdb", "/") == 0
          && guestfs_write (g, "/before", "before", 6) == 0
          && guestfs_sync (g) == 0,
      "call_timeout=20: launch, two filesystems, a file");

  /* qemu keeps the removed file open: everything works on. */
  ok (unlink (b) == 0, "remove b.img under the appliance");
  ok (guestfs_write (g, "/after", "after", 5) == 0 && guestfs_sync (g) == 0
          && guestfs_umount_all (g) == 0
          && guestfs_mount (g, "/dev/sdb", "/") == 0,
      "removed image: write, sync, umount, mount");
  s = guestfs_read_file (g, "/before", &size);
  ok (s && size == 6 && memcmp (s, "before", 6) == 0,
      "removed image: the old file reads back");
  free (s);
  s = guestfs_read_file (g, "/after", &size);
  ok (s && size == 5 && memcmp (s, "after", 5) == 0,
      "removed image: the new file reads back");
  free (s);
  ok (guestfs_umount_all (g) == 0, "removed image: umount");

  /* Reads past the end of a truncated file come back as zeros, writes
   * grow it again: the filesystem is garbage, and calls may fail, but
   * each one returns.
   */
  ok (guestfs_mount (g, "/dev/sda", "/") == 0
          && guestfs_write (g, "/before", "before", 6) == 0
          && guestfs_sync (g) == 0,
      "a file on a.img, mounted");
  ok (truncate (a, 0) == 0, "truncate a.img to 0 under the appliance");
  either (g, guestfs_write (g, "/new", "new", 3), "truncated image: write");
  either (g, guestfs_sync (g), "truncated image: sync");
  s = guestfs_read_file (g, "/before", &size);
  either (g, s ? 0 : -1, "truncated image: read a file");
  free (s);
  either (g, guestfs_umount_all (g), "truncated image: umount");
  either (g, guestfs_mount (g, "/dev/sda", "/"), "truncated image: mount");
  s = guestfs_read_file (g, "/new", &size);
  either (g, s ? 0 : -1, "truncated image: read a file after mounting");
  free (s);
  either (g, guestfs_umount_all (g), "truncated image: umount again");
  ok (guestfs_ping_daemon (g) == 0, "the appliance still answers");
  is_int (ev.subprocess_quit, 0, "no SUBPROCESS_QUIT so far");

  /* A stopped qemu with call_timeout set: the call gives up. */
  qemu = guestfs_get_pid (g);
  signal_qemu (qemu, SIGSTOP);
  r = guestfs_ping_daemon (g);
  ok (r == -1, "qemu stopped: ping_daemon fails");
  is_int (guestfs_last_errno (g), ETIMEDOUT,
          "call_timeout: errno is ETIMEDOUT");
  error_has (g, "call_timeout", "call_timeout");
  check_lost (g, &ev, qemu, "call_timeout", false);

  /* Closing runs umount_all and sync first (autosync): bounded too. */
  free (make_image ("b.img"));
  ok (guestfs_launch (g) == 0, "call_timeout: the handle launches again");
  qemu = guestfs_get_pid (g);
  signal_qemu (qemu, SIGSTOP);
  guestfs_pop_error_handler (g);
  guestfs_close (g);
  ok (wait_gone (qemu, 30),
      "qemu stopped: guestfs_close returns, qemu is gone");
  free_events (&ev);
  free (a);
  free (b);
}

int
main (void)
{
  safety_net (1500);
  signal (SIGPIPE, SIG_IGN);
  make_tmpdir ();
  test_mid_call ();
  test_stopped_launch ();
  test_image_and_timeout ();
  is_int (count_children (), 0, "no qemu or watchdog left running");
  return tap_done ();
}
