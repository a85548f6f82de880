/* The RPC client: one call at a time to guestfsd over g->daemon_fd, in
 * the format docs/protocol.md describes.
 *
 * The socket is only ever read and written with MSG_DONTWAIT, waiting in
 * poll() on it and the console together: console output keeps flowing
 * while we wait, a dead peer shows up as EOF instead of a hang,
 * transfers notice guestfs_user_cancel, and a daemon that stops
 * answering (call_timeout, or a cancel it ignores) ends the call.
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "guestfs.h"
#include "guestfs-internal.h"
#include "guestfs-framing.h"
#include "guestfs_protocol.h"

/* How much console output is kept for error messages, and how many of
 * its last lines an error quotes.
 */
#define CONSOLE_TAIL_MAX 4096
#define CONSOLE_EXCERPT_LINES 20
/* A waiting transfer wakes this often to look at g->user_cancel, which
 * guestfs_user_cancel sets without any other signal to us.
 */
#define CANCEL_CHECK_MS 100
/* After guestfs_user_cancel, how long the daemon may stay silent before
 * the library gives up on the appliance (a stopped qemu never answers).
 */
#define CANCEL_WAIT_MS 10000

/* The state of one call. */
struct rpc
{
  guestfs_h *g;
  const struct guestfs_int_call *call;
  int fd; /* g->daemon_fd when the call started */
  uint32_t serial;
  bool transfer;    /* FileIn or FileOut: cancellable */
  bool gone;        /* connection dropped, error set, handle in CONFIG */
  bool console_eof; /* stop polling the console */
  bool user_cancelled;
  bool daemon_cancelled; /* it sent a cancel word or a cancel chunk */
  int local_errno;       /* reading or writing the host file failed */
  const char *local_op;
  unsigned cancel_flag_sent; /* FileOut: bytes of the cancel word sent */
  int64_t last_io_ms;        /* when data last moved on the socket */
  int64_t cancel_ms;         /* when we saw user_cancel, 0: not yet */
  char *msg;                 /* the last message received */
  size_t msg_cap;
};

int
guestfs_impl_user_cancel (guestfs_h *g)
{
  /* Only a store: this may run in a signal handler or another thread
   * while the handle's lock is held by the call being cancelled.
   */
  g->user_cancel = 1;
  return 0;
}

/* ---- Console ---- */

static void
console_tail_append (guestfs_h *g, const char *buf, size_t n)
{
  if (g->console_tail == NULL)
    {
      g->console_tail = safe_malloc (g, CONSOLE_TAIL_MAX);
      g->console_tail_len = 0;
    }
  if (n >= CONSOLE_TAIL_MAX)
    {
      memcpy (g->console_tail, buf + n - CONSOLE_TAIL_MAX, CONSOLE_TAIL_MAX);
      g->console_tail_len = CONSOLE_TAIL_MAX;
      return;
    }
  if (g->console_tail_len + n > CONSOLE_TAIL_MAX)
    {
      size_t drop = g->console_tail_len + n - CONSOLE_TAIL_MAX;
      memmove (g->console_tail, g->console_tail + drop,
               g->console_tail_len - drop);
      g->console_tail_len -= drop;
    }
  memcpy (g->console_tail + g->console_tail_len, buf, n);
  g->console_tail_len += n;
}

int
guestfs_int_read_console (guestfs_h *g)
{
  char buf[16384];
  ssize_t n;

  if (g->console_fd < 0)
    return 0;
  n = read (g->console_fd, buf, sizeof buf);
  if (n == -1)
    return errno == EINTR || errno == EAGAIN ? 0 : -1;
  if (n == 0)
    return -1;
  console_tail_append (g, buf, n);
  if (g->verbose)
    guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_APPLIANCE, buf, n);
  return 0;
}

/* The last lines of console output, formatted to end an error message
 * ("" if there was none).  The caller frees it.
 */
