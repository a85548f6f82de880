/* guestfsd's internal interfaces.  The generated stubs.c uses the names
 * in the first part; the comment above each group names its file.
 */

#ifndef GUESTFSD_DAEMON_H
#define GUESTFSD_DAEMON_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <rpc/types.h>
#include <rpc/xdr.h>

#include "guestfs-common.h"
#include "guestfs_protocol.h"

/* ---- Used by the generated stubs ---- */

/* The optional arguments present in the call being handled (proto.c). */
extern uint64_t optargs_bitmask;

/* Replies (proto.c).  Exactly one reply per call: either reply() or one
 * of the reply_with_* functions.
 */
extern void reply (xdrproc_t xdrp, char *ret);
extern void reply_with_error_errno (int err, const char *fs, ...)
    __attribute__ ((format (printf, 2, 3)));
#define reply_with_error(...) reply_with_error_errno (0, __VA_ARGS__)
/* Appends ": strerror(errno)" to the message, sends errno. */
extern void reply_with_perror_errno (int err, const char *fs, ...)
    __attribute__ ((format (printf, 2, 3)));
#define reply_with_perror(...) reply_with_perror_errno (errno, __VA_ARGS__)

/* Generated in stubs.c. */
extern void dispatch_incoming_message (int proc_nr, XDR *xdr_in);
/* Whether a procedure streams a file: FileIn, FileOut or neither. */
enum file_transfer
{
  FILE_TRANSFER_NONE,
  FILE_TRANSFER_IN,
  FILE_TRANSFER_OUT,
};
extern enum file_transfer proc_file_transfer (int proc_nr);

/* Argument checks (args.c).  Each replies with an error and returns -1
 * or NULL on bad input; cancel_file_in: drain the FileIn stream the
 * library is about to send first (cancel_receive), so the connection
 * stays in step.
 */
extern int check_pathname (const char *argname, const char *path,
                           int cancel_file_in);
/* Translate a canonical /dev/sdX name to the appliance's device; the
 * result is malloc'd.
 */
extern char *resolve_device (const char *argname, const char *device,
                             int cancel_file_in);
/* Every device of a DeviceList, as resolve_device: a NULL-terminated
 * list of malloc'd strings.
 */
extern char **resolve_device_list (const char *argname,
                                   guestfs_int_str_list *l,
                                   int cancel_file_in);
/* A device (as resolve_device) or an absolute path (returned as is,
 * copied).
 */
extern char *resolve_device_or_path (const char *argname, const char *s,
                                     int cancel_file_in);
/* A Mountable: a device as resolve_device, or
 * btrfsvol:DEVICE/SUBVOLUME with the appliance's name of the device.
 */
extern char *resolve_mountable (const char *argname, const char *s,
                                int cancel_file_in);
/* A Mountable (as resolve_mountable) or an absolute path (a copy). */
extern char *resolve_mountable_or_path (const char *argname, const char *s,
                                        int cancel_file_in);
/* A NULL-terminated array pointing at the strings of l (which stays the
 * owner of the strings); NULL after replying with an error.
 */
extern char **take_stringsbuf (guestfs_int_str_list *l);

/* File transfers (proto.c). */
/* Drain and discard the FileIn stream of the current call. */
extern int cancel_receive (void);

/* ---- The rest of the daemon ---- */

/* main.c */
/* Mount the pseudo-filesystems as the appliance's /init (init.c). */
extern void init_appliance (void);
/* network.c: bring up the appliance network when the kernel command
 * line asks for it (guestfs_network=1, seen by init_appliance);
 * network_up says it is, and /etc/resolv.conf names its DNS forwarder.
 */
extern bool network_requested;
extern void start_network (void);
extern bool network_up;
extern bool verbose;
/* --listen: running on the host for tests; never touch a block device. */
extern bool host_mode;
/* The directory guest filesystems are mounted on: absolute, resolved,
 * no trailing slash.
 */
extern const char *sysroot;
extern void debug_msg (const char *fs, ...)
    __attribute__ ((format (printf, 1, 2)));

/* proto.c */
/* Run one session on fd (send the launch flag, serve calls) until EOF
 * or a fatal protocol error.  Does not close fd.
 */
