/* ext2/3/4 filesystems: superblock parameters (tune2fs), checking
 * (e2fsck), resizing (resize2fs), labels, UUIDs and lost+found.
 * Making them is in mke2fs.c, file attributes in e2attrs.c.
 */

#include <config.h>

#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"
#include "ext2.h"

/* Bits of optargs_bitmask, in the order api.py lists the options. */
#define TUNE2FS_FORCE (1 << 0)
#define TUNE2FS_MAXMOUNTCOUNT (1 << 1)
#define TUNE2FS_MOUNTCOUNT (1 << 2)
#define TUNE2FS_ERRORBEHAVIOR (1 << 3)
#define TUNE2FS_GROUP (1 << 4)
#define TUNE2FS_INTERVALBETWEENCHECKS (1 << 5)
#define TUNE2FS_RESERVEDBLOCKSPERCENTAGE (1 << 6)
#define TUNE2FS_LASTMOUNTEDDIRECTORY (1 << 7)
#define TUNE2FS_RESERVEDBLOCKSCOUNT (1 << 8)
#define TUNE2FS_USER (1 << 9)

#define E2FSCK_CORRECT (1 << 0)
#define E2FSCK_FORCEALL (1 << 1)

/* The size of the superblock's volume name field. */
#define EXT_LABEL_MAX 16

/* e2fsck's exit status: these bits mean errors were found and fixed,
 * which is a success; any other bit is a failure.
 */
#define E2FSCK_FIXED 3

/* s without the version banner e2fsprogs tools print first
 * ("mke2fs 1.47.0 (5-Feb-2023)") and the blank lines after it.
 */
static const char *
skip_banner (const char *prog, const char *s)
{
  size_t n = strlen (prog);

  if (strncmp (s, prog, n) == 0 && s[n] == ' ' && s[n + 1] >= '0'
      && s[n + 1] <= '9')
    {
      s += strcspn (s, "\n");
      s += strspn (s, "\n");
    }
  return s;
}

/* What an e2fsprogs tool said when it failed: stderr, or stdout, where
 * some of their errors go.
 */
static const char *
e2fs_message (const char *prog, char *out, const char *err)
{
  const char *msg = skip_banner (prog, err ? err : "");

  if (*msg == '\0' && out)
    {
      trim_end (out);
      msg = skip_banner (prog, out);
    }
  return msg;
}

int
run_e2fsprogs (const char *prefix, const char *const *argv, char **out_r)
{
  CLEANUP_FREE char *out = NULL, *err = NULL;
  struct command cmd = COMMAND_INIT (argv);
  int r = run_command (&cmd, &out, &err);

  if (r != 0)
    {
      reply_command_error (prefix, r, argv[0],
                           e2fs_message (argv[0], out, err));
      return -1;
    }
  if (out_r)
    {
      *out_r = out;
      out = NULL;
    }
  return 0;
}

/* The lines "Key:   value" of tune2fs -l, as pairs; NULL after
 * replying with an error.
 */
static char **
superblock (const char *device)
{
  const char *argv[] = { "tune2fs", "-l", device, NULL };
  CLEANUP_FREE char *out = NULL;
  struct stringsbuf sb = STRINGSBUF_INIT;

  if (run_e2fsprogs (device, argv, &out) == -1)
    return NULL;
  for (char *line = out; *line;)
    {
      size_t n = strcspn (line, "\n");
      char *next = line + n + (line[n] == '\n');
      char *colon, *value;

      line[n] = '\0';
      /* The version banner, in case it comes on stdout. */
      if (n == 0 || strncmp (line, "tune2fs ", 8) == 0)
        {
          line = next;
          continue;
        }
      colon = strchr (line, ':');
      if (colon)
        {
          *colon = '\0';
          value = colon + 1 + strspn (colon + 1, " \t");
        }
      else
        value = line + n;
      if (strcmp (value, "<none>") == 0
          || strcmp (value, "<not available>") == 0)
        value = line + n;
      if (add_string (&sb, line) == -1 || add_string (&sb, value) == -1)
        return NULL;
      line = next;
    }
  return end_stringsbuf (&sb);
}

char **
do_tune2fs_l (const char *device)
{
  return superblock (device);
}

static int
tune2fs_error (const char *device, const char *fs, int64_t v)
{
  reply_with_error_errno (EINVAL, "%s: %s %" PRIi64 " is out of range", device,
                          fs, v);
  return -1;
}

