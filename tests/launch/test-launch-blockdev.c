/* Block devices in a real appliance, where the action tests cannot
 * reach: blkdiscard giving space back to the host image of a drive
 * added with discard, a drive added read-only, drive names after
 * launch, and blkid/findfs values read back.
 */

#include <config.h>

#include <fcntl.h>

#include "launch/launch-test.h"

/* remove_drive, list_9p and mount_9p are deprecated: they are tested. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

#define MiB (1024 * 1024)

static long long
allocated (const char *path)
{
  struct stat st;

  return stat (path, &st) == 0 ? (long long)st.st_blocks * 512 : -1;
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

/* The value of key in a hashtable result, or NULL. */
static const char *
lookup (char **h, const char *key)
{
  for (size_t i = 0; h && h[i] && h[i + 1]; i += 2)
    if (strcmp (h[i], key) == 0)
      return h[i + 1];
  return NULL;
}

static void
free_strings (char **l)
{
  for (size_t i = 0; l && l[i]; i++)
    free (l[i]);
  free (l);
}

static void
test_discard (guestfs_h *g, const char *img)
{
  long long before, written, after;
  char *s;

  ok (guestfs_mkfs (g, "ext4", "/dev/sda") == 0
          && guestfs_mount (g, "/dev/sda", "/") == 0
          && guestfs_fill (g, 0x55, 24 * MiB, "/data") == 0
          && guestfs_umount_all (g) == 0 && guestfs_sync (g) == 0,
      "write 24 MiB of data on the discard drive");
  written = allocated (img);
  ok (written >= 24 * MiB, "the host image holds it (%lld bytes allocated)",
      written);
  before = written;
  ok (guestfs_blkdiscard (g, "/dev/sda") == 0 && guestfs_sync (g) == 0,
      "blkdiscard /dev/sda");
  after = allocated (img);
  ok (after < before / 8,
      "the host image gave the space back (%lld -> %lld bytes)", before,
      after);
  is_int (guestfs_is_zero_device (g, "/dev/sda"), 1,
          "the discarded device reads as zeroes");
  is_int (guestfs_blkdiscardzeroes (g, "/dev/sda"), 0,
          "blkdiscardzeroes: false (Linux never promises it)");
  s = guestfs_vfs_type (g, "/dev/sda");
  is_str (s, "", "no filesystem is left");
  free (s);
}

static void
test_readonly (guestfs_h *g)
{
  is_int (guestfs_blockdev_getro (g, "/dev/sdb"), 1,
          "blockdev_getro of the read-only drive: true");
  is_int (guestfs_blockdev_setrw (g, "/dev/sdb"), -1,
          "blockdev_setrw of the read-only drive fails");
  has_str (guestfs_last_error (g), "read-only", "saying it stays read-only");
  is_int (guestfs_blockdev_getro (g, "/dev/sdb"), 1, "it is still read-only");
  is_int (guestfs_zero_device (g, "/dev/sdb"), -1,
          "zero_device of the read-only drive fails");
  is_int (guestfs_blkdiscard (g, "/dev/sdb"), -1,
          "blkdiscard of the read-only drive fails");
  is_int (guestfs_is_zero_device (g, "/dev/sdb"), 0,
          "the read-only drive still holds its data");
  is_int (guestfs_blockdev_getsz (g, "/dev/sdb"), 2 * MiB / 512,
          "blockdev_getsz of the read-only drive (512-byte sectors)");
}

