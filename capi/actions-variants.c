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
guestfs_add_drive (guestfs_h *g, const char *filename)
{
  struct guestfs_add_drive_opts_argv optargs_s = { .bitmask = 0 };
  return guestfs_add_drive_opts_argv (g, filename, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_add_drive_opts (guestfs_h *g, const char *filename, ...)
{
  va_list optargs;
  int r;

  va_start (optargs, filename);
  r = guestfs_add_drive_opts_va (g, filename, optargs);
  va_end (optargs);
  return r;
}

GUESTFS_DLL_PUBLIC int
guestfs_add_drive_opts_va (guestfs_h *g, const char *filename, va_list args)
{
  struct guestfs_add_drive_opts_argv optargs_s = { .bitmask = 0 };
  int i;

  while ((i = va_arg (args, int)) >= 0) {
    switch (i) {
    case GUESTFS_ADD_DRIVE_OPTS_READONLY:
      optargs_s.readonly = va_arg (args, int);
      break;
    case GUESTFS_ADD_DRIVE_OPTS_FORMAT:
      optargs_s.format = va_arg (args, const char *);
      break;
    case GUESTFS_ADD_DRIVE_OPTS_IFACE:
      optargs_s.iface = va_arg (args, const char *);
      break;
    case GUESTFS_ADD_DRIVE_OPTS_NAME:
      optargs_s.name = va_arg (args, const char *);
      break;
    case GUESTFS_ADD_DRIVE_OPTS_LABEL:
      optargs_s.label = va_arg (args, const char *);
      break;
    case GUESTFS_ADD_DRIVE_OPTS_CACHEMODE:
      optargs_s.cachemode = va_arg (args, const char *);
      break;
    case GUESTFS_ADD_DRIVE_OPTS_DISCARD:
      optargs_s.discard = va_arg (args, const char *);
      break;
    default:
      if (g)
        guestfs_int_unknown_optarg_code (g, "add_drive_opts", i);
      return -1;
    }
    if (optargs_s.bitmask & (UINT64_C(1) << i)) {
      if (g)
        guestfs_int_duplicate_optarg (g, "add_drive_opts", i);
      return -1;
    }
    optargs_s.bitmask |= UINT64_C(1) << i;
  }

  return guestfs_add_drive_opts_argv (g, filename, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_add_drive_scratch (guestfs_h *g, int64_t size, ...)
{
  va_list optargs;
  int r;

  va_start (optargs, size);
  r = guestfs_add_drive_scratch_va (g, size, optargs);
  va_end (optargs);
  return r;
}

GUESTFS_DLL_PUBLIC int
guestfs_add_drive_scratch_va (guestfs_h *g, int64_t size, va_list args)
{
  struct guestfs_add_drive_scratch_argv optargs_s = { .bitmask = 0 };
  int i;

  while ((i = va_arg (args, int)) >= 0) {
    switch (i) {
    case GUESTFS_ADD_DRIVE_SCRATCH_NAME:
      optargs_s.name = va_arg (args, const char *);
      break;
    case GUESTFS_ADD_DRIVE_SCRATCH_LABEL:
      optargs_s.label = va_arg (args, const char *);
      break;
    default:
      if (g)
        guestfs_int_unknown_optarg_code (g, "add_drive_scratch", i);
      return -1;
    }
    if (optargs_s.bitmask & (UINT64_C(1) << i)) {
      if (g)
        guestfs_int_duplicate_optarg (g, "add_drive_scratch", i);
      return -1;
    }
    optargs_s.bitmask |= UINT64_C(1) << i;
  }

  return guestfs_add_drive_scratch_argv (g, size, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_internal_test (guestfs_h *g, const char *str, const char *optstr, char *const *strlist, int b, int integer, int64_t integer64, const char *filein, const char *fileout, const char *bufferin, size_t bufferin_size, ...)
{
  va_list optargs;
  int r;

  va_start (optargs, bufferin_size);
  r = guestfs_internal_test_va (g, str, optstr, strlist, b, integer, integer64, filein, fileout, bufferin, bufferin_size, optargs);
  va_end (optargs);
  return r;
}

GUESTFS_DLL_PUBLIC int
guestfs_internal_test_va (guestfs_h *g, const char *str, const char *optstr, char *const *strlist, int b, int integer, int64_t integer64, const char *filein, const char *fileout, const char *bufferin, size_t bufferin_size, va_list args)
{
  struct guestfs_internal_test_argv optargs_s = { .bitmask = 0 };
  int i;

  while ((i = va_arg (args, int)) >= 0) {
    switch (i) {
    case GUESTFS_INTERNAL_TEST_OBOOL:
      optargs_s.obool = va_arg (args, int);
      break;
    case GUESTFS_INTERNAL_TEST_OINT:
      optargs_s.oint = va_arg (args, int);
      break;
    case GUESTFS_INTERNAL_TEST_OINT64:
      optargs_s.oint64 = va_arg (args, int64_t);
      break;
    case GUESTFS_INTERNAL_TEST_OSTRING:
      optargs_s.ostring = va_arg (args, const char *);
      break;
    case GUESTFS_INTERNAL_TEST_OSTRINGLIST:
      optargs_s.ostringlist = va_arg (args, char *const *);
      break;
    default:
      if (g)
        guestfs_int_unknown_optarg_code (g, "internal_test", i);
      return -1;
    }
    if (optargs_s.bitmask & (UINT64_C(1) << i)) {
      if (g)
        guestfs_int_duplicate_optarg (g, "internal_test", i);
      return -1;
    }
    optargs_s.bitmask |= UINT64_C(1) << i;
  }

  return guestfs_internal_test_argv (g, str, optstr, strlist, b, integer, integer64, filein, fileout, bufferin, bufferin_size, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_internal_test_only_optargs (guestfs_h *g, ...)
{
  va_list optargs;
  int r;

  va_start (optargs, g);
  r = guestfs_internal_test_only_optargs_va (g, optargs);
  va_end (optargs);
  return r;
}

GUESTFS_DLL_PUBLIC int
guestfs_internal_test_only_optargs_va (guestfs_h *g, va_list args)
{
  struct guestfs_internal_test_only_optargs_argv optargs_s = { .bitmask = 0 };
  int i;

  while ((i = va_arg (args, int)) >= 0) {
    switch (i) {
    case GUESTFS_INTERNAL_TEST_ONLY_OPTARGS_TEST:
      optargs_s.test = va_arg (args, int);
      break;
    default:
      if (g)
        guestfs_int_unknown_optarg_code (g, "internal_test_only_optargs", i);
      return -1;
    }
    if (optargs_s.bitmask & (UINT64_C(1) << i)) {
      if (g)
        guestfs_int_duplicate_optarg (g, "internal_test_only_optargs", i);
      return -1;
    }
    optargs_s.bitmask |= UINT64_C(1) << i;
  }

  return guestfs_internal_test_only_optargs_argv (g, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_is_dir (guestfs_h *g, const char *path)
{
  struct guestfs_is_dir_opts_argv optargs_s = { .bitmask = 0 };
  return guestfs_is_dir_opts_argv (g, path, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_is_dir_opts (guestfs_h *g, const char *path, ...)
{
  va_list optargs;
  int r;

  va_start (optargs, path);
  r = guestfs_is_dir_opts_va (g, path, optargs);
  va_end (optargs);
  return r;
}

GUESTFS_DLL_PUBLIC int
guestfs_is_dir_opts_va (guestfs_h *g, const char *path, va_list args)
{
  struct guestfs_is_dir_opts_argv optargs_s = { .bitmask = 0 };
  int i;

  while ((i = va_arg (args, int)) >= 0) {
    switch (i) {
    case GUESTFS_IS_DIR_OPTS_FOLLOWSYMLINKS:
      optargs_s.followsymlinks = va_arg (args, int);
      break;
    default:
      if (g)
        guestfs_int_unknown_optarg_code (g, "is_dir_opts", i);
      return -1;
    }
    if (optargs_s.bitmask & (UINT64_C(1) << i)) {
      if (g)
        guestfs_int_duplicate_optarg (g, "is_dir_opts", i);
      return -1;
    }
    optargs_s.bitmask |= UINT64_C(1) << i;
  }

  return guestfs_is_dir_opts_argv (g, path, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_is_file (guestfs_h *g, const char *path)
{
  struct guestfs_is_file_opts_argv optargs_s = { .bitmask = 0 };
  return guestfs_is_file_opts_argv (g, path, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_is_file_opts (guestfs_h *g, const char *path, ...)
{
  va_list optargs;
  int r;

  va_start (optargs, path);
  r = guestfs_is_file_opts_va (g, path, optargs);
  va_end (optargs);
  return r;
}

GUESTFS_DLL_PUBLIC int
guestfs_is_file_opts_va (guestfs_h *g, const char *path, va_list args)
{
  struct guestfs_is_file_opts_argv optargs_s = { .bitmask = 0 };
  int i;

  while ((i = va_arg (args, int)) >= 0) {
    switch (i) {
    case GUESTFS_IS_FILE_OPTS_FOLLOWSYMLINKS:
      optargs_s.followsymlinks = va_arg (args, int);
      break;
    default:
      if (g)
        guestfs_int_unknown_optarg_code (g, "is_file_opts", i);
      return -1;
    }
    if (optargs_s.bitmask & (UINT64_C(1) << i)) {
      if (g)
        guestfs_int_duplicate_optarg (g, "is_file_opts", i);
      return -1;
    }
    optargs_s.bitmask |= UINT64_C(1) << i;
  }

  return guestfs_is_file_opts_argv (g, path, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_mkfs (guestfs_h *g, const char *fstype, const char *device)
{
  struct guestfs_mkfs_opts_argv optargs_s = { .bitmask = 0 };
  return guestfs_mkfs_opts_argv (g, fstype, device, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_mkfs_opts (guestfs_h *g, const char *fstype, const char *device, ...)
{
  va_list optargs;
  int r;

  va_start (optargs, device);
  r = guestfs_mkfs_opts_va (g, fstype, device, optargs);
  va_end (optargs);
  return r;
}

GUESTFS_DLL_PUBLIC int
guestfs_mkfs_opts_va (guestfs_h *g, const char *fstype, const char *device, va_list args)
{
  struct guestfs_mkfs_opts_argv optargs_s = { .bitmask = 0 };
  int i;

  while ((i = va_arg (args, int)) >= 0) {
    switch (i) {
    case GUESTFS_MKFS_OPTS_BLOCKSIZE:
      optargs_s.blocksize = va_arg (args, int);
      break;
    case GUESTFS_MKFS_OPTS_FEATURES:
      optargs_s.features = va_arg (args, const char *);
      break;
    case GUESTFS_MKFS_OPTS_INODE:
      optargs_s.inode = va_arg (args, int);
      break;
    case GUESTFS_MKFS_OPTS_SECTORSIZE:
      optargs_s.sectorsize = va_arg (args, int);
      break;
    case GUESTFS_MKFS_OPTS_LABEL:
      optargs_s.label = va_arg (args, const char *);
      break;
    default:
      if (g)
        guestfs_int_unknown_optarg_code (g, "mkfs_opts", i);
      return -1;
    }
    if (optargs_s.bitmask & (UINT64_C(1) << i)) {
      if (g)
        guestfs_int_duplicate_optarg (g, "mkfs_opts", i);
      return -1;
    }
    optargs_s.bitmask |= UINT64_C(1) << i;
  }

  return guestfs_mkfs_opts_argv (g, fstype, device, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_tar_in (guestfs_h *g, const char *tarfile, const char *directory)
{
  struct guestfs_tar_in_opts_argv optargs_s = { .bitmask = 0 };
  return guestfs_tar_in_opts_argv (g, tarfile, directory, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_tar_in_opts (guestfs_h *g, const char *tarfile, const char *directory, ...)
{
  va_list optargs;
  int r;

  va_start (optargs, directory);
  r = guestfs_tar_in_opts_va (g, tarfile, directory, optargs);
  va_end (optargs);
  return r;
}

GUESTFS_DLL_PUBLIC int
guestfs_tar_in_opts_va (guestfs_h *g, const char *tarfile, const char *directory, va_list args)
{
  struct guestfs_tar_in_opts_argv optargs_s = { .bitmask = 0 };
  int i;

  while ((i = va_arg (args, int)) >= 0) {
    switch (i) {
    case GUESTFS_TAR_IN_OPTS_COMPRESS:
      optargs_s.compress = va_arg (args, const char *);
      break;
    case GUESTFS_TAR_IN_OPTS_XATTRS:
      optargs_s.xattrs = va_arg (args, int);
      break;
    case GUESTFS_TAR_IN_OPTS_SELINUX:
      optargs_s.selinux = va_arg (args, int);
      break;
    case GUESTFS_TAR_IN_OPTS_ACLS:
      optargs_s.acls = va_arg (args, int);
      break;
    default:
      if (g)
        guestfs_int_unknown_optarg_code (g, "tar_in_opts", i);
      return -1;
    }
    if (optargs_s.bitmask & (UINT64_C(1) << i)) {
      if (g)
        guestfs_int_duplicate_optarg (g, "tar_in_opts", i);
      return -1;
    }
    optargs_s.bitmask |= UINT64_C(1) << i;
  }

  return guestfs_tar_in_opts_argv (g, tarfile, directory, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_tar_out (guestfs_h *g, const char *directory, const char *tarfile)
{
  struct guestfs_tar_out_opts_argv optargs_s = { .bitmask = 0 };
  return guestfs_tar_out_opts_argv (g, directory, tarfile, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_tar_out_opts (guestfs_h *g, const char *directory, const char *tarfile, ...)
{
  va_list optargs;
  int r;

  va_start (optargs, tarfile);
  r = guestfs_tar_out_opts_va (g, directory, tarfile, optargs);
  va_end (optargs);
  return r;
}

GUESTFS_DLL_PUBLIC int
guestfs_tar_out_opts_va (guestfs_h *g, const char *directory, const char *tarfile, va_list args)
{
  struct guestfs_tar_out_opts_argv optargs_s = { .bitmask = 0 };
  int i;

  while ((i = va_arg (args, int)) >= 0) {
    switch (i) {
    case GUESTFS_TAR_OUT_OPTS_COMPRESS:
      optargs_s.compress = va_arg (args, const char *);
      break;
    case GUESTFS_TAR_OUT_OPTS_NUMERICOWNER:
      optargs_s.numericowner = va_arg (args, int);
      break;
    case GUESTFS_TAR_OUT_OPTS_EXCLUDES:
      optargs_s.excludes = va_arg (args, char *const *);
      break;
    case GUESTFS_TAR_OUT_OPTS_XATTRS:
      optargs_s.xattrs = va_arg (args, int);
      break;
    case GUESTFS_TAR_OUT_OPTS_SELINUX:
      optargs_s.selinux = va_arg (args, int);
      break;
    case GUESTFS_TAR_OUT_OPTS_ACLS:
      optargs_s.acls = va_arg (args, int);
      break;
    default:
      if (g)
        guestfs_int_unknown_optarg_code (g, "tar_out_opts", i);
      return -1;
    }
    if (optargs_s.bitmask & (UINT64_C(1) << i)) {
      if (g)
        guestfs_int_duplicate_optarg (g, "tar_out_opts", i);
      return -1;
    }
    optargs_s.bitmask |= UINT64_C(1) << i;
  }

  return guestfs_tar_out_opts_argv (g, directory, tarfile, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_umount (guestfs_h *g, const char *pathordevice)
{
  struct guestfs_umount_opts_argv optargs_s = { .bitmask = 0 };
  return guestfs_umount_opts_argv (g, pathordevice, &optargs_s);
}

GUESTFS_DLL_PUBLIC int
guestfs_umount_opts (guestfs_h *g, const char *pathordevice, ...)
{
  va_list optargs;
  int r;

  va_start (optargs, pathordevice);
  r = guestfs_umount_opts_va (g, pathordevice, optargs);
  va_end (optargs);
  return r;
}

GUESTFS_DLL_PUBLIC int
guestfs_umount_opts_va (guestfs_h *g, const char *pathordevice, va_list args)
{
  struct guestfs_umount_opts_argv optargs_s = { .bitmask = 0 };
  int i;

  while ((i = va_arg (args, int)) >= 0) {
    switch (i) {
    case GUESTFS_UMOUNT_OPTS_FORCE:
      optargs_s.force = va_arg (args, int);
      break;
    case GUESTFS_UMOUNT_OPTS_LAZYUNMOUNT:
      optargs_s.lazyunmount = va_arg (args, int);
      break;
    default:
      if (g)
        guestfs_int_unknown_optarg_code (g, "umount_opts", i);
      return -1;
    }
    if (optargs_s.bitmask & (UINT64_C(1) << i)) {
      if (g)
        guestfs_int_duplicate_optarg (g, "umount_opts", i);
      return -1;
    }
    optargs_s.bitmask |= UINT64_C(1) << i;
  }

  return guestfs_umount_opts_argv (g, pathordevice, &optargs_s);
}
