/* GENERATED FILE: do not edit.
 * Made by generator/daemon.py from generator/api.py;
 * change those and run 'make -C generator' (or just 'make').
 */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#include "daemon.h"
#include "actions.h"

static void
ping_daemon_stub (XDR *xdr_in)
{
  (void) xdr_in;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  int r = do_ping_daemon ();
  if (r == -1)
    goto done; /* do_ping_daemon sent the error */
  reply (NULL, NULL);
 done:
 done_no_free:
  return;
}

static void
list_devices_stub (XDR *xdr_in)
{
  (void) xdr_in;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  char **r = do_list_devices ();
  if (r == NULL)
    goto done; /* do_list_devices sent the error */
  struct guestfs_list_devices_ret ret;
  ret.val.len = count_strings (r);
  ret.val.val = r;
  reply ((xdrproc_t) xdr_guestfs_list_devices_ret, (char *) &ret);
  free_strings (r);
 done:
 done_no_free:
  return;
}

static void
list_partitions_stub (XDR *xdr_in)
{
  (void) xdr_in;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  char **r = do_list_partitions ();
  if (r == NULL)
    goto done; /* do_list_partitions sent the error */
  struct guestfs_list_partitions_ret ret;
  ret.val.len = count_strings (r);
  ret.val.val = r;
  reply ((xdrproc_t) xdr_guestfs_list_partitions_ret, (char *) &ret);
  free_strings (r);
 done:
 done_no_free:
  return;
}

static void
list_filesystems_stub (XDR *xdr_in)
{
  (void) xdr_in;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  char **r = do_list_filesystems ();
  if (r == NULL)
    goto done; /* do_list_filesystems sent the error */
  struct guestfs_list_filesystems_ret ret;
  ret.val.len = count_strings (r);
  ret.val.val = r;
  reply ((xdrproc_t) xdr_guestfs_list_filesystems_ret, (char *) &ret);
  free_strings (r);
 done:
 done_no_free:
  return;
}

static void
blockdev_getsize64_stub (XDR *xdr_in)
{
  struct guestfs_blockdev_getsize64_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *device = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_blockdev_getsize64_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  device = resolve_device ("device", args.device, 0);
  if (device == NULL)
    goto done;
  int64_t r = do_blockdev_getsize64 (device);
  if (r == -1)
    goto done; /* do_blockdev_getsize64 sent the error */
  struct guestfs_blockdev_getsize64_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_blockdev_getsize64_ret, (char *) &ret);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_blockdev_getsize64_args, (char *) &args);
 done_no_free:
  return;
}

static void
blockdev_getss_stub (XDR *xdr_in)
{
  struct guestfs_blockdev_getss_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *device = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_blockdev_getss_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  device = resolve_device ("device", args.device, 0);
  if (device == NULL)
    goto done;
  int r = do_blockdev_getss (device);
  if (r == -1)
    goto done; /* do_blockdev_getss sent the error */
  struct guestfs_blockdev_getss_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_blockdev_getss_ret, (char *) &ret);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_blockdev_getss_args, (char *) &args);
 done_no_free:
  return;
}

static void
part_init_stub (XDR *xdr_in)
{
  struct guestfs_part_init_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *device = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_part_init_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  device = resolve_device ("device", args.device, 0);
  if (device == NULL)
    goto done;
  int r = do_part_init (device, args.parttype);
  if (r == -1)
    goto done; /* do_part_init sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_part_init_args, (char *) &args);
 done_no_free:
  return;
}

static void
part_add_stub (XDR *xdr_in)
{
  struct guestfs_part_add_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *device = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_part_add_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  device = resolve_device ("device", args.device, 0);
  if (device == NULL)
    goto done;
  int r = do_part_add (device, args.prlogex, args.startsect, args.endsect);
  if (r == -1)
    goto done; /* do_part_add sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_part_add_args, (char *) &args);
 done_no_free:
  return;
}

static void
part_disk_stub (XDR *xdr_in)
{
  struct guestfs_part_disk_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *device = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_part_disk_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  device = resolve_device ("device", args.device, 0);
  if (device == NULL)
    goto done;
  int r = do_part_disk (device, args.parttype);
  if (r == -1)
    goto done; /* do_part_disk sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_part_disk_args, (char *) &args);
 done_no_free:
  return;
}

static void
part_list_stub (XDR *xdr_in)
{
  struct guestfs_part_list_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *device = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_part_list_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  device = resolve_device ("device", args.device, 0);
  if (device == NULL)
    goto done;
  struct guestfs_int_partition_list *r = do_part_list (device);
  if (r == NULL)
    goto done; /* do_part_list sent the error */
  struct guestfs_part_list_ret ret;
  ret.val = *r;
  reply ((xdrproc_t) xdr_guestfs_part_list_ret, (char *) &ret);
  xdr_free ((xdrproc_t) xdr_guestfs_part_list_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_part_list_args, (char *) &args);
 done_no_free:
  return;
}

