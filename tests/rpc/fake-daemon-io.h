/* The byte-level side of the fake daemons of tests/rpc (test-rpc-fake,
 * test-rpc-hostile): whole reads and writes, big-endian words, and
 * reading one call message.  Written apart from the library's own code
 * on purpose: a test daemon sharing the library's framing could not
 * catch a mistake in it.
 */

#ifndef FAKE_DAEMON_IO_H
#define FAKE_DAEMON_IO_H

#include <arpa/inet.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guestfs_protocol.h"

/* All n bytes, or false on EOF or error. */
static inline bool
rd (int fd, void *buf, size_t n)
{
  char *p = buf;

  while (n > 0)
    {
      ssize_t r = read (fd, p, n);
      if (r == -1 && errno == EINTR)
        continue;
      if (r <= 0)
        return false;
      p += r;
      n -= r;
    }
  return true;
}

static inline bool
wr (int fd, const void *buf, size_t n)
{
  const char *p = buf;

  while (n > 0)
    {
      ssize_t r = write (fd, p, n);
      if (r == -1 && errno == EINTR)
        continue;
      if (r <= 0)
        return false;
      p += r;
      n -= r;
    }
  return true;
}

static inline uint32_t
get32 (const char *p)
{
  uint32_t v;

  memcpy (&v, p, 4);
  return ntohl (v);
}

/* The header fields of a call the fake daemons look at. */
struct call
{
  uint32_t prog, vers, serial;
  int32_t proc, direction;
};

/* Read one call message (its arguments are discarded). */
static inline bool
read_call (int fd, struct call *c)
{
  uint32_t len;
  char *body;

  if (!rd (fd, &len, 4))
    return false;
  len = ntohl (len);
  if (len < 36 || len > GUESTFS_MESSAGE_MAX || (body = malloc (len)) == NULL)
    return false;
  if (!rd (fd, body, len))
    {
      free (body);
      return false;
    }
  c->prog = get32 (body);
  c->vers = get32 (body + 4);
  c->proc = get32 (body + 8);
  c->direction = get32 (body + 12);
  c->serial = get32 (body + 16);
  free (body);
  return true;
}

#endif