static char *
console_excerpt (guestfs_h *g)
{
  const char *t = g->console_tail;
  size_t len = g->console_tail_len, start;
  int lines = 0;

  if (t == NULL || len == 0)
    return safe_strdup (g, "");
  while (len > 0 && t[len - 1] == '\n')
    len--;
  start = len;
  while (start > 0)
    {
      if (t[start - 1] == '\n' && ++lines == CONSOLE_EXCERPT_LINES)
        break;
      start--;
    }
  return safe_asprintf (g, "\nlast output from the appliance:\n%.*s",
                        (int)(len - start), t + start);
}

void
guestfs_int_close_connection (guestfs_h *g)
{
  if (g->daemon_fd >= 0)
    close (g->daemon_fd);
  if (g->console_fd >= 0)
    close (g->console_fd);
  g->daemon_fd = g->console_fd = -1;
}

/* ---- Launch flag ---- */

static void
launch_error (guestfs_h *g, const char *what)
{
  char *excerpt = console_excerpt (g);

  error (g, "launch: %s%s", what, excerpt);
  free (excerpt);
}

int
guestfs_int_wait_launch_flag (guestfs_h *g, int timeout_ms)
{
  const int fd = g->daemon_fd;
  int64_t deadline = timeout_ms < 0 ? 0 : guestfs_int_now_ms () + timeout_ms;
  unsigned char word[4];
  size_t got = 0;
  bool console_eof = false;
  uint32_t flag;

  while (got < sizeof word)
    {
      struct pollfd p[2] = { { .fd = fd, .events = POLLIN } };
      int nfds = 1, wait = -1, r;

      if (g->console_fd >= 0 && !console_eof)
        p[nfds++] = (struct pollfd){ .fd = g->console_fd, .events = POLLIN };
      if (timeout_ms >= 0)
        {
          int64_t left = deadline - guestfs_int_now_ms ();
          if (left <= 0)
            {
              char *what
                  = safe_asprintf (g,
                                   "the daemon did not start within %d s "
                                   "(backend setting launch_timeout)",
                                   (timeout_ms + 999) / 1000);
              launch_error (g, what);
              free (what);
              return -1;
            }
          wait = left > INT32_MAX ? INT32_MAX : (int)left;
        }
      r = poll (p, nfds, wait);
      if (r == -1)
        {
          if (errno == EINTR)
            continue;
          perrorf (g, "launch: poll");
          return -1;
        }
      if (nfds > 1 && p[1].revents)
        {
          if (guestfs_int_read_console (g) == -1)
            console_eof = true;
        }
      if (p[0].revents)
        {
          ssize_t n = recv (fd, word + got, sizeof word - got, MSG_DONTWAIT);
          if (n == -1 && (errno == EINTR || errno == EAGAIN))
            continue;
          if (n <= 0)
            {
              launch_error (g, "the appliance closed the connection "
                               "before the daemon started");
              return -1;
            }
          got += n;
        }
    }
  flag = get_word ((const char *)word);
  if (flag != GUESTFS_LAUNCH_FLAG)
    {
      char *what = safe_asprintf (g,
                                  "the daemon sent 0x%08" PRIx32
                                  " instead of the launch flag 0x%08x",
                                  flag, GUESTFS_LAUNCH_FLAG);
      launch_error (g, what);
      free (what);
      return -1;
    }
  return 0;
}

/* ---- Failures that end the connection ---- */

static void
drop_connection (struct rpc *r)
{
  r->gone = true;
  guestfs_int_appliance_gone (r->g);
}

static void protocol_error (struct rpc *r, const char *fs, ...)
    __attribute__ ((format (printf, 2, 3)));

static void
protocol_error (struct rpc *r, const char *fs, ...)
{
  va_list args;
  char *msg;

  va_start (args, fs);
  if (vasprintf (&msg, fs, args) == -1)
    msg = NULL;
  va_end (args);
  error (r->g, "%s: protocol error: %s", r->call->name,
         msg ? msg : "(out of memory)");
  free (msg);
  drop_connection (r);
}