static void
part_get_parttype_stub (XDR *xdr_in)
{
  struct guestfs_part_get_parttype_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *device = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_part_get_parttype_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  device = resolve_device ("device", args.device, 0);
  if (device == NULL)
    goto done;
  char *r = do_part_get_parttype (device);
  if (r == NULL)
    goto done; /* do_part_get_parttype sent the error */
  struct guestfs_part_get_parttype_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_part_get_parttype_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_part_get_parttype_args, (char *) &args);
 done_no_free:
  return;
}

static void
mkfs_stub (XDR *xdr_in)
{
  struct guestfs_mkfs_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *device = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffe0)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_mkfs_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  device = resolve_device ("device", args.device, 0);
  if (device == NULL)
    goto done;
  int r = do_mkfs (args.fstype, device, args.blocksize, args.features, args.inode, args.sectorsize, args.label);
  if (r == -1)
    goto done; /* do_mkfs sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_mkfs_args, (char *) &args);
 done_no_free:
  return;
}

static void
mount_stub (XDR *xdr_in)
{
  struct guestfs_mount_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *mountable = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_mount_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  mountable = resolve_device ("mountable", args.mountable, 0);
  if (mountable == NULL)
    goto done;
  int r = do_mount (mountable, args.mountpoint);
  if (r == -1)
    goto done; /* do_mount sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_mount_args, (char *) &args);
 done_no_free:
  return;
}

static void
mount_ro_stub (XDR *xdr_in)
{
  struct guestfs_mount_ro_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *mountable = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_mount_ro_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  mountable = resolve_device ("mountable", args.mountable, 0);
  if (mountable == NULL)
    goto done;
  int r = do_mount_ro (mountable, args.mountpoint);
  if (r == -1)
    goto done; /* do_mount_ro sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_mount_ro_args, (char *) &args);
 done_no_free:
  return;
}

static void
mount_options_stub (XDR *xdr_in)
{
  struct guestfs_mount_options_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *mountable = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_mount_options_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  mountable = resolve_device ("mountable", args.mountable, 0);
  if (mountable == NULL)
    goto done;
  int r = do_mount_options (args.options, mountable, args.mountpoint);
  if (r == -1)
    goto done; /* do_mount_options sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_mount_options_args, (char *) &args);
 done_no_free:
  return;
}

static void
umount_stub (XDR *xdr_in)
{
  struct guestfs_umount_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *pathordevice = NULL;
  if (optargs_bitmask & UINT64_C(0xfffffffffffffffc)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_umount_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  pathordevice = resolve_device_or_path ("pathordevice", args.pathordevice, 0);
  if (pathordevice == NULL)
    goto done;
  int r = do_umount (pathordevice, args.force, args.lazyunmount);
  if (r == -1)
    goto done; /* do_umount sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_umount_args, (char *) &args);
 done_no_free:
  return;
}

static void
umount_all_stub (XDR *xdr_in)
{
  (void) xdr_in;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  int r = do_umount_all ();
  if (r == -1)
    goto done; /* do_umount_all sent the error */
  reply (NULL, NULL);
 done:
 done_no_free:
  return;
}

static void
mounts_stub (XDR *xdr_in)
{
  (void) xdr_in;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  char **r = do_mounts ();
  if (r == NULL)
    goto done; /* do_mounts sent the error */
  struct guestfs_mounts_ret ret;
  ret.val.len = count_strings (r);
  ret.val.val = r;
  reply ((xdrproc_t) xdr_guestfs_mounts_ret, (char *) &ret);
  free_strings (r);
 done:
 done_no_free:
  return;
}

static void
sync_stub (XDR *xdr_in)
{
  (void) xdr_in;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  int r = do_sync ();
  if (r == -1)
    goto done; /* do_sync sent the error */
  reply (NULL, NULL);
 done:
 done_no_free:
  return;
}

