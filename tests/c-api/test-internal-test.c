/* The internal_test* functions the bindings' tests rely on: their
 * values at the edges and their errors.  (tests/bindings checks the
 * full output format.)
 */

#include <config.h>

#include <stdlib.h>

#include "guestfs.h"
#include "tap.h"

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
  guestfs_h *g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
  struct capture c;
  char *s;
  char **l;
  size_t size;

  if (g == NULL)
    {
      ok (false, "create");
      return tap_done ();
    }
  guestfs_set_error_handler (g, NULL, NULL);

  is_int (guestfs_internal_test_rint (g, "-2147483648"), -2147483647 - 1,
          "rint of INT_MIN");
  is_int (guestfs_internal_test_rint (g, "2147483648"), -1,
          "rint of INT_MAX + 1 fails");
  has_str (guestfs_last_error (g), "2147483648", "quoting the value");
  is_int (guestfs_internal_test_rint (g, "12x"), -1, "rint of 12x fails");
  is_int (guestfs_internal_test_rint (g, ""), -1, "rint of \"\" fails");
  is_int (guestfs_internal_test_rint64 (g, "-9223372036854775808"), INT64_MIN,
          "rint64 of INT64_MIN");
  is_int (guestfs_internal_test_rint64 (g, "9223372036854775808"), -1,
          "rint64 of INT64_MAX + 1 fails");
  is_int (guestfs_internal_test_rbool (g, "false"), 0, "rbool false");
  is_int (guestfs_internal_test_rbool (g, "yes"), 0, "rbool of yes is false");

  l = guestfs_internal_test_rstringlist (g, "0");
  ok (l && l[0] == NULL, "rstringlist 0 is an empty list");
  free_list (l);
  ok (guestfs_internal_test_rstringlist (g, "-1") == NULL,
      "rstringlist -1 fails");
  l = guestfs_internal_test_rhashtable (g, "3");
  ok (l && l[0] && l[5] && !l[6] && strcmp (l[4], "2") == 0
          && strcmp (l[5], "2") == 0,
      "rhashtable 3 has three pairs");
  free_list (l);

  struct guestfs_lvm_pv_list *pl = guestfs_internal_test_rstructlist (g, "0");
  ok (pl && pl->len == 0, "rstructlist 0 is empty");
  guestfs_free_lvm_pv_list (pl);
  pl = guestfs_internal_test_rstructlist (g, "3");
  ok (pl && pl->len == 3 && pl->val[2].pv_size == 2
          && pl->val[2].pv_mda_count == 2
          && strcmp (pl->val[2].pv_name, "2") == 0
          && strcmp (pl->val[2].pv_fmt, "lvm2") == 0,
      "rstructlist 3");
  guestfs_free_lvm_pv_list (pl);
  struct guestfs_lvm_pv *pv = guestfs_internal_test_rstruct (g, "7");
  ok (pv && pv->pv_pe_count == 7 && pv->pv_mda_free == 7
          && strcmp (pv->pv_name, "7") == 0
          && memcmp (pv->pv_uuid, "12345678901234567890123456789012", 32) == 0,
      "rstruct 7");
  guestfs_free_lvm_pv (pv);
  ok (guestfs_internal_test_rstruct (g, "seven") == NULL,
      "rstruct of a non-number fails");
  ok (guestfs_internal_test_rstruct (g, "-7") == NULL,
      "rstruct of a negative number fails");

  s = guestfs_internal_test_rbufferout (g, "", &size);
  ok (s != NULL && size == 0, "rbufferout of \"\" is an empty buffer");
  free (s);

  ok (guestfs_internal_test_rconstoptstringerr (g) == NULL,
      "rconstoptstringerr returns NULL");
  is_str (guestfs_last_error (g), "internal_test_rconstoptstringerr: error",
          "with an error");

  /* Output goes to stdout, flushed at once. */
  char *list[] = { "x y", "", NULL };
  capture_begin (&c, 1);
  guestfs_internal_test (g, "", NULL, list, 0, 0, 0, "", "", "\\\x7f", 2,
                         GUESTFS_INTERNAL_TEST_OSTRINGLIST, list, -1);
  guestfs_internal_test_only_optargs (
      g, GUESTFS_INTERNAL_TEST_ONLY_OPTARGS_TEST, -1, -1);
  s = capture_end (&c);
  is_str (s,
          "str: \n"
          "optstr: null\n"
          "strlist: [x y, ]\n"
          "b: false\n"
          "integer: 0\n"
          "integer64: 0\n"
          "filein: \n"
          "fileout: \n"
          "bufferin: \\\\x7f\n"
          "obool: unset\n"
          "oint: unset\n"
          "oint64: unset\n"
          "ostring: unset\n"
          "ostringlist: [x y, ]\n"
          "test: -1\n",
          "internal_test prints every argument");
  free (s);

  guestfs_close (g);
  return tap_done ();
}
