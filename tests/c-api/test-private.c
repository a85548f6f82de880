/* The private data area: set/get, and walks with first/next while
 * keys are added and changed.
 */

#include <config.h>

#include <errno.h>
#include <stdlib.h>

#include "guestfs.h"
#include "tap.h"

static int v1 = 1, v2 = 2, v3 = 3, v4 = 4;

/* Walk everything; return the keys in the order seen ("k1,k2,"). */
static void
walk (guestfs_h *g, char *buf, size_t size, int *sum)
{
  const char *key;
  void *data;

  buf[0] = '\0';
  *sum = 0;
  for (data = guestfs_first_private (g, &key); data;
       data = guestfs_next_private (g, &key))
    {
      size_t len = strlen (buf);
      snprintf (buf + len, size - len, "%s,", key);
      *sum += *(int *)data;
    }
}

int
main (void)
{
  guestfs_h *g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
  const char *key;
  char keys[256];
  int sum;

  if (g == NULL)
    {
      ok (false, "create");
      return tap_done ();
    }
  guestfs_set_error_handler (g, NULL, NULL);

  ok (guestfs_get_private (g, "nothing") == NULL, "get of a missing key");
  ok (guestfs_first_private (g, &key) == NULL, "first on an empty area");
  ok (guestfs_next_private (g, &key) == NULL, "next on an empty area");

  guestfs_set_private (g, "k1", &v1);
  guestfs_set_private (g, "k2", &v2);
  ok (guestfs_get_private (g, "k1") == &v1, "get k1");
  ok (guestfs_get_private (g, "k2") == &v2, "get k2");
  guestfs_set_private (g, "k1", &v3);
  ok (guestfs_get_private (g, "k1") == &v3, "set again replaces the value");

  walk (g, keys, sizeof keys, &sum);
  ok (strlen (keys) == 6 && strstr (keys, "k1,") && strstr (keys, "k2,"),
      "the walk sees each key once");
  is_int (sum, 5, "with the current values");

  guestfs_set_private (g, "k2", NULL);
  ok (guestfs_get_private (g, "k2") == NULL, "a key set to NULL reads NULL");
  walk (g, keys, sizeof keys, &sum);
  is_str (keys, "k1,", "the walk skips NULL values");

  guestfs_set_private (g, "k3", NULL);
  guestfs_set_private (g, "k4", &v4);
  walk (g, keys, sizeof keys, &sum);
  ok (strlen (keys) == 6 && strstr (keys, "k1,") && strstr (keys, "k4,"),
      "NULL entries anywhere are skipped");

  /* first_private restarts the walk. */
  void *d1 = guestfs_first_private (g, &key);
  guestfs_next_private (g, &key);
  ok (guestfs_next_private (g, &key) == NULL, "the walk ends");
  ok (guestfs_next_private (g, &key) == NULL, "and stays ended");
  ok (guestfs_first_private (g, &key) == d1, "first_private starts again");
  ok (guestfs_first_private (g, NULL) == d1, "key_rtn may be NULL");

  /* set_private during a walk invalidates it. */
  guestfs_first_private (g, &key);
  guestfs_set_private (g, "k5", &v1);
  ok (guestfs_next_private (g, &key) == NULL,
      "adding a key ends the walk in progress");
  ok (guestfs_next_private (g, &key) == NULL, "until first_private");
  walk (g, keys, sizeof keys, &sum);
  ok (strstr (keys, "k5,") != NULL, "a new walk sees the new key");
  is_int (sum, 3 + 4 + 1, "and every value");
  guestfs_first_private (g, &key);
  guestfs_set_private (g, "k1", &v2);
  ok (guestfs_next_private (g, &key) == NULL,
      "changing a value also ends the walk");

  /* Many keys. */
  char name[32];
  static int many[500];
  for (int i = 0; i < 500; ++i)
    {
      snprintf (name, sizeof name, "many-%d", i);
      many[i] = 1;
      guestfs_set_private (g, name, &many[i]);
    }
  guestfs_set_private (g, "k1", NULL);
  guestfs_set_private (g, "k4", NULL);
  guestfs_set_private (g, "k5", NULL);
  int n = 0;
  for (void *d = guestfs_first_private (g, &key); d;
       d = guestfs_next_private (g, &key))
    n += strncmp (key, "many-", 5) == 0;
  is_int (n, 500, "500 keys walked");
  ok (guestfs_get_private (g, "many-499") == &many[499], "get many-499");

  /* NULL key. */
  errno = 0;
  guestfs_set_private (g, NULL, &v1);
  is_int (errno, EINVAL, "set_private with a NULL key: EINVAL");
  has_str (guestfs_last_error (g), "key", "naming the key");
  ok (guestfs_get_private (g, NULL) == NULL, "get_private of a NULL key");

  guestfs_close (g);
  return tap_done ();
}