int
do_tune2fs (const char *device, int force, int maxmountcount, int mountcount,
            const char *errorbehavior, int64_t group,
            int intervalbetweenchecks, int reservedblockspercentage,
            const char *lastmounteddirectory, int64_t reservedblockscount,
            int64_t user)
{
  uint64_t opts = optargs_bitmask;
  const char *argv[24];
  char bufs[8][32];
  size_t n = 0, nb = 0;

#define ADD_NUM(flag, fmt, v)                                                 \
  do                                                                          \
    {                                                                         \
      argv[n++] = flag;                                                       \
      snprintf (bufs[nb], sizeof bufs[nb], fmt, v);                           \
      argv[n++] = bufs[nb++];                                                 \
    }                                                                         \
  while (0)

  if (opts == 0)
    return 0;
  argv[n++] = "tune2fs";
  if ((opts & TUNE2FS_FORCE) && force)
    argv[n++] = "-f";
  if (opts & TUNE2FS_MAXMOUNTCOUNT)
    {
      if (maxmountcount < -1)
        return tune2fs_error (device, "maxmountcount", maxmountcount);
      ADD_NUM ("-c", "%d", maxmountcount);
    }
  if (opts & TUNE2FS_MOUNTCOUNT)
    {
      if (mountcount < 0)
        return tune2fs_error (device, "mountcount", mountcount);
      ADD_NUM ("-C", "%d", mountcount);
    }
  if (opts & TUNE2FS_ERRORBEHAVIOR)
    {
      if (strcmp (errorbehavior, "continue") != 0
          && strcmp (errorbehavior, "remount-ro") != 0
          && strcmp (errorbehavior, "panic") != 0)
        {
          reply_with_error_errno (EINVAL,
                                  "%s: errorbehavior '%s' is not one of "
                                  "continue, remount-ro, panic",
                                  device, errorbehavior);
          return -1;
        }
      argv[n++] = "-e";
      argv[n++] = errorbehavior;
    }
  if (opts & TUNE2FS_GROUP)
    {
      if (group < 0 || group > UINT32_MAX)
        return tune2fs_error (device, "group", group);
      ADD_NUM ("-g", "%" PRIi64, group);
    }
  if (opts & TUNE2FS_INTERVALBETWEENCHECKS)
    {
      if (intervalbetweenchecks < 0)
        return tune2fs_error (device, "intervalbetweenchecks",
                              intervalbetweenchecks);
      /* The "s" suffix: seconds (tune2fs takes days without one). */
      ADD_NUM ("-i", "%ds", intervalbetweenchecks);
    }
  if (opts & TUNE2FS_RESERVEDBLOCKSPERCENTAGE)
    {
      if (reservedblockspercentage < 0 || reservedblockspercentage > 50)
        return tune2fs_error (device, "reservedblockspercentage (0-50)",
                              reservedblockspercentage);
      ADD_NUM ("-m", "%d", reservedblockspercentage);
    }
  if (opts & TUNE2FS_LASTMOUNTEDDIRECTORY)
    {
      argv[n++] = "-M";
      argv[n++] = lastmounteddirectory;
    }
  if (opts & TUNE2FS_RESERVEDBLOCKSCOUNT)
    {
      if (reservedblockscount < 0)
        return tune2fs_error (device, "reservedblockscount",
                              reservedblockscount);
      ADD_NUM ("-r", "%" PRIi64, reservedblockscount);
    }
  if (opts & TUNE2FS_USER)
    {
      if (user < 0 || user > UINT32_MAX)
        return tune2fs_error (device, "user", user);
      ADD_NUM ("-u", "%" PRIi64, user);
    }
#undef ADD_NUM
  argv[n++] = device;
  argv[n] = NULL;
  return run_e2fsprogs (device, argv, NULL);
}

/* Run e2fsck with option opt (-p, -y or -n) and -f. */
static int
e2fsck (const char *device, const char *opt)
{
  CLEANUP_FREE char *out = NULL, *err = NULL;
  int r = command (&out, &err, "e2fsck", "-f", opt, device, NULL);

  if (r >= 0 && (r & ~E2FSCK_FIXED) == 0)
    return 0;
  reply_command_error (device, r, "e2fsck", e2fs_message ("e2fsck", out, err));
  return -1;
}

int
do_e2fsck (const char *device, int correct, int forceall)
{
  uint64_t opts = optargs_bitmask;

  correct = (opts & E2FSCK_CORRECT) && correct;
  forceall = (opts & E2FSCK_FORCEALL) && forceall;
  if (correct && forceall)
    {
      reply_with_error_errno (EINVAL,
                              "%s: only one of correct and forceall "
                              "may be given",
                              device);
      return -1;
    }
  return e2fsck (device, correct ? "-p" : forceall ? "-y" : "-n");
}

