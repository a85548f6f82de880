/* GENERATED FILE: do not edit.
 * Made by generator/protocol.py from generator/api.py;
 * change those and run 'make -C generator' (or just 'make').
 */

#include <config.h>
#include "guestfs_protocol.h"
static bool_t
xdr_guestfs_int_str (XDR *xdrs, char **objp)
{
  return xdr_string (xdrs, objp, ~0u);
}


bool_t
xdr_guestfs_int_str_list (XDR *xdrs, guestfs_int_str_list *objp)
{
  return xdr_array (xdrs, (char **) &objp->val, &objp->len, ~0u,
                    sizeof (char *), (xdrproc_t) xdr_guestfs_int_str);
}

bool_t
xdr_guestfs_int_buffer (XDR *xdrs, guestfs_int_buffer *objp)
{
  return xdr_bytes (xdrs, &objp->val, &objp->len, GUESTFS_MESSAGE_MAX);
}

bool_t
xdr_guestfs_message_header (XDR *xdrs, struct guestfs_message_header *objp)
{
  if (!xdr_uint32_t (xdrs, &objp->prog))
    return FALSE;
  if (!xdr_uint32_t (xdrs, &objp->vers))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->proc))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->direction))
    return FALSE;
  if (!xdr_uint32_t (xdrs, &objp->serial))
    return FALSE;
  if (!xdr_uint32_t (xdrs, &objp->progress_hint))
    return FALSE;
  if (!xdr_uint64_t (xdrs, &objp->optargs_bitmask))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->status))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_message_error (XDR *xdrs, struct guestfs_message_error *objp)
{
  if (!xdr_string (xdrs, &objp->errno_string, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->error_message, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_chunk (XDR *xdrs, struct guestfs_chunk *objp)
{
  if (!xdr_int32_t (xdrs, &objp->cancel))
    return FALSE;
  if (!xdr_guestfs_int_buffer (xdrs, &objp->data))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_progress (XDR *xdrs, struct guestfs_progress *objp)
{
  if (!xdr_int32_t (xdrs, &objp->proc))
    return FALSE;
  if (!xdr_uint32_t (xdrs, &objp->serial))
    return FALSE;
  if (!xdr_uint64_t (xdrs, &objp->position))
    return FALSE;
  if (!xdr_uint64_t (xdrs, &objp->total))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_int_int_bool (XDR *xdrs, struct guestfs_int_int_bool *objp)
{
  if (!xdr_int32_t (xdrs, &objp->i))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->b))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_int_int_bool_list (XDR *xdrs, struct guestfs_int_int_bool_list *objp)
{
  return xdr_array (xdrs, (char **) &objp->val, &objp->len, ~0u,
                    sizeof (struct guestfs_int_int_bool),
                    (xdrproc_t) xdr_guestfs_int_int_bool);
}

bool_t
xdr_guestfs_int_version (XDR *xdrs, struct guestfs_int_version *objp)
{
  if (!xdr_int64_t (xdrs, &objp->major))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->minor))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->release))
    return FALSE;
  if (!xdr_string (xdrs, &objp->extra, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_int_version_list (XDR *xdrs, struct guestfs_int_version_list *objp)
{
  return xdr_array (xdrs, (char **) &objp->val, &objp->len, ~0u,
                    sizeof (struct guestfs_int_version),
                    (xdrproc_t) xdr_guestfs_int_version);
}

bool_t
xdr_guestfs_int_dirent (XDR *xdrs, struct guestfs_int_dirent *objp)
{
  if (!xdr_int64_t (xdrs, &objp->ino))
    return FALSE;
  if (!xdr_char (xdrs, &objp->ftyp))
    return FALSE;
  if (!xdr_string (xdrs, &objp->name, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_int_dirent_list (XDR *xdrs, struct guestfs_int_dirent_list *objp)
{
  return xdr_array (xdrs, (char **) &objp->val, &objp->len, ~0u,
                    sizeof (struct guestfs_int_dirent),
                    (xdrproc_t) xdr_guestfs_int_dirent);
}

bool_t
xdr_guestfs_int_stat (XDR *xdrs, struct guestfs_int_stat *objp)
{
  if (!xdr_int64_t (xdrs, &objp->dev))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->ino))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->mode))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->nlink))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->uid))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->gid))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->rdev))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->size))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->blksize))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->blocks))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->atime))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->mtime))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->ctime))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_int_stat_list (XDR *xdrs, struct guestfs_int_stat_list *objp)
{
  return xdr_array (xdrs, (char **) &objp->val, &objp->len, ~0u,
                    sizeof (struct guestfs_int_stat),
                    (xdrproc_t) xdr_guestfs_int_stat);
}