static void
peer_closed (struct rpc *r)
{
  guestfs_h *g = r->g;
  char *excerpt = console_excerpt (g);

  /* Stopping the backend may find out why (qemu killed by a signal):
   * that says more than the console's last lines.
   */
  g->gone_why[0] = '\0';
  drop_connection (r);
  if (g->gone_why[0])
    error (g, "%s: appliance closed the connection unexpectedly (%s)",
           r->call->name, g->gone_why);
  else
    error (g, "%s: appliance closed the connection unexpectedly%s",
           r->call->name, excerpt);
  free (excerpt);
}

/* ---- Waiting ---- */

/* When the daemon's silence ends the call (-1: never): call_timeout
 * after the last data moved, or CANCEL_WAIT_MS after a user_cancel.
 */
static int64_t
silence_limit (struct rpc *r, int64_t now)
{
  guestfs_h *g = r->g;
  int64_t limit = -1;

  if (r->transfer && g->user_cancel && r->cancel_ms == 0)
    r->cancel_ms = now;
  if (r->cancel_ms)
    limit = (r->last_io_ms > r->cancel_ms ? r->last_io_ms : r->cancel_ms)
            + CANCEL_WAIT_MS;
  if (g->call_timeout_s > 0)
    {
      int64_t t = r->last_io_ms + (int64_t)g->call_timeout_s * 1000;
      if (limit < 0 || t < limit)
        limit = t;
    }
  return limit;
}

/* The daemon stopped answering (qemu stopped, say): the connection is
 * out of step for good, so the appliance goes.
 */
static void
unresponsive (struct rpc *r)
{
  guestfs_h *g = r->g;

  if (r->cancel_ms)
    guestfs_int_error_errno (g, EINTR,
                             "%s: operation cancelled by user, and the "
                             "appliance did not answer within %d s: it "
                             "was shut down",
                             r->call->name, CANCEL_WAIT_MS / 1000);
  else
    guestfs_int_error_errno (g, ETIMEDOUT,
                             "%s: no answer from the appliance for %d s "
                             "(backend setting call_timeout): it was "
                             "shut down",
                             r->call->name, g->call_timeout_s);
  drop_connection (r);
}

/* FileOut: ask the daemon to stop once the user cancelled or writing
 * the host file failed.
 */
static void
maybe_send_cancel_flag (struct rpc *r)
{
  char word[4];
  ssize_t n;

  if (!r->call->file_out || r->cancel_flag_sent == 4)
    return;
  if (r->g->user_cancel)
    r->user_cancelled = true;
  else if (r->local_errno == 0)
    return;
  put_word (word, GUESTFS_CANCEL_FLAG);
  n = send (r->fd, word + r->cancel_flag_sent, 4 - r->cancel_flag_sent,
            MSG_DONTWAIT | MSG_NOSIGNAL);
  /* A full socket: try again on the next wake.  A broken one: the
   * receiving side reports it.
   */
  if (n > 0)
    r->cancel_flag_sent += n;
}

/* Wait until the daemon socket has one of events, or file_fd (if >= 0)
 * is readable, forwarding console output meanwhile.  Either revents may
 * be 0 on return (a signal, or the cancel check's timeout).
 */
