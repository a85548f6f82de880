/* Launching and stopping the appliance: the state changes around it
 * and the dispatch to the backend named by g->backend.
 */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "guestfs.h"
#include "guestfs-internal.h"
#include "impl-actions.h"

/* The backend for g->backend (checked by set_backend), and in *arg what
 * follows "unix:".
 */
int
guestfs_int_setting_seconds (guestfs_h *g, const char *name, int default_s,
                             int *secs)
{
  const char *s = guestfs_int_backend_setting (g, name);
  char *end;
  long v;

  if (s == NULL)
    {
      *secs = default_s;
      return 0;
    }
  errno = 0;
  v = strtol (s, &end, 10);
  if (errno || end == s || *end != '\0' || v <= 0 || v > INT_MAX / 1000)
    {
      error (g,
             "launch: backend setting %s=%s: expected a number of "
             "seconds",
             name, s);
      return -1;
    }
  *secs = (int)v;
  return 0;
}

int
guestfs_int_launch_timeout_s (guestfs_h *g, int default_s, int *secs)
{
  return guestfs_int_setting_seconds (g, "launch_timeout", default_s, secs);
}

static const struct guestfs_int_backend_ops *
pick_backend (guestfs_h *g, const char **arg)
{
  if (g->backend && strncmp (g->backend, "unix:", 5) == 0)
    {
      *arg = g->backend + 5;
      return &guestfs_int_backend_unix;
    }
  *arg = NULL;
  return &guestfs_int_backend_direct;
}

int
guestfs_impl_launch (guestfs_h *g)
{
  const struct guestfs_int_backend_ops *ops;
  const char *arg;
  struct timespec start;

  /* Backend settings change only in CONFIG: read them once here. */
  if (guestfs_int_setting_seconds (g, "call_timeout", 0, &g->call_timeout_s)
      == -1)
    return -1;
  ops = pick_backend (g, &arg);
  clock_gettime (CLOCK_MONOTONIC, &start);
  debug (g, "launch: backend %s%s%s, %zu drive(s)", ops->name, arg ? " " : "",
         arg ? arg : "", g->nr_drives);

  /* Errors from this launch quote only what this appliance printed. */
  free (g->console_tail);
  g->console_tail = NULL;
  g->console_tail_len = 0;

  g->state = GUESTFS_INT_STATE_LAUNCHING;
  g->backend_ops = ops;
  if (ops->launch (g, arg) == -1)
    {
      debug (g, "launch: failed after %.3f s", guestfs_int_elapsed_s (&start));
      guestfs_int_close_connection (g);
      g->backend_ops = NULL;
      g->state = GUESTFS_INT_STATE_CONFIG;
      return -1;
    }
  g->state = GUESTFS_INT_STATE_READY;
  debug (g, "launch: the daemon is ready after %.3f s",
         guestfs_int_elapsed_s (&start));
  guestfs_int_call_callbacks_void (g, GUESTFS_EVENT_LAUNCH_DONE);
  return 0;
}

/* Release the connection and the backend (stopping it), back to CONFIG. */
static int
stop_backend (guestfs_h *g, bool check_for_errors)
{
  const struct guestfs_int_backend_ops *ops = g->backend_ops;
  int ret = 0;

  /* Closing the connection first lets the daemon see EOF, sync and
   * power the appliance off while the backend waits for it.
   */
  guestfs_int_close_connection (g);
  if (ops && ops->shutdown (g, check_for_errors) == -1)
    ret = -1;
  g->backend_ops = NULL;
  g->state = GUESTFS_INT_STATE_CONFIG;
  debug (g, "the appliance is gone");
  guestfs_int_call_callbacks_void (g, GUESTFS_EVENT_SUBPROCESS_QUIT);
  return ret;
}

void
guestfs_int_appliance_gone (guestfs_h *g)
{
  if (g->state != GUESTFS_INT_STATE_CONFIG)
    stop_backend (g, false);
}

int
guestfs_int_shutdown (guestfs_h *g, bool sync_first, bool check_for_errors)
{
  int ret = 0;

  if (g->state == GUESTFS_INT_STATE_CONFIG)
    return 0;
  /* Not while BUSY: only a close at exit, with exit called from a
   * callback during a call, gets here then, and that call never ends.
   */
  if (sync_first && g->autosync && g->state == GUESTFS_INT_STATE_READY)
    {
      debug (g, "shutdown: umount_all and sync");
      if (guestfs_umount_all (g) == -1 || guestfs_sync (g) == -1)
        ret = -1;
    }
  /* A failed sync may already have found the appliance dead. */
  if (g->state != GUESTFS_INT_STATE_CONFIG
      && stop_backend (g, check_for_errors) == -1)
    ret = -1;
  return check_for_errors ? ret : 0;
}

int
guestfs_impl_shutdown (guestfs_h *g)
{
  return guestfs_int_shutdown (g, true, true);
}

int
guestfs_impl_kill_subprocess (guestfs_h *g)
{
  return guestfs_int_shutdown (g, false, false);
}

int
guestfs_impl_get_pid (guestfs_h *g)
{
  /* Outside CONFIG (checked by the caller) there is always a backend. */
  return g->backend_ops->get_pid (g);
}
