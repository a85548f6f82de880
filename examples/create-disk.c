/* Create a disk image, partition it, make a filesystem, write files into
 * it, then open it again read-only and read them back.  Uses only the
 * libguestfs API, so it builds against libguestfs too.
 *
 *   ./run examples/create-disk disk.img
 */

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <guestfs.h>

#define DISK_SIZE (256 * 1024 * 1024)

static void
die (guestfs_h *g, const char *what)
{
  /* The error handler has already printed the library's message. */
  fprintf (stderr, "create-disk: %s failed\n", what);
  guestfs_close (g);
  exit (EXIT_FAILURE);
}

static void
create_image (const char *filename)
{
  int fd = open (filename, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd == -1 || ftruncate (fd, DISK_SIZE) == -1 || close (fd) == -1)
    {
      perror (filename);
      exit (EXIT_FAILURE);
    }
}

static void
write_files (const char *filename)
{
  guestfs_h *g = guestfs_create ();
  if (g == NULL)
    {
      perror ("guestfs_create");
      exit (EXIT_FAILURE);
    }

  /* Say the format: libguestfs never guesses it. */
  if (guestfs_add_drive_opts (g, filename, GUESTFS_ADD_DRIVE_OPTS_FORMAT,
                              "raw", -1)
      == -1)
    die (g, "add_drive_opts");
  if (guestfs_launch (g) == -1)
    die (g, "launch");

  char **devices = guestfs_list_devices (g);
  if (devices == NULL)
    die (g, "list_devices");
  printf ("disk: %s\n", devices[0]);

  if (guestfs_part_disk (g, devices[0], "mbr") == -1)
    die (g, "part_disk");
  char **parts = guestfs_list_partitions (g);
  if (parts == NULL)
    die (g, "list_partitions");
  printf ("partition: %s\n", parts[0]);

  if (guestfs_mkfs_opts (g, "ext4", parts[0], GUESTFS_MKFS_OPTS_LABEL, "demo",
                         -1)
      == -1)
    die (g, "mkfs");
  if (guestfs_mount (g, parts[0], "/") == -1)
    die (g, "mount");

  if (guestfs_mkdir_p (g, "/etc/demo") == -1)
    die (g, "mkdir_p");
  const char *msg = "Hello from guestfs-ng.\n";
  if (guestfs_write (g, "/etc/demo/hello.txt", msg, strlen (msg)) == -1)
    die (g, "write");
  if (guestfs_write_append (g, "/etc/demo/hello.txt", "A second line.\n", 15)
      == -1)
    die (g, "write_append");
  if (guestfs_ln_s (g, "demo/hello.txt", "/etc/hello") == -1)
    die (g, "ln_s");

  /* Shutdown syncs the disk and reports any error from qemu. */
  if (guestfs_shutdown (g) == -1)
    die (g, "shutdown");
  guestfs_close (g);

  for (size_t i = 0; devices[i]; ++i)
    free (devices[i]);
  free (devices);
  for (size_t i = 0; parts[i]; ++i)
    free (parts[i]);
  free (parts);
}

static void
read_back (const char *filename)
{
  guestfs_h *g = guestfs_create ();
  if (g == NULL)
    {
      perror ("guestfs_create");
      exit (EXIT_FAILURE);
    }
  if (guestfs_add_drive_opts (g, filename, GUESTFS_ADD_DRIVE_OPTS_FORMAT,
                              "raw", GUESTFS_ADD_DRIVE_OPTS_READONLY, 1, -1)
      == -1)
    die (g, "add_drive_opts");
  if (guestfs_launch (g) == -1)
    die (g, "launch");

  char *type = guestfs_vfs_type (g, "/dev/sda1");
  char *label = guestfs_vfs_label (g, "/dev/sda1");
  if (type == NULL || label == NULL)
    die (g, "vfs_type/vfs_label");
  printf ("filesystem: %s, label \"%s\"\n", type, label);
  free (type);
  free (label);

  if (guestfs_mount_ro (g, "/dev/sda1", "/") == -1)
    die (g, "mount_ro");
  char *content = guestfs_cat (g, "/etc/hello");
  if (content == NULL)
    die (g, "cat");
  printf ("/etc/hello (a symlink) reads:\n%s", content);
  free (content);

  char **names = guestfs_ls (g, "/etc/demo");
  if (names == NULL)
    die (g, "ls");
  for (size_t i = 0; names[i]; ++i)
    {
      printf ("/etc/demo/%s\n", names[i]);
      free (names[i]);
    }
  free (names);

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
  create_image (argv[1]);
  write_files (argv[1]);
  read_back (argv[1]);
  printf ("%s: done\n", argv[1]);
  return 0;
}
