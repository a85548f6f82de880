/* A drive whose image lives on a full host filesystem (capi/qemu-cmdline.c:
 * every -drive has werror=report,rerror=report).  qemu's default on
 * ENOSPC is to pause the VM, and the call writing would then wait
 * forever; reported, the guest sees an I/O error and the call fails.
 *
 * The full filesystem is a small tmpfs mounted in a mount namespace of
 * our own (root only): it goes away with us even if the test is killed.
 */

#include <config.h>

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>

#include "launch/launch-test.h"

#define MiB (1024 * 1024)
#define TMPFS_SIZE "4m"

/* A file of size bytes that is data all the way (nothing for a
 * filesystem to leave sparse when the guest copies it).
 */
static bool
make_data_file (const char *path, size_t size)
{
  char buf[4096];
  int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  bool good = fd >= 0;

  memset (buf, 0xa5, sizeof buf);
  for (size_t off = 0; good && off < size; off += sizeof buf)
    good = write (fd, buf, sizeof buf) == (ssize_t)sizeof buf;
  if (fd >= 0 && close (fd) == -1)
    good = false;
  return good;
}

static bool
make_sparse_file (const char *path, off_t size)
{
  int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  bool good = fd >= 0 && ftruncate (fd, size) == 0;

  if (fd >= 0)
    close (fd);
  return good;
}

int
main (void)
{
  char *dir, *src, *mnt, *full;
  struct events ev;
  guestfs_h *g;
  int r;

  safety_net (600);
  if (geteuid () != 0)
    {
      printf ("1..0 # SKIP mounting a tmpfs needs root\n");
      return 0;
    }
  if (unshare (CLONE_NEWNS) == -1
      || mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == -1)
    {
      printf ("1..0 # SKIP no mount namespace: %s\n", strerror (errno));
      return 0;
    }
  dir = make_tmpdir ();
  if (asprintf (&src, "%s/source.img", dir) == -1
      || asprintf (&mnt, "%s/small", dir) == -1
      || asprintf (&full, "%s/small/full.img", dir) == -1)
    abort ();
  ok (mkdir (mnt, 0755) == 0
          && mount ("tmpfs", mnt, "tmpfs", 0, "size=" TMPFS_SIZE) == 0,
      "mount a %s tmpfs", TMPFS_SIZE);
  ok (make_data_file (src, 16 * MiB), "a 16 MiB source image full of data");
  ok (make_sparse_file (full, 64 * MiB),
      "a sparse 64 MiB image on the %s tmpfs", TMPFS_SIZE);

  g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      return 1;
    }
  watch_events (g, &ev);
  guestfs_set_verbose (g, 1);
  ok (guestfs_add_drive_opts (g, src, GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw",
                              GUESTFS_ADD_DRIVE_OPTS_READONLY, 1, -1)
          == 0,
      "add the source image");
  ok (guestfs_add_drive_opts (g, full, GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw",
                              -1)
          == 0,
      "add the image on the small tmpfs");
  if (guestfs_launch (g) == -1)
    {
      printf ("Bail out! launch failed: %s\n", guestfs_last_error (g));
      return 1;
    }
  has_str (ev.library, "werror=report,rerror=report",
           "the drives' error policy reaches qemu");

  /* 16 MiB into a filesystem of 4: without the policy qemu pauses the
   * VM and this never returns (the safety net then fails the test).
   */
  guestfs_push_error_handler (g, NULL, NULL);
  r = guestfs_dd (g, "/dev/sda", "/dev/sdb");
  guestfs_pop_error_handler (g);
  ok (r == -1, "dd onto the full image fails instead of hanging");
  diag_lines (guestfs_last_error (g));
  has_str (guestfs_last_error (g), "/dev/sdb",
           "the error names the device written");
  ok (guestfs_ping_daemon (g) == 0, "the appliance still answers");
  is_int (guestfs_blockdev_getsize64 (g, "/dev/sda"), 16 * MiB,
          "and reads the source drive");

  ok (guestfs_shutdown (g) == 0, "shutdown");
  guestfs_close (g);
  free_events (&ev);
  ok (umount (mnt) == 0, "unmount the tmpfs");

  free (src);
  free (mnt);
  free (full);
  return tap_done ();
}
