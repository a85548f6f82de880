/* What the optional groups (optgroup_NAME_available) need of the
 * appliance besides programs (utils.c): kernel modules.
 */

#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <unistd.h>

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
