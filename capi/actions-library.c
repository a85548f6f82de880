/* GENERATED FILE: do not edit.
 * Made by generator/c.py from generator/api.py;
 * change those and run 'make -C generator' (or just 'make').
 */

#include <config.h>

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guestfs.h"
#include "guestfs-internal.h"
#include "guestfs_protocol.h"
#include "impl-actions.h"
#include "structs-wire.h"

GUESTFS_DLL_PUBLIC int
guestfs_add_drive_opts_argv (guestfs_h *g, const char *filename, const struct guestfs_add_drive_opts_argv *optargs)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("add_drive");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "add_drive", 9);
  if (filename == NULL) {
    guestfs_int_null_param (g, "add_drive", "filename");
    return -1;
  }
  if (optargs == NULL) {
    guestfs_int_null_param (g, "add_drive", "optargs");
    return -1;
  }
  if (optargs->bitmask & UINT64_C(0xffffffffffffff80)) {
    guestfs_int_unknown_optargs (g, "add_drive", optargs->bitmask);
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_ADD_DRIVE_OPTS_FORMAT_BITMASK) && optargs->format == NULL) {
    guestfs_int_null_param (g, "add_drive", "format");
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_ADD_DRIVE_OPTS_IFACE_BITMASK) && optargs->iface == NULL) {
    guestfs_int_null_param (g, "add_drive", "iface");
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_ADD_DRIVE_OPTS_NAME_BITMASK) && optargs->name == NULL) {
    guestfs_int_null_param (g, "add_drive", "name");
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_ADD_DRIVE_OPTS_LABEL_BITMASK) && optargs->label == NULL) {
    guestfs_int_null_param (g, "add_drive", "label");
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_ADD_DRIVE_OPTS_CACHEMODE_BITMASK) && optargs->cachemode == NULL) {
    guestfs_int_null_param (g, "add_drive", "cachemode");
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_ADD_DRIVE_OPTS_DISCARD_BITMASK) && optargs->discard == NULL) {
    guestfs_int_null_param (g, "add_drive", "discard");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("add_drive", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, filename);
    if (optargs->bitmask & GUESTFS_ADD_DRIVE_OPTS_READONLY_BITMASK) {
      fputs (" \"readonly:", trace_fp);
      fputs (optargs->readonly ? "true" : "false", trace_fp);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_ADD_DRIVE_OPTS_FORMAT_BITMASK) {
      fputs (" \"format:", trace_fp);
      guestfs_int_trace_string_raw (trace_fp, optargs->format);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_ADD_DRIVE_OPTS_IFACE_BITMASK) {
      fputs (" \"iface:", trace_fp);
      guestfs_int_trace_string_raw (trace_fp, optargs->iface);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_ADD_DRIVE_OPTS_NAME_BITMASK) {
      fputs (" \"name:", trace_fp);
      guestfs_int_trace_string_raw (trace_fp, optargs->name);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_ADD_DRIVE_OPTS_LABEL_BITMASK) {
      fputs (" \"label:", trace_fp);
      guestfs_int_trace_string_raw (trace_fp, optargs->label);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_ADD_DRIVE_OPTS_CACHEMODE_BITMASK) {
      fputs (" \"cachemode:", trace_fp);
      guestfs_int_trace_string_raw (trace_fp, optargs->cachemode);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_ADD_DRIVE_OPTS_DISCARD_BITMASK) {
      fputs (" \"discard:", trace_fp);
      guestfs_int_trace_string_raw (trace_fp, optargs->discard);
      fputc ('"', trace_fp);
    }
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "add_drive", GUESTFS_INT_STATE_BIT_CONFIG)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_add_drive_opts (g, filename, optargs);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "add_drive", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_add_drive_ro (guestfs_h *g, const char *filename)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("add_drive_ro");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "add_drive_ro", 12);
  if (filename == NULL) {
    guestfs_int_null_param (g, "add_drive_ro", "filename");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("add_drive_ro", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, filename);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "add_drive_ro", GUESTFS_INT_STATE_BIT_CONFIG)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_add_drive_ro (g, filename);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "add_drive_ro", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_add_drive_scratch_argv (guestfs_h *g, int64_t size, const struct guestfs_add_drive_scratch_argv *optargs)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("add_drive_scratch");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "add_drive_scratch", 17);
  if (optargs == NULL) {
    guestfs_int_null_param (g, "add_drive_scratch", "optargs");
    return -1;
  }
  if (optargs->bitmask & UINT64_C(0xfffffffffffffffc)) {
    guestfs_int_unknown_optargs (g, "add_drive_scratch", optargs->bitmask);
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_ADD_DRIVE_SCRATCH_NAME_BITMASK) && optargs->name == NULL) {
    guestfs_int_null_param (g, "add_drive_scratch", "name");
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_ADD_DRIVE_SCRATCH_LABEL_BITMASK) && optargs->label == NULL) {
    guestfs_int_null_param (g, "add_drive_scratch", "label");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("add_drive_scratch", trace_fp);
    fputc (' ', trace_fp);
    fprintf (trace_fp, "%" PRIi64, size);
    if (optargs->bitmask & GUESTFS_ADD_DRIVE_SCRATCH_NAME_BITMASK) {
      fputs (" \"name:", trace_fp);
      guestfs_int_trace_string_raw (trace_fp, optargs->name);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_ADD_DRIVE_SCRATCH_LABEL_BITMASK) {
      fputs (" \"label:", trace_fp);
      guestfs_int_trace_string_raw (trace_fp, optargs->label);
      fputc ('"', trace_fp);
    }
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "add_drive_scratch", GUESTFS_INT_STATE_BIT_CONFIG)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_add_drive_scratch (g, size, optargs);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "add_drive_scratch", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC const char *
guestfs_get_append (guestfs_h *g)
{
  const char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_append");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_append", 10);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_append", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_append", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_append (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_optstring (g, "get_append", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_get_attach_method (guestfs_h *g)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_attach_method");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_attach_method", 17);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_attach_method", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_attach_method", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_attach_method (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "get_attach_method", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_get_autosync (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_autosync");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_autosync", 12);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_autosync", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_autosync", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_autosync (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "get_autosync", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_get_backend (guestfs_h *g)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_backend");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_backend", 11);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_backend", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_backend", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_backend (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "get_backend", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char **
guestfs_get_backend_settings (guestfs_h *g)
{
  char **ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_backend_settings");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_backend_settings", 20);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_backend_settings", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_backend_settings", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_backend_settings (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string_list (g, "get_backend_settings", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_get_cachedir (guestfs_h *g)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_cachedir");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_cachedir", 12);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_cachedir", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_cachedir", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_cachedir (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "get_cachedir", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_get_memsize (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_memsize");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_memsize", 11);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_memsize", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_memsize", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_memsize (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "get_memsize", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC const char *
guestfs_get_path (guestfs_h *g)
{
  const char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_path");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_path", 8);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_path", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_path", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_path (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "get_path", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_get_pid (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_pid");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_pid", 7);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_pid", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_pid", GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_pid (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "get_pid", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC const char *
guestfs_get_program (guestfs_h *g)
{
  const char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_program");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_program", 11);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_program", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_program", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_program (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "get_program", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC const char *
guestfs_get_qemu (guestfs_h *g)
{
  const char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_qemu");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_qemu", 8);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_qemu", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_qemu", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_qemu (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "get_qemu", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_get_recovery_proc (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_recovery_proc");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_recovery_proc", 17);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_recovery_proc", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_recovery_proc", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_recovery_proc (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "get_recovery_proc", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_get_smp (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_smp");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_smp", 7);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_smp", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_smp", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_smp (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "get_smp", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_get_state (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_state");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_state", 9);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_state", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_state", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_state (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "get_state", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_get_tmpdir (guestfs_h *g)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_tmpdir");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_tmpdir", 10);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_tmpdir", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_tmpdir", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_tmpdir (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "get_tmpdir", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_get_trace (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_trace");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_trace", 9);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_trace", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_trace", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_trace (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "get_trace", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_get_verbose (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("get_verbose");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "get_verbose", 11);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("get_verbose", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "get_verbose", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_get_verbose (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "get_verbose", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_internal_test_argv (guestfs_h *g, const char *str, const char *optstr, char *const *strlist, int b, int integer, int64_t integer64, const char *filein, const char *fileout, const char *bufferin, size_t bufferin_size, const struct guestfs_internal_test_argv *optargs)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test", 13);
  if (str == NULL) {
    guestfs_int_null_param (g, "internal_test", "str");
    return -1;
  }
  if (strlist == NULL) {
    guestfs_int_null_param (g, "internal_test", "strlist");
    return -1;
  }
  if (filein == NULL) {
    guestfs_int_null_param (g, "internal_test", "filein");
    return -1;
  }
  if (fileout == NULL) {
    guestfs_int_null_param (g, "internal_test", "fileout");
    return -1;
  }
  if (bufferin == NULL && bufferin_size > 0) {
    guestfs_int_null_param (g, "internal_test", "bufferin");
    return -1;
  }
  if (optargs == NULL) {
    guestfs_int_null_param (g, "internal_test", "optargs");
    return -1;
  }
  if (optargs->bitmask & UINT64_C(0xffffffffffffffe0)) {
    guestfs_int_unknown_optargs (g, "internal_test", optargs->bitmask);
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_INTERNAL_TEST_OSTRING_BITMASK) && optargs->ostring == NULL) {
    guestfs_int_null_param (g, "internal_test", "ostring");
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_INTERNAL_TEST_OSTRINGLIST_BITMASK) && optargs->ostringlist == NULL) {
    guestfs_int_null_param (g, "internal_test", "ostringlist");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, str);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, optstr);
    fputc (' ', trace_fp);
    guestfs_int_trace_string_list (trace_fp, strlist);
    fputc (' ', trace_fp);
    fputs (b ? "true" : "false", trace_fp);
    fputc (' ', trace_fp);
    fprintf (trace_fp, "%d", integer);
    fputc (' ', trace_fp);
    fprintf (trace_fp, "%" PRIi64, integer64);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, filein);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, fileout);
    fputc (' ', trace_fp);
    guestfs_int_trace_buffer (trace_fp, bufferin, bufferin_size);
    if (optargs->bitmask & GUESTFS_INTERNAL_TEST_OBOOL_BITMASK) {
      fputs (" \"obool:", trace_fp);
      fputs (optargs->obool ? "true" : "false", trace_fp);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_INTERNAL_TEST_OINT_BITMASK) {
      fputs (" \"oint:", trace_fp);
      fprintf (trace_fp, "%d", optargs->oint);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_INTERNAL_TEST_OINT64_BITMASK) {
      fputs (" \"oint64:", trace_fp);
      fprintf (trace_fp, "%" PRIi64, optargs->oint64);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_INTERNAL_TEST_OSTRING_BITMASK) {
      fputs (" \"ostring:", trace_fp);
      guestfs_int_trace_string_raw (trace_fp, optargs->ostring);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_INTERNAL_TEST_OSTRINGLIST_BITMASK) {
      fputs (" \"ostringlist:", trace_fp);
      guestfs_int_trace_string_list_raw (trace_fp, optargs->ostringlist);
      fputc ('"', trace_fp);
    }
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test (g, str, optstr, strlist, b, integer, integer64, filein, fileout, bufferin, bufferin_size, optargs);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "internal_test", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_internal_test_only_optargs_argv (guestfs_h *g, const struct guestfs_internal_test_only_optargs_argv *optargs)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_only_optargs");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_only_optargs", 26);
  if (optargs == NULL) {
    guestfs_int_null_param (g, "internal_test_only_optargs", "optargs");
    return -1;
  }
  if (optargs->bitmask & UINT64_C(0xfffffffffffffffe)) {
    guestfs_int_unknown_optargs (g, "internal_test_only_optargs", optargs->bitmask);
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_only_optargs", trace_fp);
    if (optargs->bitmask & GUESTFS_INTERNAL_TEST_ONLY_OPTARGS_TEST_BITMASK) {
      fputs (" \"test:", trace_fp);
      fprintf (trace_fp, "%d", optargs->test);
      fputc ('"', trace_fp);
    }
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_only_optargs", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_only_optargs (g, optargs);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "internal_test_only_optargs", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_internal_test_rbool (guestfs_h *g, const char *val)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rbool");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rbool", 19);
  if (val == NULL) {
    guestfs_int_null_param (g, "internal_test_rbool", "val");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rbool", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, val);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rbool", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rbool (g, val);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "internal_test_rbool", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_internal_test_rboolerr (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rboolerr");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rboolerr", 22);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rboolerr", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rboolerr", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rboolerr (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "internal_test_rboolerr", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_internal_test_rbufferout (guestfs_h *g, const char *val, size_t *size_r)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rbufferout");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rbufferout", 24);
  if (val == NULL) {
    guestfs_int_null_param (g, "internal_test_rbufferout", "val");
    return NULL;
  }
  if (size_r == NULL) {
    guestfs_int_null_param (g, "internal_test_rbufferout", "size_r");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rbufferout", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, val);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rbufferout", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rbufferout (g, val, size_r);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_buffer (g, "internal_test_rbufferout", ret_v, ret_v ? *size_r : 0);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_internal_test_rbufferouterr (guestfs_h *g, size_t *size_r)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rbufferouterr");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rbufferouterr", 27);
  if (size_r == NULL) {
    guestfs_int_null_param (g, "internal_test_rbufferouterr", "size_r");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rbufferouterr", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rbufferouterr", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rbufferouterr (g, size_r);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_buffer (g, "internal_test_rbufferouterr", ret_v, ret_v ? *size_r : 0);
  return ret_v;
}

GUESTFS_DLL_PUBLIC const char *
guestfs_internal_test_rconstoptstring (guestfs_h *g, const char *val)
{
  const char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rconstoptstring");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rconstoptstring", 29);
  if (val == NULL) {
    guestfs_int_null_param (g, "internal_test_rconstoptstring", "val");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rconstoptstring", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, val);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rconstoptstring", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rconstoptstring (g, val);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_optstring (g, "internal_test_rconstoptstring", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC const char *
guestfs_internal_test_rconstoptstringerr (guestfs_h *g)
{
  const char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rconstoptstringerr");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rconstoptstringerr", 32);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rconstoptstringerr", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rconstoptstringerr", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rconstoptstringerr (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_optstring (g, "internal_test_rconstoptstringerr", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC const char *
guestfs_internal_test_rconststring (guestfs_h *g, const char *val)
{
  const char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rconststring");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rconststring", 26);
  if (val == NULL) {
    guestfs_int_null_param (g, "internal_test_rconststring", "val");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rconststring", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, val);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rconststring", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rconststring (g, val);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "internal_test_rconststring", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC const char *
guestfs_internal_test_rconststringerr (guestfs_h *g)
{
  const char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rconststringerr");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rconststringerr", 29);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rconststringerr", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rconststringerr", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rconststringerr (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "internal_test_rconststringerr", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char **
guestfs_internal_test_rhashtable (guestfs_h *g, const char *val)
{
  char **ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rhashtable");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rhashtable", 24);
  if (val == NULL) {
    guestfs_int_null_param (g, "internal_test_rhashtable", "val");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rhashtable", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, val);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rhashtable", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rhashtable (g, val);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string_list (g, "internal_test_rhashtable", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char **
guestfs_internal_test_rhashtableerr (guestfs_h *g)
{
  char **ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rhashtableerr");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rhashtableerr", 27);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rhashtableerr", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rhashtableerr", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rhashtableerr (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string_list (g, "internal_test_rhashtableerr", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_internal_test_rint (guestfs_h *g, const char *val)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rint");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rint", 18);
  if (val == NULL) {
    guestfs_int_null_param (g, "internal_test_rint", "val");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rint", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, val);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rint", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rint (g, val);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "internal_test_rint", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int64_t
guestfs_internal_test_rint64 (guestfs_h *g, const char *val)
{
  int64_t ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rint64");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rint64", 20);
  if (val == NULL) {
    guestfs_int_null_param (g, "internal_test_rint64", "val");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rint64", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, val);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rint64", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rint64 (g, val);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int64 (g, "internal_test_rint64", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int64_t
guestfs_internal_test_rint64err (guestfs_h *g)
{
  int64_t ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rint64err");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rint64err", 23);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rint64err", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rint64err", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rint64err (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int64 (g, "internal_test_rint64err", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_internal_test_rinterr (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rinterr");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rinterr", 21);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rinterr", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rinterr", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rinterr (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "internal_test_rinterr", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_internal_test_rstring (guestfs_h *g, const char *val)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rstring");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rstring", 21);
  if (val == NULL) {
    guestfs_int_null_param (g, "internal_test_rstring", "val");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rstring", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, val);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rstring", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rstring (g, val);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "internal_test_rstring", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_internal_test_rstringerr (guestfs_h *g)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rstringerr");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rstringerr", 24);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rstringerr", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rstringerr", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rstringerr (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "internal_test_rstringerr", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char **
guestfs_internal_test_rstringlist (guestfs_h *g, const char *val)
{
  char **ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rstringlist");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rstringlist", 25);
  if (val == NULL) {
    guestfs_int_null_param (g, "internal_test_rstringlist", "val");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rstringlist", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, val);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rstringlist", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rstringlist (g, val);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string_list (g, "internal_test_rstringlist", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char **
guestfs_internal_test_rstringlisterr (guestfs_h *g)
{
  char **ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rstringlisterr");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rstringlisterr", 28);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rstringlisterr", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rstringlisterr", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rstringlisterr (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string_list (g, "internal_test_rstringlisterr", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC struct guestfs_dirent *
guestfs_internal_test_rstruct (guestfs_h *g, const char *val)
{
  struct guestfs_dirent *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rstruct");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rstruct", 21);
  if (val == NULL) {
    guestfs_int_null_param (g, "internal_test_rstruct", "val");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rstruct", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, val);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rstruct", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rstruct (g, val);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_pointer (g, "internal_test_rstruct", ret_v, "struct guestfs_dirent *");
  return ret_v;
}

GUESTFS_DLL_PUBLIC struct guestfs_dirent *
guestfs_internal_test_rstructerr (guestfs_h *g)
{
  struct guestfs_dirent *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rstructerr");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rstructerr", 24);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rstructerr", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rstructerr", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rstructerr (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_pointer (g, "internal_test_rstructerr", ret_v, "struct guestfs_dirent *");
  return ret_v;
}

GUESTFS_DLL_PUBLIC struct guestfs_dirent_list *
guestfs_internal_test_rstructlist (guestfs_h *g, const char *val)
{
  struct guestfs_dirent_list *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rstructlist");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rstructlist", 25);
  if (val == NULL) {
    guestfs_int_null_param (g, "internal_test_rstructlist", "val");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rstructlist", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, val);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rstructlist", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rstructlist (g, val);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_pointer (g, "internal_test_rstructlist", ret_v, "struct guestfs_dirent_list *");
  return ret_v;
}

GUESTFS_DLL_PUBLIC struct guestfs_dirent_list *
guestfs_internal_test_rstructlisterr (guestfs_h *g)
{
  struct guestfs_dirent_list *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("internal_test_rstructlisterr");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "internal_test_rstructlisterr", 28);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("internal_test_rstructlisterr", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "internal_test_rstructlisterr", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_internal_test_rstructlisterr (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_pointer (g, "internal_test_rstructlisterr", ret_v, "struct guestfs_dirent_list *");
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_is_busy (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("is_busy");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "is_busy", 7);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("is_busy", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "is_busy", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_is_busy (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "is_busy", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_is_config (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("is_config");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "is_config", 9);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("is_config", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "is_config", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_is_config (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "is_config", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_is_launching (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("is_launching");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "is_launching", 12);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("is_launching", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "is_launching", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_is_launching (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "is_launching", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_is_ready (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("is_ready");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "is_ready", 8);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("is_ready", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "is_ready", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_is_ready (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "is_ready", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_kill_subprocess (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("kill_subprocess");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "kill_subprocess", 15);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("kill_subprocess", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "kill_subprocess", GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_kill_subprocess (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "kill_subprocess", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_launch (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("launch");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "launch", 6);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("launch", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "launch", GUESTFS_INT_STATE_BIT_CONFIG)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_launch (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "launch", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_append (guestfs_h *g, const char *value)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_append");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_append", 10);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_append", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, value);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_append", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_append (g, value);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_append", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_attach_method (guestfs_h *g, const char *attachmethod)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_attach_method");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_attach_method", 17);
  if (attachmethod == NULL) {
    guestfs_int_null_param (g, "set_attach_method", "attachmethod");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_attach_method", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, attachmethod);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_attach_method", GUESTFS_INT_STATE_BIT_CONFIG)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_attach_method (g, attachmethod);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_attach_method", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_autosync (guestfs_h *g, int value)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_autosync");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_autosync", 12);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_autosync", trace_fp);
    fputc (' ', trace_fp);
    fputs (value ? "true" : "false", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_autosync", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_autosync (g, value);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_autosync", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_backend (guestfs_h *g, const char *backend)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_backend");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_backend", 11);
  if (backend == NULL) {
    guestfs_int_null_param (g, "set_backend", "backend");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_backend", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, backend);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_backend", GUESTFS_INT_STATE_BIT_CONFIG)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_backend (g, backend);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_backend", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_backend_settings (guestfs_h *g, char *const *settings)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_backend_settings");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_backend_settings", 20);
  if (settings == NULL) {
    guestfs_int_null_param (g, "set_backend_settings", "settings");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_backend_settings", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string_list (trace_fp, settings);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_backend_settings", GUESTFS_INT_STATE_BIT_CONFIG)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_backend_settings (g, settings);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_backend_settings", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_cachedir (guestfs_h *g, const char *cachedir)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_cachedir");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_cachedir", 12);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_cachedir", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, cachedir);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_cachedir", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_cachedir (g, cachedir);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_cachedir", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_memsize (guestfs_h *g, int value)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_memsize");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_memsize", 11);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_memsize", trace_fp);
    fputc (' ', trace_fp);
    fprintf (trace_fp, "%d", value);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_memsize", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_memsize (g, value);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_memsize", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_path (guestfs_h *g, const char *value)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_path");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_path", 8);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_path", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, value);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_path", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_path (g, value);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_path", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_program (guestfs_h *g, const char *value)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_program");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_program", 11);
  if (value == NULL) {
    guestfs_int_null_param (g, "set_program", "value");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_program", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, value);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_program", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_program (g, value);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_program", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_qemu (guestfs_h *g, const char *value)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_qemu");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_qemu", 8);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_qemu", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, value);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_qemu", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_qemu (g, value);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_qemu", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_recovery_proc (guestfs_h *g, int value)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_recovery_proc");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_recovery_proc", 17);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_recovery_proc", trace_fp);
    fputc (' ', trace_fp);
    fputs (value ? "true" : "false", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_recovery_proc", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_recovery_proc (g, value);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_recovery_proc", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_smp (guestfs_h *g, int value)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_smp");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_smp", 7);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_smp", trace_fp);
    fputc (' ', trace_fp);
    fprintf (trace_fp, "%d", value);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_smp", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_smp (g, value);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_smp", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_tmpdir (guestfs_h *g, const char *tmpdir)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_tmpdir");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_tmpdir", 10);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_tmpdir", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, tmpdir);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_tmpdir", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_tmpdir (g, tmpdir);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_tmpdir", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_trace (guestfs_h *g, int value)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_trace");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_trace", 9);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_trace", trace_fp);
    fputc (' ', trace_fp);
    fputs (value ? "true" : "false", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_trace", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_trace (g, value);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_trace", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_verbose (guestfs_h *g, int value)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_verbose");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_verbose", 11);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_verbose", trace_fp);
    fputc (' ', trace_fp);
    fputs (value ? "true" : "false", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "set_verbose", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_set_verbose (g, value);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_verbose", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_shutdown (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("shutdown");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "shutdown", 8);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("shutdown", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "shutdown", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = guestfs_impl_shutdown (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "shutdown", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC struct guestfs_version *
guestfs_version (guestfs_h *g)
{
  struct guestfs_version *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("version");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "version", 7);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("version", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (!guestfs_int_check_state (g, "version", GUESTFS_INT_STATE_BIT_CONFIG | GUESTFS_INT_STATE_BIT_LAUNCHING | GUESTFS_INT_STATE_BIT_READY | GUESTFS_INT_STATE_BIT_BUSY)) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_impl_version (g);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_pointer (g, "version", ret_v, "struct guestfs_version *");
  return ret_v;
}
