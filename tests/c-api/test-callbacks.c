/* Calling back into the handle from its callbacks (guestfs(3),
 * CALLBACKS AND THE HANDLE): from every kind of callback that runs
 * without an appliance (ENTER, TRACE, LIBRARY, CLOSE and the error
 * handler), the non-blocking calls work, and launch, shutdown,
 * kill_subprocess, daemon calls and close fail at once with an error
 * naming the call, leaving the handle usable.  tests/launch covers the
 * callbacks that need an appliance.
 */

#include <config.h>

#include <errno.h>
#include <stdlib.h>

#include "guestfs.h"
#include "tap.h"

struct probe
{
  bool busy;      /* a probe is running */
  bool in_nested; /* a callback nested in the probe is running */
  int runs;       /* complete probes */
  int nested;     /* callbacks that ran inside a probe */
  char fail[512]; /* the first thing that went wrong, or "" */
};

static void
failed (struct probe *p, const char *fs, const char *what)
{
  if (p->fail[0] == '\0')
    snprintf (p->fail, sizeof p->fail, fs, what);
}

static void
refused (guestfs_h *g, struct probe *p, const char *name, int r)
{
  char want[128];
  const char *msg = guestfs_last_error (g);

  snprintf (want, sizeof want, "%s: cannot be called from a callback", name);
  if (r != -1)
    failed (p, "%s was not refused", name);
  else if (msg == NULL || strcmp (msg, want) != 0)
    failed (p, "%s: wrong error", name);
  else if (guestfs_last_errno (g) != EDEADLK)
    failed (p, "%s: errno is not EDEADLK", name);
}

static void
nop (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
     const char *buf, size_t buf_len, const uint64_t *array, size_t array_len)
{
}

static void
silent (guestfs_h *g, void *opaque, const char *msg)
{
}

/* Every kind of call, from inside a callback. */
static void
probe (guestfs_h *g, struct probe *p)
{
  int memsize, eh;
  char *s;

  if (p->busy)
    {
      /* A callback nested in the probe: still a callback, and once the
       * nested one returns, the probe's callback still is one.
       */
      if (p->in_nested)
        return;
      p->in_nested = true;
      p->nested++;
      guestfs_push_error_handler (g, silent, NULL);
      refused (g, p, "launch", guestfs_launch (g));
      guestfs_pop_error_handler (g);
      p->in_nested = false;
      return;
    }
  p->busy = true;

  /* Allowed: properties, state, events, private data, errors and the
   * library's own actions.
   */
  memsize = guestfs_get_memsize (g);
  if (memsize < 128 || guestfs_set_memsize (g, memsize + 1) != 0
      || guestfs_get_memsize (g) != memsize + 1
      || guestfs_set_memsize (g, memsize) != 0)
    failed (p, "%s did not work", "get_memsize/set_memsize");
  if (guestfs_is_config (g) != (guestfs_get_state (g) == 0))
    failed (p, "%s did not work", "is_config/get_state");
  eh = guestfs_set_event_callback (g, nop, GUESTFS_EVENT_ENTER, 0, NULL);
  if (eh < 0)
    failed (p, "%s did not work", "set_event_callback");
  guestfs_delete_event_callback (g, eh);
  guestfs_set_private (g, "probe", p);
  if (guestfs_get_private (g, "probe") != p)
    failed (p, "%s did not work", "set_private/get_private");
  if (guestfs_internal_test_rint (g, "42") != 42)
    failed (p, "%s did not work", "internal_test_rint");
  s = guestfs_get_backend (g);
  if (s == NULL || strcmp (s, "direct") != 0)
    failed (p, "%s did not work", "get_backend");
  free (s);

  /* Refused, each naming itself. */
  guestfs_push_error_handler (g, silent, NULL);
  refused (g, p, "launch", guestfs_launch (g));
  refused (g, p, "shutdown", guestfs_shutdown (g));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  refused (g, p, "kill_subprocess", guestfs_kill_subprocess (g));
#pragma GCC diagnostic pop
  refused (g, p, "ping_daemon", guestfs_ping_daemon (g));
  refused (g, p, "mkdir", guestfs_mkdir (g, "/x"));
  guestfs_close (g);
  refused (g, p, "close", -1);
  guestfs_pop_error_handler (g);

  /* The handle survived the close. */
  if (guestfs_get_memsize (g) != memsize)
    failed (p, "%s did not work after close", "get_memsize");

  p->runs++;
  p->busy = false;
}