bool_t
xdr_guestfs_int_statns (XDR *xdrs, struct guestfs_int_statns *objp)
{
  if (!xdr_int64_t (xdrs, &objp->st_dev))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_ino))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_mode))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_nlink))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_uid))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_gid))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_rdev))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_size))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_blksize))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_blocks))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_atime_sec))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_atime_nsec))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_mtime_sec))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_mtime_nsec))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_ctime_sec))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_ctime_nsec))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_spare1))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_spare2))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_spare3))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_spare4))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_spare5))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->st_spare6))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_int_statns_list (XDR *xdrs, struct guestfs_int_statns_list *objp)
{
  return xdr_array (xdrs, (char **) &objp->val, &objp->len, ~0u,
                    sizeof (struct guestfs_int_statns),
                    (xdrproc_t) xdr_guestfs_int_statns);
}

bool_t
xdr_guestfs_int_statvfs (XDR *xdrs, struct guestfs_int_statvfs *objp)
{
  if (!xdr_int64_t (xdrs, &objp->bsize))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->frsize))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->blocks))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->bfree))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->bavail))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->files))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->ffree))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->favail))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->fsid))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->flag))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->namemax))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_int_statvfs_list (XDR *xdrs, struct guestfs_int_statvfs_list *objp)
{
  return xdr_array (xdrs, (char **) &objp->val, &objp->len, ~0u,
                    sizeof (struct guestfs_int_statvfs),
                    (xdrproc_t) xdr_guestfs_int_statvfs);
}