static void
touch_stub (XDR *xdr_in)
{
  struct guestfs_touch_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_touch_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_touch (path);
  if (r == -1)
    goto done; /* do_touch sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_touch_args, (char *) &args);
 done_no_free:
  return;
}

static void
mkdir_stub (XDR *xdr_in)
{
  struct guestfs_mkdir_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_mkdir_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_mkdir (path);
  if (r == -1)
    goto done; /* do_mkdir sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_mkdir_args, (char *) &args);
 done_no_free:
  return;
}

static void
mkdir_p_stub (XDR *xdr_in)
{
  struct guestfs_mkdir_p_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_mkdir_p_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_mkdir_p (path);
  if (r == -1)
    goto done; /* do_mkdir_p sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_mkdir_p_args, (char *) &args);
 done_no_free:
  return;
}

static void
rmdir_stub (XDR *xdr_in)
{
  struct guestfs_rmdir_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_rmdir_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_rmdir (path);
  if (r == -1)
    goto done; /* do_rmdir sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_rmdir_args, (char *) &args);
 done_no_free:
  return;
}

static void
rm_stub (XDR *xdr_in)
{
  struct guestfs_rm_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_rm_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_rm (path);
  if (r == -1)
    goto done; /* do_rm sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_rm_args, (char *) &args);
 done_no_free:
  return;
}

static void
rm_rf_stub (XDR *xdr_in)
{
  struct guestfs_rm_rf_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_rm_rf_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_rm_rf (path);
  if (r == -1)
    goto done; /* do_rm_rf sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_rm_rf_args, (char *) &args);
 done_no_free:
  return;
}

static void
rename_stub (XDR *xdr_in)
{
  struct guestfs_rename_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_rename_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *oldpath = args.oldpath;
  if (check_pathname ("oldpath", oldpath, 0) == -1)
    goto done;
  const char *newpath = args.newpath;
  if (check_pathname ("newpath", newpath, 0) == -1)
    goto done;
  int r = do_rename (oldpath, newpath);
  if (r == -1)
    goto done; /* do_rename sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_rename_args, (char *) &args);
 done_no_free:
  return;
}

static void
cp_stub (XDR *xdr_in)
{
  struct guestfs_cp_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_cp_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *src = args.src;
  if (check_pathname ("src", src, 0) == -1)
    goto done;
  const char *dest = args.dest;
  if (check_pathname ("dest", dest, 0) == -1)
    goto done;
  int r = do_cp (src, dest);
  if (r == -1)
    goto done; /* do_cp sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_cp_args, (char *) &args);
 done_no_free:
  return;
}

static void
cp_a_stub (XDR *xdr_in)
{
  struct guestfs_cp_a_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_cp_a_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *src = args.src;
  if (check_pathname ("src", src, 0) == -1)
    goto done;
  const char *dest = args.dest;
  if (check_pathname ("dest", dest, 0) == -1)
    goto done;
  int r = do_cp_a (src, dest);
  if (r == -1)
    goto done; /* do_cp_a sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_cp_a_args, (char *) &args);
 done_no_free:
  return;
}

static void
mv_stub (XDR *xdr_in)
{
  struct guestfs_mv_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_mv_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *src = args.src;
  if (check_pathname ("src", src, 0) == -1)
    goto done;
  const char *dest = args.dest;
  if (check_pathname ("dest", dest, 0) == -1)
    goto done;
  int r = do_mv (src, dest);
  if (r == -1)
    goto done; /* do_mv sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_mv_args, (char *) &args);
 done_no_free:
  return;
}

static void
ln_s_stub (XDR *xdr_in)
{
  struct guestfs_ln_s_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_ln_s_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *linkname = args.linkname;
  if (check_pathname ("linkname", linkname, 0) == -1)
    goto done;
  int r = do_ln_s (args.target, linkname);
  if (r == -1)
    goto done; /* do_ln_s sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_ln_s_args, (char *) &args);
 done_no_free:
  return;
}

static void
readlink_stub (XDR *xdr_in)
{
  struct guestfs_readlink_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_readlink_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  char *r = do_readlink (path);
  if (r == NULL)
    goto done; /* do_readlink sent the error */
  struct guestfs_readlink_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_readlink_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_readlink_args, (char *) &args);
 done_no_free:
  return;
}

static void
chmod_stub (XDR *xdr_in)
{
  struct guestfs_chmod_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_chmod_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_chmod (args.mode, path);
  if (r == -1)
    goto done; /* do_chmod sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_chmod_args, (char *) &args);
 done_no_free:
  return;
}

static void
chown_stub (XDR *xdr_in)
{
  struct guestfs_chown_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_chown_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_chown (args.owner, args.group, path);
  if (r == -1)
    goto done; /* do_chown sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_chown_args, (char *) &args);
 done_no_free:
  return;
}

static void
write_stub (XDR *xdr_in)
{
  struct guestfs_write_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_write_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_write (path, args.content.val, args.content.len);
  if (r == -1)
    goto done; /* do_write sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_write_args, (char *) &args);
 done_no_free:
  return;
}

static void
write_append_stub (XDR *xdr_in)
{
  struct guestfs_write_append_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_write_append_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_write_append (path, args.content.val, args.content.len);
  if (r == -1)
    goto done; /* do_write_append sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_write_append_args, (char *) &args);
 done_no_free:
  return;
}

static void
read_file_stub (XDR *xdr_in)
{
  struct guestfs_read_file_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_read_file_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  size_t size = 0;
  char *r = do_read_file (path, &size);
  if (r == NULL)
    goto done; /* do_read_file sent the error */
  struct guestfs_read_file_ret ret;
  ret.val.len = size;
  ret.val.val = r;
  reply ((xdrproc_t) xdr_guestfs_read_file_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_read_file_args, (char *) &args);
 done_no_free:
  return;
}

