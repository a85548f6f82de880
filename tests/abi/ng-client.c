/* A client built against our guestfs.h and library, then run by
 * test-ng-client-on-libguestfs.sh against Debian's libguestfs.so.0 (and
 * against ours): it must load, and its optarg numbers, struct helpers
 * and constants must mean the same there.  No launch: libguestfs's
 * appliance is not built here.
 *
 * Usage: ng-client IMAGE
 */

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guestfs.h"

static int count, failures;

static void
ok (bool pass, const char *what)
{
  printf ("%sok %d - %s\n", pass ? "" : "not ", ++count, what);
  fflush (stdout);
  failures += !pass;
}

static bool
error_has (guestfs_h *g, const char *s)
{
  const char *e = guestfs_last_error (g);
  if (e)
    printf ("# error: %s\n", e);
  return e && strstr (e, s);
}

int
main (int argc, char *argv[])
{
  if (argc != 2)
    {
      printf ("Bail out! usage: ng-client IMAGE\n");
      return 1;
    }
  const char *img = argv[1];
  guestfs_h *g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      return 1;
    }
  guestfs_set_error_handler (g, NULL, NULL);

  struct guestfs_version *v = guestfs_version (g);
  ok (v != NULL, "guestfs_version");
  if (v)
    printf ("# running on %s%" PRIi64 ".%" PRIi64 ".%" PRIi64 "%s\n",
            strcmp (v->extra, "ng") == 0 ? "guestfs-ng " : "libguestfs ",
            v->major, v->minor, v->release, v->extra);
  struct guestfs_version *v2 = v ? guestfs_copy_version (v) : NULL;
  ok (v2 && guestfs_compare_version (v, v2) == 0,
      "guestfs_copy_version and guestfs_compare_version");
  guestfs_free_version (v2);
  guestfs_free_version (v);

  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_CACHEMODE,
                              "bogus", -1)
              == -1
          && error_has (g, "cachemode"),
      "GUESTFS_ADD_DRIVE_OPTS_CACHEMODE is read as cachemode");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_DISCARD, "bogus",
                              -1)
              == -1
          && error_has (g, "discard"),
      "GUESTFS_ADD_DRIVE_OPTS_DISCARD is read as discard");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_READONLY, 1,
                              GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw",
                              GUESTFS_ADD_DRIVE_OPTS_CACHEMODE, "unsafe",
                              GUESTFS_ADD_DRIVE_OPTS_DISCARD, "besteffort",
                              GUESTFS_ADD_DRIVE_OPTS_BLOCKSIZE, 4096, -1)
          == 0,
      "add_drive_opts with five optargs");

  char *name = guestfs_canonical_device_name (g, "/dev/vda1");
  ok (name && strcmp (name, "/dev/sda1") == 0, "canonical_device_name");
  free (name);

  char *events
      = guestfs_event_to_string (GUESTFS_EVENT_CLOSE | GUESTFS_EVENT_PROGRESS);
  ok (events && strcmp (events, "close,progress") == 0,
      "event bits name the same events");
  free (events);

  guestfs_close (g);
  printf ("1..%d\n", count);
  return failures ? 1 : 0;
}
