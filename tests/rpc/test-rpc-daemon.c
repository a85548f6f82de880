/* The RPC client against the real guestfsd in host mode
 * ("guestfsd --listen SOCKET --sysroot DIR", started here): calls,
 * transfers with progress, cancellation, daemon errors, the daemon
 * dying, and launching again.
 */

#include <config.h>

#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>

#include "guestfs.h"
#include "guestfs_protocol.h"
#include "rpc-test.h"

#define BIG_SIZE (16 << 20)
/* Slow FIFO transfers last over a second, so the daemon sends progress. */
#define SLOW_PIECE (512 << 10)
#define SLOW_DELAY_MS 50

static char *tmpdir, *sysroot, *sock;
static pid_t daemon_pid;

static void
sleep_ms (int ms)
{
  struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

  while (nanosleep (&ts, &ts) == -1 && errno == EINTR)
    ;
}

static char *
in_tmpdir (const char *name)
{
  char *path;

  if (asprintf (&path, "%s/%s", tmpdir, name) == -1)
    bail_out ("asprintf");
  return path;
}

static bool
can_connect (void)
{
  struct sockaddr_un addr = { .sun_family = AF_UNIX };
  int fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  bool r;

  snprintf (addr.sun_path, sizeof addr.sun_path, "%s", sock);
  r = fd >= 0 && connect (fd, (struct sockaddr *)&addr, sizeof addr) == 0;
  /* Take the launch flag, so the daemon sees a tidy session. */
  if (r)
    {
      char flag[4];
      r = read (fd, flag, 4) == 4;
    }
  if (fd >= 0)
    close (fd);
  return r;
}

static void
start_daemon (void)
{
  const char *top = getenv ("abs_top_builddir");
  char *path;

  if (asprintf (&path, "%s/daemon/guestfsd", top ? top : "..") == -1)
    bail_out ("asprintf");
  if (access (path, X_OK) == -1)
    bail_out ("%s: %s (build the daemon first)", path, strerror (errno));
  fflush (stdout);
  daemon_pid = fork ();
  if (daemon_pid == -1)
    bail_out ("fork: %s", strerror (errno));
  if (daemon_pid == 0)
    {
      execl (path, "guestfsd", "--listen", sock, "--sysroot", sysroot,
             (char *)NULL);
      fprintf (stderr, "%s: %s\n", path, strerror (errno));
      _exit (127);
    }
  free (path);
  /* Ready once it accepts (it serves this probe and moves on). */
  for (int i = 0; !can_connect (); i++)
    {
      if (i == 1000 || waitpid (daemon_pid, NULL, WNOHANG) == daemon_pid)
        bail_out ("guestfsd did not start listening on %s", sock);
      sleep_ms (10);
    }
}

static void
stop_daemon (int sig)
{
  kill (daemon_pid, sig);
  waitpid (daemon_pid, NULL, 0);
}

static void
fill_random (char *buf, size_t n)
{
  uint64_t x = 0x9e3779b97f4a7c15;

  for (size_t i = 0; i < n; i++)
    {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      buf[i] = x >> 24;
    }
}

static void
write_host_file (const char *path, const char *buf, size_t n)
{
  FILE *fp = fopen (path, "w");

  if (fp == NULL || fwrite (buf, 1, n, fp) != n || fclose (fp) != 0)
    bail_out ("%s: %s", path, strerror (errno));
}

/* The whole host file, or NULL. */
static char *
read_host_file (const char *path, size_t *n)
{
  FILE *fp = fopen (path, "r");
  char *buf = NULL;
  size_t cap = 0;

  *n = 0;
  if (fp == NULL)
    return NULL;
  for (;;)
    {
      if (*n == cap && (buf = realloc (buf, cap = cap * 2 + 65536)) == NULL)
        bail_out ("realloc");
      size_t r = fread (buf + *n, 1, cap - *n, fp);
      if (r == 0)
        break;
      *n += r;
    }
  fclose (fp);
  return buf;
}

static bool
host_file_equals (const char *path, const char *want, size_t n)
{
  size_t got;
  char *buf = read_host_file (path, &got);
  bool r = buf && got == n && memcmp (buf, want, n) == 0;

  free (buf);
  return r;
}

