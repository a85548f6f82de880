/* Run by test-atexit: opens handles and exits without closing them.
 * Each CLOSE callback prints one line, so the test can count them.
 */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "guestfs.h"

static void
say_closed (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
            const char *buf, size_t buf_len, const uint64_t *array,
            size_t array_len)
{
  /* The handle is still usable while its CLOSE callbacks run. */
  printf ("close %s (program %s)\n", (const char *)opaque,
          guestfs_get_program (g));
}

static guestfs_h *
open_handle (unsigned flags, const char *name)
{
  guestfs_h *g = guestfs_create_flags (flags);

  if (g == NULL)
    exit (2);
  guestfs_set_program (g, name);
  guestfs_set_event_callback (g, say_closed, GUESTFS_EVENT_CLOSE, 0,
                              (void *)name);
  return g;
}

static guestfs_h *closed_by_own_atexit;

/* Registered after the library's handler, so it runs first. */
static void
own_atexit (void)
{
  guestfs_close (closed_by_own_atexit);
}

int
main (void)
{
  open_handle (0, "left-open");
  open_handle (GUESTFS_CREATE_NO_CLOSE_ON_EXIT, "no-close-on-exit");
  guestfs_close (open_handle (0, "closed-explicitly"));
  guestfs_h *g = open_handle (GUESTFS_CREATE_NO_ENVIRONMENT, "two-callbacks");
  guestfs_set_event_callback (g, say_closed, GUESTFS_EVENT_CLOSE, 0,
                              "two-callbacks, second");
  closed_by_own_atexit = open_handle (0, "own-atexit");
  atexit (own_atexit);

  printf ("exiting\n");
  exit (0);
}
