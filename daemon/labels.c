/* Filesystem types, labels and UUIDs (blkid), and setting labels. */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon.h"
#include "actions.h"

char *
get_blkid_tag (const char *dev, const char *tag)
{
  CLEANUP_FREE char *err = NULL;
  char *out = NULL;
  /* -c /dev/null: probe the device now, never a cached answer. */
  int r = command (&out, &err, "blkid", "-c", "/dev/null", "-o", "value", "-s",
                   tag, dev, NULL);

  /* blkid exits 2 when the device has no such tag. */
  if (r == 0 || r == 2)
    {
      if (r == 2)
        out[0] = '\0';
      trim_end (out);
      return out;
    }
  free (out);
  reply_command_error (dev, r, "blkid", err);
  return NULL;
}

/* A tag of the filesystem holding mountable (a btrfs subvolume's is
 * its filesystem's).
 */
static char *
get_mountable_tag (const char *mountable, const char *tag)
{
  CLEANUP_FREE char *device = NULL;
  const char *volume;

  if (split_mountable (mountable, &device, &volume) == -1)
    {
      reply_with_perror ("%s", mountable);
      return NULL;
    }
  return get_blkid_tag (device, tag);
}

char *
do_vfs_type (const char *mountable)
{
  return get_mountable_tag (mountable, "TYPE");
}

char *
do_vfs_label (const char *mountable)
{
  return get_mountable_tag (mountable, "LABEL");
}

char *
do_vfs_uuid (const char *mountable)
{
  return get_mountable_tag (mountable, "UUID");
}

/* The size of the superblock's volume name field. */
#define EXT_LABEL_MAX 16

/* xfs_admin puts the label through "eval", so only characters no
 * shell (nor xfs_db's command parser) interprets may reach it.
 */
#define XFS_LABEL_PUNCT "-_.+,:=@/"

bool
valid_xfs_label (const char *mountable, const char *label)
{
  static const char allowed[] = "abcdefghijklmnopqrstuvwxyz"
                                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                "0123456789" XFS_LABEL_PUNCT;

  if (strlen (label) > 12)
    {
      reply_with_error_errno (EINVAL,
                              "%s: xfs label '%s' is longer than 12 bytes",
                              mountable, label);
      return false;
    }
  if (label[strspn (label, allowed)] != '\0')
    {
      reply_with_error_errno (EINVAL,
                              "%s: xfs label '%s' contains a character "
                              "other than letters, digits and \"%s\"",
                              mountable, label, XFS_LABEL_PUNCT);
      return false;
    }
  return true;
}

int
do_set_label (const char *mountable, const char *label)
{
  CLEANUP_FREE char *type = get_mountable_tag (mountable, "TYPE");
  CLEANUP_FREE char *err = NULL;
  const char *prog;
  int r;

  if (type == NULL)
    return -1;
  if (strcmp (type, "ext2") == 0 || strcmp (type, "ext3") == 0
      || strcmp (type, "ext4") == 0)
    {
      /* e2label would silently keep only the first 16 bytes. */
      if (strlen (label) > EXT_LABEL_MAX)
        {
          reply_with_error_errno (EINVAL,
                                  "%s: %s label '%s' is longer than %d bytes",
                                  mountable, type, label, EXT_LABEL_MAX);
          return -1;
        }
      r = command (NULL, &err, prog = "e2label", mountable, label, NULL);
    }
  else if (strcmp (type, "xfs") == 0)
    {
      if (!valid_xfs_label (mountable, label))
        return -1;
      r = command (NULL, &err, prog = "xfs_admin", "-L", label, mountable,
                   NULL);
    }
  else if (strcmp (type, "btrfs") == 0)
    return btrfs_set_label (mountable, label);
  else if (strcmp (type, "vfat") == 0)
    /* "--": a label such as "-r" must not be taken as an option. */
    r = command (NULL, &err, prog = "fatlabel", "--", mountable, label, NULL);
  else
    {
      reply_with_error_errno (ENOTSUP,
                              "%s: setting the label of a %s filesystem "
                              "is not supported",
                              mountable, type[0] ? type : "unknown");
      return -1;
    }
  if (r != 0)
    {
      reply_command_error (mountable, r, prog, err);
      return -1;
    }
  return 0;
}

/* In the output of one blkid run over several devices ("DEVNAME=...",
 * then "KEY=value" lines, a blank line between devices; devices with
 * nothing recognisable missing), the TYPE of dev, copied to type.
 */
