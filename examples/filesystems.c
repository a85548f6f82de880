/* Make btrfs (with a subvolume and a snapshot of it), ext4 and xfs
 * filesystems on a new disk image, grow and shrink ext4 and xfs with
 * their partitions, check them, set labels and UUIDs, trim them, and
 * print what is there.  Uses only the libguestfs API, so it builds and
 * runs against libguestfs too, and prints the same report (the UUIDs it
 * prints are the ones it set).
 *
 *   ./run examples/filesystems disk.img
 */

#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <guestfs.h>

#define DISK_SIZE (768 * 1024 * 1024)
#define MIB (1024 * 1024)
#define SECTORS_PER_MIB 2048

#define EXT4_UUID "01234567-89ab-cdef-0123-456789abcdef"
#define XFS_UUID "fedcba98-7654-3210-fedc-ba9876543210"

static void
die (guestfs_h *g, const char *what)
{
  /* The error handler has already printed the library's message. */
  fprintf (stderr, "filesystems: %s failed\n", what);
  guestfs_close (g);
  exit (EXIT_FAILURE);
}

#define CHECK(g, call)                                                        \
  do                                                                          \
    {                                                                         \
      if ((call) == -1)                                                       \
        die ((g), #call);                                                     \
    }                                                                         \
  while (0)

static void
free_strings (char **s)
{
  for (size_t i = 0; s && s[i]; ++i)
    free (s[i]);
  free (s);
}

/* The first sector of partition n (1, 2, 3) and its end for size mib. */
static const int64_t start_mib[] = { 0, 1, 193, 385 };

static int64_t
end_sector (int n, int mib)
{
  return (start_mib[n] + mib) * SECTORS_PER_MIB - 1;
}

static void
print_size (guestfs_h *g, const char *what, const char *device)
{
  int64_t size = guestfs_blockdev_getsize64 (g, device);
  if (size == -1)
    die (g, "blockdev_getsize64");
  printf ("%s: %s is %" PRIi64 " MiB\n", what, device, size / MIB);
}

static void
print_tune2fs (guestfs_h *g, const char *device, const char *key)
{
  char **l = guestfs_tune2fs_l (g, device);
  if (l == NULL)
    die (g, "tune2fs_l");
  for (size_t i = 0; l[i]; i += 2)
    if (strcmp (l[i], key) == 0)
      printf ("%s %s: %s\n", device, key, l[i + 1]);
  free_strings (l);
}

static void
print_file (guestfs_h *g, const char *mountable, const char *path)
{
  char *s;

  CHECK (g, guestfs_mount_ro (g, mountable, "/"));
  s = guestfs_cat (g, path);
  if (s == NULL)
    die (g, "cat");
  printf ("%s%s: %s", mountable, path, s);
  free (s);
  CHECK (g, guestfs_umount (g, "/"));
}

static void
btrfs (guestfs_h *g)
{
  char *devices[] = { "/dev/sda1", NULL };
  struct guestfs_btrfssubvolume_list *subs;

  CHECK (g,
         guestfs_mkfs_btrfs (g, devices, GUESTFS_MKFS_BTRFS_LABEL, "btr", -1));
  CHECK (g, guestfs_mount (g, "/dev/sda1", "/"));
  CHECK (g, guestfs_btrfs_subvolume_create (g, "/sub"));
  CHECK (g, guestfs_write (g, "/sub/hello", "in a snapshot\n", 14));
  CHECK (g, guestfs_btrfs_subvolume_snapshot (g, "/sub", "/snap"));
  CHECK (g, guestfs_write (g, "/sub/hello", "changed later\n", 14));
  subs = guestfs_btrfs_subvolume_list (g, "/");
  if (subs == NULL)
    die (g, "btrfs_subvolume_list");
  for (uint32_t i = 0; i < subs->len; ++i)
    printf ("btrfs subvolume: %s\n", subs->val[i].btrfssubvolume_path);
  guestfs_free_btrfssubvolume_list (subs);
  CHECK (g, guestfs_umount (g, "/"));
  CHECK (g, guestfs_btrfs_fsck (g, "/dev/sda1", -1));
}

static void
ext4 (guestfs_h *g)
{
  CHECK (g, guestfs_mkfs (g, "ext4", "/dev/sda2"));
  CHECK (g, guestfs_set_label (g, "/dev/sda2", "ext"));
  CHECK (g, guestfs_set_uuid (g, "/dev/sda2", EXT4_UUID));
  CHECK (g, guestfs_mount (g, "/dev/sda2", "/"));
  CHECK (g, guestfs_write (g, "/hello", "on ext4\n", 8));
  CHECK (g, guestfs_umount (g, "/"));

  /* Grow the partition into the gap after it, then the filesystem. */
  CHECK (g, guestfs_part_resize (g, "/dev/sda", 2, end_sector (2, 128)));
  CHECK (g, guestfs_e2fsck (g, "/dev/sda2", GUESTFS_E2FSCK_FORCEALL, 1, -1));
  CHECK (g, guestfs_resize2fs (g, "/dev/sda2"));
  print_size (g, "ext4, grown", "/dev/sda2");
  print_tune2fs (g, "/dev/sda2", "Block count");

  /* Shrink the filesystem, then the partition: deleted and added again
   * with the same start, as virt-resize does (libguestfs 1.48's
   * part_resize cannot shrink).
   */
  CHECK (g, guestfs_e2fsck (g, "/dev/sda2", GUESTFS_E2FSCK_FORCEALL, 1, -1));
  CHECK (g, guestfs_resize2fs_size (g, "/dev/sda2", (int64_t)96 * MIB));
  CHECK (g, guestfs_part_del (g, "/dev/sda", 2));
  CHECK (g, guestfs_part_add (g, "/dev/sda", "p", start_mib[2] * 2048,
                              end_sector (2, 96)));
  print_size (g, "ext4, shrunk", "/dev/sda2");
  print_tune2fs (g, "/dev/sda2", "Block count");
  printf ("fsck ext4: %d\n", guestfs_fsck (g, "ext4", "/dev/sda2"));

  CHECK (g, guestfs_mount (g, "/dev/sda2", "/"));
  CHECK (g, guestfs_fstrim (g, "/", -1));
  CHECK (g, guestfs_umount (g, "/"));
}

static void
xfs (guestfs_h *g)
{
  struct guestfs_xfsinfo *info;

  CHECK (g, guestfs_mkfs (g, "xfs", "/dev/sda3"));
  CHECK (g, guestfs_set_label (g, "/dev/sda3", "xfs"));
  CHECK (g, guestfs_set_uuid (g, "/dev/sda3", XFS_UUID));
  CHECK (g, guestfs_mount (g, "/dev/sda3", "/"));
  CHECK (g, guestfs_write (g, "/hello", "on xfs\n", 7));
  CHECK (g, guestfs_umount (g, "/"));

  /* xfs only grows: the partition, then the filesystem, mounted. */
  CHECK (g, guestfs_part_resize (g, "/dev/sda", 3, end_sector (3, 360)));
  CHECK (g, guestfs_mount (g, "/dev/sda3", "/"));
  CHECK (g, guestfs_xfs_growfs (g, "/", GUESTFS_XFS_GROWFS_DATASEC, 1, -1));
  info = guestfs_xfs_info (g, "/");
  if (info == NULL)
    die (g, "xfs_info");
  printf ("xfs, grown: %" PRIu64 " MiB of data blocks\n",
          (uint64_t)info->xfs_datablocks * info->xfs_blocksize / MIB);
  guestfs_free_xfsinfo (info);
  CHECK (g, guestfs_fstrim (g, "/", -1));
  CHECK (g, guestfs_umount (g, "/"));
  printf (
      "xfs_repair: %d\n",
      guestfs_xfs_repair (g, "/dev/sda3", GUESTFS_XFS_REPAIR_NOMODIFY, 1, -1));
}

static void
report (guestfs_h *g)
{
  static const char *const devices[]
      = { "/dev/sda1", "/dev/sda2", "/dev/sda3" };
  char **fs;

  for (size_t i = 0; i < 3; ++i)
    {
      char *type = guestfs_vfs_type (g, devices[i]);
      char *label = guestfs_vfs_label (g, devices[i]);
      if (type == NULL || label == NULL)
        die (g, "vfs_type, vfs_label");
      printf ("%s: %s, label \"%s\"", devices[i], type, label);
      if (i > 0)
        {
          char *uuid = guestfs_vfs_uuid (g, devices[i]);
          if (uuid == NULL)
            die (g, "vfs_uuid");
          printf (", UUID %s", uuid);
          free (uuid);
        }
      printf ("\n");
      free (type);
      free (label);
    }
  fs = guestfs_list_filesystems (g);
  if (fs == NULL)
    die (g, "list_filesystems");
  for (size_t i = 0; fs[i]; i += 2)
    printf ("filesystem %s: %s\n", fs[i], fs[i + 1]);
  free_strings (fs);

  print_file (g, "btrfsvol:/dev/sda1/snap", "/hello");
  print_file (g, "btrfsvol:/dev/sda1/sub", "/hello");
  print_file (g, "/dev/sda2", "/hello");
  print_file (g, "/dev/sda3", "/hello");
}

int
main (int argc, char *argv[])
{
  guestfs_h *g;
  int fd;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s DISK.img\n", argv[0]);
      exit (EXIT_FAILURE);
    }
  fd = open (argv[1], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd == -1 || ftruncate (fd, DISK_SIZE) == -1 || close (fd) == -1)
    {
      perror (argv[1]);
      exit (EXIT_FAILURE);
    }
  g = guestfs_create ();
  if (g == NULL)
    {
      perror ("guestfs_create");
      exit (EXIT_FAILURE);
    }
  CHECK (g, guestfs_add_drive_opts (g, argv[1], GUESTFS_ADD_DRIVE_OPTS_FORMAT,
                                    "raw", GUESTFS_ADD_DRIVE_OPTS_DISCARD,
                                    "besteffort", -1));
  CHECK (g, guestfs_launch (g));
  CHECK (g, guestfs_part_init (g, "/dev/sda", "gpt"));
  /* btrfs 128 MiB, ext4 64 MiB and xfs 320 MiB, each followed by a
   * gap to grow into.
   */
  CHECK (g, guestfs_part_add (g, "/dev/sda", "p", start_mib[1] * 2048,
                              end_sector (1, 128)));
  CHECK (g, guestfs_part_add (g, "/dev/sda", "p", start_mib[2] * 2048,
                              end_sector (2, 64)));
  CHECK (g, guestfs_part_add (g, "/dev/sda", "p", start_mib[3] * 2048,
                              end_sector (3, 320)));
  btrfs (g);
  ext4 (g);
  xfs (g);
  report (g);
  CHECK (g, guestfs_shutdown (g));
  guestfs_close (g);
  exit (EXIT_SUCCESS);
}
