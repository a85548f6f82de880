/* GENERATED FILE: do not edit.
 * Made by generator/protocol.py from generator/api.py;
 * change those and run 'make -C generator' (or just 'make').
 */

#ifndef GUESTFS_PROTOCOL_H
#define GUESTFS_PROTOCOL_H

#include <stdint.h>
#include <rpc/types.h>
#include <rpc/xdr.h>

/* program number in every header */
#define GUESTFS_PROGRAM 0x2000F5F5
/* version in every header */
#define GUESTFS_PROTOCOL_VERSION 4
/* the daemon's first word: it is up */
#define GUESTFS_LAUNCH_FLAG 0xf5f55ff5
/* in place of a length word: the receiver cancels a file transfer */
#define GUESTFS_CANCEL_FLAG 0xffffeeee
/* in place of a length word: a progress message follows */
#define GUESTFS_PROGRESS_FLAG 0xffff5555
/* largest message (after the length word) either side accepts */
#define GUESTFS_MESSAGE_MAX (4 * 1024 * 1024)
/* largest data part of a file chunk */
#define GUESTFS_MAX_CHUNK_SIZE (1024 * 1024)
/* longest error message */
#define GUESTFS_ERROR_LEN (64 * 1024)
/* bytes of an encoded progress message after its flag word */
#define GUESTFS_PROGRESS_SIZE 24

enum guestfs_message_direction {
  GUESTFS_DIRECTION_CALL = 0,
  GUESTFS_DIRECTION_REPLY = 1,
};

enum guestfs_message_status {
  GUESTFS_STATUS_OK = 0,
  GUESTFS_STATUS_ERROR = 1,
};

/* Variable-length arrays as XDR sees them. */
typedef struct {
  u_int len;
  char **val;
} guestfs_int_str_list;
extern bool_t xdr_guestfs_int_str_list (XDR *xdrs, guestfs_int_str_list *objp);

typedef struct {
  u_int len;
  char *val;
} guestfs_int_buffer;
extern bool_t xdr_guestfs_int_buffer (XDR *xdrs, guestfs_int_buffer *objp);

struct guestfs_message_header {
  uint32_t prog;
  uint32_t vers;
  int32_t proc;
  int32_t direction;
  uint32_t serial;
  uint32_t progress_hint;
  uint64_t optargs_bitmask;
  int32_t status;
};
extern bool_t xdr_guestfs_message_header (XDR *xdrs, struct guestfs_message_header *objp);

struct guestfs_message_error {
  char *errno_string;
  char *error_message;
};
extern bool_t xdr_guestfs_message_error (XDR *xdrs, struct guestfs_message_error *objp);

struct guestfs_chunk {
  int32_t cancel;
  guestfs_int_buffer data;
};
extern bool_t xdr_guestfs_chunk (XDR *xdrs, struct guestfs_chunk *objp);

struct guestfs_progress {
  int32_t proc;
  uint32_t serial;
  uint64_t position;
  uint64_t total;
};
extern bool_t xdr_guestfs_progress (XDR *xdrs, struct guestfs_progress *objp);

struct guestfs_int_int_bool {
  int32_t i;
  int32_t b;
};
extern bool_t xdr_guestfs_int_int_bool (XDR *xdrs, struct guestfs_int_int_bool *objp);

struct guestfs_int_int_bool_list {
  u_int len;
  struct guestfs_int_int_bool *val;
};
extern bool_t xdr_guestfs_int_int_bool_list (XDR *xdrs, struct guestfs_int_int_bool_list *objp);

struct guestfs_int_version {
  int64_t major;
  int64_t minor;
  int64_t release;
  char *extra;
};
extern bool_t xdr_guestfs_int_version (XDR *xdrs, struct guestfs_int_version *objp);

struct guestfs_int_version_list {
  u_int len;
  struct guestfs_int_version *val;
};
extern bool_t xdr_guestfs_int_version_list (XDR *xdrs, struct guestfs_int_version_list *objp);

struct guestfs_int_dirent {
  int64_t ino;
  char ftyp;
  char *name;
};
extern bool_t xdr_guestfs_int_dirent (XDR *xdrs, struct guestfs_int_dirent *objp);

