/* guestfs_create, guestfs_create_flags, guestfs_close and the defaults
 * of a new handle.
 */

#include <config.h>

#include <errno.h>
#include <stdlib.h>

#include "guestfs.h"
#include "tap.h"

/* The deprecated calls are part of the API under test. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

static int close_calls;

static void
count_close (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
             const char *buf, size_t buf_len, const uint64_t *array,
             size_t array_len)
{
  close_calls++;
}

int
main (void)
{
  guestfs_h *g;
  char *s;
  char **l;

  g = guestfs_create ();
  ok (g != NULL, "guestfs_create returns a handle");
  guestfs_close (g);

  guestfs_close (NULL);
  ok (true, "guestfs_close (NULL) does nothing");

  errno = 0;
  g = guestfs_create_flags (1 << 2);
  ok (g == NULL && errno == EINVAL, "an unknown create flag: NULL, EINVAL");
  errno = 0;
  g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT | (1u << 31));
  ok (g == NULL && errno == EINVAL,
      "a known flag with an unknown one: NULL, EINVAL");

  g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT
                            | GUESTFS_CREATE_NO_CLOSE_ON_EXIT);
  ok (g != NULL, "both flags together");
  guestfs_close (g);

  g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
  if (g == NULL)
    {
      ok (false, "create with NO_ENVIRONMENT");
      return tap_done ();
    }

  is_int (guestfs_get_verbose (g), 0, "verbose is off");
  is_int (guestfs_get_trace (g), 0, "trace is off");
  is_int (guestfs_get_autosync (g), 1, "autosync is on");
  is_int (guestfs_get_recovery_proc (g), 1, "recovery_proc is on");
  is_int (guestfs_get_memsize (g), 512, "memsize is 512");
  is_int (guestfs_get_smp (g), 1, "smp is 1");
  is_str (guestfs_get_program (g), program_invocation_short_name,
          "program is the short program name");
  char *hv = guestfs_get_hv (g);
  is_str (hv, QEMU, "qemu is the configured hypervisor");
  free (hv);
  ok (guestfs_get_path (g) && guestfs_get_path (g)[0] == '/',
      "path is an absolute directory");
  is_str (guestfs_get_append (g), NULL, "append is NULL");

  s = guestfs_get_backend (g);
  is_str (s, "direct", "backend is direct");
  free (s);
  s = guestfs_get_attach_method (g);
  is_str (s, "direct", "attach method is the backend");
  free (s);
  l = guestfs_get_backend_settings (g);
  ok (l && l[0] == NULL, "no backend settings");
  free (l);

  s = guestfs_get_tmpdir (g);
  is_str (s, "/tmp", "tmpdir is /tmp without the environment");
  free (s);
  s = guestfs_get_cachedir (g);
  is_str (s, "/var/tmp", "cachedir is /var/tmp without the environment");
  free (s);

  is_int (guestfs_is_config (g), 1, "a new handle is in CONFIG");
  is_int (guestfs_get_state (g), 0, "get_state is 0 (CONFIG)");
  is_str (guestfs_last_error (g), NULL, "no error yet");
  is_int (guestfs_last_errno (g), 0, "no errno yet");

  struct guestfs_version *v = guestfs_version (g);
  ok (v && v->major == 1 && v->minor == 0 && v->release == 0,
      "version is 1.0.0");
  is_str (v ? v->extra : NULL, "ng", "version extra is \"ng\"");
  guestfs_free_version (v);

  /* Close runs the CLOSE callbacks exactly once. */
  guestfs_set_event_callback (g, count_close, GUESTFS_EVENT_CLOSE, 0, NULL);
  guestfs_set_event_callback (g, count_close, GUESTFS_EVENT_CLOSE, 0, NULL);
  guestfs_close (g);
  is_int (close_calls, 2, "close ran both CLOSE callbacks once");

  /* Many handles at once are independent. */
  guestfs_h *hs[20];
  for (int i = 0; i < 20; ++i)
    {
      hs[i] = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
      guestfs_set_memsize (hs[i], 200 + i);
    }
  bool same = true;
  for (int i = 0; i < 20; ++i)
    same &= guestfs_get_memsize (hs[i]) == 200 + i;
  ok (same, "20 handles keep their own settings");
  for (int i = 19; i >= 0; i -= 2)
    guestfs_close (hs[i]);
  for (int i = 0; i < 20; i += 2)
    guestfs_close (hs[i]);
  ok (true, "closing handles in any order");

  return tap_done ();
}
