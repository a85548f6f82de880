/* Mounting guest filesystems under the sysroot, and what is mounted. */

#include <config.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

/* remount's optional argument rw: bit 0 of optargs_bitmask. */
#define REMOUNT_RW_BIT (UINT64_C (1) << 0)

struct mount_entry
{
  dev_t dev;
  char *source; /* as mounted: the appliance's device path */
  char *target; /* in the daemon's view: /sysroot/... */
};

static void
free_mounts (struct mount_entry *m, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      free (m[i].source);
      free (m[i].target);
    }
  free (m);
}

/* mountinfo escapes space, tab, newline and backslash as \ooo. */
static void
unescape (char *s)
{
  char *out = s;

  while (*s)
    {
      if (s[0] == '\\' && s[1] >= '0' && s[1] <= '3' && s[2] >= '0'
          && s[2] <= '7' && s[3] >= '0' && s[3] <= '7')
        {
          *out++ = (s[1] - '0') * 64 + (s[2] - '0') * 8 + (s[3] - '0');
          s += 4;
        }
      else
        *out++ = *s++;
    }
  *out = '\0';
}

static bool
under_sysroot (const char *target)
{
  size_t len = strlen (sysroot);

  if (len == 0)
    return true;
  return strncmp (target, sysroot, len) == 0
         && (target[len] == '\0' || target[len] == '/');
}

/* The filesystems mounted at or under the sysroot, in mount order;
 * -1 with errno set.
 */
static int
read_mounts (struct mount_entry **r, size_t *n_r)
{
  FILE *fp = fopen ("/proc/self/mountinfo", "re");
  struct mount_entry *m = NULL;
  size_t n = 0, alloc = 0, linelen = 0;
  char *line = NULL;

  if (fp == NULL)
    return -1;
  while (getline (&line, &linelen, fp) > 0)
    {
      /* ID PARENT MAJ:MIN ROOT TARGET OPTIONS [OPTIONAL...] - TYPE SOURCE
       * SUPEROPTIONS
       */
      char *fields[32], *save = NULL, *tok;
      size_t nf = 0, dash = 0;
      unsigned maj, min;

      for (tok = strtok_r (line, " \n", &save); tok && nf < 32;
           tok = strtok_r (NULL, " \n", &save))
        {
          if (dash == 0 && nf >= 6 && strcmp (tok, "-") == 0)
            dash = nf;
          fields[nf++] = tok;
        }
      if (dash == 0 || nf < dash + 3
          || sscanf (fields[2], "%u:%u", &maj, &min) != 2)
        continue;
      unescape (fields[4]);
      if (!under_sysroot (fields[4]))
        continue;
      unescape (fields[dash + 2]);
      if (n == alloc)
        {
          alloc = alloc ? alloc * 2 : 8;
          struct mount_entry *nm = realloc (m, alloc * sizeof *m);
          if (nm == NULL)
            goto fail;
          m = nm;
        }
      m[n].dev = makedev (maj, min);
      m[n].source = strdup (fields[dash + 2]);
      m[n].target = strdup (fields[4]);
      n++;
      if (m[n - 1].source == NULL || m[n - 1].target == NULL)
        goto fail;
    }
  free (line);
  fclose (fp);
  *r = m;
  *n_r = n;
  return 0;

fail:
  free (line);
  fclose (fp);
  free_mounts (m, n);
  errno = ENOMEM;
  return -1;
}

/* The daemon's path of a directory in the guest's view: the target
 * for mount(8).  NULL after replying with an error.
 */
static char *
mountpoint_target (const char *mountpoint)
{
  CLEANUP_CLOSE int fd = -1;
  char *target = NULL;

  if (mountpoint[0] != '/')
    {
      reply_with_error_errno (EINVAL,
                              "%s: mountpoint must start with a / "
                              "character",
                              mountpoint);
      return NULL;
    }
  fd = sysroot_open (mountpoint, O_PATH | O_DIRECTORY, 0);
  if (fd == -1 || (target = fd_realpath (fd)) == NULL)
    reply_with_perror ("mountpoint %s", mountpoint);
  return target;
}

/* mount [-o options] [-t vfstype] -- device mountpoint, where a btrfs
 * subvolume (btrfsvol:DEVICE/SUBVOL) adds subvol=SUBVOL to the options.
 */
