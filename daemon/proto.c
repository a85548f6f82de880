/* The daemon's side of the protocol (docs/protocol.md): read calls,
 * dispatch them, send exactly one reply each; file streams in both
 * directions; progress messages.
 *
 * Messages are read whole into a buffer allocated once; replies are
 * encoded in place after their length word and written with one
 * write().  File chunks go out with writev() straight from the caller's
 * buffer.
 */

#include <config.h>

#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "daemon.h"
#include "error-names.h"
#include "guestfs-framing.h"

/* Small messages arrive through this buffer (one read() usually holds
 * a whole call); big ones are read straight into their destination.
 */
#define INBUF_SIZE (64 * 1024)
/* Progress: none before this much of a call, then at most one per
 * PROGRESS_PERIOD.
 */
#define PROGRESS_DELAY_NS 1000000000LL
#define PROGRESS_PERIOD_NS 333000000LL

uint64_t optargs_bitmask;

static int conn_fd = -1;
/* Reading or writing the connection failed, or the peer broke the
 * protocol: finish the current call without touching the connection,
 * then end the session.
 */
static bool conn_lost;

static char inbuf[INBUF_SIZE];
static size_t in_start, in_end;

/* The last message read (a call or a chunk), and replies being built. */
static char *msgbuf;
static char *outbuf;

/* The call being handled. */
static struct
{
  int32_t proc;
  uint32_t serial;
  bool replied;
  bool file_in;  /* the library is (still) sending a FileIn stream */
  bool file_out; /* we owe the library the end of a FileOut stream */
  int64_t start_ns;
  int64_t progress_ns; /* when the last progress message went */
  bool progress_sent;
  uint64_t progress_total;
} call;

bool
connection_lost (void)
{
  return conn_lost;
}

static void
lose_connection (const char *why)
{
  if (!conn_lost)
    fprintf (stderr, "guestfsd: %s\n", why);
  conn_lost = true;
}

/* ---- Reading ---- */

/* Fill the input buffer with what one read() gives.  Returns the bytes
 * read, 0 at EOF, -1 on error.
 */
static ssize_t
fill_inbuf (void)
{
  ssize_t n;

  if (in_start == in_end)
    in_start = in_end = 0;
  else if (in_start > 0)
    {
      memmove (inbuf, inbuf + in_start, in_end - in_start);
      in_end -= in_start;
      in_start = 0;
    }
  do
    n = read (conn_fd, inbuf + in_end, sizeof inbuf - in_end);
  while (n == -1 && errno == EINTR);
  if (n > 0)
    in_end += n;
  return n;
}

/* Read exactly len bytes.  Returns 1, 0 at EOF before the first byte
 * (only where at_boundary says EOF is normal), -1 on error.
 */
static int
read_exact (void *dst, size_t len, bool at_boundary)
{
  char *p = dst;
  bool started = false;

  if (conn_lost)
    return -1;
  while (len > 0)
    {
      size_t avail = in_end - in_start;
      if (avail > 0)
        {
          size_t n = avail < len ? avail : len;
          memcpy (p, inbuf + in_start, n);
          in_start += n;
          p += n;
          len -= n;
          started = true;
          continue;
        }
      ssize_t n;
      if (len >= INBUF_SIZE / 2)
        {
          do
            n = read (conn_fd, p, len);
          while (n == -1 && errno == EINTR);
          if (n > 0)
            {
              p += n;
              len -= n;
            }
        }
      else
        n = fill_inbuf ();
      if (n > 0)
        {
          started = true;
          continue;
        }
      if (n == 0 && at_boundary && !started)
        return 0;
      lose_connection (n == 0 ? "connection closed in the middle of a "
                                "message"
                              : "read error on the connection");
      return -1;
    }
  return 1;
}

/* Read the next message (length word, then the message) into msgbuf,
 * skipping cancel flags that crossed the end of a FileOut stream.
 * Returns 1 with *len_r set, 0 at EOF (if at_boundary), -1 on error.
 */
static int
read_message (uint32_t *len_r, bool at_boundary)
{
  char word[4];
  uint32_t len;
  int r;

  for (;;)
    {
      r = read_exact (word, 4, at_boundary);
      if (r <= 0)
        return r;
      len = get_word (word);
      if (len != GUESTFS_CANCEL_FLAG)
        break;
      debug_msg ("ignoring a cancel flag outside a transfer");
    }
  if (len > GUESTFS_MESSAGE_MAX)
    {
      char why[128];
      snprintf (why, sizeof why,
                "message length (%u) > maximum possible size (%d)", len,
                GUESTFS_MESSAGE_MAX);
      lose_connection (why);
      return -1;
    }
  if (read_exact (msgbuf, len, false) != 1)
    return -1;
  *len_r = len;
  return 1;
}

