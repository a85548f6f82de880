/* A hostile daemon over the unix: backend, one table row per case:
 * malformed framing, wrong header fields, garbage error replies,
 * malformed XDR for every return type, progress and cancel words where
 * they do not belong, broken FileIn/FileOut streams, truncation then
 * EOF.  Each case checks the library neither crashes nor hangs (alarm),
 * and that the call
 *   - succeeds with the right value where the reply is in fact valid,
 *   - or fails with the daemon's error and the handle stays READY and
 *     in step (the next call works),
 *   - or fails with a clear protocol error, dropping the connection:
 *     the handle is back in CONFIG, launches again (the next case uses
 *     the same handle) and closes without leaks (make check-valgrind).
 *
 * The fake daemon (a child process) runs a small script per case,
 * documented at run_script.
 */

#include <config.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>

#include "guestfs.h"
#include "guestfs_protocol.h"
#include "fake-daemon-io.h"
#include "rpc-test.h"

/* The calls a case can make, one per kind of reply. */
enum act
{
  PING,     /* RErr */
  PING2,    /* two pings: the second is checked */
  GETSS,    /* RInt */
  FILESIZE, /* RInt64 */
  EXISTS,   /* RBool */
  CAT,      /* RString */
  LS,       /* RStringList */
  LISTFS,   /* RHashtable */
  READFILE, /* RBufferOut */
  STATNS,   /* RStruct */
  READDIR,  /* RStructList */
  PARTLIST, /* RStructList */
  DOWNLOAD, /* FileOut */
  UPLOAD,   /* FileIn, from a FIFO the script writes */
};

enum outcome
{
  OK,   /* the call succeeds with value */
  ERR,  /* the daemon's error; the handle stays READY and in step */
  DROP, /* protocol error; the handle is back in CONFIG */
};

struct hcase
{
  const char *name;
  enum act act;
  const char *script;
  enum outcome expect;
  const char *text; /* OK: the value as render() prints it; else: in
                       the error */
};

#define CANCEL "w:0xffffeeee"
#define PROGRESS "w:0xffff5555"

