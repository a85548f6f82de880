/* Setting filesystem UUIDs, with each filesystem type's own tool. */

#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"
#include "ext2.h"

/* A new random UUID from the kernel, into buf (37 bytes). */
static int
random_uuid (char buf[37])
{
  CLEANUP_CLOSE int fd
      = open ("/proc/sys/kernel/random/uuid", O_RDONLY | O_CLOEXEC);

  if (fd == -1 || read (fd, buf, 36) != 36)
    {
      reply_with_perror ("/proc/sys/kernel/random/uuid");
      return -1;
    }
  buf[36] = '\0';
  return 0;
}

static int
run (const char *device, const char *prog, const char *opt, const char *arg)
{
  CLEANUP_FREE char *out = NULL, *err = NULL;
  int r;

  if (!program_available (prog))
    {
      reply_with_error_errno (ENOTSUP,
                              "%s: setting the UUID needs %s, which the "
                              "appliance does not have",
                              device, prog);
      return -1;
    }
  if (arg)
    r = command (&out, &err, prog, opt, arg, device, NULL);
  else
    r = command (&out, &err, prog, opt, device, NULL);
  if (r == 0 && strcmp (prog, "xfs_admin") == 0 && err && err[0])
    /* xfs_db reports a refused change on stderr but exits 0. */
    r = 1;
  if (r != 0)
    {
      reply_command_error (device, r, prog, err);
      return -1;
    }
  return 0;
}

/* uuid NULL: a random one. */
static int
set_uuid (const char *device, const char *uuid)
{
  CLEANUP_FREE char *type = get_blkid_tag (device, "TYPE");
  char buf[37];

  if (type == NULL)
    return -1;
  if (uuid && !valid_uuid (uuid))
    {
      reply_with_error_errno (EINVAL,
                              "%s: '%s' is not a UUID "
                              "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)",
                              device, uuid);
      return -1;
    }
  if (strcmp (type, "ext2") == 0 || strcmp (type, "ext3") == 0
      || strcmp (type, "ext4") == 0)
    return set_ext_uuid (device, uuid ? uuid : "random");
  if (strcmp (type, "xfs") == 0)
    return run (device, "xfs_admin", "-U", uuid ? uuid : "generate");
  if (strcmp (type, "btrfs") == 0)
    return uuid ? run (device, "btrfstune", "-fU", uuid)
                : run (device, "btrfstune", "-fu", NULL);
  if (strcmp (type, "swap") == 0)
    {
      if (uuid == NULL && random_uuid (buf) == -1)
        return -1;
      return run (device, "swaplabel", "-U", uuid ? uuid : buf);
    }
  reply_with_error_errno (ENOTSUP,
                          "%s: setting the UUID of a %s filesystem is not "
                          "supported",
                          device, type[0] ? type : "unknown");
  return -1;
}

int
do_set_uuid (const char *device, const char *uuid)
{
  return set_uuid (device, uuid);
}

int
do_set_uuid_random (const char *device)
{
  return set_uuid (device, NULL);
}
