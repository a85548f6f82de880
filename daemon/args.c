/* Checks and translations of the arguments the generated stubs do
 * before calling do_NAME.
 */

#include <config.h>

#include <stdlib.h>
#include <string.h>

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
