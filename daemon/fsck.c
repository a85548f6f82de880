/* Checking, wiping and growing filesystems with their tools: fsck,
 * wipefs, resize.f2fs.
 */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "daemon.h"
#include "actions.h"

int
optgroup_wipefs_available (void)
{
  return program_available ("wipefs");
}

int
optgroup_f2fs_available (void)
{
  return program_available ("mkfs.f2fs") && program_available ("resize.f2fs");
}

int
do_fsck (const char *fstype, const char *device)
{
  CLEANUP_FREE char *err = NULL;
  int r;

  /* fsck would take "-A" for its own option, and "a/b" names a
   * checker outside its directory.
   */
  if (fstype[0] == '\0' || fstype[0] == '-' || strchr (fstype, '/'))
    {
      reply_with_error_errno (EINVAL, "%s: invalid filesystem type", fstype);
      return -1;
    }
  /* The status is the answer, whatever it is (see fsck(8)); only a
   * checker that did not run or was killed is an error.
   */
  r = command (NULL, &err, "fsck", "-a", "-t", fstype, device, NULL);
  if (r == -1)
    {
      reply_command_error (device, r, "fsck", err);
      return -1;
    }
  return r;
}

int
do_wipefs (const char *device)
{
  CLEANUP_FREE char *err = NULL;
  /* --force: a partition table is wiped even from a disk in use. */
  int r
      = command (NULL, &err, "wipefs", "--all", "--force", "--", device, NULL);

  if (r != 0)
    {
      reply_command_error (device, r, "wipefs", err);
      return -1;
    }
  return 0;
}

int
do_f2fs_expand (const char *device)
{
  CLEANUP_FREE char *out = NULL, *err = NULL;
  int r = command (&out, &err, "resize.f2fs", device, NULL);

  if (r != 0)
    {
      /* It reports some failures on stdout. */
      if (out)
        trim_end (out);
      reply_command_error (device, r, "resize.f2fs",
                           err && err[0] ? err : out);
      return -1;
    }
  return 0;
}
