/* Scrubbing devices, files and free space with scrub(1).  Guest paths
 * go to scrub confined to the guest (docs/confinement.md): a symlink
 * in the guest must never lead it to the appliance's files.
 */

#include <config.h>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

int
optgroup_scrub_available (void)
{
  return program_available ("scrub");
}

static int
run_scrub (const char *const *argv, const char *guest_dir, const char *what)
{
  CLEANUP_FREE char *err = NULL;
  struct command cmd = COMMAND_INIT (argv);
  int r;

  cmd.guest_dir = guest_dir;
  r = run_command (&cmd, NULL, &err);
  if (r != 0)
    {
      reply_command_error (what, r, "scrub", err);
      return -1;
    }
  return 0;
}

int
do_scrub_device (const char *device)
{
  const char *argv[] = { "scrub", "--", device, NULL };

  return run_scrub (argv, NULL, device);
}

int
do_scrub_file (const char *file)
{
  const char *argv[]
      = { "scrub", "--remove", "--", guest_relative (file), NULL };
  CLEANUP_CLOSE int fd = sysroot_open (file, O_PATH, 0);
  struct stat st;

  /* scrub would fill a directory with files of its own. */
  if (fd == -1 || fstat (fd, &st) == -1)
    {
      reply_with_perror ("%s", file);
      return -1;
    }
  if (!S_ISREG (st.st_mode))
    {
      reply_with_error_errno (EINVAL, "%s: not a regular file", file);
      return -1;
    }
  return run_scrub (argv, "/", file);
}

int
do_scrub_freespace (const char *dir)
{
  const char *argv[]
      = { "scrub", "--freespace", "--", guest_relative (dir), NULL };

  return run_scrub (argv, "/", dir);
}
