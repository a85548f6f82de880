/* The ABI only grows: every symbol in tests/abi-baseline.txt must still
 * be exported by the built library.  New symbols are fine (add them to
 * the baseline, which is kept in LC_ALL=C sort order).
 *
 * Usage: test-abi [LIBRARY BASELINE]; by default the in-tree library
 * and baseline, found through $abs_top_builddir and $abs_top_srcdir.
 */

#include <config.h>

#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>

#include "tap.h"

int
main (int argc, char *argv[])
{
  char lib[4096], baseline[4096];

  if (argc == 3)
    {
      snprintf (lib, sizeof lib, "%s", argv[1]);
      snprintf (baseline, sizeof baseline, "%s", argv[2]);
    }
  else if (getenv ("abs_top_builddir") && getenv ("abs_top_srcdir"))
    {
      snprintf (lib, sizeof lib, "%s/capi/.libs/libguestfs.so.0",
                getenv ("abs_top_builddir"));
      snprintf (baseline, sizeof baseline, "%s/tests/abi-baseline.txt",
                getenv ("abs_top_srcdir"));
    }
  else
    {
      printf ("Bail out! usage: test-abi [LIBRARY BASELINE]\n");
      return 1;
    }

  void *h = dlopen (lib, RTLD_NOW | RTLD_LOCAL);
  if (h == NULL)
    {
      printf ("Bail out! %s\n", dlerror ());
      return 1;
    }
  FILE *fp = fopen (baseline, "r");
  if (fp == NULL)
    {
      printf ("Bail out! %s: %s\n", baseline, strerror (errno));
      return 1;
    }

  char sym[256], prev[256] = "";
  bool sorted = true;
  int n = 0;
  while (fscanf (fp, "%255s", sym) == 1)
    {
      ok (dlsym (h, sym) != NULL, "%s is exported", sym);
      sorted &= strcmp (prev, sym) < 0;
      snprintf (prev, sizeof prev, "%s", sym);
      n++;
    }
  fclose (fp);
  ok (n > 0, "the baseline lists %d symbols", n);
  ok (sorted, "the baseline is sorted, without duplicates");

  dlclose (h);
  return tap_done ();
}
