/* The Perl binding's run time, the same for every action: argument
 * checks, calls, results, errors, events and closing.  See
 * docs/perl.md for the rules it implements.
 */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "perl-support.h"

/* The key of the handle's private data that points back to its state. */
#define PLG_PRIVATE "_perl_binding"

struct plg_handle;

/* One callback registered with set_event_callback. */
struct plg_callback
{
  struct plg_handle *h;
  SV *cb;
  int eh;
  struct plg_callback *next;
};

/* What $self->{_g} points at. */
struct plg_handle
{
  guestfs_h *g;
  /* Calls in progress on the handle (more than one when a callback
   * calls a method); 1 during an explicit close.
   */
  int depth;
  /* The first error of a callback that died during the call at depth
   * cb_error_depth, for that call to croak with.
   */
  SV *cb_error;
  int cb_error_depth;
  /* The depth of the call in which the library last reported an
   * error.
   */
  int error_depth;
  struct plg_callback *callbacks;
};

/* $@ = MESSAGE " at FILE line N.\n", where FILE is the caller of the
 * Sys::Guestfs method (Carp skips the module's own frames), so the
 * croak reads as in libguestfs's binding.
 */
static void
set_error_sv (pTHX_ SV *msg)
{
  dSP;
  int n;

  ENTER;
  SAVETMPS;
  PUSHMARK (SP);
  XPUSHs (msg);
  PUTBACK;
  n = call_pv ("Carp::shortmess", G_SCALAR);
  SPAGAIN;
  if (n == 1)
    sv_setsv (ERRSV, POPs);
  else
    sv_setsv (ERRSV, msg);
  PUTBACK;
  FREETMPS;
  LEAVE;
}

static int
set_error (pTHX_ const char *fmt, ...)
{
  va_list args;
  SV *msg;

  va_start (args, fmt);
  msg = sv_2mortal (vnewSVpvf (fmt, &args));
  va_end (args);
  set_error_sv (aTHX_ msg);
  return -1;
}

static void
croak_error (pTHX_ const char *fmt, ...)
{
  va_list args;
  SV *msg;

  va_start (args, fmt);
  msg = sv_2mortal (vnewSVpvf (fmt, &args));
  va_end (args);
  set_error_sv (aTHX_ msg);
  croak_sv (ERRSV);
}

/* The state of the open handle self, or NULL. */
static struct plg_handle *
handle_of (pTHX_ SV *self)
{
  SV **svp;

  if (!sv_isobject (self) || SvTYPE (SvRV (self)) != SVt_PVHV
      || !sv_derived_from (self, "Sys::Guestfs"))
    return NULL;
  svp = hv_fetchs ((HV *)SvRV (self), "_g", 0);
  if (svp == NULL || !SvOK (*svp))
    return NULL;
  return INT2PTR (struct plg_handle *, SvIV (*svp));
}

/* As handle_of, but croaks naming the method if there is none. */
static struct plg_handle *
open_handle (pTHX_ SV *self, const char *method)
{
  struct plg_handle *h = handle_of (aTHX_ self);

  if (h == NULL)
    {
      if (!sv_isobject (self) || !sv_derived_from (self, "Sys::Guestfs"))
        croak_error (aTHX_ "%s: not a Sys::Guestfs handle", method);
      croak_error (aTHX_ "%s: the handle is closed", method);
    }
  return h;
}

/* ------------------------------------------------------------ arguments */

guestfs_h *
plg_handle_arg (pTHX_ SV *self, const char *action)
{
  struct plg_handle *h = handle_of (aTHX_ self);

  if (h == NULL)
    {
      if (!sv_isobject (self) || !sv_derived_from (self, "Sys::Guestfs"))
        set_error (aTHX_ "%s: not a Sys::Guestfs handle", action);
      else
        set_error (aTHX_ "%s: the handle is closed", action);
      return NULL;
    }
  return h->g;
}

