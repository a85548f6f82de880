/* vfs_minimum_size: what each filesystem's tool says the filesystem
 * could shrink to.
 */

#include <config.h>

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

/* The number after "key" in out (a line of text from a tool), or -1. */
static int64_t
find_number (const char *out, const char *key)
{
  const char *p = out ? strstr (out, key) : NULL;
  int64_t v;

  if (p == NULL)
    return -1;
  p += strlen (key);
  p += strspn (p, " \t:=");
  if (sscanf (p, "%" SCNi64, &v) != 1 || v < 0)
    return -1;
  return v;
}

/* Run argv and return find_number of key in its stdout, or -1 after
 * replying.
 */
static int64_t
tool_number (const char *mountable, const char *const *argv, const char *key)
{
  CLEANUP_FREE char *out = NULL, *err = NULL;
  struct command cmd = COMMAND_INIT (argv);
  int r = run_command (&cmd, &out, &err);
  int64_t v;

  if (r != 0)
    {
      /* Some of them say why on stdout. */
      if (out)
        trim_end (out);
      reply_command_error (mountable, r, argv[0], err && err[0] ? err : out);
      return -1;
    }
  v = find_number (out, key);
  if (v == -1)
    reply_with_error ("%s: %s: no \"%s\" in its output", mountable, argv[0],
                      key);
  return v;
}

static int64_t
ext_minimum_size (const char *dev)
{
  const char *resize[] = { "resize2fs", "-P", dev, NULL };
  const char *dump[] = { "dumpe2fs", "-h", dev, NULL };
  int64_t blocks, blocksize;

  blocks = tool_number (dev, resize, "minimum size of the filesystem");
  if (blocks == -1)
    return -1;
  blocksize = tool_number (dev, dump, "Block size");
  if (blocksize == -1)
    return -1;
  return blocks * blocksize;
}

static int64_t
ntfs_minimum_size (const char *dev)
{
  const char *argv[]
      = { "ntfsresize", "--info", "--force", "--no-progress-bar", dev, NULL };

  return tool_number (dev, argv, "You might resize at");
}

/* XFS cannot shrink: its size now. */
static int64_t
xfs_minimum_size (const char *dev)
{
  const char *bs[]
      = { "xfs_db", "-r", "-c", "sb 0", "-c", "print blocksize", dev, NULL };
  const char *db[]
      = { "xfs_db", "-r", "-c", "sb 0", "-c", "print dblocks", dev, NULL };
  int64_t blocksize = tool_number (dev, bs, "blocksize"), blocks;

  if (blocksize == -1)
    return -1;
  blocks = tool_number (dev, db, "dblocks");
  if (blocks == -1)
    return -1;
  return blocks * blocksize;
}

/* btrfs answers about a mounted filesystem: mount it (again, which
 * btrfs allows) read-only on a directory of our own.
 */
static int64_t
btrfs_minimum_size (const char *dev)
{
  char dir[] = "/tmp/minsize.XXXXXX";
  int64_t r;

  if (!program_available ("btrfs"))
    {
      reply_with_error_errno (ENOTSUP,
                              "%s: btrfs-progs is not in the appliance", dev);
      return -1;
    }
  if (mkdtemp (dir) == NULL)
    {
      reply_with_perror ("mkdtemp");
      return -1;
    }
  if (mount (dev, dir, "btrfs", MS_RDONLY | MS_NOSUID | MS_NODEV, NULL) == -1)
    {
      reply_with_perror ("%s: mount", dev);
      rmdir (dir);
      return -1;
    }
  const char *argv[]
      = { "btrfs", "inspect-internal", "min-dev-size", dir, NULL };
  r = tool_number (dev, argv, "");
  umount2 (dir, MNT_DETACH);
  rmdir (dir);
  return r;
}

int64_t
do_vfs_minimum_size (const char *mountable)
{
  CLEANUP_FREE char *type = NULL, *err = NULL;
  int r = command (&type, &err, "blkid", "-c", "/dev/null", "-o", "value",
                   "-s", "TYPE", mountable, NULL);

  /* blkid exits 2 when it recognises nothing. */
  if (r != 0 && r != 2)
    {
      reply_command_error (mountable, r, "blkid", err);
      return -1;
    }
  trim_end (type);
  if (strcmp (type, "ext2") == 0 || strcmp (type, "ext3") == 0
      || strcmp (type, "ext4") == 0)
    return ext_minimum_size (mountable);
  if (strcmp (type, "ntfs") == 0)
    return ntfs_minimum_size (mountable);
  if (strcmp (type, "xfs") == 0)
    return xfs_minimum_size (mountable);
  if (strcmp (type, "btrfs") == 0)
    return btrfs_minimum_size (mountable);
  reply_with_error_errno (ENOTSUP,
                          "%s: the minimum size of a %s filesystem is not "
                          "supported",
                          mountable, r == 2 || !type[0] ? "unknown" : type);
  return -1;
}