static int
wait_io (struct rpc *r, short events, int file_fd, short *drevents,
         short *frevents)
{
  guestfs_h *g = r->g;
  struct pollfd p[3] = { { .fd = r->fd, .events = events } };
  int nfds = 1, con = -1, file = -1, wait = r->transfer ? CANCEL_CHECK_MS : -1;
  int64_t now = guestfs_int_now_ms ();

  if (g->console_fd >= 0 && !r->console_eof)
    {
      con = nfds;
      p[nfds++] = (struct pollfd){ .fd = g->console_fd, .events = POLLIN };
    }
  if (file_fd >= 0)
    {
      file = nfds;
      p[nfds++] = (struct pollfd){ .fd = file_fd, .events = POLLIN };
    }
  *drevents = 0;
  if (frevents)
    *frevents = 0;
  /* While the host file has nothing for us the daemon owes us nothing
   * either (it waits for our chunks).
   */
  if (file_fd < 0)
    {
      int64_t limit = silence_limit (r, now);

      if (limit >= 0 && now >= limit)
        {
          unresponsive (r);
          return -1;
        }
      if (limit >= 0 && (wait < 0 || limit - now < wait))
        wait = (int)(limit - now);
    }
  if (poll (p, nfds, wait) == -1)
    {
      if (errno == EINTR)
        return 0;
      perrorf (g, "%s: poll", r->call->name);
      drop_connection (r);
      return -1;
    }
  if (con >= 0 && p[con].revents)
    {
      /* qemu closing its console means it is going: the daemon socket
       * reports that too, so just stop polling the console.
       */
      if (guestfs_int_read_console (g) == -1)
        r->console_eof = true;
    }
  maybe_send_cancel_flag (r);
  *drevents = p[0].revents;
  if (file >= 0)
    {
      *frevents = p[file].revents;
      r->last_io_ms = guestfs_int_now_ms ();
    }
  return 0;
}

/* ---- Sending ---- */

static int
send_all (struct rpc *r, struct iovec *iov, int iovcnt)
{
  while (iovcnt > 0)
    {
      struct msghdr mh = { .msg_iov = iov, .msg_iovlen = iovcnt };
      ssize_t n = sendmsg (r->fd, &mh, MSG_DONTWAIT | MSG_NOSIGNAL);
      short rev;

      if (n == -1)
        {
          if (errno == EINTR)
            continue;
          if (errno == EAGAIN)
            {
              if (wait_io (r, POLLOUT, -1, &rev, NULL) == -1)
                return -1;
              continue;
            }
          peer_closed (r);
          return -1;
        }
      r->last_io_ms = guestfs_int_now_ms ();
      guestfs_int_iov_advance (&iov, &iovcnt, n);
    }
  return 0;
}

/* Encode the call as one message: length word, header, arguments. */
static char *
encode_call (guestfs_h *g, const struct guestfs_int_call *call,
             uint32_t serial, size_t *len_r)
{
  struct guestfs_message_header hdr = {
    .prog = GUESTFS_PROGRAM,
    .vers = GUESTFS_PROTOCOL_VERSION,
    .proc = call->proc_nr,
    .direction = GUESTFS_DIRECTION_CALL,
    .serial = serial,
    .progress_hint = 0,
    .optargs_bitmask = call->optargs_bitmask,
    .status = GUESTFS_STATUS_OK,
  };
  size_t args_len = 0, len;
  char *buf;
  XDR xdr;

  if (call->xdr_args)
    {
      /* 0 means the encoder refused: only the protocol's size limits on
       * buffers make valid arguments unencodable.
       */
      args_len = xdr_sizeof (call->xdr_args, call->args);
      if (args_len == 0)
        args_len = (size_t)GUESTFS_MESSAGE_MAX + 1;
    }
  len = HEADER_SIZE + args_len;
  if (len > GUESTFS_MESSAGE_MAX)
    {
      error (g,
             "%s: message too large: the encoded call would exceed the "
             "protocol's limit of %d bytes",
             call->name, GUESTFS_MESSAGE_MAX);
      return NULL;
    }
  buf = safe_malloc (g, 4 + len);
  put_word (buf, len);
  xdrmem_create (&xdr, buf + 4, len, XDR_ENCODE);
  if (!xdr_guestfs_message_header (&xdr, &hdr)
      || (call->xdr_args && !call->xdr_args (&xdr, call->args)))
    {
      error (g, "%s: could not encode the call", call->name);
      xdr_destroy (&xdr);
      free (buf);
      return NULL;
    }
  xdr_destroy (&xdr);
  *len_r = 4 + len;
  return buf;
}