int
plg_string_arg (pTHX_ SV *sv, const char *action, const char *arg,
                int optional, const char **r)
{
  STRLEN len;
  const char *s;

  if (!SvOK (sv))
    {
      if (optional)
        {
          *r = NULL;
          return 0;
        }
      return set_error (aTHX_ "%s: %s: undefined value", action, arg);
    }
  s = SvPV (sv, len);
  if (strlen (s) != len)
    return set_error (aTHX_ "%s: %s: embedded NUL character", action, arg);
  *r = s;
  return 0;
}

int
plg_buffer_arg (pTHX_ SV *sv, const char *action, const char *arg,
                const char **r, size_t *size_r)
{
  STRLEN len;

  if (!SvOK (sv))
    return set_error (aTHX_ "%s: %s: undefined value", action, arg);
  *r = SvPV (sv, len);
  *size_r = len;
  return 0;
}

int
plg_stringlist_arg (pTHX_ SV *sv, const char *action, const char *arg,
                    char ***r)
{
  AV *av;
  SSize_t i, n;
  char **list;

  if (!SvROK (sv) || SvTYPE (SvRV (sv)) != SVt_PVAV)
    return set_error (aTHX_ "%s: %s: expected an array reference", action,
                      arg);
  av = (AV *)SvRV (sv);
  n = av_top_index (av) + 1;
  list = calloc (n + 1, sizeof *list);
  if (list == NULL)
    croak_error (aTHX_ "%s: out of memory", action);
  for (i = 0; i < n; i++)
    {
      SV **item = av_fetch (av, i, 0);
      const char *s;

      if (item == NULL
          || plg_string_arg (aTHX_ * item, action, arg, 0, &s) == -1)
        {
          free (list);
          if (item == NULL)
            return set_error (aTHX_ "%s: %s: undefined value", action, arg);
          return -1;
        }
      /* The library copies what it keeps; the strings are the SVs'. */
      list[i] = (char *)s;
    }
  *r = list;
  return 0;
}

void
plg_free_stringlist (char **list)
{
  free (list);
}

int
plg_int_arg (pTHX_ SV *sv, const char *action, const char *arg, int bits,
             int64_t *r)
{
  IV v;

  if (!SvOK (sv))
    return set_error (aTHX_ "%s: %s: undefined value", action, arg);
  if (!looks_like_number (sv))
    return set_error (aTHX_ "%s: %s: '%" SVf "' is not a number", action, arg,
                      SVfARG (sv));
  if (SvIsUV (sv) && SvUV (sv) > (UV)IV_MAX)
    return set_error (aTHX_ "%s: %s: %" SVf " does not fit in %d bits", action,
                      arg, SVfARG (sv), bits);
  v = SvIV (sv);
  if (bits == 32 && (v < INT_MIN || v > INT_MAX))
    return set_error (aTHX_ "%s: %s: %" IVdf " does not fit in 32 bits",
                      action, arg, v);
  *r = v;
  return 0;
}

static int
optarg_value (pTHX_ SV *v, const char *action, const struct plg_optarg *o,
              char *field)
{
  int64_t n;

  switch (o->kind)
    {
    case PLG_BOOL:
      *(int *)field = SvTRUE (v) ? 1 : 0;
      return 0;
    case PLG_INT:
      if (plg_int_arg (aTHX_ v, action, o->name, 32, &n) == -1)
        return -1;
      *(int *)field = (int)n;
      return 0;
    case PLG_INT64:
      if (plg_int_arg (aTHX_ v, action, o->name, 64, &n) == -1)
        return -1;
      *(int64_t *)field = n;
      return 0;
    case PLG_STRING:
      return plg_string_arg (aTHX_ v, action, o->name, 0,
                             (const char **)field);
    case PLG_STRINGLIST:
      return plg_stringlist_arg (aTHX_ v, action, o->name, (char ***)field);
    default:
      return set_error (aTHX_ "%s: %s: optional argument of unknown kind %d",
                        action, o->name, (int)o->kind);
    }
}

