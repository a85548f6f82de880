/* Errors (the last error and the error handler stack, per thread per
 * handle), debug and warning messages, and allocation that never
 * returns NULL.
 */

/* vasprintf */

#include <config.h>

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guestfs.h"
#include "guestfs-internal.h"

void
guestfs_int_default_error_cb (guestfs_h *g, void *opaque, const char *msg)
{
  fprintf (stderr, "libguestfs: error: %s\n", msg);
}

static void
out_of_memory (guestfs_h *g)
{
  if (g && g->abort_cb)
    g->abort_cb ();
  abort ();
}

/* ---- Per-thread error state ---- */

struct error_frame
{
  guestfs_error_handler_cb cb;
  void *opaque;
  struct error_frame *next;
};

struct guestfs_int_error_data
{
  guestfs_h *g;
  char *last_error;
  int last_errnum;
  guestfs_error_handler_cb cb;
  void *cb_data;
  struct error_frame *stack;
  struct thread_errors *thread;
  struct guestfs_int_error_data *next_in_thread;
  struct guestfs_int_error_data *next_in_handle;
};

/* The thread-specific value: the thread's entries, one per handle it
 * used.  A holder rather than the first entry itself, because closing a
 * handle in one thread unlinks entries from other threads' lists.
 */
struct thread_errors
{
  struct guestfs_int_error_data *first;
};

/* Guards both lists of every entry.  An entry's own fields are only
 * touched by its thread (under the handle lock) or by the handle's
 * close.
 */
static pthread_mutex_t errors_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_key_t errors_key;
static pthread_once_t errors_key_once = PTHREAD_ONCE_INIT;

static void
free_entry (struct guestfs_int_error_data *e)
{
  free (e->last_error);
  while (e->stack)
    {
      struct error_frame *next = e->stack->next;
      free (e->stack);
      e->stack = next;
    }
  free (e);
}

static void
unlink_entry (struct guestfs_int_error_data **list,
              struct guestfs_int_error_data *e, bool in_thread)
{
  for (; *list;
       list = in_thread ? &(*list)->next_in_thread : &(*list)->next_in_handle)
    if (*list == e)
      {
        *list = in_thread ? e->next_in_thread : e->next_in_handle;
        return;
      }
}

/* A thread exits: free its state on the handles still open. */
static void
thread_exit (void *arg)
{
  struct thread_errors *t = arg;

  pthread_mutex_lock (&errors_lock);
  while (t->first)
    {
      struct guestfs_int_error_data *e = t->first;
      t->first = e->next_in_thread;
      unlink_entry (&e->g->error_data, e, false);
      free_entry (e);
    }
  pthread_mutex_unlock (&errors_lock);
  free (t);
}

static void
make_errors_key (void)
{
  if (pthread_key_create (&errors_key, thread_exit) != 0)
    abort ();
}

/* The calling thread's error state on g, made on first use with the
 * default handler.
 */
static struct guestfs_int_error_data *
error_data (guestfs_h *g)
{
  struct thread_errors *t;
  struct guestfs_int_error_data *e;

  pthread_once (&errors_key_once, make_errors_key);
  t = pthread_getspecific (errors_key);
  if (t == NULL)
    {
      t = safe_calloc (g, 1, sizeof *t);
      if (pthread_setspecific (errors_key, t) != 0)
        out_of_memory (g);
    }
  pthread_mutex_lock (&errors_lock);
  for (e = t->first; e; e = e->next_in_thread)
    if (e->g == g)
      break;
  if (e == NULL)
    {
      e = calloc (1, sizeof *e);
      if (e == NULL)
        {
          pthread_mutex_unlock (&errors_lock);
          out_of_memory (g);
        }
      e->g = g;
      e->cb = guestfs_int_default_error_cb;
      e->thread = t;
      e->next_in_thread = t->first;
      t->first = e;
      e->next_in_handle = g->error_data;
      g->error_data = e;
    }
  pthread_mutex_unlock (&errors_lock);
  return e;
}

void
guestfs_int_free_error_data (guestfs_h *g)
{
  pthread_mutex_lock (&errors_lock);
  while (g->error_data)
    {
      struct guestfs_int_error_data *e = g->error_data;
      g->error_data = e->next_in_handle;
      unlink_entry (&e->thread->first, e, true);
      free_entry (e);
    }
  pthread_mutex_unlock (&errors_lock);
}