static void
cat_stub (XDR *xdr_in)
{
  struct guestfs_cat_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_cat_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  char *r = do_cat (path);
  if (r == NULL)
    goto done; /* do_cat sent the error */
  struct guestfs_cat_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_cat_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_cat_args, (char *) &args);
 done_no_free:
  return;
}

static void
head_stub (XDR *xdr_in)
{
  struct guestfs_head_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_head_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  char **r = do_head (path);
  if (r == NULL)
    goto done; /* do_head sent the error */
  struct guestfs_head_ret ret;
  ret.val.len = count_strings (r);
  ret.val.val = r;
  reply ((xdrproc_t) xdr_guestfs_head_ret, (char *) &ret);
  free_strings (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_head_args, (char *) &args);
 done_no_free:
  return;
}

static void
tail_stub (XDR *xdr_in)
{
  struct guestfs_tail_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_tail_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  char **r = do_tail (path);
  if (r == NULL)
    goto done; /* do_tail sent the error */
  struct guestfs_tail_ret ret;
  ret.val.len = count_strings (r);
  ret.val.val = r;
  reply ((xdrproc_t) xdr_guestfs_tail_ret, (char *) &ret);
  free_strings (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_tail_args, (char *) &args);
 done_no_free:
  return;
}

static void
read_lines_stub (XDR *xdr_in)
{
  struct guestfs_read_lines_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_read_lines_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  char **r = do_read_lines (path);
  if (r == NULL)
    goto done; /* do_read_lines sent the error */
  struct guestfs_read_lines_ret ret;
  ret.val.len = count_strings (r);
  ret.val.val = r;
  reply ((xdrproc_t) xdr_guestfs_read_lines_ret, (char *) &ret);
  free_strings (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_read_lines_args, (char *) &args);
 done_no_free:
  return;
}

static void
upload_stub (XDR *xdr_in)
{
  struct guestfs_upload_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *remotefilename = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    cancel_receive ();
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_upload_args (xdr_in, &args)) {
    cancel_receive ();
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  remotefilename = resolve_device_or_path ("remotefilename", args.remotefilename, 1);
  if (remotefilename == NULL)
    goto done;
  int r = do_upload (remotefilename);
  if (r == -1)
    goto done; /* do_upload sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_upload_args, (char *) &args);
 done_no_free:
  return;
}

static void
download_stub (XDR *xdr_in)
{
  struct guestfs_download_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *remotefilename = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_download_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  remotefilename = resolve_device_or_path ("remotefilename", args.remotefilename, 0);
  if (remotefilename == NULL)
    goto done;
  int r = do_download (remotefilename);
  if (r == -1)
    goto done; /* do_download sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_download_args, (char *) &args);
 done_no_free:
  return;
}

static void
tar_in_stub (XDR *xdr_in)
{
  struct guestfs_tar_in_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xfffffffffffffff0)) {
    cancel_receive ();
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_tar_in_args (xdr_in, &args)) {
    cancel_receive ();
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *directory = args.directory;
  if (check_pathname ("directory", directory, 1) == -1)
    goto done;
  int r = do_tar_in (directory, args.compress, args.xattrs, args.selinux, args.acls);
  if (r == -1)
    goto done; /* do_tar_in sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_tar_in_args, (char *) &args);
 done_no_free:
  return;
}

static void
tar_out_stub (XDR *xdr_in)
{
  struct guestfs_tar_out_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char **excludes = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffc0)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_tar_out_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  excludes = take_stringsbuf (&args.excludes);
  if (excludes == NULL)
    goto done;
  int r = do_tar_out (args.directory, args.compress, args.numericowner, excludes, args.xattrs, args.selinux, args.acls);
  if (r == -1)
    goto done; /* do_tar_out sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_tar_out_args, (char *) &args);
 done_no_free:
  return;
}

static void
ls_stub (XDR *xdr_in)
{
  struct guestfs_ls_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_ls_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *directory = args.directory;
  if (check_pathname ("directory", directory, 0) == -1)
    goto done;
  char **r = do_ls (directory);
  if (r == NULL)
    goto done; /* do_ls sent the error */
  struct guestfs_ls_ret ret;
  ret.val.len = count_strings (r);
  ret.val.val = r;
  reply ((xdrproc_t) xdr_guestfs_ls_ret, (char *) &ret);
  free_strings (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_ls_args, (char *) &args);
 done_no_free:
  return;
}

static void
ll_stub (XDR *xdr_in)
{
  struct guestfs_ll_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_ll_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *directory = args.directory;
  if (check_pathname ("directory", directory, 0) == -1)
    goto done;
  char *r = do_ll (directory);
  if (r == NULL)
    goto done; /* do_ll sent the error */
  struct guestfs_ll_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_ll_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_ll_args, (char *) &args);
 done_no_free:
  return;
}

