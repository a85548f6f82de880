/* Windows dynamic disks (LDM): ldmtool finds the disk groups, reports
 * them as JSON and maps their volumes with device-mapper
 * (/dev/mapper/ldm_vol_GROUP_VOLUME, and ldm_part_GROUP_PARTITION for
 * the legs of mirrored and RAID-5 volumes).
 */

#include <config.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"
#include "json.h"

#define LDMTOOL "/usr/bin/ldmtool"
#define MAPPER "/dev/mapper"

/* Whether the appliance can map volumes: ldmtool, and device-mapper
 * in the kernel (built in, or a module modprobe can load).
 */
int
optgroup_ldm_available (void)
{
  static int available = -1;

  if (available == -1)
    available = !host_mode && access (LDMTOOL, X_OK) == 0
                && (access ("/sys/module/dm_mod", F_OK) == 0
                    || command (NULL, NULL, "modprobe", "dm_mod", NULL) == 0);
  return available;
}

/* ldmtool parses its arguments with GOption, which takes any word
 * starting with '-' (anywhere, "--" included) as an option: such a
 * name cannot be passed.
 */
static int
check_name (const char *what, const char *name)
{
  if (name[0] == '-')
    {
      reply_with_error_errno (EINVAL, "%s '%s' starts with '-'", what, name);
      return -1;
    }
  return 0;
}

/* ldmtool runs each device name it scans through wordexp(3), which
 * expands '$', '`', '*' and more: only plain device paths go to it.
 */
static int
check_scan_device (const char *dev)
{
  static const char plain[] = "abcdefghijklmnopqrstuvwxyz"
                              "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                              "0123456789/_.:+-";

  if (dev[strspn (dev, plain)] != '\0')
    {
      reply_with_error_errno (EINVAL,
                              "%s: ldmtool cannot scan a device whose name "
                              "has characters other than letters, digits "
                              "and \"/_.:+-\"",
                              dev);
      return -1;
    }
  return 0;
}

/* The guest's disks, as /dev paths: what ldmtool scans by default
 * (never the appliance's own disk).  NULL with errno set on failure.
 */
static char **
guest_disks (void)
{
  size_t n;
  CLEANUP_FREE struct disk *disks = list_disks (&n);
  char **r;

  if (disks == NULL)
    return NULL;
  r = calloc (n + 1, sizeof *r);
  if (r == NULL)
    return NULL;
  for (size_t i = 0; i < n; i++)
    if (asprintf (&r[i], "/dev/%s", disks[i].name) == -1)
      {
        guestfs_int_free_string_list (r);
        return NULL;
      }
  return r;
}

/* Run "ldmtool -d DEV ... ARGS" over devices (NULL: the guest's
 * disks).  Returns its exit status (-1: it could not run) with its
 * stdout and stderr (why it could not run), as run_command.
 */
static int
run_ldmtool (char *const *devices, const char *const *args, char **out_r,
             char **err_r)
{
  CLEANUP_FREE_STRINGS char **disks = NULL;
  CLEANUP_FREE const char **argv = NULL;
  size_t nd, na, n = 0;

  *err_r = NULL;
  if (devices == NULL)
    {
      devices = disks = guest_disks ();
      if (disks == NULL)
        {
          if (asprintf (err_r, "ldmtool: listing the disks: %m") == -1)
            *err_r = NULL;
          return -1;
        }
    }
  nd = guestfs_int_count_strings ((char **)devices);
  for (na = 0; args[na]; na++)
    ;
  argv = calloc (1 + 2 * (nd + 1) + na + 1, sizeof *argv);
  if (argv == NULL)
    {
      if (asprintf (err_r, "ldmtool: %m") == -1)
        *err_r = NULL;
      return -1;
    }
  argv[n++] = "ldmtool";
  /* Without -d, ldmtool would scan every disk: the appliance's too. */
  if (nd == 0)
    {
      argv[n++] = "-d";
      argv[n++] = "/dev/null";
    }
  for (size_t i = 0; i < nd; i++)
    {
      argv[n++] = "-d";
      argv[n++] = devices[i];
    }
  for (size_t i = 0; i < na; i++)
    argv[n++] = args[i];
  argv[n] = NULL;

  struct command cmd = COMMAND_INIT (argv);
  int r = run_command (&cmd, out_r, err_r);

  /* ldmtool warns that /dev/null has no sector size: not news. */
  if (nd == 0 && *err_r)
    {
      static const char warning[] = "Unable to determine sector size of "
                                    "/dev/null";
      char *e = *err_r;

      if (strncmp (e, warning, sizeof warning - 1) == 0)
        {
          size_t skip = strcspn (e, "\n");
          skip += e[skip] == '\n';
          memmove (e, e + skip, strlen (e + skip) + 1);
        }
    }
  return r;
}

/* ldmtool's JSON answer to args over devices (NULL: the guest's
 * disks), or NULL after replying.  notfound is the error when ldmtool
 * fails without saying why (it says nothing when a volume is not in
 * the disk group).
 */
