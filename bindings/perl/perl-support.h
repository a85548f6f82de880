/* The Perl binding's run time: what the SWIG typemaps of guestfs-perl.i
 * call, the same for every action.  Per-action data (optional argument
 * and struct field tables) is generated into actions.i.
 */

#ifndef GUESTFS_PERL_SUPPORT_H
#define GUESTFS_PERL_SUPPORT_H

#include <stddef.h>
#include <stdint.h>

#include <EXTERN.h>
#include <perl.h>
#include <XSUB.h>

#include "guestfs.h"

/* The kinds of the typedefs that the generated declarations use for
 * arguments, optional arguments and struct fields.
 */
enum plg_kind
{
  PLG_STRING,
  PLG_STRINGLIST,
  PLG_BOOL,
  PLG_INT,
  PLG_INT64,
  /* struct fields (model.FIELD_TYPES) */
  PLG_FString,
  PLG_FBuffer,
  PLG_FUUID,
  PLG_FUInt32,
  PLG_FInt32,
  PLG_FUInt64,
  PLG_FInt64,
  PLG_FBytes,
  PLG_FChar,
  PLG_FOptPercent,
};

/* One optional argument of an action's _argv struct; a table ends with
 * a NULL name.
 */
struct plg_optarg
{
  const char *name;
  enum plg_kind kind;
  size_t offset;
  uint64_t bit;
};

/* One field of a struct; len_offset is for FBuffer's NAME_len. */
struct plg_field
{
  const char *name;
  enum plg_kind kind;
  size_t offset;
  size_t len_offset;
};

/* A struct's fields and its list type's layout. */
struct plg_struct
{
  const struct plg_field *fields;
  size_t size;
};

/* Arguments.  Each returns -1 with $@ set (croak message naming the
 * action and the argument) on a bad value.
 */
extern guestfs_h *plg_handle_arg (pTHX_ SV *self, const char *action);
extern int plg_string_arg (pTHX_ SV *sv, const char *action, const char *arg,
                           int optional, const char **r);
extern int plg_buffer_arg (pTHX_ SV *sv, const char *action, const char *arg,
                           const char **r, size_t *size_r);
extern int plg_stringlist_arg (pTHX_ SV *sv, const char *action,
                               const char *arg, char ***r);
extern void plg_free_stringlist (char **list);
extern int plg_int_arg (pTHX_ SV *sv, const char *action, const char *arg,
                        int bits, int64_t *r);
extern int plg_optargs (pTHX_ SV *pairs, const char *action,
                        const struct plg_optarg *table, void *argv);
extern void plg_free_optargs (const struct plg_optarg *table, void *argv);

/* Calls: plg_call_begin before the C call, plg_call_end after it with
 * whether its result says it failed.  plg_call_end returns -1 with $@
 * set if the call failed or a callback died during it (the callback's
 * error wins), then the wrapper croaks.
 */
extern void plg_call_begin (pTHX_ guestfs_h *g);
extern int plg_call_end (pTHX_ guestfs_h *g, int failed);
/* For RConstOptString: did the library report an error in the call
 * that just ended?
 */
extern int plg_error_reported (guestfs_h *g);

/* Results, as mortal SVs (an AV's items are pushed as a list). */
extern AV *plg_strings_av (pTHX_ char **list, int free_them);
extern void plg_free_strings (char **list);
extern AV *plg_struct_av (pTHX_ const struct plg_struct *s, const void *p);
extern AV *plg_struct_list_av (pTHX_ const struct plg_struct *s,
                               const void *list);

/* Push the items of an AV as the XSUB's results: SWIG's wrappers keep
 * the count of results in argvi.
 */
#define PLG_PUSH_AV(av)                                                       \
  do                                                                          \
    {                                                                         \
      SSize_t plg_i_, plg_n_ = av_top_index (av) + 1;                         \
      EXTEND (sp, plg_n_);                                                    \
      for (plg_i_ = 0; plg_i_ < plg_n_; plg_i_++)                             \
        ST (argvi++) = sv_2mortal (SvREFCNT_inc (*av_fetch (av, plg_i_, 0))); \
    }                                                                         \
  while (0)

/* The functions of Sys::Guestfs that are not actions (SWIG wraps
 * them as they are).  self is the Sys::Guestfs object, a hash whose _g
 * is the handle's state.
 */
extern void plg_create (SV *self, int environment);
extern void plg_close (SV *self, int explicit_close);
extern int plg_set_event_callback (SV *self, SV *cb, SV *mask);
extern void plg_delete_event_callback (SV *self, SV *eh);
extern SV *plg_event_to_string (SV *mask);

#endif /* GUESTFS_PERL_SUPPORT_H */
