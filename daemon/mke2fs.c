/* Making ext2/3/4 filesystems and external journals with mke2fs. */

#include <config.h>

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon.h"
#include "actions.h"
#include "ext2.h"

/* Bits of optargs_bitmask, in the order api.py lists mke2fs's options. */
enum
{
  BLOCKSCOUNT,
  BLOCKSIZE,
  FRAGSIZE,
  BLOCKSPERGROUP,
  NUMBEROFGROUPS,
  BYTESPERINODE,
  INODESIZE,
  JOURNALSIZE,
  NUMBEROFINODES,
  STRIDESIZE,
  STRIPEWIDTH,
  MAXONLINERESIZE,
  RESERVEDBLOCKSPERCENTAGE,
  MMPUPDATEINTERVAL,
  JOURNALDEVICE,
  LABEL,
  LASTMOUNTEDDIR,
  CREATOROS,
  FSTYPE,
  USAGETYPE,
  UUID,
  FORCECREATE,
  WRITESBANDGROUPONLY,
  LAZYITABLEINIT,
  LAZYJOURNALINIT,
  TESTFS,
  DISCARD,
  QUOTATYPE,
  EXTENT,
  FILETYPE,
  FLEXBG,
  HASJOURNAL,
  JOURNALDEV,
  LARGEFILE,
  QUOTA,
  RESIZEINODE,
  SPARSESUPER,
  UNINITBG,
};
#define HAS(opt) ((optargs_bitmask & (UINT64_C (1) << (opt))) != 0)

/* The size of the superblock's volume name field. */
#define EXT_LABEL_MAX 16

#define MAX_ARGS 64
#define LIST_MAX 512

/* mke2fs's command line as it is built: every string it points to
 * lives in the struct or in the caller's arguments.
 */
struct args
{
  const char *argv[MAX_ARGS];
  size_t n;
  char nums[16][48];
  size_t nnums;
  char features[LIST_MAX]; /* -O, comma-separated */
  char extended[LIST_MAX]; /* -E, comma-separated */
  char journal[LIST_MAX];  /* -J */
};

static void
add (struct args *a, const char *s)
{
  if (a->n < MAX_ARGS - 1)
    a->argv[a->n++] = s;
}

static void
add_num (struct args *a, const char *flag, const char *fs, int64_t v)
{
  if (a->nnums < sizeof a->nums / sizeof a->nums[0])
    {
      char *b = a->nums[a->nnums++];
      snprintf (b, sizeof a->nums[0], fs, v);
      add (a, flag);
      add (a, b);
    }
}

static void append (char *list, const char *fs, ...)
    __attribute__ ((format (printf, 2, 3)));

/* Append one item to a comma-separated list (LIST_MAX bytes). */
static void
append (char *list, const char *fs, ...)
{
  size_t len = strlen (list);
  va_list ap;

  if (len > 0 && len < LIST_MAX - 1)
    list[len++] = ',';
  va_start (ap, fs);
  vsnprintf (list + len, LIST_MAX - len, fs, ap);
  va_end (ap);
}

static int
run_mke2fs (const char *device, struct args *a)
{
  a->argv[a->n] = NULL;
  return run_e2fsprogs (device, a->argv, NULL);
}

static bool
valid_fstype (const char *fstype)
{
  if (strcmp (fstype, "ext2") == 0 || strcmp (fstype, "ext3") == 0
      || strcmp (fstype, "ext4") == 0)
    return true;
  reply_with_error_errno (EINVAL, "fstype '%s' is not ext2, ext3 or ext4",
                          fstype);
  return false;
}

static bool
valid_label (const char *label)
{
  /* mke2fs would only warn and cut it. */
  if (strlen (label) <= EXT_LABEL_MAX)
    return true;
  reply_with_error_errno (EINVAL, "label '%s' is longer than %d bytes", label,
                          EXT_LABEL_MAX);
  return false;
}

static bool
positive (const char *name, int64_t v)
{
  if (v > 0)
    return true;
  reply_with_error_errno (EINVAL, "%s %" PRIi64 " must be positive", name, v);
  return false;
}

/* -J device=X: a device of the guest, or LABEL=/UUID= for mke2fs to
 * find.  Devices arrive untranslated in an OString.
 */
static int
add_journal_device (struct args *a, const char *journal)
{
  if (strncmp (journal, "LABEL=", 6) == 0
      || strncmp (journal, "UUID=", 5) == 0)
    snprintf (a->journal, sizeof a->journal, "device=%s", journal);
  else
    {
      CLEANUP_FREE char *dev = resolve_device ("journaldevice", journal, 0);
      if (dev == NULL)
        return -1;
      snprintf (a->journal, sizeof a->journal, "device=%s", dev);
    }
  add (a, "-J");
  add (a, a->journal);
  return 0;
}

