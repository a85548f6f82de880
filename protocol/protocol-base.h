/* The fixed part of the library-daemon protocol (docs/protocol.md): its
 * constants, the framing messages and the XDR of the variable-length
 * arrays.  guestfs_protocol.h, which generator/protocol.py writes, adds
 * the structs of every action and returned struct.  Never change a
 * value here: both sides of every version must agree.
 */

#ifndef GUESTFS_PROTOCOL_BASE_H
#define GUESTFS_PROTOCOL_BASE_H

#include <stdint.h>
#include <rpc/types.h>
#include <rpc/xdr.h>

/* In every header. */
#define GUESTFS_PROGRAM 0x2000F5F5
#define GUESTFS_PROTOCOL_VERSION 4
/* The daemon's first word: it is up. */
#define GUESTFS_LAUNCH_FLAG 0xf5f55ff5
/* In place of a length word: the receiver cancels a file transfer. */
#define GUESTFS_CANCEL_FLAG 0xffffeeee
/* In place of a length word: a progress message follows. */
#define GUESTFS_PROGRESS_FLAG 0xffff5555
/* The largest message (after the length word) either side accepts. */
#define GUESTFS_MESSAGE_MAX (4 * 1024 * 1024)
/* The largest data part of a file chunk. */
#define GUESTFS_MAX_CHUNK_SIZE (1024 * 1024)
/* The longest error message. */
#define GUESTFS_ERROR_LEN (64 * 1024)
/* Bytes of an encoded progress message after its flag word. */
#define GUESTFS_PROGRESS_SIZE 24

enum guestfs_message_direction
{
  GUESTFS_DIRECTION_CALL = 0,
  GUESTFS_DIRECTION_REPLY = 1,
};

enum guestfs_message_status
{
  GUESTFS_STATUS_OK = 0,
  GUESTFS_STATUS_ERROR = 1,
};

/* Variable-length arrays as XDR sees them. */
typedef struct
{
  u_int len;
  char **val;
} guestfs_int_str_list;
extern bool_t xdr_guestfs_int_str_list (XDR *xdrs, guestfs_int_str_list *objp);

typedef struct
{
  u_int len;
  char *val;
} guestfs_int_buffer;
extern bool_t xdr_guestfs_int_buffer (XDR *xdrs, guestfs_int_buffer *objp);

/* Starts every call and reply. */
struct guestfs_message_header
{
  uint32_t prog;
  uint32_t vers;
  int32_t proc;
  int32_t direction;
  uint32_t serial;
  uint32_t progress_hint;
  uint64_t optargs_bitmask;
  int32_t status;
};
extern bool_t xdr_guestfs_message_header (XDR *xdrs,
                                          struct guestfs_message_header *objp);

/* Follows the header of a reply with status GUESTFS_STATUS_ERROR. */
struct guestfs_message_error
{
  char *errno_string;
  char *error_message;
};
extern bool_t xdr_guestfs_message_error (XDR *xdrs,
                                         struct guestfs_message_error *objp);

/* A piece of a FileIn or FileOut stream: no data (and cancel 0) ends
 * it, cancel 1 abandons it.
 */
struct guestfs_chunk
{
  int32_t cancel;
  guestfs_int_buffer data;
};
extern bool_t xdr_guestfs_chunk (XDR *xdrs, struct guestfs_chunk *objp);

/* After GUESTFS_PROGRESS_FLAG. */
struct guestfs_progress
{
  int32_t proc;
  uint32_t serial;
  uint64_t position;
  uint64_t total;
};
extern bool_t xdr_guestfs_progress (XDR *xdrs, struct guestfs_progress *objp);

#endif /* GUESTFS_PROTOCOL_BASE_H */
