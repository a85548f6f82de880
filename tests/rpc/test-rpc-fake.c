/* The RPC client against a fake daemon: a child process of this test
 * that listens on a Unix socket and sends what each scenario says,
 * garbage included.  Every failure must be a clear error, never a crash
 * or a hang, and the handle must launch again afterwards.
 */

#include <config.h>

#include <arpa/inet.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>

#include "guestfs.h"
#include "guestfs_protocol.h"
#include "fake-daemon-io.h"
#include "rpc-test.h"

static int listen_fd;
/* File scope, so that they stay reachable in the forked fake daemons
 * (which valgrind checks for leaks too).
 */
static char *tmpdir, *backend, *big, *out;

/* ---- The fake daemon (runs in the child) ---- */

static bool
wr32 (int fd, uint32_t v)
{
  v = htonl (v);
  return wr (fd, &v, 4);
}

/* An XDR message being built. */
struct msg
{
  char b[65536];
  size_t n;
};

static void
m32 (struct msg *m, uint32_t v)
{
  v = htonl (v);
  memcpy (m->b + m->n, &v, 4);
  m->n += 4;
}

static void
mstr (struct msg *m, const char *s)
{
  size_t len = strlen (s);

  m32 (m, len);
  memcpy (m->b + m->n, s, len);
  m->n += len;
  while (m->n & 3)
    m->b[m->n++] = 0;
}

static void
mheader (struct msg *m, int32_t proc, uint32_t serial, int32_t status)
{
  m->n = 0;
  m32 (m, GUESTFS_PROGRAM);
  m32 (m, GUESTFS_PROTOCOL_VERSION);
  m32 (m, proc);
  m32 (m, GUESTFS_DIRECTION_REPLY);
  m32 (m, serial);
  m32 (m, 0);
  m32 (m, 0);
  m32 (m, 0);
  m32 (m, status);
}

static bool
send_msg (int fd, const struct msg *m)
{
  return wr32 (fd, m->n) && wr (fd, m->b, m->n);
}

static bool
reply_ok (int fd, const struct call *c)
{
  struct msg m;

  mheader (&m, c->proc, c->serial, GUESTFS_STATUS_OK);
  return send_msg (fd, &m);
}

static bool
reply_error (int fd, const struct call *c, const char *errno_name,
             const char *message)
{
  struct msg m;

  mheader (&m, c->proc, c->serial, GUESTFS_STATUS_ERROR);
  mstr (&m, errno_name);
  mstr (&m, message);
  return send_msg (fd, &m);
}

static bool
send_progress (int fd, const struct call *c, uint64_t pos, uint64_t total)
{
  struct msg m = { .n = 0 };

  m32 (&m, GUESTFS_PROGRESS_FLAG);
  m32 (&m, c->proc);
  m32 (&m, c->serial);
  m32 (&m, pos >> 32);
  m32 (&m, pos);
  m32 (&m, total >> 32);
  m32 (&m, total);
  return wr (fd, m.b, m.n);
}

static bool
send_chunk (int fd, int cancel, const char *data, size_t n)
{
  static const char pad[4];
  size_t padn = (4 - (n & 3)) & 3;

  return wr32 (fd, 8 + n + padn) && wr32 (fd, cancel) && wr32 (fd, n)
         && wr (fd, data, n) && wr (fd, pad, padn);
}

/* Read one chunk of a FileIn stream: its cancel word and data length. */
static bool
read_chunk (int fd, uint32_t *cancel, uint32_t *n)
{
  char head[12];
  static char data[GUESTFS_MAX_CHUNK_SIZE + 4];
  uint32_t len;

  if (!rd (fd, head, 12))
    return false;
  len = get32 (head);
  *cancel = get32 (head + 4);
  *n = get32 (head + 8);
  return len >= 8 && len - 8 <= sizeof data && rd (fd, data, len - 8);
}

static void
wait_eof (int fd)
{
  char buf[4096];

  while (read (fd, buf, sizeof buf) > 0)
    ;
}

