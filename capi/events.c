/* Event callbacks.
 *
 * Slots are only ever appended, so event handles stay unique for the
 * life of the handle and callbacks run in registration order.  A
 * deleted slot keeps its place with cb == NULL.
 */

#include <config.h>

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guestfs.h"
#include "guestfs-internal.h"

GUESTFS_DLL_PUBLIC int
guestfs_set_event_callback (guestfs_h *g, guestfs_event_callback cb,
                            uint64_t event_bitmask, int flags, void *opaque)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("set_event_callback");
      return -1;
    }
  GUESTFS_INT_LOCK_SCOPE (g);

  if (cb == NULL)
    {
      guestfs_int_null_param (g, "set_event_callback", "cb");
      return -1;
    }
  if (flags != 0)
    {
      guestfs_int_error_errno (g, EINVAL,
                               "set_event_callback: flags must be 0, "
                               "not %d",
                               flags);
      return -1;
    }
  if (event_bitmask & ~GUESTFS_EVENT_ALL)
    {
      guestfs_int_error_errno (
          g, EINVAL,
          "set_event_callback: unknown event bits 0x%" PRIx64
          " in event bitmask 0x%" PRIx64,
          event_bitmask & ~GUESTFS_EVENT_ALL, event_bitmask);
      return -1;
    }
  if (g->nr_events >= INT_MAX)
    {
      error (g, "set_event_callback: too many event callbacks");
      return -1;
    }

  g->events
      = safe_realloc (g, g->events, (g->nr_events + 1) * sizeof *g->events);
  g->events[g->nr_events].cb = cb;
  g->events[g->nr_events].opaque = opaque;
  g->events[g->nr_events].event_bitmask = event_bitmask;
  return (int)g->nr_events++;
}

GUESTFS_DLL_PUBLIC void
guestfs_delete_event_callback (guestfs_h *g, int event_handle)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("delete_event_callback");
      return;
    }
  GUESTFS_INT_LOCK_SCOPE (g);

  if (event_handle < 0 || (size_t)event_handle >= g->nr_events)
    return;
  g->events[event_handle].cb = NULL;
  g->events[event_handle].opaque = NULL;
  g->events[event_handle].event_bitmask = 0;
}

GUESTFS_DLL_PUBLIC char *
guestfs_event_to_string (uint64_t event)
{
  const struct guestfs_int_event_name *e;
  uint64_t known = 0;
  size_t len = 1;

  for (e = guestfs_int_event_names; e->name; ++e)
    {
      known |= e->event;
      if (event & e->event)
        len += strlen (e->name) + 1;
    }
  if (event & ~known)
    {
      errno = EINVAL;
      return NULL;
    }

  char *s = malloc (len);
  if (s == NULL)
    return NULL;
  s[0] = '\0';
  for (e = guestfs_int_event_names; e->name; ++e)
    if (event & e->event)
      {
        if (s[0])
          strcat (s, ",");
        strcat (s, e->name);
      }
  return s;
}

/* What happens to a message nobody registered a callback for. */
static void
default_message (guestfs_h *g, uint64_t event, const char *buf, size_t buf_len)
{
  const char *prefix;

  if (event == GUESTFS_EVENT_LIBRARY)
    prefix = "libguestfs: ";
  else if (event == GUESTFS_EVENT_TRACE)
    prefix = "libguestfs: trace: ";
  else if (event == GUESTFS_EVENT_WARNING)
    prefix = "libguestfs: warning: ";
  else if (event == GUESTFS_EVENT_APPLIANCE)
    {
      if (g->verbose)
        fwrite (buf, 1, buf_len, stderr);
      return;
    }
  else
    return;

  /* One locked write, so lines from different threads do not mix. */
  flockfile (stderr);
  fputs (prefix, stderr);
  fwrite (buf, 1, buf_len, stderr);
  fputc ('\n', stderr);
  funlockfile (stderr);
}

/* Call every live callback registered for event.  Only slots that
 * existed when the event started are considered; the array is indexed
 * afresh each time because a callback may grow (move) it.  Returns
 * true if any callback was called.
 */
static bool
dispatch (guestfs_h *g, uint64_t event, const char *buf, size_t buf_len,
          const uint64_t *array, size_t array_len)
{
  size_t n = g->nr_events;
  bool called = false;

  for (size_t i = 0; i < n; ++i)
    {
      struct guestfs_int_event_slot slot = g->events[i];
      if (slot.cb == NULL || !(slot.event_bitmask & event))
        continue;
      g->callback_depth++;
      slot.cb (g, slot.opaque, event, (int)i, 0, buf, buf_len, array,
               array_len);
      g->callback_depth--;
      called = true;
    }
  return called;
}

void
guestfs_int_call_callbacks_void (guestfs_h *g, uint64_t event)
{
  GUESTFS_INT_LOCK_SCOPE (g);
  dispatch (g, event, NULL, 0, NULL, 0);
}

void
guestfs_int_call_callbacks_message (guestfs_h *g, uint64_t event,
                                    const char *buf, size_t buf_len)
{
  GUESTFS_INT_LOCK_SCOPE (g);
  if (!dispatch (g, event, buf, buf_len, NULL, 0))
    default_message (g, event, buf, buf_len);
}

void
guestfs_int_call_callbacks_array (guestfs_h *g, uint64_t event,
                                  const uint64_t *array, size_t array_len)
{
  GUESTFS_INT_LOCK_SCOPE (g);
  dispatch (g, event, NULL, 0, array, array_len);
}
