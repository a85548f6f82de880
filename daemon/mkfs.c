/* Making filesystems with the mkfs.* tools. */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon.h"
#include "actions.h"

/* Bits of optargs_bitmask, in the order api.py lists mkfs's options. */
#define MKFS_BLOCKSIZE (1 << 0)
#define MKFS_FEATURES (1 << 1)
#define MKFS_INODE (1 << 2)
#define MKFS_SECTORSIZE (1 << 3)
#define MKFS_LABEL (1 << 4)

#define MAX_ARGS 24

struct args
{
  const char *argv[MAX_ARGS];
  size_t n;
  char bufs[4][32]; /* numbers formatted for argv */
  size_t nbufs;
};

static void
add (struct args *a, const char *s)
{
  /* Room for the terminating NULL and mkfs_fat_sizes' two more. */
  if (a->n < MAX_ARGS - 3)
    a->argv[a->n++] = s;
}

static void
add_fmt (struct args *a, const char *fs, int v)
{
  if (a->nbufs < sizeof a->bufs / sizeof a->bufs[0])
    {
      char *b = a->bufs[a->nbufs++];
      snprintf (b, sizeof a->bufs[0], fs, v);
      add (a, b);
    }
}

/* mkfs.fat picks the FAT size from the size of the device alone, and
 * gives up if the cluster size asked for makes too many or too few
 * clusters for it: try each FAT size in turn.  argv ends with the
 * device; the option goes just before it.
 */
static int
mkfs_fat_sizes (struct args *a, char **err_r)
{
  static const char *const sizes[] = { "32", "16", "12" };
  const char *device = a->argv[a->n - 1];
  int r = -1;

  a->argv[a->n - 1] = "-F";
  a->argv[a->n + 1] = device;
  a->argv[a->n + 2] = NULL;
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0] && r != 0; i++)
    {
      struct command cmd = COMMAND_INIT (a->argv);
      a->argv[a->n] = sizes[i];
      free (*err_r);
      r = run_command (&cmd, NULL, err_r);
    }
  return r;
}

static int
unsupported (const char *fstype, const char *what)
{
  reply_with_error_errno (EINVAL,
                          "%s: the %s option is not supported for "
                          "this filesystem type",
                          fstype, what);
  return -1;
}