static int
mount_common (const char *options, const char *vfstype, const char *mountable,
              const char *mountpoint)
{
  CLEANUP_FREE char *target = mountpoint_target (mountpoint);
  CLEANUP_FREE char *err = NULL, *device = NULL, *opts = NULL;
  const char *argv[10];
  const char *volume;
  size_t i = 0;
  int r;

  if (target == NULL)
    return -1;
  if (split_mountable (mountable, &device, &volume) == -1)
    {
      reply_with_perror ("%s", mountable);
      return -1;
    }
  if (volume)
    {
      /* mount -o would split the subvolume at a comma. */
      if (strchr (volume, ','))
        {
          reply_with_error_errno (EINVAL,
                                  "%s: cannot mount a subvolume whose name "
                                  "holds a comma",
                                  mountable);
          return -1;
        }
      if (asprintf (&opts, "%s%ssubvol=%s", options ? options : "",
                    options && options[0] ? "," : "", volume)
          == -1)
        {
          reply_with_perror ("asprintf");
          return -1;
        }
      options = opts;
    }
  btrfs_prepare_mount (device);
  argv[i++] = "mount";
  if (options && options[0])
    {
      argv[i++] = "-o";
      argv[i++] = options;
    }
  if (vfstype)
    {
      argv[i++] = "-t";
      argv[i++] = vfstype;
    }
  argv[i++] = "--";
  argv[i++] = device;
  argv[i++] = target;
  argv[i] = NULL;
  {
    struct command cmd = COMMAND_INIT (argv);
    r = run_command (&cmd, NULL, &err);
  }
  if (r != 0)
    {
      reply_command_error (mountable, r, "mount", err);
      return -1;
    }
  return 0;
}

int
do_mount (const char *mountable, const char *mountpoint)
{
  return mount_common (NULL, NULL, mountable, mountpoint);
}

int
do_mount_ro (const char *mountable, const char *mountpoint)
{
  return mount_common ("ro", NULL, mountable, mountpoint);
}

int
do_mount_options (const char *options, const char *mountable,
                  const char *mountpoint)
{
  return mount_common (options, NULL, mountable, mountpoint);
}

int
do_umount (const char *pathordevice, int force, int lazyunmount)
{
  int flags = (force ? MNT_FORCE : 0) | (lazyunmount ? MNT_DETACH : 0);
  CLEANUP_FREE char *target = NULL;

  if (is_device_arg (pathordevice))
    {
      struct mount_entry *m;
      size_t n;
      struct stat st;

      if (stat (pathordevice, &st) == -1)
        {
          reply_with_perror ("%s", pathordevice);
          return -1;
        }
      if (read_mounts (&m, &n) == -1)
        {
          reply_with_perror ("/proc/self/mountinfo");
          return -1;
        }
      /* The latest mount of it, if it is mounted more than once. */
      for (size_t i = n; i-- > 0 && target == NULL;)
        if (m[i].dev == st.st_rdev)
          target = strdup (m[i].target);
      free_mounts (m, n);
      if (target == NULL)
        {
          reply_with_error_errno (EINVAL, "%s: not mounted", pathordevice);
          return -1;
        }
    }
  else
    {
      CLEANUP_CLOSE int fd
          = sysroot_open (pathordevice, O_PATH | O_DIRECTORY, 0);
      if (fd == -1 || (target = fd_realpath (fd)) == NULL)
        {
          reply_with_perror ("%s", pathordevice);
          return -1;
        }
    }
  if (umount2 (target, flags) == -1)
    {
      if (errno == EINVAL)
        reply_with_error_errno (EINVAL, "%s: not a mount point", pathordevice);
      else
        reply_with_perror ("%s", pathordevice);
      return -1;
    }
  return 0;
}

int
do_umount_all (void)
{
  struct mount_entry *m;
  size_t n;
  int r = 0;

  if (read_mounts (&m, &n) == -1)
    {
      reply_with_perror ("/proc/self/mountinfo");
      return -1;
    }
  /* Innermost first: the reverse of the order they were mounted in. */
  for (size_t i = n; i-- > 0;)
    if (umount2 (m[i].target, 0) == -1 && errno != EINVAL)
      {
        reply_with_perror ("umount %s", m[i].source);
        r = -1;
        break;
      }
  free_mounts (m, n);
  return r;
}

int
do_mount_vfs (const char *options, const char *vfstype, const char *mountable,
              const char *mountpoint)
{
  if (vfstype[0] == '\0' || vfstype[0] == '-')
    {
      reply_with_error_errno (EINVAL, "vfstype \"%s\": not a filesystem type",
                              vfstype);
      return -1;
    }
  return mount_common (options, vfstype, mountable, mountpoint);
}