static const struct hcase cases[] = {
  /* -- Framing. -- */
  { "length 0x7fffffff", PING, "w:0x7fffffff", DROP,
    "message length (2147483647) > maximum possible size (4194304)" },
  { "length MESSAGE_MAX + 1", PING, "w:0x400001", DROP,
    "message length (4194305) > maximum possible size" },
  { "length 0xffffffff", PING, "w:0xffffffff", DROP,
    "message length (4294967295) > maximum" },
  { "cancel word instead of a reply", PING, CANCEL, DROP,
    "message length (4294962926) > maximum" },
  { "launch flag instead of a reply", PING, "w:0xf5f55ff5", DROP,
    "> maximum possible size" },
  { "length 0", PING, "{ }", DROP, "could not decode the reply header" },
  { "length 4", PING, "{ w:0x2000f5f5 }", DROP,
    "could not decode the reply header" },
  { "length 35: header short by one byte", PING, "{ H }35 close", DROP,
    "could not decode the reply header" },
  { "header cut at the status", PING, "{ H }32", DROP,
    "could not decode the reply header" },
  { "EOF in the length word", PING, "b:2:0 close", DROP,
    "appliance closed the connection unexpectedly" },
  { "EOF in the header", PING, "{ H }100 close", DROP,
    "appliance closed the connection unexpectedly" },
  { "EOF after a length of MESSAGE_MAX", PING, "w:0x400000 r:100 close", DROP,
    "appliance closed the connection unexpectedly" },
  { "truncated, a stall, then EOF", PING, "{ H }100 sleep:300 close", DROP,
    "appliance closed the connection unexpectedly" },
  { "stall, then the reply", PING, "sleep:300 { H }", OK, "" },
  { "reply sent a byte at a time", PING, "{ H } trickle", OK, "" },
  { "EOF instead of a reply", PING, "close", DROP,
    "appliance closed the connection unexpectedly" },
  { "random bytes", PING, "r:64", DROP, "protocol error" },
  { "trailing bytes inside the message", PING, "{ H b:12:0x55 }", OK, "" },
  { "a stale second reply, seen by the next call", PING2, "{ H } { H }", DROP,
    "protocol error: reply to procedure 1 serial" },

  /* -- Header fields. -- */
  { "wrong program", PING, "{ H prog=0x2000f5f6 }", DROP, "program" },
  { "version 3", PING, "{ H vers=3 }", DROP, "version 3" },
  { "version 5", PING, "{ H vers=5 }", DROP, "version 5" },
  { "direction CALL", PING, "{ H dir=0 }", DROP, "direction 0" },
  { "direction 2", PING, "{ H dir=2 }", DROP, "direction 2" },
  { "direction -1", PING, "{ H dir=-1 }", DROP, "direction -1" },
  { "serial + 1", PING, "{ H serial+1 }", DROP, "serial" },
  { "serial - 1", PING, "{ H serial+-1 }", DROP, "serial" },
  { "serial 0xffffffff", PING, "{ H serial=0xffffffff }", DROP,
    "serial 4294967295" },
  { "another procedure", PING, "{ H proc=19 }", DROP, "procedure 19" },
  { "procedure -1", PING, "{ H proc=-1 }", DROP, "procedure -1" },
  { "procedure 0x7fffffff", PING, "{ H proc=0x7fffffff }", DROP,
    "procedure 2147483647" },
  { "status 2", PING, "{ H status=2 }", DROP, "reply with status 2" },
  { "status -1", PING, "{ H status=-1 }", DROP, "reply with status -1" },
  { "status ERROR with no error", PING, "{ E }", DROP,
    "could not decode the error reply" },
  { "progress hint set", PING, "{ H hint=0xffffffff }", OK, "" },
  { "optargs bitmask set", PING, "{ H opt=0xffffffff }", OK, "" },

  /* -- Error replies. -- */
  { "errno string length 0xffffffff", PING, "{ E w:0xffffffff s:msg }", DROP,
    "could not decode the error reply" },
  { "message length 0xffffffff", PING, "{ E s:EIO w:0xffffffff }", DROP,
    "could not decode the error reply" },
  { "message length past the end", PING, "{ E s:EIO w:1000 b:8:0x41 }", DROP,
    "could not decode the error reply" },
  { "message length MESSAGE_MAX + 1", PING, "{ E s:EIO w:0x400001 }", DROP,
    "could not decode the error reply" },
  { "message missing", PING, "{ E s:EIO }", DROP,
    "could not decode the error reply" },
  { "1 MiB message", PING, "{ E s:EIO S:1048576:0x6d }", ERR, "mmmmmmmm" },
  { "errno name of 10000 bytes", PING, "{ E S:10000:0x45 s:long }", ERR,
    "ping_daemon: long" },
  { "errno name that is binary", PING, "{ E s:%01%02%ff s:binary }", ERR,
    "ping_daemon: binary" },
  { "message with a NUL inside", PING, "{ E s:EIO s:before%00after }", ERR,
    "ping_daemon: before" },
  { "message with control bytes", PING, "{ E s:EIO s:a%1b[2Jb%07 }", ERR,
    "a\033[2Jb\a" },
  { "empty errno and message", PING, "{ E s: s: }", ERR, "ping_daemon: " },
  { "padding that is not zero", PING, "{ E w:3 b:4:0x45 s:pad }", ERR,
    "ping_daemon: pad" },

  /* -- RInt, RInt64, RBool. -- */
  { "int", GETSS, "{ H w:512 }", OK, "512" },
  { "int -1", GETSS, "{ H w:-1 }", OK, "-1" },
  { "int missing", GETSS, "{ H }", DROP, "could not decode the reply" },
  { "int cut to 2 bytes", GETSS, "{ H b:2:1 }", DROP,
    "could not decode the reply" },
  { "int64", FILESIZE, "{ H q:0x123456789 }", OK, "4886718345" },
  { "int64 cut to 4 bytes", FILESIZE, "{ H w:1 }", DROP,
    "could not decode the reply" },
  { "bool", EXISTS, "{ H w:1 }", OK, "1" },
  { "bool with the value 7", EXISTS, "{ H w:7 }", OK, "7" },
  { "bool missing", EXISTS, "{ H }", DROP, "could not decode the reply" },

  /* -- RString. -- */
  { "string", CAT, "{ H s:hello }", OK, "hello" },
  { "empty string", CAT, "{ H s: }", OK, "" },
  { "string of 3 MiB", CAT, "{ H S:3145728:0x7a }", OK, "3145728 bytes" },
  { "string length 0xffffffff", CAT, "{ H w:0xffffffff }", DROP,
    "could not decode the reply" },
  { "string length 0x7fffffff", CAT, "{ H w:0x7fffffff b:8:0x41 }", DROP,
    "could not decode the reply" },
  { "string length past the end", CAT, "{ H w:100 b:4:0x41 }", DROP,
    "could not decode the reply" },
  { "string padding missing", CAT, "{ H w:3 b:3:0x41 }", DROP,
    "could not decode the reply" },
  { "string with a NUL inside", CAT, "{ H s:ab%00cd }", OK, "ab" },
  { "string missing", CAT, "{ H }", DROP, "could not decode the reply" },

  /* -- RStringList. -- */
  { "string list", LS, "{ H w:3 s:a s:bb s:ccc }", OK, "3:a,bb,ccc" },
  { "empty string list", LS, "{ H w:0 }", OK, "0:" },
  { "list count 0xffffffff", LS, "{ H w:0xffffffff s:a }", DROP,
    "could not decode the reply" },
  { "list count 0x40000000", LS, "{ H w:0x40000000 s:a }", DROP,
    "could not decode the reply" },
  { "list count 1000, 2 strings", LS, "{ H w:1000 s:a s:b }", DROP,
    "could not decode the reply" },
  { "list element length 0xffffffff", LS, "{ H w:2 s:a w:0xffffffff }", DROP,
    "could not decode the reply" },
  { "list element past the end", LS, "{ H w:2 s:a w:64 b:4:0x41 }", DROP,
    "could not decode the reply" },
  { "list count missing", LS, "{ H }", DROP, "could not decode the reply" },

  /* -- RHashtable. -- */
  { "key/value list", LISTFS,
    "{ H w:4 s:/dev/sda1 s:ext4 s:/dev/sda2 s:swap }", OK,
    "4:/dev/sda1,ext4,/dev/sda2,swap" },
  { "key/value list with an odd count", LISTFS, "{ H w:3 s:a s:b s:c }", DROP,
    "odd number of strings (3) in a key/value list" },
  { "key/value list of one string", LISTFS, "{ H w:1 s:a }", DROP,
    "odd number of strings (1)" },
  { "key/value count 0x7fffffff", LISTFS, "{ H w:0x7fffffff }", DROP,
    "could not decode the reply" },

  /* -- RBufferOut. -- */
  { "buffer", READFILE, "{ H o:5:0x62 }", OK, "5:bbbbb" },
  { "empty buffer", READFILE, "{ H w:0 }", OK, "0:" },
  { "buffer length past the end", READFILE, "{ H w:1000 b:8:0x62 }", DROP,
    "could not decode the reply" },
  { "buffer length MESSAGE_MAX + 1", READFILE, "{ H w:0x400001 }", DROP,
    "could not decode the reply" },
  { "buffer length 0xffffffff", READFILE, "{ H w:0xffffffff }", DROP,
    "could not decode the reply" },
  { "buffer padding missing", READFILE, "{ H w:5 b:5:0x62 }", DROP,
    "could not decode the reply" },

  /* -- RStruct, RStructList. -- */
  { "struct", STATNS, "{ H q:1 q:2 z:152 q:22 }", OK, "1,2,22" },
  { "struct cut after one field", STATNS, "{ H q:1 }", DROP,
    "could not decode the reply" },
  { "struct cut inside a field", STATNS, "{ H q:1 q:2 z:156 }", DROP,
    "could not decode the reply" },
  { "struct list", READDIR, "{ H w:2 q:1 w:0x64 s:. q:7 w:0x72 s:file }", OK,
    "2:1/d/.,7/r/file" },
  { "struct list count 0xffffffff", READDIR, "{ H w:0xffffffff }", DROP,
    "could not decode the reply" },
  { "struct list count 2, one struct", READDIR, "{ H w:2 q:1 w:0x64 s:. }",
    DROP, "could not decode the reply" },
  { "struct list name length 0xffffffff", READDIR,
    "{ H w:1 q:1 w:0x64 w:0xffffffff }", DROP, "could not decode the reply" },
  { "struct list without strings", PARTLIST,
    "{ H w:1 w:1 q:1024 q:2047 q:1024 }", OK, "1:1/1024/2047/1024" },
  { "struct list count 0x20000000", PARTLIST, "{ H w:0x20000000 w:1 }", DROP,
    "could not decode the reply" },

  /* -- Progress messages. -- */
  { "progress then the reply", PING, "p { H }", OK, "" },
  { "progress with garbage numbers", PING,
    PROGRESS " w:-5 w:999 q:0xffffffffffffffff q:0 { H }", OK, "" },
  { "progress cut short, EOF", PING, PROGRESS " b:10:0 close", DROP,
    "appliance closed the connection unexpectedly" },
  { "progress flag, then EOF", PING, PROGRESS " close", DROP,
    "appliance closed the connection unexpectedly" },
  { "progress among download chunks", DOWNLOAD, "c:3 p c:2 p c:0 { H }", OK,
    "5:xxxxx" },

  /* -- FileOut (download). -- */
  { "download", DOWNLOAD, "c:3 c:2 c:0 { H }", OK, "5:xxxxx" },
  { "empty download", DOWNLOAD, "c:0 { H }", OK, "0:" },
  { "download refused before the stream", DOWNLOAD, "{ E s:ENOENT s:nope }",
    ERR, "download: nope" },
  { "download failed after some data", DOWNLOAD,
    "c:3 C { E s:EIO s:read%20error }", ERR, "download: read error" },
  { "cancel chunk then a success reply", DOWNLOAD, "c:3 C { H }", ERR,
    "the daemon cancelled the transfer but replied success" },
  { "cancel chunk with data", DOWNLOAD, "{ w:1 w:4 b:4:0x41 } { H }", ERR,
    "the daemon cancelled the transfer but replied success" },
  { "chunk cancel field 2", DOWNLOAD, "{ w:2 w:0 }", DROP,
    "malformed file chunk (cancel 2" },
  { "chunk shorter than its head", DOWNLOAD, "c:3 { w:0 }", DROP,
    "file chunk too short (4 bytes)" },
  { "chunk data length past the end", DOWNLOAD, "{ w:0 w:100 b:8:0x41 }", DROP,
    "malformed file chunk" },
  { "chunk padding wrong", DOWNLOAD, "{ w:0 w:3 b:8:0x41 }", DROP,
    "malformed file chunk" },
  { "cancel word instead of a chunk", DOWNLOAD, "c:3 " CANCEL, DROP,
    "> maximum possible size" },
  { "reply in place of a later chunk", DOWNLOAD, "c:3 { H }", DROP,
    "malformed file chunk" },
  { "stream, then a reply with a wrong serial", DOWNLOAD,
    "c:3 c:0 { H serial+7 }", DROP, "serial" },
  { "EOF in the stream", DOWNLOAD, "c:3 close", DROP,
    "appliance closed the connection unexpectedly" },
  { "EOF after the stream", DOWNLOAD, "c:3 c:0 close", DROP,
    "appliance closed the connection unexpectedly" },

  /* -- FileIn (upload). -- */
  { "upload", UPLOAD, "f:5 F chunks { H }", OK, "" },
  { "upload the daemon cancels", UPLOAD,
    CANCEL " chunks=cancel { E s:ENOSPC s:disk%20full }", ERR,
    "upload: disk full" },
  { "cancel word twice", UPLOAD,
    CANCEL " " CANCEL " chunks=cancel { E s:ENOSPC s:full }", ERR,
    "upload: full" },
  { "cancel word after the end chunk", UPLOAD,
    "f:5 F chunks=end " CANCEL " { H }", OK, "" },
  { "daemon cancels, then replies success", UPLOAD,
    CANCEL " chunks=cancel { H }", ERR,
    "the daemon cancelled the transfer but replied success" },
  { "reply in the middle of the upload", UPLOAD, "{ H }", DROP,
    "unexpected message (0x00000024) from the daemon during the upload" },
  { "garbage word during the upload", UPLOAD, "w:0x12345678", DROP,
    "unexpected message (0x12345678)" },
  { "progress during the upload", UPLOAD, "p f:5 F chunks { H }", OK, "" },
  { "progress cut short during the upload", UPLOAD, PROGRESS " b:4:0 close",
    DROP, "appliance closed the connection unexpectedly" },
  { "EOF during the upload", UPLOAD, "close", DROP,
    "appliance closed the connection unexpectedly" },
};

