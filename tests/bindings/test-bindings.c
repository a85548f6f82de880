/* The C version of the shared bindings test: runs the sequence in
 * tests/bindings/README.md.  Its output must be expected.txt, byte for
 * byte (tests/c-api/test-bindings-output checks that).
 */

#include <config.h>

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "guestfs.h"

static guestfs_h *g;

/* One line of our own, flushed so it stays in order with the
 * library's output.
 */
static void __attribute__ ((format (printf, 2, 3)))
line (const char *name, const char *fs, ...)
{
  va_list args;

  printf ("%s: ", name);
  va_start (args, fs);
  vprintf (fs, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

static void
error_line (const char *name)
{
  line (name, "error: %s", guestfs_last_error (g));
}

static void
print_list (const char *name, char **l)
{
  printf ("%s: [", name);
  for (size_t i = 0; l[i]; ++i)
    printf ("%s%s", i > 0 ? ", " : "", l[i]);
  puts ("]");
  fflush (stdout);
}

static void
free_list (char **l)
{
  for (size_t i = 0; l[i]; ++i)
    free (l[i]);
  free (l);
}

static void
print_pv (const struct guestfs_lvm_pv *p)
{
  printf ("{pv_name: %s, pv_uuid: %.32s, pv_fmt: %s, pv_size: %" PRIu64
          ", dev_size: %" PRIu64 ", pv_free: %" PRIu64 ", pv_used: %" PRIu64
          ", pv_attr: %s, pv_pe_count: %" PRIi64
          ", pv_pe_alloc_count: %" PRIi64 ", pv_tags: %s, pe_start: %" PRIu64
          ", pv_mda_count: %" PRIi64 ", pv_mda_free: %" PRIu64 "}",
          p->pv_name, p->pv_uuid, p->pv_fmt, p->pv_size, p->dev_size,
          p->pv_free, p->pv_used, p->pv_attr, p->pv_pe_count,
          p->pv_pe_alloc_count, p->pv_tags, p->pe_start, p->pv_mda_count,
          p->pv_mda_free);
}

static void
print_pv_list (const char *name, struct guestfs_lvm_pv_list *l)
{
  printf ("%s: [", name);
  for (uint32_t i = 0; i < l->len; ++i)
    {
      if (i > 0)
        fputs (", ", stdout);
      print_pv (&l->val[i]);
    }
  puts ("]");
  fflush (stdout);
  guestfs_free_lvm_pv_list (l);
}

/* Calls whose failure would be a bug in the library, not a result. */
static void
must (int r, const char *what)
{
  if (r == -1)
    {
      fprintf (stderr, "test-bindings: %s failed: %s\n", what,
               guestfs_last_error (g));
      exit (1);
    }
}

int
main (void)
{
  char *empty[] = { NULL };
  char *one[] = { "1", NULL };
  char *one_two[] = { "1", "2", NULL };
  char *ab_c[] = { "a b", "c", NULL };
  char *x_y[] = { "x", "y", NULL };
  char *s, **l;
  size_t size;

  g = guestfs_create ();
  if (g == NULL)
    {
      perror ("guestfs_create");
      return 1;
    }
  /* The ...err calls fail on purpose; their messages are printed. */
  guestfs_set_error_handler (g, NULL, NULL);

  must (guestfs_internal_test (g, "abc", "def", empty, 0, 0, 0, "123", "456",
                               "abc\0def", 7, -1),
        "internal_test 1");
  must (
      guestfs_internal_test (g, "abc", NULL, one, 0, 0, 0, "", "", "", 0, -1),
      "internal_test 2");
  must (guestfs_internal_test (g, "", "def", one_two, 1, -1, -1, "x", "y",
                               "\xff", 1, -1),
        "internal_test 3");
  must (guestfs_internal_test (g, "abc", "def", ab_c, 1, 2147483647,
                               INT64_C (9223372036854775807), "f", "g", "buf",
                               3, GUESTFS_INTERNAL_TEST_OBOOL, 1,
                               GUESTFS_INTERNAL_TEST_OINT, -1,
                               GUESTFS_INTERNAL_TEST_OINT64, INT64_MIN,
                               GUESTFS_INTERNAL_TEST_OSTRING, "string",
                               GUESTFS_INTERNAL_TEST_OSTRINGLIST, x_y, -1),
        "internal_test 4");
  must (guestfs_internal_test (g, "abc", "def", empty, 0, 0, 0, "", "", "", 0,
                               GUESTFS_INTERNAL_TEST_OINT, 42,
                               GUESTFS_INTERNAL_TEST_OSTRINGLIST, empty, -1),
        "internal_test 5");
  must (guestfs_internal_test_only_optargs (g, -1), "only_optargs");
  must (guestfs_internal_test_only_optargs (
            g, GUESTFS_INTERNAL_TEST_ONLY_OPTARGS_TEST, 7, -1),
        "only_optargs test=7");

  int i = guestfs_internal_test_rint (g, "10");
  line ("rint", "%d", i);
  if (guestfs_internal_test_rinterr (g) == -1)
    error_line ("rinterr");

  int64_t i64 = guestfs_internal_test_rint64 (g, "-10");
  line ("rint64", "%" PRIi64, i64);
  if (guestfs_internal_test_rint64err (g) == -1)
    error_line ("rint64err");

  int b = guestfs_internal_test_rbool (g, "true");
  line ("rbool", "%s", b ? "true" : "false");
  if (guestfs_internal_test_rboolerr (g) == -1)
    error_line ("rboolerr");

  line ("rconststring", "%s", guestfs_internal_test_rconststring (g, "x"));
  if (guestfs_internal_test_rconststringerr (g) == NULL)
    error_line ("rconststringerr");

  line ("rconstoptstring", "%s",
        guestfs_internal_test_rconstoptstring (g, "x"));
  if (guestfs_internal_test_rconstoptstringerr (g) == NULL)
    error_line ("rconstoptstringerr");

  s = guestfs_internal_test_rstring (g, "string");
  line ("rstring", "%s", s);
  free (s);
  if (guestfs_internal_test_rstringerr (g) == NULL)
    error_line ("rstringerr");

  l = guestfs_internal_test_rstringlist (g, "3");
  print_list ("rstringlist", l);
  free_list (l);
  if (guestfs_internal_test_rstringlisterr (g) == NULL)
    error_line ("rstringlisterr");

  struct guestfs_lvm_pv *pv = guestfs_internal_test_rstruct (g, "10");
  fputs ("rstruct: ", stdout);
  print_pv (pv);
  putchar ('\n');
  fflush (stdout);
  guestfs_free_lvm_pv (pv);
  if (guestfs_internal_test_rstructerr (g) == NULL)
    error_line ("rstructerr");

  print_pv_list ("rstructlist", guestfs_internal_test_rstructlist (g, "2"));
  if (guestfs_internal_test_rstructlisterr (g) == NULL)
    error_line ("rstructlisterr");

  l = guestfs_internal_test_rhashtable (g, "2");
  fputs ("rhashtable: {", stdout);
  for (size_t j = 0; l[j]; j += 2)
    printf ("%s%s: %s", j > 0 ? ", " : "", l[j], l[j + 1]);
  puts ("}");
  fflush (stdout);
  free_list (l);
  if (guestfs_internal_test_rhashtableerr (g) == NULL)
    error_line ("rhashtableerr");

  s = guestfs_internal_test_rbufferout (g, "abc", &size);
  line ("rbufferout", "%.*s", (int)size, s);
  free (s);
  if (guestfs_internal_test_rbufferouterr (g, &size) == NULL)
    error_line ("rbufferouterr");

  l = guestfs_internal_test_rstringlist (g, "0");
  print_list ("rstringlist", l);
  free_list (l);
  print_pv_list ("rstructlist", guestfs_internal_test_rstructlist (g, "0"));

  puts ("done");
  guestfs_close (g);
  return 0;
}