/* ---- Writing ---- */

static int
write_iov (struct iovec *iov, int iovcnt)
{
  if (conn_lost)
    {
      errno = EPIPE;
      return -1;
    }
  while (iovcnt > 0)
    {
      ssize_t n = writev (conn_fd, iov, iovcnt);
      if (n == -1)
        {
          if (errno == EINTR)
            continue;
          int saved_errno = errno;
          lose_connection ("write error on the connection");
          errno = saved_errno;
          return -1;
        }
      guestfs_int_iov_advance (&iov, &iovcnt, n);
    }
  return 0;
}

static int
write_buf (const void *buf, size_t len)
{
  struct iovec iov = { (void *)buf, len };
  return write_iov (&iov, 1);
}

static int
send_word (uint32_t w)
{
  char word[4];

  put_word (word, w);
  return write_buf (word, 4);
}

/* ---- Progress ---- */

static void
send_progress (uint64_t position, uint64_t total)
{
  char buf[4 + GUESTFS_PROGRESS_SIZE];
  struct guestfs_progress pr = {
    .proc = call.proc,
    .serial = call.serial,
    .position = position,
    .total = total,
  };
  XDR xdr;

  put_word (buf, GUESTFS_PROGRESS_FLAG);
  xdrmem_create (&xdr, buf + 4, GUESTFS_PROGRESS_SIZE, XDR_ENCODE);
  if (xdr_guestfs_progress (&xdr, &pr))
    write_buf (buf, sizeof buf);
  xdr_destroy (&xdr);
}

void
notify_progress (uint64_t position, uint64_t total)
{
  int64_t now = monotonic_ns ();

  if (now - call.start_ns < PROGRESS_DELAY_NS)
    return;
  if (call.progress_sent && now - call.progress_ns < PROGRESS_PERIOD_NS)
    return;
  /* Work whose length is unknown (a FIFO or a character device has size
   * 0) or that outgrew its total (a file written while read): pulse
   * mode, so position never exceeds total.
   */
  if (position > total)
    {
      position = 0;
      total = 1;
    }
  call.progress_sent = true;
  call.progress_ns = now;
  call.progress_total = total;
  send_progress (position, total);
}

void
notify_progress_pulse (void)
{
  notify_progress (0, 1);
}

/* ---- File streams ---- */

/* Read one chunk of the FileIn stream.  Returns 1 with *cancel, *data
 * and *len set, or -1 (connection lost).
 */
static int
read_chunk (int *cancel, const char **data, uint32_t *len)
{
  uint32_t mlen, n, pad;

  if (read_message (&mlen, false) != 1)
    return -1;
  if (mlen < 8)
    {
      lose_connection ("file chunk too short");
      return -1;
    }
  *cancel = get_word (msgbuf);
  n = get_word (msgbuf + 4);
  pad = chunk_padding (n);
  if ((*cancel != 0 && *cancel != 1) || n > mlen - 8 || mlen - 8 - n != pad)
    {
      lose_connection ("malformed file chunk");
      return -1;
    }
  *data = msgbuf + 8;
  *len = n;
  return 1;
}

int
receive_file (receive_cb cb, void *opaque)
{
  if (!call.file_in)
    {
      errno = EINVAL;
      return -1;
    }
  for (;;)
    {
      int cancel;
      const char *data;
      uint32_t len;

      if (read_chunk (&cancel, &data, &len) == -1)
        {
          call.file_in = false;
          errno = EPIPE;
          return -1;
        }
      if (cancel)
        {
          call.file_in = false;
          return -2;
        }
      if (len == 0)
        {
          call.file_in = false;
          return 0;
        }
      if (cb (opaque, data, len) == -1)
        {
          int saved_errno = errno;
          cancel_receive ();
          errno = saved_errno;
          return -1;
        }
    }
}

int
cancel_receive (void)
{
  if (!call.file_in)
    return 0;
  call.file_in = false;
  /* Tell the library to stop sending, then skip what is on its way. */
  send_word (GUESTFS_CANCEL_FLAG);
  for (;;)
    {
      int cancel;
      const char *data;
      uint32_t len;

      if (read_chunk (&cancel, &data, &len) == -1)
        return -1;
      if (cancel || len == 0)
        return 0;
    }
}