/* A scenario: the fake daemon's side of one session.  Returns true if
 * the library behaved as the scenario expects.
 */
typedef bool (*scenario_fn) (int fd);

static pid_t
start_fake (scenario_fn fn, bool send_flag)
{
  pid_t pid;

  fflush (stdout);
  pid = fork ();
  if (pid == -1)
    bail_out ("fork: %s", strerror (errno));
  if (pid == 0)
    {
      int fd;
      bool good;

      /* Never exit(): the atexit handler would close the parent's
       * handle copy over the parent's connection.
       */
      signal (SIGPIPE, SIG_IGN);
      alarm (60);
      fd = accept (listen_fd, NULL, NULL);
      if (fd == -1)
        _exit (2);
      good = (!send_flag || wr32 (fd, GUESTFS_LAUNCH_FLAG)) && fn (fd);
      close (fd);
      _exit (good ? 0 : 1);
    }
  return pid;
}

static void
end_fake (pid_t pid, const char *what)
{
  int status;

  if (waitpid (pid, &status, 0) == -1)
    bail_out ("waitpid: %s", strerror (errno));
  ok (WIFEXITED (status) && WEXITSTATUS (status) == 0,
      "%s: the fake daemon saw what it expected", what);
}

/* ---- Scenarios ---- */

static bool
sc_silent (int fd)
{
  wait_eof (fd);
  return true;
}

static bool
sc_bad_flag (int fd)
{
  wr32 (fd, 0xdeadbeef);
  wait_eof (fd);
  return true;
}

static bool
sc_close_at_once (int fd)
{
  return true;
}

static bool
sc_half_flag (int fd)
{
  static const char half[2] = { (char)0xf5, (char)0xf5 };

  return wr (fd, half, 2);
}

/* Two pings (serials must follow each other), then EOF. */
static bool
sc_two_pings (int fd)
{
  struct call c1, c2;

  if (!read_call (fd, &c1) || !reply_ok (fd, &c1) || !read_call (fd, &c2)
      || !reply_ok (fd, &c2))
    return false;
  wait_eof (fd);
  return c1.prog == GUESTFS_PROGRAM && c1.vers == GUESTFS_PROTOCOL_VERSION
         && c1.proc == GUESTFS_PROC_PING_DAEMON
         && c1.direction == GUESTFS_DIRECTION_CALL
         && c2.serial == c1.serial + 1;
}

/* Shutdown with autosync: umount_all and sync arrive, then EOF. */
static bool
sc_autosync (int fd)
{
  struct call c1, c2;

  if (!read_call (fd, &c1) || !reply_ok (fd, &c1) || !read_call (fd, &c2)
      || !reply_ok (fd, &c2))
    return false;
  wait_eof (fd);
  return c1.proc == GUESTFS_PROC_UMOUNT_ALL && c2.proc == GUESTFS_PROC_SYNC;
}

static bool
sc_huge_length (int fd)
{
  struct call c;

  if (!read_call (fd, &c))
    return false;
  wr32 (fd, 0x7fffffff);
  wait_eof (fd);
  return true;
}

static bool
sc_wrong_serial (int fd)
{
  struct call c;

  if (!read_call (fd, &c))
    return false;
  c.serial += 1000;
  reply_ok (fd, &c);
  wait_eof (fd);
  return true;
}

static bool
sc_wrong_proc (int fd)
{
  struct call c;

  if (!read_call (fd, &c))
    return false;
  c.proc = GUESTFS_PROC_SYNC;
  reply_ok (fd, &c);
  wait_eof (fd);
  return true;
}

static bool
sc_wrong_direction (int fd)
{
  struct call c;
  struct msg m;

  if (!read_call (fd, &c))
    return false;
  mheader (&m, c.proc, c.serial, GUESTFS_STATUS_OK);
  memset (m.b + 12, 0, 4);
  send_msg (fd, &m);
  wait_eof (fd);
  return true;
}

