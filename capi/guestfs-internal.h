/* The library's internal interfaces: the handle structure and the
 * functions each capi/ file offers the others.  One concern per file;
 * the comment above each group names the file that implements it.
 */

#ifndef GUESTFS_INTERNAL_H
#define GUESTFS_INTERNAL_H

#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#include <rpc/types.h>
#include <rpc/xdr.h>

#include "guestfs.h"
#include "guestfs-common.h"

/* ---- Handle states (state.c, except where marked) ---- */

enum guestfs_int_state
{
  GUESTFS_INT_STATE_CONFIG = 0,
  GUESTFS_INT_STATE_LAUNCHING = 1,
  GUESTFS_INT_STATE_READY = 2,
  GUESTFS_INT_STATE_BUSY = 3,
};

/* Bitmasks for guestfs_int_check_state (used by generated code). */
#define GUESTFS_INT_STATE_BIT_CONFIG (1 << GUESTFS_INT_STATE_CONFIG)
#define GUESTFS_INT_STATE_BIT_LAUNCHING (1 << GUESTFS_INT_STATE_LAUNCHING)
#define GUESTFS_INT_STATE_BIT_READY (1 << GUESTFS_INT_STATE_READY)
#define GUESTFS_INT_STATE_BIT_BUSY (1 << GUESTFS_INT_STATE_BUSY)

/* "CONFIG", "LAUNCHING", "READY", "BUSY". */
extern const char *guestfs_int_state_name (enum guestfs_int_state state);
/* True if g->state is in the mask; otherwise sets an error naming the
 * call, the states allowed and the current state, and returns false.
 */
extern bool guestfs_int_check_state (guestfs_h *g, const char *caller,
                                     unsigned allowed_mask);
/* (launch.c) Shut the appliance down: autosync (umount_all + sync) if
 * the handle's autosync is on and the appliance is READY, then the
 * backend's shutdown, then guestfs_int_appliance_gone.  Used by
 * guestfs_shutdown, kill_subprocess (no sync) and guestfs_close.
 */
extern int guestfs_int_shutdown (guestfs_h *g, bool sync_first,
                                 bool check_for_errors);
/* (launch.c) The backend setting NAME=SECONDS, or default_s when it is
 * absent; -1 with an error for a bad value.
 */
extern int guestfs_int_setting_seconds (guestfs_h *g, const char *name,
                                        int default_s, int *secs);
/* (launch.c) The launch_timeout=SECONDS backend setting, or default_s;
 * -1 with an error for a bad value.
 */
extern int guestfs_int_launch_timeout_s (guestfs_h *g, int default_s,
                                         int *secs);
/* (launch.c) Move to CONFIG after the appliance went away (for whatever
 * reason): releases the connection and backend resources and fires
 * SUBPROCESS_QUIT.  Safe to call in any state; does nothing in CONFIG.
 */
extern void guestfs_int_appliance_gone (guestfs_h *g);

/* ---- Backends (launch.c dispatches to launch-direct.c, launch-unix.c) */

struct guestfs_int_backend_ops
{
  const char *name;
  /* Start (or connect to) the daemon.  On success g->daemon_fd is a
   * connected socket on which the launch flag has been received.  On
   * failure: error set, everything it started is cleaned up, -1.
   */
  int (*launch) (guestfs_h *g, const char *arg);
  /* Stop the appliance.  check_for_errors: report a non-zero qemu exit
   * as an error (guestfs_shutdown) or not (close, kill).  Must never
   * block for long: kills qemu if it does not exit promptly.
   */
  int (*shutdown) (guestfs_h *g, bool check_for_errors);
  /* The hypervisor's pid, or -1 with an error set. */
  int (*get_pid) (guestfs_h *g);
};

extern const struct guestfs_int_backend_ops guestfs_int_backend_direct;
extern const struct guestfs_int_backend_ops guestfs_int_backend_unix;

/* ---- Drives (drives.c) ---- */

