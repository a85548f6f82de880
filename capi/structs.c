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

GUESTFS_DLL_PUBLIC void
guestfs_free_int_bool (struct guestfs_int_bool *x)
{
  if (x == NULL)
    return;
  free (x);
}

GUESTFS_DLL_PUBLIC void
guestfs_free_int_bool_list (struct guestfs_int_bool_list *x)
{
  if (x == NULL)
    return;
  free (x->val);
  free (x);
}

static void
move_wire_int_bool (struct guestfs_int_bool *p, struct guestfs_int_int_bool *w)
{
  p->i = w->i;
  p->b = w->b;
}

struct guestfs_int_bool *
guestfs_int_copy_wire_int_bool (guestfs_h *g, struct guestfs_int_int_bool *w)
{
  struct guestfs_int_bool *p = guestfs_int_safe_malloc (g, sizeof *p);
  move_wire_int_bool (p, w);
  return p;
}

struct guestfs_int_bool_list *
guestfs_int_copy_wire_int_bool_list (guestfs_h *g, struct guestfs_int_int_bool_list *w)
{
  struct guestfs_int_bool_list *p = guestfs_int_safe_malloc (g, sizeof *p);
  p->len = w->len;
  p->val = guestfs_int_safe_calloc (g, w->len ? w->len : 1, sizeof *p->val);
  for (uint32_t i = 0; i < w->len; ++i)
    move_wire_int_bool (&p->val[i], &w->val[i]);
  return p;
}

GUESTFS_DLL_PUBLIC void
guestfs_free_version (struct guestfs_version *x)
{
  if (x == NULL)
    return;
  free (x->extra);
  free (x);
}

GUESTFS_DLL_PUBLIC void
guestfs_free_version_list (struct guestfs_version_list *x)
{
  if (x == NULL)
    return;
  for (uint32_t i = 0; i < x->len; ++i) {
    free (x->val[i].extra);
  }
  free (x->val);
  free (x);
}

static void
move_wire_version (struct guestfs_version *p, struct guestfs_int_version *w)
{
  p->major = w->major;
  p->minor = w->minor;
  p->release = w->release;
  p->extra = w->extra;
  w->extra = NULL;
}

struct guestfs_version *
guestfs_int_copy_wire_version (guestfs_h *g, struct guestfs_int_version *w)
{
  struct guestfs_version *p = guestfs_int_safe_malloc (g, sizeof *p);
  move_wire_version (p, w);
  return p;
}

struct guestfs_version_list *
guestfs_int_copy_wire_version_list (guestfs_h *g, struct guestfs_int_version_list *w)
{
  struct guestfs_version_list *p = guestfs_int_safe_malloc (g, sizeof *p);
  p->len = w->len;
  p->val = guestfs_int_safe_calloc (g, w->len ? w->len : 1, sizeof *p->val);
  for (uint32_t i = 0; i < w->len; ++i)
    move_wire_version (&p->val[i], &w->val[i]);
  return p;
}

GUESTFS_DLL_PUBLIC void
guestfs_free_dirent (struct guestfs_dirent *x)
{
  if (x == NULL)
    return;
  free (x->name);
  free (x);
}

GUESTFS_DLL_PUBLIC void
guestfs_free_dirent_list (struct guestfs_dirent_list *x)
{
  if (x == NULL)
    return;
  for (uint32_t i = 0; i < x->len; ++i) {
    free (x->val[i].name);
  }
  free (x->val);
  free (x);
}

static void
move_wire_dirent (struct guestfs_dirent *p, struct guestfs_int_dirent *w)
{
  p->ino = w->ino;
  p->ftyp = w->ftyp;
  p->name = w->name;
  w->name = NULL;
}

struct guestfs_dirent *
guestfs_int_copy_wire_dirent (guestfs_h *g, struct guestfs_int_dirent *w)
{
  struct guestfs_dirent *p = guestfs_int_safe_malloc (g, sizeof *p);
  move_wire_dirent (p, w);
  return p;
}

