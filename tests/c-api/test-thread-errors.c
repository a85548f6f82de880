/* Error state belongs to the thread: on one handle shared by threads,
 * each thread reads its own last error and errno, and has its own error
 * handler and handler stack.  Two threads fail calls in a loop and read
 * their own errors while the other's failures replace theirs (run under
 * valgrind by 'make check-valgrind': any use of a freed message fails).
 */

#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "guestfs.h"
#include "tap.h"

#define ROUNDS 2000

static guestfs_h *g;
static pthread_barrier_t start;

struct worker
{
  int id;
  int handled; /* calls of this thread's own error handler */
  int bad_msg; /* last_error was not this thread's */
  int bad_errno;
  int bad_handler; /* get_error_handler showed another thread's */
};

static void
count_error (guestfs_h *h, void *opaque, const char *msg)
{
  ((struct worker *)opaque)->handled++;
}

static void *
fail_in_loop (void *arg)
{
  struct worker *w = arg;
  char want[128];
  void *opaque;

  guestfs_set_error_handler (g, count_error, w);
  pthread_barrier_wait (&start);
  for (int i = 0; i < ROUNDS; ++i)
    {
      int r;

      if (w->id == 0)
        {
          /* EINVAL, and a message that differs each round. */
          r = guestfs_set_memsize (g, i % 100);
          snprintf (want, sizeof want,
                    "set_memsize: %d MiB is too small: the appliance "
                    "needs at least 128 MiB",
                    i % 100);
          if (r != -1 || guestfs_last_errno (g) != EINVAL)
            w->bad_errno++;
        }
      else
        {
          /* No errno. */
          r = guestfs_internal_test_rinterr (g);
          snprintf (want, sizeof want, "internal_test_rinterr: error");
          if (r != -1 || guestfs_last_errno (g) != 0)
            w->bad_errno++;
        }
      const char *msg = guestfs_last_error (g);
      if (msg == NULL || strcmp (msg, want) != 0)
        w->bad_msg++;
      if (guestfs_get_error_handler (g, &opaque) != count_error || opaque != w)
        w->bad_handler++;
    }
  return NULL;
}

/* A thread that never failed a call sees no error, and the default
 * handler, whatever the others did.
 */
struct fresh
{
  const char *last_error;
  int last_errno;
  guestfs_error_handler_cb cb;
  bool pop_kept_null;
};

static void *
fresh_thread (void *arg)
{
  struct fresh *f = arg;
  void *opaque;

  f->last_error = guestfs_last_error (g);
  f->last_errno = guestfs_last_errno (g);
  f->cb = guestfs_get_error_handler (g, &opaque);
  /* Its stack is its own too: the main thread's pushes are not here. */
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_pop_error_handler (g);
  f->pop_kept_null = guestfs_get_error_handler (g, NULL) == NULL;
  return NULL;
}

int
main (void)
{
  struct worker w[2] = { { .id = 0 }, { .id = 1 } };
  pthread_t t[2];
  guestfs_error_handler_cb default_cb;

  g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
  if (g == NULL)
    {
      ok (false, "create");
      return tap_done ();
    }
  default_cb = guestfs_get_error_handler (g, NULL);
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_internal_test_rstringerr (g);

  pthread_barrier_init (&start, NULL, 2);
  for (int i = 0; i < 2; ++i)
    pthread_create (&t[i], NULL, fail_in_loop, &w[i]);
  for (int i = 0; i < 2; ++i)
    pthread_join (t[i], NULL);
  pthread_barrier_destroy (&start);

  for (int i = 0; i < 2; ++i)
    {
      is_int (w[i].bad_msg, 0,
              "thread %d: last_error was its own message in every round", i);
      is_int (w[i].bad_errno, 0, "thread %d: and last_errno its own errno", i);
      is_int (w[i].handled, ROUNDS,
              "thread %d: its own handler saw exactly its own %d errors", i,
              ROUNDS);
      is_int (w[i].bad_handler, 0,
              "thread %d: get_error_handler returned its own handler", i);
    }
  is_str (guestfs_last_error (g), "internal_test_rstringerr: error",
          "the main thread's error is untouched by the threads'");
  ok (guestfs_get_error_handler (g, NULL) == NULL,
      "and so is its error handler");

  struct fresh f;
  guestfs_push_error_handler (g, count_error, &w[0]);
  pthread_create (&t[0], NULL, fresh_thread, &f);
  pthread_join (t[0], NULL);
  ok (f.last_error == NULL && f.last_errno == 0,
      "a thread with no error of its own reads none");
  ok (f.cb == default_cb, "a new thread starts with the default handler");
  ok (f.pop_kept_null,
      "pop in a thread that pushed nothing leaves its handler alone");
  ok (guestfs_get_error_handler (g, NULL) == count_error,
      "the main thread's pushed handler is still in place");
  guestfs_pop_error_handler (g);
  ok (guestfs_get_error_handler (g, NULL) == NULL,
      "and its pop restores its own saved handler");

  /* Threads that exited while the handle lives, then close: everything
   * is freed (valgrind checks).
   */
  guestfs_close (g);
  return tap_done ();
}