static bool
find_type (const char *out, const char *dev, char *type, size_t len)
{
  bool in_dev = false;

  for (const char *line = out; *line;)
    {
      size_t n = strcspn (line, "\n");

      if (n > 8 && strncmp (line, "DEVNAME=", 8) == 0)
        in_dev = n - 8 == strlen (dev) && strncmp (line + 8, dev, n - 8) == 0;
      else if (in_dev && n > 5 && strncmp (line, "TYPE=", 5) == 0)
        {
          snprintf (type, len, "%.*s", (int)(n - 5), line + 5);
          return true;
        }
      line += n;
      if (*line == '\n')
        line++;
    }
  return false;
}

/* Every device and partition that could hold a filesystem, as
 * appliance device paths.
 */
static char **
filesystem_candidates (void)
{
  size_t n;
  CLEANUP_FREE struct disk *disks = list_disks (&n);
  struct stringsbuf sb = STRINGSBUF_INIT;

  if (disks == NULL)
    {
      reply_with_perror ("/sys/block");
      return NULL;
    }
  for (size_t i = 0; i < n; i++)
    {
      CLEANUP_FREE int *nums = NULL;
      size_t np;
      char name[80], part[64];

      if (list_partition_numbers (disks[i].name, &nums, &np) == -1)
        {
          reply_with_perror ("%s", disks[i].name);
          free_stringsbuf (&sb);
          return NULL;
        }
      /* A partitioned disk holds partitions, not a filesystem. */
      if (np == 0)
        {
          snprintf (name, sizeof name, "/dev/%s", disks[i].name);
          if (add_string (&sb, name) == -1)
            return NULL;
        }
      for (size_t j = 0; j < np; j++)
        {
          partition_name (part, sizeof part, disks[i].name, nums[j]);
          snprintf (name, sizeof name, "/dev/%s", part);
          if (add_string (&sb, name) == -1)
            return NULL;
        }
    }
  /* In libguestfs's order: open encrypted devices, arrays, logical
   * volumes.
   */
  if (add_crypt_devices (&sb) == -1 || add_md_devices (&sb) == -1
      || lvm_add_filesystem_candidates (&sb) == -1
      || ldm_filesystem_candidates (&sb) == -1)
    return NULL;
  return end_stringsbuf (&sb);
}

char **
do_list_filesystems (void)
{
  static const char *const blkid[]
      = { "blkid", "-c", "/dev/null", "-o", "export" };
  const size_t nb = sizeof blkid / sizeof blkid[0];
  CLEANUP_FREE_STRINGS char **devs = filesystem_candidates ();
  CLEANUP_FREE const char **argv = NULL;
  CLEANUP_FREE char *out = NULL, *err = NULL;
  struct stringsbuf sb = STRINGSBUF_INIT;
  size_t n;
  int r;

  if (devs == NULL)
    return NULL;
  n = guestfs_int_count_strings (devs);
  if (n == 0)
    return end_stringsbuf (&sb);

  argv = malloc ((nb + n + 1) * sizeof *argv);
  if (argv == NULL)
    {
      reply_with_perror ("malloc");
      return NULL;
    }
  memcpy (argv, blkid, sizeof blkid);
  for (size_t i = 0; i <= n; i++)
    argv[nb + i] = devs[i];
  struct command cmd = COMMAND_INIT (argv);
  r = run_command (&cmd, &out, &err);
  /* 2: none of them holds anything recognisable. */
  if (r != 0 && r != 2)
    {
      reply_command_error (NULL, r, "blkid", err);
      return NULL;
    }
  for (size_t i = 0; i < n; i++)
    {
      char type[64];
      bool found = find_type (out, devs[i], type, sizeof type);
      char *canon;

      /* Containers, not filesystems (as in libguestfs): a LUKS device
       * (its open mapping is listed), an LVM physical volume (its
       * logical volumes are) and a member of a running array (the array
       * is).
       */
      if ((found
           && (strcmp (type, "crypto_LUKS") == 0
               || strcmp (type, "LVM2_member") == 0))
          || is_md_member (devs[i]))
        continue;
      canon = canonical_device_name (devs[i]);
      if (canon == NULL)
        {
          reply_with_perror ("malloc");
          free_stringsbuf (&sb);
          return NULL;
        }
      if (add_string_nodup (&sb, canon) == -1
          || add_string (&sb, found ? type : "unknown") == -1)
        return NULL;
      if (found && strcmp (type, "btrfs") == 0
          && btrfs_add_subvolumes (&sb, devs[i]) == -1)
        return NULL;
    }
  return end_stringsbuf (&sb);
}