extern void serve_connection (int fd);
/* The connection failed during this call: long jobs may stop early
 * (their reply is dropped anyway).
 */
extern bool connection_lost (void);
/* FileIn: pass each chunk of the stream to cb (which returns -1 with
 * errno set to stop).  Returns 0 at the end of the stream; -1 if cb
 * failed or the connection broke (errno set; the rest of the stream
 * has been drained); -2 if the library cancelled.  The caller then
 * replies, as always.
 */
typedef int (*receive_cb) (void *opaque, const char *buf, size_t len);
extern int receive_file (receive_cb cb, void *opaque);
/* (transfer.c) A receive_cb writing to the fd *opaque, with pulse
 * progress.
 */
extern int receive_to_fd (void *opaque, const char *buf, size_t len);
/* FileOut: send data as chunks.  -1 with errno EINTR if the library
 * cancelled, or another errno if the connection broke; the stream has
 * then been ended already.
 */
extern int send_file_write (const void *buf, size_t len);
/* End the FileOut stream: cancel = 1 if the transfer failed.  Does
 * nothing if it is ended already.
 */
extern int send_file_end (int cancel);
/* Progress of the current call, rate-limited as docs/protocol.md says;
 * the final position == total goes out with a successful reply.  A
 * position past total is sent as pulse mode.
 */
extern void notify_progress (uint64_t position, uint64_t total);
/* For work of unknown length: position 0 of total 1. */
extern void notify_progress_pulse (void);

/* path.c: guest paths are resolved inside the sysroot as if it were
 * the root directory (symlinks and ".." cannot leave it).
 */
/* Opening a guest file to read it: never take a terminal. */
#define READ_FLAGS (O_RDONLY | O_NOCTTY)
/* openat2 of path inside the sysroot; -1 with errno on failure.  The
 * open itself never waits on a FIFO (one nobody reads fails with ENXIO,
 * one nobody writes reads as empty); I/O on the result blocks as usual
 * unless flags has O_NONBLOCK.
 */
extern int sysroot_open (const char *path, int flags, mode_t mode);
/* The directory holding the last component of path (O_PATH), and that
 * component in *name_r (malloc'd).  A path naming the sysroot itself,
 * or ending in "." or "..", gives that directory and the name ".".
 */
extern int sysroot_open_parent (const char *path, char **name_r);
/* "/proc/self/fd/N": a path for fd that external programs (and
 * syscalls without an *at form) can use.
 */
#define FD_PATH_MAX 32
extern void fd_path (char buf[FD_PATH_MAX], int fd);
/* Where fd (resolved safely inside the sysroot) really is, as an
 * absolute path in the daemon's view, for programs that need a path
 * (malloc'd; NULL with errno set).
 */
extern char *fd_realpath (int fd);

/* A Dev_or_Path argument (as resolve_device_or_path left it): a device
 * opened as it is (O_CREAT and O_TRUNC dropped), a path in the sysroot
 * (created 0666 with O_CREAT); opening never waits, as sysroot_open.
 */
extern int open_dev_or_path (const char *s, int flags);
/* The size of a file or block device. */
extern int file_size (int fd, uint64_t *size);

/* utils.c */
/* A growing NULL-terminated string list (a do_ function's RStringList
 * result).  The add functions reply with an error and return -1 on
 * failure; the list is then freed.
 */
struct stringsbuf
{
  char **argv;
  size_t size; /* strings, not counting the NULL */
  size_t alloc;
};
#define STRINGSBUF_INIT                                                       \
  {                                                                           \
    NULL, 0, 0                                                                \
  }
extern int add_string (struct stringsbuf *sb, const char *str);
extern int add_string_nodup (struct stringsbuf *sb, char *str);
/* Add the terminating NULL and hand the list over. */
extern char **end_stringsbuf (struct stringsbuf *sb);
extern void free_stringsbuf (struct stringsbuf *sb);
extern int compare_strings (const void *a, const void *b);
/* Read all of fd; *size_r excludes the NUL appended.  NULL with errno
 * set on failure, EFBIG past max bytes.
 */