static bool
sc_wrong_program (int fd)
{
  struct call c;
  struct msg m;

  if (!read_call (fd, &c))
    return false;
  mheader (&m, c.proc, c.serial, GUESTFS_STATUS_OK);
  m.b[0] ^= 0x40;
  send_msg (fd, &m);
  wait_eof (fd);
  return true;
}

static bool
sc_truncated (int fd)
{
  struct call c;
  char junk[10] = { 0 };

  if (!read_call (fd, &c))
    return false;
  wr32 (fd, 100);
  wr (fd, junk, sizeof junk);
  return true;
}

static bool
sc_eof_after_call (int fd)
{
  struct call c;

  return read_call (fd, &c);
}

static bool
sc_eof_in_length (int fd)
{
  struct call c;
  static const char half[2] = { 0, 0 };

  if (!read_call (fd, &c))
    return false;
  return wr (fd, half, 2);
}

static bool
sc_undecodable (int fd)
{
  struct call c;

  /* cat's reply needs a string after the header. */
  if (!read_call (fd, &c))
    return false;
  reply_ok (fd, &c);
  wait_eof (fd);
  return true;
}

#define FLOOD 50000

static bool
sc_progress_flood (int fd)
{
  struct call c;

  if (!read_call (fd, &c))
    return false;
  for (uint64_t i = 1; i <= FLOOD; i++)
    if (!send_progress (fd, &c, i, FLOOD))
      return false;
  reply_ok (fd, &c);
  wait_eof (fd);
  return true;
}

/* A daemon error (twice: a known and an unknown errno), then a ping. */
static bool
sc_errors (int fd)
{
  struct call c;

  if (!read_call (fd, &c)
      || !reply_error (fd, &c, "ENOENT", "/nope: No such file or directory")
      || !read_call (fd, &c)
      || !reply_error (fd, &c, "EBOGUS", "something odd")
      || !read_call (fd, &c) || !reply_ok (fd, &c))
    return false;
  wait_eof (fd);
  return c.proc == GUESTFS_PROC_PING_DAEMON;
}

static bool
sc_download (int fd)
{
  struct call c;
  struct msg m;

  if (!read_call (fd, &c) || !send_progress (fd, &c, 0, 5)
      || !send_chunk (fd, 0, "hel", 3) || !send_progress (fd, &c, 3, 5)
      || !send_chunk (fd, 0, "lo", 2) || !send_chunk (fd, 0, "", 0))
    return false;
  mheader (&m, c.proc, c.serial, GUESTFS_STATUS_OK);
  if (!send_msg (fd, &m))
    return false;
  wait_eof (fd);
  return c.proc == GUESTFS_PROC_DOWNLOAD;
}

/* The daemon rejects a download before any stream, then a ping. */
static bool
sc_download_no_stream (int fd)
{
  struct call c;

  if (!read_call (fd, &c) || !reply_error (fd, &c, "EINVAL", "bad path")
      || !read_call (fd, &c) || !reply_ok (fd, &c))
    return false;
  wait_eof (fd);
  return c.proc == GUESTFS_PROC_PING_DAEMON;
}

static bool
sc_download_bad_chunk (int fd)
{
  struct call c;

  if (!read_call (fd, &c))
    return false;
  wr32 (fd, 8);
  wr32 (fd, 7);
  wr32 (fd, 0);
  wait_eof (fd);
  return true;
}

/* Download cancelled by the library: stream until its cancel word. */
static bool
sc_download_cancel (int fd)
{
  static char data[65536];
  struct call c;
  bool seen = false;

  if (!read_call (fd, &c) || !send_progress (fd, &c, 0, 1))
    return false;
  for (int i = 0; i < 500 && !seen; i++)
    {
      struct pollfd p = { .fd = fd, .events = POLLIN };
      if (poll (&p, 1, 10) == 1)
        {
          uint32_t w;
          if (!rd (fd, &w, 4) || ntohl (w) != GUESTFS_CANCEL_FLAG)
            return false;
          seen = true;
        }
      else if (!send_chunk (fd, 0, data, sizeof data))
        return false;
    }
  if (!send_chunk (fd, 1, "", 0)
      || !reply_error (fd, &c, "EINTR", "download cancelled")
      || !read_call (fd, &c) || !reply_ok (fd, &c))
    return false;
  wait_eof (fd);
  return seen;
}

