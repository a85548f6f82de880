/* LUKS (and BitLocker) encrypted devices, by cryptsetup, and the
 * device-mapper mappings that open them.
 */

#include <config.h>

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

/* The mappings cryptsetup makes have a device-mapper UUID starting
 * with this (LVM's start with "LVM-").
 */
#define CRYPT_UUID_PREFIX "CRYPT-"

int
optgroup_luks_available (void)
{
  static int available = -1;

  if (available == -1)
    available = program_available ("cryptsetup") && load_module ("dm_crypt");
  return available;
}

int
optgroup_clevisluks_available (void)
{
  static int available = -1;

  if (available == -1)
    available = program_available ("clevis") && optgroup_luks_available ();
  return available;
}

/* A memory file holding key, for cryptsetup's --key-file: the key
 * never reaches a command line, nor a disk.  inherit: the programs run
 * next inherit it (to be named as /proc/self/fd/N).  The fd, at offset
 * 0, or -1 after replying with an error.
 */
static int
key_file (const char *key, bool inherit)
{
  int fd = memfd_create ("key", inherit ? 0 : MFD_CLOEXEC);

  if (fd == -1)
    {
      reply_with_perror ("memfd_create");
      return -1;
    }
  if (guestfs_int_write_all (fd, key, strlen (key)) == -1
      || lseek (fd, 0, SEEK_SET) == -1)
    {
      reply_with_perror ("writing the key");
      close (fd);
      return -1;
    }
  return fd;
}

/* Run cryptsetup with argv (argv[0] "cryptsetup"), key on its stdin
 * (so argv says --key-file=-).  0, or -1 after replying with an error
 * naming device.
 */
static int
cryptsetup_with_key (const char *device, const char *key,
                     const char *const *argv)
{
  CLEANUP_CLOSE int fd = key_file (key, false);
  CLEANUP_FREE char *err = NULL;
  int r;

  if (fd == -1)
    return -1;
  struct command cmd = COMMAND_INIT (argv);
  cmd.stdin_fd = fd;
  r = run_command (&cmd, NULL, &err);
  if (r != 0)
    {
      reply_command_error (device, r, "cryptsetup", err);
      return -1;
    }
  return 0;
}

static bool
valid_keyslot (const char *device, int keyslot)
{
  if (keyslot < 0)
    {
      reply_with_error_errno (EINVAL, "%s: key slot %d is negative", device,
                              keyslot);
      return false;
    }
  return true;
}

static int
luks_format (const char *device, const char *key, int keyslot,
             const char *cipher)
{
  char slot[32], cipher_opt[256];
  const char *argv[8];
  size_t n = 0;

  if (!valid_keyslot (device, keyslot))
    return -1;
  snprintf (slot, sizeof slot, "--key-slot=%d", keyslot);
  argv[n++] = "cryptsetup";
  argv[n++] = "--batch-mode";
  argv[n++] = "--key-file=-";
  argv[n++] = slot;
  if (cipher)
    {
      if (cipher[0] == '\0' || cipher[0] == '-'
          || strlen (cipher) >= sizeof cipher_opt - 10)
        {
          reply_with_error_errno (EINVAL, "%s: invalid cipher '%s'", device,
                                  cipher);
          return -1;
        }
      snprintf (cipher_opt, sizeof cipher_opt, "--cipher=%s", cipher);
      argv[n++] = cipher_opt;
    }
  argv[n++] = "luksFormat";
  argv[n++] = device;
  argv[n] = NULL;
  return cryptsetup_with_key (device, key, argv);
}

int
do_luks_format (const char *device, const char *key, int keyslot)
{
  return luks_format (device, key, keyslot, NULL);
}

int
do_luks_format_cipher (const char *device, const char *key, int keyslot,
                       const char *cipher)
{
  return luks_format (device, key, keyslot, cipher);
}

/* A device-mapper name cryptsetup may create: not "control", no '/',
 * nothing an option parser or /dev/mapper could take for something
 * else.
 */
