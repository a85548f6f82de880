/* What the optional groups (optgroup_NAME_available) need of the
 * appliance besides programs (utils.c): kernel modules; and the groups
 * whose actions live in more than one file.
 */

#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <unistd.h>

#include "actions.h"
#include "daemon.h"

bool
load_module (const char *name)
{
  char sys[PATH_MAX];

  snprintf (sys, sizeof sys, "/sys/module/%s", name);
  if (access (sys, F_OK) == 0)
    return true;
  /* Never load modules into the host's kernel. */
  if (host_mode)
    return false;
  return command (NULL, NULL, "modprobe", "--", name, NULL) == 0;
}

/* linuxfsuuid: mke2fs_JU and mke2journal_U (mke2fs finds a journal by
 * UUID, and tune2fs sets one, through libblkid, which every e2fsprogs
 * has), mkswap_U, swapon_uuid and swapoff_uuid.
 */
int
optgroup_linuxfsuuid_available (void)
{
  return program_available ("mke2fs") && program_available ("tune2fs")
         && program_available ("mkswap");
}