#define NR_CASES (sizeof cases / sizeof cases[0])

static int listen_fd;
static char *tmpdir, *backend, *fifo, *out;
static const char *current = "setup";
static int errors; /* reported by the handle since the case started */

/* ---- The fake daemon (a child process) ---- */

/* FileIn chunks up to the end (cancel 0, no data) or a cancel chunk.
 * Returns the last chunk's cancel field, or -1 on EOF or garbage.
 */
static int
read_chunks (int fd)
{
  for (;;)
    {
      char head[12];
      uint32_t len, cancel, n;
      char *data;

      if (!rd (fd, head, 12))
        return -1;
      len = get32 (head);
      cancel = get32 (head + 4);
      n = get32 (head + 8);
      if (len < 8 || len - 8 > GUESTFS_MESSAGE_MAX
          || (data = malloc (len - 8 + 1)) == NULL)
        return -1;
      if (!rd (fd, data, len - 8))
        {
          free (data);
          return -1;
        }
      free (data);
      if (cancel || n == 0)
        return cancel;
    }
}

/* The bytes a script builds before they are sent. */
struct buf
{
  char *b;
  size_t n, cap;
  size_t msg_start; /* of the open message's length word */
  size_t header;    /* of the last header */
  uint32_t rand;
};

static void
put (struct buf *b, const void *p, size_t n)
{
  if (b->n + n > b->cap)
    {
      b->cap = (b->n + n) * 2;
      b->b = realloc (b->b, b->cap);
      if (b->b == NULL)
        _exit (3);
    }
  memcpy (b->b + b->n, p, n);
  b->n += n;
}