static bool
valid_mapname (const char *mapname)
{
  size_t len = strlen (mapname);

  if (len == 0 || len >= 128 || mapname[0] == '-'
      || strcmp (mapname, "control") == 0 || strcmp (mapname, ".") == 0
      || strcmp (mapname, "..") == 0 || strchr (mapname, '/'))
    {
      reply_with_error_errno (EINVAL,
                              "invalid mapname '%s' (it cannot be empty, "
                              "'control', '.' or '..', contain '/' or "
                              "start with '-')",
                              mapname);
      return false;
    }
  return true;
}

/* Bits of optargs_bitmask, in the order api.py lists them. */
#define OPEN_READONLY (1 << 0)
#define OPEN_CRYPTTYPE (1 << 1)

static int
crypt_open (const char *device, const char *key, const char *mapname,
            bool readonly, const char *crypttype)
{
  char type[64], path[256];
  const char *argv[9];
  size_t n = 0;
  struct stat st;

  if (!valid_mapname (mapname))
    return -1;
  snprintf (path, sizeof path, "/dev/mapper/%s", mapname);
  if (lstat (path, &st) == 0)
    {
      reply_with_error_errno (EEXIST, "%s: %s exists already", device, path);
      return -1;
    }
  argv[n++] = "cryptsetup";
  argv[n++] = "--key-file=-";
  if (readonly)
    argv[n++] = "--readonly";
  if (crypttype)
    {
      if (crypttype[0] == '\0' || crypttype[0] == '-'
          || strlen (crypttype) >= sizeof type - 8)
        {
          reply_with_error_errno (EINVAL, "%s: invalid crypttype '%s'", device,
                                  crypttype);
          return -1;
        }
      snprintf (type, sizeof type, "--type=%s", crypttype);
      argv[n++] = type;
    }
  argv[n++] = "open";
  argv[n++] = device;
  argv[n++] = mapname;
  argv[n] = NULL;
  return cryptsetup_with_key (device, key, argv);
}

int
do_cryptsetup_open (const char *device, const char *key, const char *mapname,
                    int readonly, const char *crypttype)
{
  uint64_t opts = optargs_bitmask;

  return crypt_open (device, key, mapname, (opts & OPEN_READONLY) && readonly,
                     opts & OPEN_CRYPTTYPE ? crypttype : NULL);
}

int
do_luks_open (const char *device, const char *key, const char *mapname)
{
  return crypt_open (device, key, mapname, false, "luks");
}

int
do_luks_open_ro (const char *device, const char *key, const char *mapname)
{
  return crypt_open (device, key, mapname, true, "luks");
}

/* A sysfs attribute of a dm-N device: "name" or "uuid", newline
 * trimmed, in buf.
 */
static bool
read_dm_attr (const char *sysdir, const char *attr, char *buf, size_t len)
{
  char path[PATH_MAX];
  ssize_t n;
  int fd;

  snprintf (path, sizeof path, "%s/dm/%s", sysdir, attr);
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd == -1)
    return false;
  n = read (fd, buf, len - 1);
  close (fd);
  if (n < 0)
    return false;
  buf[n] = '\0';
  trim_end (buf);
  return true;
}

/* The mapping name of device if it is a crypt mapping (name has room
 * for 128 bytes); false after replying with an error.
 */
static bool
crypt_mapping_name (const char *device, char *name, size_t len)
{
  struct stat st;
  char sysdir[64], uuid[256];

  if (stat (device, &st) == -1)
    {
      reply_with_perror ("%s", device);
      return false;
    }
  snprintf (sysdir, sizeof sysdir, "/sys/dev/block/%u:%u", major (st.st_rdev),
            minor (st.st_rdev));
  if (!S_ISBLK (st.st_mode)
      || !read_dm_attr (sysdir, "uuid", uuid, sizeof uuid)
      || strncmp (uuid, CRYPT_UUID_PREFIX, strlen (CRYPT_UUID_PREFIX)) != 0
      || !read_dm_attr (sysdir, "name", name, len))
    {
      reply_with_error_errno (EINVAL,
                              "%s: not an open encrypted device (give the "
                              "mapping, /dev/mapper/MAPNAME, not the "
                              "encrypted device)",
                              device);
      return false;
    }
  return true;
}