int
do_e2fsck_f (const char *device)
{
  return e2fsck (device, "-p");
}

/* Opening a block device with O_EXCL fails with EBUSY if it is held. */
bool
device_in_use (const char *device)
{
  int fd = open (device, O_RDONLY | O_EXCL | O_CLOEXEC);

  if (fd == -1)
    return errno == EBUSY;
  close (fd);
  return false;
}

/* resize2fs wants a freshly checked filesystem unless it is mounted. */
static int
resize2fs (const char *device, const char *opt)
{
  const char *argv[]
      = { "resize2fs", opt ? opt : device, opt ? device : NULL, NULL };

  if (!device_in_use (device) && e2fsck (device, "-p") == -1)
    return -1;
  return run_e2fsprogs (device, argv, NULL);
}

int
do_resize2fs (const char *device)
{
  return resize2fs (device, NULL);
}

int
do_resize2fs_M (const char *device)
{
  return resize2fs (device, "-M");
}

int
do_resize2fs_size (const char *device, int64_t size)
{
  char buf[32];
  const char *argv[] = { "resize2fs", device, buf, NULL };

  if (size < 1024)
    {
      reply_with_error_errno (
          EINVAL, "%s: size %" PRIi64 " is less than 1 KiB", device, size);
      return -1;
    }
  if (!device_in_use (device) && e2fsck (device, "-p") == -1)
    return -1;
  snprintf (buf, sizeof buf, "%" PRIi64 "K", size / 1024);
  return run_e2fsprogs (device, argv, NULL);
}

char *
do_get_e2label (const char *device)
{
  const char *argv[] = { "e2label", device, NULL };
  char *out;

  if (run_e2fsprogs (device, argv, &out) == -1)
    return NULL;
  trim_end (out);
  return out;
}

int
do_set_e2label (const char *device, const char *label)
{
  const char *argv[] = { "e2label", device, label, NULL };

  /* e2label would silently keep only the first 16 bytes. */
  if (strlen (label) > EXT_LABEL_MAX)
    {
      reply_with_error_errno (EINVAL, "%s: label '%s' is longer than %d bytes",
                              device, label, EXT_LABEL_MAX);
      return -1;
    }
  return run_e2fsprogs (device, argv, NULL);
}

char *
do_get_e2uuid (const char *device)
{
  CLEANUP_FREE_STRINGS char **sb = superblock (device);
  char *r;

  if (sb == NULL)
    return NULL;
  for (size_t i = 0; sb[i] && sb[i + 1]; i += 2)
    {
      if (strcmp (sb[i], "Filesystem UUID") == 0)
        {
          r = strdup (sb[i + 1]);
          if (r == NULL)
            reply_with_perror ("strdup");
          return r;
        }
    }
  reply_with_error ("%s: tune2fs -l shows no Filesystem UUID", device);
  return NULL;
}

int
set_ext_uuid (const char *device, const char *uuid)
{
  const char *argv[] = { "tune2fs", "-U", uuid, device, NULL };

  return run_e2fsprogs (device, argv, NULL);
}

int
do_set_e2uuid (const char *device, const char *uuid)
{
  if (!valid_uuid (uuid) && strcmp (uuid, "clear") != 0
      && strcmp (uuid, "random") != 0 && strcmp (uuid, "time") != 0)
    {
      reply_with_error_errno (EINVAL,
                              "%s: '%s' is not a UUID, nor clear, random "
                              "or time",
                              device, uuid);
      return -1;
    }
  return set_ext_uuid (device, uuid);
}

int
do_mklost_and_found (const char *mountpoint)
{
  static const char *const argv[] = { "mklost+found", NULL };
  CLEANUP_CLOSE int fd = sysroot_open (mountpoint, O_PATH | O_DIRECTORY, 0);
  CLEANUP_FREE char *out = NULL, *err = NULL;
  struct command cmd = COMMAND_INIT (argv);
  int r;

  if (fd == -1)
    {
      reply_with_perror ("%s", mountpoint);
      return -1;
    }
  /* mklost+found makes lost+found in its working directory. */
  cmd.cwd_fd = fd;
  r = run_command (&cmd, &out, &err);
  if (r != 0)
    {
      reply_command_error (mountpoint, r, "mklost+found",
                           e2fs_message ("mklost+found", out, err));
      return -1;
    }
  return 0;
}
