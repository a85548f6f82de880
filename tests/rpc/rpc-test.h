/* Shared by the tests/rpc programs: TAP output and small helpers. */

#ifndef RPC_TEST_H
#define RPC_TEST_H

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "guestfs.h"

static int tap_n;
static int tap_failed;

static void __attribute__ ((format (printf, 2, 3)))
ok (bool cond, const char *fs, ...)
{
  va_list args;

  printf ("%sok %d - ", cond ? "" : "not ", ++tap_n);
  va_start (args, fs);
  vprintf (fs, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
  if (!cond)
    tap_failed++;
}

static void __attribute__ ((format (printf, 1, 2))) diag (const char *fs, ...)
{
  va_list args;

  fputs ("# ", stdout);
  va_start (args, fs);
  vprintf (fs, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

static void __attribute__ ((noreturn, format (printf, 1, 2)))
bail_out (const char *fs, ...)
{
  va_list args;

  fputs ("Bail out! ", stdout);
  va_start (args, fs);
  vprintf (fs, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
  exit (EXIT_FAILURE);
}

static int
tap_done (void)
{
  printf ("1..%d\n", tap_n);
  return tap_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* The handle's last error contains needle (reported if not). */
static bool
error_contains (guestfs_h *g, const char *needle)
{
  const char *e = guestfs_last_error (g);

  if (e && strstr (e, needle))
    return true;
  diag ("expected an error containing \"%s\", got: %s", needle,
        e ? e : "(none)");
  return false;
}

/* A new handle that keeps errors quiet (the tests check them). */
static guestfs_h *
quiet_handle (void)
{
  guestfs_h *g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);

  if (g == NULL)
    bail_out ("guestfs_create_flags failed");
  guestfs_set_error_handler (g, NULL, NULL);
  return g;
}

static char *
make_tmpdir (void)
{
  const char *t = getenv ("TMPDIR");
  char *dir;

  if (asprintf (&dir, "%s/rpc-test-XXXXXX", t && *t ? t : "/tmp") == -1
      || mkdtemp (dir) == NULL)
    bail_out ("mkdtemp: %s", strerror (errno));
  return dir;
}

static void
remove_tree (const char *dir)
{
  char *cmd;

  if (asprintf (&cmd, "rm -rf '%s'", dir) == -1)
    bail_out ("asprintf");
  if (system (cmd) != 0)
    diag ("could not remove %s", dir);
  free (cmd);
}

#endif /* RPC_TEST_H */