int
do_mke2fs (const char *device, int64_t blockscount, int64_t blocksize,
           int64_t fragsize, int64_t blockspergroup, int64_t numberofgroups,
           int64_t bytesperinode, int64_t inodesize, int64_t journalsize,
           int64_t numberofinodes, int64_t stridesize, int64_t stripewidth,
           int64_t maxonlineresize, int reservedblockspercentage,
           int mmpupdateinterval, const char *journaldevice, const char *label,
           const char *lastmounteddir, const char *creatoros,
           const char *fstype, const char *usagetype, const char *uuid,
           int forcecreate, int writesbandgrouponly, int lazyitableinit,
           int lazyjournalinit, int testfs, int discard, int quotatype,
           int extent, int filetype, int flexbg, int hasjournal,
           int journaldev, int largefile, int quota, int resizeinode,
           int sparsesuper, int uninitbg)
{
  struct args *a = calloc (1, sizeof *a);
  CLEANUP_FREE struct args *a_free = a;
  char count[32];
  /* The -b -f -g -G -i -I -N options: numbers mke2fs checks itself. */
  const struct
  {
    int bit;
    const char *name, *flag;
    int64_t v;
  } nums[] = {
    { BLOCKSIZE, "blocksize", "-b", blocksize },
    { FRAGSIZE, "fragsize", "-f", fragsize },
    { BLOCKSPERGROUP, "blockspergroup", "-g", blockspergroup },
    { NUMBEROFGROUPS, "numberofgroups", "-G", numberofgroups },
    { BYTESPERINODE, "bytesperinode", "-i", bytesperinode },
    { INODESIZE, "inodesize", "-I", inodesize },
    { NUMBEROFINODES, "numberofinodes", "-N", numberofinodes },
  };
  /* Extended options taking a number. */
  const struct
  {
    int bit;
    const char *name, *option;
    int64_t v;
  } ext_nums[] = {
    { STRIDESIZE, "stridesize", "stride", stridesize },
    { STRIPEWIDTH, "stripewidth", "stripe_width", stripewidth },
    { MAXONLINERESIZE, "maxonlineresize", "resize", maxonlineresize },
  };
  /* Feature switches: on, or off with "^". */
  const struct
  {
    int bit;
    const char *feature;
    int on;
  } features[] = {
    { EXTENT, "extent", extent },
    { FILETYPE, "filetype", filetype },
    { FLEXBG, "flex_bg", flexbg },
    { HASJOURNAL, "has_journal", hasjournal },
    { JOURNALDEV, "journal_dev", journaldev },
    { LARGEFILE, "large_file", largefile },
    { QUOTA, "quota", quota },
    { RESIZEINODE, "resize_inode", resizeinode },
    { SPARSESUPER, "sparse_super", sparsesuper },
    { UNINITBG, "uninit_bg", uninitbg },
  };

  if (a == NULL)
    {
      reply_with_perror ("calloc");
      return -1;
    }
  add (a, "mke2fs");
  if (HAS (FORCECREATE) && forcecreate)
    add (a, "-F");
  if (HAS (WRITESBANDGROUPONLY) && writesbandgrouponly)
    add (a, "-S");
  if (HAS (FSTYPE))
    {
      if (!valid_fstype (fstype))
        return -1;
      add (a, "-t");
      add (a, fstype);
    }
  for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++)
    if (HAS (nums[i].bit))
      {
        if (!positive (nums[i].name, nums[i].v))
          return -1;
        add_num (a, nums[i].flag, "%" PRIi64, nums[i].v);
      }
  if (HAS (RESERVEDBLOCKSPERCENTAGE))
    {
      if (reservedblockspercentage < 0 || reservedblockspercentage > 50)
        {
          reply_with_error_errno (EINVAL,
                                  "reservedblockspercentage %d is not "
                                  "between 0 and 50",
                                  reservedblockspercentage);
          return -1;
        }
      add_num (a, "-m", "%" PRIi64, reservedblockspercentage);
    }
  if (HAS (JOURNALSIZE) && HAS (JOURNALDEVICE))
    {
      reply_with_error_errno (EINVAL, "journalsize and journaldevice cannot "
                                      "be given together");
      return -1;
    }
  if (HAS (JOURNALSIZE))
    {
      if (!positive ("journalsize", journalsize))
        return -1;
      snprintf (a->journal, sizeof a->journal, "size=%" PRIi64, journalsize);
      add (a, "-J");
      add (a, a->journal);
    }
  if (HAS (JOURNALDEVICE) && add_journal_device (a, journaldevice) == -1)
    return -1;
  if (HAS (LABEL))
    {
      if (!valid_label (label))
        return -1;
      add (a, "-L");
      add (a, label);
    }
  if (HAS (LASTMOUNTEDDIR))
    {
      add (a, "-M");
      add (a, lastmounteddir);
    }
  if (HAS (CREATOROS))
    {
      add (a, "-o");
      add (a, creatoros);
    }
  if (HAS (USAGETYPE))
    {
      add (a, "-T");
      add (a, usagetype);
    }
  if (HAS (UUID))
    {
      add (a, "-U");
      add (a, uuid);
    }

  for (size_t i = 0; i < sizeof ext_nums / sizeof ext_nums[0]; i++)
    if (HAS (ext_nums[i].bit))
      {
        if (!positive (ext_nums[i].name, ext_nums[i].v))
          return -1;
        append (a->extended, "%s=%" PRIi64, ext_nums[i].option, ext_nums[i].v);
      }
  if (HAS (MMPUPDATEINTERVAL))
    {
      if (mmpupdateinterval < 0)
        {
          reply_with_error_errno (EINVAL, "mmpupdateinterval %d is negative",
                                  mmpupdateinterval);
          return -1;
        }
      append (a->extended, "mmp_update_interval=%d", mmpupdateinterval);
    }
  if (HAS (LAZYITABLEINIT))
    append (a->extended, "lazy_itable_init=%d", lazyitableinit ? 1 : 0);
  if (HAS (LAZYJOURNALINIT))
    append (a->extended, "lazy_journal_init=%d", lazyjournalinit ? 1 : 0);
  if (HAS (TESTFS) && testfs)
    append (a->extended, "test_fs");
  if (HAS (DISCARD))
    append (a->extended, "%s", discard ? "discard" : "nodiscard");
  if (HAS (QUOTATYPE) && quotatype)
    {
      append (a->extended, "quotatype=usrquota:grpquota");
      append (a->features, "quota");
    }
  if (a->extended[0])
    {
      add (a, "-E");
      add (a, a->extended);
    }

  for (size_t i = 0; i < sizeof features / sizeof features[0]; i++)
    if (HAS (features[i].bit))
      append (a->features, "%s%s", features[i].on ? "" : "^",
              features[i].feature);
  if (a->features[0])
    {
      add (a, "-O");
      add (a, a->features);
    }

  add (a, device);
  if (HAS (BLOCKSCOUNT))
    {
      if (!positive ("blockscount", blockscount))
        return -1;
      snprintf (count, sizeof count, "%" PRIi64, blockscount);
      add (a, count);
    }
  return run_mke2fs (device, a);
}

