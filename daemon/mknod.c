/* Special files: mknod, mknod_b, mknod_c, mkfifo (optional group
 * "mknod", which every Linux appliance has).  Made with mknodat in the
 * directory that holds them, resolved inside the sysroot.
 */

#include <config.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "actions.h"
#include "daemon.h"

int
optgroup_mknod_available (void)
{
  return 1;
}

static int
make_node (const char *caller, mode_t mode, int devmajor, int devminor,
           const char *path)
{
  CLEANUP_FREE char *name = NULL;
  CLEANUP_CLOSE int dir = -1;

  if (devmajor < 0 || devminor < 0)
    {
      reply_with_error ("%s: %d:%d: device numbers cannot be negative", caller,
                        devmajor, devminor);
      return -1;
    }
  dir = sysroot_open_parent (path, &name);
  if (dir == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  if (mknodat (dir, name, mode, makedev (devmajor, devminor)) == -1)
    {
      reply_with_perror ("%s", path);
      return -1;
    }
  return 0;
}

int
do_mknod (int mode, int devmajor, int devminor, const char *path)
{
  return make_node ("mknod", mode, devmajor, devminor, path);
}

/* The wrappers add the file type themselves: mode holds only
 * permission bits.
 */
static int
make_typed (const char *caller, mode_t type, int mode, int devmajor,
            int devminor, const char *path)
{
  if (mode & ~07777)
    {
      reply_with_error ("0%o: the mode may hold only permission bits "
                        "(%s adds the file type)",
                        (unsigned)mode, caller);
      return -1;
    }
  return make_node (caller, type | mode, devmajor, devminor, path);
}

int
do_mknod_b (int mode, int devmajor, int devminor, const char *path)
{
  return make_typed ("mknod_b", S_IFBLK, mode, devmajor, devminor, path);
}

int
do_mknod_c (int mode, int devmajor, int devminor, const char *path)
{
  return make_typed ("mknod_c", S_IFCHR, mode, devmajor, devminor, path);
}

int
do_mkfifo (int mode, const char *path)
{
  return make_typed ("mkfifo", S_IFIFO, mode, 0, 0, path);
}
