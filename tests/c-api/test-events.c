/* Event callbacks: registering (good and bad), deleting, the order of
 * calls, callbacks that change the callbacks while they run, the
 * default output when nobody listens, and guestfs_event_to_string.
 */

#include <config.h>

#include <errno.h>
#include <stdlib.h>

#include "guestfs.h"
#include "tap.h"

/* What the callbacks saw, in order. */
static char seen[4096];

static void
note (const char *fs, const char *arg)
{
  size_t len = strlen (seen);
  snprintf (seen + len, sizeof seen - len, fs, arg);
}

/* Notes its opaque string. */
static void
named (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
       const char *buf, size_t buf_len, const uint64_t *array,
       size_t array_len)
{
  note ("%s;", opaque);
}

static int enter_handle;
static char enter_buf[64];
static size_t enter_len;
static uint64_t enter_event;

static void
enter_cb (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
          const char *buf, size_t buf_len, const uint64_t *array,
          size_t array_len)
{
  enter_handle = eh;
  enter_event = event;
  enter_len = buf_len;
  snprintf (enter_buf, sizeof enter_buf, "%.*s", (int)buf_len, buf);
}

/* Deletes itself the first time it runs. */
static void
self_deleting (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
               const char *buf, size_t buf_len, const uint64_t *array,
               size_t array_len)
{
  note ("%s;", "self");
  guestfs_delete_event_callback (g, eh);
}

/* Deletes the callback whose handle is in *opaque. */
static void
deleting_other (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
                const char *buf, size_t buf_len, const uint64_t *array,
                size_t array_len)
{
  note ("%s;", "deleter");
  guestfs_delete_event_callback (g, *(int *)opaque);
}

/* Registers 100 more callbacks (the slot array must grow and move)
 * and deletes itself.
 */
static void
registering (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
             const char *buf, size_t buf_len, const uint64_t *array,
             size_t array_len)
{
  note ("%s;", "registering");
  for (int i = 0; i < 100; ++i)
    guestfs_set_event_callback (g, named, GUESTFS_EVENT_ENTER, 0, "new");
  guestfs_delete_event_callback (g, eh);
}

static int close_calls;
static char close_program[64];

/* Calls the API on the handle being closed. */
static void
close_cb (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
          const char *buf, size_t buf_len, const uint64_t *array,
          size_t array_len)
{
  close_calls++;
  snprintf (close_program, sizeof close_program, "%s",
            guestfs_get_program (g));
}

static char library_msg[256];

static void
library_cb (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
            const char *buf, size_t buf_len, const uint64_t *array,
            size_t array_len)
{
  snprintf (library_msg, sizeof library_msg, "%.*s", (int)buf_len, buf);
}

static int
count (const char *s, const char *what)
{
  int n = 0;
  size_t len = strlen (what);

  for (const char *p = strstr (s, what); p; p = strstr (p + len, what))
    n++;
  return n;
}

static guestfs_h *
new_handle (void)
{
  guestfs_h *g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create_flags failed\n");
      exit (1);
    }
  return g;
}

