/* Errors: last_error/last_errno, the error handler and its stack, the
 * out-of-memory handler, and the errors of bad calls (NULL handle,
 * NULL parameters, bad optional arguments).
 */

#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "guestfs.h"
#include "tap.h"

struct record
{
  int calls;
  char msg[256];
};

static void
record_error (guestfs_h *g, void *opaque, const char *msg)
{
  struct record *r = opaque;

  r->calls++;
  snprintf (r->msg, sizeof r->msg, "%s", msg);
}

/* An error handler that calls the API (which fails again) while it
 * runs: the message it was given must stay valid.
 */
static void
reentrant_error (guestfs_h *g, void *opaque, const char *msg)
{
  struct record *r = opaque;

  if (r->calls++ == 0)
    guestfs_internal_test_rstringerr (g);
  snprintf (r->msg, sizeof r->msg, "%s", msg);
}

static void __attribute__ ((noreturn)) oom_handler (void) { _exit (42); }

static void __attribute__ ((noreturn)) other_oom_handler (void) { _exit (43); }

int
main (void)
{
  guestfs_h *g;
  struct capture c;
  char *out;
  struct record r1 = { 0 }, r2 = { 0 };
  void *opaque;

  g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
  if (g == NULL)
    {
      ok (false, "create");
      return tap_done ();
    }

  is_str (guestfs_last_error (g), NULL, "last_error is NULL at first");
  is_int (guestfs_last_errno (g), 0, "last_errno is 0 at first");

  /* The default handler prints to stderr. */
  guestfs_error_handler_cb default_cb = guestfs_get_error_handler (g, &opaque);
  ok (default_cb != NULL, "there is a default error handler");
  capture_begin (&c, 2);
  is_int (guestfs_internal_test_rinterr (g), -1, "rinterr fails");
  out = capture_end (&c);
  is_str (out, "libguestfs: error: internal_test_rinterr: error\n",
          "the default handler prints the error to stderr");
  free (out);
  is_str (guestfs_last_error (g), "internal_test_rinterr: error",
          "last_error has the message");
  is_int (guestfs_last_errno (g), 0, "an error without errno: last_errno 0");

  /* A successful call keeps the last error. */
  is_int (guestfs_internal_test_rint (g, "7"), 7, "rint 7 succeeds");
  is_str (guestfs_last_error (g), "internal_test_rinterr: error",
          "a successful call does not clear last_error");

  /* An error with an errno. */
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_set_tmpdir (g, "/nonexistent/x");
  is_int (guestfs_last_errno (g), ENOENT, "last_errno is ENOENT");
  has_str (guestfs_last_error (g), "No such file or directory",
           "perror-style message");

  /* NULL handler: nothing printed. */
  ok (guestfs_get_error_handler (g, &opaque) == NULL && opaque == NULL,
      "get_error_handler returns the NULL handler");
  capture_begin (&c, 2);
  guestfs_internal_test_rstringerr (g);
  out = capture_end (&c);
  is_str (out, "", "a NULL handler prints nothing");
  free (out);
  is_str (guestfs_last_error (g), "internal_test_rstringerr: error",
          "but the error is recorded");

  /* A handler of our own. */
  guestfs_set_error_handler (g, record_error, &r1);
  ok (guestfs_get_error_handler (g, &opaque) == record_error && opaque == &r1,
      "get_error_handler returns handler and opaque");
  ok (guestfs_get_error_handler (g, NULL) == record_error,
      "get_error_handler with a NULL opaque pointer");
  guestfs_internal_test_rbufferouterr (g, &(size_t){ 0 });
  ok (r1.calls == 1, "the handler was called once");
  is_str (r1.msg, "internal_test_rbufferouterr: error", "with the message");

  /* The stack. */
  guestfs_push_error_handler (g, record_error, &r2);
  guestfs_internal_test_rboolerr (g);
  ok (r1.calls == 1 && r2.calls == 1, "push: the new handler is called");
  guestfs_push_error_handler (g, NULL, NULL);
  guestfs_internal_test_rboolerr (g);
  ok (r1.calls == 1 && r2.calls == 1, "push NULL: nothing is called");
  guestfs_pop_error_handler (g);
  guestfs_internal_test_rboolerr (g);
  ok (r1.calls == 1 && r2.calls == 2, "pop: the previous handler is back");
  guestfs_pop_error_handler (g);
  guestfs_internal_test_rboolerr (g);
  ok (r1.calls == 2 && r2.calls == 2, "pop: the first handler is back");
  ok (guestfs_get_error_handler (g, &opaque) == record_error && opaque == &r1,
      "and get_error_handler agrees");
  guestfs_pop_error_handler (g);
  guestfs_pop_error_handler (g);
  ok (guestfs_get_error_handler (g, &opaque) == record_error && opaque == &r1,
      "pop on an empty stack does nothing");
  guestfs_set_error_handler (g, default_cb, NULL);

  /* A handler that fails a call itself. */
  struct record r3 = { 0 };
  guestfs_set_error_handler (g, reentrant_error, &r3);
  guestfs_internal_test_rinterr (g);
  ok (r3.calls == 2, "a handler may call a failing function");
  is_str (r3.msg, "internal_test_rinterr: error",
          "its own message is still intact afterwards");
  guestfs_set_error_handler (g, NULL, NULL);

  /* NULL handle. */
  capture_begin (&c, 2);
  errno = 0;
  int r = guestfs_get_memsize (NULL);
  int err = errno;
  out = capture_end (&c);
  ok (r == -1 && err == EINVAL, "get_memsize (NULL): -1, EINVAL");
  is_str (out, "libguestfs: error: guestfs_get_memsize: handle is NULL\n",
          "and a message on stderr");
  free (out);
  capture_begin (&c, 2);
  errno = 0;
  const char *cs = guestfs_get_path (NULL);
  err = errno;
  char *s = guestfs_get_backend (NULL);
  guestfs_set_private (NULL, "k", NULL);
  int eh = guestfs_set_event_callback (NULL, NULL, 0, 0, NULL);
  guestfs_push_error_handler (NULL, NULL, NULL);
  out = capture_end (&c);
  ok (cs == NULL && err == EINVAL && s == NULL && eh == -1,
      "other calls with a NULL handle fail");
  has_str (out, "guestfs_get_backend: handle is NULL", "naming the function");
  free (out);

  /* NULL parameters. */
  errno = 0;
  is_int (guestfs_internal_test_rint (g, NULL), -1, "rint (NULL) fails");
  is_int (errno, EINVAL, "errno EINVAL");
  is_str (guestfs_last_error (g),
          "internal_test_rint: val: parameter "
          "cannot be NULL",
          "the message names the call and parameter");
  is_int (guestfs_last_errno (g), EINVAL, "last_errno EINVAL");
  char *empty[] = { NULL };
  is_int (
      guestfs_internal_test (g, NULL, "x", empty, 0, 0, 0, "", "", "", 0, -1),
      -1, "internal_test with a NULL str fails");
  has_str (guestfs_last_error (g), "str", "the message names str");
  is_int (
      guestfs_internal_test (g, "x", "x", NULL, 0, 0, 0, "", "", "", 0, -1),
      -1, "internal_test with a NULL string list fails");
  has_str (guestfs_last_error (g), "strlist", "the message names strlist");
  is_int (
      guestfs_internal_test (g, "x", "x", empty, 0, 0, 0, "", "", NULL, 3, -1),
      -1, "internal_test with a NULL buffer of 3 bytes fails");
  has_str (guestfs_last_error (g), "bufferin", "the message names bufferin");

  /* Bad optional arguments. */
  struct guestfs_internal_test_only_optargs_argv oa = { .bitmask = 2 };
  is_int (guestfs_internal_test_only_optargs_argv (g, &oa), -1,
          "an unknown optargs bit fails");
  has_str (guestfs_last_error (g), "internal_test_only_optargs",
           "the message names the call");
  has_str (guestfs_last_error (g), "0x2", "and the bitmask");
  is_int (guestfs_last_errno (g), EINVAL, "EINVAL");
  oa.bitmask = UINT64_C (1) << 63;
  is_int (guestfs_internal_test_only_optargs_argv (g, &oa), -1,
          "bit 63 fails");
  is_int (guestfs_internal_test_only_optargs_argv (g, NULL), -1,
          "NULL optargs struct fails");
  struct guestfs_add_drive_opts_argv ad = { .bitmask = UINT64_C (1) << 13 };
  is_int (guestfs_add_drive_opts_argv (g, "/dev/null", &ad), -1,
          "add_drive with an unknown optargs bit fails");
  has_str (guestfs_last_error (g), "add_drive", "naming add_drive");
  is_int (guestfs_internal_test_only_optargs (g, 99, 1, -1), -1,
          "an unknown optarg code fails");
  has_str (guestfs_last_error (g), "99", "the message quotes the code");
  is_int (guestfs_internal_test_only_optargs (
              g, GUESTFS_INTERNAL_TEST_ONLY_OPTARGS_TEST, 1,
              GUESTFS_INTERNAL_TEST_ONLY_OPTARGS_TEST, 2, -1),
          -1, "a duplicate optarg fails");
  has_str (guestfs_last_error (g), "more than once",
           "the message says it was given twice");
  struct guestfs_internal_test_argv ta
      = { .bitmask = GUESTFS_INTERNAL_TEST_OSTRING_BITMASK, .ostring = NULL };
  is_int (guestfs_internal_test_argv (g, "x", "x", empty, 0, 0, 0, "", "", "",
                                      0, &ta),
          -1, "a NULL optional string fails");
  has_str (guestfs_last_error (g), "ostring", "the message names ostring");
  capture_begin (&c, 1);
  r = guestfs_internal_test_only_optargs (g, -1);
  out = capture_end (&c);
  is_int (r, 0, "the handle still works after all that");
  is_str (out, "test: unset\n", "and prints what it should");
  free (out);

  /* The out-of-memory handler. */
  guestfs_abort_cb default_oom = guestfs_get_out_of_memory_handler (g);
  ok (default_oom != NULL, "there is a default out-of-memory handler");
  guestfs_set_out_of_memory_handler (g, other_oom_handler);
  ok (guestfs_get_out_of_memory_handler (g) == other_oom_handler,
      "get_out_of_memory_handler returns what was set");
  guestfs_set_out_of_memory_handler (g, NULL);
  ok (guestfs_get_out_of_memory_handler (g) == default_oom,
      "setting NULL restores the default");
  guestfs_set_out_of_memory_handler (g, oom_handler);
  fflush (stdout);
  pid_t pid = fork ();
  if (pid == 0)
    {
      /* 2^31 list entries cannot fit under this limit. */
      struct rlimit rl = { 4UL << 30, 4UL << 30 };
      setrlimit (RLIMIT_AS, &rl);
      guestfs_internal_test_rstringlist (g, "2147483647");
      _exit (0);
    }
  int status;
  waitpid (pid, &status, 0);
  ok (WIFEXITED (status) && WEXITSTATUS (status) == 42,
      "running out of memory calls the handler");

  guestfs_close (g);
  return tap_done ();
}