void
guestfs_int_error_errno (guestfs_h *g, int errnum, const char *fs, ...)
{
  GUESTFS_INT_LOCK_SCOPE (g);
  int saved_errno = errno;
  struct guestfs_int_error_data *e = error_data (g);
  va_list args;
  char *msg;

  va_start (args, fs);
  int r = vasprintf (&msg, fs, args);
  va_end (args);
  if (r == -1)
    out_of_memory (g);

  free (e->last_error);
  e->last_error = msg;
  e->last_errnum = errnum;

  if (e->cb)
    {
      /* The handler gets its own copy: if it calls something that fails,
       * the last error is replaced while it may still use msg.
       */
      char *copy = safe_strdup (g, msg);
      g->callback_depth++;
      e->cb (g, e->cb_data, copy);
      g->callback_depth--;
      free (copy);
    }
  errno = saved_errno;
}

void
guestfs_int_perrorf (guestfs_h *g, const char *fs, ...)
{
  int errnum = errno;
  va_list args;
  char *msg;

  va_start (args, fs);
  int r = vasprintf (&msg, fs, args);
  va_end (args);
  if (r == -1)
    out_of_memory (g);

  guestfs_int_error_errno (g, errnum, "%s: %s", msg, strerror (errnum));
  free (msg);
  errno = errnum;
}

void
guestfs_int_clear_error (guestfs_h *g)
{
  GUESTFS_INT_LOCK_SCOPE (g);
  struct guestfs_int_error_data *e = error_data (g);

  free (e->last_error);
  e->last_error = NULL;
  e->last_errnum = 0;
}

static void
message_event (guestfs_h *g, uint64_t event, const char *fs, va_list args)
{
  char *msg;

  if (vasprintf (&msg, fs, args) == -1)
    out_of_memory (g);
  guestfs_int_call_callbacks_message (g, event, msg, strlen (msg));
  free (msg);
}

void
guestfs_int_debug (guestfs_h *g, const char *fs, ...)
{
  int saved_errno = errno;
  va_list args;

  va_start (args, fs);
  message_event (g, GUESTFS_EVENT_LIBRARY, fs, args);
  va_end (args);
  errno = saved_errno;
}

void
guestfs_int_warning (guestfs_h *g, const char *fs, ...)
{
  int saved_errno = errno;
  va_list args;

  va_start (args, fs);
  message_event (g, GUESTFS_EVENT_WARNING, fs, args);
  va_end (args);
  errno = saved_errno;
}

/* ---- Errors raised by the generated entry points ---- */

void
guestfs_int_null_handle (const char *caller)
{
  fprintf (stderr, "libguestfs: error: guestfs_%s: handle is NULL\n", caller);
  errno = EINVAL;
}

void
guestfs_int_refuse_in_callback (guestfs_h *g, const char *caller)
{
  guestfs_int_error_errno (g, EDEADLK, "%s: cannot be called from a callback",
                           caller);
  errno = EDEADLK;
}

void
guestfs_int_null_param (guestfs_h *g, const char *caller, const char *param)
{
  guestfs_int_error_errno (g, EINVAL, "%s: %s: parameter cannot be NULL",
                           caller, param);
  errno = EINVAL;
}

void
guestfs_int_unknown_optargs (guestfs_h *g, const char *caller,
                             uint64_t bitmask)
{
  guestfs_int_error_errno (g, EINVAL,
                           "%s: optional argument bitmask 0x%" PRIx64
                           " has bits set that this call does not know",
                           caller, bitmask);
  errno = EINVAL;
}

void
guestfs_int_unknown_optarg_code (guestfs_h *g, const char *caller, int code)
{
  guestfs_int_error_errno (g, EINVAL,
                           "%s: unknown optional argument code %d "
                           "(missing -1 at the end of the list?)",
                           caller, code);
  errno = EINVAL;
}

void
guestfs_int_duplicate_optarg (guestfs_h *g, const char *caller, int code)
{
  guestfs_int_error_errno (g, EINVAL,
                           "%s: optional argument code %d given more than "
                           "once",
                           caller, code);
  errno = EINVAL;
}

/* ---- The public error API ---- */

