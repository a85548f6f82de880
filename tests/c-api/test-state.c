/* Handle states: the state queries, and calls made in a state that
 * does not allow them fail with an error naming the states.
 */

#include <config.h>

#include <stdlib.h>

#include "guestfs.h"
#include "tap.h"

/* The deprecated calls are part of the API under test. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

int
main (void)
{
  guestfs_h *g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);

  if (g == NULL)
    {
      ok (false, "create");
      return tap_done ();
    }
  guestfs_set_error_handler (g, NULL, NULL);

  is_int (guestfs_is_config (g), 1, "is_config");
  is_int (guestfs_is_launching (g), 0, "not is_launching");
  is_int (guestfs_is_ready (g), 0, "not is_ready");
  is_int (guestfs_is_busy (g), 0, "not is_busy");
  is_int (guestfs_get_state (g), 0, "get_state 0");

  is_int (guestfs_get_pid (g), -1, "get_pid in CONFIG fails");
  is_str (
      guestfs_last_error (g),
      "get_pid: this call is only allowed in LAUNCHING/READY/BUSY "
      "state, but the handle is in CONFIG state (call guestfs_launch first)",
      "the error names the allowed states and the current one");

  is_int (guestfs_kill_subprocess (g), -1, "kill_subprocess in CONFIG fails");
  has_str (guestfs_last_error (g), "kill_subprocess",
           "naming kill_subprocess");

  is_int (guestfs_mkdir (g, "/a"), -1, "mkdir in CONFIG fails");
  has_str (guestfs_last_error (g), "mkdir", "the error names mkdir");
  has_str (guestfs_last_error (g), "CONFIG", "and the CONFIG state");
  has_str (guestfs_last_error (g), "guestfs_launch",
           "and says to call guestfs_launch");
  is_int (guestfs_ping_daemon (g), -1, "ping_daemon in CONFIG fails");
  char **l = guestfs_list_devices (g);
  ok (l == NULL, "list_devices in CONFIG fails");

  is_int (guestfs_set_memsize (g, 1000), 0, "set_memsize in CONFIG");
  is_int (guestfs_set_backend (g, "direct"), 0, "set_backend in CONFIG");
  is_int (guestfs_shutdown (g), 0, "shutdown in CONFIG does nothing");
  is_int (guestfs_is_config (g), 1, "still CONFIG");

  guestfs_close (g);
  return tap_done ();
}
