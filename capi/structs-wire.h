/* GENERATED FILE: do not edit.
 * Made by generator/c.py from generator/api.py;
 * change those and run 'make -C generator' (or just 'make').
 */

#ifndef GUESTFS_STRUCTS_WIRE_H
#define GUESTFS_STRUCTS_WIRE_H

#include "guestfs_protocol.h"

/* Turn a struct received from the daemon into the public struct,
 * taking ownership of its strings.  NULL (error set) on failure.
 */
extern struct guestfs_int_bool *guestfs_int_copy_wire_int_bool (guestfs_h *g, struct guestfs_int_int_bool *w);
extern struct guestfs_int_bool_list *guestfs_int_copy_wire_int_bool_list (guestfs_h *g, struct guestfs_int_int_bool_list *w);
extern struct guestfs_version *guestfs_int_copy_wire_version (guestfs_h *g, struct guestfs_int_version *w);
extern struct guestfs_version_list *guestfs_int_copy_wire_version_list (guestfs_h *g, struct guestfs_int_version_list *w);
extern struct guestfs_dirent *guestfs_int_copy_wire_dirent (guestfs_h *g, struct guestfs_int_dirent *w);
extern struct guestfs_dirent_list *guestfs_int_copy_wire_dirent_list (guestfs_h *g, struct guestfs_int_dirent_list *w);
extern struct guestfs_stat *guestfs_int_copy_wire_stat (guestfs_h *g, struct guestfs_int_stat *w);
extern struct guestfs_stat_list *guestfs_int_copy_wire_stat_list (guestfs_h *g, struct guestfs_int_stat_list *w);
extern struct guestfs_statns *guestfs_int_copy_wire_statns (guestfs_h *g, struct guestfs_int_statns *w);
extern struct guestfs_statns_list *guestfs_int_copy_wire_statns_list (guestfs_h *g, struct guestfs_int_statns_list *w);
extern struct guestfs_statvfs *guestfs_int_copy_wire_statvfs (guestfs_h *g, struct guestfs_int_statvfs *w);
extern struct guestfs_statvfs_list *guestfs_int_copy_wire_statvfs_list (guestfs_h *g, struct guestfs_int_statvfs_list *w);
extern struct guestfs_partition *guestfs_int_copy_wire_partition (guestfs_h *g, struct guestfs_int_partition *w);
extern struct guestfs_partition_list *guestfs_int_copy_wire_partition_list (guestfs_h *g, struct guestfs_int_partition_list *w);

#endif
