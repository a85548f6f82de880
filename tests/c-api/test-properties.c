/* The set_/get_ configuration properties, good values and bad. */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "guestfs.h"
#include "tap.h"

/* The deprecated calls are part of the API under test. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

static guestfs_h *g;

static char *trace_line;

static void
save_trace (guestfs_h *h, void *opaque, uint64_t event, int handle, int flags,
            const char *buf, size_t len, const uint64_t *array,
            size_t array_len)
{
  /* The first line after set_trace's own "= 0". */
  if (trace_line == NULL && memmem (buf, len, "get_memsize", 11))
    trace_line = strndup (buf, len);
}

static void
test_identifier (void)
{
  is_str (guestfs_get_identifier (g), "", "get_identifier: empty by default");
  is_int (guestfs_set_identifier (g, "disk-1_A"), 0, "set_identifier");
  is_str (guestfs_get_identifier (g), "disk-1_A", "get_identifier");
  is_int (guestfs_set_identifier (g, "a b"), -1,
          "set_identifier with a space fails");
  has_str (guestfs_last_error (g), "\"a b\"", "the error quotes it");
  is_int (guestfs_last_errno (g), EINVAL, "with EINVAL");
  is_str (guestfs_get_identifier (g), "disk-1_A", "and keeps the old one");

  int ev = guestfs_set_event_callback (g, save_trace, GUESTFS_EVENT_TRACE, 0,
                                       NULL);
  guestfs_set_trace (g, 1);
  guestfs_get_memsize (g);
  guestfs_set_trace (g, 0);
  guestfs_delete_event_callback (g, ev);
  is_str (trace_line, "disk-1_A: get_memsize",
          "trace lines start with the identifier");
  free (trace_line);
  trace_line = NULL;
  guestfs_set_identifier (g, "");
}

static void
test_backend_setting (void)
{
  char *s;
  char **l;

  guestfs_set_backend_settings (g, (char *const[]){ "a", "b=1", NULL });
  is_int (guestfs_set_backend_setting (g, "b", "2"), 0, "set_backend_setting");
  is_int (guestfs_set_backend_setting (g, "c", ""), 0,
          "set_backend_setting to an empty value");
  l = guestfs_get_backend_settings (g);
  ok (l && l[0] && strcmp (l[0], "a") == 0 && l[1] && strcmp (l[1], "b=2") == 0
          && l[2] && strcmp (l[2], "c=") == 0 && l[3] == NULL,
      "set_backend_setting replaces b=1 and appends c=");
  for (size_t i = 0; l && l[i]; ++i)
    free (l[i]);
  free (l);
  s = guestfs_get_backend_setting (g, "a");
  is_str (s, "1", "get_backend_setting of a bare name is 1");
  free (s);
  s = guestfs_get_backend_setting (g, "c");
  is_str (s, "", "get_backend_setting of c= is empty");
  free (s);
  s = guestfs_get_backend_setting (g, "nosuch");
  is_str (s, NULL, "get_backend_setting of a missing one fails");
  is_int (guestfs_last_errno (g), ESRCH, "with ESRCH");
  guestfs_set_backend_settings (g, (char *const[]){ "b", "b=1", "bb", NULL });
  is_int (guestfs_clear_backend_setting (g, "b"), 2,
          "clear_backend_setting removes b and b=1");
  l = guestfs_get_backend_settings (g);
  ok (l && l[0] && strcmp (l[0], "bb") == 0 && l[1] == NULL, "and keeps bb");
  for (size_t i = 0; l && l[i]; ++i)
    free (l[i]);
  free (l);
  is_int (guestfs_clear_backend_setting (g, "b"), 0,
          "clear_backend_setting of a missing one: 0");
  guestfs_set_backend_settings (g, (char *const[]){ NULL });
}

static void
check_backend (const char *want, const char *what)
{
  char *s = guestfs_get_backend (g);
  is_str (s, want, "%s", what);
  free (s);
}

static void
bad_backend (const char *value)
{
  is_int (guestfs_set_backend (g, value), -1, "set_backend \"%s\" fails",
          value);
  has_str (guestfs_last_error (g), value, "the error quotes \"%s\"", value);
  has_str (guestfs_last_error (g), "unix:PATH",
           "the error lists the accepted backends");
  check_backend ("direct", "the backend is unchanged");
}

static void
free_list (char **l)
{
  for (size_t i = 0; l && l[i]; ++i)
    free (l[i]);
  free (l);
}