struct guestfs_int_drive
{
  char *filename; /* host path; for scratch drives a file in tmpdir */
  bool readonly;
  char *format; /* NULL: raw, never probed */
  char *name;
  char *cachemode; /* NULL: writeback */
  bool discard;
  bool is_null; /* /dev/null: an empty drive */
  bool scratch; /* delete filename when the handle closes */
  /* A network drive: qemu's "file." options (KEY, VALUE, ..., NULL),
   * which replace filename; NULL for a local file.
   */
  char **file_opts;
  bool copyonread;
  int blocksize; /* 0: qemu's default (512) */
  /* add_drive's label: the disk's SCSI serial, which the daemon reads
   * (daemon/disk-labels.c); NULL for none.
   */
  char *label;
};

extern void guestfs_int_free_drives (guestfs_h *g);

/* The most drives a handle may have: virtio-scsi targets 0-255 are the
 * user's drives, then the appliance's root (launch-direct.c).
 */
#define GUESTFS_INT_MAX_DRIVES 255

/* ---- Event callbacks (events.c) ---- */

struct guestfs_int_event_slot
{
  guestfs_event_callback cb; /* NULL: a deleted slot */
  void *opaque;
  uint64_t event_bitmask;
};

/* Generated table in event-names.c, terminated by { 0, NULL }. */
struct guestfs_int_event_name
{
  uint64_t event;
  const char *name;
};
extern const struct guestfs_int_event_name guestfs_int_event_names[];

/* Fire events.  With no callback registered for the event, the
 * documented defaults apply: LIBRARY, APPLIANCE (verbose) and TRACE
 * messages and WARNINGs are printed to stderr.  Callbacks may register
 * or delete callbacks (including themselves) while being called.
 */
extern void guestfs_int_call_callbacks_void (guestfs_h *g, uint64_t event);
extern void guestfs_int_call_callbacks_message (guestfs_h *g, uint64_t event,
                                                const char *buf,
                                                size_t buf_len);
extern void guestfs_int_call_callbacks_array (guestfs_h *g, uint64_t event,
                                              const uint64_t *array,
                                              size_t array_len);

/* ---- Private data (private.c) ---- */

struct guestfs_int_private
{
  char *key;
  void *data;
};

/* ---- Error state (errors.c) ---- */

/* A thread's error state on one handle: its last error and errno, its
 * error handler and the stack under it.  Each entry is on two lists,
 * its thread's and its handle's, both guarded by a lock in errors.c;
 * the thread's exit or the handle's close frees it.
 */
struct guestfs_int_error_data;
/* Frees every thread's error state on g (at close). */
extern void guestfs_int_free_error_data (guestfs_h *g);

/* ---- The handle (handle.c) ---- */

struct guestfs_h
{
  struct guestfs_h *next; /* all handles, for the atexit handler */
  pthread_mutex_t lock;   /* recursive: callbacks may call back in */
  unsigned create_flags;
  enum guestfs_int_state state;

  /* Properties (handle.c: the set_/get_ actions and the environment). */
  bool verbose;
  bool trace;
  bool autosync;
  bool recovery_proc;
  char *path;   /* appliance search path */
  char *qemu;   /* hypervisor binary */
  char *append; /* extra kernel parameters, or NULL */
  int memsize;  /* MiB */
  int smp;
  char *program;
  char *backend;           /* "appliance", "direct", "unix:PATH" */
  char **backend_settings; /* NULL-terminated, never NULL */
  char *tmpdir;            /* NULL: $TMPDIR or /tmp */
  char *cachedir;          /* NULL: $TMPDIR or /var/tmp */
  char *identifier;        /* for trace lines; "" by default */
  bool pgroup;             /* kept for get_pgroup: see set_pgroup's doc */
  bool network;            /* the appliance gets a network at launch */

  /* Errors (errors.c): per thread, except the out-of-memory handler. */
  struct guestfs_int_error_data *error_data;
  guestfs_abort_cb abort_cb;

  /* Events (events.c). */
  struct guestfs_int_event_slot *events;
  size_t nr_events;
  /* Event callbacks and error handlers running now (nested ones
   * count), all in the thread holding the lock.
   */
  unsigned callback_depth;

  /* Private data (private.c). */
  struct guestfs_int_private *pda;
  size_t nr_pda;
  size_t pda_next; /* iterator position for next_private */

  /* Drives (drives.c). */
  struct guestfs_int_drive **drives;
  size_t nr_drives;