static void
test_names (guestfs_h *g)
{
  char *s, **h;

  is_int (guestfs_nr_devices (g), 2, "nr_devices after launch: 2");
  is_int (guestfs_device_index (g, "/dev/sdb"), 1, "device_index /dev/sdb");
  is_str (s = guestfs_device_name (g, 1), "/dev/sdb", "device_name 1");
  free (s);
  is_int (guestfs_remove_drive (g, "x"), -1,
          "remove_drive after launch fails");
  is_int (guestfs_is_whole_device (g, "/dev/sdb"), 1,
          "the handle is still usable");
  ok (guestfs_list_9p (g) == NULL, "list_9p fails after launch");
  is_int (guestfs_mount_9p (g, "nosuchtag", "/", -1), -1,
          "mount_9p fails after launch");

  /* blkid and findfs: values read back. */
  ok (guestfs_part_disk (g, "/dev/sda", "gpt") == 0
          && guestfs_mkfs (g, "ext4", "/dev/sda1") == 0
          && guestfs_set_label (g, "/dev/sda1", "bdlabel") == 0,
      "an ext4 filesystem labelled bdlabel on /dev/sda1");
  h = guestfs_blkid (g, "/dev/sda1");
  is_str (lookup (h, "TYPE"), "ext4", "blkid: TYPE ext4");
  is_str (lookup (h, "LABEL"), "bdlabel", "blkid: LABEL bdlabel");
  is_str (lookup (h, "USAGE"), "filesystem", "blkid: USAGE filesystem");
  is_str (lookup (h, "DEVNAME"), "/dev/sda1", "blkid: DEVNAME canonical");
  s = guestfs_vfs_uuid (g, "/dev/sda1");
  is_str (lookup (h, "UUID"), s, "blkid: UUID as vfs_uuid says");
  if (s)
    {
      char *dev = guestfs_findfs_uuid (g, s);
      is_str (dev, "/dev/sda1", "findfs_uuid finds /dev/sda1");
      free (dev);
    }
  free (s);
  is_str (s = guestfs_findfs_label (g, "bdlabel"), "/dev/sda1",
          "findfs_label finds /dev/sda1");
  free (s);
  if (lookup (h, "PART_ENTRY_UUID"))
    {
      s = guestfs_findfs_partuuid (g, lookup (h, "PART_ENTRY_UUID"));
      is_str (s, "/dev/sda1", "findfs_partuuid finds /dev/sda1");
      free (s);
    }
  else
    ok (false, "blkid gives PART_ENTRY_UUID");
  free_strings (h);

  /* A mountpoint of our own, beside (not under) a filesystem on /. */
  ok (guestfs_mkmountpoint (g, "/mp") == 0
          && guestfs_mount (g, "/dev/sda1", "/mp") == 0,
      "mkmountpoint /mp and mount /dev/sda1 on it");
  h = guestfs_mountpoints (g);
  is_str (lookup (h, "/dev/sda1"), "/mp", "mountpoints: /dev/sda1 on /mp");
  ok (h && h[0] && h[1] && h[2] == NULL, "and nothing else");
  free_strings (h);
  ok (guestfs_remount (g, "/mp", GUESTFS_REMOUNT_RW, 0, -1) == 0
          && guestfs_touch (g, "/mp/x") == -1,
      "remount read-only: touch fails");
  ok (guestfs_umount (g, "/mp") == 0 && guestfs_rmmountpoint (g, "/mp") == 0
          && guestfs_rmmountpoint (g, "/mp") == -1,
      "umount and rmmountpoint /mp (twice is an error)");
}

int
main (void)
{
  char *img, *ro;
  guestfs_h *g;

  safety_net (600);
  make_tmpdir ();
  img = path_in_dir ("discard.img");
  ro = path_in_dir ("readonly.img");
  if (!make_sparse_file (img, 64 * MiB))
    {
      printf ("Bail out! %s: %s\n", img, strerror (errno));
      return 1;
    }
  {
    /* The read-only drive holds data, so it is not all zeroes. */
    int fd = open (ro, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd == -1 || ftruncate (fd, 2 * MiB) == -1
        || pwrite (fd, "data", 4, 4096) != 4 || close (fd) == -1)
      {
        printf ("Bail out! %s: %s\n", ro, strerror (errno));
        return 1;
      }
  }
  g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      return 1;
    }
  guestfs_set_error_handler (g, NULL, NULL);
  if (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw",
                              GUESTFS_ADD_DRIVE_OPTS_DISCARD, "enable", -1)
          == -1
      || guestfs_add_drive_opts (g, ro, GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw",
                                 GUESTFS_ADD_DRIVE_OPTS_READONLY, 1, -1)
             == -1
      || guestfs_launch (g) == -1)
    {
      printf ("Bail out! launch failed: %s\n", guestfs_last_error (g));
      return 1;
    }
  test_discard (g, img);
  test_readonly (g);
  test_names (g);
  ok (guestfs_shutdown (g) == 0, "shutdown");
  guestfs_close (g);
  free (img);
  free (ro);
  return tap_done ();
}
