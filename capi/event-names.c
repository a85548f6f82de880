/* GENERATED FILE: do not edit.
 * Made by generator/c.py from generator/api.py;
 * change those and run 'make -C generator' (or just 'make').
 */

#include <config.h>

#include "guestfs.h"
#include "guestfs-internal.h"

const struct guestfs_int_event_name guestfs_int_event_names[] = {
  { GUESTFS_EVENT_CLOSE, "close" },
  { GUESTFS_EVENT_SUBPROCESS_QUIT, "subprocess_quit" },
  { GUESTFS_EVENT_LAUNCH_DONE, "launch_done" },
  { GUESTFS_EVENT_PROGRESS, "progress" },
  { GUESTFS_EVENT_APPLIANCE, "appliance" },
  { GUESTFS_EVENT_LIBRARY, "library" },
  { GUESTFS_EVENT_TRACE, "trace" },
  { GUESTFS_EVENT_ENTER, "enter" },
  { GUESTFS_EVENT_LIBVIRT_AUTH, "libvirt_auth" },
  { GUESTFS_EVENT_WARNING, "warning" },
  { 0, NULL }
};