static void
probe_event (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
             const char *buf, size_t buf_len, const uint64_t *array,
             size_t array_len)
{
  struct probe *p = opaque;

  /* Once per kind of callback. */
  if (p->runs == 0 || p->busy)
    probe (g, p);
}

/* Registered for ENTER: acts only inside a probe. */
static void
nested_event (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
              const char *buf, size_t buf_len, const uint64_t *array,
              size_t array_len)
{
  struct probe *p = opaque;

  if (p->busy)
    probe (g, p);
}

static void
probe_error (guestfs_h *g, void *opaque, const char *msg)
{
  struct probe *p = opaque;

  if (p->runs == 0 || p->busy)
    probe (g, p);
}

static guestfs_h *
new_handle (void)
{
  guestfs_h *g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);

  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      exit (1);
    }
  guestfs_set_program (g, "callbacks");
  return g;
}

static void
check (struct probe *p, const char *kind)
{
  ok (p->runs == 1 && p->fail[0] == '\0',
      "%s callback: allowed calls work, the others are refused naming "
      "the call%s%s",
      kind, p->fail[0] ? ": " : "", p->fail);
  ok (p->nested > 0,
      "%s callback: callbacks nested in it are refused too (%d ran)", kind,
      p->nested);
}

static void
test_event (uint64_t event, const char *kind)
{
  guestfs_h *g = new_handle ();
  struct probe p = { 0 };
  int r;

  guestfs_set_event_callback (g, probe_event, event, 0, &p);
  guestfs_set_event_callback (g, nested_event, GUESTFS_EVENT_ENTER, 0, &p);
  if (event == GUESTFS_EVENT_CLOSE)
    {
      guestfs_close (g);
      check (&p, kind);
      return;
    }
  if (event == GUESTFS_EVENT_LIBRARY)
    {
      /* Debug messages come from a launch, which fails at once here. */
      guestfs_set_verbose (g, 1);
      guestfs_set_path (g, "/nonexistent");
      guestfs_push_error_handler (g, NULL, NULL);
      r = guestfs_launch (g);
      guestfs_pop_error_handler (g);
      guestfs_set_verbose (g, 0);
      ok (r == -1 && strstr (guestfs_last_error (g), "cannot find"),
          "%s callback: the launch that fired it goes on (and fails for "
          "want of an appliance)",
          kind);
    }
  else
    {
      if (event == GUESTFS_EVENT_TRACE)
        guestfs_set_trace (g, 1);
      r = guestfs_internal_test_rint (g, "7");
      guestfs_set_trace (g, 0);
      is_int (r, 7, "%s callback: the call that fired it still works", kind);
    }
  check (&p, kind);
  guestfs_set_error_handler (g, NULL, NULL);
  ok (guestfs_ping_daemon (g) == -1
          && strstr (guestfs_last_error (g), "CONFIG") != NULL,
      "%s callback: after it, daemon calls are no longer refused (only "
      "for the state)",
      kind);
  guestfs_close (g);
}

/* The CLOSE callback closing the handle again. */
static int close_calls;

static void
close_again (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
             const char *buf, size_t buf_len, const uint64_t *array,
             size_t array_len)
{
  if (++close_calls > 1)
    return;
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_close (g);
  *(char **)opaque
      = guestfs_last_error (g) ? strdup (guestfs_last_error (g)) : NULL;
}

int
main (void)
{
  guestfs_h *g;
  struct probe p = { 0 };
  char *msg = NULL;

  test_event (GUESTFS_EVENT_ENTER, "ENTER");
  test_event (GUESTFS_EVENT_TRACE, "TRACE");
  test_event (GUESTFS_EVENT_LIBRARY, "LIBRARY");
  test_event (GUESTFS_EVENT_CLOSE, "CLOSE");

  g = new_handle ();
  guestfs_set_error_handler (g, probe_error, &p);
  guestfs_set_event_callback (g, nested_event, GUESTFS_EVENT_ENTER, 0, &p);
  is_int (guestfs_set_memsize (g, 1), -1, "a failing call");
  check (&p, "error handler");
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_close (g);

  g = new_handle ();
  guestfs_set_event_callback (g, close_again, GUESTFS_EVENT_CLOSE, 0, &msg);
  guestfs_close (g);
  is_int (close_calls, 1,
          "close from the CLOSE callback does not close (or recurse)");
  is_str (msg, "close: cannot be called from a callback",
          "it fails naming close");
  free (msg);

  return tap_done ();
}
