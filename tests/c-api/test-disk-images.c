/* Disk images on the host (capi/disk-images.c, by qemu-img) and the
 * drive list by name (capi/drive-names.c), removed features
 * (capi/removed-features.c): none needs an appliance.
 */

#include <config.h>

/* remove_drive, list_9p and mount_9p are deprecated: they are tested. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

#include <fcntl.h>
#include <sys/stat.h>

#include "launch/launch-test.h"

#define MiB (1024 * 1024)

static long long
file_blocks (const char *path)
{
  struct stat st;

  return stat (path, &st) == 0 ? (long long)st.st_blocks : -1;
}

static long long
file_size (const char *path)
{
  struct stat st;

  return stat (path, &st) == 0 ? (long long)st.st_size : -1;
}

static void
test_images (guestfs_h *g)
{
  char *raw = path_in_dir ("raw.img"), *full = path_in_dir ("full.img");
  char *q = path_in_dir ("base.qcow2"), *ovl = path_in_dir ("ovl.qcow2");
  char *ovlraw = path_in_dir ("ovl-raw.qcow2");
  char *hostile = path_in_dir ("hostile.qcow2");
  char *bad = path_in_dir ("bad.img"), *s;

  ok (guestfs_disk_create (g, raw, "raw", 3 * MiB, -1) == 0,
      "disk_create raw 3 MiB");
  is_int (file_size (raw), 3 * MiB, "the raw image is 3 MiB long");
  is_int (file_blocks (raw), 0, "and sparse");
  is_str (s = guestfs_disk_format (g, raw), "raw", "disk_format: raw");
  free (s);
  is_int (guestfs_disk_virtual_size (g, raw), 3 * MiB,
          "disk_virtual_size of raw");
  is_int (guestfs_disk_has_backing_file (g, raw), 0,
          "disk_has_backing_file of raw: false");

  ok (guestfs_disk_create (g, full, "raw", MiB,
                           GUESTFS_DISK_CREATE_PREALLOCATION, "full", -1)
          == 0,
      "disk_create raw preallocation=full");
  ok (file_blocks (full) * 512 >= MiB, "all of it allocated (%lld blocks)",
      file_blocks (full));

  ok (guestfs_disk_create (g, q, "qcow2", 10 * MiB,
                           GUESTFS_DISK_CREATE_CLUSTERSIZE, 4096,
                           GUESTFS_DISK_CREATE_COMPAT, "1.1", -1)
          == 0,
      "disk_create qcow2 10 MiB, clustersize 4096, compat 1.1");
  is_str (s = guestfs_disk_format (g, q), "qcow2", "disk_format: qcow2");
  free (s);
  is_int (guestfs_disk_virtual_size (g, q), 10 * MiB,
          "disk_virtual_size of qcow2");
  is_int (guestfs_disk_has_backing_file (g, q), 0,
          "a new qcow2 has no backing file");

  ok (guestfs_disk_create (g, ovl, "qcow2", -1,
                           GUESTFS_DISK_CREATE_BACKINGFILE, q,
                           GUESTFS_DISK_CREATE_BACKINGFORMAT, "qcow2", -1)
          == 0,
      "disk_create an overlay on the qcow2 (backingformat qcow2)");
  is_int (guestfs_disk_has_backing_file (g, ovl), 1,
          "disk_has_backing_file of the overlay: true");
  is_int (guestfs_disk_virtual_size (g, ovl), 10 * MiB,
          "the overlay has its backing file's size");

  ok (guestfs_disk_create (g, ovlraw, "qcow2", -1,
                           GUESTFS_DISK_CREATE_BACKINGFILE, "raw.img", -1)
          == 0,
      "an overlay on a raw file without backingformat (relative name)");
  is_int (guestfs_disk_virtual_size (g, ovlraw), 3 * MiB,
          "its size is the raw file's");

  /* A raw file that holds a qcow2 header: only its writer knows. */
  ok (guestfs_disk_create (g, hostile, "qcow2", -1,
                           GUESTFS_DISK_CREATE_BACKINGFILE, ovl, -1)
          == -1,
      "no overlay on a qcow2-looking file without backingformat");
  has_str (guestfs_last_error (g), "backingformat",
           "the error asks for backingformat");
  ok (access (hostile, F_OK) == -1, "and nothing was created");

  /* Bad input: each an error, nothing created. */
  ok (guestfs_disk_create (g, bad, "vmdk", MiB, -1) == -1,
      "format vmdk is refused");
  has_str (guestfs_last_error (g), "vmdk", "naming the format");
  ok (guestfs_disk_create (g, bad, "raw", -1, -1) == -1,
      "size -1 without a backing file is refused");
  ok (guestfs_disk_create (g, bad, "qcow2", MiB,
                           GUESTFS_DISK_CREATE_BACKINGFILE, q, -1)
          == -1,
      "a size with a backing file is refused");
  ok (guestfs_disk_create (g, bad, "raw", MiB,
                           GUESTFS_DISK_CREATE_PREALLOCATION, "metadata", -1)
          == -1,
      "preallocation metadata is refused for raw");
  ok (guestfs_disk_create (g, bad, "qcow2", MiB, GUESTFS_DISK_CREATE_COMPAT,
                           "1.1,backing_file=/etc/passwd", -1)
          == -1,
      "compat cannot smuggle in other qemu-img options");
  ok (guestfs_disk_create (g, bad, "qcow2", MiB,
                           GUESTFS_DISK_CREATE_CLUSTERSIZE, 1000, -1)
          == -1,
      "clustersize 1000 is refused");
  ok (guestfs_disk_create (g, bad, "raw", MiB, GUESTFS_DISK_CREATE_BACKINGFILE,
                           raw, -1)
          == -1,
      "a raw image cannot have a backing file");
  ok (access (bad, F_OK) == -1, "none of them created the file");

  ok (guestfs_disk_format (g, "/nonexistent/image") == NULL,
      "disk_format of a missing file fails");
  has_str (guestfs_last_error (g), "/nonexistent/image", "naming the file");
  is_int (guestfs_disk_virtual_size (g, "/nonexistent/image"), -1,
          "disk_virtual_size of a missing file fails");

  /* A relative name with a colon is a file, never a qemu protocol. */
  if (chdir (test_tmpdir) == 0)
    {
      ok (guestfs_disk_create (g, "nbd:localhost:1", "raw", MiB, -1) == 0,
          "disk_create of a file named nbd:localhost:1");
      is_int (file_size ("nbd:localhost:1"), MiB, "it is a 1 MiB file");
      is_str (s = guestfs_disk_format (g, "nbd:localhost:1"), "raw",
              "disk_format reads that file, not an NBD server");
      free (s);
      ok (guestfs_disk_create (g, "-o.img", "qcow2", MiB, -1) == 0,
          "a name starting with '-' is not an option");
      is_str (s = guestfs_disk_format (g, "-o.img"), "qcow2",
              "disk_format of it");
      free (s);
      if (chdir ("/") == -1)
        abort ();
    }
  free (raw), free (full), free (q), free (ovl), free (ovlraw);
  free (hostile), free (bad);
}