/* Has the library sent GUESTFS_CANCEL_FLAG during our FileOut stream?
 * Never blocks.
 */
static bool
library_cancelled (void)
{
  if (in_end - in_start < 4)
    {
      struct pollfd p = { .fd = conn_fd, .events = POLLIN };
      if (poll (&p, 1, 0) <= 0 || !(p.revents & (POLLIN | POLLHUP)))
        return false;
      if (fill_inbuf () <= 0)
        {
          lose_connection ("connection closed during a download");
          return false;
        }
      if (in_end - in_start < 4)
        return false;
    }
  if (get_word (inbuf + in_start) != GUESTFS_CANCEL_FLAG)
    {
      lose_connection ("unexpected message from the library during a "
                       "download");
      return false;
    }
  in_start += 4;
  return true;
}

static int
send_chunk (int cancel, const void *data, uint32_t len)
{
  static const char zeroes[4];
  char head[CHUNK_HEAD];
  uint32_t pad = chunk_padding (len);
  struct iovec iov[3] = {
    { head, sizeof head },
    { (void *)data, len },
    { (void *)zeroes, pad },
  };

  put_word (head, 8 + len + pad);
  put_word (head + 4, cancel);
  put_word (head + 8, len);
  return write_iov (iov, 3);
}

int
send_file_write (const void *buf, size_t len)
{
  const char *p = buf;

  while (len > 0)
    {
      size_t n = len < GUESTFS_MAX_CHUNK_SIZE ? len : GUESTFS_MAX_CHUNK_SIZE;

      if (library_cancelled ())
        {
          send_file_end (1);
          errno = EINTR;
          return -1;
        }
      if (conn_lost || send_chunk (0, p, n) == -1)
        {
          call.file_out = false;
          errno = EPIPE;
          return -1;
        }
      p += n;
      len -= n;
    }
  return 0;
}

int
send_file_end (int cancel)
{
  if (!call.file_out)
    return 0;
  call.file_out = false;
  return send_chunk (cancel, NULL, 0);
}

/* ---- Replies ---- */

/* Encode header + body into outbuf and send it.  Returns -1 if the body
 * does not fit (nothing sent).
 */
static int
send_reply_message (int status, xdrproc_t xdrp, char *body)
{
  struct guestfs_message_header hdr = {
    .prog = GUESTFS_PROGRAM,
    .vers = GUESTFS_PROTOCOL_VERSION,
    .proc = call.proc,
    .direction = GUESTFS_DIRECTION_REPLY,
    .serial = call.serial,
    .status = status,
  };
  XDR xdr;
  u_int len;
  bool ok;

  xdrmem_create (&xdr, outbuf + 4, GUESTFS_MESSAGE_MAX, XDR_ENCODE);
  ok = xdr_guestfs_message_header (&xdr, &hdr)
       && (xdrp == NULL || xdrp (&xdr, body));
  len = xdr_getpos (&xdr);
  xdr_destroy (&xdr);
  if (!ok)
    return -1;
  put_word (outbuf, len);
  write_buf (outbuf, 4 + len);
  return 0;
}

/* Before any reply: the streams of the call must be finished, or the
 * library would read the reply as a chunk (or we would read the rest of
 * its upload as calls).
 */
static bool
begin_reply (void)
{
  if (call.replied)
    {
      fprintf (stderr,
               "guestfsd: procedure %d replied twice (reply "
               "dropped)\n",
               call.proc);
      return false;
    }
  call.replied = true;
  if (call.file_in)
    {
      debug_msg ("procedure %d did not read its upload", call.proc);
      cancel_receive ();
    }
  send_file_end (1);
  return true;
}

static void
send_error (int err, const char *msg)
{
  const char *name = err ? strerrorname_np (err) : NULL;
  struct guestfs_message_error e = {
    .errno_string = (char *)(name ? name : ""),
    .error_message = (char *)msg,
  };

  debug_msg ("error: %s%s%s", msg, name ? " " : "", name ? name : "");
  if (send_reply_message (GUESTFS_STATUS_ERROR,
                          (xdrproc_t)xdr_guestfs_message_error, (char *)&e)
      == -1)
    lose_connection ("cannot encode an error reply");
}