static void
put32 (struct buf *b, uint32_t v)
{
  v = htonl (v);
  put (b, &v, 4);
}

static void
put64 (struct buf *b, uint64_t v)
{
  put32 (b, v >> 32);
  put32 (b, v);
}

static void
put_fill (struct buf *b, size_t n, int byte)
{
  while (n-- > 0)
    {
      char c = byte;
      put (b, &c, 1);
    }
}

static void
put_pad (struct buf *b, size_t n)
{
  put_fill (b, (4 - (n & 3)) & 3, 0);
}

static void
set32 (struct buf *b, size_t off, uint32_t v)
{
  v = htonl (v);
  memcpy (b->b + off, &v, 4);
}

/* "%XX" escapes in s:TEXT, for NUL, spaces and other bytes. */
static size_t
unescape (const char *s, char *dst)
{
  size_t n = 0;

  while (*s)
    {
      unsigned v;
      if (s[0] == '%' && sscanf (s + 1, "%2x", &v) == 1)
        {
          dst[n++] = v;
          s += 3;
        }
      else
        dst[n++] = *s++;
    }
  return n;
}

static const struct
{
  const char *name;
  int word;
} header_fields[] = {
  { "prog", 0 },   { "vers", 1 }, { "proc", 2 }, { "dir", 3 },
  { "serial", 4 }, { "hint", 5 }, { "opt", 7 },  { "status", 8 },
};

