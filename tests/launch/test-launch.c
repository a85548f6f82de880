/* Launching real appliances with the direct backend (capi/launch-direct.c,
 * appliance.c, qemu-*.c): drives and their formats, read-only drives,
 * /dev/null, a qemu wrapper script, force_tcg, the appliance path,
 * launch timeouts, qemu dying between and during calls, shutdown and
 * relaunch, and that no qemu is left behind.
 *
 * Launches are few (each boots a kernel under TCG): the assertions are
 * grouped around them.
 */

#include <config.h>

#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <sys/wait.h>

#include "launch/launch-test.h"

#define MiB (1024 * 1024)

static char *dir;

/* A file of size bytes, each 4 KiB block starting with its number. */
static char *
make_raw (const char *name, off_t size)
{
  char *p = path_in_dir (name);
  int fd = open (p, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  if (fd == -1 || ftruncate (fd, size) == -1)
    {
      printf ("Bail out! %s: %s\n", p, strerror (errno));
      exit (1);
    }
  for (off_t off = 0; off < size; off += 4096)
    {
      char mark[32];
      int n = snprintf (mark, sizeof mark, "block %jd\n",
                        (intmax_t)(off / 4096));
      if (pwrite (fd, mark, n, off) != n)
        abort ();
    }
  close (fd);
  return p;
}

static off_t
file_size (const char *path)
{
  struct stat st;

  return stat (path, &st) == 0 ? st.st_size : -1;
}

/* FNV-1a of a whole file: "unchanged" without keeping a copy. */
static uint64_t
file_hash (const char *path)
{
  uint64_t h = 0xcbf29ce484222325ULL;
  FILE *fp = fopen (path, "r");
  int c;

  if (fp == NULL)
    return 0;
  while ((c = getc (fp)) != EOF)
    h = (h ^ (unsigned char)c) * 0x100000001b3ULL;
  fclose (fp);
  return h;
}

static int
run (const char *cmd)
{
  int r = system (cmd);

  return WIFEXITED (r) ? WEXITSTATUS (r) : -1;
}

static void
check_state (guestfs_h *g, int want, const char *what)
{
  is_int (guestfs_get_state (g), want, "%s: state is %s", what,
          want == 0   ? "CONFIG"
          : want == 2 ? "READY"
                      : "?");
}

static bool
error_has (guestfs_h *g, const char *s, const char *what)
{
  return has_str (guestfs_last_error (g), s, "%s: error mentions \"%s\"", what,
                  s);
}

/* ---- No appliance to be found ---- */

static void
test_bad_path (void)
{
  const char *env = getenv ("LIBGUESTFS_PATH");
  char *saved = env ? strdup (env) : NULL;
  guestfs_h *g;

  g = guestfs_create ();
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_set_path (g, "/nonexistent/appliance-dir");
  ok (guestfs_launch (g) == -1, "set_path to a missing dir: launch fails");
  error_has (g, "/nonexistent/appliance-dir", "set_path");
  error_has (g, "supermin.d", "set_path");
  check_state (g, 0, "set_path");
  is_int (count_children (), 0, "set_path: nothing left running");
  guestfs_close (g);

  setenv ("LIBGUESTFS_PATH", "/nonexistent/env-dir", 1);
  g = guestfs_create ();
  guestfs_set_error_handler (g, NULL, NULL);
  ok (guestfs_launch (g) == -1, "LIBGUESTFS_PATH missing dir: launch fails");
  error_has (g, "/nonexistent/env-dir", "LIBGUESTFS_PATH");
  guestfs_close (g);
  if (saved)
    setenv ("LIBGUESTFS_PATH", saved, 1);
  else
    unsetenv ("LIBGUESTFS_PATH");
  free (saved);
}

/* ---- Failures before the appliance boots ---- */

static void
test_startup_errors (void)
{
  char *bad = path_in_dir ("bad-appliance");
  char *sd, *cache, *img;
  guestfs_h *g;
  FILE *fp;

  /* qemu that does not exist. */
  g = guestfs_create ();
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_set_hv (g, "/nonexistent/qemu-system");
  ok (guestfs_launch (g) == -1, "missing qemu: launch fails");
  error_has (g, "/nonexistent/qemu-system", "missing qemu");
  check_state (g, 0, "missing qemu");
  guestfs_close (g);

  /* Bad backend settings. */
  g = guestfs_create ();
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_set_backend_settings (
      g, (char *[]){ (char *)"launch_timeout=soon", NULL });
  ok (guestfs_launch (g) == -1, "launch_timeout=soon: launch fails");
  error_has (g, "launch_timeout=soon", "launch_timeout=soon");
  guestfs_set_backend_settings (
      g, (char *[]){ (char *)"force_tcg", (char *)"force_kvm", NULL });
  ok (guestfs_launch (g) == -1, "force_tcg with force_kvm: launch fails");
  error_has (g, "force_kvm", "force_tcg with force_kvm");
  check_state (g, 0, "bad backend settings");
  guestfs_close (g);

  /* qemu that starts and fails: its own message is the error. */
  img = make_raw ("vanishing.img", MiB);
  g = guestfs_create ();
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_set_backend_settings (g, (char *[]){ (char *)"force_tcg", NULL });
  guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw", -1);
  unlink (img);
  ok (guestfs_launch (g) == -1, "qemu failing at startup: launch fails");
  error_has (g, "vanishing.img", "qemu failing at startup (quotes qemu)");
  check_state (g, 0, "qemu failing at startup");
  is_int (count_children (), 0, "qemu failing at startup: nothing left");
  guestfs_close (g);
  free (img);

  /* supermin failing: its output is the error. */
  if (asprintf (&sd, "%s/supermin.d", bad) == -1
      || asprintf (&cache, "%s/cache", dir) == -1)
    abort ();
  mkdir (bad, 0755);
  mkdir (sd, 0755);
  mkdir (cache, 0755);
  free (sd);
  if (asprintf (&sd, "%s/supermin.d/packages", bad) == -1)
    abort ();
  fp = fopen (sd, "w");
  fprintf (fp, "no-such-package-for-guestfs-ng-tests\n");
  fclose (fp);
  g = guestfs_create ();
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_set_path (g, bad);
  guestfs_set_cachedir (g, cache);
  ok (guestfs_launch (g) == -1, "a broken supermin.d: launch fails");
  error_has (g, "supermin failed", "broken supermin.d");
  error_has (g, "supermin:", "broken supermin.d (quotes supermin)");
  check_state (g, 0, "broken supermin.d");
  guestfs_close (g);
  free (sd);
  free (cache);
  free (bad);
}

/* ---- Drives ---- */

struct drives
{
  char *raw, *qcow2, *qcow2_noformat, *ro;
  uint64_t ro_hash;
};

static void
add_drives (guestfs_h *g, struct drives *d)
{
  /* A ',' must reach qemu as ",,". */
  d->raw = make_raw ("raw,1.img", 3 * MiB);
  d->ro = make_raw ("ro.img", 2 * MiB);
  d->ro_hash = file_hash (d->ro);
  d->qcow2 = path_in_dir ("disk.qcow2");
  d->qcow2_noformat = path_in_dir ("noformat.qcow2");
  {
    char cmd[8192];
    snprintf (cmd, sizeof cmd,
              "qemu-img create -q -f qcow2 '%s' 64M && "
              "qemu-img create -q -f qcow2 '%s' 32M",
              d->qcow2, d->qcow2_noformat);
    if (run (cmd) != 0)
      {
        printf ("Bail out! qemu-img create failed\n");
        exit (1);
      }
  }

  ok (guestfs_add_drive_opts (g, d->raw, GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw",
                              GUESTFS_ADD_DRIVE_OPTS_DISCARD, "enable", -1)
          == 0,
      "add raw drive (format raw, discard enable, a ',' in its name)");
  ok (guestfs_add_drive_opts (g, d->qcow2, GUESTFS_ADD_DRIVE_OPTS_FORMAT,
                              "qcow2", GUESTFS_ADD_DRIVE_OPTS_CACHEMODE,
                              "unsafe", -1)
          == 0,
      "add qcow2 drive (format qcow2, cachemode unsafe)");
  ok (guestfs_add_drive_opts (g, d->qcow2_noformat,
                              GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw", -1)
          == 0,
      "add a qcow2 drive as raw");
  ok (guestfs_add_drive_ro (g, d->ro) == 0, "add read-only drive");
  ok (guestfs_add_drive_opts (g, "/dev/null", -1) == 0, "add /dev/null");
  ok (guestfs_add_drive_scratch (g, 64 * MiB, -1) == 0, "add scratch drive");
}

static void
test_drives (guestfs_h *g, struct events *ev, struct drives *d)
{
  static const char *const want[]
      = { "/dev/sda", "/dev/sdb", "/dev/sdc", "/dev/sdd",
          "/dev/sde", "/dev/sdf", NULL };
  /* qemu rounds a raw file's size up to whole sectors. */
  const int64_t sizes[]
      = { 3 * MiB, 64 * MiB, (file_size (d->qcow2_noformat) + 511) / 512 * 512,
          2 * MiB, 0,        64 * MiB };
  char **devs;
  char *buf;
  size_t n = 0, len;
  pid_t pid;
  char exe[4096];

  ok (guestfs_ping_daemon (g) == 0, "ping_daemon");
  devs = guestfs_list_devices (g);
  for (; devs && devs[n]; n++)
    ;
  is_int (n, 6, "list_devices: 6 devices");
  for (size_t i = 0; i < 6 && i < n; i++)
    {
      is_str (devs[i], want[i], "list_devices[%zu]", i);
      /* Distinct sizes: the order really is the order of adding. */
      is_int (guestfs_blockdev_getsize64 (g, want[i]), sizes[i],
              "%s has the size of drive %zu", want[i], i);
    }
  for (size_t i = 0; devs && devs[i]; i++)
    free (devs[i]);
  free (devs);

  /* The qcow2 added as raw is seen as raw bytes: its header. */
  ok (guestfs_mkfs (g, "ext2", "/dev/sdf") == 0, "mkfs on the scratch drive");
  ok (guestfs_mount (g, "/dev/sdf", "/") == 0, "mount it");
  ok (guestfs_dd (g, "/dev/sdc", "/qcow2-bytes") == 0,
      "dd the qcow2-as-raw device to a file");
  buf = guestfs_read_file (g, "/qcow2-bytes", &len);
  ok (buf && len == (size_t)sizes[2] && memcmp (buf, "QFI\xfb", 4) == 0,
      "the guest reads the qcow2 header (QFI\\xfb) at offset 0");
  free (buf);

  /* Writes reach a writable drive ... */
  ok (guestfs_zero (g, "/dev/sda") == 0, "zero the raw drive");
  /* ... and fail on the read-only one. */
  guestfs_push_error_handler (g, NULL, NULL);
  ok (guestfs_zero (g, "/dev/sdd") == -1, "zero the read-only drive fails");
  ok (guestfs_dd (g, "/qcow2-bytes", "/dev/sdd") == -1,
      "dd onto the read-only drive fails");
  guestfs_pop_error_handler (g);

  pid = guestfs_get_pid (g);
  ok (pid > 0 && process_alive (pid), "get_pid: a live process (%d)",
      (int)pid);
  process_exe (pid, exe, sizeof exe);
  has_str (exe, "qemu", "get_pid is qemu");

  ok (ev->launch_done == 1, "LAUNCH_DONE fired once");
  ok (ev->appliance > 0, "APPLIANCE events arrived (verbose)");
  has_str (ev->console, "guestfsd", "the console shows the daemon starting");
  has_str (ev->library, "-drive", "the debug log has the qemu command line");
  has_str (ev->library, "format=raw", "a format-less drive is passed as raw");
  has_str (ev->library, "raw,,1.img", "',' in a file name is escaped");
  has_str (ev->library, "cache=unsafe", "cachemode reaches qemu");
  has_str (
      ev->library,
      "raw,,1.img,format=raw,if=none,id=hd0,cache=writeback,discard=unmap",
      "discard enable reaches qemu as discard=unmap");
  has_str (ev->library, "id=hd1,cache=unsafe,discard=ignore",
           "the default, discard disable, reaches qemu as discard=ignore");

  ok (guestfs_shutdown (g) == 0, "shutdown");
  check_state (g, 0, "after shutdown");
  ok (ev->subprocess_quit == 1, "SUBPROCESS_QUIT fired on shutdown");
  ok (!process_alive (pid), "qemu is gone after shutdown");
  is_int (count_children (), 0, "nothing left running after shutdown");

  ok (file_hash (d->ro) == d->ro_hash,
      "the read-only drive's file is unchanged on the host");
  {
    char first[16] = "x";
    int fd = open (d->raw, O_RDONLY);
    ok (fd >= 0 && pread (fd, first, sizeof first, 0) == sizeof first
            && memcmp (first, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16) == 0,
        "the zeroes reached the writable drive's file");
    if (fd >= 0)
      close (fd);
  }
}

/* ---- Wrapper, force_tcg, kill between calls ---- */

static char *
make_wrapper (void)
{
  char *p = path_in_dir ("qemu wrapper.sh");
  FILE *fp = fopen (p, "w");

  if (fp == NULL)
    abort ();
  /* Its message lands on the console; exec keeps qemu's pid ours. */
  fprintf (fp,
           "#!/bin/sh\necho 'wrapper: starting qemu' >&2\n"
           "exec '%s' \"$@\"\n",
           QEMU);
  fclose (fp);
  chmod (p, 0755);
  return p;
}

static void
test_wrapper_and_kill (guestfs_h *g, struct events *ev)
{
  char *wrapper = make_wrapper ();
  char *const settings[] = { (char *)"force_tcg", NULL };
  char exe[4096];
  pid_t pid;

  ok (guestfs_set_hv (g, wrapper) == 0, "set_hv to a wrapper script");
  ok (guestfs_set_backend_settings (g, settings) == 0,
      "backend setting force_tcg");
  free (ev->library);
  ev->library = NULL;
  ev->subprocess_quit = 0;
  ok (guestfs_launch (g) == 0, "relaunch after shutdown, through the wrapper");
  has_str (ev->library, "force_tcg", "force_tcg is what picked TCG");
  has_str (ev->library, "-accel tcg", "qemu runs with TCG");
  has_str (ev->library, "-cpu qemu64", "TCG uses the qemu64 CPU (faster)");
  has_str (ev->console, "wrapper: starting qemu",
           "the wrapper's output reaches the console");
  pid = guestfs_get_pid (g);
  process_exe (pid, exe, sizeof exe);
  has_str (exe, "qemu-system", "the wrapper exec'd qemu under our pid");
  ok (guestfs_ping_daemon (g) == 0, "ping through the wrapper's qemu");

  /* qemu dies between calls. */
  ok (kill (pid, SIGKILL) == 0, "kill -9 qemu between calls");
  wait_gone (pid, 10);
  guestfs_push_error_handler (g, NULL, NULL);
  ok (guestfs_ping_daemon (g) == -1, "the next call fails");
  has_str (guestfs_last_error (g), "appliance",
           "with an error saying the appliance went away");
  diag_lines (guestfs_last_error (g));
  guestfs_pop_error_handler (g);
  ok (ev->subprocess_quit == 1, "SUBPROCESS_QUIT fired");
  check_state (g, 0, "after qemu was killed");
  guestfs_push_error_handler (g, NULL, NULL);
  ok (guestfs_get_pid (g) == -1, "get_pid fails once qemu is gone");
  guestfs_pop_error_handler (g);
  is_int (count_children (), 0, "nothing left running after the kill");
  free (wrapper);
}

/* ---- Launch from a thread, kill during a call ---- */

struct thread_launch
{
  guestfs_h *g;
  int r;
};

static void *
launch_thread (void *arg)
{
  struct thread_launch *t = arg;

  t->r = guestfs_launch (t->g);
  return NULL;
}

struct killer
{
  pid_t pid;
  int delay_ms;
};

static void *
kill_thread (void *arg)
{
  struct killer *k = arg;

  usleep (k->delay_ms * 1000);
  kill (k->pid, SIGKILL);
  return NULL;
}

static void
test_thread_and_kill_mid_call (guestfs_h *g, struct events *ev)
{
  struct thread_launch t = { g, -1 };
  struct killer k;
  pthread_t th;
  char *const args[] = { (char *)"60", NULL };
  char *r;
  double start;

  guestfs_set_verbose (g, 0);
  ev->subprocess_quit = 0;
  pthread_create (&th, NULL, launch_thread, &t);
  pthread_join (th, NULL);
  ok (t.r == 0, "relaunch after the kill, from a thread that then exits");
  ok (guestfs_ping_daemon (g) == 0,
      "qemu outlives the thread that launched it");

  k.pid = guestfs_get_pid (g);
  k.delay_ms = 1500;
  pthread_create (&th, NULL, kill_thread, &k);
  start = now_s ();
  guestfs_push_error_handler (g, NULL, NULL);
  r = guestfs_debug (g, "progress", args);
  guestfs_pop_error_handler (g);
  pthread_join (th, NULL);
  ok (r == NULL, "a 60 s call fails when qemu is killed during it");
  ok (now_s () - start < 30, "and fails at once (%.1f s)", now_s () - start);
  free (r);
  has_str (guestfs_last_error (g), "appliance",
           "the error says the appliance went away");
  ok (ev->subprocess_quit == 1, "SUBPROCESS_QUIT fired");
  check_state (g, 0, "after qemu was killed mid-call");
  is_int (count_children (), 0, "nothing left running");
}

/* ---- Launch timeout ---- */

static void
test_timeout (guestfs_h *g, struct events *ev)
{
  char *const settings[]
      = { (char *)"force_tcg", (char *)"launch_timeout=15", NULL };
  double start;

  /* No initramfs /init: the kernel looks for root= itself, fails and
   * panics, and panic=0 makes it wait there forever.
   */
  guestfs_set_append (g, "panic=0 rdinit=/nonexistent");
  guestfs_set_backend_settings (g, settings);
  guestfs_push_error_handler (g, NULL, NULL);
  start = now_s ();
  ok (guestfs_launch (g) == -1, "a launch that never starts the daemon fails");
  ok (now_s () - start < 60, "after the launch_timeout (%.1f s)",
      now_s () - start);
  guestfs_pop_error_handler (g);
  error_has (g, "within 15 s", "timeout");
  diag_lines (guestfs_last_error (g));
  error_has (g, "Kernel panic", "timeout (quotes the console)");
  check_state (g, 0, "after the timeout");
  is_int (count_children (), 0, "qemu was killed after the timeout");

  guestfs_set_append (g, NULL);
  guestfs_set_backend_settings (g, (char *[]){ (char *)"force_tcg", NULL });
  /* Relaunch from a fixed appliance: the files the supermin appliance
   * was built into.
   */
  {
    char *cache = guestfs_get_cachedir (g), *cmd;
    char *fixed = path_in_dir ("fixed");

    if (asprintf (&cmd,
                  "a='%s/.guestfs-ng-%d/appliance.d' && mkdir '%s' && "
                  "ln -s \"$a/vmlinux\" '%s/kernel' && "
                  "ln -s \"$a/initrd.trim\" '%s/initrd' && "
                  "ln -s \"$a/root\" '%s/root'",
                  cache, (int)geteuid (), fixed, fixed, fixed, fixed)
        == -1)
      abort ();
    ok (run (cmd) == 0, "make a fixed appliance");
    guestfs_set_path (g, fixed);
    free (cmd);
    free (cache);
    free (fixed);
  }
  free (ev->library);
  ev->library = NULL;
  ev->launch_done = 0;
  guestfs_set_verbose (g, 1);
  ok (guestfs_launch (g) == 0, "relaunch after the timeout, fixed appliance");
  has_str (ev->library, "fixed appliance", "the fixed appliance was used");
  ok (ev->launch_done == 1, "LAUNCH_DONE fired");
  ok (guestfs_ping_daemon (g) == 0, "ping_daemon");
}

int
main (void)
{
  struct events ev;
  struct drives d;
  guestfs_h *g;
  pid_t pid;

  safety_net (600);
  dir = make_tmpdir ();

  test_bad_path ();
  test_startup_errors ();

  g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      return 1;
    }
  watch_events (g, &ev);
  add_drives (g, &d);
  guestfs_set_verbose (g, 1);
  ok (guestfs_launch (g) == 0, "launch with six drives");
  if (guestfs_get_state (g) != 2)
    {
      printf ("Bail out! launch failed: %s\n", guestfs_last_error (g));
      return 1;
    }
  test_drives (g, &ev, &d);
  test_wrapper_and_kill (g, &ev);
  test_thread_and_kill_mid_call (g, &ev);
  test_timeout (g, &ev);

  pid = guestfs_get_pid (g);
  guestfs_close (g);
  ok (!process_alive (pid), "qemu is gone after close");
  is_int (count_children (), 0, "nothing left running after close");
  free_events (&ev);

  free (d.raw);
  free (d.qcow2);
  free (d.qcow2_noformat);
  free (d.ro);
  return tap_done ();
}