/* ---- Receiving ---- */

static int
recv_exact (struct rpc *r, void *buf, size_t len)
{
  char *p = buf;

  while (len > 0)
    {
      ssize_t n = recv (r->fd, p, len, MSG_DONTWAIT);
      short rev;

      if (n > 0)
        {
          p += n;
          len -= n;
          r->last_io_ms = guestfs_int_now_ms ();
          continue;
        }
      if (n == -1 && errno == EINTR)
        continue;
      if (n == -1 && errno == EAGAIN)
        {
          if (wait_io (r, POLLIN, -1, &rev, NULL) == -1)
            return -1;
          continue;
        }
      peer_closed (r);
      return -1;
    }
  return 0;
}

static int
handle_progress (struct rpc *r)
{
  char buf[GUESTFS_PROGRESS_SIZE];
  struct guestfs_progress pr;
  uint64_t array[4];
  XDR xdr;
  bool ok;

  if (recv_exact (r, buf, sizeof buf) == -1)
    return -1;
  xdrmem_create (&xdr, buf, sizeof buf, XDR_DECODE);
  ok = xdr_guestfs_progress (&xdr, &pr);
  xdr_destroy (&xdr);
  if (!ok)
    {
      protocol_error (r, "could not decode a progress message");
      return -1;
    }
  array[0] = (uint32_t)pr.proc;
  array[1] = pr.serial;
  array[2] = pr.position;
  array[3] = pr.total;
  guestfs_int_call_callbacks_array (r->g, GUESTFS_EVENT_PROGRESS, array, 4);
  return 0;
}

/* Read the next message into r->msg, handling progress messages and
 * checking the length before allocating.
 */
static int
read_message (struct rpc *r, uint32_t *len_r)
{
  for (;;)
    {
      char word[4];
      uint32_t len;

      if (recv_exact (r, word, 4) == -1)
        return -1;
      len = get_word (word);
      if (len == GUESTFS_PROGRESS_FLAG)
        {
          if (handle_progress (r) == -1)
            return -1;
          continue;
        }
      /* A FileIn cancel that crossed our end of the stream. */
      if (len == GUESTFS_CANCEL_FLAG && r->call->file_in)
        continue;
      if (len > GUESTFS_MESSAGE_MAX)
        {
          protocol_error (
              r, "message length (%" PRIu32 ") > maximum possible size (%d)",
              len, GUESTFS_MESSAGE_MAX);
          return -1;
        }
      if (len > r->msg_cap)
        {
          free (r->msg);
          r->msg = safe_malloc (r->g, len);
          r->msg_cap = len;
        }
      if (recv_exact (r, r->msg, len) == -1)
        return -1;
      *len_r = len;
      return 0;
    }
}

/* A reply, as opposed to a chunk whose first word (cancel) is 0 or 1. */
static bool
looks_like_reply (const char *msg, uint32_t len)
{
  return len >= HEADER_SIZE && get_word (msg) == GUESTFS_PROGRAM;
}

/* ---- FileIn ---- */

static int
send_chunk_control (struct rpc *r, int cancel)
{
  char buf[CHUNK_HEAD];
  struct iovec iov = { buf, sizeof buf };

  put_word (buf, 8);
  put_word (buf + 4, cancel);
  put_word (buf + 8, 0);
  return send_all (r, &iov, 1);
}

/* Stream file_fd to the daemon as chunks, then the end (or a cancel)
 * chunk.  Why it stopped early is left in r.
 */
