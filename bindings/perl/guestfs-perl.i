/* SWIG interface of the Perl binding: the typemaps of the neutral
 * argument and return kinds (generator/bindings.py) and the functions
 * of Sys::Guestfs that are not actions.  The actions themselves are
 * declared in actions.i, which generator/perl.py writes: one
 * declaration per action, using the plg_* typedefs below, and one
 * table per struct and per optional argument list.
 *
 * swig -perl5 -noproxy turns this into guestfs_wrap.c: XSUBs named
 * Sys::Guestfs::_NAME, called by the methods of Sys/Guestfs.pm.
 */

%module "Sys::Guestfs"

%{
#include <stdlib.h>

#include "perl-support.h"

/* The C types of the neutral kinds, as the generated declarations
 * name them: each has its typemap below.
 */
typedef const char *plg_string;
typedef const char *plg_filename;
typedef const char *plg_optstring;
typedef char *const *plg_stringlist;
typedef int plg_bool;
typedef int plg_int;
typedef int64_t plg_int64;
typedef const char *plg_buffer;
typedef size_t plg_buffer_size;

typedef int plg_rerr;
typedef int plg_rint;
typedef int64_t plg_rint64;
typedef int plg_rbool;
typedef const char *plg_rconststring;
typedef const char *plg_rconstoptstring;
typedef char *plg_rstring;
typedef char **plg_rstringlist;
typedef char **plg_rhashtable;
typedef char *plg_rbufferout;

/* SWIG's wrappers croak with $@ through this on every failure; SWIG's
 * own version stringifies a $@ that is an unblessed reference, and a
 * callback may die with one.
 */
#define SWIG_croak_null() croak_sv (sv_2mortal (newSVsv (ERRSV)))

/* The XSUBs are named _ACTION: this is ACTION, for error messages. */
#define PLG_ACTION(symname) ((symname) + 1)
%}

/* ------------------------------------------------------------------ */
/* The functions that are not actions take and return Perl values.     */

%typemap(in) SV * "$1 = $input;"
%typemap(out) SV * "ST (argvi) = sv_2mortal ($1); argvi++;"

%rename("_create") plg_create;
%rename("_close") plg_close;
%rename("_set_event_callback") plg_set_event_callback;
%rename("_delete_event_callback") plg_delete_event_callback;
%rename("_event_to_string") plg_event_to_string;

void plg_create (SV *self, int environment);
void plg_close (SV *self, int explicit_close);
int plg_set_event_callback (SV *self, SV *cb, SV *mask);
void plg_delete_event_callback (SV *self, SV *eh);
SV *plg_event_to_string (SV *mask);

/* ------------------------------------------------------------------ */
/* Arguments.  Each typemap croaks naming the action and the argument. */

typedef const char *plg_string;
typedef const char *plg_filename;
typedef const char *plg_optstring;
typedef char *const *plg_stringlist;
typedef int plg_bool;
typedef int plg_int;
typedef int64_t plg_int64;
typedef const char *plg_buffer;
typedef size_t plg_buffer_size;

%typemap(in) guestfs_h *g {
  $1 = plg_handle_arg (aTHX_ $input, PLG_ACTION ("$symname"));
  if ($1 == NULL)
    SWIG_fail;
}

%typemap(in) plg_string, plg_filename {
  if (plg_string_arg (aTHX_ $input, PLG_ACTION ("$symname"), "$1_name", 0,
                      &$1) == -1)
    SWIG_fail;
}

%typemap(in) plg_optstring {
  if (plg_string_arg (aTHX_ $input, PLG_ACTION ("$symname"), "$1_name", 1,
                      &$1) == -1)
    SWIG_fail;
}

%typemap(in) plg_stringlist (char **list = NULL) {
  if (plg_stringlist_arg (aTHX_ $input, PLG_ACTION ("$symname"), "$1_name",
                          &list) == -1)
    SWIG_fail;
  $1 = list;
}
%typemap(freearg) plg_stringlist "plg_free_stringlist (list$argnum);"

%typemap(in) plg_bool "$1 = SvTRUE ($input) ? 1 : 0;"

%typemap(in) plg_int (int64_t n) {
  if (plg_int_arg (aTHX_ $input, PLG_ACTION ("$symname"), "$1_name", 32,
                   &n) == -1)
    SWIG_fail;
  $1 = (int) n;
}

%typemap(in) plg_int64 (int64_t n) {
  if (plg_int_arg (aTHX_ $input, PLG_ACTION ("$symname"), "$1_name", 64,
                   &n) == -1)
    SWIG_fail;
  $1 = n;
}

/* SWIG matches a typemap of two arguments by their names too: the
 * generator instantiates this for each name a buffer argument has.
 */
%define %plg_buffer(NAME)
%typemap(in) (plg_buffer NAME, plg_buffer_size NAME##_size) {
  if (plg_buffer_arg (aTHX_ $input, PLG_ACTION ("$symname"), #NAME, &$1,
                      &$2) == -1)
    SWIG_fail;
}
%enddef

/* An action's optional arguments: the method passes them as one array
 * reference of name => value pairs.  CNAME is the C name of the action
 * (its _argv struct), NAME its name for messages; plg_optargs_CNAME is
 * the generated table.
 */