  /* The running backend (launch.c and the backend's file). */
  const struct guestfs_int_backend_ops *backend_ops;
  void *backend_data; /* the backend's own state */
  char *sockdir;      /* per-handle private temp dir, made on demand */
  int daemon_fd;      /* connection to guestfsd, -1 if none */
  int console_fd;     /* appliance console (serial) output, -1 if none */
  pid_t qemu_pid;     /* 0 if none */
  pid_t pid;          /* owner of the appliance, not a forked copy */
  char gone_why[64];  /* set by the backend's shutdown when it knows why
                         the appliance went by itself, e.g. "qemu was
                         killed by signal 9" */

  /* RPC (rpc.c). */
  uint32_t next_serial;
  volatile sig_atomic_t user_cancel; /* set by guestfs_user_cancel */
  int call_timeout_s; /* backend setting call_timeout, 0: none */
  char *console_tail; /* last console output, for launch errors */
  size_t console_tail_len;
};

/* Scoped handle lock used by every entry point. */
extern guestfs_h *guestfs_int_lock_handle (guestfs_h *g);
extern void guestfs_int_unlock_handle (guestfs_h **gp);
#define GUESTFS_INT_LOCK_SCOPE(g)                                             \
  __attribute__ ((cleanup (guestfs_int_unlock_handle)))                       \
  guestfs_h *guestfs_int_locked_handle_                                       \
      = guestfs_int_lock_handle (g)

/* Value of a backend setting "NAME" or "NAME=VALUE": returns "" for a
 * bare NAME, the VALUE, or NULL if absent.
 */
extern const char *guestfs_int_backend_setting (guestfs_h *g,
                                                const char *name);
/* The per-handle private temp directory (made 0700 on first use). */
extern const char *guestfs_int_sockdir (guestfs_h *g);
extern const char *guestfs_int_effective_tmpdir (guestfs_h *g);
extern const char *guestfs_int_effective_cachedir (guestfs_h *g);

/* ---- Errors and messages (errors.c) ---- */

/* Record an error (printf format) with errno errnum (0: none) and call
 * the error handler.
 */
extern void guestfs_int_error_errno (guestfs_h *g, int errnum, const char *fs,
                                     ...)
    __attribute__ ((format (printf, 3, 4)));
#define error(g, ...) guestfs_int_error_errno ((g), 0, __VA_ARGS__)
/* As error() but appends ": strerror(errno)" and records errno. */
extern void guestfs_int_perrorf (guestfs_h *g, const char *fs, ...)
    __attribute__ ((format (printf, 2, 3)));
#define perrorf guestfs_int_perrorf
extern void guestfs_int_clear_error (guestfs_h *g);
/* The handler a new handle starts with: "libguestfs: error: MSG". */
extern void guestfs_int_default_error_cb (guestfs_h *g, void *opaque,
                                          const char *msg);

/* Messages: LIBRARY event when verbose (debug), WARNING event always. */
extern void guestfs_int_debug (guestfs_h *g, const char *fs, ...)
    __attribute__ ((format (printf, 2, 3)));
#define debug(g, ...)                                                         \
  do                                                                          \
    {                                                                         \
      if ((g)->verbose)                                                       \
        guestfs_int_debug ((g), __VA_ARGS__);                                 \
    }                                                                         \
  while (0)
extern void guestfs_int_warning (guestfs_h *g, const char *fs, ...)
    __attribute__ ((format (printf, 2, 3)));

/* Errors the generated entry points raise. */
extern void guestfs_int_null_handle (const char *caller);
/* The call (launch, shutdown, kill_subprocess, daemon calls, close) was
 * made from a callback on its own handle: see callback_depth.
 */
extern void guestfs_int_refuse_in_callback (guestfs_h *g, const char *caller);
extern void guestfs_int_null_param (guestfs_h *g, const char *caller,
                                    const char *param);
extern void guestfs_int_unknown_optargs (guestfs_h *g, const char *caller,
                                         uint64_t bitmask);
extern void guestfs_int_unknown_optarg_code (guestfs_h *g, const char *caller,
                                             int code);
extern void guestfs_int_duplicate_optarg (guestfs_h *g, const char *caller,
                                          int code);

