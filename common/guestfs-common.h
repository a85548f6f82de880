/* Helpers the library and the daemon share (common/Makefile.am).  They
 * report failure by return value and errno only: each side words its
 * own errors.
 */

#ifndef GUESTFS_COMMON_H
#define GUESTFS_COMMON_H

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <unistd.h>

/* ---- NULL-terminated string lists (string-list.c) ---- */

extern size_t guestfs_int_count_strings (char *const *l);
/* Frees the strings and the list; NULL is allowed. */
extern void guestfs_int_free_string_list (char **l);

/* ---- Writing (io.c) ---- */

/* Write all of buf, retrying after EINTR and short writes: 0, or -1
 * with errno set.
 */
extern int guestfs_int_write_all (int fd, const void *buf, size_t len);
/* After a writev (or sendmsg) of *iov that wrote n bytes: drop the
 * entries written whole, shorten the one written in part.  *iovcnt
 * reaches 0 when everything went.
 */
extern void guestfs_int_iov_advance (struct iovec **iov, int *iovcnt,
                                     size_t n);

/* ---- Scoped cleanup: the variable is released when it goes out of
 * scope, on every return path.  errno survives the cleanup.
 */

static inline void
guestfs_int_cleanup_free (void *ptr)
{
  int saved_errno = errno;

  free (*(void **)ptr);
  errno = saved_errno;
}
#define CLEANUP_FREE __attribute__ ((cleanup (guestfs_int_cleanup_free)))

static inline void
guestfs_int_cleanup_close (int *fd)
{
  if (*fd >= 0)
    {
      int saved_errno = errno;

      close (*fd);
      errno = saved_errno;
    }
}
#define CLEANUP_CLOSE __attribute__ ((cleanup (guestfs_int_cleanup_close)))

static inline void
guestfs_int_cleanup_free_string_list (char ***ptr)
{
  int saved_errno = errno;

  guestfs_int_free_string_list (*ptr);
  errno = saved_errno;
}
#define CLEANUP_FREE_STRINGS                                                  \
  __attribute__ ((cleanup (guestfs_int_cleanup_free_string_list)))

#endif /* GUESTFS_COMMON_H */