GUESTFS_DLL_PUBLIC const char *
guestfs_last_error (guestfs_h *g)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("last_error");
      return NULL;
    }
  GUESTFS_INT_LOCK_SCOPE (g);
  return error_data (g)->last_error;
}

GUESTFS_DLL_PUBLIC int
guestfs_last_errno (guestfs_h *g)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("last_errno");
      return -1;
    }
  GUESTFS_INT_LOCK_SCOPE (g);
  return error_data (g)->last_errnum;
}

GUESTFS_DLL_PUBLIC void
guestfs_set_error_handler (guestfs_h *g, guestfs_error_handler_cb cb,
                           void *opaque)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("set_error_handler");
      return;
    }
  GUESTFS_INT_LOCK_SCOPE (g);
  struct guestfs_int_error_data *e = error_data (g);

  e->cb = cb;
  e->cb_data = opaque;
}

GUESTFS_DLL_PUBLIC guestfs_error_handler_cb
guestfs_get_error_handler (guestfs_h *g, void **opaque_rtn)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("get_error_handler");
      return NULL;
    }
  GUESTFS_INT_LOCK_SCOPE (g);
  struct guestfs_int_error_data *e = error_data (g);

  if (opaque_rtn)
    *opaque_rtn = e->cb_data;
  return e->cb;
}

GUESTFS_DLL_PUBLIC void
guestfs_push_error_handler (guestfs_h *g, guestfs_error_handler_cb cb,
                            void *opaque)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("push_error_handler");
      return;
    }
  GUESTFS_INT_LOCK_SCOPE (g);
  struct guestfs_int_error_data *e = error_data (g);
  struct error_frame *frame = safe_malloc (g, sizeof *frame);

  frame->cb = e->cb;
  frame->opaque = e->cb_data;
  frame->next = e->stack;
  e->stack = frame;
  e->cb = cb;
  e->cb_data = opaque;
}

GUESTFS_DLL_PUBLIC void
guestfs_pop_error_handler (guestfs_h *g)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("pop_error_handler");
      return;
    }
  GUESTFS_INT_LOCK_SCOPE (g);
  struct guestfs_int_error_data *e = error_data (g);
  struct error_frame *frame = e->stack;

  if (frame == NULL)
    return;
  e->cb = frame->cb;
  e->cb_data = frame->opaque;
  e->stack = frame->next;
  free (frame);
}

GUESTFS_DLL_PUBLIC void
guestfs_set_out_of_memory_handler (guestfs_h *g, guestfs_abort_cb cb)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("set_out_of_memory_handler");
      return;
    }
  GUESTFS_INT_LOCK_SCOPE (g);
  /* NULL would leave nothing to call when memory runs out. */
  g->abort_cb = cb ? cb : abort;
}

GUESTFS_DLL_PUBLIC guestfs_abort_cb
guestfs_get_out_of_memory_handler (guestfs_h *g)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("get_out_of_memory_handler");
      return NULL;
    }
  GUESTFS_INT_LOCK_SCOPE (g);
  return g->abort_cb;
}

/* ---- Allocation ---- */

void *
guestfs_int_safe_malloc (guestfs_h *g, size_t n)
{
  void *p = malloc (n ? n : 1);
  if (p == NULL)
    out_of_memory (g);
  return p;
}

void *
guestfs_int_safe_calloc (guestfs_h *g, size_t n, size_t s)
{
  void *p = calloc (n ? n : 1, s ? s : 1);
  if (p == NULL)
    out_of_memory (g);
  return p;
}

void *
guestfs_int_safe_realloc (guestfs_h *g, void *p, size_t n)
{
  void *r = realloc (p, n ? n : 1);
  if (r == NULL)
    out_of_memory (g);
  return r;
}

char *
guestfs_int_safe_strdup (guestfs_h *g, const char *s)
{
  char *r = strdup (s);
  if (r == NULL)
    out_of_memory (g);
  return r;
}

char *
guestfs_int_safe_strndup (guestfs_h *g, const char *s, size_t n)
{
  char *r = strndup (s, n);
  if (r == NULL)
    out_of_memory (g);
  return r;
}

char *
guestfs_int_safe_asprintf (guestfs_h *g, const char *fs, ...)
{
  va_list args;
  char *r;

  va_start (args, fs);
  int n = vasprintf (&r, fs, args);
  va_end (args);
  if (n == -1)
    out_of_memory (g);
  return r;
}