/* Allocation that calls the out-of-memory handler instead of failing. */
extern void *guestfs_int_safe_malloc (guestfs_h *g, size_t n);
extern void *guestfs_int_safe_calloc (guestfs_h *g, size_t n, size_t s);
extern void *guestfs_int_safe_realloc (guestfs_h *g, void *p, size_t n);
extern char *guestfs_int_safe_strdup (guestfs_h *g, const char *s);
extern char *guestfs_int_safe_strndup (guestfs_h *g, const char *s, size_t n);
extern char *guestfs_int_safe_asprintf (guestfs_h *g, const char *fs, ...)
    __attribute__ ((format (printf, 2, 3)));
#define safe_malloc guestfs_int_safe_malloc
#define safe_calloc guestfs_int_safe_calloc
#define safe_realloc guestfs_int_safe_realloc
#define safe_strdup guestfs_int_safe_strdup
#define safe_strndup guestfs_int_safe_strndup
#define safe_asprintf guestfs_int_safe_asprintf

/* ---- Trace output (trace.c; used by the generated entry points) ---- */

extern FILE *guestfs_int_trace_open (guestfs_h *g);
extern void guestfs_int_trace_close (guestfs_h *g, FILE *fp);
extern void guestfs_int_trace_string (FILE *fp, const char *s); /* quoted */
extern void guestfs_int_trace_string_raw (FILE *fp, const char *s);
extern void guestfs_int_trace_string_list (FILE *fp, char *const *l);
extern void guestfs_int_trace_string_list_raw (FILE *fp, char *const *l);
extern void guestfs_int_trace_buffer (FILE *fp, const char *buf, size_t len);
extern void guestfs_int_trace_return_int (guestfs_h *g, const char *name,
                                          int r);
extern void guestfs_int_trace_return_bool (guestfs_h *g, const char *name,
                                           int r);
extern void guestfs_int_trace_return_int64 (guestfs_h *g, const char *name,
                                            int64_t r);
extern void guestfs_int_trace_return_string (guestfs_h *g, const char *name,
                                             const char *r);
extern void guestfs_int_trace_return_optstring (guestfs_h *g, const char *name,
                                                const char *r);
extern void guestfs_int_trace_return_string_list (guestfs_h *g,
                                                  const char *name, char **r);
extern void guestfs_int_trace_return_buffer (guestfs_h *g, const char *name,
                                             const char *r, size_t len);
extern void guestfs_int_trace_return_pointer (guestfs_h *g, const char *name,
                                              const void *r, const char *type);

/* ---- String lists and buffers (utils.c; counting and freeing lists
 * is in common/guestfs-common.h) ----
 */

extern char **guestfs_int_copy_string_list (guestfs_h *g, char *const *l);
/* Turn an XDR array of n strings into a NULL-terminated list, taking
 * ownership of the array and the strings.
 */
extern char **guestfs_int_take_string_list (guestfs_h *g, char **v, u_int n);
/* Hand an XDR buffer to the caller: never NULL, even for 0 bytes. */
extern char *guestfs_int_take_buffer (guestfs_h *g, char *v, u_int n,
                                      size_t *size_r);
/* CLOCK_MONOTONIC: milliseconds, and seconds since start. */
extern int64_t guestfs_int_now_ms (void);
extern double guestfs_int_elapsed_s (const struct timespec *start);

/* ---- RPC to the daemon (rpc.c) ---- */

/* One call as the generated entry points describe it. */
struct guestfs_int_call
{
  const char *name; /* action name, for messages */
  int proc_nr;
  int progress; /* the daemon may send progress messages */
  uint64_t optargs_bitmask;
  xdrproc_t xdr_args; /* NULL if the call has no arguments */
  void *args;
  xdrproc_t xdr_ret;    /* NULL if the reply carries no value */
  void *ret;            /* decoded into; the caller frees */
  bool ret_pairs;       /* RHashtable: ret is a guestfs_int_str_list that
                           must hold key/value pairs */
  const char *file_in;  /* FileIn: host file to stream, or NULL */
  const char *file_out; /* FileOut: host file to write, or NULL */
};

/* Perform a call: checks the handle is READY (error naming the state if
 * not), moves to BUSY, sends the call and any FileIn stream, receives
 * the reply (turning progress messages into PROGRESS events and console
 * output into APPLIANCE events meanwhile) and any FileOut stream, and
 * returns to READY.  On a daemon error: sets the error with the daemon's
 * message and errno, returns -1.  If the appliance dies or the
 * connection breaks: error, guestfs_int_appliance_gone, -1.
 */
