/* guestfsd's internal interfaces.  The generated stubs.c uses the names
 * in the first part; the comment above each group names its file.
 */

#ifndef GUESTFSD_DAEMON_H
#define GUESTFSD_DAEMON_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <rpc/types.h>
#include <rpc/xdr.h>

#include "guestfs_protocol.h"

/* ---- Used by the generated stubs ---- */

/* The optional arguments present in the call being handled (proto.c). */
extern uint64_t optargs_bitmask;

/* Replies (proto.c).  Exactly one reply per call: either reply() or one
 * of the reply_with_* functions.
 */
extern void reply (xdrproc_t xdrp, char *ret);
extern void reply_with_error_errno (int err, const char *fs, ...)
    __attribute__ ((format (printf, 2, 3)));
#define reply_with_error(...) reply_with_error_errno (0, __VA_ARGS__)
/* Appends ": strerror(errno)" to the message, sends errno. */
extern void reply_with_perror_errno (int err, const char *fs, ...)
    __attribute__ ((format (printf, 2, 3)));
#define reply_with_perror(...) reply_with_perror_errno (errno, __VA_ARGS__)

/* Generated in stubs.c. */
extern void dispatch_incoming_message (int proc_nr, XDR *xdr_in);

/* Argument checks (args.c).  Each replies with an error and returns -1
 * or NULL on bad input; cancel_file_in: drain the FileIn stream the
 * library is about to send first (cancel_receive), so the connection
 * stays in step.
 */
extern int check_pathname (const char *argname, const char *path,
                           int cancel_file_in);
/* Translate a canonical /dev/sdX name to the appliance's device; the
 * result is malloc'd.
 */
extern char *resolve_device (const char *argname, const char *device,
                             int cancel_file_in);
/* A device (as resolve_device) or an absolute path (returned as is,
 * copied).
 */
extern char *resolve_device_or_path (const char *argname, const char *s,
                                     int cancel_file_in);
/* A NULL-terminated array pointing at the strings of l (which stays the
 * owner of the strings); NULL after replying with an error.
 */
extern char **take_stringsbuf (guestfs_int_str_list *l);

/* String lists (utils.c). */
extern size_t count_strings (char *const *l);
extern void free_strings (char **l);

/* File transfers (proto.c). */
/* Drain and discard the FileIn stream of the current call. */
extern int cancel_receive (void);

static inline void
cleanup_free (void *ptr)
{
  extern void free (void *);
  free (*(void **) ptr);
}
#define CLEANUP_FREE __attribute__ ((cleanup (cleanup_free)))

#endif /* GUESTFSD_DAEMON_H */