static int
send_file (struct rpc *r, int file_fd)
{
  guestfs_h *g = r->g;
  char *buf = safe_malloc (g, CHUNK_HEAD + GUESTFS_MAX_CHUNK_SIZE + 4);
  int ret = -1;

  for (;;)
    {
      short drev, frev;
      ssize_t n;

      if (g->user_cancel)
        {
          r->user_cancelled = true;
          ret = send_chunk_control (r, 1);
          break;
        }
      if (wait_io (r, POLLIN, file_fd, &drev, &frev) == -1)
        break;
      if (drev)
        {
          char word[4];
          uint32_t w;

          if (recv_exact (r, word, 4) == -1)
            break;
          w = get_word (word);
          if (w == GUESTFS_PROGRESS_FLAG)
            {
              if (handle_progress (r) == -1)
                break;
              continue;
            }
          if (w != GUESTFS_CANCEL_FLAG)
            {
              protocol_error (r,
                              "unexpected message (0x%08" PRIx32
                              ") from the daemon during the upload",
                              w);
              break;
            }
          /* The daemon gave up; its error reply follows. */
          r->daemon_cancelled = true;
          ret = send_chunk_control (r, 1);
          break;
        }
      if (!frev)
        continue;
      n = read (file_fd, buf + CHUNK_HEAD, GUESTFS_MAX_CHUNK_SIZE);
      if (n == -1)
        {
          if (errno == EINTR || errno == EAGAIN)
            continue;
          r->local_errno = errno;
          r->local_op = "read";
          ret = send_chunk_control (r, 1);
          break;
        }
      if (n == 0)
        {
          ret = send_chunk_control (r, 0);
          break;
        }
      {
        size_t pad = chunk_padding (n);
        struct iovec iov = { buf, CHUNK_HEAD + n + pad };

        put_word (buf, 8 + n + pad);
        put_word (buf + 4, 0);
        put_word (buf + 8, n);
        memset (buf + CHUNK_HEAD + n, 0, pad);
        if (send_all (r, &iov, 1) == -1)
          break;
      }
    }
  free (buf);
  return ret;
}

/* ---- FileOut ---- */

/* Receive the daemon's stream into file_fd.  Returns 1 if the daemon
 * replied without starting a stream (the reply is then in r->msg, its
 * length in *len_r), 0 at the end of the stream, -1 if the connection
 * was dropped.
 */
static int
recv_file (struct rpc *r, int file_fd, uint32_t *len_r)
{
  bool first = true;

  for (;;)
    {
      uint32_t len, cancel, n;

      maybe_send_cancel_flag (r);
      if (read_message (r, &len) == -1)
        return -1;
      if (first && looks_like_reply (r->msg, len))
        {
          *len_r = len;
          return 1;
        }
      first = false;
      if (len < 8)
        {
          protocol_error (r, "file chunk too short (%" PRIu32 " bytes)", len);
          return -1;
        }
      cancel = get_word (r->msg);
      n = get_word (r->msg + 4);
      if (cancel > 1 || n > len - 8 || len - 8 - n != chunk_padding (n))
        {
          protocol_error (r,
                          "malformed file chunk (cancel %" PRIu32 ", %" PRIu32
                          " bytes of data in %" PRIu32 ")",
                          cancel, n, len);
          return -1;
        }
      if (cancel)
        r->daemon_cancelled = true;
      if (cancel || n == 0)
        return 0;
      /* After a local write error keep reading to stay in step. */
      if (r->local_errno == 0
          && guestfs_int_write_all (file_fd, r->msg + 8, n) == -1)
        {
          r->local_errno = errno;
          r->local_op = "write";
        }
      /* A slow host file is not the daemon's silence. */
      r->last_io_ms = guestfs_int_now_ms ();
    }
}

/* ---- The reply ---- */

static int
errno_from_name (const char *name)
{
  if (name == NULL || name[0] == '\0')
    return 0;
  for (int e = 1; e < 256; e++)
    {
      const char *s = strerrorname_np (e);
      if (s && strcmp (s, name) == 0)
        return e;
    }
  return 0;
}

