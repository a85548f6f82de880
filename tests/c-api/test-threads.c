/* Many handles in many threads at once, and one handle shared by many
 * threads (its lock keeps the calls and callbacks one at a time).
 */

#include <config.h>

#include <pthread.h>
#include <stdlib.h>

#include "guestfs.h"
#include "tap.h"

#define THREADS 8
#define ROUNDS 50

struct worker
{
  int id;
  int closes; /* CLOSE callbacks seen */
  int traces; /* TRACE callbacks seen */
  int errors; /* error handler calls */
  int bad;    /* wrong values read back */
};

static void
count_close (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
             const char *buf, size_t buf_len, const uint64_t *array,
             size_t array_len)
{
  ((struct worker *)opaque)->closes++;
}

static void
count_trace (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
             const char *buf, size_t buf_len, const uint64_t *array,
             size_t array_len)
{
  ((struct worker *)opaque)->traces++;
}

static void
count_error (guestfs_h *g, void *opaque, const char *msg)
{
  ((struct worker *)opaque)->errors++;
}

static void *
own_handles (void *arg)
{
  struct worker *w = arg;
  char name[32];

  snprintf (name, sizeof name, "worker-%d", w->id);
  for (int i = 0; i < ROUNDS; ++i)
    {
      guestfs_h *g = guestfs_create ();
      if (g == NULL)
        {
          w->bad++;
          continue;
        }
      guestfs_set_error_handler (g, count_error, w);
      guestfs_set_event_callback (g, count_close, GUESTFS_EVENT_CLOSE, 0, w);
      guestfs_set_event_callback (g, count_trace, GUESTFS_EVENT_TRACE, 0, w);
      guestfs_set_private (g, "worker", w);
      guestfs_set_trace (g, 1);
      guestfs_set_memsize (g, 256 + w->id);
      guestfs_set_program (g, name);
      guestfs_set_memsize (g, 1); /* fails */
      char **l = guestfs_internal_test_rstringlist (g, "3");
      if (l == NULL || l[3] != NULL)
        w->bad++;
      for (size_t j = 0; l && l[j]; ++j)
        free (l[j]);
      free (l);
      if (guestfs_get_memsize (g) != 256 + w->id
          || strcmp (guestfs_get_program (g), name) != 0
          || guestfs_get_private (g, "worker") != w
          || strcmp (guestfs_last_error (g) ? guestfs_last_error (g) : "",
                     "set_memsize: 1 MiB is too small: the appliance needs "
                     "at least 128 MiB")
                 != 0)
        w->bad++;
      guestfs_close (g);
    }
  return NULL;
}

static guestfs_h *shared;
static int shared_enters; /* only touched by callbacks, under the lock */

static void
count_enter (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
             const char *buf, size_t buf_len, const uint64_t *array,
             size_t array_len)
{
  shared_enters++;
}

static void *
use_shared (void *arg)
{
  struct worker *w = arg;

  for (int i = 0; i < ROUNDS; ++i)
    {
      guestfs_set_memsize (shared, 300 + w->id);
      int m = guestfs_get_memsize (shared);
      if (m < 300 || m >= 300 + THREADS)
        w->bad++;
      char *s = guestfs_internal_test_rstring (shared, "shared");
      if (s == NULL || strcmp (s, "shared") != 0)
        w->bad++;
      free (s);
    }
  return NULL;
}

static bool
run (void *(*fn) (void *), struct worker *w)
{
  pthread_t t[THREADS];
  bool good = true;

  for (int i = 0; i < THREADS; ++i)
    {
      memset (&w[i], 0, sizeof w[i]);
      w[i].id = i;
      good &= pthread_create (&t[i], NULL, fn, &w[i]) == 0;
    }
  for (int i = 0; i < THREADS; ++i)
    good &= pthread_join (t[i], NULL) == 0;
  return good;
}

int
main (void)
{
  struct worker w[THREADS];
  bool all;

  ok (run (own_handles, w), "%d threads each made %d handles", THREADS,
      ROUNDS);
  all = true;
  for (int i = 0; i < THREADS; ++i)
    all &= w[i].bad == 0;
  ok (all, "every handle kept its own settings, private data and errors");
  all = true;
  for (int i = 0; i < THREADS; ++i)
    all &= w[i].closes == ROUNDS;
  ok (all, "every handle ran its CLOSE callback once");
  all = true;
  for (int i = 0; i < THREADS; ++i)
    all &= w[i].errors == ROUNDS;
  ok (all, "every handle called its own error handler once");
  all = true;
  /* Per handle: set_trace =, then 2 lines for each of 6 calls, close. */
  for (int i = 0; i < THREADS; ++i)
    all &= w[i].traces == ROUNDS * (1 + 2 * 6 + 1);
  ok (all, "every handle traced to its own callback");

  shared = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
  guestfs_set_event_callback (shared, count_enter, GUESTFS_EVENT_ENTER, 0,
                              NULL);
  ok (run (use_shared, w), "%d threads shared one handle", THREADS);
  all = true;
  for (int i = 0; i < THREADS; ++i)
    all &= w[i].bad == 0;
  ok (all, "every call on the shared handle worked");
  is_int (shared_enters, THREADS * ROUNDS * 3,
          "callbacks ran one at a time (no lost counts)");
  guestfs_close (shared);

  return tap_done ();
}