%define %plg_optargs(CNAME, NAME)
%typemap(in) const struct guestfs_##CNAME##_argv *optargs
    (struct guestfs_##CNAME##_argv argv) {
  memset (&argv, 0, sizeof argv);
  $1 = &argv;
  if (plg_optargs (aTHX_ $input, NAME, plg_optargs_##CNAME, &argv) == -1)
    SWIG_fail;
}
%typemap(freearg) const struct guestfs_##CNAME##_argv *optargs
  "plg_free_optargs (plg_optargs_" #CNAME ", (void *) $1);"
%enddef

/* ------------------------------------------------------------------ */
/* Calls and results.  Every action's XSUB calls plg_call_begin before
 * the C function; its return kind's typemap calls plg_call_end, which
 * says whether to croak (the call failed or a callback died in it),
 * then frees the C result.  arg1 is the handle: SWIG names the
 * wrapper's arguments arg1, arg2 ...                                  */

typedef int plg_rerr;
typedef int plg_rint;
typedef int64_t plg_rint64;
typedef int plg_rbool;
typedef const char *plg_rconststring;
typedef const char *plg_rconstoptstring;
typedef char *plg_rstring;
typedef char **plg_rstringlist;
typedef char **plg_rhashtable;
typedef char *plg_rbufferout;

%exception {
  plg_call_begin (aTHX_ arg1);
  $action
}

%typemap(out) plg_rerr {
  if (plg_call_end (aTHX_ arg1, $1 == -1) == -1)
    SWIG_fail;
}

%typemap(out) plg_rint, plg_rint64 {
  if (plg_call_end (aTHX_ arg1, $1 == -1) == -1)
    SWIG_fail;
  ST (argvi) = sv_2mortal (newSViv ($1));
  argvi++;
}

%typemap(out) plg_rbool {
  if (plg_call_end (aTHX_ arg1, $1 == -1) == -1)
    SWIG_fail;
  ST (argvi) = sv_2mortal (newSViv ($1 ? 1 : 0));
  argvi++;
}

%typemap(out) plg_rconststring {
  if (plg_call_end (aTHX_ arg1, $1 == NULL) == -1)
    SWIG_fail;
  ST (argvi) = sv_2mortal (newSVpv ($1, 0));
  argvi++;
}

/* NULL is a valid result: an error only if the library reported one. */
%typemap(out) plg_rconstoptstring {
  if (plg_call_end (aTHX_ arg1, $1 == NULL && plg_error_reported (arg1))
      == -1)
    SWIG_fail;
  ST (argvi) = $1 ? sv_2mortal (newSVpv ($1, 0)) : &PL_sv_undef;
  argvi++;
}

%typemap(out) plg_rstring {
  SV *sv;
  if (plg_call_end (aTHX_ arg1, $1 == NULL) == -1)
    {
      free ($1);
      SWIG_fail;
    }
  sv = sv_2mortal (newSVpv ($1, 0));
  free ($1);
  ST (argvi) = sv;
  argvi++;
}

/* A list, and a hash table as a flat list of keys and values. */
%typemap(out) plg_rstringlist, plg_rhashtable {
  AV *av;
  if (plg_call_end (aTHX_ arg1, $1 == NULL) == -1)
    {
      plg_free_strings ($1);
      SWIG_fail;
    }
  av = plg_strings_av (aTHX_ $1, 1);
  PLG_PUSH_AV (av);
}

/* The bytes are built with their size, which the last argument
 * returns: see the argout typemap.
 */
%typemap(out) plg_rbufferout {
  if (plg_call_end (aTHX_ arg1, $1 == NULL) == -1)
    {
      free ($1);
      SWIG_fail;
    }
}
%typemap(in, numinputs=0) size_t *size_r (size_t size = 0) "$1 = &size;"
%typemap(argout) size_t *size_r {
  ST (argvi) = sv_2mortal (newSVpvn (result, *$1));
  argvi++;
  free (result);
}

/* A struct as a flat list of field names and values (my %s = ...), a
 * struct list as a list of hash references.  plg_struct_NAME is the
 * generated table of the struct's fields.
 */
%define %plg_struct(NAME)
%typemap(out) struct guestfs_##NAME * {
  AV *av;
  if (plg_call_end (aTHX_ arg1, $1 == NULL) == -1)
    {
      if ($1)
        guestfs_free_##NAME ($1);
      SWIG_fail;
    }
  av = plg_struct_av (aTHX_ &plg_struct_##NAME, $1);
  guestfs_free_##NAME ($1);
  PLG_PUSH_AV (av);
}
%typemap(out) struct guestfs_##NAME##_list * {
  AV *av;
  if (plg_call_end (aTHX_ arg1, $1 == NULL) == -1)
    {
      if ($1)
        guestfs_free_##NAME##_list ($1);
      SWIG_fail;
    }
  av = plg_struct_list_av (aTHX_ &plg_struct_##NAME, $1);
  guestfs_free_##NAME##_list ($1);
  PLG_PUSH_AV (av);
}
%enddef

%include "actions.i"
