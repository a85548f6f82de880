/* The runner of the per-action tests, and the checks and disk resets
 * the tests call.  The tests themselves, one function per test in the
 * tests=[...] of an action in generator/api.py, are in test-actions.c,
 * which generator/tests.py writes.
 */

#include <config.h>

#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guestfs.h"
#include "test-actions.h"

#define DISK_SIZE (INT64_C (512) * 1024 * 1024)
/* Per test, reset included; generous because TCG can be very slow.  A
 * hung call must not hang 'make check'.
 */
#define TEST_TIMEOUT 300
#define LAUNCH_TIMEOUT 900

guestfs_h *g;
unsigned errors_seen;
static pid_t qemu_pid = -1;
/* Diagnostics of the running test, printed after its ok/not ok line. */
static char *diag_buf;
static size_t diag_size;
static FILE *diag_fp;

static void
count_error (guestfs_h *h, void *opaque, const char *msg)
{
  /* Errors are reported by the tests that expect none; the default
   * handler would also print the expected ones.
   */
  errors_seen++;
}

void
diag (const char *fs, ...)
{
  va_list args;

  va_start (args, fs);
  vfprintf (diag_fp, fs, args);
  va_end (args);
  fputc ('\n', diag_fp);
}

static const char *
last_error (void)
{
  const char *e = guestfs_last_error (g);
  return e ? e : "(no error message)";
}

/* Command number n of the test (1-based) failed unexpectedly. */
void
diag_error (const char *name, int n)
{
  diag ("command %d (%s) failed: %s", n, name, last_error ());
}

/* An expected failure must still go through the error handler with a
 * message (guestfs_last_error alone may be left from an earlier error).
 */
int
check_error_reported (const char *name, unsigned errors_before)
{
  const char *e = guestfs_last_error (g);

  if (errors_seen == errors_before || e == NULL || *e == '\0')
    {
      diag ("%s failed, as it should, but reported no error", name);
      return -1;
    }
  return 0;
}

static void
show_bytes (FILE *fp, const char *p, size_t n)
{
  fputc ('"', fp);
  for (size_t i = 0; i < n; ++i)
    {
      unsigned char ch = p[i];
      if (ch == '\n')
        fputs ("\\n", fp);
      else if (ch == '"' || ch == '\\')
        fprintf (fp, "\\%c", ch);
      else if (ch < 0x20 || ch >= 0x7f)
        fprintf (fp, "\\x%02x", ch);
      else
        fputc (ch, fp);
    }
  fputc ('"', fp);
}

int
check_int (const char *what, int64_t got, int64_t want)
{
  if (got == want)
    return 0;
  diag ("%s: expected %" PRIi64 ", got %" PRIi64, what, want, got);
  return -1;
}

int
check_buffer (const char *what, const char *got, size_t got_len,
              const char *want, size_t want_len)
{
  if (got != NULL && got_len == want_len && memcmp (got, want, want_len) == 0)
    return 0;
  fprintf (diag_fp, "%s: expected ", what);
  show_bytes (diag_fp, want, want_len);
  fputs (", got ", diag_fp);
  if (got)
    show_bytes (diag_fp, got, got_len);
  else
    fputs ("NULL", diag_fp);
  fputc ('\n', diag_fp);
  return -1;
}

int
check_contains (const char *what, const char *got, size_t got_len,
                const char *want, size_t want_len)
{
  for (size_t i = 0; i + want_len <= got_len; ++i)
    {
      if (memcmp (got + i, want, want_len) == 0)
        return 0;
    }
  fprintf (diag_fp, "%s: expected something containing ", what);
  show_bytes (diag_fp, want, want_len);
  fputs (", got ", diag_fp);
  show_bytes (diag_fp, got, got_len);
  fputc ('\n', diag_fp);
  return -1;
}

size_t
count_strings (char **l)
{
  size_t n = 0;

  while (l[n])
    n++;
  return n;
}

void
free_strings (char **l)
{
  for (size_t i = 0; l[i]; ++i)
    free (l[i]);
  free (l);
}

static void
show_strings (FILE *fp, const char *const *l, size_t n)
{
  fputc ('[', fp);
  for (size_t i = 0; i < n; ++i)
    {
      if (i > 0)
        fputs (", ", fp);
      show_bytes (fp, l[i], strlen (l[i]));
    }
  fputc (']', fp);
}

int
check_strings (const char *what, char **got, const char *const *want, size_t n)
{
  size_t got_n = count_strings (got);

  if (got_n == n)
    {
      size_t i;
      for (i = 0; i < n && strcmp (got[i], want[i]) == 0; ++i)
        ;
      if (i == n)
        return 0;
    }
  fprintf (diag_fp, "%s: expected ", what);
  show_strings (diag_fp, want, n);
  fputs (", got ", diag_fp);
  show_strings (diag_fp, (const char *const *)got, got_n);
  fputc ('\n', diag_fp);
  return -1;
}

int
check_pair (const char *what, char **got, const char *key, const char *value)
{
  size_t n = count_strings (got);

  for (size_t i = 0; i + 1 < n; i += 2)
    {
      if (strcmp (got[i], key) != 0)
        continue;
      if (strcmp (got[i + 1], value) == 0)
        return 0;
      fprintf (diag_fp, "%s: key \"%s\": expected \"%s\", got \"%s\"\n", what,
               key, value, got[i + 1]);
      return -1;
    }
  fprintf (diag_fp, "%s: no key \"%s\" in ", what, key);
  show_strings (diag_fp, (const char *const *)got, n);
  fputc ('\n', diag_fp);
  return -1;
}