int
plg_optargs (pTHX_ SV *pairs, const char *action,
             const struct plg_optarg *table, void *argv)
{
  uint64_t *bitmask = argv; /* the first member of every _argv struct */
  AV *av;
  SSize_t i, n;

  if (!SvROK (pairs) || SvTYPE (SvRV (pairs)) != SVt_PVAV)
    return set_error (aTHX_ "%s: optional arguments: expected an array "
                            "reference",
                      action);
  av = (AV *)SvRV (pairs);
  n = av_top_index (av) + 1;
  if (n % 2)
    return set_error (aTHX_ "%s: optional arguments: expected name => "
                            "value pairs",
                      action);
  for (i = 0; i < n; i += 2)
    {
      SV **key = av_fetch (av, i, 0);
      SV **value = av_fetch (av, i + 1, 0);
      const char *name = key ? SvPV_nolen (*key) : "";
      const struct plg_optarg *o;

      for (o = table; o->name != NULL; o++)
        if (strcmp (o->name, name) == 0)
          break;
      if (o->name == NULL)
        return set_error (aTHX_ "%s: unknown optional argument '%s'", action,
                          name);
      /* name => undef leaves the argument out. */
      if (value == NULL || !SvOK (*value))
        continue;
      if (*bitmask & o->bit)
        return set_error (aTHX_ "%s: optional argument '%s' given twice",
                          action, name);
      if (optarg_value (aTHX_ * value, action, o, (char *)argv + o->offset)
          == -1)
        return -1;
      *bitmask |= o->bit;
    }
  return 0;
}

void
plg_free_optargs (const struct plg_optarg *table, void *argv)
{
  const struct plg_optarg *o;

  if (argv == NULL)
    return;
  for (o = table; o->name != NULL; o++)
    if (o->kind == PLG_STRINGLIST && (*(uint64_t *)argv & o->bit))
      plg_free_stringlist (*(char ***)((char *)argv + o->offset));
}

/* ---------------------------------------------------------------- calls */

/* Pushed around every call: it prints nothing (errors are croaked) and
 * notes which call reported an error, for RConstOptString.
 */
static void
note_error (guestfs_h *g, void *opaque, const char *msg)
{
  struct plg_handle *h = opaque;

  h->error_depth = h->depth;
}

void
plg_call_begin (pTHX_ guestfs_h *g)
{
  struct plg_handle *h = guestfs_get_private (g, PLG_PRIVATE);

  h->depth++;
  h->error_depth = 0;
  guestfs_push_error_handler (g, note_error, h);
}

int
plg_error_reported (guestfs_h *g)
{
  struct plg_handle *h = guestfs_get_private (g, PLG_PRIVATE);

  return h->error_depth == h->depth;
}

int
plg_call_end (pTHX_ guestfs_h *g, int failed)
{
  struct plg_handle *h = guestfs_get_private (g, PLG_PRIVATE);

  guestfs_pop_error_handler (g);
  h->depth--;
  if (h->cb_error != NULL && h->cb_error_depth == h->depth + 1)
    {
      sv_setsv (ERRSV, sv_2mortal (h->cb_error));
      h->cb_error = NULL;
      return -1;
    }
  if (failed)
    {
      const char *msg = guestfs_last_error (g);

      return set_error (aTHX_ "%s", msg ? msg : "unknown error");
    }
  return 0;
}

/* -------------------------------------------------------------- results */

AV *
plg_strings_av (pTHX_ char **list, int free_them)
{
  AV *av = (AV *)sv_2mortal ((SV *)newAV ());
  size_t i;

  for (i = 0; list[i] != NULL; i++)
    {
      av_push (av, newSVpv (list[i], 0));
      if (free_them)
        free (list[i]);
    }
  if (free_them)
    free (list);
  return av;
}

void
plg_free_strings (char **list)
{
  size_t i;

  if (list == NULL)
    return;
  for (i = 0; list[i] != NULL; i++)
    free (list[i]);
  free (list);
}