static struct json_value *
ldmtool_json (char *const *devices, const char *const *args,
              const char *notfound)
{
  CLEANUP_FREE char *out = NULL, *err = NULL;
  struct json_value *v;
  int r = run_ldmtool (devices, args, &out, &err);

  if (r != 0)
    {
      if (r == 1 && (err == NULL || err[0] == '\0') && notfound)
        reply_with_error_errno (ENOENT, "%s", notfound);
      else
        reply_command_error (NULL, r, "ldmtool", err);
      return NULL;
    }
  v = json_parse (out, strlen (out));
  if (v == NULL)
    {
      if (errno == ENOMEM)
        reply_with_perror ("reading ldmtool's output");
      else
        reply_with_error ("ldmtool's output is not valid JSON");
    }
  return v;
}

/* The strings of a JSON array as a string list, or NULL after
 * replying (key names the array in errors).
 */
static char **
string_array (const char *key, const struct json_value *a)
{
  struct stringsbuf sb = STRINGSBUF_INIT;

  if (a == NULL || a->type != JSON_ARRAY)
    {
      reply_with_error ("ldmtool's answer has no list '%s'", key);
      return NULL;
    }
  for (size_t i = 0; i < a->n; i++)
    {
      if (a->items[i].type != JSON_STRING)
        {
          reply_with_error ("ldmtool's list '%s' holds a non-string", key);
          free_stringsbuf (&sb);
          return NULL;
        }
      if (add_string (&sb, a->items[i].string) == -1)
        return NULL;
    }
  return end_stringsbuf (&sb);
}

static char **
scan (char *const *devices)
{
  static const char *const args[] = { "scan", NULL };
  struct json_value *v = ldmtool_json (devices, args, NULL);
  char **r;

  if (v == NULL)
    return NULL;
  r = string_array ("scan", v);
  json_free (v);
  return r;
}

char **
do_ldmtool_scan (void)
{
  return scan (NULL);
}

char **
do_ldmtool_scan_devices (char *const *devices)
{
  size_t n = guestfs_int_count_strings ((char **)devices);
  CLEANUP_FREE_STRINGS char **devs = calloc (n + 1, sizeof *devs);

  /* No devices: all of them, as ldmtool_scan. */
  if (n == 0)
    return scan (NULL);
  if (devs == NULL)
    {
      reply_with_perror ("calloc");
      return NULL;
    }
  /* The generated stub passes a DeviceList as the caller wrote it. */
  for (size_t i = 0; i < n; i++)
    {
      devs[i] = resolve_device ("devices", devices[i], 0);
      if (devs[i] == NULL || check_scan_device (devs[i]) == -1)
        return NULL;
    }
  return scan (devs);
}

/* "ldmtool show diskgroup GUID" */
static struct json_value *
show_diskgroup (const char *diskgroup)
{
  const char *args[] = { "show", "diskgroup", diskgroup, NULL };

  if (check_name ("disk group", diskgroup) == -1)
    return NULL;
  return ldmtool_json (NULL, args, NULL);
}

/* "ldmtool show volume GUID NAME" */
static struct json_value *
show_volume (const char *diskgroup, const char *volume)
{
  const char *args[] = { "show", "volume", diskgroup, volume, NULL };
  CLEANUP_FREE char *notfound = NULL;

  if (check_name ("disk group", diskgroup) == -1
      || check_name ("volume", volume) == -1)
    return NULL;
  if (asprintf (&notfound, "disk group %s has no volume '%s'", diskgroup,
                volume)
      == -1)
    {
      reply_with_perror ("asprintf");
      return NULL;
    }
  return ldmtool_json (NULL, args, notfound);
}

/* The string member key of v (malloc'd); dflt if v has no such member
 * (NULL: that is an error).  NULL after replying.
 */
static char *
string_member (const struct json_value *v, const char *key, const char *dflt)
{
  const struct json_value *m = json_member (v, key);
  char *r;

  if ((m == NULL && dflt == NULL) || (m && m->type != JSON_STRING))
    {
      reply_with_error ("ldmtool's answer has no string '%s'", key);
      return NULL;
    }
  r = strdup (m ? m->string : dflt);
  if (r == NULL)
    reply_with_perror ("strdup");
  return r;
}

char *
do_ldmtool_diskgroup_name (const char *diskgroup)
{
  struct json_value *v = show_diskgroup (diskgroup);
  char *r;

  if (v == NULL)
    return NULL;
  r = string_member (v, "name", NULL);
  json_free (v);
  return r;
}

static char **
diskgroup_list (const char *diskgroup, const char *key)
{
  struct json_value *v = show_diskgroup (diskgroup);
  char **r;

  if (v == NULL)
    return NULL;
  r = string_array (key, json_member (v, key));
  json_free (v);
  return r;
}

char **
do_ldmtool_diskgroup_volumes (const char *diskgroup)
{
  return diskgroup_list (diskgroup, "volumes");
}

char **
do_ldmtool_diskgroup_disks (const char *diskgroup)
{
  return diskgroup_list (diskgroup, "disks");
}