/* mke2fs -O journal_dev -b blocksize [-L label | -U uuid] device */
static int
mke2journal (int blocksize, const char *label, const char *uuid,
             const char *device)
{
  struct args a = { .n = 0 };

  if (!positive ("blocksize", blocksize))
    return -1;
  add (&a, "mke2fs");
  add (&a, "-O");
  add (&a, "journal_dev");
  add_num (&a, "-b", "%" PRIi64, blocksize);
  if (label)
    {
      if (!valid_label (label))
        return -1;
      add (&a, "-L");
      add (&a, label);
    }
  if (uuid)
    {
      if (!valid_uuid (uuid))
        {
          reply_with_error_errno (EINVAL, "'%s' is not a UUID", uuid);
          return -1;
        }
      add (&a, "-U");
      add (&a, uuid);
    }
  add (&a, device);
  return run_mke2fs (device, &a);
}

int
do_mke2journal (int blocksize, const char *device)
{
  return mke2journal (blocksize, NULL, NULL, device);
}

int
do_mke2journal_L (int blocksize, const char *label, const char *device)
{
  return mke2journal (blocksize, label, NULL, device);
}

int
do_mke2journal_U (int blocksize, const char *uuid, const char *device)
{
  return mke2journal (blocksize, NULL, uuid, device);
}

/* mke2fs -t fstype -b blocksize -J device=journal device */
static int
mke2fs_journal (const char *fstype, int blocksize, const char *device,
                const char *journal)
{
  struct args a = { .n = 0 };

  if (!valid_fstype (fstype) || !positive ("blocksize", blocksize))
    return -1;
  add (&a, "mke2fs");
  add (&a, "-t");
  add (&a, fstype);
  add_num (&a, "-b", "%" PRIi64, blocksize);
  snprintf (a.journal, sizeof a.journal, "device=%s", journal);
  add (&a, "-J");
  add (&a, a.journal);
  add (&a, device);
  return run_mke2fs (device, &a);
}

int
do_mke2fs_J (const char *fstype, int blocksize, const char *device,
             const char *journal)
{
  return mke2fs_journal (fstype, blocksize, device, journal);
}

int
do_mke2fs_JL (const char *fstype, int blocksize, const char *device,
              const char *label)
{
  CLEANUP_FREE char *journal = NULL;

  if (!valid_label (label))
    return -1;
  if (asprintf (&journal, "LABEL=%s", label) == -1)
    {
      reply_with_perror ("asprintf");
      return -1;
    }
  return mke2fs_journal (fstype, blocksize, device, journal);
}

int
do_mke2fs_JU (const char *fstype, int blocksize, const char *device,
              const char *uuid)
{
  CLEANUP_FREE char *journal = NULL;

  if (!valid_uuid (uuid))
    {
      reply_with_error_errno (EINVAL, "'%s' is not a UUID", uuid);
      return -1;
    }
  if (asprintf (&journal, "UUID=%s", uuid) == -1)
    {
      reply_with_perror ("asprintf");
      return -1;
    }
  return mke2fs_journal (fstype, blocksize, device, journal);
}
