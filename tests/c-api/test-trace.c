/* The trace: what a TRACE callback receives for calls and results of
 * every shape (strings quoted and escaped, lists, buffers, optional
 * arguments, errors).
 */

#include <config.h>

#include <stdlib.h>

#include "guestfs.h"
#include "tap.h"

static char lines[8192];

static void
trace_cb (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
          const char *buf, size_t buf_len, const uint64_t *array,
          size_t array_len)
{
  size_t len = strlen (lines);
  snprintf (lines + len, sizeof lines - len, "%.*s\n", (int)buf_len, buf);
}

/* A trace callback that calls (and so traces) the API itself. */
static void
nested_trace_cb (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
                 const char *buf, size_t buf_len, const uint64_t *array,
                 size_t array_len)
{
  static int depth;

  trace_cb (g, opaque, event, eh, flags, buf, buf_len, array, array_len);
  if (depth++ == 0)
    guestfs_get_smp (g);
  depth--;
}

int
main (void)
{
  guestfs_h *g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
  struct capture out;
  char *s, **l;
  size_t size;

  if (g == NULL)
    {
      ok (false, "create");
      return tap_done ();
    }
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_set_event_callback (g, trace_cb, GUESTFS_EVENT_TRACE, 0, NULL);

  guestfs_get_memsize (g);
  is_str (lines, "", "nothing is traced while trace is off");

  guestfs_set_trace (g, 1);
  is_str (lines, "set_trace = 0\n", "turning trace on traces the result");

  lines[0] = '\0';
  guestfs_set_program (g, "a \"quoted\"\\ name\n\twith\x01 controls");
  is_str (lines,
          "set_program \"a \\\"quoted\\\"\\\\ name\\n\\twith\\x01 "
          "controls\"\nset_program = 0\n",
          "a string argument is quoted and escaped");

  lines[0] = '\0';
  guestfs_set_memsize (g, 1);
  is_str (lines, "set_memsize 1\nset_memsize = -1 (error)\n",
          "an int argument and an error result");

  lines[0] = '\0';
  guestfs_set_append (g, NULL);
  guestfs_get_append (g);
  is_str (lines,
          "set_append NULL\nset_append = 0\nget_append\nget_append = NULL\n",
          "NULL optional string and NULL optional result");

  lines[0] = '\0';
  guestfs_internal_test_rint64 (g, "-5");
  guestfs_internal_test_rint64err (g);
  guestfs_internal_test_rbool (g, "true");
  guestfs_internal_test_rconststring (g, "x");
  guestfs_internal_test_rconststringerr (g);
  is_str (lines,
          "internal_test_rint64 \"-5\"\ninternal_test_rint64 = -5\n"
          "internal_test_rint64err\n"
          "internal_test_rint64err = -1 (error)\n"
          "internal_test_rbool \"true\"\ninternal_test_rbool = 1\n"
          "internal_test_rconststring \"x\"\n"
          "internal_test_rconststring = \"static string\"\n"
          "internal_test_rconststringerr\n"
          "internal_test_rconststringerr = NULL (error)\n",
          "int64, bool and string results");

  lines[0] = '\0';
  l = guestfs_internal_test_rstringlist (g, "2");
  for (size_t i = 0; l && l[i]; ++i)
    free (l[i]);
  free (l);
  guestfs_internal_test_rstringlisterr (g);
  s = guestfs_internal_test_rbufferout (g, "abc", &size);
  free (s);
  guestfs_internal_test_rbufferouterr (g, &size);
  guestfs_free_lvm_pv (guestfs_internal_test_rstruct (g, "1"));
  guestfs_internal_test_rstructlisterr (g);
  is_str (lines,
          "internal_test_rstringlist \"2\"\n"
          "internal_test_rstringlist = [\"0\", \"1\"]\n"
          "internal_test_rstringlisterr\n"
          "internal_test_rstringlisterr = NULL (error)\n"
          "internal_test_rbufferout \"abc\"\n"
          "internal_test_rbufferout = <3 bytes>\n"
          "internal_test_rbufferouterr\n"
          "internal_test_rbufferouterr = NULL (error)\n"
          "internal_test_rstruct \"1\"\n"
          "internal_test_rstruct = <struct guestfs_lvm_pv *>\n"
          "internal_test_rstructlisterr\n"
          "internal_test_rstructlisterr = NULL (error)\n",
          "list, buffer and struct results");

  lines[0] = '\0';
  char *strs[] = { "a", "b\"", NULL };
  char *none[] = { NULL };
  capture_begin (&out, 1);
  guestfs_internal_test (g, "s", NULL, strs, 1, -2, INT64_C (-3), "in", "out",
                         "a\0b", 3, GUESTFS_INTERNAL_TEST_OBOOL, 0,
                         GUESTFS_INTERNAL_TEST_OINT64, INT64_C (64),
                         GUESTFS_INTERNAL_TEST_OSTRING, "o s",
                         GUESTFS_INTERNAL_TEST_OSTRINGLIST, strs, -1);
  guestfs_internal_test (g, "s", "t", none, 0, 0, 0, "", "", "", 0, -1);
  s = capture_end (&out);
  free (s);
  is_str (lines,
          "internal_test \"s\" NULL [\"a\", \"b\\\"\"] true -2 -3 \"in\" "
          "\"out\" <3 bytes> \"obool:false\" \"oint64:64\" \"ostring:o s\" "
          "\"ostringlist:[a, b\\\"]\"\n"
          "internal_test = 0\n"
          "internal_test \"s\" \"t\" [] false 0 0 \"\" \"\" <0 bytes>\n"
          "internal_test = 0\n",
          "every kind of argument and optional argument");

  lines[0] = '\0';
  int nested = guestfs_set_event_callback (g, nested_trace_cb,
                                           GUESTFS_EVENT_TRACE, 0, NULL);
  guestfs_delete_event_callback (g, 0);
  guestfs_get_autosync (g);
  is_str (lines,
          "get_autosync\nget_smp\nget_smp = 1\n"
          "get_autosync = 1\nget_smp\nget_smp = 1\n",
          "a TRACE callback may call traced functions");

  guestfs_delete_event_callback (g, nested);
  guestfs_set_event_callback (g, trace_cb, GUESTFS_EVENT_TRACE, 0, NULL);
  lines[0] = '\0';
  guestfs_close (g);
  is_str (lines, "close\n", "close is traced");

  return tap_done ();
}