static void
readdir_stub (XDR *xdr_in)
{
  struct guestfs_readdir_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_readdir_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *dir = args.dir;
  if (check_pathname ("dir", dir, 0) == -1)
    goto done;
  struct guestfs_int_dirent_list *r = do_readdir (dir);
  if (r == NULL)
    goto done; /* do_readdir sent the error */
  struct guestfs_readdir_ret ret;
  ret.val = *r;
  reply ((xdrproc_t) xdr_guestfs_readdir_ret, (char *) &ret);
  xdr_free ((xdrproc_t) xdr_guestfs_readdir_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_readdir_args, (char *) &args);
 done_no_free:
  return;
}

static void
stat_stub (XDR *xdr_in)
{
  struct guestfs_stat_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_stat_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  struct guestfs_int_stat *r = do_stat (path);
  if (r == NULL)
    goto done; /* do_stat sent the error */
  struct guestfs_stat_ret ret;
  ret.val = *r;
  reply ((xdrproc_t) xdr_guestfs_stat_ret, (char *) &ret);
  xdr_free ((xdrproc_t) xdr_guestfs_stat_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_stat_args, (char *) &args);
 done_no_free:
  return;
}

static void
lstat_stub (XDR *xdr_in)
{
  struct guestfs_lstat_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_lstat_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  struct guestfs_int_stat *r = do_lstat (path);
  if (r == NULL)
    goto done; /* do_lstat sent the error */
  struct guestfs_lstat_ret ret;
  ret.val = *r;
  reply ((xdrproc_t) xdr_guestfs_lstat_ret, (char *) &ret);
  xdr_free ((xdrproc_t) xdr_guestfs_lstat_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_lstat_args, (char *) &args);
 done_no_free:
  return;
}

static void
statns_stub (XDR *xdr_in)
{
  struct guestfs_statns_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_statns_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  struct guestfs_int_statns *r = do_statns (path);
  if (r == NULL)
    goto done; /* do_statns sent the error */
  struct guestfs_statns_ret ret;
  ret.val = *r;
  reply ((xdrproc_t) xdr_guestfs_statns_ret, (char *) &ret);
  xdr_free ((xdrproc_t) xdr_guestfs_statns_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_statns_args, (char *) &args);
 done_no_free:
  return;
}

static void
lstatns_stub (XDR *xdr_in)
{
  struct guestfs_lstatns_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_lstatns_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  struct guestfs_int_statns *r = do_lstatns (path);
  if (r == NULL)
    goto done; /* do_lstatns sent the error */
  struct guestfs_lstatns_ret ret;
  ret.val = *r;
  reply ((xdrproc_t) xdr_guestfs_lstatns_ret, (char *) &ret);
  xdr_free ((xdrproc_t) xdr_guestfs_lstatns_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_lstatns_args, (char *) &args);
 done_no_free:
  return;
}

static void
exists_stub (XDR *xdr_in)
{
  struct guestfs_exists_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_exists_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_exists (path);
  if (r == -1)
    goto done; /* do_exists sent the error */
  struct guestfs_exists_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_exists_ret, (char *) &ret);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_exists_args, (char *) &args);
 done_no_free:
  return;
}

static void
is_file_stub (XDR *xdr_in)
{
  struct guestfs_is_file_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xfffffffffffffffe)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_is_file_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_is_file (path, args.followsymlinks);
  if (r == -1)
    goto done; /* do_is_file sent the error */
  struct guestfs_is_file_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_is_file_ret, (char *) &ret);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_is_file_args, (char *) &args);
 done_no_free:
  return;
}

static void
is_dir_stub (XDR *xdr_in)
{
  struct guestfs_is_dir_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xfffffffffffffffe)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_is_dir_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_is_dir (path, args.followsymlinks);
  if (r == -1)
    goto done; /* do_is_dir sent the error */
  struct guestfs_is_dir_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_is_dir_ret, (char *) &ret);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_is_dir_args, (char *) &args);
 done_no_free:
  return;
}

static void
is_symlink_stub (XDR *xdr_in)
{
  struct guestfs_is_symlink_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_is_symlink_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_is_symlink (path);
  if (r == -1)
    goto done; /* do_is_symlink sent the error */
  struct guestfs_is_symlink_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_is_symlink_ret, (char *) &ret);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_is_symlink_args, (char *) &args);
 done_no_free:
  return;
}

static void
filesize_stub (XDR *xdr_in)
{
  struct guestfs_filesize_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_filesize_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *file = args.file;
  if (check_pathname ("file", file, 0) == -1)
    goto done;
  int64_t r = do_filesize (file);
  if (r == -1)
    goto done; /* do_filesize sent the error */
  struct guestfs_filesize_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_filesize_ret, (char *) &ret);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_filesize_args, (char *) &args);
 done_no_free:
  return;
}

