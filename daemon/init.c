/* When guestfsd is the appliance's /init (PID 1, exec'd by supermin's
 * mini-init once it has mounted the root disk), it does the little a
 * shell init would: mount the pseudo-filesystems and read the verbose
 * flag from the kernel command line.  Doing it here instead of in a
 * script saves a shell and a mount(8) start, about 0.4 s under TCG.
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon.h"

static const struct
{
  const char *source, *target, *type;
  unsigned long flags;
  const char *options;
} pseudo_filesystems[] = {
  { "proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL },
  { "sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL },
  /* No udev: the kernel makes the disk and vport nodes in devtmpfs. */
  { "devtmpfs", "/dev", "devtmpfs", MS_NOSUID, "mode=0755" },
  { "tmpfs", "/run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755" },
  { "tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777" },
};

void
init_appliance (void)
{
  char cmdline[4096];
  ssize_t n = -1;
  int fd;

  for (size_t i = 0;
       i < sizeof pseudo_filesystems / sizeof pseudo_filesystems[0]; ++i)
    {
      const char *target = pseudo_filesystems[i].target;
      mkdir (target, 0755);
      /* EBUSY: the kernel mounted it already (devtmpfs may be). */
      if (mount (pseudo_filesystems[i].source, target,
                 pseudo_filesystems[i].type, pseudo_filesystems[i].flags,
                 pseudo_filesystems[i].options)
              == -1
          && errno != EBUSY)
        fprintf (stderr, "guestfsd: mount %s: %m\n", target);
    }

  fd = open ("/proc/cmdline", O_RDONLY | O_CLOEXEC);
  if (fd >= 0)
    {
      n = read (fd, cmdline, sizeof cmdline - 1);
      close (fd);
    }
  if (n > 0)
    {
      cmdline[n] = '\0';
      for (char *w = strtok (cmdline, " \n"); w; w = strtok (NULL, " \n"))
        {
          if (strcmp (w, "guestfs_verbose=1") == 0)
            verbose = true;
          else if (strcmp (w, "guestfs_network=1") == 0)
            network_requested = true;
        }
    }
  debug_msg ("init: mounted /proc /sys /dev /run /tmp");
}
