/* Handle defaults taken from the environment, and ignored with
 * GUESTFS_CREATE_NO_ENVIRONMENT.
 */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>

#include "guestfs.h"
#include "tap.h"

static const char *const vars[] = {
  "LIBGUESTFS_DEBUG",
  "LIBGUESTFS_TRACE",
  "LIBGUESTFS_PATH",
  "LIBGUESTFS_QEMU",
  "LIBGUESTFS_APPEND",
  "LIBGUESTFS_MEMSIZE",
  "LIBGUESTFS_BACKEND",
  "LIBGUESTFS_ATTACH_METHOD",
  "LIBGUESTFS_BACKEND_SETTINGS",
  "LIBGUESTFS_TMPDIR",
  "LIBGUESTFS_CACHEDIR",
  "TMPDIR",
  NULL,
};

static void
clear_environment (void)
{
  for (size_t i = 0; vars[i]; ++i)
    unsetenv (vars[i]);
}

/* Swallow trace and debug messages so they do not reach stderr. */
static void
discard (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
         const char *buf, size_t buf_len, const uint64_t *array,
         size_t array_len)
{
}

static void
quiet (guestfs_h *g)
{
  guestfs_set_event_callback (
      g, discard, GUESTFS_EVENT_TRACE | GUESTFS_EVENT_LIBRARY, 0, NULL);
}

/* guestfs_create must fail, saying on stderr something that names
 * both the variable and its value.
 */
static void
create_fails (const char *var, const char *value, const char *what)
{
  struct capture c;
  guestfs_h *g;

  clear_environment ();
  setenv (var, value, 1);
  capture_begin (&c, 2);
  errno = 0;
  g = guestfs_create ();
  int err = errno;
  char *msg = capture_end (&c);
  ok (g == NULL && err == EINVAL, "%s: create fails with EINVAL", what);
  has_str (msg, var, "%s: the message names %s", what, var);
  has_str (msg, value, "%s: the message quotes the value", what);
  if (g)
    guestfs_close (g);
  free (msg);
}

