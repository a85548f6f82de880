/* Actions whose feature libguestfs 1.48 removed: they stay in the API
 * (programs still link against them) and fail, as there.
 */

#include <config.h>

#include <errno.h>

#include "guestfs.h"
#include "guestfs-internal.h"
#include "impl-actions.h"

int
guestfs_impl_remove_drive (guestfs_h *g, const char *label)
{
  guestfs_int_error_errno (g, ENOTSUP,
                           "remove_drive: %s: removing drives (hotplugging) "
                           "is not supported: add only the drives needed "
                           "before launch",
                           label);
  return -1;
}

char **
guestfs_impl_list_9p (guestfs_h *g)
{
  guestfs_int_error_errno (g, ENOTSUP,
                           "list_9p: virtio-9p filesystems are not supported");
  return NULL;
}

int
guestfs_impl_mount_9p (guestfs_h *g, const char *mounttag,
                       const char *mountpoint,
                       const struct guestfs_mount_9p_argv *optargs)
{
  (void)optargs;
  guestfs_int_error_errno (g, ENOTSUP,
                           "mount_9p: %s on %s: virtio-9p filesystems are "
                           "not supported",
                           mounttag, mountpoint);
  return -1;
}