static void
test_drive_names (guestfs_h *g)
{
  char *s;

  is_int (guestfs_nr_devices (g), 0, "nr_devices with no drive: 0");
  is_int (guestfs_device_index (g, "/dev/sda"), -1,
          "device_index /dev/sda with no drive fails");
  is_int (guestfs_max_disks (g), 255, "max_disks: 255");
  if (guestfs_add_drive_scratch (g, MiB, -1) == -1
      || guestfs_add_drive_scratch (g, MiB, -1) == -1)
    abort ();
  is_int (guestfs_nr_devices (g), 2, "nr_devices: 2");
  is_int (guestfs_device_index (g, "/dev/sdb"), 1, "device_index /dev/sdb");
  is_int (guestfs_device_index (g, "/dev/hda"), 0, "device_index /dev/hda");
  is_int (guestfs_device_index (g, "/dev/sdc"), -1,
          "device_index /dev/sdc (not added) fails");
  has_str (guestfs_last_error (g), "/dev/sdc", "naming the device");
  is_int (guestfs_device_index (g, "/dev/sdb1"), -1,
          "device_index of a partition fails");
  is_str (s = guestfs_device_name (g, 0), "/dev/sda", "device_name 0");
  free (s);
  ok (guestfs_device_name (g, 2) == NULL, "device_name 2 (not added) fails");
  ok (guestfs_remove_drive (g, "x") == -1,
      "remove_drive fails before launch, as in libguestfs 1.48");
  is_int (guestfs_nr_devices (g), 2, "and removes nothing");
  ok (guestfs_list_9p (g) == NULL, "list_9p fails");
  ok (guestfs_mount_9p (g, "tag", "/", -1) == -1, "mount_9p fails");
}

int
main (void)
{
  guestfs_h *g;

  safety_net (300);
  if (system ("qemu-img --version >/dev/null 2>&1") != 0)
    {
      printf ("1..0 # SKIP qemu-img is not installed\n");
      return 0;
    }
  make_tmpdir ();
  g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      return 1;
    }
  guestfs_set_error_handler (g, NULL, NULL);
  test_images (g);
  test_drive_names (g);
  guestfs_close (g);
  return tap_done ();
}