int
do_mount_loop (const char *file, const char *mountpoint)
{
  CLEANUP_CLOSE int fd = -1;
  CLEANUP_FREE char *path = NULL;
  struct stat st;

  if (host_mode)
    {
      reply_with_error_errno (ENODEV, "%s: no loop devices in host mode",
                              file);
      return -1;
    }
  /* The image as the guest's root sees it, never a path that leaves
   * the guest.
   */
  fd = sysroot_open (file, O_PATH, 0);
  if (fd == -1 || fstat (fd, &st) == -1 || (path = fd_realpath (fd)) == NULL)
    {
      reply_with_perror ("%s", file);
      return -1;
    }
  /* A device node in the guest could name any of the appliance's
   * devices.
   */
  if (!S_ISREG (st.st_mode))
    {
      reply_with_error_errno (EINVAL, "%s: not a regular file", file);
      return -1;
    }
  /* No udev: /dev/loop-control is there only once the module is loaded
   * (nothing to do when the kernel has loop built in).
   */
  if (access ("/dev/loop-control", F_OK) == -1)
    {
      CLEANUP_FREE char *err = NULL;
      int r = command (NULL, &err, "modprobe", "loop", NULL);
      if (r != 0)
        debug_msg ("modprobe loop: %s", err ? err : "failed");
    }
  return mount_common ("loop", NULL, path, mountpoint);
}

/* The mounts' targets, relative to the sysroot ("/", "/boot"). */
static const char *
guest_mountpoint (const char *target)
{
  const char *rest = target + strlen (sysroot);

  return rest[0] ? rest : "/";
}

/* The mounted devices (canonical names), each followed by where it is
 * mounted in the guest if with_targets.
 */
static char **
list_mounts (bool with_targets)
{
  struct stringsbuf sb = STRINGSBUF_INIT;
  struct mount_entry *m;
  size_t n;

  if (read_mounts (&m, &n) == -1)
    {
      reply_with_perror ("/proc/self/mountinfo");
      return NULL;
    }
  for (size_t i = 0; i < n; i++)
    {
      char *canon = canonical_device_name (m[i].source);
      if (canon == NULL)
        {
          reply_with_perror ("malloc");
          free_stringsbuf (&sb);
          free_mounts (m, n);
          return NULL;
        }
      if (add_string_nodup (&sb, canon) == -1
          || (with_targets
              && add_string (&sb, guest_mountpoint (m[i].target)) == -1))
        {
          free_mounts (m, n);
          return NULL;
        }
    }
  free_mounts (m, n);
  return end_stringsbuf (&sb);
}

char **
do_mounts (void)
{
  return list_mounts (false);
}

char **
do_mountpoints (void)
{
  return list_mounts (true);
}

/* mkmountpoint and rmmountpoint work in the sysroot directory tree
 * whether or not anything is mounted on it.
 */
static int
mountpoint_parent (const char *exemptpath, char **name_r)
{
  int fd;

  if (exemptpath[0] != '/')
    {
      reply_with_error_errno (EINVAL, "%s: the path must start with a /",
                              exemptpath);
      return -1;
    }
  fd = sysroot_open_parent (exemptpath, name_r);
  if (fd == -1)
    reply_with_perror ("%s", exemptpath);
  return fd;
}

int
do_mkmountpoint (const char *exemptpath)
{
  CLEANUP_FREE char *name = NULL;
  CLEANUP_CLOSE int dirfd = mountpoint_parent (exemptpath, &name);

  if (dirfd == -1)
    return -1;
  if (mkdirat (dirfd, name, 0755) == -1)
    {
      reply_with_perror ("%s", exemptpath);
      return -1;
    }
  return 0;
}

int
do_rmmountpoint (const char *exemptpath)
{
  CLEANUP_FREE char *name = NULL;
  CLEANUP_CLOSE int dirfd = mountpoint_parent (exemptpath, &name);

  if (dirfd == -1)
    return -1;
  if (unlinkat (dirfd, name, AT_REMOVEDIR) == -1)
    {
      reply_with_perror ("%s", exemptpath);
      return -1;
    }
  return 0;
}

int
do_remount (const char *mountpoint, int rw)
{
  CLEANUP_FREE char *target = NULL, *err = NULL;
  int r;

  if (!(optargs_bitmask & REMOUNT_RW_BIT))
    {
      reply_with_error_errno (EINVAL,
                              "remount: the rw argument must be given");
      return -1;
    }
  /* Whatever is mounted there belongs to the host. */
  if (host_mode)
    {
      reply_with_error_errno (ENODEV, "%s: no guest mounts in host mode",
                              mountpoint);
      return -1;
    }
  target = mountpoint_target (mountpoint);
  if (target == NULL)
    return -1;
  r = command (NULL, &err, "mount", "-o", rw ? "remount,rw" : "remount,ro",
               "--", target, NULL);
  if (r != 0)
    {
      reply_command_error (mountpoint, r, "mount", err);
      return -1;
    }
  return 0;
}

int
sync_disks (void)
{
  /* In host mode only the sysroot's filesystem is ours to flush. */
  if (host_mode)
    {
      CLEANUP_CLOSE int fd = open (sysroot[0] ? sysroot : "/",
                                   O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      return fd == -1 ? -1 : syncfs (fd);
    }
  sync ();
  return 0;
}

int
do_sync (void)
{
  if (sync_disks () == -1)
    {
      reply_with_perror ("sync");
      return -1;
    }
  return 0;
}
