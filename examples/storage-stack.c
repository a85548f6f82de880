/* Build a storage stack like a real Linux guest's on a new disk image:
 * a GPT with an LVM volume group, a LUKS volume and an MD mirror, an
 * ext4 filesystem on each, a file in each.  Then open the image again
 * (in a new appliance, as a guest's boot would find it) and print what
 * is there: the filesystems, volumes, array and
 * the files read back.  Uses only the libguestfs API, so it builds and
 * runs against libguestfs too, and prints the same report (nothing in it
 * is random: no UUIDs).
 *
 *   ./run examples/storage-stack disk.img
 */

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <guestfs.h>

#define DISK_SIZE (256 * 1024 * 1024)
#define KEY "correct horse battery staple"

/* The partitions: name, size in MiB. */
static const struct
{
  const char *name;
  int mib;
} parts[] = {
  { "lvm", 64 }, { "luks", 48 }, { "mirror-a", 32 }, { "mirror-b", 32 }
};
#define NR_PARTS (sizeof parts / sizeof parts[0])

/* Where each filesystem is, as the program names it. */
#define LV "/dev/vg0/data"
#define CRYPT_NAME "secret"
#define CRYPT "/dev/mapper/" CRYPT_NAME
#define MD_NAME "md0"
#define MD "/dev/md/" MD_NAME

static void
die (guestfs_h *g, const char *what)
{
  /* The error handler has already printed the library's message. */
  fprintf (stderr, "storage-stack: %s failed\n", what);
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

static int
compare_strings (const void *a, const void *b)
{
  return strcmp (*(char *const *)a, *(char *const *)b);
}

static size_t
count_strings (char **s)
{
  size_t n = 0;
  while (s[n])
    n++;
  return n;
}

/* Make an ext4 filesystem on DEVICE holding /hello with CONTENT. */
static void
fill (guestfs_h *g, const char *device, const char *content)
{
  CHECK (g, guestfs_mkfs (g, "ext4", device));
  CHECK (g, guestfs_mount (g, device, "/"));
  CHECK (g, guestfs_write (g, "/hello", content, strlen (content)));
  CHECK (g, guestfs_umount (g, "/"));
}

static void
build (const char *filename)
{
  guestfs_h *g = guestfs_create ();
  int fd;
  int64_t sector = 2048;

  if (g == NULL)
    {
      perror ("guestfs_create");
      exit (EXIT_FAILURE);
    }
  fd = open (filename, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd == -1 || ftruncate (fd, DISK_SIZE) == -1 || close (fd) == -1)
    {
      perror (filename);
      exit (EXIT_FAILURE);
    }
  CHECK (g, guestfs_add_drive_opts (g, filename, GUESTFS_ADD_DRIVE_OPTS_FORMAT,
                                    "raw", -1));
  CHECK (g, guestfs_launch (g));

  CHECK (g, guestfs_part_init (g, "/dev/sda", "gpt"));
  for (size_t i = 0; i < NR_PARTS; ++i)
    {
      int64_t end = sector + parts[i].mib * 2048 - 1;
      CHECK (g, guestfs_part_add (g, "/dev/sda", "p", sector, end));
      CHECK (g, guestfs_part_set_name (g, "/dev/sda", i + 1, parts[i].name));
      sector = end + 1;
    }

  char *pv[] = { "/dev/sda1", NULL };
  CHECK (g, guestfs_pvcreate (g, "/dev/sda1"));
  CHECK (g, guestfs_vgcreate (g, "vg0", pv));
  CHECK (g, guestfs_lvcreate (g, "data", "vg0", 32));
  fill (g, LV, "on a logical volume\n");

  CHECK (g, guestfs_luks_format (g, "/dev/sda2", KEY, 0));
  CHECK (g, guestfs_cryptsetup_open (g, "/dev/sda2", KEY, CRYPT_NAME, -1));
  fill (g, CRYPT, "in an encrypted volume\n");
  CHECK (g, guestfs_cryptsetup_close (g, CRYPT));

  char *legs[] = { "/dev/sda3", "/dev/sda4", NULL };
  CHECK (g, guestfs_md_create (g, MD_NAME, legs, GUESTFS_MD_CREATE_LEVEL,
                               "raid1", -1));
  fill (g, MD, "on a mirror\n");

  CHECK (g, guestfs_shutdown (g));
  guestfs_close (g);
}

static void
print_list (guestfs_h *g, const char *what, char **list)
{
  if (list == NULL)
    die (g, what);
  qsort (list, count_strings (list), sizeof *list, compare_strings);
  printf ("%s:", what);
  for (size_t i = 0; list[i]; ++i)
    printf (" %s", list[i]);
  printf ("\n");
  free_strings (list);
}

static void
print_file (guestfs_h *g, const char *device)
{
  char *content;

  CHECK (g, guestfs_mount_ro (g, device, "/"));
  content = guestfs_cat (g, "/hello");
  if (content == NULL)
    die (g, "cat");
  printf ("%s: %s", device, content);
  free (content);
  CHECK (g, guestfs_umount (g, "/"));
}

static void
report (const char *filename)
{
  guestfs_h *g = guestfs_create ();
  char **fs, **detail;

  if (g == NULL)
    {
      perror ("guestfs_create");
      exit (EXIT_FAILURE);
    }
  CHECK (g, guestfs_add_drive_opts (g, filename, GUESTFS_ADD_DRIVE_OPTS_FORMAT,
                                    "raw", -1));
  CHECK (g, guestfs_launch (g));

  for (size_t i = 0; i < NR_PARTS; ++i)
    {
      char *name = guestfs_part_get_name (g, "/dev/sda", i + 1);
      if (name == NULL)
        die (g, "part_get_name");
      printf ("partition %zu: %s\n", i + 1, name);
      free (name);
    }
  print_list (g, "volume groups", guestfs_vgs (g));
  print_list (g, "logical volumes", guestfs_lvs (g));

  fs = guestfs_list_filesystems (g);
  if (fs == NULL)
    die (g, "list_filesystems");
  for (size_t i = 0; fs[i]; i += 2)
    printf ("filesystem %s: %s\n", fs[i], fs[i + 1]);
  free_strings (fs);

  detail = guestfs_md_detail (g, MD);
  if (detail == NULL)
    die (g, "md_detail");
  for (size_t i = 0; detail[i]; i += 2)
    if (strcmp (detail[i], "level") == 0 || strcmp (detail[i], "devices") == 0)
      printf ("%s %s: %s\n", MD, detail[i], detail[i + 1]);
  free_strings (detail);

  print_file (g, LV);
  print_file (g, MD);
  CHECK (g, guestfs_cryptsetup_open (g, "/dev/sda2", KEY, CRYPT_NAME,
                                     GUESTFS_CRYPTSETUP_OPEN_READONLY, 1, -1));
  print_file (g, CRYPT);
  CHECK (g, guestfs_cryptsetup_close (g, CRYPT));

  guestfs_close (g);
}

int
main (int argc, char *argv[])
{
  if (argc != 2)
    {
      fprintf (stderr, "usage: %s DISK.img\n", argv[0]);
      exit (EXIT_FAILURE);
    }
  build (argv[1]);
  report (argv[1]);
  exit (EXIT_SUCCESS);
}