struct guestfs_dirent_list *
guestfs_int_copy_wire_dirent_list (guestfs_h *g, struct guestfs_int_dirent_list *w)
{
  struct guestfs_dirent_list *p = guestfs_int_safe_malloc (g, sizeof *p);
  p->len = w->len;
  p->val = guestfs_int_safe_calloc (g, w->len ? w->len : 1, sizeof *p->val);
  for (uint32_t i = 0; i < w->len; ++i)
    move_wire_dirent (&p->val[i], &w->val[i]);
  return p;
}

GUESTFS_DLL_PUBLIC void
guestfs_free_stat (struct guestfs_stat *x)
{
  if (x == NULL)
    return;
  free (x);
}

GUESTFS_DLL_PUBLIC void
guestfs_free_stat_list (struct guestfs_stat_list *x)
{
  if (x == NULL)
    return;
  free (x->val);
  free (x);
}

static void
move_wire_stat (struct guestfs_stat *p, struct guestfs_int_stat *w)
{
  p->dev = w->dev;
  p->ino = w->ino;
  p->mode = w->mode;
  p->nlink = w->nlink;
  p->uid = w->uid;
  p->gid = w->gid;
  p->rdev = w->rdev;
  p->size = w->size;
  p->blksize = w->blksize;
  p->blocks = w->blocks;
  p->atime = w->atime;
  p->mtime = w->mtime;
  p->ctime = w->ctime;
}

struct guestfs_stat *
guestfs_int_copy_wire_stat (guestfs_h *g, struct guestfs_int_stat *w)
{
  struct guestfs_stat *p = guestfs_int_safe_malloc (g, sizeof *p);
  move_wire_stat (p, w);
  return p;
}

struct guestfs_stat_list *
guestfs_int_copy_wire_stat_list (guestfs_h *g, struct guestfs_int_stat_list *w)
{
  struct guestfs_stat_list *p = guestfs_int_safe_malloc (g, sizeof *p);
  p->len = w->len;
  p->val = guestfs_int_safe_calloc (g, w->len ? w->len : 1, sizeof *p->val);
  for (uint32_t i = 0; i < w->len; ++i)
    move_wire_stat (&p->val[i], &w->val[i]);
  return p;
}

GUESTFS_DLL_PUBLIC void
guestfs_free_statns (struct guestfs_statns *x)
{
  if (x == NULL)
    return;
  free (x);
}

GUESTFS_DLL_PUBLIC void
guestfs_free_statns_list (struct guestfs_statns_list *x)
{
  if (x == NULL)
    return;
  free (x->val);
  free (x);
}

static void
move_wire_statns (struct guestfs_statns *p, struct guestfs_int_statns *w)
{
  p->st_dev = w->st_dev;
  p->st_ino = w->st_ino;
  p->st_mode = w->st_mode;
  p->st_nlink = w->st_nlink;
  p->st_uid = w->st_uid;
  p->st_gid = w->st_gid;
  p->st_rdev = w->st_rdev;
  p->st_size = w->st_size;
  p->st_blksize = w->st_blksize;
  p->st_blocks = w->st_blocks;
  p->st_atime_sec = w->st_atime_sec;
  p->st_atime_nsec = w->st_atime_nsec;
  p->st_mtime_sec = w->st_mtime_sec;
  p->st_mtime_nsec = w->st_mtime_nsec;
  p->st_ctime_sec = w->st_ctime_sec;
  p->st_ctime_nsec = w->st_ctime_nsec;
  p->st_spare1 = w->st_spare1;
  p->st_spare2 = w->st_spare2;
  p->st_spare3 = w->st_spare3;
  p->st_spare4 = w->st_spare4;
  p->st_spare5 = w->st_spare5;
  p->st_spare6 = w->st_spare6;
}

