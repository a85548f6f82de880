/* Runs a fuzz target over kept inputs, without libFuzzer: each file
 * named on the command line, or each file in a directory named there,
 * is one TAP test that passes if the target returns (a crash fails the
 * whole program).  'make check' runs it over fuzz/regressions/ and the
 * seed corpus.
 */

#include <config.h>

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int tests;

/* Like libFuzzer's malloc limit: one allocation this large can only
 * come from a size read off the wire, even where the system would grant
 * it (overcommit).  glibc's own allocator does the work.
 */
#define MALLOC_LIMIT ((size_t)256 << 20)

/* Under ASan its allocator enforces the limit (fuzz/Makefile.am sets
 * max_allocation_size_mb): replacing malloc would bypass ASan.
 */
#ifndef __SANITIZE_ADDRESS__

extern void *__libc_malloc (size_t n);
extern void *__libc_calloc (size_t n, size_t size);
extern void *__libc_realloc (void *p, size_t n);

static void __attribute__ ((noreturn)) too_big (const char *fn, size_t n)
{
  fprintf (stderr, "regress: %s of %zu bytes (limit %zu)\n", fn, n,
           MALLOC_LIMIT);
  abort ();
}

void *
malloc (size_t n)
{
  if (n > MALLOC_LIMIT)
    too_big ("malloc", n);
  return __libc_malloc (n);
}

void *
calloc (size_t n, size_t size)
{
  if (size && n > MALLOC_LIMIT / size)
    too_big ("calloc", n * size);
  return __libc_calloc (n, size);
}

void *
realloc (void *p, size_t n)
{
  if (n > MALLOC_LIMIT)
    too_big ("realloc", n);
  return __libc_realloc (p, n);
}
#endif

static void
run_file (const char *path)
{
  FILE *fp = fopen (path, "rb");
  uint8_t *buf = NULL;
  size_t cap = 0, len = 0, n;

  if (fp == NULL)
    {
      printf ("Bail out! %s: cannot open\n", path);
      exit (EXIT_FAILURE);
    }
  do
    {
      if (len == cap)
        {
          cap = cap ? cap * 2 : 65536;
          buf = realloc (buf, cap);
          if (buf == NULL)
            abort ();
        }
      n = fread (buf + len, 1, cap - len, fp);
      len += n;
    }
  while (n > 0);
  fclose (fp);
  LLVMFuzzerTestOneInput (buf, len);
  free (buf);
  printf ("ok %d - %s\n", ++tests, path);
  fflush (stdout);
}

static int
by_name (const struct dirent **a, const struct dirent **b)
{
  return strcmp ((*a)->d_name, (*b)->d_name);
}

int
main (int argc, char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      struct stat st;
      struct dirent **names;
      int n;

      if (stat (argv[i], &st) == -1)
        {
          printf ("Bail out! %s: no such file or directory\n", argv[i]);
          return EXIT_FAILURE;
        }
      if (!S_ISDIR (st.st_mode))
        {
          run_file (argv[i]);
          continue;
        }
      n = scandir (argv[i], &names, NULL, by_name);
      if (n == -1)
        {
          printf ("Bail out! %s: cannot list\n", argv[i]);
          return EXIT_FAILURE;
        }
      for (int j = 0; j < n; j++)
        {
          char *path;

          if (names[j]->d_name[0] != '.')
            {
              if (asprintf (&path, "%s/%s", argv[i], names[j]->d_name) == -1)
                abort ();
              run_file (path);
              free (path);
            }
          free (names[j]);
        }
      free (names);
    }
  printf ("1..%d\n", tests);
  return EXIT_SUCCESS;
}