/* Decode the reply in r->msg.  Returns 0 (status OK, call->ret filled
 * in), 1 (the daemon's error, already set on the handle) or -1
 * (protocol error, connection dropped).
 */
static int
decode_reply (struct rpc *r, uint32_t len)
{
  guestfs_h *g = r->g;
  const struct guestfs_int_call *call = r->call;
  struct guestfs_message_header hdr;
  struct guestfs_message_error err;
  XDR xdr;
  int ret = -1;

  xdrmem_create (&xdr, r->msg, len, XDR_DECODE);
  if (!xdr_guestfs_message_header (&xdr, &hdr))
    protocol_error (r, "could not decode the reply header");
  else if (hdr.prog != GUESTFS_PROGRAM || hdr.vers != GUESTFS_PROTOCOL_VERSION)
    protocol_error (r,
                    "reply with program 0x%" PRIx32 " version %" PRIu32
                    " (expected 0x%x version %d)",
                    hdr.prog, hdr.vers, GUESTFS_PROGRAM,
                    GUESTFS_PROTOCOL_VERSION);
  else if (hdr.direction != GUESTFS_DIRECTION_REPLY)
    protocol_error (r, "reply with direction %" PRId32, hdr.direction);
  else if (hdr.proc != call->proc_nr || hdr.serial != r->serial)
    protocol_error (r,
                    "reply to procedure %" PRId32 " serial %" PRIu32
                    " (expected procedure %d serial %" PRIu32 ")",
                    hdr.proc, hdr.serial, call->proc_nr, r->serial);
  else if (hdr.status == GUESTFS_STATUS_OK)
    {
      if (call->xdr_ret && !call->xdr_ret (&xdr, call->ret))
        {
          xdr_free (call->xdr_ret, call->ret);
          protocol_error (r, "could not decode the reply");
        }
      /* Callers walk the list two by two up to its NULL. */
      else if (call->ret_pairs
               && ((guestfs_int_str_list *)call->ret)->len % 2 != 0)
        {
          protocol_error (r, "odd number of strings (%u) in a key/value list",
                          ((guestfs_int_str_list *)call->ret)->len);
          xdr_free (call->xdr_ret, call->ret);
        }
      else
        ret = 0;
    }
  else if (hdr.status == GUESTFS_STATUS_ERROR)
    {
      memset (&err, 0, sizeof err);
      if (!xdr_guestfs_message_error (&xdr, &err))
        protocol_error (r, "could not decode the error reply");
      else
        {
          guestfs_int_error_errno (g, errno_from_name (err.errno_string),
                                   "%s: %s", call->name, err.error_message);
          ret = 1;
        }
      xdr_free ((xdrproc_t)xdr_guestfs_message_error, (char *)&err);
    }
  else
    protocol_error (r, "reply with status %" PRId32, hdr.status);
  xdr_destroy (&xdr);
  return ret;
}

/* ---- The call ---- */

/* The host file of a FileIn/FileOut call; "-" is stdin/stdout. */
static int
open_host_file (guestfs_h *g, const char *caller, const char *name,
                bool output)
{
  int fd;

  if (strcmp (name, "-") == 0)
    {
      if (output)
        fflush (stdout);
      return output ? STDOUT_FILENO : STDIN_FILENO;
    }
  if (output)
    fd = open (name, O_WRONLY | O_CREAT | O_TRUNC | O_NOCTTY | O_CLOEXEC,
               0666);
  else
    fd = open (name, O_RDONLY | O_NOCTTY | O_CLOEXEC);
  if (fd == -1)
    perrorf (g, "%s: %s", caller, name);
  return fd;
}

/* Close what open_host_file opened: -1 if closing reported an error. */
static int
close_host_file (int fd, const char *name)
{
  if (fd < 0 || strcmp (name, "-") == 0)
    return 0;
  return close (fd);
}