struct guestfs_statns *
guestfs_int_copy_wire_statns (guestfs_h *g, struct guestfs_int_statns *w)
{
  struct guestfs_statns *p = guestfs_int_safe_malloc (g, sizeof *p);
  move_wire_statns (p, w);
  return p;
}

struct guestfs_statns_list *
guestfs_int_copy_wire_statns_list (guestfs_h *g, struct guestfs_int_statns_list *w)
{
  struct guestfs_statns_list *p = guestfs_int_safe_malloc (g, sizeof *p);
  p->len = w->len;
  p->val = guestfs_int_safe_calloc (g, w->len ? w->len : 1, sizeof *p->val);
  for (uint32_t i = 0; i < w->len; ++i)
    move_wire_statns (&p->val[i], &w->val[i]);
  return p;
}

GUESTFS_DLL_PUBLIC void
guestfs_free_statvfs (struct guestfs_statvfs *x)
{
  if (x == NULL)
    return;
  free (x);
}

GUESTFS_DLL_PUBLIC void
guestfs_free_statvfs_list (struct guestfs_statvfs_list *x)
{
  if (x == NULL)
    return;
  free (x->val);
  free (x);
}

static void
move_wire_statvfs (struct guestfs_statvfs *p, struct guestfs_int_statvfs *w)
{
  p->bsize = w->bsize;
  p->frsize = w->frsize;
  p->blocks = w->blocks;
  p->bfree = w->bfree;
  p->bavail = w->bavail;
  p->files = w->files;
  p->ffree = w->ffree;
  p->favail = w->favail;
  p->fsid = w->fsid;
  p->flag = w->flag;
  p->namemax = w->namemax;
}

struct guestfs_statvfs *
guestfs_int_copy_wire_statvfs (guestfs_h *g, struct guestfs_int_statvfs *w)
{
  struct guestfs_statvfs *p = guestfs_int_safe_malloc (g, sizeof *p);
  move_wire_statvfs (p, w);
  return p;
}

struct guestfs_statvfs_list *
guestfs_int_copy_wire_statvfs_list (guestfs_h *g, struct guestfs_int_statvfs_list *w)
{
  struct guestfs_statvfs_list *p = guestfs_int_safe_malloc (g, sizeof *p);
  p->len = w->len;
  p->val = guestfs_int_safe_calloc (g, w->len ? w->len : 1, sizeof *p->val);
  for (uint32_t i = 0; i < w->len; ++i)
    move_wire_statvfs (&p->val[i], &w->val[i]);
  return p;
}

GUESTFS_DLL_PUBLIC void
guestfs_free_partition (struct guestfs_partition *x)
{
  if (x == NULL)
    return;
  free (x);
}

GUESTFS_DLL_PUBLIC void
guestfs_free_partition_list (struct guestfs_partition_list *x)
{
  if (x == NULL)
    return;
  free (x->val);
  free (x);
}

static void
move_wire_partition (struct guestfs_partition *p, struct guestfs_int_partition *w)
{
  p->part_num = w->part_num;
  p->part_start = w->part_start;
  p->part_end = w->part_end;
  p->part_size = w->part_size;
}

struct guestfs_partition *
guestfs_int_copy_wire_partition (guestfs_h *g, struct guestfs_int_partition *w)
{
  struct guestfs_partition *p = guestfs_int_safe_malloc (g, sizeof *p);
  move_wire_partition (p, w);
  return p;
}

struct guestfs_partition_list *
guestfs_int_copy_wire_partition_list (guestfs_h *g, struct guestfs_int_partition_list *w)
{
  struct guestfs_partition_list *p = guestfs_int_safe_malloc (g, sizeof *p);
  p->len = w->len;
  p->val = guestfs_int_safe_calloc (g, w->len ? w->len : 1, sizeof *p->val);
  for (uint32_t i = 0; i < w->len; ++i)
    move_wire_partition (&p->val[i], &w->val[i]);
  return p;
}
