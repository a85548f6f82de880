/* The XDR of the fixed part of the protocol (protocol-base.h). */

#include <config.h>

#include "protocol-base.h"

/* Decoding allocates what a length word says before reading the bytes,
 * so every length is bounded by what one message can hold: a hostile
 * peer cannot make the other side allocate gigabytes.  A string takes at
 * least 4 bytes (its length word), so no list holds more than a quarter
 * of a message's bytes in strings.
 */

/* xdr_array's element function must be (XDR *, char **). */
static bool_t
xdr_guestfs_int_str (XDR *xdrs, char **objp)
{
  return xdr_string (xdrs, objp, GUESTFS_MESSAGE_MAX);
}

bool_t
xdr_guestfs_int_str_list (XDR *xdrs, guestfs_int_str_list *objp)
{
  return xdr_array (xdrs, (char **)&objp->val, &objp->len,
                    GUESTFS_MESSAGE_MAX / 4, sizeof (char *),
                    (xdrproc_t)xdr_guestfs_int_str);
}

bool_t
xdr_guestfs_int_buffer (XDR *xdrs, guestfs_int_buffer *objp)
{
  return xdr_bytes (xdrs, &objp->val, &objp->len, GUESTFS_MESSAGE_MAX);
}

bool_t
xdr_guestfs_message_header (XDR *xdrs, struct guestfs_message_header *objp)
{
  return xdr_uint32_t (xdrs, &objp->prog) && xdr_uint32_t (xdrs, &objp->vers)
         && xdr_int32_t (xdrs, &objp->proc)
         && xdr_int32_t (xdrs, &objp->direction)
         && xdr_uint32_t (xdrs, &objp->serial)
         && xdr_uint32_t (xdrs, &objp->progress_hint)
         && xdr_uint64_t (xdrs, &objp->optargs_bitmask)
         && xdr_int32_t (xdrs, &objp->status);
}

bool_t
xdr_guestfs_message_error (XDR *xdrs, struct guestfs_message_error *objp)
{
  return xdr_string (xdrs, &objp->errno_string, GUESTFS_MESSAGE_MAX)
         && xdr_string (xdrs, &objp->error_message, GUESTFS_MESSAGE_MAX);
}

bool_t
xdr_guestfs_chunk (XDR *xdrs, struct guestfs_chunk *objp)
{
  return xdr_int32_t (xdrs, &objp->cancel)
         && xdr_guestfs_int_buffer (xdrs, &objp->data);
}

bool_t
xdr_guestfs_progress (XDR *xdrs, struct guestfs_progress *objp)
{
  return xdr_int32_t (xdrs, &objp->proc) && xdr_uint32_t (xdrs, &objp->serial)
         && xdr_uint64_t (xdrs, &objp->position)
         && xdr_uint64_t (xdrs, &objp->total);
}
