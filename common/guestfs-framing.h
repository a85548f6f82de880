/* How messages are framed on the library-daemon stream
 * (docs/protocol.md), for both ends.  The protocol's numbers (program,
 * flags, limits) are in the generated guestfs_protocol.h.
 *
 * Every message is preceded by a big-endian length word; a length word
 * may instead be one of the flags.  A file chunk is the message
 * { cancel, data length, data, padding to 4 bytes }.
 */

#ifndef GUESTFS_FRAMING_H
#define GUESTFS_FRAMING_H

#include <arpa/inet.h>
#include <stdint.h>
#include <string.h>

/* An encoded guestfs_message_header: prog, vers, proc, direction,
 * serial, progress_hint (4 bytes each), optargs_bitmask (8), status (4).
 */
#define HEADER_SIZE 36
/* A file chunk before its data: length word, cancel, data length. */
#define CHUNK_HEAD 12

static inline uint32_t
get_word (const char *p)
{
  uint32_t v;

  memcpy (&v, p, 4);
  return ntohl (v);
}

static inline void
put_word (char *p, uint32_t v)
{
  v = htonl (v);
  memcpy (p, &v, 4);
}

/* The zero bytes after n bytes of chunk data (XDR pads opaque data to
 * a multiple of 4).
 */
static inline uint32_t
chunk_padding (uint32_t n)
{
  return (4 - (n & 3)) & 3;
}

#endif /* GUESTFS_FRAMING_H */