static void
df_stub (XDR *xdr_in)
{
  (void) xdr_in;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  char *r = do_df ();
  if (r == NULL)
    goto done; /* do_df sent the error */
  struct guestfs_df_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_df_ret, (char *) &ret);
  free (r);
 done:
 done_no_free:
  return;
}

static void
statvfs_stub (XDR *xdr_in)
{
  struct guestfs_statvfs_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_statvfs_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  struct guestfs_int_statvfs *r = do_statvfs (path);
  if (r == NULL)
    goto done; /* do_statvfs sent the error */
  struct guestfs_statvfs_ret ret;
  ret.val = *r;
  reply ((xdrproc_t) xdr_guestfs_statvfs_ret, (char *) &ret);
  xdr_free ((xdrproc_t) xdr_guestfs_statvfs_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_statvfs_args, (char *) &args);
 done_no_free:
  return;
}

static void
vfs_type_stub (XDR *xdr_in)
{
  struct guestfs_vfs_type_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *mountable = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_vfs_type_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  mountable = resolve_device ("mountable", args.mountable, 0);
  if (mountable == NULL)
    goto done;
  char *r = do_vfs_type (mountable);
  if (r == NULL)
    goto done; /* do_vfs_type sent the error */
  struct guestfs_vfs_type_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_vfs_type_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_vfs_type_args, (char *) &args);
 done_no_free:
  return;
}

static void
vfs_label_stub (XDR *xdr_in)
{
  struct guestfs_vfs_label_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *mountable = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_vfs_label_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  mountable = resolve_device ("mountable", args.mountable, 0);
  if (mountable == NULL)
    goto done;
  char *r = do_vfs_label (mountable);
  if (r == NULL)
    goto done; /* do_vfs_label sent the error */
  struct guestfs_vfs_label_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_vfs_label_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_vfs_label_args, (char *) &args);
 done_no_free:
  return;
}

static void
vfs_uuid_stub (XDR *xdr_in)
{
  struct guestfs_vfs_uuid_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *mountable = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_vfs_uuid_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  mountable = resolve_device ("mountable", args.mountable, 0);
  if (mountable == NULL)
    goto done;
  char *r = do_vfs_uuid (mountable);
  if (r == NULL)
    goto done; /* do_vfs_uuid sent the error */
  struct guestfs_vfs_uuid_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_vfs_uuid_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_vfs_uuid_args, (char *) &args);
 done_no_free:
  return;
}

static void
set_label_stub (XDR *xdr_in)
{
  struct guestfs_set_label_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *mountable = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_set_label_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  mountable = resolve_device ("mountable", args.mountable, 0);
  if (mountable == NULL)
    goto done;
  int r = do_set_label (mountable, args.label);
  if (r == -1)
    goto done; /* do_set_label sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_set_label_args, (char *) &args);
 done_no_free:
  return;
}

static void
checksum_stub (XDR *xdr_in)
{
  struct guestfs_checksum_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_checksum_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  char *r = do_checksum (args.csumtype, path);
  if (r == NULL)
    goto done; /* do_checksum sent the error */
  struct guestfs_checksum_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_checksum_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_checksum_args, (char *) &args);
 done_no_free:
  return;
}

static void
fill_stub (XDR *xdr_in)
{
  struct guestfs_fill_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_fill_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  const char *path = args.path;
  if (check_pathname ("path", path, 0) == -1)
    goto done;
  int r = do_fill (args.c, args.len, path);
  if (r == -1)
    goto done; /* do_fill sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_fill_args, (char *) &args);
 done_no_free:
  return;
}

static void
zero_stub (XDR *xdr_in)
{
  struct guestfs_zero_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *device = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_zero_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  device = resolve_device ("device", args.device, 0);
  if (device == NULL)
    goto done;
  int r = do_zero (device);
  if (r == -1)
    goto done; /* do_zero sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_zero_args, (char *) &args);
 done_no_free:
  return;
}

static void
dd_stub (XDR *xdr_in)
{
  struct guestfs_dd_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *src = NULL;
  CLEANUP_FREE char *dest = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_dd_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  src = resolve_device_or_path ("src", args.src, 0);
  if (src == NULL)
    goto done;
  dest = resolve_device_or_path ("dest", args.dest, 0);
  if (dest == NULL)
    goto done;
  int r = do_dd (src, dest);
  if (r == -1)
    goto done; /* do_dd sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_dd_args, (char *) &args);
 done_no_free:
  return;
}

static void
command_stub (XDR *xdr_in)
{
  struct guestfs_command_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char **arguments = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_command_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  arguments = take_stringsbuf (&args.arguments);
  if (arguments == NULL)
    goto done;
  char *r = do_command (arguments);
  if (r == NULL)
    goto done; /* do_command sent the error */
  struct guestfs_command_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_command_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_command_args, (char *) &args);
 done_no_free:
  return;
}