int
main (void)
{
  guestfs_h *g;
  char *s;
  int eh, eh2;

  /* Registering. */
  g = new_handle ();
  guestfs_set_error_handler (g, NULL, NULL);
  eh = guestfs_set_event_callback (g, named, GUESTFS_EVENT_CLOSE, 1, "x");
  is_int (eh, -1, "flags 1 is refused");
  has_str (guestfs_last_error (g), "flags", "the error names the flags");
  eh = guestfs_set_event_callback (g, named, UINT64_C (1) << 20, 0, "x");
  is_int (eh, -1, "an unknown event bit is refused");
  has_str (guestfs_last_error (g), "0x100000", "the error names the bit");
  eh = guestfs_set_event_callback (g, named, GUESTFS_EVENT_ALL + 1, 0, "x");
  is_int (eh, -1, "a bit just above GUESTFS_EVENT_ALL is refused");
  eh = guestfs_set_event_callback (g, NULL, GUESTFS_EVENT_CLOSE, 0, "x");
  is_int (eh, -1, "a NULL callback is refused");
  eh = guestfs_set_event_callback (g, named, GUESTFS_EVENT_ALL, 0, "x");
  ok (eh >= 0, "GUESTFS_EVENT_ALL is accepted");
  eh2 = guestfs_set_event_callback (g, named, GUESTFS_EVENT_CLOSE, 0, "x");
  ok (eh2 >= 0 && eh2 != eh, "a second callback gets another handle");
  guestfs_delete_event_callback (g, eh);
  guestfs_delete_event_callback (g, eh2);
  guestfs_delete_event_callback (g, -1);
  guestfs_delete_event_callback (g, 1000000);
  guestfs_delete_event_callback (g, eh);
  ok (true, "deleting bad or already deleted handles is ignored");

  /* ENTER: the name without guestfs_. */
  eh = guestfs_set_event_callback (g, enter_cb, GUESTFS_EVENT_ENTER, 0, NULL);
  guestfs_get_memsize (g);
  is_str (enter_buf, "get_memsize", "ENTER carries the function name");
  is_int (enter_len, 11, "and its length");
  ok (enter_event == GUESTFS_EVENT_ENTER, "the event is ENTER");
  is_int (enter_handle, eh, "the callback gets its own event handle");
  guestfs_delete_event_callback (g, eh);
  enter_buf[0] = '\0';
  guestfs_get_memsize (g);
  is_str (enter_buf, "", "a deleted callback is not called");

  /* Several callbacks: registration order; the mask is respected. */
  seen[0] = '\0';
  int a = guestfs_set_event_callback (g, named, GUESTFS_EVENT_ENTER, 0, "a");
  int b = guestfs_set_event_callback (g, named, GUESTFS_EVENT_ENTER, 0, "b");
  guestfs_set_event_callback (g, named, GUESTFS_EVENT_CLOSE, 0, "not-me");
  int c = guestfs_set_event_callback (
      g, named, GUESTFS_EVENT_ENTER | GUESTFS_EVENT_CLOSE, 0, "c");
  guestfs_get_smp (g);
  is_str (seen, "a;b;c;", "callbacks run in registration order");
  guestfs_delete_event_callback (g, b);
  seen[0] = '\0';
  guestfs_get_smp (g);
  is_str (seen, "a;c;", "after deleting b");
  guestfs_delete_event_callback (g, a);
  guestfs_delete_event_callback (g, c);

  /* Changing the callbacks from a callback. */
  seen[0] = '\0';
  int self = guestfs_set_event_callback (g, self_deleting, GUESTFS_EVENT_ENTER,
                                         0, NULL);
  guestfs_get_smp (g);
  guestfs_get_smp (g);
  is_str (seen, "self;", "a callback may delete itself");
  guestfs_delete_event_callback (g, self);

  int victim;
  int deleter = guestfs_set_event_callback (g, deleting_other,
                                            GUESTFS_EVENT_ENTER, 0, &victim);
  victim = guestfs_set_event_callback (g, named, GUESTFS_EVENT_ENTER, 0,
                                       "victim");
  seen[0] = '\0';
  guestfs_get_smp (g);
  is_str (seen, "deleter;",
          "a callback deleted by an earlier one is not called");
  guestfs_delete_event_callback (g, deleter);

  seen[0] = '\0';
  guestfs_set_event_callback (g, registering, GUESTFS_EVENT_ENTER, 0, NULL);
  guestfs_set_event_callback (g, named, GUESTFS_EVENT_ENTER, 0, "after");
  guestfs_get_smp (g);
  is_str (seen, "registering;after;",
          "callbacks added during an event wait for the next one, and "
          "the old ones still run");
  seen[0] = '\0';
  guestfs_get_smp (g);
  ok (count (seen, "new;") == 100 && strncmp (seen, "after;", 6) == 0
          && count (seen, "registering;") == 0,
      "the next event calls the 100 new callbacks, not the deleted one");
  guestfs_close (g);

  /* CLOSE: exactly once, and the callback may use the handle. */
  g = new_handle ();
  guestfs_set_program (g, "closing-prog");
  guestfs_set_event_callback (g, close_cb, GUESTFS_EVENT_CLOSE, 0, NULL);
  guestfs_close (g);
  is_int (close_calls, 1, "the CLOSE callback ran once");
  is_str (close_program, "closing-prog",
          "and could call the API on the closing handle");

  /* Defaults with no callback. */
  struct capture cap;
  g = new_handle ();
  capture_begin (&cap, 2);
  guestfs_set_trace (g, 1);
  guestfs_get_smp (g);
  guestfs_set_trace (g, 0);
  s = capture_end (&cap);
  is_str (s,
          "libguestfs: trace: set_trace = 0\n"
          "libguestfs: trace: get_smp\n"
          "libguestfs: trace: get_smp = 1\n"
          "libguestfs: trace: set_trace false\n",
          "trace goes to stderr with no TRACE callback");
  free (s);

  capture_begin (&cap, 2);
  guestfs_set_verbose (g, 1);
  guestfs_close (g);
  s = capture_end (&cap);
  has_str (s, "libguestfs: closing guestfs handle",
           "debug messages go to stderr when verbose");
  free (s);

  g = new_handle ();
  guestfs_set_event_callback (g, library_cb, GUESTFS_EVENT_LIBRARY, 0, NULL);
  capture_begin (&cap, 2);
  guestfs_set_verbose (g, 1);
  guestfs_close (g);
  s = capture_end (&cap);
  is_str (s, "", "not when a LIBRARY callback is registered");
  has_str (library_msg, "closing guestfs handle",
           "the callback gets the message, without a prefix");
  free (s);

  g = new_handle ();
  capture_begin (&cap, 2);
  guestfs_close (g);
  s = capture_end (&cap);
  is_str (s, "", "nothing is printed when not verbose");
  free (s);

  /* event_to_string */
  s = guestfs_event_to_string (GUESTFS_EVENT_CLOSE | GUESTFS_EVENT_PROGRESS);
  is_str (s, "close,progress", "event_to_string close|progress");
  free (s);
  s = guestfs_event_to_string (GUESTFS_EVENT_WARNING);
  is_str (s, "warning", "event_to_string warning");
  free (s);
  s = guestfs_event_to_string (GUESTFS_EVENT_ALL);
  is_str (s,
          "appliance,close,enter,launch_done,library,libvirt_auth,progress,"
          "subprocess_quit,trace,warning",
          "event_to_string of GUESTFS_EVENT_ALL: names in alphabetical order");
  free (s);
  s = guestfs_event_to_string (GUESTFS_EVENT_CLOSE | GUESTFS_EVENT_ENTER
                               | GUESTFS_EVENT_SUBPROCESS_QUIT);
  is_str (s, "close,enter,subprocess_quit",
          "event_to_string close|subprocess_quit|enter, alphabetical");
  free (s);
  s = guestfs_event_to_string (0);
  is_str (s, "", "event_to_string (0) is empty");
  free (s);
  errno = 0;
  s = guestfs_event_to_string (GUESTFS_EVENT_CLOSE | (UINT64_C (1) << 40));
  ok (s == NULL && errno == EINVAL, "an unknown bit: NULL, EINVAL");
  free (s);

  return tap_done ();
}
