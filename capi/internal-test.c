/* The internal_test* actions: the shared test bed of the language
 * bindings.  The output format is fixed by tests/bindings/README.md.
 */

#include <config.h>

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guestfs.h"
#include "guestfs-internal.h"
#include "impl-actions.h"

static void
print_strlist (char *const *l)
{
  putchar ('[');
  for (size_t i = 0; l[i]; ++i)
    printf ("%s%s", i > 0 ? ", " : "", l[i]);
  putchar (']');
}

int
guestfs_impl_internal_test (guestfs_h *g, const char *str, const char *optstr,
                            char *const *strlist, int b, int integer,
                            int64_t integer64, const char *filein,
                            const char *fileout, const char *bufferin,
                            size_t bufferin_size,
                            const struct guestfs_internal_test_argv *optargs)
{
  printf ("str: %s\n", str);
  printf ("optstr: %s\n", optstr ? optstr : "null");
  fputs ("strlist: ", stdout);
  print_strlist (strlist);
  putchar ('\n');
  printf ("b: %s\n", b ? "true" : "false");
  printf ("integer: %d\n", integer);
  printf ("integer64: %" PRIi64 "\n", integer64);
  printf ("filein: %s\n", filein);
  printf ("fileout: %s\n", fileout);
  fputs ("bufferin: ", stdout);
  for (size_t i = 0; i < bufferin_size; ++i)
    {
      unsigned char c = bufferin[i];
      if (c >= 0x20 && c < 0x7f)
        putchar (c);
      else
        printf ("\\x%02x", c);
    }
  putchar ('\n');

  fputs ("obool: ", stdout);
  if (optargs->bitmask & GUESTFS_INTERNAL_TEST_OBOOL_BITMASK)
    puts (optargs->obool ? "true" : "false");
  else
    puts ("unset");
  fputs ("oint: ", stdout);
  if (optargs->bitmask & GUESTFS_INTERNAL_TEST_OINT_BITMASK)
    printf ("%d\n", optargs->oint);
  else
    puts ("unset");
  fputs ("oint64: ", stdout);
  if (optargs->bitmask & GUESTFS_INTERNAL_TEST_OINT64_BITMASK)
    printf ("%" PRIi64 "\n", optargs->oint64);
  else
    puts ("unset");
  fputs ("ostring: ", stdout);
  if (optargs->bitmask & GUESTFS_INTERNAL_TEST_OSTRING_BITMASK)
    puts (optargs->ostring);
  else
    puts ("unset");
  fputs ("ostringlist: ", stdout);
  if (optargs->bitmask & GUESTFS_INTERNAL_TEST_OSTRINGLIST_BITMASK)
    {
      print_strlist (optargs->ostringlist);
      putchar ('\n');
    }
  else
    puts ("unset");

  fflush (stdout);
  return 0;
}

int
guestfs_impl_internal_test_only_optargs (
    guestfs_h *g,
    const struct guestfs_internal_test_only_optargs_argv *optargs)
{
  if (optargs->bitmask & GUESTFS_INTERNAL_TEST_ONLY_OPTARGS_TEST_BITMASK)
    printf ("test: %d\n", optargs->test);
  else
    puts ("test: unset");
  fflush (stdout);
  return 0;
}

/* ---- The r* family ---- */

static int
parse_int64 (guestfs_h *g, const char *caller, const char *val, int64_t min,
             int64_t max, int64_t *r)
{
  char *end;
  long long n;

  errno = 0;
  n = strtoll (val, &end, 10);
  if (end == val || *end != '\0' || errno != 0 || n < min || n > max)
    {
      error (g,
             "%s: \"%s\" is not an integer between %" PRIi64 " and %" PRIi64,
             caller, val, min, max);
      return -1;
    }
  *r = n;
  return 0;
}

/* The count of items the list-returning functions make. */
static int
parse_count (guestfs_h *g, const char *caller, const char *val, size_t *n)
{
  int64_t r;

  if (parse_int64 (g, caller, val, 0, INT_MAX, &r) == -1)
    return -1;
  *n = r;
  return 0;
}

#define FAIL(caller) error (g, "%s: error", caller)

int
guestfs_impl_internal_test_rint (guestfs_h *g, const char *val)
{
  int64_t r;

  if (parse_int64 (g, "internal_test_rint", val, INT_MIN, INT_MAX, &r) == -1)
    return -1;
  return r;
}

int
guestfs_impl_internal_test_rinterr (guestfs_h *g)
{
  FAIL ("internal_test_rinterr");
  return -1;
}

int64_t
guestfs_impl_internal_test_rint64 (guestfs_h *g, const char *val)
{
  int64_t r;

  if (parse_int64 (g, "internal_test_rint64", val, INT64_MIN, INT64_MAX, &r)
      == -1)
    return -1;
  return r;
}

int64_t
guestfs_impl_internal_test_rint64err (guestfs_h *g)
{
  FAIL ("internal_test_rint64err");
  return -1;
}

int
guestfs_impl_internal_test_rbool (guestfs_h *g, const char *val)
{
  return strcmp (val, "true") == 0;
}