static void
sh_stub (XDR *xdr_in)
{
  struct guestfs_sh_args args;
  memset (&args, 0, sizeof args);
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_sh_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  char *r = do_sh (args.command);
  if (r == NULL)
    goto done; /* do_sh sent the error */
  struct guestfs_sh_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_sh_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_sh_args, (char *) &args);
 done_no_free:
  return;
}

static void
debug_stub (XDR *xdr_in)
{
  struct guestfs_debug_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char **extraargs = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_debug_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  extraargs = take_stringsbuf (&args.extraargs);
  if (extraargs == NULL)
    goto done;
  char *r = do_debug (args.subcmd, extraargs);
  if (r == NULL)
    goto done; /* do_debug sent the error */
  struct guestfs_debug_ret ret = { .val = r };
  reply ((xdrproc_t) xdr_guestfs_debug_ret, (char *) &ret);
  free (r);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_debug_args, (char *) &args);
 done_no_free:
  return;
}

static void
blockdev_rereadpt_stub (XDR *xdr_in)
{
  struct guestfs_blockdev_rereadpt_args args;
  memset (&args, 0, sizeof args);
  CLEANUP_FREE char *device = NULL;
  if (optargs_bitmask & UINT64_C(0xffffffffffffffff)) {
    reply_with_error ("unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)");
    goto done_no_free;
  }
  if (!xdr_guestfs_blockdev_rereadpt_args (xdr_in, &args)) {
    reply_with_error ("daemon failed to decode procedure arguments");
    goto done;
  }
  device = resolve_device ("device", args.device, 0);
  if (device == NULL)
    goto done;
  int r = do_blockdev_rereadpt (device);
  if (r == -1)
    goto done; /* do_blockdev_rereadpt sent the error */
  reply (NULL, NULL);
 done:
  xdr_free ((xdrproc_t) xdr_guestfs_blockdev_rereadpt_args, (char *) &args);
 done_no_free:
  return;
}