extern char *read_whole_fd (int fd, size_t max, size_t *size_r);
/* Remove trailing newlines and spaces in place. */
extern void trim_end (char *s);
/* strtoll of all of s, in [lo, hi]; -1 (EINVAL/ERANGE) otherwise. */
extern int parse_int64 (const char *s, int64_t lo, int64_t hi, int64_t *r);
extern int64_t monotonic_ns (void);
/* uuid is a UUID (or GUID) written XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX
 * in hex digits of either case.
 */
extern bool valid_uuid (const char *uuid);
/* ext2.c: something (a mount) holds the block device. */
extern bool device_in_use (const char *device);
/* An executable name in $PATH (optional groups: is the tool there?). */
extern bool program_available (const char *name);
/* A file holding the len bytes of s, at offset 0 (a command's stdin);
 * -1 with errno set.
 */
extern int string_fd (const char *s, size_t len);

/* command.c: run external programs (no shell).  stdin is /dev/null
 * unless stdin_fd is set; stdout and stderr are captured.
 */
struct command
{
  const char *const *argv;
  int stdin_fd;  /* -1: /dev/null */
  int stdout_fd; /* -1: captured (run_command), /dev/null (start) */
  int cwd_fd;    /* -1: the daemon's own */
  bool chroot;   /* run in the sysroot as its root */
  /* Run confined to the guest, in this guest directory; the program's
   * path arguments must then be guest_relative (confine.c).
   */
  const char *guest_dir;
};
#define COMMAND_INIT(argv)                                                    \
  {                                                                           \
    (argv), -1, -1, -1, false, NULL                                           \
  }
/* Run and wait.  Returns the exit status (0-255), or -1 if the program
 * could not run, was killed or wrote more than the protocol can carry;
 * *err_r then says why.  *out_r (may be NULL) gets stdout as it is,
 * *err_r (may be NULL) stderr trimmed at the end, both malloc'd.
 */
extern int run_command (const struct command *cmd, char **out_r, char **err_r);
/* run_command of a NULL-terminated argv. */
extern int command (char **out_r, char **err_r, const char *argv0, ...)
    __attribute__ ((sentinel));
/* For pipelines: start, then wait.  *pid_r and *errfd_r hold the child
 * and the file capturing its stderr.
 */
extern int start_command (const struct command *cmd, pid_t *pid_r,
                          int *errfd_r);
extern int wait_command (pid_t pid, int errfd, const char *argv0,
                         char **err_r);
/* The message for a command that failed: "prefix: " (unless prefix is
 * NULL), then its stderr, or how it ended.
 */
extern void reply_command_error (const char *prefix, int status,
                                 const char *argv0, const char *err);

/* confine.c: in the child before exec, for a command's guest_dir: set
 * up the confinement and the environment to exec with; -1 after
 * saying why on stderr.
 */
extern int confine_to_guest (const char *dir, char ***envp_r);
/* A guest path as a confined program takes it: relative to "/". */
extern const char *guest_relative (const char *path);

/* devices.c: block devices as the appliance sees them, in the order the
 * library added the drives; the appliance's own root disk is left out.
 * Canonical names are /dev/sda, /dev/sdb, ... whatever the kernel says.
 */
struct disk
{
  char name[32]; /* kernel name: "sda", "vdb" */
};
/* The guest disks in order; NULL with errno set on failure. */
extern struct disk *list_disks (size_t *n_r);
/* The appliance's device path (malloc'd) for a device name a caller
 * gave: /dev/sdX[N], or /dev/vdX[N] and /dev/hdX[N] meaning the same
 * disk; or any other block device that is not the appliance's own.
 * NULL with errno ENOENT (no such device), ENOTBLK or another.
 */
extern char *appliance_device_name (const char *device);
/* The canonical name (malloc'd) of an appliance device path such as
 * /dev/vdb1, or a copy of it if it is not one of the guest disks.
 */
extern char *canonical_device_name (const char *dev);
/* The partition numbers of a disk, sorted; -1 with errno on error. */
extern int list_partition_numbers (const char *disk, int **nums_r,
                                   size_t *n_r);
/* The kernel name of partition n of disk ("sda1", "nvme0n1p1"). */
extern void partition_name (char *buf, size_t len, const char *disk, int n);
extern bool is_device_arg (const char *s);
/* The appliance's own root disk or one of its partitions (an appliance
 * device path such as blkid prints).
 */
