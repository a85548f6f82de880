/* Swap: making swap devices and files (mkswap), and letting the
 * appliance swap to them (swapon(2), swapoff(2)).
 */

#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/swap.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

/* The size of the label field of the swap header. */
#define SWAP_LABEL_MAX 16

/* mkswap of target (a device or a file); label and uuid may be NULL.
 * what names target in messages.
 */
static int
mkswap (const char *what, const char *target, const char *label,
        const char *uuid)
{
  const char *argv[8];
  size_t n = 0;
  CLEANUP_FREE char *err = NULL;
  int r;

  if (label && strlen (label) > SWAP_LABEL_MAX)
    {
      reply_with_error_errno (EINVAL,
                              "%s: swap label '%s' is longer than %d bytes",
                              what, label, SWAP_LABEL_MAX);
      return -1;
    }
  if (uuid && !valid_uuid (uuid))
    {
      reply_with_error_errno (EINVAL, "%s: '%s' is not a UUID", what, uuid);
      return -1;
    }
  argv[n++] = "mkswap";
  /* Whole disks and files, and anything there already, too. */
  argv[n++] = "-f";
  /* Each option's value is the next argument, even "-x". */
  if (label)
    {
      argv[n++] = "-L";
      argv[n++] = label;
    }
  if (uuid)
    {
      argv[n++] = "-U";
      argv[n++] = uuid;
    }
  argv[n++] = target;
  argv[n] = NULL;
  struct command cmd = COMMAND_INIT (argv);
  r = run_command (&cmd, NULL, &err);
  if (r != 0)
    {
      reply_command_error (what, r, "mkswap", err);
      return -1;
    }
  return 0;
}

/* Bits of optargs_bitmask, in the order api.py lists mkswap's. */
#define MKSWAP_LABEL (1 << 0)
#define MKSWAP_UUID (1 << 1)

int
do_mkswap (const char *device, const char *label, const char *uuid)
{
  uint64_t opts = optargs_bitmask;

  return mkswap (device, device, opts & MKSWAP_LABEL ? label : NULL,
                 opts & MKSWAP_UUID ? uuid : NULL);
}

int
do_mkswap_L (const char *label, const char *device)
{
  return mkswap (device, device, label, NULL);
}

int
do_mkswap_U (const char *uuid, const char *device)
{
  return mkswap (device, device, NULL, uuid);
}

/* The guest file path as the daemon sees it (malloc'd), if it is a
 * regular file; NULL after replying with an error.
 */
static char *
swap_file_path (const char *path)
{
  CLEANUP_CLOSE int fd = sysroot_open (path, READ_FLAGS | O_CLOEXEC, 0);
  struct stat st;
  char *r;

  if (fd == -1 || fstat (fd, &st) == -1)
    {
      reply_with_perror ("%s", path);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      reply_with_error_errno (EINVAL, "%s: not a regular file", path);
      return NULL;
    }
  r = fd_realpath (fd);
  if (r == NULL)
    reply_with_perror ("%s", path);
  return r;
}

int
do_mkswap_file (const char *path)
{
  CLEANUP_FREE char *file = swap_file_path (path);

  if (file == NULL)
    return -1;
  return mkswap (path, file, NULL, NULL);
}

/* swapon(2) or swapoff(2) of target; what names it in messages. */
static int
swap_onoff (bool on, const char *what, const char *target)
{
  /* Never the host's swap: host mode has no devices, and no files of
   * its own to swap to either.
   */
  if (host_mode)
    {
      reply_with_error_errno (ENOTSUP, "%s: no swap in host mode", what);
      return -1;
    }
  if ((on ? swapon (target, 0) : swapoff (target)) == -1)
    {
      if (errno == EINVAL && on)
        reply_with_error_errno (EINVAL, "swapon: %s: not a swap device", what);
      else if (errno == EINVAL)
        reply_with_error_errno (EINVAL, "swapoff: %s: not swapped to", what);
      else
        reply_with_perror ("%s: %s", on ? "swapon" : "swapoff", what);
      return -1;
    }
  return 0;
}

int
do_swapon_device (const char *device)
{
  return swap_onoff (true, device, device);
}

int
do_swapoff_device (const char *device)
{
  return swap_onoff (false, device, device);
}

static int
swap_file (bool on, const char *path)
{
  CLEANUP_FREE char *file = NULL;

  if (host_mode)
    return swap_onoff (on, path, path);
  file = swap_file_path (path);
  if (file == NULL)
    return -1;
  return swap_onoff (on, path, file);
}

int
do_swapon_file (const char *file)
{
  return swap_file (true, file);
}

int
do_swapoff_file (const char *file)
{
  return swap_file (false, file);
}

/* The swap device whose TAG (LABEL, UUID) is value (malloc'd); NULL
 * after replying with an error.
 */
static char *
find_swap (const char *tag, const char *value)
{
  CLEANUP_FREE char *token = NULL, *out = NULL, *err = NULL;
  char *line, *save = NULL;
  int r;

  if (host_mode)
    {
      reply_with_error_errno (ENOTSUP, "%s %s: no swap in host mode", tag,
                              value);
      return NULL;
    }
  if (value[0] == '\0' || strchr (value, '"'))
    {
      reply_with_error_errno (EINVAL, "invalid swap %s '%s'", tag, value);
      return NULL;
    }
  if (asprintf (&token, "%s=\"%s\"", tag, value) == -1)
    {
      reply_with_perror ("asprintf");
      return NULL;
    }
  /* -c /dev/null: what the devices hold now, never a cached answer. */
  r = command (&out, &err, "blkid", "-c", "/dev/null", "-o", "device", "-t",
               token, NULL);
  /* 2: no device has it. */
  if (r != 0 && r != 2)
    {
      reply_command_error (value, r, "blkid", err);
      return NULL;
    }
  for (line = r == 0 ? strtok_r (out, "\n", &save) : NULL; line;
       line = strtok_r (NULL, "\n", &save))
    {
      CLEANUP_FREE char *type = NULL, *terr = NULL;

      if (command (&type, &terr, "blkid", "-c", "/dev/null", "-o", "value",
                   "-s", "TYPE", line, NULL)
              == 0
          && strcmp (type, "swap\n") == 0)
        {
          char *dev = strdup (line);
          if (dev == NULL)
            reply_with_perror ("strdup");
          return dev;
        }
    }
  reply_with_error_errno (ENOENT, "no swap device with %s '%s'", tag, value);
  return NULL;
}

static int
swap_tag (bool on, const char *tag, const char *value)
{
  CLEANUP_FREE char *dev = find_swap (tag, value);

  if (dev == NULL)
    return -1;
  return swap_onoff (on, value, dev);
}

int
do_swapon_label (const char *label)
{
  return swap_tag (true, "LABEL", label);
}

int
do_swapoff_label (const char *label)
{
  return swap_tag (false, "LABEL", label);
}

int
do_swapon_uuid (const char *uuid)
{
  return swap_tag (true, "UUID", uuid);
}

int
do_swapoff_uuid (const char *uuid)
{
  return swap_tag (false, "UUID", uuid);
}