/* One command of a test's reset; its failure fails the test. */
static bool
reset_failed (int r, const char *init, const char *what)
{
  if (r != -1)
    return false;
  diag ("reset to \"%s\": %s failed: %s", init, what, last_error ());
  return true;
}

int
reset_none (void)
{
  return reset_failed (guestfs_umount_all (g), "none", "umount_all") ? -1 : 0;
}

/* /dev/sda blank, nothing mounted.  part_init clears a GPT's backup
 * header as well as the primary one, zero then clears the new table,
 * and rereading it drops any partitions the kernel still knew about.
 */
int
reset_empty (void)
{
  char **parts;
  int ok = 0;

  if (reset_none () == -1
      || reset_failed (guestfs_part_init (g, "/dev/sda", "mbr"), "empty",
                       "part_init /dev/sda mbr")
      || reset_failed (guestfs_zero (g, "/dev/sda"), "empty", "zero /dev/sda")
      || reset_failed (guestfs_blockdev_rereadpt (g, "/dev/sda"), "empty",
                       "blockdev_rereadpt /dev/sda"))
    return -1;
  parts = guestfs_list_partitions (g);
  if (parts == NULL)
    {
      diag ("reset to \"empty\": list_partitions failed: %s", last_error ());
      return -1;
    }
  for (size_t i = 0; parts[i]; ++i)
    {
      if (strncmp (parts[i], "/dev/sda", 8) == 0)
        {
          diag ("reset to \"empty\": %s is still there", parts[i]);
          ok = -1;
        }
    }
  free_strings (parts);
  return ok;
}

int
reset_scratchfs (void)
{
  if (reset_none () == -1
      || reset_failed (guestfs_mount (g, "/dev/sdb1", "/"), "scratchfs",
                       "mount /dev/sdb1 /"))
    return -1;
  return 0;
}

int
reset_basicfs (void)
{
  if (reset_none () == -1
      || reset_failed (guestfs_part_disk (g, "/dev/sda", "mbr"), "basicfs",
                       "part_disk /dev/sda mbr")
      || reset_failed (guestfs_mkfs (g, "ext2", "/dev/sda1"), "basicfs",
                       "mkfs ext2 /dev/sda1")
      || reset_failed (guestfs_mount (g, "/dev/sda1", "/"), "basicfs",
                       "mount /dev/sda1 /"))
    return -1;
  return 0;
}

/* The "scratchfs" filesystem is made once; tests keep to their own
 * paths on it.
 */
static void
prepare_scratchfs (void)
{
  if (guestfs_part_disk (g, "/dev/sdb", "mbr") == -1
      || guestfs_mkfs (g, "ext4", "/dev/sdb1") == -1)
    printf ("# making the scratchfs filesystem on /dev/sdb failed: %s\n",
            last_error ());
}

static void
timed_out (int sig)
{
  static const char msg[] = "Bail out! test-actions: timed out\n";

  /* Only async-signal-safe calls here. */
  if (qemu_pid > 0)
    kill (qemu_pid, SIGKILL);
  if (write (STDOUT_FILENO, msg, sizeof msg - 1) == -1)
    _exit (2);
  _exit (1);
}

/* With arguments, run only the tests or actions named (the others are
 * reported as skipped), e.g. "test-actions mkfs cat_1".
 */
static bool
selected (const struct test *t, int argc, char *argv[])
{
  size_t action_len = strrchr (t->name, '_') - t->name;

  if (argc <= 1)
    return true;
  for (int i = 1; i < argc; ++i)
    {
      if (strcmp (argv[i], t->name) == 0
          || (strlen (argv[i]) == action_len
              && strncmp (argv[i], t->name, action_len) == 0))
        return true;
    }
  return false;
}

static void
print_diagnostics (void)
{
  char *line = diag_buf;

  while (line && *line)
    {
      size_t len = strcspn (line, "\n");
      printf ("# %.*s\n", (int)len, line);
      line += len + (line[len] == '\n');
    }
}

int
main (int argc, char *argv[])
{
  unsigned failures = 0;

  setvbuf (stdout, NULL, _IOLBF, 0);
  signal (SIGALRM, timed_out);
  printf ("1..%zu\n", nr_tests);
  printf ("# actions without tests: %s\n", untested_actions);

  g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      exit (1);
    }
  guestfs_set_error_handler (g, count_error, NULL);
  alarm (LAUNCH_TIMEOUT);
  if (guestfs_add_drive_scratch (g, DISK_SIZE, -1) == -1
      || guestfs_add_drive_scratch (g, DISK_SIZE, -1) == -1
      || guestfs_launch (g) == -1)
    {
      printf ("Bail out! launch failed: %s\n", last_error ());
      guestfs_close (g);
      exit (1);
    }
  qemu_pid = guestfs_get_pid (g);
  prepare_scratchfs ();

  for (size_t i = 0; i < nr_tests; ++i)
    {
      const struct test *t = &tests[i];
      int r;

      if (!selected (t, argc, argv))
        {
          printf ("ok %zu - %s: %s # SKIP not selected\n", i + 1, t->name,
                  t->description);
          continue;
        }
      diag_fp = open_memstream (&diag_buf, &diag_size);
      if (diag_fp == NULL)
        {
          perror ("open_memstream");
          exit (1);
        }
      alarm (TEST_TIMEOUT);
      r = t->reset ();
      if (r == 0)
        r = t->run ();
      alarm (0);
      fclose (diag_fp);
      printf ("%sok %zu - %s: %s\n", r == 0 ? "" : "not ", i + 1, t->name,
              t->description);
      if (r != 0)
        {
          failures++;
          print_diagnostics ();
        }
      free (diag_buf);
      diag_buf = NULL;
    }

  alarm (LAUNCH_TIMEOUT);
  guestfs_close (g);
  exit (failures ? 1 : 0);
}