int
main (void)
{
  char *s;
  char **l;

  g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
  if (g == NULL)
    {
      ok (false, "create");
      return tap_done ();
    }
  guestfs_set_error_handler (g, NULL, NULL);

  is_int (guestfs_set_verbose (g, 1), 0, "set_verbose 1");
  is_int (guestfs_get_verbose (g), 1, "get_verbose");
  guestfs_set_verbose (g, 0);
  is_int (guestfs_get_verbose (g), 0, "set_verbose 0");

  is_int (guestfs_set_autosync (g, 0), 0, "set_autosync 0");
  is_int (guestfs_get_autosync (g), 0, "get_autosync");
  guestfs_set_autosync (g, 42);
  is_int (guestfs_get_autosync (g), 1, "any non-zero is true");

  is_int (guestfs_set_recovery_proc (g, 0), 0, "set_recovery_proc 0");
  is_int (guestfs_get_recovery_proc (g), 0, "get_recovery_proc");

  const char *default_path = guestfs_get_path (g);
  char *saved_path = strdup (default_path);
  is_int (guestfs_set_path (g, "/my/appliance"), 0, "set_path");
  is_str (guestfs_get_path (g), "/my/appliance", "get_path");
  guestfs_set_path (g, NULL);
  is_str (guestfs_get_path (g), saved_path, "set_path NULL restores it");
  free (saved_path);

  is_int (guestfs_set_qemu (g, "/my/qemu-wrapper"), 0, "set_qemu");
  is_str (guestfs_get_qemu (g), "/my/qemu-wrapper", "get_qemu");
  guestfs_set_qemu (g, NULL);
  is_str (guestfs_get_qemu (g), QEMU, "set_qemu NULL restores it");

  is_int (guestfs_set_hv (g, "/my/hv"), 0, "set_hv");
  s = guestfs_get_hv (g);
  is_str (s, "/my/hv", "get_hv");
  free (s);
  is_str (guestfs_get_qemu (g), "/my/hv", "get_qemu sees what set_hv set");
  guestfs_set_qemu (g, NULL);
  s = guestfs_get_hv (g);
  is_str (s, QEMU, "get_hv after set_qemu NULL: the default");
  free (s);
  is_int (guestfs_set_hv (g, NULL), -1, "set_hv NULL fails");

  is_int (guestfs_set_append (g, "quiet loglevel=0"), 0, "set_append");
  is_str (guestfs_get_append (g), "quiet loglevel=0", "get_append");
  guestfs_set_append (g, NULL);
  is_str (guestfs_get_append (g), NULL, "set_append NULL clears it");

  is_int (guestfs_set_memsize (g, 2048), 0, "set_memsize 2048");
  is_int (guestfs_get_memsize (g), 2048, "get_memsize");
  is_int (guestfs_set_memsize (g, 128), 0, "set_memsize 128 (the minimum)");
  is_int (guestfs_set_memsize (g, 127), -1, "set_memsize 127 fails");
  has_str (guestfs_last_error (g), "127", "the error quotes 127");
  is_int (guestfs_last_errno (g), EINVAL, "with EINVAL");
  is_int (guestfs_set_memsize (g, -1), -1, "set_memsize -1 fails");
  is_int (guestfs_get_memsize (g), 128, "memsize unchanged by failures");

  is_int (guestfs_set_smp (g, 4), 0, "set_smp 4");
  is_int (guestfs_get_smp (g), 4, "get_smp");
  is_int (guestfs_set_smp (g, 0), -1, "set_smp 0 fails");
  has_str (guestfs_last_error (g), "set_smp", "the error names set_smp");
  is_int (guestfs_get_smp (g), 4, "smp unchanged");

  is_int (guestfs_set_program (g, "my-prog"), 0, "set_program");
  is_str (guestfs_get_program (g), "my-prog", "get_program");

  is_int (guestfs_set_backend (g, "appliance"), 0, "set_backend appliance");
  check_backend ("appliance", "get_backend appliance");
  is_int (guestfs_set_backend (g, "unix:/run/guestfsd.sock"), 0,
          "set_backend unix:PATH");
  check_backend ("unix:/run/guestfsd.sock", "get_backend unix:PATH");
  s = guestfs_get_attach_method (g);
  is_str (s, "unix:/run/guestfsd.sock", "get_attach_method");
  free (s);
  is_int (guestfs_set_attach_method (g, "appliance"), 0,
          "set_attach_method appliance");
  check_backend ("appliance", "set_attach_method sets the backend");
  is_int (guestfs_set_backend (g, "direct"), 0, "set_backend direct");
  bad_backend ("libvirt");
  bad_backend ("unix:");
  bad_backend ("");
  bad_backend ("Direct");
  is_int (guestfs_set_attach_method (g, "qemu"), -1,
          "set_attach_method qemu fails");
  has_str (guestfs_last_error (g), "set_attach_method",
           "the error names set_attach_method");

  char *settings[] = { "force_tcg", "launch_timeout=30", NULL };
  is_int (guestfs_set_backend_settings (g, settings), 0,
          "set_backend_settings");
  settings[0] = "changed";
  l = guestfs_get_backend_settings (g);
  ok (l && l[0] && l[1] && !l[2], "two settings");
  is_str (l ? l[0] : NULL, "force_tcg", "the library kept its own copy");
  is_str (l && l[0] ? l[1] : NULL, "launch_timeout=30", "second setting");
  free_list (l);
  char *none[] = { NULL };
  guestfs_set_backend_settings (g, none);
  l = guestfs_get_backend_settings (g);
  ok (l && l[0] == NULL, "set_backend_settings [] clears them");
  free_list (l);

  char dir[] = "/tmp/test-properties.XXXXXX";
  if (mkdtemp (dir) == NULL)
    {
      perror ("mkdtemp");
      return 2;
    }
  char *dotted;
  if (asprintf (&dotted, "%s/../%s", dir, dir + 5) == -1)
    return 2;
  is_int (guestfs_set_tmpdir (g, dotted), 0, "set_tmpdir");
  s = guestfs_get_tmpdir (g);
  is_str (s, dir, "get_tmpdir returns the canonical path");
  free (s);
  free (dotted);
  is_int (guestfs_set_tmpdir (g, "/nonexistent/dir"), -1,
          "set_tmpdir of a missing directory fails");
  has_str (guestfs_last_error (g), "/nonexistent/dir",
           "the error names the directory");
  is_int (guestfs_last_errno (g), ENOENT, "with ENOENT");
  is_int (guestfs_set_tmpdir (g, "/etc/passwd"), -1,
          "set_tmpdir of a file fails");
  is_int (guestfs_last_errno (g), ENOTDIR, "with ENOTDIR");
  s = guestfs_get_tmpdir (g);
  is_str (s, dir, "tmpdir unchanged by failures");
  free (s);
  guestfs_set_tmpdir (g, NULL);
  s = guestfs_get_tmpdir (g);
  is_str (s, "/tmp", "set_tmpdir NULL restores the default");
  free (s);

  is_int (guestfs_set_cachedir (g, dir), 0, "set_cachedir");
  s = guestfs_get_cachedir (g);
  is_str (s, dir, "get_cachedir");
  free (s);
  is_int (guestfs_set_cachedir (g, "/nonexistent/dir"), -1,
          "set_cachedir of a missing directory fails");
  guestfs_set_cachedir (g, NULL);
  s = guestfs_get_cachedir (g);
  is_str (s, "/var/tmp", "set_cachedir NULL restores the default");
  free (s);
  rmdir (dir);

  test_identifier ();
  test_backend_setting ();

  is_int (guestfs_get_pgroup (g), 0, "get_pgroup is false by default");
  is_int (guestfs_set_pgroup (g, 1), 0, "set_pgroup 1");
  is_int (guestfs_get_pgroup (g), 1, "get_pgroup");

  s = guestfs_get_sockdir (g);
  struct stat st;
  ok (s && stat (s, &st) == 0 && S_ISDIR (st.st_mode)
          && (st.st_mode & 0777) == 0700,
      "get_sockdir: a private directory");
  char *again = guestfs_get_sockdir (g);
  is_str (again, s, "get_sockdir gives the same directory again");
  free (again);
  char *sockdir = s;

  is_int ((int)(guestfs_c_pointer (g) == (int64_t)(intptr_t)g), 1,
          "c_pointer is the handle's address");

  /* NULL where a string is required. */
  is_int (guestfs_set_program (g, NULL), -1, "set_program NULL fails");
  is_str (guestfs_last_error (g),
          "set_program: program: parameter cannot be NULL",
          "the error names the call and the parameter");
  is_int (guestfs_set_backend (g, NULL), -1, "set_backend NULL fails");
  is_int (guestfs_set_backend_settings (g, NULL), -1,
          "set_backend_settings NULL fails");

  /* The handle is still usable after all those errors. */
  is_int (guestfs_set_memsize (g, 700), 0, "set_memsize works after errors");
  is_int (guestfs_get_memsize (g), 700, "and get_memsize");

  guestfs_close (g);
  ok (sockdir && stat (sockdir, &st) == -1 && errno == ENOENT,
      "the socket directory is removed at close");
  free (sockdir);
  return tap_done ();
}