static bool
flush (int fd, struct buf *b)
{
  bool r = wr (fd, b->b, b->n);

  b->n = 0;
  return r;
}

/* Run a case's script, space-separated tokens:
 *   {  }   a message: '}' writes its length word; '}N' writes N instead
 *   H  E   a reply header (status OK, ERROR) for the call just read
 *   FIELD=V  FIELD+V  set or add to a field of the last header
 *          (prog vers proc dir serial hint opt status)
 *   w:V  q:V  a 32-bit, 64-bit word
 *   s:TEXT    an XDR string (%XX escapes)
 *   S:N:B     an XDR string of N bytes B;  o:N:B the same as opaque
 *   b:N:B     N raw bytes B;  z:N  N zero bytes;  r:N  N random bytes
 *   p         a progress message for the call
 *   c:N  C    a FileOut chunk of N bytes 'x' (c:0 ends the stream);
 *             a cancel chunk
 *   f:N  F    write N bytes to the upload's FIFO; close it
 *   chunks    read the FileIn stream; chunks=end / chunks=cancel also
 *             require how it ended
 *   trickle   send what is built a byte at a time
 *   sleep:MS  send, then wait;  close  send, then hang up at once
 * Then (unless it closed) the fake answers every further call with an
 * empty success until the library hangs up.  Returns false if the
 * library did not do what the script expects.
 */