void
dispatch_incoming_message (int proc_nr, XDR *xdr_in)
{
  switch (proc_nr) {
  case GUESTFS_PROC_PING_DAEMON:
    ping_daemon_stub (xdr_in);
    break;
  case GUESTFS_PROC_LIST_DEVICES:
    list_devices_stub (xdr_in);
    break;
  case GUESTFS_PROC_LIST_PARTITIONS:
    list_partitions_stub (xdr_in);
    break;
  case GUESTFS_PROC_LIST_FILESYSTEMS:
    list_filesystems_stub (xdr_in);
    break;
  case GUESTFS_PROC_BLOCKDEV_GETSIZE64:
    blockdev_getsize64_stub (xdr_in);
    break;
  case GUESTFS_PROC_BLOCKDEV_GETSS:
    blockdev_getss_stub (xdr_in);
    break;
  case GUESTFS_PROC_PART_INIT:
    part_init_stub (xdr_in);
    break;
  case GUESTFS_PROC_PART_ADD:
    part_add_stub (xdr_in);
    break;
  case GUESTFS_PROC_PART_DISK:
    part_disk_stub (xdr_in);
    break;
  case GUESTFS_PROC_PART_LIST:
    part_list_stub (xdr_in);
    break;
  case GUESTFS_PROC_PART_GET_PARTTYPE:
    part_get_parttype_stub (xdr_in);
    break;
  case GUESTFS_PROC_MKFS:
    mkfs_stub (xdr_in);
    break;
  case GUESTFS_PROC_MOUNT:
    mount_stub (xdr_in);
    break;
  case GUESTFS_PROC_MOUNT_RO:
    mount_ro_stub (xdr_in);
    break;
  case GUESTFS_PROC_MOUNT_OPTIONS:
    mount_options_stub (xdr_in);
    break;
  case GUESTFS_PROC_UMOUNT:
    umount_stub (xdr_in);
    break;
  case GUESTFS_PROC_UMOUNT_ALL:
    umount_all_stub (xdr_in);
    break;
  case GUESTFS_PROC_MOUNTS:
    mounts_stub (xdr_in);
    break;
  case GUESTFS_PROC_SYNC:
    sync_stub (xdr_in);
    break;
  case GUESTFS_PROC_TOUCH:
    touch_stub (xdr_in);
    break;
  case GUESTFS_PROC_MKDIR:
    mkdir_stub (xdr_in);
    break;
  case GUESTFS_PROC_MKDIR_P:
    mkdir_p_stub (xdr_in);
    break;
  case GUESTFS_PROC_RMDIR:
    rmdir_stub (xdr_in);
    break;
  case GUESTFS_PROC_RM:
    rm_stub (xdr_in);
    break;
  case GUESTFS_PROC_RM_RF:
    rm_rf_stub (xdr_in);
    break;
  case GUESTFS_PROC_RENAME:
    rename_stub (xdr_in);
    break;
  case GUESTFS_PROC_CP:
    cp_stub (xdr_in);
    break;
  case GUESTFS_PROC_CP_A:
    cp_a_stub (xdr_in);
    break;
  case GUESTFS_PROC_MV:
    mv_stub (xdr_in);
    break;
  case GUESTFS_PROC_LN_S:
    ln_s_stub (xdr_in);
    break;
  case GUESTFS_PROC_READLINK:
    readlink_stub (xdr_in);
    break;
  case GUESTFS_PROC_CHMOD:
    chmod_stub (xdr_in);
    break;
  case GUESTFS_PROC_CHOWN:
    chown_stub (xdr_in);
    break;
  case GUESTFS_PROC_WRITE:
    write_stub (xdr_in);
    break;
  case GUESTFS_PROC_WRITE_APPEND:
    write_append_stub (xdr_in);
    break;
  case GUESTFS_PROC_READ_FILE:
    read_file_stub (xdr_in);
    break;
  case GUESTFS_PROC_CAT:
    cat_stub (xdr_in);
    break;
  case GUESTFS_PROC_HEAD:
    head_stub (xdr_in);
    break;
  case GUESTFS_PROC_TAIL:
    tail_stub (xdr_in);
    break;
  case GUESTFS_PROC_READ_LINES:
    read_lines_stub (xdr_in);
    break;
  case GUESTFS_PROC_UPLOAD:
    upload_stub (xdr_in);
    break;
  case GUESTFS_PROC_DOWNLOAD:
    download_stub (xdr_in);
    break;
  case GUESTFS_PROC_TAR_IN:
    tar_in_stub (xdr_in);
    break;
  case GUESTFS_PROC_TAR_OUT:
    tar_out_stub (xdr_in);
    break;
  case GUESTFS_PROC_LS:
    ls_stub (xdr_in);
    break;
  case GUESTFS_PROC_LL:
    ll_stub (xdr_in);
    break;
  case GUESTFS_PROC_READDIR:
    readdir_stub (xdr_in);
    break;
  case GUESTFS_PROC_STAT:
    stat_stub (xdr_in);
    break;
  case GUESTFS_PROC_LSTAT:
    lstat_stub (xdr_in);
    break;
  case GUESTFS_PROC_STATNS:
    statns_stub (xdr_in);
    break;
  case GUESTFS_PROC_LSTATNS:
    lstatns_stub (xdr_in);
    break;
  case GUESTFS_PROC_EXISTS:
    exists_stub (xdr_in);
    break;
  case GUESTFS_PROC_IS_FILE:
    is_file_stub (xdr_in);
    break;
  case GUESTFS_PROC_IS_DIR:
    is_dir_stub (xdr_in);
    break;
  case GUESTFS_PROC_IS_SYMLINK:
    is_symlink_stub (xdr_in);
    break;
  case GUESTFS_PROC_FILESIZE:
    filesize_stub (xdr_in);
    break;
  case GUESTFS_PROC_DF:
    df_stub (xdr_in);
    break;
  case GUESTFS_PROC_STATVFS:
    statvfs_stub (xdr_in);
    break;
  case GUESTFS_PROC_VFS_TYPE:
    vfs_type_stub (xdr_in);
    break;
  case GUESTFS_PROC_VFS_LABEL:
    vfs_label_stub (xdr_in);
    break;
  case GUESTFS_PROC_VFS_UUID:
    vfs_uuid_stub (xdr_in);
    break;
  case GUESTFS_PROC_SET_LABEL:
    set_label_stub (xdr_in);
    break;
  case GUESTFS_PROC_CHECKSUM:
    checksum_stub (xdr_in);
    break;
  case GUESTFS_PROC_FILL:
    fill_stub (xdr_in);
    break;
  case GUESTFS_PROC_ZERO:
    zero_stub (xdr_in);
    break;
  case GUESTFS_PROC_DD:
    dd_stub (xdr_in);
    break;
  case GUESTFS_PROC_COMMAND:
    command_stub (xdr_in);
    break;
  case GUESTFS_PROC_SH:
    sh_stub (xdr_in);
    break;
  case GUESTFS_PROC_DEBUG:
    debug_stub (xdr_in);
    break;
  case GUESTFS_PROC_BLOCKDEV_REREADPT:
    blockdev_rereadpt_stub (xdr_in);
    break;
  default:
    reply_with_error ("dispatch_incoming_message: unknown procedure number %d, set LIBGUESTFS_PATH to point to the matching appliance", proc_nr);
  }
}

enum file_transfer
proc_file_transfer (int proc_nr)
{
  switch (proc_nr) {
  case GUESTFS_PROC_UPLOAD:
  case GUESTFS_PROC_TAR_IN:
    return FILE_TRANSFER_IN;
  case GUESTFS_PROC_DOWNLOAD:
  case GUESTFS_PROC_TAR_OUT:
    return FILE_TRANSFER_OUT;
  default:
    return FILE_TRANSFER_NONE;
  }
}