static SV *
field_sv (pTHX_ const struct plg_field *f, const char *p)
{
  const char *at = p + f->offset;
  float percent;

  switch (f->kind)
    {
    case PLG_FString:
      return newSVpv (*(char *const *)at ? *(char *const *)at : "", 0);
    case PLG_FBuffer:
      return newSVpvn (*(char *const *)at ? *(char *const *)at : "",
                       *(const uint32_t *)(p + f->len_offset));
    case PLG_FUUID:
      return newSVpvn (at, 32);
    case PLG_FUInt32:
      return newSVuv (*(const uint32_t *)at);
    case PLG_FInt32:
      return newSViv (*(const int32_t *)at);
    case PLG_FUInt64:
    case PLG_FBytes:
      return newSVuv (*(const uint64_t *)at);
    case PLG_FInt64:
      return newSViv (*(const int64_t *)at);
    case PLG_FChar:
      return newSVpvn (at, 1);
    case PLG_FOptPercent:
      percent = *(const float *)at;
      return percent < 0 ? newSV (0) : newSVnv (percent);
    default:
      croak ("Sys::Guestfs: field %s of unknown kind %d", f->name,
             (int)f->kind);
    }
}

AV *
plg_struct_av (pTHX_ const struct plg_struct *s, const void *p)
{
  AV *av = (AV *)sv_2mortal ((SV *)newAV ());
  const struct plg_field *f;

  for (f = s->fields; f->name != NULL; f++)
    {
      av_push (av, newSVpv (f->name, 0));
      av_push (av, field_sv (aTHX_ f, p));
    }
  return av;
}

/* The layout every guestfs_S_list shares. */
struct any_list
{
  uint32_t len;
  const char *val;
};

AV *
plg_struct_list_av (pTHX_ const struct plg_struct *s, const void *list)
{
  const struct any_list *l = list;
  AV *av = (AV *)sv_2mortal ((SV *)newAV ());
  uint32_t i;

  for (i = 0; i < l->len; i++)
    {
      HV *hv = newHV ();
      const char *p = l->val + i * s->size;
      const struct plg_field *f;

      for (f = s->fields; f->name != NULL; f++)
        (void)hv_store (hv, f->name, strlen (f->name), field_sv (aTHX_ f, p),
                        0);
      av_push (av, newRV_noinc ((SV *)hv));
    }
  return av;
}

/* ---------------------------------------------------------------- events */

/* A callback died: the call in progress croaks with the error after it
 * completes (docs/bindings.md).  A second error during the same call,
 * or one with no call to croak from (a close by DESTROY or at exit),
 * is a warning.
 */
static void
callback_died (pTHX_ struct plg_handle *h, SV *err)
{
  if (h->depth > 0 && h->cb_error == NULL)
    {
      h->cb_error = newSVsv (err);
      h->cb_error_depth = h->depth;
    }
  else
    warn ("Sys::Guestfs: event callback died: %" SVf, SVfARG (err));
}

static void
event_cb (guestfs_h *g, void *opaque, uint64_t event, int event_handle,
          int flags, const char *buf, size_t buf_len, const uint64_t *array,
          size_t array_len)
{
  dTHX;
  dSP;
  struct plg_callback *c = opaque;
  /* The callback may delete itself, and c with it. */
  struct plg_handle *h = c->h;
  AV *av = newAV ();
  size_t i;

  for (i = 0; i < array_len; i++)
    av_push (av, newSVuv (array[i]));
  ENTER;
  SAVETMPS;
  PUSHMARK (SP);
  XPUSHs (sv_2mortal (newSVuv (event)));
  XPUSHs (sv_2mortal (newSViv (event_handle)));
  XPUSHs (sv_2mortal (newSVpvn (buf ? buf : "", buf_len)));
  XPUSHs (sv_2mortal (newRV_noinc ((SV *)av)));
  PUTBACK;
  call_sv (sv_2mortal (SvREFCNT_inc (c->cb)), G_VOID | G_DISCARD | G_EVAL);
  SPAGAIN;
  if (SvTRUE (ERRSV))
    callback_died (aTHX_ h, ERRSV);
  PUTBACK;
  FREETMPS;
  LEAVE;
}

