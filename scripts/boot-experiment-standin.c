/* boot-experiment-standin: throwaway stand-in for guestfsd, used by
 * scripts/boot-experiment.sh to prove and time the appliance boot before
 * the real daemon exists.  It does only what guestfsd must do first:
 *
 *   - find the virtio-serial port named org.libguestfs.channel.0 by
 *     scanning /sys/class/virtio-ports/NAME/name (no udev, so there is
 *     no /dev/virtio-ports symlink), retrying for up to 5 s because
 *     virtio_console registers ports asynchronously,
 *   - open /dev/NAME and write the 4-byte big-endian launch flag,
 *   - sleep until qemu is killed.
 *
 * Options: -v  say what it does on stderr (the console);
 *          -m  mount /proc /sys /dev /run /tmp itself with mount(2), for
 *              measuring an /init that is this binary (no shell at all);
 *              implied when running as pid 1.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define CHANNEL_NAME "org.libguestfs.channel.0"

static int verbose;

static int
open_channel (char *dev, size_t devlen)
{
  DIR *d = opendir ("/sys/class/virtio-ports");
  struct dirent *e;
  int fd = -1;

  if (!d)
    return -1;
  while (fd < 0 && (e = readdir (d)) != NULL)
    {
      char path[512], name[128];
      FILE *f;

      if (e->d_name[0] == '.')
        continue;
      snprintf (path, sizeof path, "/sys/class/virtio-ports/%s/name",
                e->d_name);
      f = fopen (path, "r");
      if (!f)
        continue;
      if (fgets (name, sizeof name, f))
        {
          name[strcspn (name, "\n")] = '\0';
          if (strcmp (name, CHANNEL_NAME) == 0)
            {
              snprintf (dev, devlen, "/dev/%s", e->d_name);
              fd = open (dev, O_RDWR | O_CLOEXEC);
            }
        }
      fclose (f);
    }
  closedir (d);
  return fd;
}

int
main (int argc, char **argv)
{
  static const unsigned char flag[4] = { 0xf5, 0xf5, 0x5f, 0xf5 };
  char dev[300];
  int fd, i, domount = 0;

  for (i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "-v") == 0)
        verbose = 1;
      else if (strcmp (argv[i], "-m") == 0)
        domount = 1;
    }

  if (getpid () == 1)
    domount = 1;
  if (domount)
    {
      /* Same set as appliance/init mounts via /etc/fstab. */
      mount ("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
      mount ("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
      mount ("devtmpfs", "/dev", "devtmpfs", MS_NOSUID, "mode=0755");
      mount ("tmpfs", "/run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755");
      mount ("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777");
    }

  for (i = 0; (fd = open_channel (dev, sizeof dev)) < 0; i++)
    {
      if (i >= 500)
        {
          fprintf (stderr, "standin: no virtio-serial port named %s\n",
                   CHANNEL_NAME);
          return 1;
        }
      nanosleep (&(struct timespec){ .tv_nsec = 10000000 }, NULL);
    }
  if (verbose)
    fprintf (stderr, "standin: %s is %s (after %d retries)\n", CHANNEL_NAME,
             dev, i);
  if (write (fd, flag, sizeof flag) != sizeof flag)
    {
      perror ("standin: write");
      return 1;
    }
  for (;;)
    pause ();
}
