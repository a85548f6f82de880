/* GENERATED FILE: do not edit.
 * Made by generator/daemon.py from generator/api.py;
 * change those and run 'make -C generator' (or just 'make').
 */

#ifndef GUESTFSD_ACTIONS_H
#define GUESTFSD_ACTIONS_H

#include <stdint.h>
#include <stddef.h>
#include "guestfs_protocol.h"

/* Each do_NAME is written by hand in a daemon/ source file.
 * On failure it has already sent the error with reply_with_error() or
 * reply_with_perror() and returns -1 (or NULL).  It returns what
 * the stub encodes and then frees (strings and lists malloc'd).
 * Device arguments arrive already translated to the appliance's
 * names; Pathname arguments are checked absolute and are
 * resolved inside the sysroot (sysroot_open() and friends in
 * daemon/path.c).  The optional
 * arguments actually given are in optargs_bitmask.  A FileIn
 * action must consume the whole stream (receive_file, or
 * cancel_receive before failing); a FileOut action must end its
 * stream (send_file_end) before it returns, success or not.
 */
extern int do_ping_daemon (void);
extern char **do_list_devices (void);
extern char **do_list_partitions (void);
extern char **do_list_filesystems (void);
extern int64_t do_blockdev_getsize64 (const char *device);
extern int do_blockdev_getss (const char *device);
extern int do_part_init (const char *device, const char *parttype);
extern int do_part_add (const char *device, const char *prlogex, int64_t startsect, int64_t endsect);
extern int do_part_disk (const char *device, const char *parttype);
extern struct guestfs_int_partition_list *do_part_list (const char *device);
extern char *do_part_get_parttype (const char *device);
extern int do_mkfs (const char *fstype, const char *device, int blocksize, const char *features, int inode, int sectorsize, const char *label);
extern int do_mount (const char *mountable, const char *mountpoint);
extern int do_mount_ro (const char *mountable, const char *mountpoint);
extern int do_mount_options (const char *options, const char *mountable, const char *mountpoint);
extern int do_umount (const char *pathordevice, int force, int lazyunmount);
extern int do_umount_all (void);
extern char **do_mounts (void);
extern int do_sync (void);
extern int do_touch (const char *path);
extern int do_mkdir (const char *path);
extern int do_mkdir_p (const char *path);
extern int do_rmdir (const char *path);
extern int do_rm (const char *path);
extern int do_rm_rf (const char *path);
extern int do_rename (const char *oldpath, const char *newpath);
extern int do_cp (const char *src, const char *dest);
extern int do_cp_a (const char *src, const char *dest);
extern int do_mv (const char *src, const char *dest);
extern int do_ln_s (const char *target, const char *linkname);
extern char *do_readlink (const char *path);
extern int do_chmod (int mode, const char *path);
extern int do_chown (int owner, int group, const char *path);
extern int do_write (const char *path, const char *content, size_t content_size);
extern int do_write_append (const char *path, const char *content, size_t content_size);
extern char *do_read_file (const char *path, size_t *size_r);
extern char *do_cat (const char *path);
extern char **do_head (const char *path);
extern char **do_tail (const char *path);
extern char **do_read_lines (const char *path);
extern int do_upload (const char *remotefilename);
extern int do_download (const char *remotefilename);
extern int do_tar_in (const char *directory, const char *compress, int xattrs, int selinux, int acls);
extern int do_tar_out (const char *directory, const char *compress, int numericowner, char *const *excludes, int xattrs, int selinux, int acls);
extern char **do_ls (const char *directory);
extern char *do_ll (const char *directory);
extern struct guestfs_int_dirent_list *do_readdir (const char *dir);
extern struct guestfs_int_stat *do_stat (const char *path);
extern struct guestfs_int_stat *do_lstat (const char *path);
extern struct guestfs_int_statns *do_statns (const char *path);
extern struct guestfs_int_statns *do_lstatns (const char *path);
extern int do_exists (const char *path);
extern int do_is_file (const char *path, int followsymlinks);
extern int do_is_dir (const char *path, int followsymlinks);
extern int do_is_symlink (const char *path);
extern int64_t do_filesize (const char *file);
extern char *do_df (void);
extern struct guestfs_int_statvfs *do_statvfs (const char *path);
extern char *do_vfs_type (const char *mountable);
extern char *do_vfs_label (const char *mountable);
extern char *do_vfs_uuid (const char *mountable);
extern int do_set_label (const char *mountable, const char *label);
extern char *do_checksum (const char *csumtype, const char *path);
extern int do_fill (int c, int len, const char *path);
extern int do_zero (const char *device);
extern int do_dd (const char *src, const char *dest);
extern char *do_command (char *const *arguments);
extern char *do_sh (const char *command);
extern char *do_debug (const char *subcmd, char *const *extraargs);
extern int do_blockdev_rereadpt (const char *device);

#endif
