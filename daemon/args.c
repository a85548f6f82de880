/* Checks and translations of the arguments the generated stubs do
 * before calling do_NAME.
 */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "daemon.h"
#include "error-names.h"

int
check_pathname (const char *argname, const char *path, int cancel_file_in)
{
  if (path[0] == '/')
    return 0;
  if (cancel_file_in)
    cancel_receive ();
  reply_with_error_errno (EINVAL, "%s: path must start with a / character",
                          path);
  return -1;
}

char *
resolve_device (const char *argname, const char *device, int cancel_file_in)
{
  char *r;

  if (host_mode)
    {
      if (cancel_file_in)
        cancel_receive ();
      reply_with_error_errno (ENODEV, "%s: no block devices in host mode",
                              device);
      return NULL;
    }
  r = appliance_device_name (device);
  if (r == NULL)
    {
      int err = errno;
      if (cancel_file_in)
        cancel_receive ();
      if (err == ENOENT || err == ENOTBLK)
        reply_with_error_errno (err, "%s: %s", device,
                                err == ENOENT ? "no such device"
                                              : "not a block device");
      else
        reply_with_perror_errno (err, "%s", device);
    }
  else
    remember_device_translation (device, r);
  return r;
}

char **
resolve_device_list (const char *argname, guestfs_int_str_list *l,
                     int cancel_file_in)
{
  char **r = calloc (l->len + 1, sizeof (char *));

  if (r == NULL)
    {
      if (cancel_file_in)
        cancel_receive ();
      reply_with_perror ("calloc");
      return NULL;
    }
  for (size_t i = 0; i < l->len; i++)
    {
      r[i] = resolve_device (argname, l->val[i], cancel_file_in);
      if (r[i] == NULL)
        {
          guestfs_int_free_string_list (r);
          return NULL;
        }
    }
  return r;
}

char *
resolve_device_or_path (const char *argname, const char *s, int cancel_file_in)
{
  char *r;

  if (is_device_arg (s))
    return resolve_device (argname, s, cancel_file_in);
  if (check_pathname (argname, s, cancel_file_in) == -1)
    return NULL;
  r = strdup (s);
  if (r == NULL)
    {
      if (cancel_file_in)
        cancel_receive ();
      reply_with_perror ("strdup");
    }
  return r;
}

char **
take_stringsbuf (guestfs_int_str_list *l)
{
  char **r = malloc ((l->len + 1) * sizeof (char *));

  if (r == NULL)
    {
      reply_with_perror ("malloc");
      return NULL;
    }
  /* An empty list decodes with val NULL, which memcpy may not take. */
  if (l->len > 0)
    memcpy (r, l->val, l->len * sizeof (char *));
  r[l->len] = NULL;
  return r;
}

/* Mountables: a device, or a btrfs subvolume written
 * btrfsvol:/dev/DEVICE/SUBVOLUME.  The device part may itself hold
 * slashes (/dev/VG/LV, /dev/mapper/x), so it is the shortest prefix
 * after "btrfsvol:" that names a block device; the rest, leading
 * slashes dropped, is the subvolume.  resolve_mountable gives the same
 * form with the appliance's name of the device, which split_mountable
 * takes apart for the do_ functions.
 */

#define BTRFSVOL "btrfsvol:"
#define BTRFSVOL_LEN (sizeof BTRFSVOL - 1)

static bool
is_btrfsvol (const char *s)
{
  return strncmp (s, BTRFSVOL, BTRFSVOL_LEN) == 0;
}

/* The subvolume after the device part ending at slash: NULL if it is
 * empty.
 */
static const char *
volume_after (const char *slash)
{
  while (*slash == '/')
    slash++;
  return *slash ? slash : NULL;
}

static void
bad_btrfsvol (const char *s, int cancel_file_in)
{
  if (cancel_file_in)
    cancel_receive ();
  reply_with_error_errno (EINVAL,
                          "%s: not a btrfs subvolume identifier (expected "
                          "btrfsvol:/dev/DEVICE/SUBVOLUME)",
                          s);
}

char *
resolve_mountable (const char *argname, const char *s, int cancel_file_in)
{
  const char *desc = s + BTRFSVOL_LEN;

  if (!is_btrfsvol (s))
    return resolve_device (argname, s, cancel_file_in);
  if (host_mode)
    return resolve_device (argname, desc, cancel_file_in);
  if (!is_device_arg (desc))
    {
      bad_btrfsvol (s, cancel_file_in);
      return NULL;
    }
  for (const char *slash = strchr (desc + 5, '/'); slash;
       slash = strchr (slash + 1, '/'))
    {
      CLEANUP_FREE char *dev = strndup (desc, slash - desc);
      CLEANUP_FREE char *adev = NULL;
      const char *volume = volume_after (slash);
      char *r;

      if (dev == NULL)
        break;
      adev = appliance_device_name (dev);
      if (adev == NULL)
        continue;
      if (volume == NULL)
        {
          bad_btrfsvol (s, cancel_file_in);
          return NULL;
        }
      if (asprintf (&r, BTRFSVOL "%s/%s", adev, volume) == -1)
        break;
      remember_device_translation (dev, adev);
      return r;
    }
  if (cancel_file_in)
    cancel_receive ();
  reply_with_error_errno (ENOENT, "%s: no such device", s);
  return NULL;
}

char *
resolve_mountable_or_path (const char *argname, const char *s,
                           int cancel_file_in)
{
  if (is_device_arg (s) || is_btrfsvol (s))
    return resolve_mountable (argname, s, cancel_file_in);
  return resolve_device_or_path (argname, s, cancel_file_in);
}

int
split_mountable (const char *mountable, char **device_r, const char **volume_r)
{
  const char *desc = mountable + BTRFSVOL_LEN;

  *volume_r = NULL;
  if (!is_btrfsvol (mountable))
    {
      *device_r = strdup (mountable);
      return *device_r ? 0 : -1;
    }
  for (const char *slash = strchr (desc, '/'); slash;
       slash = strchr (slash + 1, '/'))
    {
      char *dev;
      struct stat st;

      if (slash == desc)
        continue;
      dev = strndup (desc, slash - desc);
      if (dev == NULL)
        return -1;
      if (stat (dev, &st) == 0 && S_ISBLK (st.st_mode)
          && (*volume_r = volume_after (slash)) != NULL)
        {
          *device_r = dev;
          return 0;
        }
      free (dev);
    }
  errno = EINVAL;
  return -1;
}
