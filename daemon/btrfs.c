/* btrfs: filesystems, subvolumes, quota groups, balance, scrub, devices,
 * all through btrfs-progs (btrfs, mkfs.btrfs, btrfstune, btrfs-image).
 *
 * Paths given by the caller are resolved inside the sysroot first (as
 * every guest path is) and the tools get the result, so no symlink
 * leads them out of it.  Every other string reaches a tool as an
 * option's value (--label=X) or is checked not to look like an option.
 */

#include <config.h>

#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

#define MAX_ARGS 64

/* Bits of optargs_bitmask: each action's optional arguments in order. */
#define MKFS_ALLOCSTART (1 << 0)
#define MKFS_BYTECOUNT (1 << 1)
#define MKFS_DATATYPE (1 << 2)
#define MKFS_LEAFSIZE (1 << 3)
#define MKFS_LABEL (1 << 4)
#define MKFS_METADATA (1 << 5)
#define MKFS_NODESIZE (1 << 6)
#define MKFS_SECTORSIZE (1 << 7)
#define CREATE_QGROUPID (1 << 0)
#define SNAPSHOT_RO (1 << 0)
#define SNAPSHOT_QGROUPID (1 << 1)
#define RESIZE_SIZE (1 << 0)
#define FSCK_SUPERBLOCK (1 << 0)
#define FSCK_REPAIR (1 << 1)
#define IMAGE_COMPRESSLEVEL (1 << 0)
#define DEFRAG_FLUSH (1 << 0)
#define DEFRAG_COMPRESS (1 << 1)

/* ------------------------------------------------------------ helpers */

static bool
has_filesystem (const char *fs)
{
  CLEANUP_FREE char *line = NULL;
  size_t len = 0;
  FILE *fp = fopen ("/proc/filesystems", "re");
  bool r = false;

  if (fp == NULL)
    return false;
  while (!r && getline (&line, &len, fp) > 0)
    {
      char *name = strrchr (line, '\t');
      name = name ? name + 1 : line;
      trim_end (name);
      r = strcmp (name, fs) == 0;
    }
  fclose (fp);
  return r;
}

int
optgroup_btrfs_available (void)
{
  static bool loaded;

  /* Never on the host's own filesystems. */
  if (host_mode || access ("/sbin/mkfs.btrfs", X_OK) == -1
      || access ("/bin/btrfs", X_OK) == -1)
    return 0;
  if (!loaded && !has_filesystem ("btrfs"))
    command (NULL, NULL, "modprobe", "btrfs", NULL);
  loaded = loaded || has_filesystem ("btrfs");
  return loaded;
}

/* Run argv; on failure reply with prefix and the tool's message.
 * *out_r (may be NULL) gets its standard output.
 */
static int
run (const char *prefix, const char *const *argv, char **out_r)
{
  struct command cmd = COMMAND_INIT (argv);
  CLEANUP_FREE char *err = NULL;
  int r = run_command (&cmd, out_r, &err);

  if (r == 0)
    return 0;
  if (out_r)
    {
      free (*out_r);
      *out_r = NULL;
    }
  reply_command_error (prefix, r, argv[0], err);
  return -1;
}

/* The daemon's path of an existing guest path (malloc'd); NULL after
 * replying.
 */
static char *
guest_path (const char *path)
{
  CLEANUP_CLOSE int fd = sysroot_open (path, O_PATH, 0);
  char *r;

  if (fd == -1 || (r = fd_realpath (fd)) == NULL)
    {
      reply_with_perror ("%s", path);
      return NULL;
    }
  return r;
}

/* The daemon's path for a guest path to be created: its directory
 * must exist, and the name must not be a symlink, which a tool would
 * follow wherever it points.
 */