int
main (void)
{
  guestfs_h *g;
  char *s;
  char **l;
  char dir1[] = "/tmp/test-environment.XXXXXX";
  char dir2[] = "/tmp/test-environment.XXXXXX";

  if (mkdtemp (dir1) == NULL || mkdtemp (dir2) == NULL)
    {
      perror ("mkdtemp");
      return 2;
    }

  clear_environment ();
  setenv ("LIBGUESTFS_DEBUG", "1", 1);
  setenv ("LIBGUESTFS_TRACE", "1", 1);
  setenv ("LIBGUESTFS_PATH", "/some/appliance", 1);
  setenv ("LIBGUESTFS_QEMU", "/some/qemu", 1);
  setenv ("LIBGUESTFS_APPEND", "console=ttyS0 x=1", 1);
  setenv ("LIBGUESTFS_MEMSIZE", "1024", 1);
  setenv ("LIBGUESTFS_BACKEND", "unix:/some/socket", 1);
  setenv ("LIBGUESTFS_ATTACH_METHOD", "appliance", 1);
  setenv ("LIBGUESTFS_BACKEND_SETTINGS", "force_tcg::launch_timeout=60:", 1);
  setenv ("LIBGUESTFS_TMPDIR", dir1, 1);
  setenv ("LIBGUESTFS_CACHEDIR", dir2, 1);
  setenv ("TMPDIR", "/nowhere", 1);

  g = guestfs_create ();
  ok (g != NULL, "create with every variable set");
  if (g == NULL)
    return tap_done ();
  quiet (g);
  is_int (guestfs_get_verbose (g), 1, "LIBGUESTFS_DEBUG=1 turns on verbose");
  is_int (guestfs_get_trace (g), 1, "LIBGUESTFS_TRACE=1 turns on trace");
  is_str (guestfs_get_path (g), "/some/appliance", "LIBGUESTFS_PATH");
  s = guestfs_get_hv (g);
  is_str (s, "/some/qemu", "LIBGUESTFS_QEMU");
  free (s);
  is_str (guestfs_get_append (g), "console=ttyS0 x=1", "LIBGUESTFS_APPEND");
  is_int (guestfs_get_memsize (g), 1024, "LIBGUESTFS_MEMSIZE");
  s = guestfs_get_backend (g);
  is_str (s, "unix:/some/socket",
          "LIBGUESTFS_BACKEND wins over LIBGUESTFS_ATTACH_METHOD");
  free (s);
  l = guestfs_get_backend_settings (g);
  ok (l && l[0] && l[1] && !l[2], "two backend settings");
  is_str (l ? l[0] : NULL, "force_tcg", "first setting");
  is_str (l && l[0] ? l[1] : NULL, "launch_timeout=60", "second setting");
  for (size_t i = 0; l && l[i]; ++i)
    free (l[i]);
  free (l);
  s = guestfs_get_tmpdir (g);
  is_str (s, dir1, "LIBGUESTFS_TMPDIR wins over TMPDIR");
  free (s);
  s = guestfs_get_cachedir (g);
  is_str (s, dir2, "LIBGUESTFS_CACHEDIR wins over TMPDIR");
  free (s);
  guestfs_close (g);

  /* The same environment, ignored. */
  g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
  ok (g != NULL, "create with NO_ENVIRONMENT");
  if (g == NULL)
    return tap_done ();
  is_int (guestfs_get_verbose (g), 0, "NO_ENVIRONMENT: verbose off");
  is_int (guestfs_get_trace (g), 0, "NO_ENVIRONMENT: trace off");
  ok (strcmp (guestfs_get_path (g), "/some/appliance") != 0,
      "NO_ENVIRONMENT: default path");
  s = guestfs_get_hv (g);
  is_str (s, QEMU, "NO_ENVIRONMENT: default qemu");
  free (s);
  is_str (guestfs_get_append (g), NULL, "NO_ENVIRONMENT: no append");
  is_int (guestfs_get_memsize (g), 512, "NO_ENVIRONMENT: memsize 512");
  s = guestfs_get_backend (g);
  is_str (s, "direct", "NO_ENVIRONMENT: backend direct");
  free (s);
  l = guestfs_get_backend_settings (g);
  ok (l && l[0] == NULL, "NO_ENVIRONMENT: no backend settings");
  free (l);
  s = guestfs_get_tmpdir (g);
  is_str (s, "/tmp", "NO_ENVIRONMENT: tmpdir /tmp");
  free (s);
  s = guestfs_get_cachedir (g);
  is_str (s, "/var/tmp", "NO_ENVIRONMENT: cachedir /var/tmp");
  free (s);
  /* set_tmpdir (NULL) goes back to the default, still not $TMPDIR. */
  guestfs_set_tmpdir (g, dir1);
  guestfs_set_tmpdir (g, NULL);
  s = guestfs_get_tmpdir (g);
  is_str (s, "/tmp", "NO_ENVIRONMENT: set_tmpdir (NULL) restores /tmp");
  free (s);
  guestfs_close (g);

  /* The older variable and the TMPDIR fallback. */
  clear_environment ();
  setenv ("LIBGUESTFS_ATTACH_METHOD", "appliance", 1);
  setenv ("TMPDIR", dir1, 1);
  setenv ("LIBGUESTFS_DEBUG", "0", 1);
  g = guestfs_create ();
  ok (g != NULL, "create with LIBGUESTFS_ATTACH_METHOD and TMPDIR");
  if (g == NULL)
    return tap_done ();
  s = guestfs_get_backend (g);
  is_str (s, "appliance", "LIBGUESTFS_ATTACH_METHOD sets the backend");
  free (s);
  is_int (guestfs_get_verbose (g), 0, "LIBGUESTFS_DEBUG=0 leaves verbose off");
  s = guestfs_get_tmpdir (g);
  is_str (s, dir1, "tmpdir from TMPDIR");
  free (s);
  s = guestfs_get_cachedir (g);
  is_str (s, dir1, "cachedir from TMPDIR");
  free (s);
  guestfs_set_tmpdir (g, "/");
  guestfs_set_tmpdir (g, NULL);
  s = guestfs_get_tmpdir (g);
  is_str (s, dir1, "set_tmpdir (NULL) goes back to $TMPDIR");
  free (s);
  guestfs_close (g);

  /* With verbose from the environment and no callback, the library's
   * debug messages go to stderr.
   */
  clear_environment ();
  setenv ("LIBGUESTFS_DEBUG", "1", 1);
  g = guestfs_create ();
  struct capture c;
  capture_begin (&c, 2);
  guestfs_close (g);
  s = capture_end (&c);
  has_str (s, "libguestfs: closing guestfs handle",
           "verbose: close prints a debug message to stderr");
  free (s);

  /* Bad values make create fail, naming the variable. */
  create_fails ("LIBGUESTFS_MEMSIZE", "lots", "memsize not a number");
  create_fails ("LIBGUESTFS_MEMSIZE", "512x", "memsize with junk after");
  create_fails ("LIBGUESTFS_MEMSIZE", "64", "memsize too small");
  create_fails ("LIBGUESTFS_MEMSIZE", "99999999999999999999",
                "memsize out of range");
  create_fails ("LIBGUESTFS_BACKEND", "libvirt", "unknown backend");
  create_fails ("LIBGUESTFS_ATTACH_METHOD", "unix:", "unix: without a path");

  /* A failed create leaves nothing behind: a good one works after. */
  clear_environment ();
  g = guestfs_create ();
  ok (g != NULL, "create works again after failures");
  guestfs_close (g);

  rmdir (dir1);
  rmdir (dir2);
  return tap_done ();
}