/* sha256sum's digest of a host file. */
static char *
host_sha256 (const char *path)
{
  char *cmd, line[256] = "";
  FILE *fp;

  if (asprintf (&cmd, "sha256sum '%s'", path) == -1)
    bail_out ("asprintf");
  fp = popen (cmd, "r");
  free (cmd);
  if (fp == NULL || fgets (line, sizeof line, fp) == NULL)
    bail_out ("sha256sum failed");
  pclose (fp);
  line[64] = '\0';
  return strdup (line);
}

static bool
checksums_match (guestfs_h *g, const char *remote, const char *local)
{
  char *a = guestfs_checksum (g, "sha256", remote);
  char *b = host_sha256 (local);
  bool r = a && strcmp (a, b) == 0;

  if (!r)
    diag ("sha256 %s: %s, %s: %s", remote, a ? a : guestfs_last_error (g),
          local, b);
  free (a);
  free (b);
  return r;
}

/* ---- Progress events ---- */

struct progress
{
  int count;
  uint64_t last[4];
};

static void
progress_cb (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
             const char *buf, size_t buf_len, const uint64_t *array,
             size_t array_len)
{
  struct progress *p = opaque;

  p->count++;
  if (array_len == 4)
    memcpy (p->last, array, sizeof p->last);
}

/* ---- Threads at the other end of a FIFO ---- */

struct feeder
{
  const char *path;
  const char *data;
  size_t size;
  int delay_ms;
  size_t written; /* atomic */
  int hold_fd;    /* if >= 0: keep the FIFO open until this is readable */
};

static void *
feeder_thread (void *arg)
{
  struct feeder *f = arg;
  int fd = open (f->path, O_WRONLY | O_CLOEXEC);
  size_t done = 0;

  while (fd >= 0 && done < f->size)
    {
      size_t n = f->size - done < SLOW_PIECE ? f->size - done : SLOW_PIECE;
      ssize_t r = write (fd, f->data + done, n);
      if (r <= 0)
        break;
      done += r;
      __atomic_store_n (&f->written, done, __ATOMIC_SEQ_CST);
      if (f->delay_ms)
        sleep_ms (f->delay_ms);
    }
  if (f->hold_fd >= 0)
    {
      char c;
      while (read (f->hold_fd, &c, 1) == -1 && errno == EINTR)
        ;
    }
  if (fd >= 0)
    close (fd);
  return NULL;
}

struct drain
{
  const char *path;
  char *buf;
  size_t cap;
  size_t got; /* atomic */
  int delay_ms;
};

static void *
drain_thread (void *arg)
{
  struct drain *d = arg;
  int fd = open (d->path, O_RDONLY | O_CLOEXEC);
  char scratch[65536];
  size_t piece = 0;

  for (;;)
    {
      size_t room = d->cap - d->got;
      char *p = room ? d->buf + d->got : scratch;
      ssize_t r = fd < 0 ? 0 : read (fd, p, room ? room : sizeof scratch);
      if (r <= 0)
        break;
      if (room)
        __atomic_store_n (&d->got, d->got + r, __ATOMIC_SEQ_CST);
      /* A pipe holds 64 KiB: pause per SLOW_PIECE, not per read. */
      piece += r;
      if (d->delay_ms && piece >= SLOW_PIECE)
        {
          sleep_ms (d->delay_ms);
          piece = 0;
        }
    }
  if (fd >= 0)
    close (fd);
  return NULL;
}

/* Calls guestfs_user_cancel once *counter reaches at_least. */
struct canceller
{
  guestfs_h *g;
  size_t *counter;
  size_t at_least;
};

static void *
canceller_thread (void *arg)
{
  struct canceller *c = arg;

  while (__atomic_load_n (c->counter, __ATOMIC_SEQ_CST) < c->at_least)
    sleep_ms (5);
  sleep_ms (100);
  guestfs_user_cancel (c->g);
  return NULL;
}

static char *
make_fifo (const char *name)
{
  char *path = in_tmpdir (name);

  unlink (path);
  if (mkfifo (path, 0600) == -1)
    bail_out ("mkfifo %s: %s", path, strerror (errno));
  return path;
}

/* ---- The tests ---- */