/* Run the call on the wire.  Returns 0 or -1 with the error set. */
static int
exchange (struct rpc *r, char *msg, size_t msg_len, int in_fd, int out_fd)
{
  guestfs_h *g = r->g;
  const struct guestfs_int_call *call = r->call;
  struct iovec iov = { msg, msg_len };
  uint32_t len = 0;
  int early_reply = 0, ret;

  if (send_all (r, &iov, 1) == -1)
    return -1;
  if (in_fd >= 0 && send_file (r, in_fd) == -1)
    return -1;
  if (out_fd >= 0)
    {
      early_reply = recv_file (r, out_fd, &len);
      if (early_reply == -1)
        return -1;
    }
  if (!early_reply && read_message (r, &len) == -1)
    return -1;
  ret = decode_reply (r, len);
  if (ret == -1)
    return -1;

  /* The call stayed in step; now say why it failed, if it did. */
  if (r->local_errno == 0 && r->user_cancelled)
    {
      if (ret == 0 && call->xdr_ret)
        xdr_free (call->xdr_ret, call->ret);
      guestfs_int_error_errno (g, EINTR, "%s: operation cancelled by user",
                               call->name);
      return -1;
    }
  if (r->local_errno)
    {
      const char *name = call->file_in ? call->file_in : call->file_out;
      if (ret == 0 && call->xdr_ret)
        xdr_free (call->xdr_ret, call->ret);
      guestfs_int_error_errno (g, r->local_errno, "%s: %s: %s: %s", call->name,
                               r->local_op, name, strerror (r->local_errno));
      return -1;
    }
  /* The file was not transferred whole, whatever the reply says. */
  if (ret == 0 && r->daemon_cancelled)
    {
      if (call->xdr_ret)
        xdr_free (call->xdr_ret, call->ret);
      guestfs_int_error_errno (g, EIO,
                               "%s: the daemon cancelled the transfer but "
                               "replied success",
                               call->name);
      return -1;
    }
  return ret == 0 ? 0 : -1;
}

int
guestfs_int_daemon_call (guestfs_h *g, const struct guestfs_int_call *call)
{
  struct rpc r = { .g = g, .call = call, .fd = g->daemon_fd };
  int in_fd = -1, out_fd = -1, ret;
  size_t msg_len;
  char *msg;

  if (g->state != GUESTFS_INT_STATE_READY)
    {
      if (g->state == GUESTFS_INT_STATE_CONFIG)
        error (g,
               "%s: the handle is in the CONFIG state: call "
               "guestfs_launch before using this function",
               call->name);
      else
        error (g, "%s: the handle is in the %s state, not READY", call->name,
               guestfs_int_state_name (g->state));
      return -1;
    }

  r.serial = g->next_serial++;
  msg = encode_call (g, call, r.serial, &msg_len);
  if (msg == NULL)
    return -1;
  if (call->file_in
      && (in_fd = open_host_file (g, call->name, call->file_in, false)) == -1)
    {
      free (msg);
      return -1;
    }
  if (call->file_out
      && (out_fd = open_host_file (g, call->name, call->file_out, true)) == -1)
    {
      close_host_file (in_fd, call->file_in);
      free (msg);
      return -1;
    }

  r.transfer = in_fd >= 0 || out_fd >= 0;
  r.last_io_ms = guestfs_int_now_ms ();
  if (r.transfer)
    g->user_cancel = 0;
  g->state = GUESTFS_INT_STATE_BUSY;
  ret = exchange (&r, msg, msg_len, in_fd, out_fd);
  if (!r.gone)
    g->state = GUESTFS_INT_STATE_READY;

  free (msg);
  free (r.msg);
  close_host_file (in_fd, call->file_in);
  /* Data written to a file on NFS, say, can fail only now. */
  if (close_host_file (out_fd, call->file_out) == -1 && ret == 0)
    {
      perrorf (g, "%s: close: %s", call->name, call->file_out);
      ret = -1;
    }
  return ret;
}