int
plg_set_event_callback (SV *self, SV *cb, SV *mask)
{
  dTHX;
  struct plg_handle *h = open_handle (aTHX_ self, "set_event_callback");
  struct plg_callback *c;

  if (!SvROK (cb) || SvTYPE (SvRV (cb)) != SVt_PVCV)
    croak_error (aTHX_ "set_event_callback: the callback is not a code "
                       "reference");
  if (!SvOK (mask) || !looks_like_number (mask))
    croak_error (aTHX_ "set_event_callback: the event mask is not a number");
  c = calloc (1, sizeof *c);
  if (c == NULL)
    croak_error (aTHX_ "set_event_callback: out of memory");
  c->h = h;
  c->cb = newSVsv (cb);
  c->eh = guestfs_set_event_callback (h->g, event_cb, SvUV (mask), 0, c);
  if (c->eh == -1)
    {
      const char *msg = guestfs_last_error (h->g);

      SvREFCNT_dec (c->cb);
      free (c);
      croak_error (aTHX_ "%s", msg ? msg : "set_event_callback: failed");
    }
  c->next = h->callbacks;
  h->callbacks = c;
  return c->eh;
}

void
plg_delete_event_callback (SV *self, SV *eh)
{
  dTHX;
  struct plg_handle *h = open_handle (aTHX_ self, "delete_event_callback");
  struct plg_callback **p;
  int n = SvIV (eh);

  for (p = &h->callbacks; *p != NULL; p = &(*p)->next)
    if ((*p)->eh == n)
      {
        struct plg_callback *c = *p;

        guestfs_delete_event_callback (h->g, n);
        *p = c->next;
        /* event_cb holds a reference of its own while it runs. */
        SvREFCNT_dec (c->cb);
        free (c);
        return;
      }
}

SV *
plg_event_to_string (SV *mask)
{
  dTHX;
  char *s;
  SV *r;

  if (!SvOK (mask) || !looks_like_number (mask))
    croak_error (aTHX_ "event_to_string: the event mask is not a number");
  s = guestfs_event_to_string (SvUV (mask));
  if (s == NULL)
    croak_error (aTHX_ "event_to_string: unknown event in bitmask 0x%" UVxf,
                 SvUV (mask));
  r = newSVpv (s, 0);
  free (s);
  return r;
}

/* --------------------------------------------------------------- handles */

void
plg_create (SV *self, int environment)
{
  dTHX;
  /* Sys::Guestfs closes the handles still open at exit itself, in an
   * END block, while the interpreter can run CLOSE callbacks.
   */
  unsigned flags = GUESTFS_CREATE_NO_CLOSE_ON_EXIT;
  struct plg_handle *h;
  guestfs_h *g;

  if (!environment)
    flags |= GUESTFS_CREATE_NO_ENVIRONMENT;
  g = guestfs_create_flags (flags);
  if (g == NULL)
    croak_error (aTHX_ "Sys::Guestfs->new: %s", strerror (errno));
  h = calloc (1, sizeof *h);
  if (h == NULL)
    {
      guestfs_close (g);
      croak_error (aTHX_ "Sys::Guestfs->new: out of memory");
    }
  h->g = g;
  /* Errors are croaked; the default handler would also print them. */
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_set_private (g, PLG_PRIVATE, h);
  (void)hv_stores ((HV *)SvRV (self), "_g", newSViv (PTR2IV (h)));
}

void
plg_close (SV *self, int explicit_close)
{
  dTHX;
  struct plg_handle *h = handle_of (aTHX_ self);
  struct plg_callback *c, *next;
  SV *err;

  if (h == NULL)
    return;
  /* A callback of a call in progress: the handle must outlive it. */
  if (h->depth > 0)
    croak_error (aTHX_ "close: cannot be called from a callback");
  (void)hv_deletes ((HV *)SvRV (self), "_g", G_DISCARD);
  /* With a caller (explicit close), a dying CLOSE callback's error is
   * croaked after the close; without one (DESTROY, exit) it is a
   * warning.
   */
  h->depth = explicit_close ? 1 : 0;
  guestfs_close (h->g);
  for (c = h->callbacks; c != NULL; c = next)
    {
      next = c->next;
      SvREFCNT_dec (c->cb);
      free (c);
    }
  err = h->cb_error;
  free (h);
  if (err != NULL)
    croak_sv (sv_2mortal (err));
}