struct guestfs_int_dirent_list {
  u_int len;
  struct guestfs_int_dirent *val;
};
extern bool_t xdr_guestfs_int_dirent_list (XDR *xdrs, struct guestfs_int_dirent_list *objp);

struct guestfs_int_stat {
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
extern bool_t xdr_guestfs_int_stat (XDR *xdrs, struct guestfs_int_stat *objp);

struct guestfs_int_stat_list {
  u_int len;
  struct guestfs_int_stat *val;
};
extern bool_t xdr_guestfs_int_stat_list (XDR *xdrs, struct guestfs_int_stat_list *objp);

struct guestfs_int_statns {
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
extern bool_t xdr_guestfs_int_statns (XDR *xdrs, struct guestfs_int_statns *objp);

struct guestfs_int_statns_list {
  u_int len;
  struct guestfs_int_statns *val;
};
extern bool_t xdr_guestfs_int_statns_list (XDR *xdrs, struct guestfs_int_statns_list *objp);

struct guestfs_int_statvfs {
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
extern bool_t xdr_guestfs_int_statvfs (XDR *xdrs, struct guestfs_int_statvfs *objp);

struct guestfs_int_statvfs_list {
  u_int len;
  struct guestfs_int_statvfs *val;
};
extern bool_t xdr_guestfs_int_statvfs_list (XDR *xdrs, struct guestfs_int_statvfs_list *objp);

struct guestfs_int_partition {
  int32_t part_num;
  uint64_t part_start;
  uint64_t part_end;
  uint64_t part_size;
};
extern bool_t xdr_guestfs_int_partition (XDR *xdrs, struct guestfs_int_partition *objp);

struct guestfs_int_partition_list {
  u_int len;
  struct guestfs_int_partition *val;
};
extern bool_t xdr_guestfs_int_partition_list (XDR *xdrs, struct guestfs_int_partition_list *objp);

struct guestfs_list_devices_ret {
  guestfs_int_str_list val;
};
extern bool_t xdr_guestfs_list_devices_ret (XDR *xdrs, struct guestfs_list_devices_ret *objp);

struct guestfs_list_partitions_ret {
  guestfs_int_str_list val;
};
extern bool_t xdr_guestfs_list_partitions_ret (XDR *xdrs, struct guestfs_list_partitions_ret *objp);

struct guestfs_list_filesystems_ret {
  guestfs_int_str_list val;
};
extern bool_t xdr_guestfs_list_filesystems_ret (XDR *xdrs, struct guestfs_list_filesystems_ret *objp);

struct guestfs_blockdev_getsize64_args {
  char *device;
};
extern bool_t xdr_guestfs_blockdev_getsize64_args (XDR *xdrs, struct guestfs_blockdev_getsize64_args *objp);

struct guestfs_blockdev_getsize64_ret {
  int64_t val;
};
extern bool_t xdr_guestfs_blockdev_getsize64_ret (XDR *xdrs, struct guestfs_blockdev_getsize64_ret *objp);

struct guestfs_blockdev_getss_args {
  char *device;
};
extern bool_t xdr_guestfs_blockdev_getss_args (XDR *xdrs, struct guestfs_blockdev_getss_args *objp);

struct guestfs_blockdev_getss_ret {
  int32_t val;
};
extern bool_t xdr_guestfs_blockdev_getss_ret (XDR *xdrs, struct guestfs_blockdev_getss_ret *objp);

struct guestfs_part_init_args {
  char *device;
  char *parttype;
};
extern bool_t xdr_guestfs_part_init_args (XDR *xdrs, struct guestfs_part_init_args *objp);

struct guestfs_part_add_args {
  char *device;
  char *prlogex;
  int64_t startsect;
  int64_t endsect;
};
extern bool_t xdr_guestfs_part_add_args (XDR *xdrs, struct guestfs_part_add_args *objp);

struct guestfs_part_disk_args {
  char *device;
  char *parttype;
};
extern bool_t xdr_guestfs_part_disk_args (XDR *xdrs, struct guestfs_part_disk_args *objp);

struct guestfs_part_list_args {
  char *device;
};
extern bool_t xdr_guestfs_part_list_args (XDR *xdrs, struct guestfs_part_list_args *objp);

struct guestfs_part_list_ret {
  struct guestfs_int_partition_list val;
};
extern bool_t xdr_guestfs_part_list_ret (XDR *xdrs, struct guestfs_part_list_ret *objp);

struct guestfs_part_get_parttype_args {
  char *device;
};
extern bool_t xdr_guestfs_part_get_parttype_args (XDR *xdrs, struct guestfs_part_get_parttype_args *objp);

struct guestfs_part_get_parttype_ret {
  char *val;
};
extern bool_t xdr_guestfs_part_get_parttype_ret (XDR *xdrs, struct guestfs_part_get_parttype_ret *objp);

struct guestfs_mkfs_args {
  char *fstype;
  char *device;
  int32_t blocksize;
  char *features;
  int32_t inode;
  int32_t sectorsize;
  char *label;
};
extern bool_t xdr_guestfs_mkfs_args (XDR *xdrs, struct guestfs_mkfs_args *objp);

struct guestfs_mount_args {
  char *mountable;
  char *mountpoint;
};
extern bool_t xdr_guestfs_mount_args (XDR *xdrs, struct guestfs_mount_args *objp);

struct guestfs_mount_ro_args {
  char *mountable;
  char *mountpoint;
};
extern bool_t xdr_guestfs_mount_ro_args (XDR *xdrs, struct guestfs_mount_ro_args *objp);

struct guestfs_mount_options_args {
  char *options;
  char *mountable;
  char *mountpoint;
};
extern bool_t xdr_guestfs_mount_options_args (XDR *xdrs, struct guestfs_mount_options_args *objp);

struct guestfs_umount_args {
  char *pathordevice;
  int32_t force;
  int32_t lazyunmount;
};
extern bool_t xdr_guestfs_umount_args (XDR *xdrs, struct guestfs_umount_args *objp);

struct guestfs_mounts_ret {
  guestfs_int_str_list val;
};
extern bool_t xdr_guestfs_mounts_ret (XDR *xdrs, struct guestfs_mounts_ret *objp);

struct guestfs_touch_args {
  char *path;
};
extern bool_t xdr_guestfs_touch_args (XDR *xdrs, struct guestfs_touch_args *objp);

struct guestfs_mkdir_args {
  char *path;
};
extern bool_t xdr_guestfs_mkdir_args (XDR *xdrs, struct guestfs_mkdir_args *objp);

struct guestfs_mkdir_p_args {
  char *path;
};
extern bool_t xdr_guestfs_mkdir_p_args (XDR *xdrs, struct guestfs_mkdir_p_args *objp);

struct guestfs_rmdir_args {
  char *path;
};
extern bool_t xdr_guestfs_rmdir_args (XDR *xdrs, struct guestfs_rmdir_args *objp);

struct guestfs_rm_args {
  char *path;
};
extern bool_t xdr_guestfs_rm_args (XDR *xdrs, struct guestfs_rm_args *objp);

struct guestfs_rm_rf_args {
  char *path;
};
extern bool_t xdr_guestfs_rm_rf_args (XDR *xdrs, struct guestfs_rm_rf_args *objp);

struct guestfs_rename_args {
  char *oldpath;
  char *newpath;
};
extern bool_t xdr_guestfs_rename_args (XDR *xdrs, struct guestfs_rename_args *objp);

struct guestfs_cp_args {
  char *src;
  char *dest;
};
extern bool_t xdr_guestfs_cp_args (XDR *xdrs, struct guestfs_cp_args *objp);

struct guestfs_cp_a_args {
  char *src;
  char *dest;
};
extern bool_t xdr_guestfs_cp_a_args (XDR *xdrs, struct guestfs_cp_a_args *objp);

struct guestfs_mv_args {
  char *src;
  char *dest;
};
extern bool_t xdr_guestfs_mv_args (XDR *xdrs, struct guestfs_mv_args *objp);

struct guestfs_ln_s_args {
  char *target;
  char *linkname;
};
extern bool_t xdr_guestfs_ln_s_args (XDR *xdrs, struct guestfs_ln_s_args *objp);

struct guestfs_readlink_args {
  char *path;
};
extern bool_t xdr_guestfs_readlink_args (XDR *xdrs, struct guestfs_readlink_args *objp);

struct guestfs_readlink_ret {
  char *val;
};
extern bool_t xdr_guestfs_readlink_ret (XDR *xdrs, struct guestfs_readlink_ret *objp);

struct guestfs_chmod_args {
  int32_t mode;
  char *path;
};
extern bool_t xdr_guestfs_chmod_args (XDR *xdrs, struct guestfs_chmod_args *objp);

struct guestfs_chown_args {
  int32_t owner;
  int32_t group;
  char *path;
};
extern bool_t xdr_guestfs_chown_args (XDR *xdrs, struct guestfs_chown_args *objp);

struct guestfs_write_args {
  char *path;
  guestfs_int_buffer content;
};
extern bool_t xdr_guestfs_write_args (XDR *xdrs, struct guestfs_write_args *objp);

struct guestfs_write_append_args {
  char *path;
  guestfs_int_buffer content;
};
extern bool_t xdr_guestfs_write_append_args (XDR *xdrs, struct guestfs_write_append_args *objp);

struct guestfs_read_file_args {
  char *path;
};
extern bool_t xdr_guestfs_read_file_args (XDR *xdrs, struct guestfs_read_file_args *objp);

struct guestfs_read_file_ret {
  guestfs_int_buffer val;
};
extern bool_t xdr_guestfs_read_file_ret (XDR *xdrs, struct guestfs_read_file_ret *objp);

struct guestfs_cat_args {
  char *path;
};
extern bool_t xdr_guestfs_cat_args (XDR *xdrs, struct guestfs_cat_args *objp);

struct guestfs_cat_ret {
  char *val;
};
extern bool_t xdr_guestfs_cat_ret (XDR *xdrs, struct guestfs_cat_ret *objp);

struct guestfs_head_args {
  char *path;
};
extern bool_t xdr_guestfs_head_args (XDR *xdrs, struct guestfs_head_args *objp);

struct guestfs_head_ret {
  guestfs_int_str_list val;
};
extern bool_t xdr_guestfs_head_ret (XDR *xdrs, struct guestfs_head_ret *objp);

struct guestfs_tail_args {
  char *path;
};
extern bool_t xdr_guestfs_tail_args (XDR *xdrs, struct guestfs_tail_args *objp);

struct guestfs_tail_ret {
  guestfs_int_str_list val;
};
extern bool_t xdr_guestfs_tail_ret (XDR *xdrs, struct guestfs_tail_ret *objp);

struct guestfs_read_lines_args {
  char *path;
};
extern bool_t xdr_guestfs_read_lines_args (XDR *xdrs, struct guestfs_read_lines_args *objp);

struct guestfs_read_lines_ret {
  guestfs_int_str_list val;
};
extern bool_t xdr_guestfs_read_lines_ret (XDR *xdrs, struct guestfs_read_lines_ret *objp);

struct guestfs_upload_args {
  char *remotefilename;
};
extern bool_t xdr_guestfs_upload_args (XDR *xdrs, struct guestfs_upload_args *objp);

struct guestfs_download_args {
  char *remotefilename;
};
extern bool_t xdr_guestfs_download_args (XDR *xdrs, struct guestfs_download_args *objp);

struct guestfs_tar_in_args {
  char *directory;
  char *compress;
  int32_t xattrs;
  int32_t selinux;
  int32_t acls;
};
extern bool_t xdr_guestfs_tar_in_args (XDR *xdrs, struct guestfs_tar_in_args *objp);

struct guestfs_tar_out_args {
  char *directory;
  char *compress;
  int32_t numericowner;
  guestfs_int_str_list excludes;
  int32_t xattrs;
  int32_t selinux;
  int32_t acls;
};
extern bool_t xdr_guestfs_tar_out_args (XDR *xdrs, struct guestfs_tar_out_args *objp);

struct guestfs_ls_args {
  char *directory;
};
extern bool_t xdr_guestfs_ls_args (XDR *xdrs, struct guestfs_ls_args *objp);

struct guestfs_ls_ret {
  guestfs_int_str_list val;
};
extern bool_t xdr_guestfs_ls_ret (XDR *xdrs, struct guestfs_ls_ret *objp);

struct guestfs_ll_args {
  char *directory;
};
extern bool_t xdr_guestfs_ll_args (XDR *xdrs, struct guestfs_ll_args *objp);

struct guestfs_ll_ret {
  char *val;
};
extern bool_t xdr_guestfs_ll_ret (XDR *xdrs, struct guestfs_ll_ret *objp);

struct guestfs_readdir_args {
  char *dir;
};
extern bool_t xdr_guestfs_readdir_args (XDR *xdrs, struct guestfs_readdir_args *objp);

struct guestfs_readdir_ret {
  struct guestfs_int_dirent_list val;
};
extern bool_t xdr_guestfs_readdir_ret (XDR *xdrs, struct guestfs_readdir_ret *objp);

struct guestfs_stat_args {
  char *path;
};
extern bool_t xdr_guestfs_stat_args (XDR *xdrs, struct guestfs_stat_args *objp);

struct guestfs_stat_ret {
  struct guestfs_int_stat val;
};
extern bool_t xdr_guestfs_stat_ret (XDR *xdrs, struct guestfs_stat_ret *objp);

struct guestfs_lstat_args {
  char *path;
};
extern bool_t xdr_guestfs_lstat_args (XDR *xdrs, struct guestfs_lstat_args *objp);

struct guestfs_lstat_ret {
  struct guestfs_int_stat val;
};
extern bool_t xdr_guestfs_lstat_ret (XDR *xdrs, struct guestfs_lstat_ret *objp);

struct guestfs_statns_args {
  char *path;
};
extern bool_t xdr_guestfs_statns_args (XDR *xdrs, struct guestfs_statns_args *objp);

struct guestfs_statns_ret {
  struct guestfs_int_statns val;
};
extern bool_t xdr_guestfs_statns_ret (XDR *xdrs, struct guestfs_statns_ret *objp);

struct guestfs_lstatns_args {
  char *path;
};
extern bool_t xdr_guestfs_lstatns_args (XDR *xdrs, struct guestfs_lstatns_args *objp);

struct guestfs_lstatns_ret {
  struct guestfs_int_statns val;
};
extern bool_t xdr_guestfs_lstatns_ret (XDR *xdrs, struct guestfs_lstatns_ret *objp);

struct guestfs_exists_args {
  char *path;
};
extern bool_t xdr_guestfs_exists_args (XDR *xdrs, struct guestfs_exists_args *objp);

struct guestfs_exists_ret {
  int32_t val;
};
extern bool_t xdr_guestfs_exists_ret (XDR *xdrs, struct guestfs_exists_ret *objp);

struct guestfs_is_file_args {
  char *path;
  int32_t followsymlinks;
};
extern bool_t xdr_guestfs_is_file_args (XDR *xdrs, struct guestfs_is_file_args *objp);

struct guestfs_is_file_ret {
  int32_t val;
};
extern bool_t xdr_guestfs_is_file_ret (XDR *xdrs, struct guestfs_is_file_ret *objp);

struct guestfs_is_dir_args {
  char *path;
  int32_t followsymlinks;
};
extern bool_t xdr_guestfs_is_dir_args (XDR *xdrs, struct guestfs_is_dir_args *objp);

struct guestfs_is_dir_ret {
  int32_t val;
};
extern bool_t xdr_guestfs_is_dir_ret (XDR *xdrs, struct guestfs_is_dir_ret *objp);

struct guestfs_is_symlink_args {
  char *path;
};
extern bool_t xdr_guestfs_is_symlink_args (XDR *xdrs, struct guestfs_is_symlink_args *objp);

struct guestfs_is_symlink_ret {
  int32_t val;
};
extern bool_t xdr_guestfs_is_symlink_ret (XDR *xdrs, struct guestfs_is_symlink_ret *objp);

struct guestfs_filesize_args {
  char *file;
};
extern bool_t xdr_guestfs_filesize_args (XDR *xdrs, struct guestfs_filesize_args *objp);

struct guestfs_filesize_ret {
  int64_t val;
};
extern bool_t xdr_guestfs_filesize_ret (XDR *xdrs, struct guestfs_filesize_ret *objp);

struct guestfs_df_ret {
  char *val;
};
extern bool_t xdr_guestfs_df_ret (XDR *xdrs, struct guestfs_df_ret *objp);

struct guestfs_statvfs_args {
  char *path;
};
extern bool_t xdr_guestfs_statvfs_args (XDR *xdrs, struct guestfs_statvfs_args *objp);

struct guestfs_statvfs_ret {
  struct guestfs_int_statvfs val;
};
extern bool_t xdr_guestfs_statvfs_ret (XDR *xdrs, struct guestfs_statvfs_ret *objp);

struct guestfs_vfs_type_args {
  char *mountable;
};
extern bool_t xdr_guestfs_vfs_type_args (XDR *xdrs, struct guestfs_vfs_type_args *objp);

struct guestfs_vfs_type_ret {
  char *val;
};
extern bool_t xdr_guestfs_vfs_type_ret (XDR *xdrs, struct guestfs_vfs_type_ret *objp);

struct guestfs_vfs_label_args {
  char *mountable;
};
extern bool_t xdr_guestfs_vfs_label_args (XDR *xdrs, struct guestfs_vfs_label_args *objp);

struct guestfs_vfs_label_ret {
  char *val;
};
extern bool_t xdr_guestfs_vfs_label_ret (XDR *xdrs, struct guestfs_vfs_label_ret *objp);

struct guestfs_vfs_uuid_args {
  char *mountable;
};
extern bool_t xdr_guestfs_vfs_uuid_args (XDR *xdrs, struct guestfs_vfs_uuid_args *objp);

struct guestfs_vfs_uuid_ret {
  char *val;
};
extern bool_t xdr_guestfs_vfs_uuid_ret (XDR *xdrs, struct guestfs_vfs_uuid_ret *objp);

struct guestfs_set_label_args {
  char *mountable;
  char *label;
};
extern bool_t xdr_guestfs_set_label_args (XDR *xdrs, struct guestfs_set_label_args *objp);

struct guestfs_checksum_args {
  char *csumtype;
  char *path;
};
extern bool_t xdr_guestfs_checksum_args (XDR *xdrs, struct guestfs_checksum_args *objp);

struct guestfs_checksum_ret {
  char *val;
};
extern bool_t xdr_guestfs_checksum_ret (XDR *xdrs, struct guestfs_checksum_ret *objp);

struct guestfs_fill_args {
  int32_t c;
  int32_t len;
  char *path;
};
extern bool_t xdr_guestfs_fill_args (XDR *xdrs, struct guestfs_fill_args *objp);

struct guestfs_zero_args {
  char *device;
};
extern bool_t xdr_guestfs_zero_args (XDR *xdrs, struct guestfs_zero_args *objp);

struct guestfs_dd_args {
  char *src;
  char *dest;
};
extern bool_t xdr_guestfs_dd_args (XDR *xdrs, struct guestfs_dd_args *objp);

struct guestfs_command_args {
  guestfs_int_str_list arguments;
};
extern bool_t xdr_guestfs_command_args (XDR *xdrs, struct guestfs_command_args *objp);

struct guestfs_command_ret {
  char *val;
};
extern bool_t xdr_guestfs_command_ret (XDR *xdrs, struct guestfs_command_ret *objp);

struct guestfs_sh_args {
  char *command;
};
extern bool_t xdr_guestfs_sh_args (XDR *xdrs, struct guestfs_sh_args *objp);

struct guestfs_sh_ret {
  char *val;
};
extern bool_t xdr_guestfs_sh_ret (XDR *xdrs, struct guestfs_sh_ret *objp);

struct guestfs_debug_args {
  char *subcmd;
  guestfs_int_str_list extraargs;
};
extern bool_t xdr_guestfs_debug_args (XDR *xdrs, struct guestfs_debug_args *objp);

struct guestfs_debug_ret {
  char *val;
};
extern bool_t xdr_guestfs_debug_ret (XDR *xdrs, struct guestfs_debug_ret *objp);

struct guestfs_blockdev_rereadpt_args {
  char *device;
};
extern bool_t xdr_guestfs_blockdev_rereadpt_args (XDR *xdrs, struct guestfs_blockdev_rereadpt_args *objp);

enum guestfs_procedure {
  GUESTFS_PROC_PING_DAEMON = 1,
  GUESTFS_PROC_LIST_DEVICES = 2,
  GUESTFS_PROC_LIST_PARTITIONS = 3,
  GUESTFS_PROC_LIST_FILESYSTEMS = 4,
  GUESTFS_PROC_BLOCKDEV_GETSIZE64 = 5,
  GUESTFS_PROC_BLOCKDEV_GETSS = 6,
  GUESTFS_PROC_PART_INIT = 7,
  GUESTFS_PROC_PART_ADD = 8,
  GUESTFS_PROC_PART_DISK = 9,
  GUESTFS_PROC_PART_LIST = 10,
  GUESTFS_PROC_PART_GET_PARTTYPE = 11,
  GUESTFS_PROC_MKFS = 12,
  GUESTFS_PROC_MOUNT = 13,
  GUESTFS_PROC_MOUNT_RO = 14,
  GUESTFS_PROC_MOUNT_OPTIONS = 15,
  GUESTFS_PROC_UMOUNT = 16,
  GUESTFS_PROC_UMOUNT_ALL = 17,
  GUESTFS_PROC_MOUNTS = 18,
  GUESTFS_PROC_SYNC = 19,
  GUESTFS_PROC_TOUCH = 20,
  GUESTFS_PROC_MKDIR = 21,
  GUESTFS_PROC_MKDIR_P = 22,
  GUESTFS_PROC_RMDIR = 23,
  GUESTFS_PROC_RM = 24,
  GUESTFS_PROC_RM_RF = 25,
  GUESTFS_PROC_RENAME = 26,
  GUESTFS_PROC_CP = 27,
  GUESTFS_PROC_CP_A = 28,
  GUESTFS_PROC_MV = 29,
  GUESTFS_PROC_LN_S = 30,
  GUESTFS_PROC_READLINK = 31,
  GUESTFS_PROC_CHMOD = 32,
  GUESTFS_PROC_CHOWN = 33,
  GUESTFS_PROC_WRITE = 34,
  GUESTFS_PROC_WRITE_APPEND = 35,
  GUESTFS_PROC_READ_FILE = 36,
  GUESTFS_PROC_CAT = 37,
  GUESTFS_PROC_HEAD = 38,
  GUESTFS_PROC_TAIL = 39,
  GUESTFS_PROC_READ_LINES = 40,
  GUESTFS_PROC_UPLOAD = 41,
  GUESTFS_PROC_DOWNLOAD = 42,
  GUESTFS_PROC_TAR_IN = 43,
  GUESTFS_PROC_TAR_OUT = 44,
  GUESTFS_PROC_LS = 45,
  GUESTFS_PROC_LL = 46,
  GUESTFS_PROC_READDIR = 47,
  GUESTFS_PROC_STAT = 48,
  GUESTFS_PROC_LSTAT = 49,
  GUESTFS_PROC_STATNS = 50,
  GUESTFS_PROC_LSTATNS = 51,
  GUESTFS_PROC_EXISTS = 52,
  GUESTFS_PROC_IS_FILE = 53,
  GUESTFS_PROC_IS_DIR = 54,
  GUESTFS_PROC_IS_SYMLINK = 55,
  GUESTFS_PROC_FILESIZE = 56,
  GUESTFS_PROC_DF = 57,
  GUESTFS_PROC_STATVFS = 58,
  GUESTFS_PROC_VFS_TYPE = 59,
  GUESTFS_PROC_VFS_LABEL = 60,
  GUESTFS_PROC_VFS_UUID = 61,
  GUESTFS_PROC_SET_LABEL = 62,
  GUESTFS_PROC_CHECKSUM = 63,
  GUESTFS_PROC_FILL = 64,
  GUESTFS_PROC_ZERO = 65,
  GUESTFS_PROC_DD = 66,
  GUESTFS_PROC_COMMAND = 67,
  GUESTFS_PROC_SH = 68,
  GUESTFS_PROC_DEBUG = 69,
  GUESTFS_PROC_BLOCKDEV_REREADPT = 70,
};
#define GUESTFS_MAX_PROC_NR 70

#endif /* GUESTFS_PROTOCOL_H */