extern bool is_appliance_root_device (const char *dev);

/* labels.c */
/* A blkid tag (TYPE, LABEL, UUID) of dev: malloc'd, "" if the device
 * has none; NULL after replying with an error.
 */
extern char *get_blkid_tag (const char *dev, const char *tag);
/* label can be an xfs label (replies with an error naming mountable
 * if not).
 */
extern bool valid_xfs_label (const char *mountable, const char *label);

/* lvm.c */
/* The /dev/VG/LV name (malloc'd) of dev if it is a /dev/mapper or
 * /dev/dm-N name of a logical volume; NULL otherwise.
 */
extern char *lvm_canonical_name (const char *dev);
/* Activate the volume groups the disks hold, the first time it is
 * called (libguestfs has them active from the launch): true if it did
 * just now.
 */
extern bool lvm_first_activation (void);
/* True if path is /dev/VG, the directory of a volume group with
 * active logical volumes.
 */
extern bool lvm_is_vg_dir (const char *path);
/* Add the active logical volumes (/dev/VG/LV, sorted) to sb; -1 after
 * replying with an error.
 */
extern int lvm_add_filesystem_candidates (struct stringsbuf *sb);

/* parted.c */
/* The partition table type of device as parted names it ("msdos",
 * "gpt"); NULL after replying with an error.
 */
extern char *partition_table_type (const char *device);
/* Replies with an error and returns -1 unless partnum >= 1. */
extern int check_partnum (int partnum);

/* disk-labels.c: the appliance device (malloc'd) that "LABEL[N]" in
 * /dev/disk/guestfs/LABEL[N] stands for (see add_drive's label); NULL
 * with errno ENOENT if there is none.
 */
#define DISK_LABEL_DIR "/dev/disk/guestfs/"
extern char *disk_label_device (const char *name);

/* optgroups.c */
/* The kernel module is there, loaded now if need be (never in host
 * mode: only if the host has it already).
 */
extern bool load_module (const char *name);

/* luks.c, md.c: list_filesystems's candidates (labels.c) include the
 * open encrypted devices (/dev/mapper/NAME) and the running MD arrays
 * (/dev/mdN), sorted.  -1 after replying with an error; sb is then
 * freed.
 */
extern int add_crypt_devices (struct stringsbuf *sb);
extern int add_md_devices (struct stringsbuf *sb);
/* Assemble the arrays the disks hold, the first time it is called
 * (libguestfs has them running from the launch): true if it did just
 * now.
 */
extern bool md_first_assembly (void);
/* The device (/dev/sda1) is a member of a running MD array. */
extern bool is_md_member (const char *dev);

/* args.c: split a resolved Mountable into its device (*device_r,
 * malloc'd) and btrfs subvolume (*volume_r, pointing into mountable;
 * NULL for a plain device).  -1 with errno on failure.
 */
extern int split_mountable (const char *mountable, char **device_r,
                            const char **volume_r);

/* btrfs.c */
/* Before mounting device: if it holds btrfs, make the kernel find all
 * the devices of its filesystem.
 */
extern void btrfs_prepare_mount (const char *device);
/* set_label of the btrfs filesystem holding mountable, mounted or not.
 * -1 after replying with an error.
 */
extern int btrfs_set_label (const char *mountable, const char *label);
/* list_filesystems: add "btrfsvol:DEVICE/SUBVOLUME", "btrfs" for each
 * subvolume of the btrfs filesystem on device (appliance name) but its
 * default one.  -1 after replying with an error.
 */
extern int btrfs_add_subvolumes (struct stringsbuf *sb, const char *device);

/* mount.c */
/* Flush writes: everything in the appliance, the sysroot's filesystem
 * in host mode.
 */
extern int sync_disks (void);

/* ldm.c: add the Windows dynamic disk volumes and partitions (mapping
 * them the first time) to the devices list_filesystems looks at; -1
 * after replying with an error (sb is then freed).
 */
extern int ldm_filesystem_candidates (struct stringsbuf *sb);
/* For a /dev/mapper/ldm_* device that does not exist: map the volumes
 * if that was not done yet (true: it was tried now).  errno is kept.
 */
extern bool ldm_map_on_demand (const char *device);

#endif /* GUESTFSD_DAEMON_H */