static void
test_calls (guestfs_h *g)
{
  char *s, **l, *hostpath;
  struct guestfs_statns *st;
  size_t n;

  ok (guestfs_ping_daemon (g) == 0, "ping_daemon");
  ok (guestfs_write (g, "/hello", "hello\n", 6) == 0, "write");
  s = guestfs_cat (g, "/hello");
  ok (s && strcmp (s, "hello\n") == 0, "cat returns what was written");
  free (s);
  hostpath = NULL;
  if (asprintf (&hostpath, "%s/hello", sysroot) == -1)
    bail_out ("asprintf");
  ok (host_file_equals (hostpath, "hello\n", 6),
      "the file is in the sysroot on the host");
  free (hostpath);

  ok (guestfs_write (g, "/nul", "a\0b", 3) == 0, "write with a NUL");
  s = guestfs_read_file (g, "/nul", &n);
  ok (s && n == 3 && memcmp (s, "a\0b", 3) == 0, "read_file keeps the NUL");
  free (s);

  ok (guestfs_mkdir (g, "/dir") == 0 && guestfs_touch (g, "/dir/b") == 0
          && guestfs_touch (g, "/dir/a") == 0,
      "mkdir and touch");
  l = guestfs_ls (g, "/dir");
  ok (l && l[0] && strcmp (l[0], "a") == 0 && l[1] && strcmp (l[1], "b") == 0
          && l[2] == NULL,
      "ls lists a, b");
  if (l)
    {
      for (size_t i = 0; l[i]; i++)
        free (l[i]);
      free (l);
    }
  st = guestfs_statns (g, "/hello");
  ok (st && st->st_size == 6 && (st->st_mode & 0170000) == 0100000,
      "statns: a regular file of 6 bytes");
  guestfs_free_statns (st);

  /* Errors from the daemon carry its errno; the handle stays READY. */
  s = guestfs_cat (g, "/nosuch");
  ok (s == NULL && guestfs_last_errno (g) == ENOENT
          && error_contains (g, "/nosuch"),
      "cat of a missing file: ENOENT, names it");
  free (s);
  ok (guestfs_mkdir (g, "/dir") == -1 && guestfs_last_errno (g) == EEXIST,
      "mkdir of an existing directory: EEXIST");
  ok (guestfs_rmdir (g, "/dir") == -1 && guestfs_last_errno (g) == ENOTEMPTY,
      "rmdir of a full directory: ENOTEMPTY");
  ok (guestfs_is_ready (g) == 1 && guestfs_ping_daemon (g) == 0,
      "after daemon errors the handle is READY and works");

  /* Host mode never touches a block device. */
  ok (guestfs_part_init (g, "/dev/sda", "gpt") == -1
          && error_contains (g, "/dev/sda"),
      "part_init /dev/sda is refused in host mode");
  diag ("part_init: %s", guestfs_last_error (g));
  ok (guestfs_blockdev_getsize64 (g, "/dev/sda") == -1
          && error_contains (g, "/dev/sda"),
      "blockdev_getsize64 /dev/sda is refused in host mode");
  diag ("blockdev_getsize64: %s", guestfs_last_error (g));
  ok (guestfs_ping_daemon (g) == 0, "still working after refusals");

  /* Calls too big for the protocol fail before anything is sent. */
  {
    size_t size = 5 << 20;
    char *buf = calloc (1, size);
    ok (buf && guestfs_write (g, "/five", buf, size) == -1
            && error_contains (g, "message too large"),
        "write of 5 MiB: message too large");
    free (buf);
  }
  /* The wire's buffer length is 32 bits: a larger size must not be
   * truncated into a smaller, valid call (only the first bytes are read
   * if it is).
   */
  if (sizeof (size_t) > 4)
    {
      static const char small[8] = "abcdefgh";
      ok (guestfs_write (g, "/huge", small, ((size_t)1 << 32) + 4) == -1
              && error_contains (g, "message too large"),
          "write of 4 GiB + 4 bytes: message too large, not 4 bytes");
    }
  ok (guestfs_is_ready (g) == 1 && guestfs_ping_daemon (g) == 0,
      "after message too large the handle is READY and works");
  ok (guestfs_fill (g, 'x', 5 << 20, "/five") == 0, "fill 5 MiB");
  s = guestfs_read_file (g, "/five", &n);
  ok (s == NULL, "read_file of 5 MiB fails (the reply would not fit)");
  diag ("read_file: %s", guestfs_last_error (g));
  free (s);
  ok (guestfs_ping_daemon (g) == 0, "after an oversize reply: still works");
}