int
do_cryptsetup_close (const char *device)
{
  char name[256];
  CLEANUP_FREE char *err = NULL;
  int r;

  if (!crypt_mapping_name (device, name, sizeof name))
    return -1;
  r = command (NULL, &err, "cryptsetup", "close", name, NULL);
  if (r != 0)
    {
      reply_command_error (device, r, "cryptsetup", err);
      return -1;
    }
  return 0;
}

int
do_luks_close (const char *device)
{
  return do_cryptsetup_close (device);
}

int
do_luks_add_key (const char *device, const char *key, const char *newkey,
                 int keyslot)
{
  CLEANUP_CLOSE int newfd = -1;
  char slot[32], newpath[FD_PATH_MAX];

  if (!valid_keyslot (device, keyslot))
    return -1;
  /* The new key as a file cryptsetup inherits: its stdin is the old. */
  newfd = key_file (newkey, true);
  if (newfd == -1)
    return -1;
  fd_path (newpath, newfd);
  snprintf (slot, sizeof slot, "--key-slot=%d", keyslot);
  const char *argv[] = { "cryptsetup", "--batch-mode", "--key-file=-", slot,
                         "luksAddKey", device,         newpath,        NULL };
  return cryptsetup_with_key (device, key, argv);
}

int
do_luks_kill_slot (const char *device, const char *key, int keyslot)
{
  char slot[32];

  if (!valid_keyslot (device, keyslot))
    return -1;
  snprintf (slot, sizeof slot, "%d", keyslot);
  /* --batch-mode skips the question; the key is still checked, as a
   * key file is given.
   */
  const char *argv[] = {
    "cryptsetup", "--batch-mode", "--key-file=-", "luksKillSlot", device, slot,
    NULL
  };
  return cryptsetup_with_key (device, key, argv);
}

char *
do_luks_uuid (const char *device)
{
  CLEANUP_FREE char *err = NULL;
  char *out = NULL;
  int r = command (&out, &err, "cryptsetup", "luksUUID", device, NULL);

  if (r != 0)
    {
      free (out);
      reply_command_error (device, r, "cryptsetup", err);
      return NULL;
    }
  trim_end (out);
  return out;
}

int
do_clevis_luks_unlock (const char *device, const char *mapname)
{
  CLEANUP_FREE char *err = NULL;
  char path[256];
  struct stat st;
  int r;

  if (!valid_mapname (mapname))
    return -1;
  snprintf (path, sizeof path, "/dev/mapper/%s", mapname);
  if (lstat (path, &st) == 0)
    {
      reply_with_error_errno (EEXIST, "%s: %s exists already", device, path);
      return -1;
    }
  r = command (NULL, &err, "clevis", "luks", "unlock", "-d", device, "-n",
               mapname, NULL);
  if (r != 0)
    {
      reply_command_error (device, r, "clevis luks unlock", err);
      return -1;
    }
  return 0;
}

int
add_crypt_devices (struct stringsbuf *sb)
{
  DIR *dir = opendir ("/sys/block");
  struct dirent *d;
  size_t first = sb->size;

  if (dir == NULL)
    {
      reply_with_perror ("/sys/block");
      free_stringsbuf (sb);
      return -1;
    }
  while ((d = readdir (dir)) != NULL)
    {
      char sysdir[PATH_MAX], uuid[256], name[256], dev[300];

      if (strncmp (d->d_name, "dm-", 3) != 0)
        continue;
      snprintf (sysdir, sizeof sysdir, "/sys/block/%s", d->d_name);
      if (!read_dm_attr (sysdir, "uuid", uuid, sizeof uuid)
          || strncmp (uuid, CRYPT_UUID_PREFIX, strlen (CRYPT_UUID_PREFIX)) != 0
          || !read_dm_attr (sysdir, "name", name, sizeof name))
        continue;
      snprintf (dev, sizeof dev, "/dev/mapper/%s", name);
      if (add_string (sb, dev) == -1)
        {
          closedir (dir);
          return -1;
        }
    }
  closedir (dir);
  if (sb->size > first)
    qsort (sb->argv + first, sb->size - first, sizeof (char *),
           compare_strings);
  return 0;
}