bool_t
xdr_guestfs_int_partition (XDR *xdrs, struct guestfs_int_partition *objp)
{
  if (!xdr_int32_t (xdrs, &objp->part_num))
    return FALSE;
  if (!xdr_uint64_t (xdrs, &objp->part_start))
    return FALSE;
  if (!xdr_uint64_t (xdrs, &objp->part_end))
    return FALSE;
  if (!xdr_uint64_t (xdrs, &objp->part_size))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_int_partition_list (XDR *xdrs, struct guestfs_int_partition_list *objp)
{
  return xdr_array (xdrs, (char **) &objp->val, &objp->len, ~0u,
                    sizeof (struct guestfs_int_partition),
                    (xdrproc_t) xdr_guestfs_int_partition);
}

bool_t
xdr_guestfs_list_devices_ret (XDR *xdrs, struct guestfs_list_devices_ret *objp)
{
  if (!xdr_guestfs_int_str_list (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_list_partitions_ret (XDR *xdrs, struct guestfs_list_partitions_ret *objp)
{
  if (!xdr_guestfs_int_str_list (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_list_filesystems_ret (XDR *xdrs, struct guestfs_list_filesystems_ret *objp)
{
  if (!xdr_guestfs_int_str_list (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_blockdev_getsize64_args (XDR *xdrs, struct guestfs_blockdev_getsize64_args *objp)
{
  if (!xdr_string (xdrs, &objp->device, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_blockdev_getsize64_ret (XDR *xdrs, struct guestfs_blockdev_getsize64_ret *objp)
{
  if (!xdr_int64_t (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_blockdev_getss_args (XDR *xdrs, struct guestfs_blockdev_getss_args *objp)
{
  if (!xdr_string (xdrs, &objp->device, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_blockdev_getss_ret (XDR *xdrs, struct guestfs_blockdev_getss_ret *objp)
{
  if (!xdr_int32_t (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_part_init_args (XDR *xdrs, struct guestfs_part_init_args *objp)
{
  if (!xdr_string (xdrs, &objp->device, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->parttype, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_part_add_args (XDR *xdrs, struct guestfs_part_add_args *objp)
{
  if (!xdr_string (xdrs, &objp->device, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->prlogex, ~0u))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->startsect))
    return FALSE;
  if (!xdr_int64_t (xdrs, &objp->endsect))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_part_disk_args (XDR *xdrs, struct guestfs_part_disk_args *objp)
{
  if (!xdr_string (xdrs, &objp->device, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->parttype, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_part_list_args (XDR *xdrs, struct guestfs_part_list_args *objp)
{
  if (!xdr_string (xdrs, &objp->device, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_part_list_ret (XDR *xdrs, struct guestfs_part_list_ret *objp)
{
  if (!xdr_guestfs_int_partition_list (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_part_get_parttype_args (XDR *xdrs, struct guestfs_part_get_parttype_args *objp)
{
  if (!xdr_string (xdrs, &objp->device, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_part_get_parttype_ret (XDR *xdrs, struct guestfs_part_get_parttype_ret *objp)
{
  if (!xdr_string (xdrs, &objp->val, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_mkfs_args (XDR *xdrs, struct guestfs_mkfs_args *objp)
{
  if (!xdr_string (xdrs, &objp->fstype, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->device, ~0u))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->blocksize))
    return FALSE;
  if (!xdr_string (xdrs, &objp->features, ~0u))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->inode))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->sectorsize))
    return FALSE;
  if (!xdr_string (xdrs, &objp->label, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_mount_args (XDR *xdrs, struct guestfs_mount_args *objp)
{
  if (!xdr_string (xdrs, &objp->mountable, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->mountpoint, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_mount_ro_args (XDR *xdrs, struct guestfs_mount_ro_args *objp)
{
  if (!xdr_string (xdrs, &objp->mountable, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->mountpoint, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_mount_options_args (XDR *xdrs, struct guestfs_mount_options_args *objp)
{
  if (!xdr_string (xdrs, &objp->options, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->mountable, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->mountpoint, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_umount_args (XDR *xdrs, struct guestfs_umount_args *objp)
{
  if (!xdr_string (xdrs, &objp->pathordevice, ~0u))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->force))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->lazyunmount))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_mounts_ret (XDR *xdrs, struct guestfs_mounts_ret *objp)
{
  if (!xdr_guestfs_int_str_list (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_touch_args (XDR *xdrs, struct guestfs_touch_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_mkdir_args (XDR *xdrs, struct guestfs_mkdir_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_mkdir_p_args (XDR *xdrs, struct guestfs_mkdir_p_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_rmdir_args (XDR *xdrs, struct guestfs_rmdir_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_rm_args (XDR *xdrs, struct guestfs_rm_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_rm_rf_args (XDR *xdrs, struct guestfs_rm_rf_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_rename_args (XDR *xdrs, struct guestfs_rename_args *objp)
{
  if (!xdr_string (xdrs, &objp->oldpath, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->newpath, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_cp_args (XDR *xdrs, struct guestfs_cp_args *objp)
{
  if (!xdr_string (xdrs, &objp->src, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->dest, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_cp_a_args (XDR *xdrs, struct guestfs_cp_a_args *objp)
{
  if (!xdr_string (xdrs, &objp->src, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->dest, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_mv_args (XDR *xdrs, struct guestfs_mv_args *objp)
{
  if (!xdr_string (xdrs, &objp->src, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->dest, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_ln_s_args (XDR *xdrs, struct guestfs_ln_s_args *objp)
{
  if (!xdr_string (xdrs, &objp->target, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->linkname, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_readlink_args (XDR *xdrs, struct guestfs_readlink_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_readlink_ret (XDR *xdrs, struct guestfs_readlink_ret *objp)
{
  if (!xdr_string (xdrs, &objp->val, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_chmod_args (XDR *xdrs, struct guestfs_chmod_args *objp)
{
  if (!xdr_int32_t (xdrs, &objp->mode))
    return FALSE;
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_chown_args (XDR *xdrs, struct guestfs_chown_args *objp)
{
  if (!xdr_int32_t (xdrs, &objp->owner))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->group))
    return FALSE;
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_write_args (XDR *xdrs, struct guestfs_write_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  if (!xdr_guestfs_int_buffer (xdrs, &objp->content))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_write_append_args (XDR *xdrs, struct guestfs_write_append_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  if (!xdr_guestfs_int_buffer (xdrs, &objp->content))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_read_file_args (XDR *xdrs, struct guestfs_read_file_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_read_file_ret (XDR *xdrs, struct guestfs_read_file_ret *objp)
{
  if (!xdr_guestfs_int_buffer (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_cat_args (XDR *xdrs, struct guestfs_cat_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_cat_ret (XDR *xdrs, struct guestfs_cat_ret *objp)
{
  if (!xdr_string (xdrs, &objp->val, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_head_args (XDR *xdrs, struct guestfs_head_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_head_ret (XDR *xdrs, struct guestfs_head_ret *objp)
{
  if (!xdr_guestfs_int_str_list (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_tail_args (XDR *xdrs, struct guestfs_tail_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_tail_ret (XDR *xdrs, struct guestfs_tail_ret *objp)
{
  if (!xdr_guestfs_int_str_list (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_read_lines_args (XDR *xdrs, struct guestfs_read_lines_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_read_lines_ret (XDR *xdrs, struct guestfs_read_lines_ret *objp)
{
  if (!xdr_guestfs_int_str_list (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_upload_args (XDR *xdrs, struct guestfs_upload_args *objp)
{
  if (!xdr_string (xdrs, &objp->remotefilename, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_download_args (XDR *xdrs, struct guestfs_download_args *objp)
{
  if (!xdr_string (xdrs, &objp->remotefilename, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_tar_in_args (XDR *xdrs, struct guestfs_tar_in_args *objp)
{
  if (!xdr_string (xdrs, &objp->directory, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->compress, ~0u))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->xattrs))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->selinux))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->acls))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_tar_out_args (XDR *xdrs, struct guestfs_tar_out_args *objp)
{
  if (!xdr_string (xdrs, &objp->directory, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->compress, ~0u))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->numericowner))
    return FALSE;
  if (!xdr_guestfs_int_str_list (xdrs, &objp->excludes))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->xattrs))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->selinux))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->acls))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_ls_args (XDR *xdrs, struct guestfs_ls_args *objp)
{
  if (!xdr_string (xdrs, &objp->directory, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_ls_ret (XDR *xdrs, struct guestfs_ls_ret *objp)
{
  if (!xdr_guestfs_int_str_list (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_ll_args (XDR *xdrs, struct guestfs_ll_args *objp)
{
  if (!xdr_string (xdrs, &objp->directory, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_ll_ret (XDR *xdrs, struct guestfs_ll_ret *objp)
{
  if (!xdr_string (xdrs, &objp->val, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_readdir_args (XDR *xdrs, struct guestfs_readdir_args *objp)
{
  if (!xdr_string (xdrs, &objp->dir, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_readdir_ret (XDR *xdrs, struct guestfs_readdir_ret *objp)
{
  if (!xdr_guestfs_int_dirent_list (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_stat_args (XDR *xdrs, struct guestfs_stat_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_stat_ret (XDR *xdrs, struct guestfs_stat_ret *objp)
{
  if (!xdr_guestfs_int_stat (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_lstat_args (XDR *xdrs, struct guestfs_lstat_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_lstat_ret (XDR *xdrs, struct guestfs_lstat_ret *objp)
{
  if (!xdr_guestfs_int_stat (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_statns_args (XDR *xdrs, struct guestfs_statns_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_statns_ret (XDR *xdrs, struct guestfs_statns_ret *objp)
{
  if (!xdr_guestfs_int_statns (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_lstatns_args (XDR *xdrs, struct guestfs_lstatns_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_lstatns_ret (XDR *xdrs, struct guestfs_lstatns_ret *objp)
{
  if (!xdr_guestfs_int_statns (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_exists_args (XDR *xdrs, struct guestfs_exists_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_exists_ret (XDR *xdrs, struct guestfs_exists_ret *objp)
{
  if (!xdr_int32_t (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_is_file_args (XDR *xdrs, struct guestfs_is_file_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->followsymlinks))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_is_file_ret (XDR *xdrs, struct guestfs_is_file_ret *objp)
{
  if (!xdr_int32_t (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_is_dir_args (XDR *xdrs, struct guestfs_is_dir_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->followsymlinks))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_is_dir_ret (XDR *xdrs, struct guestfs_is_dir_ret *objp)
{
  if (!xdr_int32_t (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_is_symlink_args (XDR *xdrs, struct guestfs_is_symlink_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_is_symlink_ret (XDR *xdrs, struct guestfs_is_symlink_ret *objp)
{
  if (!xdr_int32_t (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_filesize_args (XDR *xdrs, struct guestfs_filesize_args *objp)
{
  if (!xdr_string (xdrs, &objp->file, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_filesize_ret (XDR *xdrs, struct guestfs_filesize_ret *objp)
{
  if (!xdr_int64_t (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_df_ret (XDR *xdrs, struct guestfs_df_ret *objp)
{
  if (!xdr_string (xdrs, &objp->val, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_statvfs_args (XDR *xdrs, struct guestfs_statvfs_args *objp)
{
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_statvfs_ret (XDR *xdrs, struct guestfs_statvfs_ret *objp)
{
  if (!xdr_guestfs_int_statvfs (xdrs, &objp->val))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_vfs_type_args (XDR *xdrs, struct guestfs_vfs_type_args *objp)
{
  if (!xdr_string (xdrs, &objp->mountable, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_vfs_type_ret (XDR *xdrs, struct guestfs_vfs_type_ret *objp)
{
  if (!xdr_string (xdrs, &objp->val, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_vfs_label_args (XDR *xdrs, struct guestfs_vfs_label_args *objp)
{
  if (!xdr_string (xdrs, &objp->mountable, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_vfs_label_ret (XDR *xdrs, struct guestfs_vfs_label_ret *objp)
{
  if (!xdr_string (xdrs, &objp->val, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_vfs_uuid_args (XDR *xdrs, struct guestfs_vfs_uuid_args *objp)
{
  if (!xdr_string (xdrs, &objp->mountable, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_vfs_uuid_ret (XDR *xdrs, struct guestfs_vfs_uuid_ret *objp)
{
  if (!xdr_string (xdrs, &objp->val, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_set_label_args (XDR *xdrs, struct guestfs_set_label_args *objp)
{
  if (!xdr_string (xdrs, &objp->mountable, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->label, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_checksum_args (XDR *xdrs, struct guestfs_checksum_args *objp)
{
  if (!xdr_string (xdrs, &objp->csumtype, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_checksum_ret (XDR *xdrs, struct guestfs_checksum_ret *objp)
{
  if (!xdr_string (xdrs, &objp->val, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_fill_args (XDR *xdrs, struct guestfs_fill_args *objp)
{
  if (!xdr_int32_t (xdrs, &objp->c))
    return FALSE;
  if (!xdr_int32_t (xdrs, &objp->len))
    return FALSE;
  if (!xdr_string (xdrs, &objp->path, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_zero_args (XDR *xdrs, struct guestfs_zero_args *objp)
{
  if (!xdr_string (xdrs, &objp->device, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_dd_args (XDR *xdrs, struct guestfs_dd_args *objp)
{
  if (!xdr_string (xdrs, &objp->src, ~0u))
    return FALSE;
  if (!xdr_string (xdrs, &objp->dest, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_command_args (XDR *xdrs, struct guestfs_command_args *objp)
{
  if (!xdr_guestfs_int_str_list (xdrs, &objp->arguments))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_command_ret (XDR *xdrs, struct guestfs_command_ret *objp)
{
  if (!xdr_string (xdrs, &objp->val, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_sh_args (XDR *xdrs, struct guestfs_sh_args *objp)
{
  if (!xdr_string (xdrs, &objp->command, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_sh_ret (XDR *xdrs, struct guestfs_sh_ret *objp)
{
  if (!xdr_string (xdrs, &objp->val, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_debug_args (XDR *xdrs, struct guestfs_debug_args *objp)
{
  if (!xdr_string (xdrs, &objp->subcmd, ~0u))
    return FALSE;
  if (!xdr_guestfs_int_str_list (xdrs, &objp->extraargs))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_debug_ret (XDR *xdrs, struct guestfs_debug_ret *objp)
{
  if (!xdr_string (xdrs, &objp->val, ~0u))
    return FALSE;
  return TRUE;
}

bool_t
xdr_guestfs_blockdev_rereadpt_args (XDR *xdrs, struct guestfs_blockdev_rereadpt_args *objp)
{
  if (!xdr_string (xdrs, &objp->device, ~0u))
    return FALSE;
  return TRUE;
}