static char *
guest_new_path (const char *path)
{
  CLEANUP_FREE char *name = NULL, *dir = NULL;
  CLEANUP_CLOSE int fd = sysroot_open_parent (path, &name);
  struct stat st;
  char *r;

  if (fd == -1 || (dir = fd_realpath (fd)) == NULL)
    {
      reply_with_perror ("%s", path);
      return NULL;
    }
  if (strcmp (name, ".") == 0)
    {
      reply_with_error_errno (EEXIST, "%s: already exists", path);
      return NULL;
    }
  if (fstatat (fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0
      && S_ISLNK (st.st_mode))
    {
      reply_with_error_errno (EEXIST, "%s: is a symbolic link", path);
      return NULL;
    }
  if (asprintf (&r, "%s/%s", strcmp (dir, "/") == 0 ? "" : dir, name) == -1)
    {
      reply_with_perror ("asprintf");
      return NULL;
    }
  return r;
}

/* A qgroup id: LEVEL/ID or ID, numbers. */
static int
check_qgroupid (const char *s)
{
  size_t n = strspn (s, "0123456789");

  if (n > 0 && s[n] == '/')
    s += n + 1, n = strspn (s, "0123456789");
  if (n == 0 || s[n] != '\0')
    {
      reply_with_error_errno (EINVAL,
                              "invalid qgroup id '%s' (expected "
                              "LEVEL/ID or ID)",
                              s);
      return -1;
    }
  return 0;
}

/* The appliance's names of a DeviceList (the stubs pass it as given).
 * NULL after replying.
 */
static char **
resolve_devices (char *const *devices)
{
  size_t n = guestfs_int_count_strings ((char **)devices);
  char **r = calloc (n + 1, sizeof *r);

  if (r == NULL)
    {
      reply_with_perror ("calloc");
      return NULL;
    }
  for (size_t i = 0; i < n; i++)
    {
      r[i] = resolve_device ("devices", devices[i], 0);
      if (r[i] == NULL)
        {
          guestfs_int_free_string_list (r);
          return NULL;
        }
    }
  return r;
}

#define BTRFS_MAGIC "_BHRfS_M"
#define BTRFS_MAGIC_OFFSET (65536 + 64)

/* The filesystem id, after the superblock's checksum. */
#define BTRFS_FSID_OFFSET (65536 + 32)
#define BTRFS_FSID_LEN 16

/* Whether device holds btrfs; its filesystem id in fsid (may be NULL). */
static bool
read_btrfs_fsid (const char *device, char *fsid)
{
  CLEANUP_CLOSE int fd = open (device, O_RDONLY | O_CLOEXEC);
  char buf[sizeof BTRFS_MAGIC - 1];

  if (fd == -1
      || pread (fd, buf, sizeof buf, BTRFS_MAGIC_OFFSET) != (ssize_t)sizeof buf
      || memcmp (buf, BTRFS_MAGIC, sizeof buf) != 0)
    return false;
  return fsid == NULL
         || pread (fd, fsid, BTRFS_FSID_LEN, BTRFS_FSID_OFFSET)
                == BTRFS_FSID_LEN;
}

static bool
is_btrfs_device (const char *device)
{
  return read_btrfs_fsid (device, NULL);
}

/* Without udev nobody tells the kernel which devices hold the other
 * parts of a multi-device filesystem: mounting one of them fails
 * until they are scanned.
 */
void
btrfs_prepare_mount (const char *device)
{
  if (host_mode || !is_btrfs_device (device) || !optgroup_btrfs_available ())
    return;
  command (NULL, NULL, "btrfs", "device", "scan", NULL);
}

/* A filesystem given as a Mountable_or_Path: a path in the sysroot, or
 * a device or subvolume mounted on a temporary directory for the call.
 */
struct fs_access
{
  char *path;
  char *tmpdir; /* set if mounted here */
};

static int
mount_tmp (const char *mountable, bool ro, char **dir_r, char **err_r)
{
  CLEANUP_FREE char *device = NULL, *opts = NULL;
  const char *volume;
  char *dir;
  int r;

  *dir_r = NULL;
  if (split_mountable (mountable, &device, &volume) == -1)
    return -1;
  /* mount -o would split the subvolume at a comma. */
  if (volume && strchr (volume, ','))
    {
      errno = EINVAL;
      return -1;
    }
  if (asprintf (&opts, "%s%s%s", ro ? "ro" : "rw", volume ? ",subvol=" : "",
                volume ? volume : "")
      == -1)
    return -1;
  dir = strdup ("/tmp/btrfs.XXXXXX");
  if (dir == NULL || mkdtemp (dir) == NULL)
    {
      free (dir);
      return -1;
    }
  btrfs_prepare_mount (device);
  r = command (NULL, err_r, "mount", "-o", opts, "--", device, dir, NULL);
  if (r != 0)
    {
      rmdir (dir);
      free (dir);
      return r;
    }
  *dir_r = dir;
  return 0;
}

static void
umount_tmp (char *dir)
{
  if (dir == NULL)
    return;
  command (NULL, NULL, "umount", "--", dir, NULL);
  rmdir (dir);
  free (dir);
}

static int
fs_open (const char *fs, bool ro, struct fs_access *a)
{
  a->path = a->tmpdir = NULL;
  if (fs[0] == '/' && !is_device_arg (fs))
    {
      a->path = guest_path (fs);
      return a->path ? 0 : -1;
    }
  CLEANUP_FREE char *err = NULL;
  int r = mount_tmp (fs, ro, &a->tmpdir, &err);
  if (r != 0)
    {
      if (r == -1 && err == NULL)
        reply_with_perror ("%s", fs);
      else
        reply_command_error (fs, r, "mount", err);
      return -1;
    }
  a->path = a->tmpdir;
  return 0;
}

static void
fs_close (struct fs_access *a)
{
  if (a->tmpdir)
    umount_tmp (a->tmpdir);
  else
    free (a->path);
  a->path = a->tmpdir = NULL;
}

/* "btrfs SUB... PATH" where PATH is the daemon's path of a guest
 * path; on failure the message starts with the caller's path.
 */
static int
btrfs_on_path (const char *path, const char *sub1, const char *sub2)
{
  CLEANUP_FREE char *p = guest_path (path);

  if (p == NULL)
    return -1;
  const char *argv[] = { "btrfs", sub1, sub2, p, NULL };
  return run (path, argv, NULL);
}

int
btrfs_set_label (const char *mountable, const char *label)
{
  CLEANUP_FREE char *device = NULL, *out = NULL, *err = NULL;
  const char *volume;
  struct fs_access a;
  int r;

  if (split_mountable (mountable, &device, &volume) == -1)
    {
      reply_with_perror ("%s", mountable);
      return -1;
    }
  const char *argv[]
      = { "btrfs", "filesystem", "label", "--", device, label, NULL };
  struct command cmd = COMMAND_INIT (argv);
  r = run_command (&cmd, &out, &err);
  if (r == 0)
    return 0;
  /* A mounted filesystem is labelled through a mount point: another
   * mount of it does.
   */
  if (err == NULL || strstr (err, "is mounted") == NULL)
    {
      reply_command_error (mountable, r, "btrfs", err);
      return -1;
    }
  if (fs_open (mountable, false, &a) == -1)
    return -1;
  argv[4] = a.path;
  r = run (mountable, argv, NULL);
  fs_close (&a);
  return r;
}

/* -------------------------------------------------------------- mkfs */

int
do_mkfs_btrfs (char *const *devices, int64_t allocstart, int64_t bytecount,
               const char *datatype, int leafsize, const char *label,
               const char *metadata, int nodesize, int sectorsize)
{
  CLEANUP_FREE_STRINGS char **devs = NULL;
  CLEANUP_FREE char *o_bytecount = NULL, *o_data = NULL, *o_label = NULL;
  CLEANUP_FREE char *o_meta = NULL, *o_node = NULL, *o_sector = NULL;
  const char *argv[MAX_ARGS];
  size_t i = 0, n = guestfs_int_count_strings ((char **)devices);

  if (n == 0)
    {
      reply_with_error_errno (EINVAL, "mkfs_btrfs: list of devices is empty");
      return -1;
    }
  if (n > MAX_ARGS - 12)
    {
      reply_with_error_errno (E2BIG, "mkfs_btrfs: too many devices");
      return -1;
    }
  if (optargs_bitmask & MKFS_ALLOCSTART)
    {
      (void)allocstart;
      reply_with_error_errno (ENOTSUP,
                              "mkfs_btrfs: allocstart is not supported: "
                              "mkfs.btrfs no longer has --alloc-start");
      return -1;
    }
  if (optargs_bitmask & MKFS_LEAFSIZE)
    {
      /* The old name of the node size. */
      if ((optargs_bitmask & MKFS_NODESIZE) && nodesize != leafsize)
        {
          reply_with_error_errno (EINVAL,
                                  "mkfs_btrfs: leafsize %d and nodesize %d "
                                  "differ (leafsize is the old name of "
                                  "nodesize)",
                                  leafsize, nodesize);
          return -1;
        }
      nodesize = leafsize;
      optargs_bitmask |= MKFS_NODESIZE;
    }

  devs = resolve_devices (devices);
  if (devs == NULL)
    return -1;

  argv[i++] = "mkfs.btrfs";
  argv[i++] = "-f";
  if (optargs_bitmask & MKFS_BYTECOUNT)
    {
      if (bytecount <= 0)
        {
          reply_with_error_errno (EINVAL,
                                  "mkfs_btrfs: bytecount must be positive");
          return -1;
        }
      if (asprintf (&o_bytecount, "--byte-count=%" PRIi64, bytecount) == -1)
        goto oom;
      argv[i++] = o_bytecount;
    }
  if (optargs_bitmask & MKFS_DATATYPE)
    {
      if (asprintf (&o_data, "--data=%s", datatype) == -1)
        goto oom;
      argv[i++] = o_data;
    }
  if (optargs_bitmask & MKFS_LABEL)
    {
      if (asprintf (&o_label, "--label=%s", label) == -1)
        goto oom;
      argv[i++] = o_label;
    }
  if (optargs_bitmask & MKFS_METADATA)
    {
      if (asprintf (&o_meta, "--metadata=%s", metadata) == -1)
        goto oom;
      argv[i++] = o_meta;
    }
  if (optargs_bitmask & MKFS_NODESIZE)
    {
      if (asprintf (&o_node, "--nodesize=%d", nodesize) == -1)
        goto oom;
      argv[i++] = o_node;
    }
  if (optargs_bitmask & MKFS_SECTORSIZE)
    {
      if (asprintf (&o_sector, "--sectorsize=%d", sectorsize) == -1)
        goto oom;
      argv[i++] = o_sector;
    }
  argv[i++] = "--";
  for (size_t j = 0; j < n; j++)
    argv[i++] = devs[j];
  argv[i] = NULL;
  if (run (devices[0], argv, NULL) == -1)
    return -1;
  /* So that mounting any of the devices finds the others. */
  command (NULL, NULL, "btrfs", "device", "scan", NULL);
  return 0;

oom:
  reply_with_perror ("asprintf");
  return -1;
}

/* -------------------------------------------------------- subvolumes */

int
do_btrfs_subvolume_create (const char *dest, const char *qgroupid)
{
  CLEANUP_FREE char *p = NULL;
  const char *argv[8];
  size_t i = 0;

  if ((optargs_bitmask & CREATE_QGROUPID) && check_qgroupid (qgroupid) == -1)
    return -1;
  p = guest_new_path (dest);
  if (p == NULL)
    return -1;
  argv[i++] = "btrfs";
  argv[i++] = "subvolume";
  argv[i++] = "create";
  if (optargs_bitmask & CREATE_QGROUPID)
    {
      argv[i++] = "-i";
      argv[i++] = qgroupid;
    }
  argv[i++] = p;
  argv[i] = NULL;
  return run (dest, argv, NULL);
}

int
do_btrfs_subvolume_snapshot (const char *source, const char *dest, int ro,
                             const char *qgroupid)
{
  CLEANUP_FREE char *src = NULL, *dst = NULL;
  const char *argv[10];
  size_t i = 0;

  if ((optargs_bitmask & SNAPSHOT_QGROUPID) && check_qgroupid (qgroupid) == -1)
    return -1;
  src = guest_path (source);
  if (src == NULL)
    return -1;
  dst = guest_new_path (dest);
  if (dst == NULL)
    return -1;
  argv[i++] = "btrfs";
  argv[i++] = "subvolume";
  argv[i++] = "snapshot";
  if ((optargs_bitmask & SNAPSHOT_RO) && ro)
    argv[i++] = "-r";
  if (optargs_bitmask & SNAPSHOT_QGROUPID)
    {
      argv[i++] = "-i";
      argv[i++] = qgroupid;
    }
  argv[i++] = src;
  argv[i++] = dst;
  argv[i] = NULL;
  return run (source, argv, NULL);
}

int
do_btrfs_subvolume_delete (const char *subvolume)
{
  return btrfs_on_path (subvolume, "subvolume", "delete");
}

/* The subvolumes of the filesystem mounted at path (daemon's view). */
static struct guestfs_int_btrfssubvolume_list *
list_subvolumes (const char *what, const char *path)
{
  const char *argv[] = { "btrfs", "subvolume", "list", path, NULL };
  CLEANUP_FREE char *out = NULL;
  struct guestfs_int_btrfssubvolume_list *r;
  size_t n = 0;

  if (run (what, argv, &out) == -1)
    return NULL;
  r = calloc (1, sizeof *r);
  if (r == NULL)
    goto oom;
  for (char *line = out, *next; line && *line; line = next)
    {
      uint64_t id, top;
      int pos = -1;

      next = strchr (line, '\n');
      if (next)
        *next++ = '\0';
      /* ID 256 gen 9 top level 5 path dir/sub */
      if (sscanf (line, "ID %" SCNu64 " gen %*u top level %" SCNu64 " path %n",
                  &id, &top, &pos)
              != 2
          || pos < 0)
        continue;
      struct guestfs_int_btrfssubvolume *v
          = realloc (r->val, (n + 1) * sizeof *v);
      if (v == NULL)
        goto oom;
      r->val = v;
      v[n].btrfssubvolume_id = id;
      v[n].btrfssubvolume_top_level_id = top;
      v[n].btrfssubvolume_path = strdup (line + pos);
      r->len = ++n;
      if (v[n - 1].btrfssubvolume_path == NULL)
        goto oom;
    }
  return r;

oom:
  reply_with_perror ("malloc");
  if (r)
    xdr_free ((xdrproc_t)xdr_guestfs_int_btrfssubvolume_list, (char *)r);
  free (r);
  return NULL;
}

struct guestfs_int_btrfssubvolume_list *
do_btrfs_subvolume_list (const char *fs)
{
  struct fs_access a;
  struct guestfs_int_btrfssubvolume_list *r;

  if (fs_open (fs, true, &a) == -1)
    return NULL;
  r = list_subvolumes (fs, a.path);
  fs_close (&a);
  return r;
}

static int
get_default (const char *what, const char *path, int64_t *id_r)
{
  const char *argv[] = { "btrfs", "subvolume", "get-default", path, NULL };
  CLEANUP_FREE char *out = NULL;

  if (run (what, argv, &out) == -1)
    return -1;
  /* "ID 5 (FS_TREE)" or "ID 256 gen 9 top level 5 path sub" */
  if (sscanf (out, "ID %" SCNi64, id_r) != 1)
    {
      reply_with_error ("%s: cannot parse btrfs output: %s", what, out);
      return -1;
    }
  return 0;
}

int64_t
do_btrfs_subvolume_get_default (const char *fs)
{
  struct fs_access a;
  int64_t id;
  int r;

  if (fs_open (fs, true, &a) == -1)
    return -1;
  r = get_default (fs, a.path, &id);
  fs_close (&a);
  return r == -1 ? -1 : id;
}

int
do_btrfs_subvolume_set_default (int64_t id, const char *fs)
{
  CLEANUP_FREE char *p = NULL;
  char buf[32];

  if (id < 0)
    {
      reply_with_error_errno (EINVAL, "invalid subvolume id %" PRIi64, id);
      return -1;
    }
  p = guest_path (fs);
  if (p == NULL)
    return -1;
  snprintf (buf, sizeof buf, "%" PRIi64, id);
  const char *argv[] = { "btrfs", "subvolume", "set-default", buf, p, NULL };
  return run (fs, argv, NULL);
}

/* A value btrfs prints as "-" is empty. */
static const char *
show_value (const char *v)
{
  return strcmp (v, "-") == 0 ? "" : v;
}

char **
do_btrfs_subvolume_show (const char *subvolume)
{
  CLEANUP_FREE char *p = guest_path (subvolume), *out = NULL;
  CLEANUP_FREE char *snapshots = NULL;
  struct stringsbuf sb = STRINGSBUF_INIT;
  bool in_snapshots = false, first = true;
  size_t snaplen = 0;

  if (p == NULL)
    return NULL;
  const char *argv[] = { "btrfs", "subvolume", "show", p, NULL };
  if (run (subvolume, argv, &out) == -1)
    return NULL;
  for (char *line = out, *next; line && *line; line = next)
    {
      next = strchr (line, '\n');
      if (next)
        *next++ = '\0';
      trim_end (line);
      if (first)
        {
          /* The subvolume's path from the top of the filesystem. */
          first = false;
          if (add_string (&sb, "path") == -1 || add_string (&sb, line) == -1)
            return NULL;
          continue;
        }
      /* Keys are indented by one tab, the snapshots listed under
       * "Snapshot(s):" by more.
       */
      if (in_snapshots && strncmp (line, "\t\t", 2) == 0)
        {
          const char *s = line + strspn (line, " \t");
          size_t len = strlen (s);
          char *ns = realloc (snapshots, snaplen + len + 2);
          if (ns == NULL)
            {
              reply_with_perror ("realloc");
              free_stringsbuf (&sb);
              return NULL;
            }
          snapshots = ns;
          if (snaplen)
            snapshots[snaplen++] = ',';
          memcpy (snapshots + snaplen, s, len + 1);
          snaplen += len;
          continue;
        }
      if (in_snapshots)
        {
          in_snapshots = false;
          if (add_string (&sb, "Snapshot(s)") == -1
              || add_string (&sb, snapshots ? snapshots : "") == -1)
            return NULL;
        }
      char *key = line + strspn (line, " \t"), *colon = strchr (key, ':');
      if (colon == NULL || colon == key)
        continue;
      *colon = '\0';
      char *value = colon + 1;
      value += strspn (value, " \t");
      if (strcmp (key, "Snapshot(s)") == 0)
        {
          in_snapshots = true;
          continue;
        }
      if (add_string (&sb, key) == -1
          || add_string (&sb, show_value (value)) == -1)
        return NULL;
    }
  if (in_snapshots
      && (add_string (&sb, "Snapshot(s)") == -1
          || add_string (&sb, snapshots ? snapshots : "") == -1))
    return NULL;
  return end_stringsbuf (&sb);
}

int
btrfs_add_subvolumes (struct stringsbuf *sb, const char *device)
{
  CLEANUP_FREE char *dir = NULL, *err = NULL;
  CLEANUP_FREE char *canon = canonical_device_name (device);
  struct guestfs_int_btrfssubvolume_list *vols;
  int64_t def;
  int r = 0;

  if (canon == NULL)
    {
      reply_with_perror ("malloc");
      free_stringsbuf (sb);
      return -1;
    }
  if (!optgroup_btrfs_available ())
    return 0;
  /* A filesystem that cannot be mounted (a device missing, say) is
   * listed without its subvolumes.
   */
  if (mount_tmp (device, true, &dir, &err) != 0)
    {
      debug_msg ("list_filesystems: %s: %s", device, err ? err : "mount");
      return 0;
    }
  /* The default subvolume is what mounting the device gives. */
  if (get_default (device, dir, &def) == -1
      || (vols = list_subvolumes (device, dir)) == NULL)
    {
      umount_tmp (dir);
      dir = NULL;
      free_stringsbuf (sb);
      return -1;
    }
  umount_tmp (dir);
  dir = NULL;
  for (u_int i = 0; i < vols->len; i++)
    {
      struct guestfs_int_btrfssubvolume *v = &vols->val[i];
      char *m;

      if ((int64_t)v->btrfssubvolume_id == def)
        continue;
      if (asprintf (&m, "btrfsvol:%s/%s", canon, v->btrfssubvolume_path) == -1)
        {
          reply_with_perror ("asprintf");
          free_stringsbuf (sb);
          r = -1;
          break;
        }
      if (add_string_nodup (sb, m) == -1 || add_string (sb, "btrfs") == -1)
        {
          r = -1;
          break;
        }
    }
  xdr_free ((xdrproc_t)xdr_guestfs_int_btrfssubvolume_list, (char *)vols);
  free (vols);
  return r;
}

/* ------------------------------------------------- filesystem, devices */

int
do_btrfs_filesystem_sync (const char *fs)
{
  return btrfs_on_path (fs, "filesystem", "sync");
}

int
do_btrfs_filesystem_balance (const char *fs)
{
  CLEANUP_FREE char *p = guest_path (fs);

  if (p == NULL)
    return -1;
  /* --full-balance: without it btrfs waits ten seconds first. */
  const char *argv[]
      = { "btrfs", "balance", "start", "--full-balance", p, NULL };
  return run (fs, argv, NULL);
}

static int
device_add_delete (const char *op, char *const *devices, const char *fs)
{
  CLEANUP_FREE_STRINGS char **devs = NULL;
  CLEANUP_FREE char *p = NULL;
  const char *argv[MAX_ARGS];
  size_t i = 0, n = guestfs_int_count_strings ((char **)devices);

  if (n == 0)
    return 0;
  if (n > MAX_ARGS - 8)
    {
      reply_with_error_errno (E2BIG, "btrfs_device_%s: too many devices", op);
      return -1;
    }
  devs = resolve_devices (devices);
  if (devs == NULL)
    return -1;
  p = guest_path (fs);
  if (p == NULL)
    return -1;
  argv[i++] = "btrfs";
  argv[i++] = "device";
  argv[i++] = op;
  if (strcmp (op, "add") == 0)
    argv[i++] = "-f";
  argv[i++] = "--";
  for (size_t j = 0; j < n; j++)
    argv[i++] = devs[j];
  argv[i++] = p;
  argv[i] = NULL;
  return run (fs, argv, NULL);
}

int
do_btrfs_device_add (char *const *devices, const char *fs)
{
  return device_add_delete ("add", devices, fs);
}

int
do_btrfs_device_delete (char *const *devices, const char *fs)
{
  return device_add_delete ("delete", devices, fs);
}

int
do_btrfs_filesystem_resize (const char *mountpoint, int64_t size)
{
  CLEANUP_FREE char *p = NULL;
  char buf[32] = "max";

  if (optargs_bitmask & RESIZE_SIZE)
    {
      if (size <= 0)
        {
          reply_with_error_errno (EINVAL,
                                  "%s: size %" PRIi64 " must be positive",
                                  mountpoint, size);
          return -1;
        }
      snprintf (buf, sizeof buf, "%" PRIi64, size);
    }
  p = guest_path (mountpoint);
  if (p == NULL)
    return -1;
  const char *argv[] = { "btrfs", "filesystem", "resize", buf, p, NULL };
  return run (mountpoint, argv, NULL);
}

char **
do_btrfs_filesystem_show (const char *device)
{
  const char *argv[] = { "btrfs", "filesystem", "show", "--", device, NULL };
  CLEANUP_FREE char *out = NULL;
  struct stringsbuf sb = STRINGSBUF_INIT;

  btrfs_prepare_mount (device);
  if (run (device, argv, &out) == -1)
    return NULL;
  if (strstr (out, "Some devices missing"))
    {
      reply_with_error_errno (ENODEV,
                              "%s: some devices of the filesystem are "
                              "missing",
                              device);
      return NULL;
    }
  for (char *line = out, *next; line && *line; line = next)
    {
      char *path;

      next = strchr (line, '\n');
      if (next)
        *next++ = '\0';
      line += strspn (line, " \t");
      if (strncmp (line, "devid ", 6) != 0
          || (path = strstr (line, " path ")) == NULL)
        continue;
      path += 6;
      trim_end (path);
      char *canon = canonical_device_name (path);
      if (canon == NULL)
        {
          reply_with_perror ("malloc");
          free_stringsbuf (&sb);
          return NULL;
        }
      if (add_string_nodup (&sb, canon) == -1)
        return NULL;
    }
  if (sb.size == 0)
    {
      reply_with_error ("%s: no devices in the output of btrfs filesystem "
                        "show",
                        device);
      free_stringsbuf (&sb);
      return NULL;
    }
  return end_stringsbuf (&sb);
}

int
do_btrfs_replace (const char *srcdev, const char *targetdev,
                  const char *mntpoint)
{
  CLEANUP_FREE char *p = guest_path (mntpoint);

  if (p == NULL)
    return -1;
  const char *argv[] = { "btrfs", "replace", "start",   "-B", "-f",
                         "--",    srcdev,    targetdev, p,    NULL };
  return run (mntpoint, argv, NULL);
}

/* ------------------------------------------- unmounted devices: tools */

int
do_btrfs_set_seeding (const char *device, int seeding)
{
  /* -f: clearing the flag asks for confirmation otherwise. */
  const char *argv[]
      = { "btrfstune", "-S", seeding ? "1" : "0", "-f", device, NULL };
  return run (device, argv, NULL);
}

int
do_btrfstune_seeding (const char *device, int seeding)
{
  return do_btrfs_set_seeding (device, seeding);
}

int
do_btrfstune_enable_extended_inode_refs (const char *device)
{
  const char *argv[] = { "btrfstune", "-r", device, NULL };
  return run (device, argv, NULL);
}

int
do_btrfstune_enable_skinny_metadata_extent_refs (const char *device)
{
  const char *argv[] = { "btrfstune", "-x", device, NULL };
  return run (device, argv, NULL);
}

int
do_btrfs_fsck (const char *device, int64_t superblock, int repair)
{
  const char *argv[10];
  char buf[32];
  size_t i = 0;

  argv[i++] = "btrfs";
  argv[i++] = "check";
  if (optargs_bitmask & FSCK_SUPERBLOCK)
    {
      if (superblock < 0 || superblock > 2)
        {
          reply_with_error_errno (
              EINVAL, "%s: superblock %" PRIi64 " out of range (0, 1 or 2)",
              device, superblock);
          return -1;
        }
      snprintf (buf, sizeof buf, "%" PRIi64, superblock);
      argv[i++] = "--super";
      argv[i++] = buf;
    }
  if ((optargs_bitmask & FSCK_REPAIR) && repair)
    argv[i++] = "--repair";
  argv[i++] = device;
  argv[i] = NULL;
  return run (device, argv, NULL);
}

int
do_btrfs_rescue_chunk_recover (const char *device)
{
  const char *argv[]
      = { "btrfs", "rescue", "chunk-recover", "-y", device, NULL };
  return run (device, argv, NULL);
}

int
do_btrfs_rescue_super_recover (const char *device)
{
  const char *argv[]
      = { "btrfs", "rescue", "super-recover", "-y", device, NULL };
  return run (device, argv, NULL);
}

int
do_btrfs_image (char *const *source, const char *image, int compresslevel)
{
  CLEANUP_FREE_STRINGS char **devs = NULL;
  CLEANUP_FREE char *p = NULL;
  const char *argv[8];
  char level[16];
  size_t i = 0, n = guestfs_int_count_strings ((char **)source);

  if (n == 0)
    {
      reply_with_error_errno (EINVAL, "btrfs_image: list of devices is empty");
      return -1;
    }
  argv[i++] = "btrfs-image";
  if (optargs_bitmask & IMAGE_COMPRESSLEVEL)
    {
      if (compresslevel < 0 || compresslevel > 9)
        {
          reply_with_error_errno (EINVAL,
                                  "btrfs_image: compresslevel %d out of "
                                  "range (0 to 9)",
                                  compresslevel);
          return -1;
        }
      snprintf (level, sizeof level, "-c%d", compresslevel);
      argv[i++] = level;
    }
  devs = resolve_devices (source);
  if (devs == NULL)
    return -1;
  /* btrfs-image reads a filesystem from one of its devices and finds
   * the others itself; it would take a second device for the image
   * file and overwrite it.  So the sources must be one filesystem's.
   */
  char fsid0[BTRFS_FSID_LEN], fsid[BTRFS_FSID_LEN];
  for (size_t j = 0; j < n; j++)
    {
      if (!read_btrfs_fsid (devs[j], j ? fsid : fsid0))
        {
          reply_with_error_errno (EINVAL, "%s: no btrfs filesystem",
                                  source[j]);
          return -1;
        }
      if (j && memcmp (fsid, fsid0, BTRFS_FSID_LEN) != 0)
        {
          reply_with_error_errno (EINVAL,
                                  "%s and %s: not devices of the same btrfs "
                                  "filesystem",
                                  source[0], source[j]);
          return -1;
        }
    }
  p = guest_new_path (image);
  if (p == NULL)
    return -1;
  btrfs_prepare_mount (devs[0]);
  argv[i++] = devs[0];
  argv[i++] = p;
  argv[i] = NULL;
  return run (source[0], argv, NULL);
}

/* ------------------------------------------------------------ quotas */

int
do_btrfs_quota_enable (const char *fs, int enable)
{
  struct fs_access a;
  int r;

  if (fs_open (fs, false, &a) == -1)
    return -1;
  const char *argv[]
      = { "btrfs", "quota", enable ? "enable" : "disable", a.path, NULL };
  r = run (fs, argv, NULL);
  fs_close (&a);
  return r;
}

int
do_btrfs_quota_rescan (const char *fs)
{
  struct fs_access a;
  int r;

  if (fs_open (fs, false, &a) == -1)
    return -1;
  /* -w: the numbers are up to date when the call returns. */
  const char *argv[] = { "btrfs", "quota", "rescan", "-w", a.path, NULL };
  r = run (fs, argv, NULL);
  fs_close (&a);
  return r;
}

int
do_btrfs_qgroup_limit (const char *subvolume, int64_t size)
{
  CLEANUP_FREE char *p = NULL;
  char buf[32];

  if (size < 0)
    {
      reply_with_error_errno (EINVAL, "%s: size %" PRIi64 " is negative",
                              subvolume, size);
      return -1;
    }
  p = guest_path (subvolume);
  if (p == NULL)
    return -1;
  snprintf (buf, sizeof buf, "%" PRIi64, size);
  const char *argv[] = { "btrfs", "qgroup", "limit", buf, p, NULL };
  return run (subvolume, argv, NULL);
}

static int
qgroup_op (const char *op, const char *id1, const char *id2, const char *path)
{
  CLEANUP_FREE char *p = NULL;
  const char *argv[8];
  size_t i = 0;

  if (check_qgroupid (id1) == -1 || (id2 && check_qgroupid (id2) == -1))
    return -1;
  p = guest_path (path);
  if (p == NULL)
    return -1;
  argv[i++] = "btrfs";
  argv[i++] = "qgroup";
  argv[i++] = op;
  argv[i++] = id1;
  if (id2)
    argv[i++] = id2;
  argv[i++] = p;
  argv[i] = NULL;
  return run (path, argv, NULL);
}

int
do_btrfs_qgroup_create (const char *qgroupid, const char *subvolume)
{
  return qgroup_op ("create", qgroupid, NULL, subvolume);
}

int
do_btrfs_qgroup_destroy (const char *qgroupid, const char *subvolume)
{
  return qgroup_op ("destroy", qgroupid, NULL, subvolume);
}

int
do_btrfs_qgroup_assign (const char *src, const char *dst, const char *path)
{
  return qgroup_op ("assign", src, dst, path);
}

int
do_btrfs_qgroup_remove (const char *src, const char *dst, const char *path)
{
  return qgroup_op ("remove", src, dst, path);
}

struct guestfs_int_btrfsqgroup_list *
do_btrfs_qgroup_show (const char *path)
{
  CLEANUP_FREE char *p = guest_path (path), *out = NULL;
  struct guestfs_int_btrfsqgroup_list *r;
  size_t n = 0;

  if (p == NULL)
    return NULL;
  const char *argv[] = { "btrfs", "qgroup", "show", "--raw", p, NULL };
  if (run (path, argv, &out) == -1)
    return NULL;
  r = calloc (1, sizeof *r);
  if (r == NULL)
    goto oom;
  for (char *line = out, *next; line && *line; line = next)
    {
      char id[64];
      uint64_t rfer, excl;
      unsigned level, sub;
      char c;

      next = strchr (line, '\n');
      if (next)
        *next++ = '\0';
      /* 0/256  16384  16384  path (the header lines do not match) */
      if (sscanf (line, "%63s %" SCNu64 " %" SCNu64, id, &rfer, &excl) != 3
          || sscanf (id, "%u/%u%c", &level, &sub, &c) != 2)
        continue;
      struct guestfs_int_btrfsqgroup *q
          = realloc (r->val, (n + 1) * sizeof *q);
      if (q == NULL)
        goto oom;
      r->val = q;
      q[n].btrfsqgroup_id = strdup (id);
      q[n].btrfsqgroup_rfer = rfer;
      q[n].btrfsqgroup_excl = excl;
      r->len = ++n;
      if (q[n - 1].btrfsqgroup_id == NULL)
        goto oom;
    }
  return r;

oom:
  reply_with_perror ("malloc");
  if (r)
    xdr_free ((xdrproc_t)xdr_guestfs_int_btrfsqgroup_list, (char *)r);
  free (r);
  return NULL;
}

/* ----------------------------------------------------- balance, scrub */

int
do_btrfs_balance_pause (const char *path)
{
  return btrfs_on_path (path, "balance", "pause");
}

int
do_btrfs_balance_resume (const char *path)
{
  return btrfs_on_path (path, "balance", "resume");
}

int
do_btrfs_balance_cancel (const char *path)
{
  return btrfs_on_path (path, "balance", "cancel");
}

struct guestfs_int_btrfsbalance *
do_btrfs_balance_status (const char *path)
{
  CLEANUP_FREE char *p = guest_path (path), *out = NULL, *err = NULL;
  struct guestfs_int_btrfsbalance *r;
  const char *status;
  int st;

  if (p == NULL)
    return NULL;
  const char *argv[] = { "btrfs", "balance", "status", p, NULL };
  struct command cmd = COMMAND_INIT (argv);
  /* It exits 1 when a balance is running or paused. */
  st = run_command (&cmd, &out, &err);
  if (st != 0 && st != 1)
    {
      reply_command_error (path, st, "btrfs", err);
      return NULL;
    }
  if (out == NULL)
    out = strdup ("");
  if (out == NULL)
    {
      reply_with_perror ("strdup");
      return NULL;
    }
  if (strstr (out, "No balance found"))
    status = "none";
  else if (strstr (out, " is running"))
    status = "running";
  else if (strstr (out, " is paused"))
    status = "paused";
  else
    {
      reply_command_error (path, st, "btrfs", err && err[0] ? err : out);
      return NULL;
    }
  r = calloc (1, sizeof *r);
  if (r == NULL || (r->btrfsbalance_status = strdup (status)) == NULL)
    {
      reply_with_perror ("malloc");
      free (r);
      return NULL;
    }
  /* "N out of about M chunks balanced (K considered), P% left" */
  const char *counts = strstr (out, " out of about ");
  if (counts)
    {
      while (counts > out && counts[-1] != '\n')
        counts--;
      sscanf (counts,
              "%" SCNu64 " out of about %" SCNu64 " chunks balanced (%" SCNu64
              " considered), %" SCNu64 "%% left",
              &r->btrfsbalance_balanced, &r->btrfsbalance_total,
              &r->btrfsbalance_considered, &r->btrfsbalance_left);
    }
  return r;
}

int
do_btrfs_scrub_start (const char *path)
{
  CLEANUP_FREE char *p = guest_path (path);

  if (p == NULL)
    return -1;
  /* -B: return when it has finished. */
  const char *argv[] = { "btrfs", "scrub", "start", "-B", p, NULL };
  return run (path, argv, NULL);
}

int
do_btrfs_scrub_full (const char *path, int readonly)
{
  CLEANUP_FREE char *p = guest_path (path);

  if (p == NULL)
    return -1;
  /* -B: wait; btrfs then exits non-zero if it found errors it could
   * not correct.
   */
  const char *argv[] = { "btrfs", "scrub", "start", "-B", p, NULL, NULL };
  if (readonly)
    {
      argv[4] = "-r";
      argv[5] = p;
    }
  return run (path, argv, NULL);
}

int
do_btrfs_scrub_cancel (const char *path)
{
  return btrfs_on_path (path, "scrub", "cancel");
}

int
do_btrfs_scrub_resume (const char *path)
{
  CLEANUP_FREE char *p = guest_path (path), *out = NULL, *err = NULL;
  int r;

  if (p == NULL)
    return -1;
  const char *argv[] = { "btrfs", "scrub", "resume", "-B", p, NULL };
  struct command cmd = COMMAND_INIT (argv);
  r = run_command (&cmd, &out, &err);
  if (r == 0)
    return 0;
  /* With nothing to resume btrfs says so on stdout. */
  const char *msg = err && err[0] ? err : out;
  if (out)
    trim_end (out);
  reply_command_error (path, r, "btrfs", msg);
  return -1;
}

struct guestfs_int_btrfsscrub *
do_btrfs_scrub_status (const char *path)
{
  static const char *const keys[] = {
    "data_extents_scrubbed", "tree_extents_scrubbed",
    "data_bytes_scrubbed",   "tree_bytes_scrubbed",
    "read_errors",           "csum_errors",
    "verify_errors",         "no_csum",
    "csum_discards",         "super_errors",
    "malloc_errors",         "uncorrectable_errors",
    "unverified_errors",     "corrected_errors",
    "last_physical",
  };
  CLEANUP_FREE char *p = guest_path (path), *out = NULL;
  struct guestfs_int_btrfsscrub *r;
  uint64_t vals[sizeof keys / sizeof keys[0]] = { 0 };

  if (p == NULL)
    return NULL;
  const char *argv[] = { "btrfs", "scrub", "status", "-R", p, NULL };
  if (run (path, argv, &out) == -1)
    return NULL;
  /* "no stats available" before any scrub: all counts are 0. */
  for (char *line = out, *next; line && *line; line = next)
    {
      next = strchr (line, '\n');
      if (next)
        *next++ = '\0';
      line += strspn (line, " \t");
      for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        {
          size_t len = strlen (keys[i]);
          if (strncmp (line, keys[i], len) == 0 && line[len] == ':')
            sscanf (line + len + 1, "%" SCNu64, &vals[i]);
        }
    }
  r = calloc (1, sizeof *r);
  if (r == NULL)
    {
      reply_with_perror ("calloc");
      return NULL;
    }
  r->btrfsscrub_data_extents_scrubbed = vals[0];
  r->btrfsscrub_tree_extents_scrubbed = vals[1];
  r->btrfsscrub_data_bytes_scrubbed = vals[2];
  r->btrfsscrub_tree_bytes_scrubbed = vals[3];
  r->btrfsscrub_read_errors = vals[4];
  r->btrfsscrub_csum_errors = vals[5];
  r->btrfsscrub_verify_errors = vals[6];
  r->btrfsscrub_no_csum = vals[7];
  r->btrfsscrub_csum_discards = vals[8];
  r->btrfsscrub_super_errors = vals[9];
  r->btrfsscrub_malloc_errors = vals[10];
  r->btrfsscrub_uncorrectable_errors = vals[11];
  r->btrfsscrub_unverified_errors = vals[12];
  r->btrfsscrub_corrected_errors = vals[13];
  r->btrfsscrub_last_physical = vals[14];
  return r;
}

/* ------------------------------------------------------- defragment */

int
do_btrfs_filesystem_defragment (const char *path, int flush,
                                const char *compress)
{
  CLEANUP_FREE char *p = NULL;
  const char *argv[8];
  size_t i = 0;

  argv[i++] = "btrfs";
  argv[i++] = "filesystem";
  argv[i++] = "defragment";
  argv[i++] = "-r";
  if ((optargs_bitmask & DEFRAG_FLUSH) && flush)
    argv[i++] = "-f";
  if (optargs_bitmask & DEFRAG_COMPRESS)
    {
      if (strcmp (compress, "zlib") == 0)
        argv[i++] = "-czlib";
      else if (strcmp (compress, "lzo") == 0)
        argv[i++] = "-clzo";
      else
        {
          reply_with_error_errno (EINVAL,
                                  "unknown compress method '%s' (zlib or "
                                  "lzo)",
                                  compress);
          return -1;
        }
    }
  p = guest_path (path);
  if (p == NULL)
    return -1;
  argv[i++] = p;
  argv[i] = NULL;
  return run (path, argv, NULL);
}