void
reply (xdrproc_t xdrp, char *ret)
{
  if (!begin_reply ())
    return;
  if (call.progress_sent)
    send_progress (call.progress_total, call.progress_total);
  if (send_reply_message (GUESTFS_STATUS_OK, xdrp, ret) == -1)
    {
      char msg[160];
      snprintf (msg, sizeof msg,
                "the result is too large for the protocol's message "
                "limit (%d bytes)",
                GUESTFS_MESSAGE_MAX);
      send_error (EFBIG, msg);
    }
}

static void
reply_error_v (int err, bool append_strerror, const char *fs, va_list args)
{
  char msg[GUESTFS_ERROR_LEN];
  int n;

  if (!begin_reply ())
    return;
  n = vsnprintf (msg, sizeof msg, fs, args);
  if (append_strerror && n >= 0 && (size_t)n < sizeof msg)
    snprintf (msg + n, sizeof msg - n, ": %s", strerror (err));
  restore_caller_device_names (msg, sizeof msg);
  send_error (err, msg);
}

void
reply_with_error_errno (int err, const char *fs, ...)
{
  va_list args;

  va_start (args, fs);
  reply_error_v (err, false, fs, args);
  va_end (args);
}

void
reply_with_perror_errno (int err, const char *fs, ...)
{
  va_list args;

  va_start (args, fs);
  reply_error_v (err, true, fs, args);
  va_end (args);
}

/* ---- The session ---- */

static void
handle_call (uint32_t len)
{
  struct guestfs_message_header hdr;
  XDR xdr;

  xdrmem_create (&xdr, msgbuf, len, XDR_DECODE);
  if (!xdr_guestfs_message_header (&xdr, &hdr))
    {
      /* Without a header there is no serial to reply to. */
      lose_connection ("could not decode a call header");
      xdr_destroy (&xdr);
      return;
    }

  memset (&call, 0, sizeof call);
  forget_device_translations ();
  call.proc = hdr.proc;
  call.serial = hdr.serial;
  call.start_ns = monotonic_ns ();
  optargs_bitmask = hdr.optargs_bitmask;

  if (hdr.prog != GUESTFS_PROGRAM || hdr.vers != GUESTFS_PROTOCOL_VERSION)
    {
      reply_with_error ("wrong program or protocol version (0x%x/%u, "
                        "expected 0x%x/%d): library and appliance do not "
                        "match",
                        hdr.prog, hdr.vers, GUESTFS_PROGRAM,
                        GUESTFS_PROTOCOL_VERSION);
      lose_connection ("wrong program or protocol version");
    }
  else if (hdr.direction != GUESTFS_DIRECTION_CALL
           || hdr.status != GUESTFS_STATUS_OK)
    reply_with_error ("unexpected direction %d or status %d in a call",
                      hdr.direction, hdr.status);
  else
    {
      enum file_transfer ft = proc_file_transfer (hdr.proc);
      call.file_in = ft == FILE_TRANSFER_IN;
      call.file_out = ft == FILE_TRANSFER_OUT;
      debug_msg ("call %d serial %u", hdr.proc, hdr.serial);
      dispatch_incoming_message (hdr.proc, &xdr);
      if (!call.replied)
        reply_with_error ("internal error: procedure %d sent no reply",
                          hdr.proc);
      debug_msg ("done %d serial %u in %.3f ms", hdr.proc, hdr.serial,
                 (monotonic_ns () - call.start_ns) / 1e6);
    }
  xdr_destroy (&xdr);
}

void
serve_connection (int fd)
{
  conn_fd = fd;
  conn_lost = false;
  in_start = in_end = 0;
  if (msgbuf == NULL)
    {
      msgbuf = malloc (GUESTFS_MESSAGE_MAX);
      outbuf = malloc (4 + GUESTFS_MESSAGE_MAX);
      if (msgbuf == NULL || outbuf == NULL)
        {
          fprintf (stderr, "guestfsd: out of memory\n");
          return;
        }
    }

  if (send_word (GUESTFS_LAUNCH_FLAG) == -1)
    return;

  while (!conn_lost)
    {
      uint32_t len;
      int r = read_message (&len, true);
      if (r <= 0)
        break;
      /* As PID 1 we inherit every orphan: reap those that exited. */
      if (getpid () == 1)
        while (waitpid (-1, NULL, WNOHANG) > 0)
          ;
      handle_call (len);
    }
  conn_fd = -1;
}