static bool
run_script (int fd, const char *script, int fifo_fd)
{
  struct buf b = { .rand = 12345 };
  struct call c;
  char *copy = strdup (script), *save = NULL, *tok;
  bool good = true;

  if (copy == NULL || !read_call (fd, &c))
    {
      free (copy);
      return false;
    }
  for (tok = strtok_r (copy, " ", &save); tok && good;
       tok = strtok_r (NULL, " ", &save))
    {
      unsigned long long v;
      unsigned n;
      int byte;
      const char *arg = strchr (tok, ':') ? strchr (tok, ':') + 1 : "";

      if (strcmp (tok, "{") == 0)
        {
          b.msg_start = b.n;
          put32 (&b, 0);
        }
      else if (tok[0] == '}')
        set32 (&b, b.msg_start,
               tok[1] ? strtoul (tok + 1, NULL, 0) : b.n - b.msg_start - 4);
      else if (strcmp (tok, "H") == 0 || strcmp (tok, "E") == 0)
        {
          b.header = b.n;
          put32 (&b, GUESTFS_PROGRAM);
          put32 (&b, GUESTFS_PROTOCOL_VERSION);
          put32 (&b, c.proc);
          put32 (&b, GUESTFS_DIRECTION_REPLY);
          put32 (&b, c.serial);
          put32 (&b, 0);
          put64 (&b, 0);
          put32 (&b, tok[0] == 'H' ? GUESTFS_STATUS_OK : GUESTFS_STATUS_ERROR);
        }
      else if (strpbrk (tok, "=+") && strncmp (tok, "chunks", 6) != 0)
        {
          size_t len = strcspn (tok, "=+"), i;
          size_t off;

          for (i = 0; i < sizeof header_fields / sizeof header_fields[0]; i++)
            if (strlen (header_fields[i].name) == len
                && strncmp (tok, header_fields[i].name, len) == 0)
              break;
          if (i == sizeof header_fields / sizeof header_fields[0])
            _exit (4);
          off = b.header + 4 * header_fields[i].word;
          v = strtoll (tok + len + 1, NULL, 0);
          if (tok[len] == '+')
            v += get32 (b.b + off);
          set32 (&b, off, v);
        }
      else if (tok[0] == 'w' && tok[1] == ':')
        put32 (&b, strtoll (arg, NULL, 0));
      else if (tok[0] == 'q' && tok[1] == ':')
        put64 (&b, strtoull (arg, NULL, 0));
      else if (tok[0] == 's' && tok[1] == ':')
        {
          char *text = malloc (strlen (arg) + 1);
          size_t len = unescape (arg, text);

          put32 (&b, len);
          put (&b, text, len);
          put_pad (&b, len);
          free (text);
        }
      else if ((tok[0] == 'S' || tok[0] == 'o' || tok[0] == 'b')
               && tok[1] == ':' && sscanf (arg, "%u:%i", &n, &byte) == 2)
        {
          if (tok[0] != 'b')
            put32 (&b, n);
          put_fill (&b, n, byte);
          if (tok[0] != 'b')
            put_pad (&b, n);
        }
      else if (tok[0] == 'z' && tok[1] == ':')
        put_fill (&b, strtoul (arg, NULL, 0), 0);
      else if (tok[0] == 'r' && tok[1] == ':')
        for (n = strtoul (arg, NULL, 0); n > 0; n--)
          {
            b.rand = b.rand * 1103515245 + 12345;
            put_fill (&b, 1, b.rand >> 16);
          }
      else if (strcmp (tok, "p") == 0)
        {
          put32 (&b, GUESTFS_PROGRESS_FLAG);
          put32 (&b, c.proc);
          put32 (&b, c.serial);
          put64 (&b, 1);
          put64 (&b, 2);
        }
      else if (tok[0] == 'c' && tok[1] == ':')
        {
          n = strtoul (arg, NULL, 0);
          put32 (&b, 8 + n + ((4 - (n & 3)) & 3));
          put32 (&b, 0);
          put32 (&b, n);
          put_fill (&b, n, 'x');
          put_pad (&b, n);
        }
      else if (strcmp (tok, "C") == 0)
        {
          put32 (&b, 8);
          put32 (&b, 1);
          put32 (&b, 0);
        }
      else if (tok[0] == 'f' && tok[1] == ':')
        {
          char data[64] = { 0 };
          n = strtoul (arg, NULL, 0);
          good = n <= sizeof data && wr (fifo_fd, data, n);
        }
      else if (strcmp (tok, "F") == 0)
        {
          close (fifo_fd);
          fifo_fd = -1;
        }
      else if (strncmp (tok, "chunks", 6) == 0)
        {
          int how;

          good = flush (fd, &b);
          how = read_chunks (fd);
          if (strcmp (tok, "chunks=end") == 0)
            good = good && how == 0;
          else if (strcmp (tok, "chunks=cancel") == 0)
            good = good && how == 1;
          else
            good = good && how >= 0;
        }
      else if (strcmp (tok, "trickle") == 0)
        {
          for (size_t i = 0; i < b.n && good; i++)
            {
              good = wr (fd, b.b + i, 1);
              usleep (1000);
            }
          b.n = 0;
        }
      else if (strncmp (tok, "sleep:", 6) == 0)
        {
          good = flush (fd, &b);
          usleep (strtoul (arg, NULL, 0) * 1000);
        }
      else if (strcmp (tok, "close") == 0)
        {
          /* The library may already have hung up. */
          flush (fd, &b);
          free (b.b);
          free (copy);
          return true;
        }
      else
        _exit (5); /* a typo in the table */
    }
  /* The library may hang up before reading it all. */
  flush (fd, &b);
  while (good && read_call (fd, &c))
    {
      struct buf r = { 0 };

      put32 (&r, 36);
      put32 (&r, GUESTFS_PROGRAM);
      put32 (&r, GUESTFS_PROTOCOL_VERSION);
      put32 (&r, c.proc);
      put32 (&r, GUESTFS_DIRECTION_REPLY);
      put32 (&r, c.serial);
      put32 (&r, 0);
      put64 (&r, 0);
      put32 (&r, GUESTFS_STATUS_OK);
      /* The library may hang up instead of reading it. */
      flush (fd, &r);
      free (r.b);
    }
  if (fifo_fd >= 0)
    close (fifo_fd);
  free (b.b);
  free (copy);
  return good;
}