static void
test_transfers (guestfs_h *g, const char *big_data)
{
  char *big = in_tmpdir ("big"), *down = in_tmpdir ("down");
  char *fifo = make_fifo ("fifo"), *hostpath;
  struct progress prog = { 0 };
  pthread_t t;
  int eh, r;

  write_host_file (big, big_data, BIG_SIZE);
  if (asprintf (&hostpath, "%s/big", sysroot) == -1)
    bail_out ("asprintf");

  ok (guestfs_upload (g, big, "/big") == 0, "upload of 16 MiB");
  ok (host_file_equals (hostpath, big_data, BIG_SIZE),
      "upload: the sysroot copy is identical");
  ok (checksums_match (g, "/big", big), "upload: sha256 matches");
  ok (guestfs_download (g, "/big", down) == 0, "download of 16 MiB");
  ok (host_file_equals (down, big_data, BIG_SIZE),
      "download: the host copy is identical");

  /* Slow transfers through a FIFO: progress events. */
  eh = guestfs_set_event_callback (g, progress_cb, GUESTFS_EVENT_PROGRESS, 0,
                                   &prog);
  {
    struct feeder f = { .path = fifo,
                        .data = big_data,
                        .size = BIG_SIZE,
                        .delay_ms = SLOW_DELAY_MS,
                        .hold_fd = -1 };
    pthread_create (&t, NULL, feeder_thread, &f);
    ok (guestfs_upload (g, fifo, "/slow") == 0, "slow upload from a FIFO");
    pthread_join (t, NULL);
  }
  ok (prog.count >= 1 && prog.last[0] == GUESTFS_PROC_UPLOAD
          && prog.last[2] == prog.last[3],
      "slow upload: %d progress events, the last complete", prog.count);
  ok (checksums_match (g, "/slow", big), "slow upload: sha256 matches");

  memset (&prog, 0, sizeof prog);
  {
    struct drain d = { .path = fifo,
                       .buf = malloc (BIG_SIZE),
                       .cap = BIG_SIZE,
                       .delay_ms = SLOW_DELAY_MS };
    pthread_create (&t, NULL, drain_thread, &d);
    ok (guestfs_download (g, "/big", fifo) == 0, "slow download to a FIFO");
    pthread_join (t, NULL);
    ok (d.got == BIG_SIZE && memcmp (d.buf, big_data, BIG_SIZE) == 0,
        "slow download: the bytes are identical");
    free (d.buf);
  }
  ok (prog.count >= 1 && prog.last[0] == GUESTFS_PROC_DOWNLOAD
          && prog.last[2] == BIG_SIZE && prog.last[3] == BIG_SIZE,
      "slow download: %d progress events, the last %" PRIu64 "/%" PRIu64,
      prog.count, prog.last[2], prog.last[3]);
  guestfs_delete_event_callback (g, eh);

  /* Cancelling an upload whose source never ends. */
  {
    int hold[2];
    struct feeder f = { .path = fifo, .data = big_data, .size = 2 << 20 };
    struct canceller c = { g, &f.written, f.size };
    pthread_t tc;

    if (pipe (hold) == -1)
      bail_out ("pipe");
    f.hold_fd = hold[0];
    pthread_create (&t, NULL, feeder_thread, &f);
    pthread_create (&tc, NULL, canceller_thread, &c);
    ok (guestfs_upload (g, fifo, "/cancelled") == -1
            && guestfs_last_errno (g) == EINTR
            && error_contains (g, "operation cancelled by user"),
        "upload from an endless FIFO, cancelled by another thread: EINTR");
    pthread_join (tc, NULL);
    close (hold[1]);
    pthread_join (t, NULL);
    close (hold[0]);
  }
  ok (guestfs_is_ready (g) == 1 && guestfs_ping_daemon (g) == 0,
      "after a cancelled upload the handle is READY and works");

  /* Cancelling a download. */
  {
    struct drain d = { .path = fifo,
                       .buf = malloc (1 << 20),
                       .cap = 1 << 20,
                       .delay_ms = SLOW_DELAY_MS };
    struct canceller c = { g, &d.got, d.cap };
    pthread_t tc;

    pthread_create (&t, NULL, drain_thread, &d);
    pthread_create (&tc, NULL, canceller_thread, &c);
    ok (guestfs_download (g, "/big", fifo) == -1
            && guestfs_last_errno (g) == EINTR
            && error_contains (g, "operation cancelled by user"),
        "download cancelled by another thread: EINTR");
    pthread_join (tc, NULL);
    pthread_join (t, NULL);
    free (d.buf);
  }
  ok (guestfs_is_ready (g) == 1 && guestfs_ping_daemon (g) == 0,
      "after a cancelled download the handle is READY and works");
  ok (checksums_match (g, "/big", big),
      "the file survives a cancelled download");

  ok (guestfs_download (g, "/nosuch", down) == -1
          && guestfs_last_errno (g) == ENOENT,
      "download of a missing file: ENOENT");
  ok (guestfs_ping_daemon (g) == 0, "after a failed download: in step");

  /* Host-side I/O errors stop the transfer and keep it in step. */
  ok (guestfs_download (g, "/big", "/dev/full") == -1
          && guestfs_last_errno (g) == ENOSPC
          && error_contains (g, "download: write: /dev/full"),
      "download to /dev/full: ENOSPC, names the file");
  ok (guestfs_ping_daemon (g) == 0, "after a write error: in step");
  ok (guestfs_upload (g, tmpdir, "/dir-upload") == -1
          && guestfs_last_errno (g) == EISDIR
          && error_contains (g, "upload: read"),
      "upload from a directory: EISDIR");
  ok (guestfs_ping_daemon (g) == 0, "after a read error: in step");

  /* "-" is stdin for uploads and stdout for downloads. */
  {
    int saved = dup (STDIN_FILENO), fd = open (big, O_RDONLY);
    dup2 (fd, STDIN_FILENO);
    close (fd);
    ok (guestfs_upload (g, "-", "/stdin") == 0, "upload from stdin");
    dup2 (saved, STDIN_FILENO);
    close (saved);
  }
  ok (checksums_match (g, "/stdin", big), "upload from stdin: sha256 matches");
  {
    int saved, fd = open (down, O_WRONLY | O_TRUNC);
    fflush (stdout);
    saved = dup (STDOUT_FILENO);
    dup2 (fd, STDOUT_FILENO);
    close (fd);
    r = guestfs_download (g, "/stdin", "-");
    fflush (stdout);
    dup2 (saved, STDOUT_FILENO);
    close (saved);
    ok (r == 0, "download to stdout");
  }
  ok (host_file_equals (down, big_data, BIG_SIZE),
      "download to stdout: the bytes are identical");

  unlink (fifo);
  free (fifo);
  free (big);
  free (down);
  free (hostpath);
}