/* Upload the daemon gives up on (disk full): it sends the cancel word
 * at once and expects the library's cancel chunk.
 */
static bool
sc_upload_daemon_cancel (int fd)
{
  struct call c;
  uint32_t cancel = 0, n;
  int chunks = 0;

  if (!read_call (fd, &c) || !wr32 (fd, GUESTFS_CANCEL_FLAG))
    return false;
  do
    {
      if (!read_chunk (fd, &cancel, &n))
        return false;
      chunks++;
    }
  while (cancel == 0 && n > 0);
  if (!reply_error (fd, &c, "ENOSPC", "write: No space left on device")
      || !read_call (fd, &c) || !reply_ok (fd, &c))
    return false;
  wait_eof (fd);
  return cancel == 1 && chunks < 8;
}

/* Upload the user cancels (from the progress callback). */
static bool
sc_upload_user_cancel (int fd)
{
  struct call c;
  uint32_t cancel = 0, n;

  if (!read_call (fd, &c) || !send_progress (fd, &c, 0, 1))
    return false;
  do
    if (!read_chunk (fd, &cancel, &n))
      return false;
  while (cancel == 0 && n > 0);
  if (!reply_error (fd, &c, "EINTR", "upload cancelled") || !read_call (fd, &c)
      || !reply_ok (fd, &c))
    return false;
  wait_eof (fd);
  return cancel == 1;
}

/* One progress message during a ping, then the reply. */
static bool
sc_progress_then_ok (int fd)
{
  struct call c;

  if (!read_call (fd, &c) || !send_progress (fd, &c, 1, 2)
      || !reply_ok (fd, &c))
    return false;
  wait_eof (fd);
  return true;
}

/* The first call to arrive must be a ping. */
static bool
sc_expect_ping (int fd)
{
  struct call c;

  if (!read_call (fd, &c) || !reply_ok (fd, &c))
    return false;
  wait_eof (fd);
  return c.proc == GUESTFS_PROC_PING_DAEMON;
}

/* ---- The library's side ---- */

enum cb_action
{
  CB_NONE,
  CB_CANCEL,
  CB_CALL,
  CB_SHUTDOWN
};

struct events
{
  int progress, quit;
  uint64_t last[4];
  enum cb_action action;
  int call_result;
  char *call_error;
};

static void
event_cb (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
          const char *buf, size_t buf_len, const uint64_t *array,
          size_t array_len)
{
  struct events *ev = opaque;

  if (event == GUESTFS_EVENT_SUBPROCESS_QUIT)
    {
      ev->quit++;
      return;
    }
  ev->progress++;
  if (array_len == 4)
    memcpy (ev->last, array, sizeof ev->last);
  switch (ev->action)
    {
    case CB_NONE:
      break;
    case CB_CANCEL:
      guestfs_user_cancel (g);
      break;
    case CB_CALL:
      ev->call_result = guestfs_ping_daemon (g);
      free (ev->call_error);
      ev->call_error
          = guestfs_last_error (g) ? strdup (guestfs_last_error (g)) : NULL;
      break;
    case CB_SHUTDOWN:
      ev->call_result = guestfs_shutdown (g);
      free (ev->call_error);
      ev->call_error
          = guestfs_last_error (g) ? strdup (guestfs_last_error (g)) : NULL;
      break;
    }
  ev->action = CB_NONE;
}

static void
reset_events (struct events *ev)
{
  free (ev->call_error);
  memset (ev, 0, sizeof *ev);
}

/* A LIBRARY message callback that tries to kill the appliance while it
 * starts.
 */
struct kill_attempt
{
  bool tried;
  int result;
  char *error;
};