static pid_t
start_fake (const struct hcase *k)
{
  pid_t pid;

  fflush (stdout);
  pid = fork ();
  if (pid == -1)
    bail_out ("fork: %s", strerror (errno));
  if (pid == 0)
    {
      uint32_t flag = htonl (GUESTFS_LAUNCH_FLAG);
      int fd, fifo_fd = -1;
      bool good;

      /* Never exit(): the atexit handler would close the parent's
       * handle copy over the parent's connection.
       */
      signal (SIGPIPE, SIG_IGN);
      alarm (60);
      fd = accept (listen_fd, NULL, NULL);
      if (fd == -1)
        _exit (2);
      /* The library opens the upload's FIFO before it sends the call,
       * and waits there for this writer.
       */
      if (!wr (fd, &flag, 4)
          || (k->act == UPLOAD && (fifo_fd = open (fifo, O_WRONLY)) == -1))
        _exit (2);
      good = run_script (fd, k->script, fifo_fd);
      close (fd);
      _exit (good ? 0 : 1);
    }
  return pid;
}

/* ---- The library's side ---- */

static char *__attribute__ ((format (printf, 1, 2)))
xasprintf (const char *fs, ...)
{
  va_list args;
  char *s;

  va_start (args, fs);
  if (vasprintf (&s, fs, args) == -1)
    bail_out ("vasprintf");
  va_end (args);
  return s;
}

static char *
join_list (char **l)
{
  size_t n, len = 16;
  char *s;

  if (l == NULL)
    return NULL;
  for (n = 0; l[n]; n++)
    len += strlen (l[n]) + 1;
  s = malloc (len);
  sprintf (s, "%zu:", n);
  for (size_t i = 0; i < n; i++)
    {
      if (i > 0)
        strcat (s, ",");
      strcat (s, l[i]);
      free (l[i]);
    }
  free (l);
  return s;
}

static char *
read_out_file (void)
{
  char buf[64] = "";
  size_t n = 0;
  FILE *fp = fopen (out, "r");

  if (fp)
    {
      n = fread (buf, 1, sizeof buf - 1, fp);
      fclose (fp);
    }
  buf[n] = '\0';
  return xasprintf ("%zu:%s", n, buf);
}

/* Make the case's call and return what it returned as text (NULL if it
 * returned its error value; whether it failed is told by errors).
 */
static char *
make_call (guestfs_h *g, enum act act)
{
  switch (act)
    {
    case PING:
      return guestfs_ping_daemon (g) == 0 ? strdup ("") : NULL;
    case PING2:
      guestfs_ping_daemon (g);
      return guestfs_ping_daemon (g) == 0 ? strdup ("") : NULL;
    case GETSS:
      return xasprintf ("%d", guestfs_blockdev_getss (g, "/dev/sda"));
    case FILESIZE:
      return xasprintf ("%" PRIi64, guestfs_filesize (g, "/f"));
    case EXISTS:
      return xasprintf ("%d", guestfs_exists (g, "/f"));
    case CAT:
      {
        char *s = guestfs_cat (g, "/f");
        if (s && strlen (s) > 100)
          {
            char *n = xasprintf ("%zu bytes", strlen (s));
            free (s);
            s = n;
          }
        return s;
      }
    case LS:
      return join_list (guestfs_ls (g, "/"));
    case LISTFS:
      return join_list (guestfs_list_filesystems (g));
    case READFILE:
      {
        size_t n;
        char *buf = guestfs_read_file (g, "/f", &n), *s;
        if (buf == NULL)
          return NULL;
        s = xasprintf ("%zu:%.*s", n, (int)n, buf);
        free (buf);
        return s;
      }
    case STATNS:
      {
        struct guestfs_statns *st = guestfs_statns (g, "/f");
        char *s;
        if (st == NULL)
          return NULL;
        s = xasprintf ("%" PRIi64 ",%" PRIi64 ",%" PRIi64, st->st_dev,
                       st->st_ino, st->st_spare6);
        guestfs_free_statns (st);
        return s;
      }
    case READDIR:
      {
        struct guestfs_dirent_list *l = guestfs_readdir (g, "/");
        char *s;
        if (l == NULL)
          return NULL;
        s = calloc (1, 1024);
        sprintf (s, "%" PRIu32 ":", l->len);
        for (uint32_t i = 0; i < l->len && i < 8; i++)
          sprintf (s + strlen (s), "%s%" PRIi64 "/%c/%s", i ? "," : "",
                   l->val[i].ino, l->val[i].ftyp, l->val[i].name);
        guestfs_free_dirent_list (l);
        return s;
      }
    case PARTLIST:
      {
        struct guestfs_partition_list *l = guestfs_part_list (g, "/dev/sda");
        char *s;
        if (l == NULL)
          return NULL;
        s = calloc (1, 1024);
        sprintf (s, "%" PRIu32 ":", l->len);
        for (uint32_t i = 0; i < l->len && i < 8; i++)
          sprintf (s + strlen (s),
                   "%s%" PRIi32 "/%" PRIu64 "/%" PRIu64 "/%" PRIu64,
                   i ? "," : "", l->val[i].part_num, l->val[i].part_start,
                   l->val[i].part_end, l->val[i].part_size);
        guestfs_free_partition_list (l);
        return s;
      }
    case DOWNLOAD:
      return guestfs_download (g, "/f", out) == 0 ? read_out_file () : NULL;
    case UPLOAD:
      return guestfs_upload (g, fifo, "/f") == 0 ? strdup ("") : NULL;
    }
  return NULL;
}