int
main (void)
{
  char *backend, *big_data;
  guestfs_h *g;

  alarm (240);
  signal (SIGPIPE, SIG_IGN);
  tmpdir = make_tmpdir ();
  sysroot = in_tmpdir ("sysroot");
  sock = in_tmpdir ("sock");
  if (mkdir (sysroot, 0755) == -1)
    bail_out ("mkdir %s: %s", sysroot, strerror (errno));
  start_daemon ();
  if (asprintf (&backend, "unix:%s", sock) == -1)
    bail_out ("asprintf");
  big_data = malloc (BIG_SIZE);
  if (big_data == NULL)
    bail_out ("malloc");
  fill_random (big_data, BIG_SIZE);

  g = quiet_handle ();
  ok (guestfs_set_backend (g, backend) == 0, "set_backend %s", backend);
  ok (guestfs_launch (g) == 0 && guestfs_is_ready (g) == 1,
      "launch on the unix backend");
  test_calls (g);
  test_transfers (g, big_data);

  ok (guestfs_shutdown (g) == 0 && guestfs_is_config (g) == 1,
      "shutdown (with autosync) returns to CONFIG");
  ok (guestfs_launch (g) == 0 && guestfs_ping_daemon (g) == 0,
      "launch again and ping");
  {
    char *s = guestfs_cat (g, "/hello");
    ok (s && strcmp (s, "hello\n") == 0, "the files are still there");
    free (s);
  }

  /* The daemon dies under us. */
  stop_daemon (SIGKILL);
  ok (guestfs_ping_daemon (g) == -1
          && error_contains (g, "appliance closed the connection "
                                "unexpectedly"),
      "the daemon killed: the next call fails");
  ok (guestfs_is_config (g) == 1, "the handle is back in CONFIG");
  ok (guestfs_launch (g) == -1, "launch with no daemon fails");
  start_daemon ();
  ok (guestfs_launch (g) == 0 && guestfs_ping_daemon (g) == 0,
      "a new daemon: launch and ping");
  guestfs_close (g);

  stop_daemon (SIGTERM);
  remove_tree (tmpdir);
  free (tmpdir);
  free (sysroot);
  free (sock);
  free (backend);
  free (big_data);
  return tap_done ();
}