static char *
volume_string (const char *diskgroup, const char *volume, const char *key,
               const char *dflt)
{
  struct json_value *v = show_volume (diskgroup, volume);
  char *r;

  if (v == NULL)
    return NULL;
  r = string_member (v, key, dflt);
  json_free (v);
  return r;
}

char *
do_ldmtool_volume_type (const char *diskgroup, const char *volume)
{
  return volume_string (diskgroup, volume, "type", NULL);
}

char *
do_ldmtool_volume_hint (const char *diskgroup, const char *volume)
{
  /* ldmtool leaves "hint" out when the volume has none. */
  return volume_string (diskgroup, volume, "hint", "");
}

char **
do_ldmtool_volume_partitions (const char *diskgroup, const char *volume)
{
  struct json_value *v = show_volume (diskgroup, volume);
  char **r;

  if (v == NULL)
    return NULL;
  r = string_array ("partitions", json_member (v, "partitions"));
  json_free (v);
  return r;
}

static bool activated;

/* "ldmtool create all": 0, or -1 with *err_r saying why. */
static int
map_volumes (char **err_r)
{
  static const char *const args[] = { "create", "all", NULL };
  CLEANUP_FREE char *out = NULL;
  int r;

  activated = true;
  r = run_ldmtool (NULL, args, &out, err_r);
  if (r != 0)
    return -1;
  /* A volume that cannot be mapped (one of its disks is missing) is
   * left out, as Windows leaves it offline; ldmtool said why.
   * Without udev, libdevmapper makes the /dev/mapper nodes itself.
   */
  if (*err_r && (*err_r)[0])
    debug_msg ("ldmtool create all: %s", *err_r);
  free (*err_r);
  *err_r = NULL;
  return 0;
}

int
do_ldmtool_create_all (void)
{
  CLEANUP_FREE char *err = NULL;

  if (map_volumes (&err) == -1)
    {
      reply_command_error (NULL, -1, "ldmtool", err);
      return -1;
    }
  return 0;
}

bool
ldm_map_on_demand (const char *device)
{
  static const char prefix[] = MAPPER "/ldm_";
  CLEANUP_FREE char *err = NULL;
  int saved_errno = errno;

  if (activated || strncmp (device, prefix, sizeof prefix - 1) != 0
      || !optgroup_ldm_available ())
    return false;
  if (map_volumes (&err) == -1)
    debug_msg ("ldm: mapping the volumes for %s: %s", device,
               err ? err : "failed");
  errno = saved_errno;
  return true;
}

int
do_ldmtool_remove_all (void)
{
  static const char *const args[] = { "remove", "all", NULL };
  CLEANUP_FREE char *out = NULL, *err = NULL;
  int r;

  activated = true;
  r = run_ldmtool (NULL, args, &out, &err);
  /* ldmtool only warns when a volume cannot be removed. */
  if (r != 0 || (err && strstr (err, "Unable to remove")))
    {
      reply_command_error (NULL, r, "ldmtool", err);
      return -1;
    }
  return 0;
}

/* The LDM devices (prefix "ldm_vol_" or "ldm_part_") into sb, sorted;
 * -1 after replying.
 */
static int
add_mapper_devices (struct stringsbuf *sb, const char *prefix)
{
  DIR *dir;
  struct dirent *d;
  size_t first = sb->size, len = strlen (prefix);

  /* At launch time in libguestfs; here the first time it matters. */
  if (!activated)
    {
      CLEANUP_FREE char *err = NULL;
      if (map_volumes (&err) == -1)
        debug_msg ("ldm: mapping the volumes: %s", err ? err : "failed");
    }
  dir = opendir (MAPPER);
  if (dir == NULL)
    {
      if (errno == ENOENT)
        return 0;
      reply_with_perror (MAPPER);
      free_stringsbuf (sb);
      return -1;
    }
  while ((d = readdir (dir)) != NULL)
    {
      char *path;
      struct stat st;

      if (strncmp (d->d_name, prefix, len) != 0)
        continue;
      if (asprintf (&path, MAPPER "/%s", d->d_name) == -1)
        {
          reply_with_perror ("asprintf");
          closedir (dir);
          free_stringsbuf (sb);
          return -1;
        }
      if (stat (path, &st) == -1 || !S_ISBLK (st.st_mode))
        {
          free (path);
          continue;
        }
      if (add_string_nodup (sb, path) == -1)
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

static char **
list_mapper_devices (const char *prefix)
{
  struct stringsbuf sb = STRINGSBUF_INIT;

  if (add_mapper_devices (&sb, prefix) == -1)
    return NULL;
  return end_stringsbuf (&sb);
}

char **
do_list_ldm_volumes (void)
{
  return list_mapper_devices ("ldm_vol_");
}

char **
do_list_ldm_partitions (void)
{
  return list_mapper_devices ("ldm_part_");
}

int
ldm_filesystem_candidates (struct stringsbuf *sb)
{
  if (!optgroup_ldm_available ())
    return 0;
  if (add_mapper_devices (sb, "ldm_vol_") == -1
      || add_mapper_devices (sb, "ldm_part_") == -1)
    return -1;
  return 0;
}
