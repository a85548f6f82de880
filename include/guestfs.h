/* GENERATED FILE: do not edit.
 * Made by generator/c.py from generator/api.py;
 * change those and run 'make -C generator' (or just 'make').
 */

#ifndef GUESTFS_H_
#define GUESTFS_H_

/* The public API of libguestfs (guestfs-ng implementation).  See
 * guestfs(3) for the manual: every function below is documented there
 * in full; the comments here are the short form.
 */

#ifdef __cplusplus
extern "C" {
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>
#include <sys/types.h>

#ifndef GUESTFS_DLL_PUBLIC
#define GUESTFS_DLL_PUBLIC __attribute__ ((visibility ("default")))
#endif

#if defined (__GNUC__)
#define GUESTFS_DEPRECATED_NO_REPLACEMENT __attribute__ ((__deprecated__))
#define GUESTFS_DEPRECATED_REPLACED_BY(s) \
  __attribute__ ((__deprecated__ ("use guestfs_" s " instead")))
#else
#define GUESTFS_DEPRECATED_NO_REPLACEMENT
#define GUESTFS_DEPRECATED_REPLACED_BY(s)
#endif

/* Define GUESTFS_NO_DEPRECATED to hide deprecated functions. */

typedef struct guestfs_h guestfs_h;

/* ---- Creating and closing handles ---- */

/* Create a handle, reading defaults from the environment. */
extern GUESTFS_DLL_PUBLIC guestfs_h *guestfs_create (void);

/* Flags of guestfs_create_flags. */
#define GUESTFS_CREATE_NO_ENVIRONMENT   (1 << 0)
#define GUESTFS_CREATE_NO_CLOSE_ON_EXIT (1 << 1)
/* Create a handle.  NO_ENVIRONMENT: ignore LIBGUESTFS_* variables.
 * NO_CLOSE_ON_EXIT: do not close the handle in the atexit handler (the
 * bindings use this to close handles themselves while their interpreter
 * is still alive).  The trailing arguments are reserved: pass none.
 */
extern GUESTFS_DLL_PUBLIC guestfs_h *guestfs_create_flags (unsigned flags, ...);

/* Close the handle: shut the appliance down (syncing if autosync is on),
 * run the CLOSE callbacks, free everything.  NULL is a no-op.
 */
extern GUESTFS_DLL_PUBLIC void guestfs_close (guestfs_h *g);

/* ---- Errors ---- */

/* The last error message on this handle, or NULL.  Valid until the next
 * call on the handle.
 */
extern GUESTFS_DLL_PUBLIC const char *guestfs_last_error (guestfs_h *g);

/* The errno that went with the last error, or 0 if none was recorded. */
extern GUESTFS_DLL_PUBLIC int guestfs_last_errno (guestfs_h *g);

typedef void (*guestfs_error_handler_cb) (guestfs_h *g, void *opaque, const char *msg);
/* Called on every error.  The default prints "libguestfs: error: MSG" to
 * stderr.  NULL handler: errors are only recorded.
 */
extern GUESTFS_DLL_PUBLIC void guestfs_set_error_handler (guestfs_h *g, guestfs_error_handler_cb cb, void *opaque);
extern GUESTFS_DLL_PUBLIC guestfs_error_handler_cb guestfs_get_error_handler (guestfs_h *g, void **opaque_rtn);
/* Save the current handler on a stack and install cb; pop restores it. */
extern GUESTFS_DLL_PUBLIC void guestfs_push_error_handler (guestfs_h *g, guestfs_error_handler_cb cb, void *opaque);
extern GUESTFS_DLL_PUBLIC void guestfs_pop_error_handler (guestfs_h *g);

typedef void (*guestfs_abort_cb) (void) __attribute__((__noreturn__));
/* Called when memory runs out; the default calls abort(). */
extern GUESTFS_DLL_PUBLIC void guestfs_set_out_of_memory_handler (guestfs_h *g, guestfs_abort_cb cb);
extern GUESTFS_DLL_PUBLIC guestfs_abort_cb guestfs_get_out_of_memory_handler (guestfs_h *g);

/* ---- Events ---- */


/* The handle is being closed (by guestfs_close or at exit).
 */
#define GUESTFS_EVENT_CLOSE            UINT64_C(0x0001)
/* The appliance went away: shutdown, kill, or it died.
 */
#define GUESTFS_EVENT_SUBPROCESS_QUIT  UINT64_C(0x0002)
/* The appliance finished launching; the handle is READY.
 */
#define GUESTFS_EVENT_LAUNCH_DONE      UINT64_C(0x0004)
/* Progress of a long call. array holds four numbers: proc_nr, serial,
 * position, total. None is sent for a short call; then about three a
 * second, and a final one with position equal to total unless the call
 * fails. When the length of the work is unknown the daemon sends position
 * 0 and total 1 (pulse mode) until the final 1/1.
 */
#define GUESTFS_EVENT_PROGRESS         UINT64_C(0x0008)
/* A message from the appliance (kernel, init, daemon), sent only when
 * verbose is on. buf may hold partial lines.
 */
#define GUESTFS_EVENT_APPLIANCE        UINT64_C(0x0010)
/* A debug message from the library, sent only when verbose is on.
 */
#define GUESTFS_EVENT_LIBRARY          UINT64_C(0x0020)
/* A trace message (call and return value), sent only when trace is on.
 */
#define GUESTFS_EVENT_TRACE            UINT64_C(0x0040)
/* An API call is about to run. buf is the function name without the
 * guestfs_ prefix.
 */
#define GUESTFS_EVENT_ENTER            UINT64_C(0x0080)
/* Reserved for libvirt authentication requests.
 */
#define GUESTFS_EVENT_LIBVIRT_AUTH     UINT64_C(0x0100)
/* A warning message from the library, sent always.
 */
#define GUESTFS_EVENT_WARNING          UINT64_C(0x0200)
#define GUESTFS_EVENT_ALL              UINT64_C(0x03ff)

typedef void (*guestfs_event_callback) (
                        guestfs_h *g,
                        void *opaque,
                        uint64_t event,
                        int event_handle,
                        int flags,
                        const char *buf, size_t buf_len,
                        const uint64_t *array, size_t array_len);

/* Register cb for the events in event_bitmask; flags must be 0.  Returns
 * an event handle (>= 0) for guestfs_delete_event_callback, or -1.
 * Callbacks run synchronously in the thread that caused the event.
 */
extern GUESTFS_DLL_PUBLIC int guestfs_set_event_callback (guestfs_h *g, guestfs_event_callback cb, uint64_t event_bitmask, int flags, void *opaque);
extern GUESTFS_DLL_PUBLIC void guestfs_delete_event_callback (guestfs_h *g, int event_handle);
/* "close,progress,..." for the bits set in event; caller frees.  NULL
 * with errno EINVAL for an unknown bit.
 */
extern GUESTFS_DLL_PUBLIC char *guestfs_event_to_string (uint64_t event);

/* ---- Cancelling long transfers ---- */

/* Cancel the current upload or download.  Safe to call from another
 * thread or a signal handler.  The transfer fails with an error.
 */
extern GUESTFS_DLL_PUBLIC void guestfs_user_cancel (guestfs_h *g);

/* ---- Private data area ---- */

/* Attach data under key (keys starting "_" are reserved for bindings).
 * Setting NULL data removes nothing but is skipped by the walk.
 */
extern GUESTFS_DLL_PUBLIC void guestfs_set_private (guestfs_h *g, const char *key, void *data);
extern GUESTFS_DLL_PUBLIC void *guestfs_get_private (guestfs_h *g, const char *key);
/* Walk all non-NULL entries: first resets the iterator, next advances it;
 * both return NULL at the end.  set_private invalidates the iterator.
 */
extern GUESTFS_DLL_PUBLIC void *guestfs_first_private (guestfs_h *g, const char **key_rtn);
extern GUESTFS_DLL_PUBLIC void *guestfs_next_private (guestfs_h *g, const char **key_rtn);

/* ---- Structures returned by actions ---- */


#define GUESTFS_HAVE_STRUCT_INT_BOOL 1
struct guestfs_int_bool {
  int32_t i;
  int32_t b;
};

struct guestfs_int_bool_list {
  uint32_t len;
  struct guestfs_int_bool *val;
};

extern GUESTFS_DLL_PUBLIC void guestfs_free_int_bool (struct guestfs_int_bool *);
extern GUESTFS_DLL_PUBLIC void guestfs_free_int_bool_list (struct guestfs_int_bool_list *);

#define GUESTFS_HAVE_STRUCT_VERSION 1
struct guestfs_version {
  int64_t major;
  int64_t minor;
  int64_t release;
  char *extra;
};

struct guestfs_version_list {
  uint32_t len;
  struct guestfs_version *val;
};

extern GUESTFS_DLL_PUBLIC void guestfs_free_version (struct guestfs_version *);
extern GUESTFS_DLL_PUBLIC void guestfs_free_version_list (struct guestfs_version_list *);

#define GUESTFS_HAVE_STRUCT_DIRENT 1
/* ftyp is b block device, c char device, d directory, f FIFO, l symlink, r
 * regular file, s socket, u unknown, ? could not be determined.
 */
struct guestfs_dirent {
  int64_t ino;
  char ftyp;
  char *name;
};

struct guestfs_dirent_list {
  uint32_t len;
  struct guestfs_dirent *val;
};

extern GUESTFS_DLL_PUBLIC void guestfs_free_dirent (struct guestfs_dirent *);
extern GUESTFS_DLL_PUBLIC void guestfs_free_dirent_list (struct guestfs_dirent_list *);

#define GUESTFS_HAVE_STRUCT_STAT 1
struct guestfs_stat {
  int64_t dev;
  int64_t ino;
  int64_t mode;
  int64_t nlink;
  int64_t uid;
  int64_t gid;
  int64_t rdev;
  int64_t size;
  int64_t blksize;
  int64_t blocks;
  int64_t atime;
  int64_t mtime;
  int64_t ctime;
};

struct guestfs_stat_list {
  uint32_t len;
  struct guestfs_stat *val;
};

extern GUESTFS_DLL_PUBLIC void guestfs_free_stat (struct guestfs_stat *);
extern GUESTFS_DLL_PUBLIC void guestfs_free_stat_list (struct guestfs_stat_list *);

#define GUESTFS_HAVE_STRUCT_STATNS 1
struct guestfs_statns {
  int64_t st_dev;
  int64_t st_ino;
  int64_t st_mode;
  int64_t st_nlink;
  int64_t st_uid;
  int64_t st_gid;
  int64_t st_rdev;
  int64_t st_size;
  int64_t st_blksize;
  int64_t st_blocks;
  int64_t st_atime_sec;
  int64_t st_atime_nsec;
  int64_t st_mtime_sec;
  int64_t st_mtime_nsec;
  int64_t st_ctime_sec;
  int64_t st_ctime_nsec;
  int64_t st_spare1;
  int64_t st_spare2;
  int64_t st_spare3;
  int64_t st_spare4;
  int64_t st_spare5;
  int64_t st_spare6;
};

struct guestfs_statns_list {
  uint32_t len;
  struct guestfs_statns *val;
};

extern GUESTFS_DLL_PUBLIC void guestfs_free_statns (struct guestfs_statns *);
extern GUESTFS_DLL_PUBLIC void guestfs_free_statns_list (struct guestfs_statns_list *);

#define GUESTFS_HAVE_STRUCT_STATVFS 1
struct guestfs_statvfs {
  int64_t bsize;
  int64_t frsize;
  int64_t blocks;
  int64_t bfree;
  int64_t bavail;
  int64_t files;
  int64_t ffree;
  int64_t favail;
  int64_t fsid;
  int64_t flag;
  int64_t namemax;
};

struct guestfs_statvfs_list {
  uint32_t len;
  struct guestfs_statvfs *val;
};

extern GUESTFS_DLL_PUBLIC void guestfs_free_statvfs (struct guestfs_statvfs *);
extern GUESTFS_DLL_PUBLIC void guestfs_free_statvfs_list (struct guestfs_statvfs_list *);

#define GUESTFS_HAVE_STRUCT_PARTITION 1
struct guestfs_partition {
  int32_t part_num;
  uint64_t part_start;
  uint64_t part_end;
  uint64_t part_size;
};

struct guestfs_partition_list {
  uint32_t len;
  struct guestfs_partition *val;
};

extern GUESTFS_DLL_PUBLIC void guestfs_free_partition (struct guestfs_partition *);
extern GUESTFS_DLL_PUBLIC void guestfs_free_partition_list (struct guestfs_partition_list *);

/* ---- Actions ---- */

/* guestfs_add_drive: add an image to examine or modify
 *
 * Add the disk image or device filename to the list of drives the
 * appliance will see. The first drive added is /dev/sda, the second
 * /dev/sdb and so on.
 *
 * readonly: if true the drive is attached read-only: writes fail in the
 * appliance and the image is never modified.
 *
 * format: raw or qcow2 (or any format qemu knows). If not given the format
 * is NOT guessed: the image is treated as raw, so a hostile image cannot
 * make qemu open files named in its header.
 *
 * iface: ignored (all drives are virtio-scsi), accepted for compatibility.
 *
 * name: accepted for compatibility (the name inside the guest the drive
 * had).
 *
 * label: a label for the drive, reachable as /dev/disk/guestfs/LABEL (not
 * implemented yet: an error).
 *
 * cachemode: writeback (default) or unsafe.
 *
 * discard: whether the guest's discard (trim) requests free space in the
 * image: disable (the default) ignores them; enable passes them on (our
 * drives are raw or qcow2 files, which can always discard); besteffort
 * passes them on where the drive can discard, and never fails.
 *
 * The special name /dev/null adds an empty drive.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_ADD_DRIVE 1
extern GUESTFS_DLL_PUBLIC int guestfs_add_drive (guestfs_h *g, const char *filename);
#define GUESTFS_HAVE_ADD_DRIVE_OPTS 1
#define GUESTFS_ADD_DRIVE_OPTS_READONLY 0
#define GUESTFS_ADD_DRIVE_OPTS_FORMAT 1
#define GUESTFS_ADD_DRIVE_OPTS_IFACE 2
#define GUESTFS_ADD_DRIVE_OPTS_NAME 3
#define GUESTFS_ADD_DRIVE_OPTS_LABEL 4
#define GUESTFS_ADD_DRIVE_OPTS_CACHEMODE 5
#define GUESTFS_ADD_DRIVE_OPTS_DISCARD 6
extern GUESTFS_DLL_PUBLIC int guestfs_add_drive_opts (guestfs_h *g, const char *filename, ...);
extern GUESTFS_DLL_PUBLIC int guestfs_add_drive_opts_va (guestfs_h *g, const char *filename, va_list args);
struct guestfs_add_drive_opts_argv {
  uint64_t bitmask;
# define GUESTFS_ADD_DRIVE_OPTS_READONLY_BITMASK (UINT64_C(1)<<0)
  int readonly;
# define GUESTFS_ADD_DRIVE_OPTS_FORMAT_BITMASK (UINT64_C(1)<<1)
  const char *format;
# define GUESTFS_ADD_DRIVE_OPTS_IFACE_BITMASK (UINT64_C(1)<<2)
  const char *iface;
# define GUESTFS_ADD_DRIVE_OPTS_NAME_BITMASK (UINT64_C(1)<<3)
  const char *name;
# define GUESTFS_ADD_DRIVE_OPTS_LABEL_BITMASK (UINT64_C(1)<<4)
  const char *label;
# define GUESTFS_ADD_DRIVE_OPTS_CACHEMODE_BITMASK (UINT64_C(1)<<5)
  const char *cachemode;
# define GUESTFS_ADD_DRIVE_OPTS_DISCARD_BITMASK (UINT64_C(1)<<6)
  const char *discard;
};
extern GUESTFS_DLL_PUBLIC int guestfs_add_drive_opts_argv (guestfs_h *g, const char *filename, const struct guestfs_add_drive_opts_argv *optargs);

/* guestfs_add_drive_ro: add a drive in read-only mode
 *
 * The same as guestfs_add_drive_opts with readonly set.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_ADD_DRIVE_RO 1
extern GUESTFS_DLL_PUBLIC int guestfs_add_drive_ro (guestfs_h *g, const char *filename);

/* guestfs_add_drive_scratch: add a temporary scratch drive
 *
 * Add a blank drive of size bytes that is deleted when the handle is
 * closed. Useful for tests.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_ADD_DRIVE_SCRATCH 1
#define GUESTFS_ADD_DRIVE_SCRATCH_NAME 0
#define GUESTFS_ADD_DRIVE_SCRATCH_LABEL 1
extern GUESTFS_DLL_PUBLIC int guestfs_add_drive_scratch (guestfs_h *g, int64_t size, ...);
extern GUESTFS_DLL_PUBLIC int guestfs_add_drive_scratch_va (guestfs_h *g, int64_t size, va_list args);
struct guestfs_add_drive_scratch_argv {
  uint64_t bitmask;
# define GUESTFS_ADD_DRIVE_SCRATCH_NAME_BITMASK (UINT64_C(1)<<0)
  const char *name;
# define GUESTFS_ADD_DRIVE_SCRATCH_LABEL_BITMASK (UINT64_C(1)<<1)
  const char *label;
};
extern GUESTFS_DLL_PUBLIC int guestfs_add_drive_scratch_argv (guestfs_h *g, int64_t size, const struct guestfs_add_drive_scratch_argv *optargs);

/* guestfs_blockdev_getsize64: get total size of device in bytes
 *
 * Return the size of the device in bytes.
 *
 * Returns: the integer, or -1 on error.
 */
#define GUESTFS_HAVE_BLOCKDEV_GETSIZE64 1
extern GUESTFS_DLL_PUBLIC int64_t guestfs_blockdev_getsize64 (guestfs_h *g, const char *device);

/* guestfs_blockdev_getss: get sectorsize of block device
 *
 * Return the logical sector size of the device, usually 512.
 *
 * Returns: the integer, or -1 on error.
 */
#define GUESTFS_HAVE_BLOCKDEV_GETSS 1
extern GUESTFS_DLL_PUBLIC int guestfs_blockdev_getss (guestfs_h *g, const char *device);

/* guestfs_blockdev_rereadpt: reread partition table
 *
 * Make the kernel reread the partition table of device.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_BLOCKDEV_REREADPT 1
extern GUESTFS_DLL_PUBLIC int guestfs_blockdev_rereadpt (guestfs_h *g, const char *device);

/* guestfs_cat: list the contents of a file
 *
 * Return the contents of a text file. Fails if it contains a NUL byte; see
 * guestfs_read_file.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_CAT 1
extern GUESTFS_DLL_PUBLIC char *guestfs_cat (guestfs_h *g, const char *path);

/* guestfs_checksum: compute MD5, SHAx or CRC checksum of file
 *
 * Return the checksum of a file as hex: csumtype is crc, md5, sha1,
 * sha224, sha256, sha384 or sha512.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_CHECKSUM 1
extern GUESTFS_DLL_PUBLIC char *guestfs_checksum (guestfs_h *g, const char *csumtype, const char *path);

/* guestfs_chmod: change file mode
 *
 * Change the mode of path. Write mode in octal in C, e.g. 0700.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_CHMOD 1
extern GUESTFS_DLL_PUBLIC int guestfs_chmod (guestfs_h *g, int mode, const char *path);

/* guestfs_chown: change file owner and group
 *
 * Change the owner and group by number.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_CHOWN 1
extern GUESTFS_DLL_PUBLIC int guestfs_chown (guestfs_h *g, int owner, int group, const char *path);

/* guestfs_command: run a command from the guest filesystem
 *
 * Run a program from the mounted guest filesystem (chrooted into it) and
 * return its standard output. Fails with its standard error if it exits
 * non-zero.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_COMMAND 1
extern GUESTFS_DLL_PUBLIC char *guestfs_command (guestfs_h *g, char *const *arguments);

/* guestfs_cp: copy a file
 *
 * Copy a file, like cp.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_CP 1
extern GUESTFS_DLL_PUBLIC int guestfs_cp (guestfs_h *g, const char *src, const char *dest);

/* guestfs_cp_a: copy a file or directory recursively
 *
 * Copy recursively keeping attributes, like cp -a.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_CP_A 1
extern GUESTFS_DLL_PUBLIC int guestfs_cp_a (guestfs_h *g, const char *src, const char *dest);

/* guestfs_dd: copy from source to destination using dd
 *
 * Copy src to dest byte for byte; the destination must be at least as
 * large.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_DD 1
extern GUESTFS_DLL_PUBLIC int guestfs_dd (guestfs_h *g, const char *src, const char *dest);

/* guestfs_debug: debugging and internals
 *
 * Run a debugging subcommand in the daemon: help lists them, progress N
 * runs for N seconds sending progress messages, echo ARGS... returns its
 * arguments.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_DEBUG 1
extern GUESTFS_DLL_PUBLIC char *guestfs_debug (guestfs_h *g, const char *subcmd, char *const *extraargs);

/* guestfs_df: report file system disk space usage
 *
 * Return the output of df, for humans.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_DF 1
extern GUESTFS_DLL_PUBLIC char *guestfs_df (guestfs_h *g);

/* guestfs_download: download a file to the local machine
 *
 * Copy remotefilename from the appliance to the local file filename (- for
 * standard output). Sends progress events.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_DOWNLOAD 1
extern GUESTFS_DLL_PUBLIC int guestfs_download (guestfs_h *g, const char *remotefilename, const char *filename);

/* guestfs_exists: test if file or directory exists
 *
 * True if path exists (following symlinks).
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 */
#define GUESTFS_HAVE_EXISTS 1
extern GUESTFS_DLL_PUBLIC int guestfs_exists (guestfs_h *g, const char *path);

/* guestfs_filesize: return the size of the file in bytes
 *
 * Return the size of a file in bytes.
 *
 * Returns: the integer, or -1 on error.
 */
#define GUESTFS_HAVE_FILESIZE 1
extern GUESTFS_DLL_PUBLIC int64_t guestfs_filesize (guestfs_h *g, const char *file);

/* guestfs_fill: fill a file with octets
 *
 * Create path holding len bytes of value c.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_FILL 1
extern GUESTFS_DLL_PUBLIC int guestfs_fill (guestfs_h *g, int c, int len, const char *path);

/* guestfs_get_append: get extra kernel command line parameters
 *
 * Return the value set by guestfs_set_append.
 *
 * Returns: a string owned by the handle (do not free), or NULL, which is
 * not an error.
 */
#define GUESTFS_HAVE_GET_APPEND 1
extern GUESTFS_DLL_PUBLIC const char *guestfs_get_append (guestfs_h *g);

/* guestfs_get_attach_method: get the backend
 *
 * Return the backend set by guestfs_set_backend.
 *
 * Returns: a string the caller must free, or NULL on error.
 *
 * Deprecated: use guestfs_get_backend instead.
 */
#ifndef GUESTFS_NO_DEPRECATED
#define GUESTFS_HAVE_GET_ATTACH_METHOD 1
extern GUESTFS_DLL_PUBLIC char *guestfs_get_attach_method (guestfs_h *g) GUESTFS_DEPRECATED_REPLACED_BY ("get_backend");
#endif

/* guestfs_get_autosync: get autosync mode
 *
 * Return the value set by guestfs_set_autosync.
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 */
#define GUESTFS_HAVE_GET_AUTOSYNC 1
extern GUESTFS_DLL_PUBLIC int guestfs_get_autosync (guestfs_h *g);

/* guestfs_get_backend: get the backend
 *
 * Return the backend set by guestfs_set_backend.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_GET_BACKEND 1
extern GUESTFS_DLL_PUBLIC char *guestfs_get_backend (guestfs_h *g);

/* guestfs_get_backend_settings: get the backend settings
 *
 * Return the settings set by guestfs_set_backend_settings.
 *
 * Returns: a NULL-terminated array of strings; the caller frees each
 * string and the array. NULL on error.
 */
#define GUESTFS_HAVE_GET_BACKEND_SETTINGS 1
extern GUESTFS_DLL_PUBLIC char **guestfs_get_backend_settings (guestfs_h *g);

/* guestfs_get_cachedir: get the appliance cache directory
 *
 * Return the appliance cache directory.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_GET_CACHEDIR 1
extern GUESTFS_DLL_PUBLIC char *guestfs_get_cachedir (guestfs_h *g);

/* guestfs_get_memsize: get memory allocated to the hypervisor
 *
 * Return the value set by guestfs_set_memsize.
 *
 * Returns: the integer, or -1 on error.
 */
#define GUESTFS_HAVE_GET_MEMSIZE 1
extern GUESTFS_DLL_PUBLIC int guestfs_get_memsize (guestfs_h *g);

/* guestfs_get_path: get the search path
 *
 * Return the value set by guestfs_set_path.
 *
 * Returns: a string owned by the handle (do not free), or NULL on error.
 */
#define GUESTFS_HAVE_GET_PATH 1
extern GUESTFS_DLL_PUBLIC const char *guestfs_get_path (guestfs_h *g);

/* guestfs_get_pid: get PID of hypervisor
 *
 * Return the process ID of qemu. Fails with the unix: backend.
 *
 * Returns: the integer, or -1 on error.
 */
#define GUESTFS_HAVE_GET_PID 1
extern GUESTFS_DLL_PUBLIC int guestfs_get_pid (guestfs_h *g);

/* guestfs_get_program: get the program name
 *
 * Return the value set by guestfs_set_program.
 *
 * Returns: a string owned by the handle (do not free), or NULL on error.
 */
#define GUESTFS_HAVE_GET_PROGRAM 1
extern GUESTFS_DLL_PUBLIC const char *guestfs_get_program (guestfs_h *g);

/* guestfs_get_qemu: get the hypervisor binary
 *
 * Return the value set by guestfs_set_qemu.
 *
 * Returns: a string owned by the handle (do not free), or NULL on error.
 */
#define GUESTFS_HAVE_GET_QEMU 1
extern GUESTFS_DLL_PUBLIC const char *guestfs_get_qemu (guestfs_h *g);

/* guestfs_get_recovery_proc: get enable or disable the recovery process
 *
 * Return the value set by guestfs_set_recovery_proc.
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 */
#define GUESTFS_HAVE_GET_RECOVERY_PROC 1
extern GUESTFS_DLL_PUBLIC int guestfs_get_recovery_proc (guestfs_h *g);

/* guestfs_get_smp: get number of virtual CPUs
 *
 * Return the value set by guestfs_set_smp.
 *
 * Returns: the integer, or -1 on error.
 */
#define GUESTFS_HAVE_GET_SMP 1
extern GUESTFS_DLL_PUBLIC int guestfs_get_smp (guestfs_h *g);

/* guestfs_get_state: get the current state
 *
 * Return the handle's state: 0 CONFIG, 1 LAUNCHING, 2 READY, 3 BUSY.
 *
 * Returns: the integer, or -1 on error.
 */
#define GUESTFS_HAVE_GET_STATE 1
extern GUESTFS_DLL_PUBLIC int guestfs_get_state (guestfs_h *g);

/* guestfs_get_tmpdir: get the temporary directory
 *
 * Return the temporary directory.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_GET_TMPDIR 1
extern GUESTFS_DLL_PUBLIC char *guestfs_get_tmpdir (guestfs_h *g);

/* guestfs_get_trace: get command trace
 *
 * Return the value set by guestfs_set_trace.
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 */
#define GUESTFS_HAVE_GET_TRACE 1
extern GUESTFS_DLL_PUBLIC int guestfs_get_trace (guestfs_h *g);

/* guestfs_get_verbose: get verbose messages
 *
 * Return the value set by guestfs_set_verbose.
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 */
#define GUESTFS_HAVE_GET_VERBOSE 1
extern GUESTFS_DLL_PUBLIC int guestfs_get_verbose (guestfs_h *g);

/* guestfs_head: return first 10 lines of a file
 *
 * Return the first 10 lines of a file.
 *
 * Returns: a NULL-terminated array of strings; the caller frees each
 * string and the array. NULL on error.
 */
#define GUESTFS_HAVE_HEAD 1
extern GUESTFS_DLL_PUBLIC char **guestfs_head (guestfs_h *g, const char *path);

/* guestfs_internal_test: internal test function - do not use
 *
 * Print every argument in a canonical format to stdout, for the bindings'
 * tests.
 *
 * Returns: 0 on success, -1 on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST 1
#define GUESTFS_INTERNAL_TEST_OBOOL 0
#define GUESTFS_INTERNAL_TEST_OINT 1
#define GUESTFS_INTERNAL_TEST_OINT64 2
#define GUESTFS_INTERNAL_TEST_OSTRING 3
#define GUESTFS_INTERNAL_TEST_OSTRINGLIST 4
extern GUESTFS_DLL_PUBLIC int guestfs_internal_test (guestfs_h *g, const char *str, const char *optstr, char *const *strlist, int b, int integer, int64_t integer64, const char *filein, const char *fileout, const char *bufferin, size_t bufferin_size, ...);
extern GUESTFS_DLL_PUBLIC int guestfs_internal_test_va (guestfs_h *g, const char *str, const char *optstr, char *const *strlist, int b, int integer, int64_t integer64, const char *filein, const char *fileout, const char *bufferin, size_t bufferin_size, va_list args);
struct guestfs_internal_test_argv {
  uint64_t bitmask;
# define GUESTFS_INTERNAL_TEST_OBOOL_BITMASK (UINT64_C(1)<<0)
  int obool;
# define GUESTFS_INTERNAL_TEST_OINT_BITMASK (UINT64_C(1)<<1)
  int oint;
# define GUESTFS_INTERNAL_TEST_OINT64_BITMASK (UINT64_C(1)<<2)
  int64_t oint64;
# define GUESTFS_INTERNAL_TEST_OSTRING_BITMASK (UINT64_C(1)<<3)
  const char *ostring;
# define GUESTFS_INTERNAL_TEST_OSTRINGLIST_BITMASK (UINT64_C(1)<<4)
  char *const *ostringlist;
};
extern GUESTFS_DLL_PUBLIC int guestfs_internal_test_argv (guestfs_h *g, const char *str, const char *optstr, char *const *strlist, int b, int integer, int64_t integer64, const char *filein, const char *fileout, const char *bufferin, size_t bufferin_size, const struct guestfs_internal_test_argv *optargs);

/* guestfs_internal_test_only_optargs: internal test function - do not use
 *
 * Print the optional argument to stdout.
 *
 * Returns: 0 on success, -1 on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_ONLY_OPTARGS 1
#define GUESTFS_INTERNAL_TEST_ONLY_OPTARGS_TEST 0
extern GUESTFS_DLL_PUBLIC int guestfs_internal_test_only_optargs (guestfs_h *g, ...);
extern GUESTFS_DLL_PUBLIC int guestfs_internal_test_only_optargs_va (guestfs_h *g, va_list args);
struct guestfs_internal_test_only_optargs_argv {
  uint64_t bitmask;
# define GUESTFS_INTERNAL_TEST_ONLY_OPTARGS_TEST_BITMASK (UINT64_C(1)<<0)
  int test;
};
extern GUESTFS_DLL_PUBLIC int guestfs_internal_test_only_optargs_argv (guestfs_h *g, const struct guestfs_internal_test_only_optargs_argv *optargs);

/* guestfs_internal_test_rbool: internal test function - do not use
 *
 * Return true if val is true.
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RBOOL 1
extern GUESTFS_DLL_PUBLIC int guestfs_internal_test_rbool (guestfs_h *g, const char *val);

/* guestfs_internal_test_rboolerr: internal test function - do not use
 *
 * Always fail with an error.
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RBOOLERR 1
extern GUESTFS_DLL_PUBLIC int guestfs_internal_test_rboolerr (guestfs_h *g);

/* guestfs_internal_test_rbufferout: internal test function - do not use
 *
 * Return the bytes of val.
 *
 * Returns: a buffer of *size_r bytes the caller must free (not NUL-
 * terminated in general), or NULL on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RBUFFEROUT 1
extern GUESTFS_DLL_PUBLIC char *guestfs_internal_test_rbufferout (guestfs_h *g, const char *val, size_t *size_r);

/* guestfs_internal_test_rbufferouterr: internal test function - do not use
 *
 * Always fail with an error.
 *
 * Returns: a buffer of *size_r bytes the caller must free (not NUL-
 * terminated in general), or NULL on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RBUFFEROUTERR 1
extern GUESTFS_DLL_PUBLIC char *guestfs_internal_test_rbufferouterr (guestfs_h *g, size_t *size_r);

/* guestfs_internal_test_rconstoptstring: internal test function - do not
 * use
 *
 * Return the static string static string.
 *
 * Returns: a string owned by the handle (do not free), or NULL, which is
 * not an error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RCONSTOPTSTRING 1
extern GUESTFS_DLL_PUBLIC const char *guestfs_internal_test_rconstoptstring (guestfs_h *g, const char *val);

/* guestfs_internal_test_rconstoptstringerr: internal test function - do
 * not use
 *
 * Always fail with an error.
 *
 * Returns: a string owned by the handle (do not free), or NULL, which is
 * not an error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RCONSTOPTSTRINGERR 1
extern GUESTFS_DLL_PUBLIC const char *guestfs_internal_test_rconstoptstringerr (guestfs_h *g);

/* guestfs_internal_test_rconststring: internal test function - do not use
 *
 * Return the static string static string.
 *
 * Returns: a string owned by the handle (do not free), or NULL on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RCONSTSTRING 1
extern GUESTFS_DLL_PUBLIC const char *guestfs_internal_test_rconststring (guestfs_h *g, const char *val);

/* guestfs_internal_test_rconststringerr: internal test function - do not
 * use
 *
 * Always fail with an error.
 *
 * Returns: a string owned by the handle (do not free), or NULL on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RCONSTSTRINGERR 1
extern GUESTFS_DLL_PUBLIC const char *guestfs_internal_test_rconststringerr (guestfs_h *g);

/* guestfs_internal_test_rhashtable: internal test function - do not use
 *
 * Return val pairs 0/0, 1/1, ....
 *
 * Returns: a NULL-terminated array of key, value, key, value, ... strings;
 * the caller frees each string and the array. NULL on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RHASHTABLE 1
extern GUESTFS_DLL_PUBLIC char **guestfs_internal_test_rhashtable (guestfs_h *g, const char *val);

/* guestfs_internal_test_rhashtableerr: internal test function - do not use
 *
 * Always fail with an error.
 *
 * Returns: a NULL-terminated array of key, value, key, value, ... strings;
 * the caller frees each string and the array. NULL on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RHASHTABLEERR 1
extern GUESTFS_DLL_PUBLIC char **guestfs_internal_test_rhashtableerr (guestfs_h *g);

/* guestfs_internal_test_rint: internal test function - do not use
 *
 * Return the integer in val.
 *
 * Returns: the integer, or -1 on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RINT 1
extern GUESTFS_DLL_PUBLIC int guestfs_internal_test_rint (guestfs_h *g, const char *val);

/* guestfs_internal_test_rint64: internal test function - do not use
 *
 * Return the integer in val.
 *
 * Returns: the integer, or -1 on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RINT64 1
extern GUESTFS_DLL_PUBLIC int64_t guestfs_internal_test_rint64 (guestfs_h *g, const char *val);

/* guestfs_internal_test_rint64err: internal test function - do not use
 *
 * Always fail with an error.
 *
 * Returns: the integer, or -1 on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RINT64ERR 1
extern GUESTFS_DLL_PUBLIC int64_t guestfs_internal_test_rint64err (guestfs_h *g);

/* guestfs_internal_test_rinterr: internal test function - do not use
 *
 * Always fail with an error.
 *
 * Returns: the integer, or -1 on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RINTERR 1
extern GUESTFS_DLL_PUBLIC int guestfs_internal_test_rinterr (guestfs_h *g);

/* guestfs_internal_test_rstring: internal test function - do not use
 *
 * Return a copy of val.
 *
 * Returns: a string the caller must free, or NULL on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RSTRING 1
extern GUESTFS_DLL_PUBLIC char *guestfs_internal_test_rstring (guestfs_h *g, const char *val);

/* guestfs_internal_test_rstringerr: internal test function - do not use
 *
 * Always fail with an error.
 *
 * Returns: a string the caller must free, or NULL on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RSTRINGERR 1
extern GUESTFS_DLL_PUBLIC char *guestfs_internal_test_rstringerr (guestfs_h *g);

/* guestfs_internal_test_rstringlist: internal test function - do not use
 *
 * Return val strings 0, 1, ....
 *
 * Returns: a NULL-terminated array of strings; the caller frees each
 * string and the array. NULL on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RSTRINGLIST 1
extern GUESTFS_DLL_PUBLIC char **guestfs_internal_test_rstringlist (guestfs_h *g, const char *val);

/* guestfs_internal_test_rstringlisterr: internal test function - do not
 * use
 *
 * Always fail with an error.
 *
 * Returns: a NULL-terminated array of strings; the caller frees each
 * string and the array. NULL on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RSTRINGLISTERR 1
extern GUESTFS_DLL_PUBLIC char **guestfs_internal_test_rstringlisterr (guestfs_h *g);

/* guestfs_internal_test_rstruct: internal test function - do not use
 *
 * Return a dirent with ino val, ftyp r, name val.
 *
 * Returns: a struct the caller frees with guestfs_free_dirent, or NULL on
 * error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RSTRUCT 1
extern GUESTFS_DLL_PUBLIC struct guestfs_dirent *guestfs_internal_test_rstruct (guestfs_h *g, const char *val);

/* guestfs_internal_test_rstructerr: internal test function - do not use
 *
 * Always fail with an error.
 *
 * Returns: a struct the caller frees with guestfs_free_dirent, or NULL on
 * error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RSTRUCTERR 1
extern GUESTFS_DLL_PUBLIC struct guestfs_dirent *guestfs_internal_test_rstructerr (guestfs_h *g);

/* guestfs_internal_test_rstructlist: internal test function - do not use
 *
 * Return val dirents numbered from 0 as for internal_test_rstruct.
 *
 * Returns: a list the caller frees with guestfs_free_dirent_list, or NULL
 * on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RSTRUCTLIST 1
extern GUESTFS_DLL_PUBLIC struct guestfs_dirent_list *guestfs_internal_test_rstructlist (guestfs_h *g, const char *val);

/* guestfs_internal_test_rstructlisterr: internal test function - do not
 * use
 *
 * Always fail with an error.
 *
 * Returns: a list the caller frees with guestfs_free_dirent_list, or NULL
 * on error.
 *
 * Internal: for the bindings' tests only.
 */
#define GUESTFS_HAVE_INTERNAL_TEST_RSTRUCTLISTERR 1
extern GUESTFS_DLL_PUBLIC struct guestfs_dirent_list *guestfs_internal_test_rstructlisterr (guestfs_h *g);

/* guestfs_is_busy: is busy processing a command
 *
 * True if the handle is in the BUSY state.
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 */
#define GUESTFS_HAVE_IS_BUSY 1
extern GUESTFS_DLL_PUBLIC int guestfs_is_busy (guestfs_h *g);

/* guestfs_is_config: is in configuration state
 *
 * True if the handle is in the CONFIG state.
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 */
#define GUESTFS_HAVE_IS_CONFIG 1
extern GUESTFS_DLL_PUBLIC int guestfs_is_config (guestfs_h *g);

/* guestfs_is_dir: test if a directory
 *
 * True if path is a directory. With followsymlinks a symlink to one
 * counts.
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 */
#define GUESTFS_HAVE_IS_DIR 1
extern GUESTFS_DLL_PUBLIC int guestfs_is_dir (guestfs_h *g, const char *path);
#define GUESTFS_HAVE_IS_DIR_OPTS 1
#define GUESTFS_IS_DIR_OPTS_FOLLOWSYMLINKS 0
extern GUESTFS_DLL_PUBLIC int guestfs_is_dir_opts (guestfs_h *g, const char *path, ...);
extern GUESTFS_DLL_PUBLIC int guestfs_is_dir_opts_va (guestfs_h *g, const char *path, va_list args);
struct guestfs_is_dir_opts_argv {
  uint64_t bitmask;
# define GUESTFS_IS_DIR_OPTS_FOLLOWSYMLINKS_BITMASK (UINT64_C(1)<<0)
  int followsymlinks;
};
extern GUESTFS_DLL_PUBLIC int guestfs_is_dir_opts_argv (guestfs_h *g, const char *path, const struct guestfs_is_dir_opts_argv *optargs);

/* guestfs_is_file: test if a regular file
 *
 * True if path is a regular file. With followsymlinks a symlink to one
 * counts.
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 */
#define GUESTFS_HAVE_IS_FILE 1
extern GUESTFS_DLL_PUBLIC int guestfs_is_file (guestfs_h *g, const char *path);
#define GUESTFS_HAVE_IS_FILE_OPTS 1
#define GUESTFS_IS_FILE_OPTS_FOLLOWSYMLINKS 0
extern GUESTFS_DLL_PUBLIC int guestfs_is_file_opts (guestfs_h *g, const char *path, ...);
extern GUESTFS_DLL_PUBLIC int guestfs_is_file_opts_va (guestfs_h *g, const char *path, va_list args);
struct guestfs_is_file_opts_argv {
  uint64_t bitmask;
# define GUESTFS_IS_FILE_OPTS_FOLLOWSYMLINKS_BITMASK (UINT64_C(1)<<0)
  int followsymlinks;
};
extern GUESTFS_DLL_PUBLIC int guestfs_is_file_opts_argv (guestfs_h *g, const char *path, const struct guestfs_is_file_opts_argv *optargs);

/* guestfs_is_launching: is launching subprocess
 *
 * True if the handle is in the LAUNCHING state.
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 */
#define GUESTFS_HAVE_IS_LAUNCHING 1
extern GUESTFS_DLL_PUBLIC int guestfs_is_launching (guestfs_h *g);

/* guestfs_is_ready: is ready to accept commands
 *
 * True if the handle is in the READY state.
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 */
#define GUESTFS_HAVE_IS_READY 1
extern GUESTFS_DLL_PUBLIC int guestfs_is_ready (guestfs_h *g);

/* guestfs_is_symlink: test if symbolic link
 *
 * True if path is a symbolic link.
 *
 * Returns: 1 (true) or 0 (false), or -1 on error.
 */
#define GUESTFS_HAVE_IS_SYMLINK 1
extern GUESTFS_DLL_PUBLIC int guestfs_is_symlink (guestfs_h *g, const char *path);

/* guestfs_kill_subprocess: kill the backend
 *
 * Kill the appliance without syncing. The handle returns to CONFIG.
 *
 * Returns: 0 on success, -1 on error.
 *
 * Deprecated: use guestfs_shutdown instead.
 */
#ifndef GUESTFS_NO_DEPRECATED
#define GUESTFS_HAVE_KILL_SUBPROCESS 1
extern GUESTFS_DLL_PUBLIC int guestfs_kill_subprocess (guestfs_h *g) GUESTFS_DEPRECATED_REPLACED_BY ("shutdown");
#endif

/* guestfs_launch: launch the backend
 *
 * Boot the appliance (or, with the unix:PATH attach method, connect to a
 * running daemon) after the drives have been added. The handle moves from
 * CONFIG through LAUNCHING to READY, and a GUESTFS_EVENT_LAUNCH_DONE event
 * fires. A launch that does not come up within the launch timeout fails
 * with an error that quotes the last lines the appliance printed, and the
 * handle returns to CONFIG.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_LAUNCH 1
extern GUESTFS_DLL_PUBLIC int guestfs_launch (guestfs_h *g);

/* guestfs_list_devices: list the block devices
 *
 * List the block devices (whole disks) the appliance sees, as canonical
 * names /dev/sda, /dev/sdb, ... in order; the appliance's own root disk is
 * not listed.
 *
 * Returns: a NULL-terminated array of strings; the caller frees each
 * string and the array. NULL on error.
 */
#define GUESTFS_HAVE_LIST_DEVICES 1
extern GUESTFS_DLL_PUBLIC char **guestfs_list_devices (guestfs_h *g);

/* guestfs_list_filesystems: list filesystems
 *
 * Return pairs of (device, filesystem type) for every device and partition
 * that holds something recognisable: a filesystem type such as ext4, swap,
 * or unknown. Whole disks that are partitioned are not listed.
 *
 * Returns: a NULL-terminated array of key, value, key, value, ... strings;
 * the caller frees each string and the array. NULL on error.
 */
#define GUESTFS_HAVE_LIST_FILESYSTEMS 1
extern GUESTFS_DLL_PUBLIC char **guestfs_list_filesystems (guestfs_h *g);

/* guestfs_list_partitions: list the partitions
 *
 * List all partitions on all block devices, in canonical names.
 *
 * Returns: a NULL-terminated array of strings; the caller frees each
 * string and the array. NULL on error.
 */
#define GUESTFS_HAVE_LIST_PARTITIONS 1
extern GUESTFS_DLL_PUBLIC char **guestfs_list_partitions (guestfs_h *g);

/* guestfs_ll: list the files in a directory (long format)
 *
 * Return the output of ls -la on the directory, for humans.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_LL 1
extern GUESTFS_DLL_PUBLIC char *guestfs_ll (guestfs_h *g, const char *directory);

/* guestfs_ln_s: create a symbolic link
 *
 * Create linkname as a symbolic link to target.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_LN_S 1
extern GUESTFS_DLL_PUBLIC int guestfs_ln_s (guestfs_h *g, const char *target, const char *linkname);

/* guestfs_ls: list the files in a directory
 *
 * List the names in a directory, sorted, without . and ...
 *
 * Returns: a NULL-terminated array of strings; the caller frees each
 * string and the array. NULL on error.
 */
#define GUESTFS_HAVE_LS 1
extern GUESTFS_DLL_PUBLIC char **guestfs_ls (guestfs_h *g, const char *directory);

/* guestfs_lstat: get file information for a symbolic link
 *
 * Like guestfs_stat but a symlink is described itself.
 *
 * Returns: a struct the caller frees with guestfs_free_stat, or NULL on
 * error.
 *
 * Deprecated: use guestfs_lstatns instead.
 */
#ifndef GUESTFS_NO_DEPRECATED
#define GUESTFS_HAVE_LSTAT 1
extern GUESTFS_DLL_PUBLIC struct guestfs_stat *guestfs_lstat (guestfs_h *g, const char *path) GUESTFS_DEPRECATED_REPLACED_BY ("lstatns");
#endif

/* guestfs_lstatns: get file information for a symbolic link
 *
 * Like guestfs_statns but a symlink is described itself.
 *
 * Returns: a struct the caller frees with guestfs_free_statns, or NULL on
 * error.
 */
#define GUESTFS_HAVE_LSTATNS 1
extern GUESTFS_DLL_PUBLIC struct guestfs_statns *guestfs_lstatns (guestfs_h *g, const char *path);

/* guestfs_mkdir: create a directory
 *
 * Create a directory.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_MKDIR 1
extern GUESTFS_DLL_PUBLIC int guestfs_mkdir (guestfs_h *g, const char *path);

/* guestfs_mkdir_p: create a directory and its parents
 *
 * Create a directory and any missing parents; no error if it exists.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_MKDIR_P 1
extern GUESTFS_DLL_PUBLIC int guestfs_mkdir_p (guestfs_h *g, const char *path);

/* guestfs_mkfs: make a filesystem
 *
 * Make a filesystem of type fstype (ext2, ext3, ext4, xfs, vfat) on
 * device. blocksize sets the block size (the cluster size for vfat), label
 * the label; features (ext2/3/4), inode (the inode size: ext2/3/4, xfs)
 * and sectorsize (xfs, vfat) pass through to the mkfs tool.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_MKFS 1
extern GUESTFS_DLL_PUBLIC int guestfs_mkfs (guestfs_h *g, const char *fstype, const char *device);
#define GUESTFS_HAVE_MKFS_OPTS 1
#define GUESTFS_MKFS_OPTS_BLOCKSIZE 0
#define GUESTFS_MKFS_OPTS_FEATURES 1
#define GUESTFS_MKFS_OPTS_INODE 2
#define GUESTFS_MKFS_OPTS_SECTORSIZE 3
#define GUESTFS_MKFS_OPTS_LABEL 4
extern GUESTFS_DLL_PUBLIC int guestfs_mkfs_opts (guestfs_h *g, const char *fstype, const char *device, ...);
extern GUESTFS_DLL_PUBLIC int guestfs_mkfs_opts_va (guestfs_h *g, const char *fstype, const char *device, va_list args);
struct guestfs_mkfs_opts_argv {
  uint64_t bitmask;
# define GUESTFS_MKFS_OPTS_BLOCKSIZE_BITMASK (UINT64_C(1)<<0)
  int blocksize;
# define GUESTFS_MKFS_OPTS_FEATURES_BITMASK (UINT64_C(1)<<1)
  const char *features;
# define GUESTFS_MKFS_OPTS_INODE_BITMASK (UINT64_C(1)<<2)
  int inode;
# define GUESTFS_MKFS_OPTS_SECTORSIZE_BITMASK (UINT64_C(1)<<3)
  int sectorsize;
# define GUESTFS_MKFS_OPTS_LABEL_BITMASK (UINT64_C(1)<<4)
  const char *label;
};
extern GUESTFS_DLL_PUBLIC int guestfs_mkfs_opts_argv (guestfs_h *g, const char *fstype, const char *device, const struct guestfs_mkfs_opts_argv *optargs);

/* guestfs_mount: mount a guest disk at a position in the filesystem
 *
 * Mount mountable at mountpoint (a path inside the appliance's view, /
 * first). Filesystems are mounted with the options the kernel picks; see
 * guestfs_mount_options.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_MOUNT 1
extern GUESTFS_DLL_PUBLIC int guestfs_mount (guestfs_h *g, const char *mountable, const char *mountpoint);

/* guestfs_mount_options: mount a guest disk with mount options
 *
 * Mount with the comma-separated options (as mount -o).
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_MOUNT_OPTIONS 1
extern GUESTFS_DLL_PUBLIC int guestfs_mount_options (guestfs_h *g, const char *options, const char *mountable, const char *mountpoint);

/* guestfs_mount_ro: mount a guest disk, read-only
 *
 * Mount read-only.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_MOUNT_RO 1
extern GUESTFS_DLL_PUBLIC int guestfs_mount_ro (guestfs_h *g, const char *mountable, const char *mountpoint);

/* guestfs_mounts: show mounted filesystems
 *
 * List the devices mounted, in canonical names, in mount order.
 *
 * Returns: a NULL-terminated array of strings; the caller frees each
 * string and the array. NULL on error.
 */
#define GUESTFS_HAVE_MOUNTS 1
extern GUESTFS_DLL_PUBLIC char **guestfs_mounts (guestfs_h *g);

/* guestfs_mv: move a file
 *
 * Move a file or directory, like mv.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_MV 1
extern GUESTFS_DLL_PUBLIC int guestfs_mv (guestfs_h *g, const char *src, const char *dest);

/* guestfs_part_add: add a partition to the device
 *
 * Add a partition from sector startsect to endsect (inclusive; -1 means
 * the end of the disk minus what GPT needs). prlogex is p (or primary), l
 * (logical) or e (extended).
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_PART_ADD 1
extern GUESTFS_DLL_PUBLIC int guestfs_part_add (guestfs_h *g, const char *device, const char *prlogex, int64_t startsect, int64_t endsect);

/* guestfs_part_disk: partition whole disk with a single primary partition
 *
 * Create a partition table of type parttype with one partition covering
 * the whole disk.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_PART_DISK 1
extern GUESTFS_DLL_PUBLIC int guestfs_part_disk (guestfs_h *g, const char *device, const char *parttype);

/* guestfs_part_get_parttype: get the partition table type
 *
 * Return msdos or gpt (or another parted type name).
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_PART_GET_PARTTYPE 1
extern GUESTFS_DLL_PUBLIC char *guestfs_part_get_parttype (guestfs_h *g, const char *device);

/* guestfs_part_init: create an empty partition table
 *
 * Create an empty partition table of type parttype (msdos or mbr, gpt) on
 * device, destroying what was there.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_PART_INIT 1
extern GUESTFS_DLL_PUBLIC int guestfs_part_init (guestfs_h *g, const char *device, const char *parttype);

/* guestfs_part_list: list partitions on a device
 *
 * List the partitions of device: number, start, end and size in bytes.
 *
 * Returns: a list the caller frees with guestfs_free_partition_list, or
 * NULL on error.
 */
#define GUESTFS_HAVE_PART_LIST 1
extern GUESTFS_DLL_PUBLIC struct guestfs_partition_list *guestfs_part_list (guestfs_h *g, const char *device);

/* guestfs_ping_daemon: ping the guest daemon
 *
 * A no-op call that checks the daemon answers. Used to measure the round
 * trip.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_PING_DAEMON 1
extern GUESTFS_DLL_PUBLIC int guestfs_ping_daemon (guestfs_h *g);

/* guestfs_read_file: read a file
 *
 * Return the whole contents of a file as a buffer (any bytes). Files
 * bigger than the protocol's message limit fail; use guestfs_download for
 * them.
 *
 * Returns: a buffer of *size_r bytes the caller must free (not NUL-
 * terminated in general), or NULL on error.
 */
#define GUESTFS_HAVE_READ_FILE 1
extern GUESTFS_DLL_PUBLIC char *guestfs_read_file (guestfs_h *g, const char *path, size_t *size_r);

/* guestfs_read_lines: read file as lines
 *
 * Return the file's lines without their line endings (\n or \r\n). A final
 * line without an ending is included.
 *
 * Returns: a NULL-terminated array of strings; the caller frees each
 * string and the array. NULL on error.
 */
#define GUESTFS_HAVE_READ_LINES 1
extern GUESTFS_DLL_PUBLIC char **guestfs_read_lines (guestfs_h *g, const char *path);

/* guestfs_readdir: read directories entries
 *
 * Return every entry of a directory, . and .. included, with inode numbers
 * and types, in no set order.
 *
 * Returns: a list the caller frees with guestfs_free_dirent_list, or NULL
 * on error.
 */
#define GUESTFS_HAVE_READDIR 1
extern GUESTFS_DLL_PUBLIC struct guestfs_dirent_list *guestfs_readdir (guestfs_h *g, const char *dir);

/* guestfs_readlink: read the target of a symbolic link
 *
 * Return the target of a symbolic link.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_READLINK 1
extern GUESTFS_DLL_PUBLIC char *guestfs_readlink (guestfs_h *g, const char *path);

/* guestfs_rename: rename a file on the same filesystem
 *
 * Rename oldpath to newpath (one rename(2) call).
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_RENAME 1
extern GUESTFS_DLL_PUBLIC int guestfs_rename (guestfs_h *g, const char *oldpath, const char *newpath);

/* guestfs_rm: remove a file
 *
 * Remove a single file.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_RM 1
extern GUESTFS_DLL_PUBLIC int guestfs_rm (guestfs_h *g, const char *path);

/* guestfs_rm_rf: remove a file or directory recursively
 *
 * Remove a file or directory tree, like rm -rf; no error if it does not
 * exist.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_RM_RF 1
extern GUESTFS_DLL_PUBLIC int guestfs_rm_rf (guestfs_h *g, const char *path);

/* guestfs_rmdir: remove a directory
 *
 * Remove an empty directory.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_RMDIR 1
extern GUESTFS_DLL_PUBLIC int guestfs_rmdir (guestfs_h *g, const char *path);

/* guestfs_set_append: set extra kernel command line parameters
 *
 * Append these parameters to the appliance kernel's command line. NULL for
 * none.
 *
 * The default is taken from the environment variable LIBGUESTFS_APPEND
 * when the handle is created.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_APPEND 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_append (guestfs_h *g, const char *value);

/* guestfs_set_attach_method: set the backend
 *
 * Set the backend: appliance (also called direct) boots an appliance under
 * qemu; unix:PATH connects to a daemon listening on the Unix socket PATH.
 *
 * Returns: 0 on success, -1 on error.
 *
 * Deprecated: use guestfs_set_backend instead.
 */
#ifndef GUESTFS_NO_DEPRECATED
#define GUESTFS_HAVE_SET_ATTACH_METHOD 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_attach_method (guestfs_h *g, const char *attachmethod) GUESTFS_DEPRECATED_REPLACED_BY ("set_backend");
#endif

/* guestfs_set_autosync: set autosync mode
 *
 * When true, guestfs_umount_all and guestfs_sync run before the handle is
 * closed or shut down.
 *
 * Without it the value is true.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_AUTOSYNC 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_autosync (guestfs_h *g, int value);

/* guestfs_set_backend: set the backend
 *
 * Set the backend: appliance (also called direct) boots an appliance under
 * qemu; unix:PATH connects to a daemon listening on the Unix socket PATH.
 *
 * The default is taken from LIBGUESTFS_BACKEND (or the older
 * LIBGUESTFS_ATTACH_METHOD) when the handle is created.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_BACKEND 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_backend (guestfs_h *g, const char *backend);

/* guestfs_set_backend_settings: replace the backend settings
 *
 * Set backend-specific settings. Those understood are force_tcg (never use
 * KVM), force_kvm (use KVM without probing it, fail if it is missing) and
 * launch_timeout=SECONDS.
 *
 * The default is taken from LIBGUESTFS_BACKEND_SETTINGS (settings
 * separated by colons) when the handle is created.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_BACKEND_SETTINGS 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_backend_settings (guestfs_h *g, char *const *settings);

/* guestfs_set_cachedir: set the appliance cache directory
 *
 * Set the directory under which the built appliance is cached. The default
 * is $TMPDIR or /var/tmp.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_CACHEDIR 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_cachedir (guestfs_h *g, const char *cachedir);

/* guestfs_set_label: set filesystem label
 *
 * Set the label of the filesystem on mountable (ext2/3/4, xfs unmounted,
 * vfat).
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_LABEL 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_label (guestfs_h *g, const char *mountable, const char *label);

/* guestfs_set_memsize: set memory allocated to the hypervisor
 *
 * Set the appliance's memory in megabytes.
 *
 * The default is taken from the environment variable LIBGUESTFS_MEMSIZE
 * when the handle is created.
 *
 * Without it the value is 512.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_MEMSIZE 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_memsize (guestfs_h *g, int value);

/* guestfs_set_path: set the search path
 *
 * Set the directory in which the appliance (supermin.d, or a prebuilt
 * kernel, initrd and root) is found. NULL restores the default.
 *
 * The default is taken from the environment variable LIBGUESTFS_PATH when
 * the handle is created.
 *
 * Without it the value is the installed appliance directory.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_PATH 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_path (guestfs_h *g, const char *value);

/* guestfs_set_program: set the program name
 *
 * The program name, used in messages.
 *
 * Without it the value is the short name of the running program.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_PROGRAM 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_program (guestfs_h *g, const char *value);

/* guestfs_set_qemu: set the hypervisor binary
 *
 * Set the qemu binary to run. It may be a wrapper script, provided its
 * last command is exec qemu "$@". NULL restores the default.
 *
 * The default is taken from the environment variable LIBGUESTFS_QEMU when
 * the handle is created.
 *
 * Without it the value is qemu-system-x86_64 on the PATH.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_QEMU 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_qemu (guestfs_h *g, const char *value);

/* guestfs_set_recovery_proc: set enable or disable the recovery process
 *
 * When true, launch also forks a small watchdog process that kills qemu if
 * the program dies without closing the handle (even by SIGKILL). Turn it
 * off only if something else reaps qemu.
 *
 * Without it the value is true.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_RECOVERY_PROC 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_recovery_proc (guestfs_h *g, int value);

/* guestfs_set_smp: set number of virtual CPUs
 *
 * Set the appliance's number of virtual CPUs.
 *
 * Without it the value is 1.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_SMP 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_smp (guestfs_h *g, int value);

/* guestfs_set_tmpdir: set the temporary directory
 *
 * Set the directory for temporary files (sockets, overlays). The default
 * is $TMPDIR or /tmp.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_TMPDIR 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_tmpdir (guestfs_h *g, const char *tmpdir);

/* guestfs_set_trace: set command trace
 *
 * Trace every API call and its result as GUESTFS_EVENT_TRACE messages;
 * with no callback registered they go to stderr.
 *
 * The default is taken from the environment variable LIBGUESTFS_TRACE=1
 * when the handle is created.
 *
 * Without it the value is false.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_TRACE 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_trace (guestfs_h *g, int value);

/* guestfs_set_verbose: set verbose messages
 *
 * Turn on debug messages from the library and the appliance
 * (GUESTFS_EVENT_LIBRARY and GUESTFS_EVENT_APPLIANCE); with no callback
 * registered they go to stderr.
 *
 * The default is taken from the environment variable LIBGUESTFS_DEBUG=1
 * when the handle is created.
 *
 * Without it the value is false.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SET_VERBOSE 1
extern GUESTFS_DLL_PUBLIC int guestfs_set_verbose (guestfs_h *g, int value);

/* guestfs_sh: run a command via the shell
 *
 * Run command through /bin/sh -c chrooted into the mounted guest
 * filesystem; see guestfs_command.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_SH 1
extern GUESTFS_DLL_PUBLIC char *guestfs_sh (guestfs_h *g, const char *command);

/* guestfs_shutdown: shut down the backend
 *
 * Sync the disks and stop the appliance cleanly, then wait for qemu to
 * exit. Errors from the sync or from qemu's exit status are reported.
 * Calling it in the CONFIG state does nothing. The handle returns to
 * CONFIG and may be launched again.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SHUTDOWN 1
extern GUESTFS_DLL_PUBLIC int guestfs_shutdown (guestfs_h *g);

/* guestfs_stat: get file information
 *
 * Return the stat(2) information of path, following symlinks.
 *
 * Returns: a struct the caller frees with guestfs_free_stat, or NULL on
 * error.
 *
 * Deprecated: use guestfs_statns instead.
 */
#ifndef GUESTFS_NO_DEPRECATED
#define GUESTFS_HAVE_STAT 1
extern GUESTFS_DLL_PUBLIC struct guestfs_stat *guestfs_stat (guestfs_h *g, const char *path) GUESTFS_DEPRECATED_REPLACED_BY ("statns");
#endif

/* guestfs_statns: get file information
 *
 * Return the stat(2) information of path with nanosecond timestamps,
 * following symlinks.
 *
 * Returns: a struct the caller frees with guestfs_free_statns, or NULL on
 * error.
 */
#define GUESTFS_HAVE_STATNS 1
extern GUESTFS_DLL_PUBLIC struct guestfs_statns *guestfs_statns (guestfs_h *g, const char *path);

/* guestfs_statvfs: get file system statistics
 *
 * Return the statvfs(3) information of the filesystem holding path.
 *
 * Returns: a struct the caller frees with guestfs_free_statvfs, or NULL on
 * error.
 */
#define GUESTFS_HAVE_STATVFS 1
extern GUESTFS_DLL_PUBLIC struct guestfs_statvfs *guestfs_statvfs (guestfs_h *g, const char *path);

/* guestfs_sync: sync disks, writes are flushed through
 *
 * Flush all writes to the disks.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_SYNC 1
extern GUESTFS_DLL_PUBLIC int guestfs_sync (guestfs_h *g);

/* guestfs_tail: return last 10 lines of a file
 *
 * Return the last 10 lines of a file.
 *
 * Returns: a NULL-terminated array of strings; the caller frees each
 * string and the array. NULL on error.
 */
#define GUESTFS_HAVE_TAIL 1
extern GUESTFS_DLL_PUBLIC char **guestfs_tail (guestfs_h *g, const char *path);

/* guestfs_tar_in: unpack tarfile to directory
 *
 * Unpack the local tar file tarfile into directory. compress is compress,
 * gzip, bzip2, xz, lzop or zstd, or unset for an uncompressed tar.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_TAR_IN 1
extern GUESTFS_DLL_PUBLIC int guestfs_tar_in (guestfs_h *g, const char *tarfile, const char *directory);
#define GUESTFS_HAVE_TAR_IN_OPTS 1
#define GUESTFS_TAR_IN_OPTS_COMPRESS 0
#define GUESTFS_TAR_IN_OPTS_XATTRS 1
#define GUESTFS_TAR_IN_OPTS_SELINUX 2
#define GUESTFS_TAR_IN_OPTS_ACLS 3
extern GUESTFS_DLL_PUBLIC int guestfs_tar_in_opts (guestfs_h *g, const char *tarfile, const char *directory, ...);
extern GUESTFS_DLL_PUBLIC int guestfs_tar_in_opts_va (guestfs_h *g, const char *tarfile, const char *directory, va_list args);
struct guestfs_tar_in_opts_argv {
  uint64_t bitmask;
# define GUESTFS_TAR_IN_OPTS_COMPRESS_BITMASK (UINT64_C(1)<<0)
  const char *compress;
# define GUESTFS_TAR_IN_OPTS_XATTRS_BITMASK (UINT64_C(1)<<1)
  int xattrs;
# define GUESTFS_TAR_IN_OPTS_SELINUX_BITMASK (UINT64_C(1)<<2)
  int selinux;
# define GUESTFS_TAR_IN_OPTS_ACLS_BITMASK (UINT64_C(1)<<3)
  int acls;
};
extern GUESTFS_DLL_PUBLIC int guestfs_tar_in_opts_argv (guestfs_h *g, const char *tarfile, const char *directory, const struct guestfs_tar_in_opts_argv *optargs);

/* guestfs_tar_out: pack directory into tarfile
 *
 * Pack directory into the local tar file tarfile, compressed as compress
 * says (see guestfs_tar_in). excludes lists glob patterns to leave out;
 * numericowner stores numbers rather than names.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_TAR_OUT 1
extern GUESTFS_DLL_PUBLIC int guestfs_tar_out (guestfs_h *g, const char *directory, const char *tarfile);
#define GUESTFS_HAVE_TAR_OUT_OPTS 1
#define GUESTFS_TAR_OUT_OPTS_COMPRESS 0
#define GUESTFS_TAR_OUT_OPTS_NUMERICOWNER 1
#define GUESTFS_TAR_OUT_OPTS_EXCLUDES 2
#define GUESTFS_TAR_OUT_OPTS_XATTRS 3
#define GUESTFS_TAR_OUT_OPTS_SELINUX 4
#define GUESTFS_TAR_OUT_OPTS_ACLS 5
extern GUESTFS_DLL_PUBLIC int guestfs_tar_out_opts (guestfs_h *g, const char *directory, const char *tarfile, ...);
extern GUESTFS_DLL_PUBLIC int guestfs_tar_out_opts_va (guestfs_h *g, const char *directory, const char *tarfile, va_list args);
struct guestfs_tar_out_opts_argv {
  uint64_t bitmask;
# define GUESTFS_TAR_OUT_OPTS_COMPRESS_BITMASK (UINT64_C(1)<<0)
  const char *compress;
# define GUESTFS_TAR_OUT_OPTS_NUMERICOWNER_BITMASK (UINT64_C(1)<<1)
  int numericowner;
# define GUESTFS_TAR_OUT_OPTS_EXCLUDES_BITMASK (UINT64_C(1)<<2)
  char *const *excludes;
# define GUESTFS_TAR_OUT_OPTS_XATTRS_BITMASK (UINT64_C(1)<<3)
  int xattrs;
# define GUESTFS_TAR_OUT_OPTS_SELINUX_BITMASK (UINT64_C(1)<<4)
  int selinux;
# define GUESTFS_TAR_OUT_OPTS_ACLS_BITMASK (UINT64_C(1)<<5)
  int acls;
};
extern GUESTFS_DLL_PUBLIC int guestfs_tar_out_opts_argv (guestfs_h *g, const char *directory, const char *tarfile, const struct guestfs_tar_out_opts_argv *optargs);

/* guestfs_touch: update file timestamps or create a new file
 *
 * Create an empty file or update its timestamps.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_TOUCH 1
extern GUESTFS_DLL_PUBLIC int guestfs_touch (guestfs_h *g, const char *path);

/* guestfs_umount: unmount a filesystem
 *
 * Unmount the filesystem mounted at, or from, pathordevice.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_UMOUNT 1
extern GUESTFS_DLL_PUBLIC int guestfs_umount (guestfs_h *g, const char *pathordevice);
#define GUESTFS_HAVE_UMOUNT_OPTS 1
#define GUESTFS_UMOUNT_OPTS_FORCE 0
#define GUESTFS_UMOUNT_OPTS_LAZYUNMOUNT 1
extern GUESTFS_DLL_PUBLIC int guestfs_umount_opts (guestfs_h *g, const char *pathordevice, ...);
extern GUESTFS_DLL_PUBLIC int guestfs_umount_opts_va (guestfs_h *g, const char *pathordevice, va_list args);
struct guestfs_umount_opts_argv {
  uint64_t bitmask;
# define GUESTFS_UMOUNT_OPTS_FORCE_BITMASK (UINT64_C(1)<<0)
  int force;
# define GUESTFS_UMOUNT_OPTS_LAZYUNMOUNT_BITMASK (UINT64_C(1)<<1)
  int lazyunmount;
};
extern GUESTFS_DLL_PUBLIC int guestfs_umount_opts_argv (guestfs_h *g, const char *pathordevice, const struct guestfs_umount_opts_argv *optargs);

/* guestfs_umount_all: unmount all filesystems
 *
 * Unmount every mounted filesystem, innermost first.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_UMOUNT_ALL 1
extern GUESTFS_DLL_PUBLIC int guestfs_umount_all (guestfs_h *g);

/* guestfs_upload: upload a file from the local machine
 *
 * Copy the local file filename (- for standard input) to remotefilename in
 * the appliance. Sends progress events.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_UPLOAD 1
extern GUESTFS_DLL_PUBLIC int guestfs_upload (guestfs_h *g, const char *filename, const char *remotefilename);

/* guestfs_version: get the library version number
 *
 * Return the library's version: major, minor, release and extra.
 *
 * Returns: a struct the caller frees with guestfs_free_version, or NULL on
 * error.
 */
#define GUESTFS_HAVE_VERSION 1
extern GUESTFS_DLL_PUBLIC struct guestfs_version *guestfs_version (guestfs_h *g);

/* guestfs_vfs_label: get the filesystem label
 *
 * Return the filesystem label, or the empty string.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_VFS_LABEL 1
extern GUESTFS_DLL_PUBLIC char *guestfs_vfs_label (guestfs_h *g, const char *mountable);

/* guestfs_vfs_type: get the Linux VFS type corresponding to a mounted
 * device
 *
 * Return the filesystem type of mountable as blkid sees it, e.g. ext2,
 * xfs, vfat, or the empty string if nothing is recognised.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_VFS_TYPE 1
extern GUESTFS_DLL_PUBLIC char *guestfs_vfs_type (guestfs_h *g, const char *mountable);

/* guestfs_vfs_uuid: get the filesystem UUID
 *
 * Return the filesystem UUID, or the empty string.
 *
 * Returns: a string the caller must free, or NULL on error.
 */
#define GUESTFS_HAVE_VFS_UUID 1
extern GUESTFS_DLL_PUBLIC char *guestfs_vfs_uuid (guestfs_h *g, const char *mountable);

/* guestfs_write: create a new file
 *
 * Create or truncate path and write content to it. content may hold any
 * bytes, NULs included.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_WRITE 1
extern GUESTFS_DLL_PUBLIC int guestfs_write (guestfs_h *g, const char *path, const char *content, size_t content_size);

/* guestfs_write_append: append content to end of file
 *
 * Append content to path, creating it if needed.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_WRITE_APPEND 1
extern GUESTFS_DLL_PUBLIC int guestfs_write_append (guestfs_h *g, const char *path, const char *content, size_t content_size);

/* guestfs_zero: write zeroes to the device
 *
 * Zero the first few blocks of device, enough to wipe any filesystem or
 * partition table signature.
 *
 * Returns: 0 on success, -1 on error.
 */
#define GUESTFS_HAVE_ZERO 1
extern GUESTFS_DLL_PUBLIC int guestfs_zero (guestfs_h *g, const char *device);


#ifdef __cplusplus
}
#endif

#endif /* GUESTFS_H_ */