int
guestfs_impl_internal_test_rboolerr (guestfs_h *g)
{
  FAIL ("internal_test_rboolerr");
  return -1;
}

const char *
guestfs_impl_internal_test_rconststring (guestfs_h *g, const char *val)
{
  return "static string";
}

const char *
guestfs_impl_internal_test_rconststringerr (guestfs_h *g)
{
  FAIL ("internal_test_rconststringerr");
  return NULL;
}

const char *
guestfs_impl_internal_test_rconstoptstring (guestfs_h *g, const char *val)
{
  return "static string";
}

const char *
guestfs_impl_internal_test_rconstoptstringerr (guestfs_h *g)
{
  FAIL ("internal_test_rconstoptstringerr");
  return NULL;
}

char *
guestfs_impl_internal_test_rstring (guestfs_h *g, const char *val)
{
  return safe_strdup (g, val);
}

char *
guestfs_impl_internal_test_rstringerr (guestfs_h *g)
{
  FAIL ("internal_test_rstringerr");
  return NULL;
}

char **
guestfs_impl_internal_test_rstringlist (guestfs_h *g, const char *val)
{
  size_t n;

  if (parse_count (g, "internal_test_rstringlist", val, &n) == -1)
    return NULL;
  char **r = safe_calloc (g, n + 1, sizeof (char *));
  for (size_t i = 0; i < n; ++i)
    r[i] = safe_asprintf (g, "%zu", i);
  return r;
}

char **
guestfs_impl_internal_test_rstringlisterr (guestfs_h *g)
{
  FAIL ("internal_test_rstringlisterr");
  return NULL;
}

/* The lvm_pv of the rstruct tests: name as given, every number n. */
static void
fill_test_pv (guestfs_h *g, struct guestfs_lvm_pv *pv, const char *name,
              int64_t n)
{
  pv->pv_name = safe_strdup (g, name);
  memcpy (pv->pv_uuid, "12345678901234567890123456789012", sizeof pv->pv_uuid);
  pv->pv_fmt = safe_strdup (g, "lvm2");
  pv->pv_size = pv->dev_size = pv->pv_free = pv->pv_used = n;
  pv->pv_attr = safe_strdup (g, "a--");
  pv->pv_pe_count = pv->pv_pe_alloc_count = n;
  pv->pv_tags = safe_strdup (g, "");
  pv->pe_start = n;
  pv->pv_mda_count = n;
  pv->pv_mda_free = n;
}

struct guestfs_lvm_pv *
guestfs_impl_internal_test_rstruct (guestfs_h *g, const char *val)
{
  int64_t n;

  if (parse_int64 (g, "internal_test_rstruct", val, 0, INT64_MAX, &n) == -1)
    return NULL;
  struct guestfs_lvm_pv *r = safe_malloc (g, sizeof *r);
  fill_test_pv (g, r, val, n);
  return r;
}

struct guestfs_lvm_pv *
guestfs_impl_internal_test_rstructerr (guestfs_h *g)
{
  FAIL ("internal_test_rstructerr");
  return NULL;
}

struct guestfs_lvm_pv_list *
guestfs_impl_internal_test_rstructlist (guestfs_h *g, const char *val)
{
  size_t n;

  if (parse_count (g, "internal_test_rstructlist", val, &n) == -1)
    return NULL;
  struct guestfs_lvm_pv_list *r = safe_malloc (g, sizeof *r);
  r->len = n;
  r->val = safe_calloc (g, n, sizeof *r->val);
  for (size_t i = 0; i < n; ++i)
    {
      char name[32];
      snprintf (name, sizeof name, "%zu", i);
      fill_test_pv (g, &r->val[i], name, i);
    }
  return r;
}

struct guestfs_lvm_pv_list *
guestfs_impl_internal_test_rstructlisterr (guestfs_h *g)
{
  FAIL ("internal_test_rstructlisterr");
  return NULL;
}

char **
guestfs_impl_internal_test_rhashtable (guestfs_h *g, const char *val)
{
  size_t n;

  if (parse_count (g, "internal_test_rhashtable", val, &n) == -1)
    return NULL;
  char **r = safe_calloc (g, 2 * n + 1, sizeof (char *));
  for (size_t i = 0; i < n; ++i)
    {
      r[2 * i] = safe_asprintf (g, "%zu", i);
      r[2 * i + 1] = safe_asprintf (g, "%zu", i);
    }
  return r;
}

char **
guestfs_impl_internal_test_rhashtableerr (guestfs_h *g)
{
  FAIL ("internal_test_rhashtableerr");
  return NULL;
}

char *
guestfs_impl_internal_test_rbufferout (guestfs_h *g, const char *val,
                                       size_t *size_r)
{
  *size_r = strlen (val);
  return safe_strndup (g, val, *size_r);
}

char *
guestfs_impl_internal_test_rbufferouterr (guestfs_h *g, size_t *size_r)
{
  FAIL ("internal_test_rbufferouterr");
  return NULL;
}
