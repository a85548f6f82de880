/* Calling back into the handle from the callbacks that need an
 * appliance (guestfs(3), CALLBACKS AND THE HANDLE): LIBRARY messages and
 * APPLIANCE output during launch, LAUNCH_DONE, PROGRESS and
 * SUBPROCESS_QUIT (from shutdown, and from close).  From each, the
 * non-blocking calls work and launch, shutdown, kill_subprocess, daemon
 * calls and close fail at once naming the call: the launch or call that
 * ran the callback goes on undisturbed, and no qemu outlives the handle.
 * tests/c-api/test-callbacks covers the callbacks that need none.
 */

#include <config.h>

#include "launch/launch-test.h"

enum kind
{
  AT_QEMU_PID,  /* LIBRARY "launch: qemu pid" (qemu started) */
  AT_CONNECTED, /* LIBRARY "launch: qemu connected" */
  AT_CONSOLE,   /* APPLIANCE output during launch */
  AT_LAUNCH_DONE,
  AT_PROGRESS,
  AT_QUIT,       /* SUBPROCESS_QUIT from guestfs_shutdown */
  AT_CLOSE_QUIT, /* SUBPROCESS_QUIT from guestfs_close */
  NR_KINDS
};

static const char *const kind_name[] = {
  "LIBRARY \"launch: qemu pid\"",
  "LIBRARY \"launch: qemu connected\"",
  "APPLIANCE during launch",
  "LAUNCH_DONE",
  "PROGRESS",
  "SUBPROCESS_QUIT from shutdown",
  "SUBPROCESS_QUIT from close",
};

struct probes
{
  bool closing; /* guestfs_close is running */
  bool done[NR_KINDS];
  char fail[NR_KINDS][256]; /* "" if all went as it should */
  pid_t qemu;
};

static void
silent (guestfs_h *g, void *opaque, const char *msg)
{
}

static void
failed (struct probes *p, enum kind k, const char *what)
{
  if (p->fail[k][0] == '\0')
    snprintf (p->fail[k], sizeof p->fail[k], "%s", what);
}

static void
refused (guestfs_h *g, struct probes *p, enum kind k, const char *name, int r)
{
  char want[128];
  const char *msg = guestfs_last_error (g);

  snprintf (want, sizeof want, "%s: cannot be called from a callback", name);
  if (r != -1 || msg == NULL || strcmp (msg, want) != 0)
    failed (p, k, name);
}

static void
probe (guestfs_h *g, struct probes *p, enum kind k)
{
  int state = guestfs_get_state (g);
  int memsize = guestfs_get_memsize (g);
  char *s;

  p->done[k] = true;
  if (state < 0 || guestfs_is_launching (g) != (state == 1)
      || guestfs_is_ready (g) != (state == 2))
    failed (p, k, "get_state/is_*");
  if (memsize < 128 || guestfs_set_memsize (g, memsize + 1) != 0
      || guestfs_get_memsize (g) != memsize + 1
      || guestfs_set_memsize (g, memsize) != 0)
    failed (p, k, "get_memsize/set_memsize");
  if (state != 0 && guestfs_get_pid (g) != p->qemu)
    failed (p, k, "get_pid");
  guestfs_set_private (g, "probe", p);
  if (guestfs_get_private (g, "probe") != p)
    failed (p, k, "set_private/get_private");
  s = guestfs_internal_test_rstring (g, "x");
  if (s == NULL || strcmp (s, "x") != 0)
    failed (p, k, "internal_test_rstring");
  free (s);

  guestfs_push_error_handler (g, silent, NULL);
  refused (g, p, k, "launch", guestfs_launch (g));
  refused (g, p, k, "shutdown", guestfs_shutdown (g));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  refused (g, p, k, "kill_subprocess", guestfs_kill_subprocess (g));
#pragma GCC diagnostic pop
  refused (g, p, k, "ping_daemon", guestfs_ping_daemon (g));
  s = guestfs_debug (g, "echo", (char *[]){ (char *)"a", NULL });
  refused (g, p, k, "debug", s ? 0 : -1);
  free (s);
  guestfs_close (g);
  refused (g, p, k, "close", -1);
  guestfs_pop_error_handler (g);

  if (guestfs_get_state (g) != state)
    failed (p, k, "the state changed");
}

