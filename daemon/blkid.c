/* blkid's view of a device, and finding a device by a tag (findfs). */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon.h"
#include "actions.h"

/* blkid -o export writes a value with its unsafe characters preceded
 * by a backslash.
 */
static void
unescape_export (char *s)
{
  char *out = s;

  for (; *s; s++)
    {
      if (*s == '\\' && s[1] != '\0')
        s++;
      *out++ = *s;
    }
  *out = '\0';
}

char **
do_blkid (const char *device)
{
  struct stringsbuf sb = STRINGSBUF_INIT;
  CLEANUP_FREE char *out = NULL, *err = NULL;
  char *line, *save = NULL;
  /* -c /dev/null: no cache; -p: probe the device itself (superblocks,
   * partition entry); -i: its I/O limits.
   */
  int r = command (&out, &err, "blkid", "-c", "/dev/null", "-p", "-i", "-o",
                   "export", "--", device, NULL);

  /* 2: nothing recognised, which is an empty answer, not an error. */
  if (r != 0 && r != 2)
    {
      reply_command_error (device, r, "blkid", err);
      return NULL;
    }
  for (line = strtok_r (out, "\n", &save); line;
       line = strtok_r (NULL, "\n", &save))
    {
      char *eq = strchr (line, '=');

      if (eq == NULL || eq == line)
        continue;
      *eq = '\0';
      unescape_export (eq + 1);
      if (add_string (&sb, line) == -1)
        return NULL;
      if (strcmp (line, "DEVNAME") == 0)
        {
          char *canon = canonical_device_name (eq + 1);
          if (canon == NULL)
            {
              reply_with_perror ("malloc");
              free_stringsbuf (&sb);
              return NULL;
            }
          if (add_string_nodup (&sb, canon) == -1)
            return NULL;
        }
      else if (add_string (&sb, eq + 1) == -1)
        return NULL;
    }
  return end_stringsbuf (&sb);
}

/* The guest device (canonical name) whose blkid tag is value. */
static char *
findfs (const char *tag, const char *value)
{
  CLEANUP_FREE char *token = NULL, *out = NULL, *err = NULL;
  char *line, *save = NULL;
  int r;

  /* blkid would search the host's devices. */
  if (host_mode)
    {
      reply_with_error_errno (ENODEV,
                              "%s \"%s\": no block devices in host "
                              "mode",
                              tag, value);
      return NULL;
    }
  if (asprintf (&token, "%s=%s", tag, value) == -1)
    {
      reply_with_perror ("asprintf");
      return NULL;
    }
  /* Every match, probed now (no cache); the appliance's own disk is
   * not the guest's.
   */
  r = command (&out, &err, "blkid", "-c", "/dev/null", "-o", "device", "-t",
               token, NULL);
  if (r != 0 && r != 2)
    {
      reply_command_error (token, r, "blkid", err);
      return NULL;
    }
  for (line = strtok_r (out, "\n", &save); r == 0 && line;
       line = strtok_r (NULL, "\n", &save))
    {
      char *canon;

      if (is_appliance_root_device (line))
        continue;
      canon = canonical_device_name (line);
      if (canon == NULL)
        reply_with_perror ("malloc");
      return canon;
    }
  reply_with_error_errno (ENOENT, "no device has %s \"%s\"", tag, value);
  return NULL;
}

char *
do_findfs_label (const char *label)
{
  return findfs ("LABEL", label);
}

char *
do_findfs_uuid (const char *uuid)
{
  return findfs ("UUID", uuid);
}

char *
do_findfs_partlabel (const char *label)
{
  return findfs ("PARTLABEL", label);
}

char *
do_findfs_partuuid (const char *uuid)
{
  return findfs ("PARTUUID", uuid);
}