static void
kill_while_launching_cb (guestfs_h *g, void *opaque, uint64_t event, int eh,
                         int flags, const char *buf, size_t buf_len,
                         const uint64_t *array, size_t array_len)
{
  struct kill_attempt *k = opaque;

  if (!k->tried && guestfs_is_launching (g) == 1 && buf_len > 0)
    {
      k->tried = true;
      k->result = guestfs_shutdown (g);
      k->error
          = guestfs_last_error (g) ? strdup (guestfs_last_error (g)) : NULL;
    }
}

static pid_t
launched (guestfs_h *g, scenario_fn fn, const char *what)
{
  pid_t pid = start_fake (fn, true);

  ok (guestfs_launch (g) == 0 && guestfs_is_ready (g) == 1, "%s: launch",
      what);
  return pid;
}

/* The call failed with a protocol error: the handle is back in CONFIG. */
static void
check_dropped (guestfs_h *g, int r, const char *needle, const char *what)
{
  ok (r == -1 && error_contains (g, needle), "%s: error \"%s\"", what, needle);
  ok (guestfs_is_config (g) == 1, "%s: the handle is back in CONFIG", what);
}

static char *
write_file (const char *name, size_t size)
{
  char *path, *buf = calloc (1, size);
  FILE *fp;

  if (asprintf (&path, "%s/%s", tmpdir, name) == -1 || buf == NULL
      || (fp = fopen (path, "w")) == NULL || fwrite (buf, 1, size, fp) != size
      || fclose (fp) != 0)
    bail_out ("cannot write a file in %s", tmpdir);
  free (buf);
  return path;
}