static void
on_event (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
          const char *buf, size_t buf_len, const uint64_t *array,
          size_t array_len)
{
  struct probes *p = opaque;
  enum kind k;
  int pid;

  if (event == GUESTFS_EVENT_LIBRARY)
    {
      fprintf (stderr, "libguestfs: %.*s\n", (int)buf_len, buf);
      if (buf_len > 18 && sscanf (buf, "launch: qemu pid %d", &pid) == 1)
        {
          p->qemu = pid;
          k = AT_QEMU_PID;
        }
      else if (buf_len > 22
               && strncmp (buf, "launch: qemu connected", 22) == 0)
        k = AT_CONNECTED;
      else
        return;
    }
  else if (event == GUESTFS_EVENT_APPLIANCE)
    {
      if (guestfs_is_launching (g) != 1)
        return;
      k = AT_CONSOLE;
    }
  else if (event == GUESTFS_EVENT_LAUNCH_DONE)
    k = AT_LAUNCH_DONE;
  else if (event == GUESTFS_EVENT_PROGRESS)
    k = AT_PROGRESS;
  else if (event == GUESTFS_EVENT_SUBPROCESS_QUIT)
    k = p->closing ? AT_CLOSE_QUIT : AT_QUIT;
  else
    return;
  if (!p->done[k])
    probe (g, p, k);
}

static void
check (struct probes *p, enum kind k)
{
  ok (p->done[k] && p->fail[k][0] == '\0',
      "%s callback: allowed calls work, the others are refused naming "
      "the call%s%s",
      kind_name[k], p->fail[k][0] ? ": wrong: " : "", p->fail[k]);
}

static guestfs_h *
launched (struct probes *p)
{
  guestfs_h *g = guestfs_create ();

  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      exit (1);
    }
  guestfs_set_verbose (g, 1);
  guestfs_set_event_callback (g, on_event, GUESTFS_EVENT_ALL, 0, p);
  if (!ok (guestfs_launch (g) == 0 && guestfs_is_ready (g) == 1,
           "the launch whose callbacks were refused completes"))
    {
      printf ("Bail out! launch failed: %s\n", guestfs_last_error (g));
      exit (1);
    }
  return g;
}

int
main (void)
{
  struct probes p = { 0 };
  guestfs_h *g;
  char *s;

  safety_net (600);

  g = launched (&p);
  check (&p, AT_QEMU_PID);
  check (&p, AT_CONNECTED);
  check (&p, AT_CONSOLE);
  check (&p, AT_LAUNCH_DONE);
  ok (process_alive (p.qemu), "qemu (pid %d) is running", (int)p.qemu);

  s = guestfs_debug (g, "progress", (char *[]){ (char *)"2", NULL });
  ok (s != NULL, "the call whose PROGRESS callback was refused completes");
  free (s);
  check (&p, AT_PROGRESS);
  ok (guestfs_is_ready (g) == 1, "and the handle is READY");

  ok (guestfs_shutdown (g) == 0, "shutdown");
  check (&p, AT_QUIT);
  ok (guestfs_is_config (g) == 1 && !process_alive (p.qemu),
      "after shutdown: CONFIG, and qemu is gone");

  /* Once a launch from SUBPROCESS_QUIT during close started a qemu that
   * outlived the handle.
   */
  ok (guestfs_launch (g) == 0, "launch again");
  p.closing = true;
  guestfs_close (g);
  check (&p, AT_CLOSE_QUIT);
  ok (!process_alive (p.qemu), "qemu (pid %d) is gone after close",
      (int)p.qemu);
  is_int (count_children (), 0, "nothing left running after close");

  return tap_done ();
}
