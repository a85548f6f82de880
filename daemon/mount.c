/* Mounting guest filesystems under the sysroot, and what is mounted. */

#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

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

static int
mount_common (const char *options, const char *mountable,
              const char *mountpoint)
{
  CLEANUP_CLOSE int fd = -1;
  CLEANUP_FREE char *target = NULL, *err = NULL, *device = NULL;
  CLEANUP_FREE char *opts = NULL;
  const char *volume;
  int r;

  if (mountpoint[0] != '/')
    {
      reply_with_error_errno (EINVAL,
                              "%s: mountpoint must start with a / "
                              "character",
                              mountpoint);
      return -1;
    }
  fd = sysroot_open (mountpoint, O_PATH | O_DIRECTORY, 0);
  if (fd == -1 || (target = fd_realpath (fd)) == NULL)
    {
      reply_with_perror ("mountpoint %s", mountpoint);
      return -1;
    }
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
  if (options && options[0])
    r = command (NULL, &err, "mount", "-o", options, "--", device, target,
                 NULL);
  else
    r = command (NULL, &err, "mount", "--", device, target, NULL);
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
  return mount_common (NULL, mountable, mountpoint);
}

int
do_mount_ro (const char *mountable, const char *mountpoint)
{
  return mount_common ("ro", mountable, mountpoint);
}

int
do_mount_options (const char *options, const char *mountable,
                  const char *mountpoint)
{
  return mount_common (options, mountable, mountpoint);
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

char **
do_mounts (void)
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
      if (add_string_nodup (&sb, canon) == -1)
        {
          free_mounts (m, n);
          return NULL;
        }
    }
  free_mounts (m, n);
  return end_stringsbuf (&sb);
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