int
do_mkfs (const char *fstype, const char *device, int blocksize,
         const char *features, int inode, int sectorsize, const char *label)
{
  uint64_t opts = optargs_bitmask;
  bool is_fat = strcmp (fstype, "vfat") == 0 || strcmp (fstype, "fat") == 0
                || strcmp (fstype, "msdos") == 0;
  struct args a = { .n = 0 };
  CLEANUP_FREE char *prog = NULL, *err = NULL;
  int r;

  if (strchr (fstype, '/') || fstype[0] == '\0' || fstype[0] == '.')
    {
      reply_with_error_errno (EINVAL, "%s: invalid filesystem type", fstype);
      return -1;
    }
  if ((opts & MKFS_BLOCKSIZE) && blocksize <= 0)
    {
      reply_with_error_errno (EINVAL, "blocksize %d must be positive",
                              blocksize);
      return -1;
    }
  if (asprintf (&prog, "mkfs.%s", fstype) == -1)
    {
      reply_with_perror ("asprintf");
      return -1;
    }
  add (&a, prog);

  if (strcmp (fstype, "ext2") == 0 || strcmp (fstype, "ext3") == 0
      || strcmp (fstype, "ext4") == 0)
    {
      add (&a, "-F");
      add (&a, "-q");
      if (opts & MKFS_BLOCKSIZE)
        add_fmt (&a, "-b%d", blocksize);
      if (opts & MKFS_FEATURES)
        {
          add (&a, "-O");
          add (&a, features);
        }
      if (opts & MKFS_INODE)
        add_fmt (&a, "-I%d", inode);
      if (opts & MKFS_SECTORSIZE)
        return unsupported (fstype, "sectorsize");
      if (opts & MKFS_LABEL)
        {
          add (&a, "-L");
          add (&a, label);
        }
    }
  else if (strcmp (fstype, "xfs") == 0)
    {
      add (&a, "-f");
      if (opts & MKFS_BLOCKSIZE)
        add_fmt (&a, "-bsize=%d", blocksize);
      if (opts & MKFS_FEATURES)
        return unsupported (fstype, "features");
      if (opts & MKFS_INODE)
        add_fmt (&a, "-isize=%d", inode);
      if (opts & MKFS_SECTORSIZE)
        add_fmt (&a, "-ssize=%d", sectorsize);
      if (opts & MKFS_LABEL)
        {
          add (&a, "-L");
          add (&a, label);
        }
    }
  else if (is_fat)
    {
      /* -I: a whole disk is fine too. */
      add (&a, "-I");
      if (opts & MKFS_BLOCKSIZE)
        {
          /* FAT's unit is the cluster, counted in 512-byte sectors. */
          if (blocksize % 512 != 0)
            {
              reply_with_error_errno (EINVAL,
                                      "blocksize %d: must be a multiple of "
                                      "512 for %s",
                                      blocksize, fstype);
              return -1;
            }
          add_fmt (&a, "-s%d", blocksize / 512);
        }
      if (opts & MKFS_FEATURES)
        return unsupported (fstype, "features");
      if (opts & MKFS_INODE)
        return unsupported (fstype, "inode");
      if (opts & MKFS_SECTORSIZE)
        add_fmt (&a, "-S%d", sectorsize);
      if (opts & MKFS_LABEL)
        {
          add (&a, "-n");
          add (&a, label);
        }
    }
  else if (strcmp (fstype, "ntfs") == 0)
    {
      /* -Q: a full format would write every sector; -F: a whole disk
       * is fine too.
       */
      add (&a, "-Q");
      add (&a, "-F");
      if (opts & MKFS_BLOCKSIZE)
        add_fmt (&a, "-c%d", blocksize);
      if (opts & (MKFS_FEATURES | MKFS_INODE))
        return unsupported (fstype,
                            opts & MKFS_FEATURES ? "features" : "inode");
      if (opts & MKFS_SECTORSIZE)
        add_fmt (&a, "-s%d", sectorsize);
      if (opts & MKFS_LABEL)
        {
          add (&a, "-L");
          add (&a, label);
        }
    }
  else if (strcmp (fstype, "f2fs") == 0 && !(opts & ~MKFS_LABEL))
    {
      /* -f: overwrite the filesystem already there, as the others do. */
      add (&a, "-f");
      if (opts & MKFS_LABEL)
        {
          add (&a, "-l");
          add (&a, label);
        }
    }
  else if (opts)
    {
      reply_with_error_errno (EINVAL,
                              "%s: optional arguments are only "
                              "supported for ext2/3/4, xfs, vfat and ntfs",
                              fstype);
      return -1;
    }
  add (&a, device);
  a.argv[a.n] = NULL;

  struct command cmd = COMMAND_INIT (a.argv);
  r = run_command (&cmd, NULL, &err);
  if (r != 0 && is_fat && (opts & MKFS_BLOCKSIZE) && err
      && strstr (err, "clusters"))
    r = mkfs_fat_sizes (&a, &err);
  if (r == -1 && err && strstr (err, strerror (ENOENT)))
    {
      reply_with_error_errno (EINVAL,
                              "%s: unknown filesystem type (no %s "
                              "in the appliance)",
                              fstype, prog);
      return -1;
    }
  if (r != 0)
    {
      reply_command_error (device, r, prog, err);
      return -1;
    }
  return 0;
}

int
do_mkfs_b (const char *fstype, int blocksize, const char *device)
{
  optargs_bitmask = MKFS_BLOCKSIZE;
  return do_mkfs (fstype, device, blocksize, NULL, 0, 0, NULL);
}