extern int guestfs_int_daemon_call (guestfs_h *g,
                                    const struct guestfs_int_call *call);

/* Wait for the daemon's launch flag on g->daemon_fd, forwarding console
 * output from g->console_fd meanwhile.  timeout_ms < 0: forever.
 * Error (quoting the console tail) and -1 on timeout, EOF or garbage.
 */
extern int guestfs_int_wait_launch_flag (guestfs_h *g, int timeout_ms);

/* Read what is available on g->console_fd into APPLIANCE events and the
 * console tail.  Returns 0, or -1 at EOF.
 */
extern int guestfs_int_read_console (guestfs_h *g);

/* Close g->daemon_fd and g->console_fd if open. */
extern void guestfs_int_close_connection (guestfs_h *g);

/* ---- The appliance (appliance.c) and qemu (qemu-probe.c,
 * qemu-cmdline.c, command.c) ----
 */

/* Find or build the appliance: on success sets *kernel (an ELF vmlinux
 * where possible), *initrd and *root to paths the caller frees.
 */
extern int guestfs_int_build_appliance (guestfs_h *g, char **kernel,
                                        char **initrd, char **root);
/* (appliance.c) Sets *dir to CACHEDIR/.guestfs-ng-UID (the caller frees
 * it) and makes sure it is a directory only we can write: 0, or -1 with
 * errno set and nothing reported.
 */
extern int guestfs_int_private_cachedir (guestfs_h *g, char **dir);

/* (qemu-probe.c) What the direct backend needs to know about qemu and the
 * host (probed once per qemu binary + kernel + host boot, cached on
 * disk).  The caller frees bios.
 */
struct guestfs_int_qemu_caps
{
  int version_major, version_minor;
  bool kvm;         /* boot with KVM (else TCG) */
  const char *cpu;  /* the -cpu model */
  char *bios;       /* firmware for -bios, or NULL for qemu's own */
  unsigned tsc_khz; /* TCG: host TSC frequency for the guest, 0: unknown */
};
extern int guestfs_int_qemu_probe (guestfs_h *g, const char *qemu,
                                   const char *kernel,
                                   struct guestfs_int_qemu_caps *caps);
/* (qemu-cmdline.c) The argv that boots the appliance with the handle's
 * drives and settings (logged when verbose); NULL-terminated, freed
 * with guestfs_int_free_string_list.
 */
extern char **
guestfs_int_qemu_cmdline (guestfs_h *g, const char *qemu,
                          const struct guestfs_int_qemu_caps *caps,
                          const char *kernel, const char *initrd,
                          const char *root, const char *sock);
/* (command.c) Helper programs.  find_program: NAME (looked up in $PATH
 * unless it has a '/') as an executable path, or NULL.  run_command:
 * run argv with stdin /dev/null and stdout+stderr into *output (if not
 * NULL; the caller frees it), killing it (and its process group) after
 * timeout_s, or after silence_s (if > 0) without any output; returns
 * its wait status, GUESTFS_INT_RUN_TIMEOUT, or -1 with an error set.
 */
#define GUESTFS_INT_RUN_TIMEOUT (-2)
extern char *guestfs_int_find_program (guestfs_h *g, const char *name);
extern int guestfs_int_run_command (guestfs_h *g, char *const *argv,
                                    int timeout_s, int silence_s,
                                    char **output);
/* (command.c) In a child between fork and exec (async-signal-safe only):
 * default signal mask and dispositions, own process group, optionally
 * PR_SET_PDEATHSIG, stdin /dev/null, stdout and stderr to stdout_fd (-1:
 * /dev/null), every other fd closed except keep_fd (-1: none), whose
 * possibly new number it returns.  child_exec: execv or _exit(127).
 */
extern int guestfs_int_child_setup (int stdout_fd, int keep_fd,
                                    bool die_with_parent, pid_t parent);
extern void guestfs_int_child_exec (const char *prog, char *const *argv)
    __attribute__ ((noreturn));

#endif /* GUESTFS_INTERNAL_H */