static void
on_alarm (int sig)
{
  static const char msg[] = "Bail out! this case hung: ";

  if (write (STDOUT_FILENO, msg, sizeof msg - 1) < 0
      || write (STDOUT_FILENO, current, strlen (current)) < 0
      || write (STDOUT_FILENO, "\n", 1) < 0)
    _exit (2);
  _exit (1);
}

static void
on_error (guestfs_h *g, void *opaque, const char *msg)
{
  errors++;
}

static void
run_case (guestfs_h *g, const struct hcase *k)
{
  pid_t pid;
  char *value;
  int status;
  bool good, daemon_good;

  current = k->name;
  alarm (60);
  pid = start_fake (k);
  if (guestfs_launch (g) == -1)
    bail_out ("%s: launch: %s", k->name, guestfs_last_error (g));
  errors = 0;
  value = make_call (g, k->act);
  if (k->expect == OK)
    {
      good = errors == 0 && value && strcmp (value, k->text) == 0;
      if (!good)
        diag ("expected success with \"%s\", got \"%s\" and %d error(s)",
              k->text, value ? value : "(null)", errors);
    }
  else
    {
      good = errors > 0 && error_contains (g, k->text);
      if (errors == 0)
        diag ("the call did not fail");
    }
  if (k->expect == DROP)
    {
      if (guestfs_is_config (g) != 1)
        {
          diag ("the connection was not dropped");
          good = false;
        }
    }
  else if (guestfs_is_ready (g) != 1 || guestfs_ping_daemon (g) == -1)
    {
      diag ("the handle is not READY and in step: %s",
            guestfs_last_error (g) ? guestfs_last_error (g) : "(no error)");
      good = false;
    }
  guestfs_shutdown (g);
  if (waitpid (pid, &status, 0) == -1)
    bail_out ("waitpid: %s", strerror (errno));
  daemon_good = WIFEXITED (status) && WEXITSTATUS (status) == 0;
  if (!daemon_good)
    diag ("the fake daemon did not see what it expected (status 0x%x)",
          status);
  ok (good && daemon_good, "%s: %s", k->name,
      k->expect == OK    ? "succeeds"
      : k->expect == ERR ? "the daemon's error, still in step"
                         : "protocol error, connection dropped");
  free (value);
  alarm (0);
}

int
main (void)
{
  struct sockaddr_un addr = { .sun_family = AF_UNIX };
  guestfs_h *g;

  signal (SIGPIPE, SIG_IGN);
  signal (SIGALRM, on_alarm);
  tmpdir = make_tmpdir ();
  snprintf (addr.sun_path, sizeof addr.sun_path, "%s/sock", tmpdir);
  listen_fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (listen_fd == -1
      || bind (listen_fd, (struct sockaddr *)&addr, sizeof addr) == -1
      || listen (listen_fd, 4) == -1)
    bail_out ("listening on %s: %s", addr.sun_path, strerror (errno));
  if (asprintf (&backend, "unix:%s", addr.sun_path) == -1
      || asprintf (&fifo, "%s/fifo", tmpdir) == -1
      || asprintf (&out, "%s/out", tmpdir) == -1)
    bail_out ("asprintf");
  if (mkfifo (fifo, 0600) == -1)
    bail_out ("mkfifo: %s", strerror (errno));

  g = quiet_handle ();
  guestfs_set_error_handler (g, on_error, NULL);
  guestfs_set_autosync (g, 0);
  guestfs_set_backend (g, backend);

  for (size_t i = 0; i < NR_CASES; i++)
    run_case (g, &cases[i]);
  ok (NR_CASES >= 100, "%zu hostile cases", NR_CASES);

  guestfs_close (g);
  close (listen_fd);
  remove_tree (tmpdir);
  free (tmpdir);
  free (backend);
  free (fifo);
  free (out);
  return tap_done ();
}
