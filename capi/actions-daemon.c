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

GUESTFS_DLL_PUBLIC int64_t
guestfs_blockdev_getsize64 (guestfs_h *g, const char *device)
{
  int64_t ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("blockdev_getsize64");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "blockdev_getsize64", 18);
  if (device == NULL) {
    guestfs_int_null_param (g, "blockdev_getsize64", "device");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("blockdev_getsize64", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, device);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_blockdev_getsize64_args args;
  memset (&args, 0, sizeof args);
  args.device = (char *) device;
  struct guestfs_blockdev_getsize64_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "blockdev_getsize64",
    .proc_nr = GUESTFS_PROC_BLOCKDEV_GETSIZE64,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_blockdev_getsize64_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_blockdev_getsize64_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = ret.val;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int64 (g, "blockdev_getsize64", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_blockdev_getss (guestfs_h *g, const char *device)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("blockdev_getss");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "blockdev_getss", 14);
  if (device == NULL) {
    guestfs_int_null_param (g, "blockdev_getss", "device");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("blockdev_getss", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, device);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_blockdev_getss_args args;
  memset (&args, 0, sizeof args);
  args.device = (char *) device;
  struct guestfs_blockdev_getss_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "blockdev_getss",
    .proc_nr = GUESTFS_PROC_BLOCKDEV_GETSS,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_blockdev_getss_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_blockdev_getss_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = ret.val;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "blockdev_getss", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_blockdev_rereadpt (guestfs_h *g, const char *device)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("blockdev_rereadpt");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "blockdev_rereadpt", 17);
  if (device == NULL) {
    guestfs_int_null_param (g, "blockdev_rereadpt", "device");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("blockdev_rereadpt", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, device);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_blockdev_rereadpt_args args;
  memset (&args, 0, sizeof args);
  args.device = (char *) device;
  struct guestfs_int_call call = {
    .name = "blockdev_rereadpt",
    .proc_nr = GUESTFS_PROC_BLOCKDEV_REREADPT,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_blockdev_rereadpt_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "blockdev_rereadpt", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_cat (guestfs_h *g, const char *path)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("cat");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "cat", 3);
  if (path == NULL) {
    guestfs_int_null_param (g, "cat", "path");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("cat", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_cat_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_cat_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "cat",
    .proc_nr = GUESTFS_PROC_CAT,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_cat_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_cat_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = ret.val; /* the caller owns it now */
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "cat", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_checksum (guestfs_h *g, const char *csumtype, const char *path)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("checksum");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "checksum", 8);
  if (csumtype == NULL) {
    guestfs_int_null_param (g, "checksum", "csumtype");
    return NULL;
  }
  if (path == NULL) {
    guestfs_int_null_param (g, "checksum", "path");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("checksum", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, csumtype);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_checksum_args args;
  memset (&args, 0, sizeof args);
  args.csumtype = (char *) csumtype;
  args.path = (char *) path;
  struct guestfs_checksum_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "checksum",
    .proc_nr = GUESTFS_PROC_CHECKSUM,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_checksum_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_checksum_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = ret.val; /* the caller owns it now */
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "checksum", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_chmod (guestfs_h *g, int mode, const char *path)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("chmod");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "chmod", 5);
  if (path == NULL) {
    guestfs_int_null_param (g, "chmod", "path");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("chmod", trace_fp);
    fputc (' ', trace_fp);
    fprintf (trace_fp, "%d", mode);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_chmod_args args;
  memset (&args, 0, sizeof args);
  args.mode = mode;
  args.path = (char *) path;
  struct guestfs_int_call call = {
    .name = "chmod",
    .proc_nr = GUESTFS_PROC_CHMOD,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_chmod_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "chmod", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_chown (guestfs_h *g, int owner, int group, const char *path)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("chown");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "chown", 5);
  if (path == NULL) {
    guestfs_int_null_param (g, "chown", "path");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("chown", trace_fp);
    fputc (' ', trace_fp);
    fprintf (trace_fp, "%d", owner);
    fputc (' ', trace_fp);
    fprintf (trace_fp, "%d", group);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_chown_args args;
  memset (&args, 0, sizeof args);
  args.owner = owner;
  args.group = group;
  args.path = (char *) path;
  struct guestfs_int_call call = {
    .name = "chown",
    .proc_nr = GUESTFS_PROC_CHOWN,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_chown_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "chown", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_command (guestfs_h *g, char *const *arguments)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("command");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "command", 7);
  if (arguments == NULL) {
    guestfs_int_null_param (g, "command", "arguments");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("command", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string_list (trace_fp, arguments);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_command_args args;
  memset (&args, 0, sizeof args);
  args.arguments.val = (char **) arguments;
  args.arguments.len = guestfs_int_count_strings (arguments);
  struct guestfs_command_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "command",
    .proc_nr = GUESTFS_PROC_COMMAND,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_command_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_command_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = ret.val; /* the caller owns it now */
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "command", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_cp (guestfs_h *g, const char *src, const char *dest)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("cp");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "cp", 2);
  if (src == NULL) {
    guestfs_int_null_param (g, "cp", "src");
    return -1;
  }
  if (dest == NULL) {
    guestfs_int_null_param (g, "cp", "dest");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("cp", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, src);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, dest);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_cp_args args;
  memset (&args, 0, sizeof args);
  args.src = (char *) src;
  args.dest = (char *) dest;
  struct guestfs_int_call call = {
    .name = "cp",
    .proc_nr = GUESTFS_PROC_CP,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_cp_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "cp", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_cp_a (guestfs_h *g, const char *src, const char *dest)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("cp_a");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "cp_a", 4);
  if (src == NULL) {
    guestfs_int_null_param (g, "cp_a", "src");
    return -1;
  }
  if (dest == NULL) {
    guestfs_int_null_param (g, "cp_a", "dest");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("cp_a", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, src);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, dest);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_cp_a_args args;
  memset (&args, 0, sizeof args);
  args.src = (char *) src;
  args.dest = (char *) dest;
  struct guestfs_int_call call = {
    .name = "cp_a",
    .proc_nr = GUESTFS_PROC_CP_A,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_cp_a_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "cp_a", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_dd (guestfs_h *g, const char *src, const char *dest)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("dd");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "dd", 2);
  if (src == NULL) {
    guestfs_int_null_param (g, "dd", "src");
    return -1;
  }
  if (dest == NULL) {
    guestfs_int_null_param (g, "dd", "dest");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("dd", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, src);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, dest);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_dd_args args;
  memset (&args, 0, sizeof args);
  args.src = (char *) src;
  args.dest = (char *) dest;
  struct guestfs_int_call call = {
    .name = "dd",
    .proc_nr = GUESTFS_PROC_DD,
    .progress = 1,
    .xdr_args = (xdrproc_t) xdr_guestfs_dd_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "dd", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_debug (guestfs_h *g, const char *subcmd, char *const *extraargs)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("debug");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "debug", 5);
  if (subcmd == NULL) {
    guestfs_int_null_param (g, "debug", "subcmd");
    return NULL;
  }
  if (extraargs == NULL) {
    guestfs_int_null_param (g, "debug", "extraargs");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("debug", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, subcmd);
    fputc (' ', trace_fp);
    guestfs_int_trace_string_list (trace_fp, extraargs);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_debug_args args;
  memset (&args, 0, sizeof args);
  args.subcmd = (char *) subcmd;
  args.extraargs.val = (char **) extraargs;
  args.extraargs.len = guestfs_int_count_strings (extraargs);
  struct guestfs_debug_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "debug",
    .proc_nr = GUESTFS_PROC_DEBUG,
    .progress = 1,
    .xdr_args = (xdrproc_t) xdr_guestfs_debug_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_debug_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = ret.val; /* the caller owns it now */
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "debug", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_df (guestfs_h *g)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("df");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "df", 2);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("df", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_df_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "df",
    .proc_nr = GUESTFS_PROC_DF,
    .progress = 0,
    .xdr_ret = (xdrproc_t) xdr_guestfs_df_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = ret.val; /* the caller owns it now */
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "df", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_download (guestfs_h *g, const char *remotefilename, const char *filename)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("download");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "download", 8);
  if (remotefilename == NULL) {
    guestfs_int_null_param (g, "download", "remotefilename");
    return -1;
  }
  if (filename == NULL) {
    guestfs_int_null_param (g, "download", "filename");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("download", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, remotefilename);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, filename);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_download_args args;
  memset (&args, 0, sizeof args);
  args.remotefilename = (char *) remotefilename;
  struct guestfs_int_call call = {
    .name = "download",
    .proc_nr = GUESTFS_PROC_DOWNLOAD,
    .progress = 1,
    .xdr_args = (xdrproc_t) xdr_guestfs_download_args,
    .args = &args,
    .file_out = filename,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "download", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_exists (guestfs_h *g, const char *path)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("exists");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "exists", 6);
  if (path == NULL) {
    guestfs_int_null_param (g, "exists", "path");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("exists", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_exists_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_exists_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "exists",
    .proc_nr = GUESTFS_PROC_EXISTS,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_exists_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_exists_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = ret.val;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "exists", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int64_t
guestfs_filesize (guestfs_h *g, const char *file)
{
  int64_t ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("filesize");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "filesize", 8);
  if (file == NULL) {
    guestfs_int_null_param (g, "filesize", "file");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("filesize", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, file);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_filesize_args args;
  memset (&args, 0, sizeof args);
  args.file = (char *) file;
  struct guestfs_filesize_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "filesize",
    .proc_nr = GUESTFS_PROC_FILESIZE,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_filesize_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_filesize_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = ret.val;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int64 (g, "filesize", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_fill (guestfs_h *g, int c, int len, const char *path)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("fill");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "fill", 4);
  if (path == NULL) {
    guestfs_int_null_param (g, "fill", "path");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("fill", trace_fp);
    fputc (' ', trace_fp);
    fprintf (trace_fp, "%d", c);
    fputc (' ', trace_fp);
    fprintf (trace_fp, "%d", len);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_fill_args args;
  memset (&args, 0, sizeof args);
  args.c = c;
  args.len = len;
  args.path = (char *) path;
  struct guestfs_int_call call = {
    .name = "fill",
    .proc_nr = GUESTFS_PROC_FILL,
    .progress = 1,
    .xdr_args = (xdrproc_t) xdr_guestfs_fill_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "fill", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char **
guestfs_head (guestfs_h *g, const char *path)
{
  char **ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("head");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "head", 4);
  if (path == NULL) {
    guestfs_int_null_param (g, "head", "path");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("head", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_head_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_head_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "head",
    .proc_nr = GUESTFS_PROC_HEAD,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_head_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_head_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_take_string_list (g, ret.val.val, ret.val.len);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string_list (g, "head", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_is_dir_opts_argv (guestfs_h *g, const char *path, const struct guestfs_is_dir_opts_argv *optargs)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("is_dir");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "is_dir", 6);
  if (path == NULL) {
    guestfs_int_null_param (g, "is_dir", "path");
    return -1;
  }
  if (optargs == NULL) {
    guestfs_int_null_param (g, "is_dir", "optargs");
    return -1;
  }
  if (optargs->bitmask & UINT64_C(0xfffffffffffffffe)) {
    guestfs_int_unknown_optargs (g, "is_dir", optargs->bitmask);
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("is_dir", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    if (optargs->bitmask & GUESTFS_IS_DIR_OPTS_FOLLOWSYMLINKS_BITMASK) {
      fputs (" \"followsymlinks:", trace_fp);
      fputs (optargs->followsymlinks ? "true" : "false", trace_fp);
      fputc ('"', trace_fp);
    }
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_is_dir_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  if (optargs->bitmask & GUESTFS_IS_DIR_OPTS_FOLLOWSYMLINKS_BITMASK)
    args.followsymlinks = optargs->followsymlinks;
  struct guestfs_is_dir_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "is_dir",
    .proc_nr = GUESTFS_PROC_IS_DIR,
    .progress = 0,
    .optargs_bitmask = optargs->bitmask,
    .xdr_args = (xdrproc_t) xdr_guestfs_is_dir_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_is_dir_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = ret.val;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "is_dir", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_is_file_opts_argv (guestfs_h *g, const char *path, const struct guestfs_is_file_opts_argv *optargs)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("is_file");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "is_file", 7);
  if (path == NULL) {
    guestfs_int_null_param (g, "is_file", "path");
    return -1;
  }
  if (optargs == NULL) {
    guestfs_int_null_param (g, "is_file", "optargs");
    return -1;
  }
  if (optargs->bitmask & UINT64_C(0xfffffffffffffffe)) {
    guestfs_int_unknown_optargs (g, "is_file", optargs->bitmask);
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("is_file", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    if (optargs->bitmask & GUESTFS_IS_FILE_OPTS_FOLLOWSYMLINKS_BITMASK) {
      fputs (" \"followsymlinks:", trace_fp);
      fputs (optargs->followsymlinks ? "true" : "false", trace_fp);
      fputc ('"', trace_fp);
    }
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_is_file_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  if (optargs->bitmask & GUESTFS_IS_FILE_OPTS_FOLLOWSYMLINKS_BITMASK)
    args.followsymlinks = optargs->followsymlinks;
  struct guestfs_is_file_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "is_file",
    .proc_nr = GUESTFS_PROC_IS_FILE,
    .progress = 0,
    .optargs_bitmask = optargs->bitmask,
    .xdr_args = (xdrproc_t) xdr_guestfs_is_file_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_is_file_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = ret.val;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "is_file", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_is_symlink (guestfs_h *g, const char *path)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("is_symlink");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "is_symlink", 10);
  if (path == NULL) {
    guestfs_int_null_param (g, "is_symlink", "path");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("is_symlink", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_is_symlink_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_is_symlink_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "is_symlink",
    .proc_nr = GUESTFS_PROC_IS_SYMLINK,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_is_symlink_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_is_symlink_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = ret.val;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_bool (g, "is_symlink", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char **
guestfs_list_devices (guestfs_h *g)
{
  char **ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("list_devices");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "list_devices", 12);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("list_devices", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_list_devices_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "list_devices",
    .proc_nr = GUESTFS_PROC_LIST_DEVICES,
    .progress = 0,
    .xdr_ret = (xdrproc_t) xdr_guestfs_list_devices_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_take_string_list (g, ret.val.val, ret.val.len);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string_list (g, "list_devices", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char **
guestfs_list_filesystems (guestfs_h *g)
{
  char **ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("list_filesystems");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "list_filesystems", 16);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("list_filesystems", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_list_filesystems_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "list_filesystems",
    .proc_nr = GUESTFS_PROC_LIST_FILESYSTEMS,
    .progress = 0,
    .xdr_ret = (xdrproc_t) xdr_guestfs_list_filesystems_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_take_string_list (g, ret.val.val, ret.val.len);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string_list (g, "list_filesystems", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char **
guestfs_list_partitions (guestfs_h *g)
{
  char **ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("list_partitions");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "list_partitions", 15);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("list_partitions", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_list_partitions_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "list_partitions",
    .proc_nr = GUESTFS_PROC_LIST_PARTITIONS,
    .progress = 0,
    .xdr_ret = (xdrproc_t) xdr_guestfs_list_partitions_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_take_string_list (g, ret.val.val, ret.val.len);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string_list (g, "list_partitions", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_ll (guestfs_h *g, const char *directory)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("ll");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "ll", 2);
  if (directory == NULL) {
    guestfs_int_null_param (g, "ll", "directory");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("ll", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, directory);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_ll_args args;
  memset (&args, 0, sizeof args);
  args.directory = (char *) directory;
  struct guestfs_ll_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "ll",
    .proc_nr = GUESTFS_PROC_LL,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_ll_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_ll_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = ret.val; /* the caller owns it now */
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "ll", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_ln_s (guestfs_h *g, const char *target, const char *linkname)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("ln_s");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "ln_s", 4);
  if (target == NULL) {
    guestfs_int_null_param (g, "ln_s", "target");
    return -1;
  }
  if (linkname == NULL) {
    guestfs_int_null_param (g, "ln_s", "linkname");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("ln_s", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, target);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, linkname);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_ln_s_args args;
  memset (&args, 0, sizeof args);
  args.target = (char *) target;
  args.linkname = (char *) linkname;
  struct guestfs_int_call call = {
    .name = "ln_s",
    .proc_nr = GUESTFS_PROC_LN_S,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_ln_s_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "ln_s", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char **
guestfs_ls (guestfs_h *g, const char *directory)
{
  char **ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("ls");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "ls", 2);
  if (directory == NULL) {
    guestfs_int_null_param (g, "ls", "directory");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("ls", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, directory);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_ls_args args;
  memset (&args, 0, sizeof args);
  args.directory = (char *) directory;
  struct guestfs_ls_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "ls",
    .proc_nr = GUESTFS_PROC_LS,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_ls_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_ls_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_take_string_list (g, ret.val.val, ret.val.len);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string_list (g, "ls", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC struct guestfs_stat *
guestfs_lstat (guestfs_h *g, const char *path)
{
  struct guestfs_stat *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("lstat");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "lstat", 5);
  if (path == NULL) {
    guestfs_int_null_param (g, "lstat", "path");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("lstat", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_lstat_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_lstat_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "lstat",
    .proc_nr = GUESTFS_PROC_LSTAT,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_lstat_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_lstat_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_copy_wire_stat (g, &ret.val);
  xdr_free ((xdrproc_t) xdr_guestfs_lstat_ret, (char *) &ret);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_pointer (g, "lstat", ret_v, "struct guestfs_stat *");
  return ret_v;
}

GUESTFS_DLL_PUBLIC struct guestfs_statns *
guestfs_lstatns (guestfs_h *g, const char *path)
{
  struct guestfs_statns *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("lstatns");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "lstatns", 7);
  if (path == NULL) {
    guestfs_int_null_param (g, "lstatns", "path");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("lstatns", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_lstatns_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_lstatns_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "lstatns",
    .proc_nr = GUESTFS_PROC_LSTATNS,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_lstatns_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_lstatns_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_copy_wire_statns (g, &ret.val);
  xdr_free ((xdrproc_t) xdr_guestfs_lstatns_ret, (char *) &ret);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_pointer (g, "lstatns", ret_v, "struct guestfs_statns *");
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_mkdir (guestfs_h *g, const char *path)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("mkdir");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "mkdir", 5);
  if (path == NULL) {
    guestfs_int_null_param (g, "mkdir", "path");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("mkdir", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_mkdir_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_int_call call = {
    .name = "mkdir",
    .proc_nr = GUESTFS_PROC_MKDIR,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_mkdir_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "mkdir", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_mkdir_p (guestfs_h *g, const char *path)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("mkdir_p");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "mkdir_p", 7);
  if (path == NULL) {
    guestfs_int_null_param (g, "mkdir_p", "path");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("mkdir_p", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_mkdir_p_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_int_call call = {
    .name = "mkdir_p",
    .proc_nr = GUESTFS_PROC_MKDIR_P,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_mkdir_p_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "mkdir_p", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_mkfs_opts_argv (guestfs_h *g, const char *fstype, const char *device, const struct guestfs_mkfs_opts_argv *optargs)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("mkfs");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "mkfs", 4);
  if (fstype == NULL) {
    guestfs_int_null_param (g, "mkfs", "fstype");
    return -1;
  }
  if (device == NULL) {
    guestfs_int_null_param (g, "mkfs", "device");
    return -1;
  }
  if (optargs == NULL) {
    guestfs_int_null_param (g, "mkfs", "optargs");
    return -1;
  }
  if (optargs->bitmask & UINT64_C(0xffffffffffffffe0)) {
    guestfs_int_unknown_optargs (g, "mkfs", optargs->bitmask);
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_MKFS_OPTS_FEATURES_BITMASK) && optargs->features == NULL) {
    guestfs_int_null_param (g, "mkfs", "features");
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_MKFS_OPTS_LABEL_BITMASK) && optargs->label == NULL) {
    guestfs_int_null_param (g, "mkfs", "label");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("mkfs", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, fstype);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, device);
    if (optargs->bitmask & GUESTFS_MKFS_OPTS_BLOCKSIZE_BITMASK) {
      fputs (" \"blocksize:", trace_fp);
      fprintf (trace_fp, "%d", optargs->blocksize);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_MKFS_OPTS_FEATURES_BITMASK) {
      fputs (" \"features:", trace_fp);
      guestfs_int_trace_string_raw (trace_fp, optargs->features);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_MKFS_OPTS_INODE_BITMASK) {
      fputs (" \"inode:", trace_fp);
      fprintf (trace_fp, "%d", optargs->inode);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_MKFS_OPTS_SECTORSIZE_BITMASK) {
      fputs (" \"sectorsize:", trace_fp);
      fprintf (trace_fp, "%d", optargs->sectorsize);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_MKFS_OPTS_LABEL_BITMASK) {
      fputs (" \"label:", trace_fp);
      guestfs_int_trace_string_raw (trace_fp, optargs->label);
      fputc ('"', trace_fp);
    }
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_mkfs_args args;
  memset (&args, 0, sizeof args);
  args.fstype = (char *) fstype;
  args.device = (char *) device;
  if (optargs->bitmask & GUESTFS_MKFS_OPTS_BLOCKSIZE_BITMASK)
    args.blocksize = optargs->blocksize;
  args.features = (char *) ((optargs->bitmask & GUESTFS_MKFS_OPTS_FEATURES_BITMASK) ? optargs->features : "");
  if (optargs->bitmask & GUESTFS_MKFS_OPTS_INODE_BITMASK)
    args.inode = optargs->inode;
  if (optargs->bitmask & GUESTFS_MKFS_OPTS_SECTORSIZE_BITMASK)
    args.sectorsize = optargs->sectorsize;
  args.label = (char *) ((optargs->bitmask & GUESTFS_MKFS_OPTS_LABEL_BITMASK) ? optargs->label : "");
  struct guestfs_int_call call = {
    .name = "mkfs",
    .proc_nr = GUESTFS_PROC_MKFS,
    .progress = 0,
    .optargs_bitmask = optargs->bitmask,
    .xdr_args = (xdrproc_t) xdr_guestfs_mkfs_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "mkfs", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_mount (guestfs_h *g, const char *mountable, const char *mountpoint)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("mount");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "mount", 5);
  if (mountable == NULL) {
    guestfs_int_null_param (g, "mount", "mountable");
    return -1;
  }
  if (mountpoint == NULL) {
    guestfs_int_null_param (g, "mount", "mountpoint");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("mount", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, mountable);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, mountpoint);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_mount_args args;
  memset (&args, 0, sizeof args);
  args.mountable = (char *) mountable;
  args.mountpoint = (char *) mountpoint;
  struct guestfs_int_call call = {
    .name = "mount",
    .proc_nr = GUESTFS_PROC_MOUNT,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_mount_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "mount", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_mount_options (guestfs_h *g, const char *options, const char *mountable, const char *mountpoint)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("mount_options");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "mount_options", 13);
  if (options == NULL) {
    guestfs_int_null_param (g, "mount_options", "options");
    return -1;
  }
  if (mountable == NULL) {
    guestfs_int_null_param (g, "mount_options", "mountable");
    return -1;
  }
  if (mountpoint == NULL) {
    guestfs_int_null_param (g, "mount_options", "mountpoint");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("mount_options", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, options);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, mountable);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, mountpoint);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_mount_options_args args;
  memset (&args, 0, sizeof args);
  args.options = (char *) options;
  args.mountable = (char *) mountable;
  args.mountpoint = (char *) mountpoint;
  struct guestfs_int_call call = {
    .name = "mount_options",
    .proc_nr = GUESTFS_PROC_MOUNT_OPTIONS,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_mount_options_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "mount_options", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_mount_ro (guestfs_h *g, const char *mountable, const char *mountpoint)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("mount_ro");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "mount_ro", 8);
  if (mountable == NULL) {
    guestfs_int_null_param (g, "mount_ro", "mountable");
    return -1;
  }
  if (mountpoint == NULL) {
    guestfs_int_null_param (g, "mount_ro", "mountpoint");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("mount_ro", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, mountable);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, mountpoint);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_mount_ro_args args;
  memset (&args, 0, sizeof args);
  args.mountable = (char *) mountable;
  args.mountpoint = (char *) mountpoint;
  struct guestfs_int_call call = {
    .name = "mount_ro",
    .proc_nr = GUESTFS_PROC_MOUNT_RO,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_mount_ro_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "mount_ro", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char **
guestfs_mounts (guestfs_h *g)
{
  char **ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("mounts");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "mounts", 6);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("mounts", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_mounts_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "mounts",
    .proc_nr = GUESTFS_PROC_MOUNTS,
    .progress = 0,
    .xdr_ret = (xdrproc_t) xdr_guestfs_mounts_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_take_string_list (g, ret.val.val, ret.val.len);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string_list (g, "mounts", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_mv (guestfs_h *g, const char *src, const char *dest)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("mv");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "mv", 2);
  if (src == NULL) {
    guestfs_int_null_param (g, "mv", "src");
    return -1;
  }
  if (dest == NULL) {
    guestfs_int_null_param (g, "mv", "dest");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("mv", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, src);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, dest);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_mv_args args;
  memset (&args, 0, sizeof args);
  args.src = (char *) src;
  args.dest = (char *) dest;
  struct guestfs_int_call call = {
    .name = "mv",
    .proc_nr = GUESTFS_PROC_MV,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_mv_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "mv", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_part_add (guestfs_h *g, const char *device, const char *prlogex, int64_t startsect, int64_t endsect)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("part_add");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "part_add", 8);
  if (device == NULL) {
    guestfs_int_null_param (g, "part_add", "device");
    return -1;
  }
  if (prlogex == NULL) {
    guestfs_int_null_param (g, "part_add", "prlogex");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("part_add", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, device);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, prlogex);
    fputc (' ', trace_fp);
    fprintf (trace_fp, "%" PRIi64, startsect);
    fputc (' ', trace_fp);
    fprintf (trace_fp, "%" PRIi64, endsect);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_part_add_args args;
  memset (&args, 0, sizeof args);
  args.device = (char *) device;
  args.prlogex = (char *) prlogex;
  args.startsect = startsect;
  args.endsect = endsect;
  struct guestfs_int_call call = {
    .name = "part_add",
    .proc_nr = GUESTFS_PROC_PART_ADD,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_part_add_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "part_add", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_part_disk (guestfs_h *g, const char *device, const char *parttype)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("part_disk");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "part_disk", 9);
  if (device == NULL) {
    guestfs_int_null_param (g, "part_disk", "device");
    return -1;
  }
  if (parttype == NULL) {
    guestfs_int_null_param (g, "part_disk", "parttype");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("part_disk", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, device);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, parttype);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_part_disk_args args;
  memset (&args, 0, sizeof args);
  args.device = (char *) device;
  args.parttype = (char *) parttype;
  struct guestfs_int_call call = {
    .name = "part_disk",
    .proc_nr = GUESTFS_PROC_PART_DISK,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_part_disk_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "part_disk", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_part_get_parttype (guestfs_h *g, const char *device)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("part_get_parttype");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "part_get_parttype", 17);
  if (device == NULL) {
    guestfs_int_null_param (g, "part_get_parttype", "device");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("part_get_parttype", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, device);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_part_get_parttype_args args;
  memset (&args, 0, sizeof args);
  args.device = (char *) device;
  struct guestfs_part_get_parttype_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "part_get_parttype",
    .proc_nr = GUESTFS_PROC_PART_GET_PARTTYPE,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_part_get_parttype_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_part_get_parttype_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = ret.val; /* the caller owns it now */
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "part_get_parttype", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_part_init (guestfs_h *g, const char *device, const char *parttype)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("part_init");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "part_init", 9);
  if (device == NULL) {
    guestfs_int_null_param (g, "part_init", "device");
    return -1;
  }
  if (parttype == NULL) {
    guestfs_int_null_param (g, "part_init", "parttype");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("part_init", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, device);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, parttype);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_part_init_args args;
  memset (&args, 0, sizeof args);
  args.device = (char *) device;
  args.parttype = (char *) parttype;
  struct guestfs_int_call call = {
    .name = "part_init",
    .proc_nr = GUESTFS_PROC_PART_INIT,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_part_init_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "part_init", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC struct guestfs_partition_list *
guestfs_part_list (guestfs_h *g, const char *device)
{
  struct guestfs_partition_list *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("part_list");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "part_list", 9);
  if (device == NULL) {
    guestfs_int_null_param (g, "part_list", "device");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("part_list", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, device);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_part_list_args args;
  memset (&args, 0, sizeof args);
  args.device = (char *) device;
  struct guestfs_part_list_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "part_list",
    .proc_nr = GUESTFS_PROC_PART_LIST,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_part_list_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_part_list_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_copy_wire_partition_list (g, &ret.val);
  xdr_free ((xdrproc_t) xdr_guestfs_part_list_ret, (char *) &ret);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_pointer (g, "part_list", ret_v, "struct guestfs_partition_list *");
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_ping_daemon (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("ping_daemon");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "ping_daemon", 11);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("ping_daemon", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_int_call call = {
    .name = "ping_daemon",
    .proc_nr = GUESTFS_PROC_PING_DAEMON,
    .progress = 0,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "ping_daemon", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_read_file (guestfs_h *g, const char *path, size_t *size_r)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("read_file");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "read_file", 9);
  if (path == NULL) {
    guestfs_int_null_param (g, "read_file", "path");
    return NULL;
  }
  if (size_r == NULL) {
    guestfs_int_null_param (g, "read_file", "size_r");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("read_file", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_read_file_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_read_file_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "read_file",
    .proc_nr = GUESTFS_PROC_READ_FILE,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_read_file_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_read_file_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_take_buffer (g, ret.val.val, ret.val.len, size_r);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_buffer (g, "read_file", ret_v, ret_v ? *size_r : 0);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char **
guestfs_read_lines (guestfs_h *g, const char *path)
{
  char **ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("read_lines");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "read_lines", 10);
  if (path == NULL) {
    guestfs_int_null_param (g, "read_lines", "path");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("read_lines", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_read_lines_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_read_lines_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "read_lines",
    .proc_nr = GUESTFS_PROC_READ_LINES,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_read_lines_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_read_lines_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_take_string_list (g, ret.val.val, ret.val.len);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string_list (g, "read_lines", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC struct guestfs_dirent_list *
guestfs_readdir (guestfs_h *g, const char *dir)
{
  struct guestfs_dirent_list *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("readdir");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "readdir", 7);
  if (dir == NULL) {
    guestfs_int_null_param (g, "readdir", "dir");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("readdir", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, dir);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_readdir_args args;
  memset (&args, 0, sizeof args);
  args.dir = (char *) dir;
  struct guestfs_readdir_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "readdir",
    .proc_nr = GUESTFS_PROC_READDIR,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_readdir_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_readdir_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_copy_wire_dirent_list (g, &ret.val);
  xdr_free ((xdrproc_t) xdr_guestfs_readdir_ret, (char *) &ret);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_pointer (g, "readdir", ret_v, "struct guestfs_dirent_list *");
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_readlink (guestfs_h *g, const char *path)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("readlink");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "readlink", 8);
  if (path == NULL) {
    guestfs_int_null_param (g, "readlink", "path");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("readlink", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_readlink_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_readlink_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "readlink",
    .proc_nr = GUESTFS_PROC_READLINK,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_readlink_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_readlink_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = ret.val; /* the caller owns it now */
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "readlink", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_rename (guestfs_h *g, const char *oldpath, const char *newpath)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("rename");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "rename", 6);
  if (oldpath == NULL) {
    guestfs_int_null_param (g, "rename", "oldpath");
    return -1;
  }
  if (newpath == NULL) {
    guestfs_int_null_param (g, "rename", "newpath");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("rename", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, oldpath);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, newpath);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_rename_args args;
  memset (&args, 0, sizeof args);
  args.oldpath = (char *) oldpath;
  args.newpath = (char *) newpath;
  struct guestfs_int_call call = {
    .name = "rename",
    .proc_nr = GUESTFS_PROC_RENAME,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_rename_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "rename", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_rm (guestfs_h *g, const char *path)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("rm");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "rm", 2);
  if (path == NULL) {
    guestfs_int_null_param (g, "rm", "path");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("rm", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_rm_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_int_call call = {
    .name = "rm",
    .proc_nr = GUESTFS_PROC_RM,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_rm_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "rm", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_rm_rf (guestfs_h *g, const char *path)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("rm_rf");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "rm_rf", 5);
  if (path == NULL) {
    guestfs_int_null_param (g, "rm_rf", "path");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("rm_rf", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_rm_rf_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_int_call call = {
    .name = "rm_rf",
    .proc_nr = GUESTFS_PROC_RM_RF,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_rm_rf_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "rm_rf", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_rmdir (guestfs_h *g, const char *path)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("rmdir");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "rmdir", 5);
  if (path == NULL) {
    guestfs_int_null_param (g, "rmdir", "path");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("rmdir", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_rmdir_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_int_call call = {
    .name = "rmdir",
    .proc_nr = GUESTFS_PROC_RMDIR,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_rmdir_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "rmdir", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_set_label (guestfs_h *g, const char *mountable, const char *label)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("set_label");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "set_label", 9);
  if (mountable == NULL) {
    guestfs_int_null_param (g, "set_label", "mountable");
    return -1;
  }
  if (label == NULL) {
    guestfs_int_null_param (g, "set_label", "label");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("set_label", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, mountable);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, label);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_set_label_args args;
  memset (&args, 0, sizeof args);
  args.mountable = (char *) mountable;
  args.label = (char *) label;
  struct guestfs_int_call call = {
    .name = "set_label",
    .proc_nr = GUESTFS_PROC_SET_LABEL,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_set_label_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "set_label", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_sh (guestfs_h *g, const char *command)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("sh");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "sh", 2);
  if (command == NULL) {
    guestfs_int_null_param (g, "sh", "command");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("sh", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, command);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_sh_args args;
  memset (&args, 0, sizeof args);
  args.command = (char *) command;
  struct guestfs_sh_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "sh",
    .proc_nr = GUESTFS_PROC_SH,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_sh_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_sh_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = ret.val; /* the caller owns it now */
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "sh", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC struct guestfs_stat *
guestfs_stat (guestfs_h *g, const char *path)
{
  struct guestfs_stat *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("stat");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "stat", 4);
  if (path == NULL) {
    guestfs_int_null_param (g, "stat", "path");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("stat", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_stat_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_stat_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "stat",
    .proc_nr = GUESTFS_PROC_STAT,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_stat_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_stat_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_copy_wire_stat (g, &ret.val);
  xdr_free ((xdrproc_t) xdr_guestfs_stat_ret, (char *) &ret);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_pointer (g, "stat", ret_v, "struct guestfs_stat *");
  return ret_v;
}

GUESTFS_DLL_PUBLIC struct guestfs_statns *
guestfs_statns (guestfs_h *g, const char *path)
{
  struct guestfs_statns *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("statns");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "statns", 6);
  if (path == NULL) {
    guestfs_int_null_param (g, "statns", "path");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("statns", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_statns_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_statns_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "statns",
    .proc_nr = GUESTFS_PROC_STATNS,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_statns_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_statns_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_copy_wire_statns (g, &ret.val);
  xdr_free ((xdrproc_t) xdr_guestfs_statns_ret, (char *) &ret);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_pointer (g, "statns", ret_v, "struct guestfs_statns *");
  return ret_v;
}

GUESTFS_DLL_PUBLIC struct guestfs_statvfs *
guestfs_statvfs (guestfs_h *g, const char *path)
{
  struct guestfs_statvfs *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("statvfs");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "statvfs", 7);
  if (path == NULL) {
    guestfs_int_null_param (g, "statvfs", "path");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("statvfs", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_statvfs_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_statvfs_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "statvfs",
    .proc_nr = GUESTFS_PROC_STATVFS,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_statvfs_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_statvfs_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_copy_wire_statvfs (g, &ret.val);
  xdr_free ((xdrproc_t) xdr_guestfs_statvfs_ret, (char *) &ret);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_pointer (g, "statvfs", ret_v, "struct guestfs_statvfs *");
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_sync (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("sync");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "sync", 4);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("sync", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_int_call call = {
    .name = "sync",
    .proc_nr = GUESTFS_PROC_SYNC,
    .progress = 0,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "sync", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char **
guestfs_tail (guestfs_h *g, const char *path)
{
  char **ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("tail");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "tail", 4);
  if (path == NULL) {
    guestfs_int_null_param (g, "tail", "path");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("tail", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_tail_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_tail_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "tail",
    .proc_nr = GUESTFS_PROC_TAIL,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_tail_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_tail_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = guestfs_int_take_string_list (g, ret.val.val, ret.val.len);
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string_list (g, "tail", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_tar_in_opts_argv (guestfs_h *g, const char *tarfile, const char *directory, const struct guestfs_tar_in_opts_argv *optargs)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("tar_in");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "tar_in", 6);
  if (tarfile == NULL) {
    guestfs_int_null_param (g, "tar_in", "tarfile");
    return -1;
  }
  if (directory == NULL) {
    guestfs_int_null_param (g, "tar_in", "directory");
    return -1;
  }
  if (optargs == NULL) {
    guestfs_int_null_param (g, "tar_in", "optargs");
    return -1;
  }
  if (optargs->bitmask & UINT64_C(0xfffffffffffffff0)) {
    guestfs_int_unknown_optargs (g, "tar_in", optargs->bitmask);
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_TAR_IN_OPTS_COMPRESS_BITMASK) && optargs->compress == NULL) {
    guestfs_int_null_param (g, "tar_in", "compress");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("tar_in", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, tarfile);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, directory);
    if (optargs->bitmask & GUESTFS_TAR_IN_OPTS_COMPRESS_BITMASK) {
      fputs (" \"compress:", trace_fp);
      guestfs_int_trace_string_raw (trace_fp, optargs->compress);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_TAR_IN_OPTS_XATTRS_BITMASK) {
      fputs (" \"xattrs:", trace_fp);
      fputs (optargs->xattrs ? "true" : "false", trace_fp);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_TAR_IN_OPTS_SELINUX_BITMASK) {
      fputs (" \"selinux:", trace_fp);
      fputs (optargs->selinux ? "true" : "false", trace_fp);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_TAR_IN_OPTS_ACLS_BITMASK) {
      fputs (" \"acls:", trace_fp);
      fputs (optargs->acls ? "true" : "false", trace_fp);
      fputc ('"', trace_fp);
    }
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_tar_in_args args;
  memset (&args, 0, sizeof args);
  args.directory = (char *) directory;
  args.compress = (char *) ((optargs->bitmask & GUESTFS_TAR_IN_OPTS_COMPRESS_BITMASK) ? optargs->compress : "");
  if (optargs->bitmask & GUESTFS_TAR_IN_OPTS_XATTRS_BITMASK)
    args.xattrs = optargs->xattrs;
  if (optargs->bitmask & GUESTFS_TAR_IN_OPTS_SELINUX_BITMASK)
    args.selinux = optargs->selinux;
  if (optargs->bitmask & GUESTFS_TAR_IN_OPTS_ACLS_BITMASK)
    args.acls = optargs->acls;
  struct guestfs_int_call call = {
    .name = "tar_in",
    .proc_nr = GUESTFS_PROC_TAR_IN,
    .progress = 1,
    .optargs_bitmask = optargs->bitmask,
    .xdr_args = (xdrproc_t) xdr_guestfs_tar_in_args,
    .args = &args,
    .file_in = tarfile,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "tar_in", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_tar_out_opts_argv (guestfs_h *g, const char *directory, const char *tarfile, const struct guestfs_tar_out_opts_argv *optargs)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("tar_out");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "tar_out", 7);
  if (directory == NULL) {
    guestfs_int_null_param (g, "tar_out", "directory");
    return -1;
  }
  if (tarfile == NULL) {
    guestfs_int_null_param (g, "tar_out", "tarfile");
    return -1;
  }
  if (optargs == NULL) {
    guestfs_int_null_param (g, "tar_out", "optargs");
    return -1;
  }
  if (optargs->bitmask & UINT64_C(0xffffffffffffffc0)) {
    guestfs_int_unknown_optargs (g, "tar_out", optargs->bitmask);
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_TAR_OUT_OPTS_COMPRESS_BITMASK) && optargs->compress == NULL) {
    guestfs_int_null_param (g, "tar_out", "compress");
    return -1;
  }
  if ((optargs->bitmask & GUESTFS_TAR_OUT_OPTS_EXCLUDES_BITMASK) && optargs->excludes == NULL) {
    guestfs_int_null_param (g, "tar_out", "excludes");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("tar_out", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, directory);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, tarfile);
    if (optargs->bitmask & GUESTFS_TAR_OUT_OPTS_COMPRESS_BITMASK) {
      fputs (" \"compress:", trace_fp);
      guestfs_int_trace_string_raw (trace_fp, optargs->compress);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_TAR_OUT_OPTS_NUMERICOWNER_BITMASK) {
      fputs (" \"numericowner:", trace_fp);
      fputs (optargs->numericowner ? "true" : "false", trace_fp);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_TAR_OUT_OPTS_EXCLUDES_BITMASK) {
      fputs (" \"excludes:", trace_fp);
      guestfs_int_trace_string_list_raw (trace_fp, optargs->excludes);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_TAR_OUT_OPTS_XATTRS_BITMASK) {
      fputs (" \"xattrs:", trace_fp);
      fputs (optargs->xattrs ? "true" : "false", trace_fp);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_TAR_OUT_OPTS_SELINUX_BITMASK) {
      fputs (" \"selinux:", trace_fp);
      fputs (optargs->selinux ? "true" : "false", trace_fp);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_TAR_OUT_OPTS_ACLS_BITMASK) {
      fputs (" \"acls:", trace_fp);
      fputs (optargs->acls ? "true" : "false", trace_fp);
      fputc ('"', trace_fp);
    }
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_tar_out_args args;
  memset (&args, 0, sizeof args);
  args.directory = (char *) directory;
  args.compress = (char *) ((optargs->bitmask & GUESTFS_TAR_OUT_OPTS_COMPRESS_BITMASK) ? optargs->compress : "");
  if (optargs->bitmask & GUESTFS_TAR_OUT_OPTS_NUMERICOWNER_BITMASK)
    args.numericowner = optargs->numericowner;
  if (optargs->bitmask & GUESTFS_TAR_OUT_OPTS_EXCLUDES_BITMASK) {
    args.excludes.val = (char **) optargs->excludes;
    args.excludes.len = guestfs_int_count_strings (optargs->excludes);
  }
  if (optargs->bitmask & GUESTFS_TAR_OUT_OPTS_XATTRS_BITMASK)
    args.xattrs = optargs->xattrs;
  if (optargs->bitmask & GUESTFS_TAR_OUT_OPTS_SELINUX_BITMASK)
    args.selinux = optargs->selinux;
  if (optargs->bitmask & GUESTFS_TAR_OUT_OPTS_ACLS_BITMASK)
    args.acls = optargs->acls;
  struct guestfs_int_call call = {
    .name = "tar_out",
    .proc_nr = GUESTFS_PROC_TAR_OUT,
    .progress = 1,
    .optargs_bitmask = optargs->bitmask,
    .xdr_args = (xdrproc_t) xdr_guestfs_tar_out_args,
    .args = &args,
    .file_out = tarfile,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "tar_out", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_touch (guestfs_h *g, const char *path)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("touch");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "touch", 5);
  if (path == NULL) {
    guestfs_int_null_param (g, "touch", "path");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("touch", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_touch_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  struct guestfs_int_call call = {
    .name = "touch",
    .proc_nr = GUESTFS_PROC_TOUCH,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_touch_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "touch", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_umount_opts_argv (guestfs_h *g, const char *pathordevice, const struct guestfs_umount_opts_argv *optargs)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("umount");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "umount", 6);
  if (pathordevice == NULL) {
    guestfs_int_null_param (g, "umount", "pathordevice");
    return -1;
  }
  if (optargs == NULL) {
    guestfs_int_null_param (g, "umount", "optargs");
    return -1;
  }
  if (optargs->bitmask & UINT64_C(0xfffffffffffffffc)) {
    guestfs_int_unknown_optargs (g, "umount", optargs->bitmask);
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("umount", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, pathordevice);
    if (optargs->bitmask & GUESTFS_UMOUNT_OPTS_FORCE_BITMASK) {
      fputs (" \"force:", trace_fp);
      fputs (optargs->force ? "true" : "false", trace_fp);
      fputc ('"', trace_fp);
    }
    if (optargs->bitmask & GUESTFS_UMOUNT_OPTS_LAZYUNMOUNT_BITMASK) {
      fputs (" \"lazyunmount:", trace_fp);
      fputs (optargs->lazyunmount ? "true" : "false", trace_fp);
      fputc ('"', trace_fp);
    }
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_umount_args args;
  memset (&args, 0, sizeof args);
  args.pathordevice = (char *) pathordevice;
  if (optargs->bitmask & GUESTFS_UMOUNT_OPTS_FORCE_BITMASK)
    args.force = optargs->force;
  if (optargs->bitmask & GUESTFS_UMOUNT_OPTS_LAZYUNMOUNT_BITMASK)
    args.lazyunmount = optargs->lazyunmount;
  struct guestfs_int_call call = {
    .name = "umount",
    .proc_nr = GUESTFS_PROC_UMOUNT,
    .progress = 0,
    .optargs_bitmask = optargs->bitmask,
    .xdr_args = (xdrproc_t) xdr_guestfs_umount_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "umount", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_umount_all (guestfs_h *g)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("umount_all");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "umount_all", 10);
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("umount_all", trace_fp);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_int_call call = {
    .name = "umount_all",
    .proc_nr = GUESTFS_PROC_UMOUNT_ALL,
    .progress = 0,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "umount_all", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_upload (guestfs_h *g, const char *filename, const char *remotefilename)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("upload");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "upload", 6);
  if (filename == NULL) {
    guestfs_int_null_param (g, "upload", "filename");
    return -1;
  }
  if (remotefilename == NULL) {
    guestfs_int_null_param (g, "upload", "remotefilename");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("upload", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, filename);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, remotefilename);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_upload_args args;
  memset (&args, 0, sizeof args);
  args.remotefilename = (char *) remotefilename;
  struct guestfs_int_call call = {
    .name = "upload",
    .proc_nr = GUESTFS_PROC_UPLOAD,
    .progress = 1,
    .xdr_args = (xdrproc_t) xdr_guestfs_upload_args,
    .args = &args,
    .file_in = filename,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "upload", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_vfs_label (guestfs_h *g, const char *mountable)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("vfs_label");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "vfs_label", 9);
  if (mountable == NULL) {
    guestfs_int_null_param (g, "vfs_label", "mountable");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("vfs_label", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, mountable);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_vfs_label_args args;
  memset (&args, 0, sizeof args);
  args.mountable = (char *) mountable;
  struct guestfs_vfs_label_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "vfs_label",
    .proc_nr = GUESTFS_PROC_VFS_LABEL,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_vfs_label_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_vfs_label_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = ret.val; /* the caller owns it now */
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "vfs_label", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_vfs_type (guestfs_h *g, const char *mountable)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("vfs_type");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "vfs_type", 8);
  if (mountable == NULL) {
    guestfs_int_null_param (g, "vfs_type", "mountable");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("vfs_type", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, mountable);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_vfs_type_args args;
  memset (&args, 0, sizeof args);
  args.mountable = (char *) mountable;
  struct guestfs_vfs_type_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "vfs_type",
    .proc_nr = GUESTFS_PROC_VFS_TYPE,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_vfs_type_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_vfs_type_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = ret.val; /* the caller owns it now */
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "vfs_type", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC char *
guestfs_vfs_uuid (guestfs_h *g, const char *mountable)
{
  char *ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("vfs_uuid");
    return NULL;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "vfs_uuid", 8);
  if (mountable == NULL) {
    guestfs_int_null_param (g, "vfs_uuid", "mountable");
    return NULL;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("vfs_uuid", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, mountable);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_vfs_uuid_args args;
  memset (&args, 0, sizeof args);
  args.mountable = (char *) mountable;
  struct guestfs_vfs_uuid_ret ret;
  memset (&ret, 0, sizeof ret);
  struct guestfs_int_call call = {
    .name = "vfs_uuid",
    .proc_nr = GUESTFS_PROC_VFS_UUID,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_vfs_uuid_args,
    .args = &args,
    .xdr_ret = (xdrproc_t) xdr_guestfs_vfs_uuid_ret,
    .ret = &ret,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = NULL;
    goto trace_out;
  }
  ret_v = ret.val; /* the caller owns it now */
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_string (g, "vfs_uuid", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_write (guestfs_h *g, const char *path, const char *content, size_t content_size)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("write");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "write", 5);
  if (path == NULL) {
    guestfs_int_null_param (g, "write", "path");
    return -1;
  }
  if (content == NULL && content_size > 0) {
    guestfs_int_null_param (g, "write", "content");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("write", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    fputc (' ', trace_fp);
    guestfs_int_trace_buffer (trace_fp, content, content_size);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (content_size > GUESTFS_MESSAGE_MAX) {
    error (g, "write: message too large: the encoded call would exceed the protocol's limit of %d bytes", GUESTFS_MESSAGE_MAX);
    ret_v = -1;
    goto trace_out;
  }
  struct guestfs_write_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  args.content.val = (char *) content;
  args.content.len = content_size;
  struct guestfs_int_call call = {
    .name = "write",
    .proc_nr = GUESTFS_PROC_WRITE,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_write_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "write", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_write_append (guestfs_h *g, const char *path, const char *content, size_t content_size)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("write_append");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "write_append", 12);
  if (path == NULL) {
    guestfs_int_null_param (g, "write_append", "path");
    return -1;
  }
  if (content == NULL && content_size > 0) {
    guestfs_int_null_param (g, "write_append", "content");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("write_append", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, path);
    fputc (' ', trace_fp);
    guestfs_int_trace_buffer (trace_fp, content, content_size);
    guestfs_int_trace_close (g, trace_fp);
  }
  if (content_size > GUESTFS_MESSAGE_MAX) {
    error (g, "write_append: message too large: the encoded call would exceed the protocol's limit of %d bytes", GUESTFS_MESSAGE_MAX);
    ret_v = -1;
    goto trace_out;
  }
  struct guestfs_write_append_args args;
  memset (&args, 0, sizeof args);
  args.path = (char *) path;
  args.content.val = (char *) content;
  args.content.len = content_size;
  struct guestfs_int_call call = {
    .name = "write_append",
    .proc_nr = GUESTFS_PROC_WRITE_APPEND,
    .progress = 0,
    .xdr_args = (xdrproc_t) xdr_guestfs_write_append_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "write_append", ret_v);
  return ret_v;
}

GUESTFS_DLL_PUBLIC int
guestfs_zero (guestfs_h *g, const char *device)
{
  int ret_v;

  if (g == NULL) {
    guestfs_int_null_handle ("zero");
    return -1;
  }
  GUESTFS_INT_LOCK_SCOPE (g);
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, "zero", 4);
  if (device == NULL) {
    guestfs_int_null_param (g, "zero", "device");
    return -1;
  }
  if (g->trace) {
    FILE *trace_fp = guestfs_int_trace_open (g);
    fputs ("zero", trace_fp);
    fputc (' ', trace_fp);
    guestfs_int_trace_string (trace_fp, device);
    guestfs_int_trace_close (g, trace_fp);
  }
  struct guestfs_zero_args args;
  memset (&args, 0, sizeof args);
  args.device = (char *) device;
  struct guestfs_int_call call = {
    .name = "zero",
    .proc_nr = GUESTFS_PROC_ZERO,
    .progress = 1,
    .xdr_args = (xdrproc_t) xdr_guestfs_zero_args,
    .args = &args,
  };
  if (guestfs_int_daemon_call (g, &call) == -1) {
    ret_v = -1;
    goto trace_out;
  }
  ret_v = 0;
 trace_out:
  if (g->trace)
    guestfs_int_trace_return_int (g, "zero", ret_v);
  return ret_v;
}
