/* fstrim, zero_free_space and zerofree give the free space of a
 * filesystem back to the host when the drive was added with discard:
 * the raw image's allocated blocks (st_blocks) shrink.  fstrim's
 * discards become holes through discard=unmap; the zeroes the other
 * two write, through detect-zeroes=unmap (capi/qemu-cmdline.c).
 * A read-only drive beside it: the actions that write to a device
 * fail on it, saying so, and the handle goes on.
 */

#include <config.h>

#include <fcntl.h>

#include "launch/launch-test.h"

#define MiB (1024 * 1024)
#define IMAGE_SIZE (256 * MiB)
#define DATA_SIZE (64 * MiB)
/* What must come back of DATA_SIZE: the filesystem may keep a few
 * blocks (metadata, the journal) allocated.
 */
#define FREED_MIN (48 * MiB)

static guestfs_h *g;
static const char *image, *ro_image;

/* The bytes of the image allocated on the host, once the guest's
 * writes have reached it.
 */
static long long
allocated (void)
{
  struct stat st;

  if (guestfs_sync (g) == -1 || stat (image, &st) == -1)
    return -1;
  return (long long)st.st_blocks * 512;
}

/* Write DATA_SIZE of non-zero data to /data, then remove it: the
 * image grows by about that much and the filesystem has it free.
 * Returns the allocation with the data still there.
 */
static long long
write_and_remove (const char *what)
{
  long long before = allocated (), with;

  if (guestfs_fill (g, 0x55, DATA_SIZE, "/data") == -1)
    {
      printf ("Bail out! fill: %s\n", guestfs_last_error (g));
      exit (1);
    }
  with = allocated ();
  ok (with - before >= FREED_MIN, "%s: the data made the image grow", what);
  printf ("# %s: %lld MiB allocated before, %lld with the data\n", what,
          before / MiB, with / MiB);
  ok (guestfs_rm (g, "/data") == 0, "%s: remove it", what);
  return with;
}

static void
check_freed (const char *what, long long with)
{
  long long after = allocated ();

  printf ("# %s: %lld MiB allocated after\n", what, after / MiB);
  ok (after >= 0 && with - after >= FREED_MIN,
      "%s gave the free space back to the host (%lld MiB freed)", what,
      (with - after) / MiB);
}

int
main (void)
{
  int fd;
  long long with;

  safety_net (900);
  make_tmpdir ();
  image = path_in_dir ("discard.img");
  fd = open (image, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ok (fd >= 0 && ftruncate (fd, IMAGE_SIZE) == 0 && close (fd) == 0,
      "a sparse %d MiB raw image", IMAGE_SIZE / MiB);

  g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      return 1;
    }
  ok (guestfs_add_drive_opts (g, image, GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw",
                              GUESTFS_ADD_DRIVE_OPTS_DISCARD, "enable", -1)
          == 0,
      "add it with discard enable");
  ro_image = path_in_dir ("readonly.img");
  fd = open (ro_image, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ok (fd >= 0 && ftruncate (fd, 16 * MiB) == 0 && close (fd) == 0
          && guestfs_add_drive_opts (g, ro_image,
                                     GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw",
                                     GUESTFS_ADD_DRIVE_OPTS_READONLY, 1, -1)
                 == 0,
      "and a read-only drive");
  if (guestfs_launch (g) == -1)
    {
      printf ("Bail out! launch failed: %s\n", guestfs_last_error (g));
      return 1;
    }
  if (guestfs_part_disk (g, "/dev/sda", "mbr") == -1
      || guestfs_mkfs (g, "ext4", "/dev/sda1") == -1
      || guestfs_mount (g, "/dev/sda1", "/") == -1)
    {
      printf ("Bail out! making the filesystem: %s\n", guestfs_last_error (g));
      return 1;
    }

  /* Mounted without the discard option: removing the data alone gives
   * nothing back.
   */
  with = write_and_remove ("fstrim");
  ok (allocated () - with > -FREED_MIN,
      "removing the data alone frees nothing on the host");
  ok (guestfs_fstrim (g, "/", -1) == 0, "fstrim /");
  check_freed ("fstrim", with);

  with = write_and_remove ("zero_free_space");
  ok (guestfs_zero_free_space (g, "/") == 0, "zero_free_space /");
  check_freed ("zero_free_space", with);

  with = write_and_remove ("zerofree");
  ok (guestfs_umount (g, "/") == 0, "unmount for zerofree");
  ok (guestfs_zerofree (g, "/dev/sda1") == 0, "zerofree /dev/sda1");
  check_freed ("zerofree", with);

  guestfs_push_error_handler (g, NULL, NULL);
  ok (guestfs_scrub_device (g, "/dev/sdb") == -1,
      "scrub_device on the read-only drive fails");
  diag_lines (guestfs_last_error (g));
  has_str (guestfs_last_error (g), "/dev/sdb", "naming the device");
  ok (guestfs_ntfsclone_in (g, "/dev/null", "/dev/sdb") == -1,
      "ntfsclone_in onto the read-only drive fails");
  diag_lines (guestfs_last_error (g));
  has_str (guestfs_last_error (g), "/dev/sdb", "naming the device");
  guestfs_pop_error_handler (g);
  ok (guestfs_ping_daemon (g) == 0, "the appliance still answers");

  ok (guestfs_mount_ro (g, "/dev/sda1", "/") == 0
          && guestfs_exists (g, "/data") == 0,
      "the filesystem is fine and the data is gone");
  ok (guestfs_shutdown (g) == 0, "shutdown");
  guestfs_close (g);
  return tap_done ();
}