int
main (void)
{
  struct sockaddr_un addr = { .sun_family = AF_UNIX };
  struct events ev = { 0 };
  guestfs_h *g;
  pid_t pid;
  int r;

  alarm (300);
  signal (SIGPIPE, SIG_IGN);
  tmpdir = make_tmpdir ();
  snprintf (addr.sun_path, sizeof addr.sun_path, "%s/sock", tmpdir);
  listen_fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (listen_fd == -1
      || bind (listen_fd, (struct sockaddr *)&addr, sizeof addr) == -1
      || listen (listen_fd, 4) == -1)
    bail_out ("listening on %s: %s", addr.sun_path, strerror (errno));
  if (asprintf (&backend, "unix:%s", addr.sun_path) == -1)
    bail_out ("asprintf");
  big = write_file ("big", 8 << 20);
  if (asprintf (&out, "%s/out", tmpdir) == -1)
    bail_out ("asprintf");

  g = quiet_handle ();
  guestfs_set_autosync (g, 0);
  guestfs_set_backend (g, backend);
  guestfs_set_event_callback (
      g, event_cb, GUESTFS_EVENT_PROGRESS | GUESTFS_EVENT_SUBPROCESS_QUIT, 0,
      &ev);

  /* -- Calls in the wrong state. -- */
  ok (guestfs_ping_daemon (g) == -1 && error_contains (g, "CONFIG")
          && error_contains (g, "guestfs_launch"),
      "daemon call in CONFIG names the state and says to launch");
  ok (guestfs_get_pid (g) == -1, "get_pid in CONFIG fails");
  ok (guestfs_shutdown (g) == 0, "shutdown in CONFIG does nothing");

  /* -- Launch failures. -- */
  {
    char *settings[] = { "launch_timeout=1", NULL };
    guestfs_set_backend_settings (g, settings);
  }
  pid = start_fake (sc_silent, false);
  ok (guestfs_launch (g) == -1 && error_contains (g, "did not start within"),
      "no launch flag: times out");
  ok (guestfs_is_config (g) == 1, "no launch flag: back in CONFIG");
  end_fake (pid, "no launch flag");

  pid = start_fake (sc_bad_flag, false);
  ok (guestfs_launch (g) == -1
          && error_contains (g, "0xdeadbeef instead of the launch flag"),
      "wrong launch flag: error names it");
  ok (guestfs_is_config (g) == 1, "wrong launch flag: back in CONFIG");
  end_fake (pid, "wrong launch flag");

  pid = start_fake (sc_close_at_once, false);
  ok (guestfs_launch (g) == -1 && error_contains (g, "closed the connection"),
      "EOF before the launch flag");
  end_fake (pid, "EOF before the launch flag");

  pid = start_fake (sc_half_flag, false);
  ok (guestfs_launch (g) == -1 && error_contains (g, "closed the connection"),
      "EOF in the middle of the launch flag");
  end_fake (pid, "EOF in the launch flag");

  {
    char *settings[] = { "launch_timeout=30", NULL };
    guestfs_set_backend_settings (g, settings);
  }

  /* -- Good calls. -- */
  pid = launched (g, sc_two_pings, "two pings");
  ok (guestfs_get_pid (g) == -1
          && error_contains (g, "the unix backend has no hypervisor process"),
      "get_pid: the unix backend has none");
  ok (guestfs_launch (g) == -1 && error_contains (g, "READY"),
      "launch while READY is refused");
  ok (guestfs_ping_daemon (g) == 0 && guestfs_ping_daemon (g) == 0,
      "two pings");
  ok (guestfs_shutdown (g) == 0 && guestfs_is_config (g) == 1,
      "shutdown returns to CONFIG");
  ok (ev.quit == 1, "shutdown fired SUBPROCESS_QUIT");
  end_fake (pid, "two pings");

  guestfs_set_autosync (g, 1);
  pid = launched (g, sc_autosync, "autosync");
  ok (guestfs_shutdown (g) == 0, "shutdown with autosync");
  end_fake (pid, "autosync: umount_all and sync");
  guestfs_set_autosync (g, 0);

  /* -- Broken replies: each drops the connection. -- */
  reset_events (&ev);
  pid = launched (g, sc_huge_length, "oversize length");
  r = guestfs_ping_daemon (g);
  check_dropped (g, r,
                 "message length (2147483647) > maximum possible size "
                 "(4194304)",
                 "oversize length");
  ok (ev.quit == 1, "oversize length: SUBPROCESS_QUIT fired");
  end_fake (pid, "oversize length");

  pid = launched (g, sc_wrong_serial, "wrong serial");
  check_dropped (g, guestfs_ping_daemon (g), "serial", "wrong serial");
  end_fake (pid, "wrong serial");

  pid = launched (g, sc_wrong_proc, "wrong procedure");
  check_dropped (g, guestfs_ping_daemon (g), "procedure", "wrong procedure");
  end_fake (pid, "wrong procedure");

  pid = launched (g, sc_wrong_direction, "wrong direction");
  check_dropped (g, guestfs_ping_daemon (g), "direction", "wrong direction");
  end_fake (pid, "wrong direction");

  pid = launched (g, sc_wrong_program, "wrong program");
  check_dropped (g, guestfs_ping_daemon (g), "program", "wrong program");
  end_fake (pid, "wrong program");

  pid = launched (g, sc_truncated, "truncated reply");
  check_dropped (g, guestfs_ping_daemon (g),
                 "appliance closed the connection unexpectedly",
                 "truncated reply");
  end_fake (pid, "truncated reply");

  pid = launched (g, sc_eof_after_call, "EOF instead of a reply");
  check_dropped (g, guestfs_ping_daemon (g),
                 "appliance closed the connection unexpectedly",
                 "EOF instead of a reply");
  end_fake (pid, "EOF instead of a reply");

  pid = launched (g, sc_eof_in_length, "EOF in a length word");
  check_dropped (g, guestfs_ping_daemon (g),
                 "appliance closed the connection unexpectedly",
                 "EOF in a length word");
  end_fake (pid, "EOF in a length word");

  pid = launched (g, sc_undecodable, "undecodable reply");
  {
    char *s = guestfs_cat (g, "/x");
    check_dropped (g, s ? 0 : -1, "could not decode the reply",
                   "undecodable reply");
    free (s);
  }
  end_fake (pid, "undecodable reply");

  /* -- Progress. -- */
  reset_events (&ev);
  pid = launched (g, sc_progress_flood, "progress flood");
  ok (guestfs_ping_daemon (g) == 0, "progress flood: the call succeeds");
  ok (ev.progress == FLOOD, "progress flood: %d events (expected %d)",
      ev.progress, FLOOD);
  ok (ev.last[0] == GUESTFS_PROC_PING_DAEMON && ev.last[2] == FLOOD
          && ev.last[3] == FLOOD,
      "progress flood: the last event is {proc, serial, %d, %d}", FLOOD,
      FLOOD);
  guestfs_shutdown (g);
  end_fake (pid, "progress flood");

  /* -- Daemon errors leave the handle READY. -- */
  pid = launched (g, sc_errors, "daemon errors");
  {
    char *s = guestfs_cat (g, "/nope");
    ok (s == NULL && guestfs_last_errno (g) == ENOENT
            && error_contains (g, "cat: /nope: No such file or directory"),
        "daemon error: message and errno ENOENT");
    s = guestfs_cat (g, "/odd");
    ok (s == NULL && guestfs_last_errno (g) == 0
            && error_contains (g, "cat: something odd"),
        "daemon error with an unknown errno name: errno 0");
  }
  ok (guestfs_is_ready (g) == 1 && guestfs_ping_daemon (g) == 0,
      "daemon errors: the handle is still READY and works");
  guestfs_shutdown (g);
  end_fake (pid, "daemon errors");

  /* -- Downloads. -- */
  reset_events (&ev);
  pid = launched (g, sc_download, "download");
  {
    char buf[16] = "";
    FILE *fp;
    size_t n = 0;

    ok (guestfs_download (g, "/f", out) == 0, "download succeeds");
    if ((fp = fopen (out, "r")) != NULL)
      {
        n = fread (buf, 1, sizeof buf - 1, fp);
        fclose (fp);
      }
    ok (n == 5 && memcmp (buf, "hello", 5) == 0,
        "download: the local file holds the stream");
    ok (ev.progress == 2, "download: progress among chunks (%d events)",
        ev.progress);
  }
  guestfs_shutdown (g);
  end_fake (pid, "download");

  pid = launched (g, sc_download_no_stream, "download rejected");
  ok (guestfs_download (g, "/f", out) == -1 && guestfs_last_errno (g) == EINVAL
          && error_contains (g, "download: bad path"),
      "download rejected before its stream: the daemon's error");
  ok (guestfs_ping_daemon (g) == 0, "download rejected: still in step");
  guestfs_shutdown (g);
  end_fake (pid, "download rejected");

  pid = launched (g, sc_download_bad_chunk, "malformed chunk");
  check_dropped (g, guestfs_download (g, "/f", out), "malformed file chunk",
                 "malformed chunk");
  end_fake (pid, "malformed chunk");

  reset_events (&ev);
  ev.action = CB_CANCEL;
  pid = launched (g, sc_download_cancel, "download cancel");
  ok (guestfs_download (g, "/f", out) == -1 && guestfs_last_errno (g) == EINTR
          && error_contains (g, "operation cancelled by user"),
      "download cancelled by the user: EINTR");
  ok (guestfs_ping_daemon (g) == 0, "download cancel: still in step");
  guestfs_shutdown (g);
  end_fake (pid, "download cancel: the cancel word arrived");

  /* -- Uploads. -- */
  pid = launched (g, sc_upload_daemon_cancel, "upload, daemon cancels");
  ok (guestfs_upload (g, big, "/f") == -1 && guestfs_last_errno (g) == ENOSPC
          && error_contains (g, "upload: write: No space left on device"),
      "upload the daemon cancels: its error");
  ok (guestfs_ping_daemon (g) == 0, "upload, daemon cancels: still in step");
  guestfs_shutdown (g);
  end_fake (pid, "upload, daemon cancels: the cancel chunk arrived");

  reset_events (&ev);
  ev.action = CB_CANCEL;
  pid = launched (g, sc_upload_user_cancel, "upload, user cancels");
  ok (guestfs_upload (g, big, "/f") == -1 && guestfs_last_errno (g) == EINTR
          && error_contains (g, "operation cancelled by user"),
      "upload cancelled by the user: EINTR");
  ok (guestfs_ping_daemon (g) == 0, "upload, user cancels: still in step");
  guestfs_shutdown (g);
  end_fake (pid, "upload, user cancels: the cancel chunk arrived");

  /* -- Callbacks during a call. -- */
  reset_events (&ev);
  ev.action = CB_CALL;
  pid = launched (g, sc_progress_then_ok, "call from a callback");
  ok (guestfs_ping_daemon (g) == 0, "call from a callback: outer call works");
  ok (ev.call_result == -1 && ev.call_error
          && strcmp (ev.call_error,
                     "ping_daemon: cannot be called from a callback")
                 == 0,
      "a daemon call from a callback is refused: %s",
      ev.call_error ? ev.call_error : "(no error)");
  guestfs_shutdown (g);
  end_fake (pid, "call from a callback");

  /* A shutdown from a callback fails at once: the call goes on. */
  reset_events (&ev);
  ev.action = CB_SHUTDOWN;
  pid = launched (g, sc_progress_then_ok, "shutdown from a callback");
  ok (guestfs_ping_daemon (g) == 0,
      "shutdown from a callback: the call completes");
  ok (ev.call_result == -1 && ev.call_error
          && strcmp (ev.call_error,
                     "shutdown: cannot be called from a callback")
                 == 0,
      "shutdown from a progress callback is refused: %s",
      ev.call_error ? ev.call_error : "(no error)");
  ok (guestfs_is_ready (g) == 1 && ev.quit == 0,
      "shutdown from a callback: the handle is still READY");
  ok (guestfs_shutdown (g) == 0 && ev.quit == 1,
      "shutdown from a callback: shutdown works after it");
  end_fake (pid, "shutdown from a callback");

  /* -- A shutdown from a callback while launching. -- */
  {
    struct kill_attempt k = { 0 };
    int eh;

    eh = guestfs_set_event_callback (g, kill_while_launching_cb,
                                     GUESTFS_EVENT_LIBRARY, 0, &k);
    guestfs_set_verbose (g, 1);
    pid = start_fake (sc_silent, true);
    r = guestfs_launch (g);
    guestfs_set_verbose (g, 0);
    guestfs_delete_event_callback (g, eh);
    ok (k.tried && k.result == -1 && k.error
            && strcmp (k.error, "shutdown: cannot be called from a callback")
                   == 0,
        "shutdown from a callback during launch is refused: %s",
        k.error ? k.error : "(no error)");
    ok (r == 0 && guestfs_is_ready (g) == 1,
        "refused shutdown during launch: the launch completes");
    ok (guestfs_shutdown (g) == 0 && guestfs_is_config (g) == 1,
        "refused shutdown during launch: shutdown works after it");
    free (k.error);
    end_fake (pid, "refused shutdown during launch");
  }

  /* -- Calls that fail before anything is sent. -- */
  pid = launched (g, sc_expect_ping, "local failures");
  {
    size_t size = 5 << 20;
    char *buf = calloc (1, size);
    char *missing;

    ok (buf && guestfs_write (g, "/big", buf, size) == -1
            && error_contains (g, "message too large"),
        "write of 5 MiB: message too large");
    ok (guestfs_is_ready (g) == 1, "message too large: still READY");
    free (buf);
    if (asprintf (&missing, "%s/missing", tmpdir) == -1)
      bail_out ("asprintf");
    ok (guestfs_upload (g, missing, "/f") == -1
            && guestfs_last_errno (g) == ENOENT && error_contains (g, missing),
        "upload of a missing host file: ENOENT, names the file");
    free (missing);
    ok (guestfs_download (g, "/f", "/nonexistent-dir/x") == -1
            && guestfs_last_errno (g) == ENOENT,
        "download into a missing directory: ENOENT");
    ok (guestfs_ping_daemon (g) == 0,
        "nothing was sent: the first call the daemon sees is the ping");
  }
  guestfs_close (g);
  end_fake (pid, "local failures");

  reset_events (&ev);
  close (listen_fd);
  remove_tree (tmpdir);
  free (tmpdir);
  free (backend);
  free (big);
  free (out);
  return tap_done ();
}
