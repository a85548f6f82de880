/* What add_drive hands to qemu (capi/drives.c, qemu-cmdline.c), checked
 * through a real appliance:
 *
 * - file names with the characters qemu's option syntax or a shell
 *   could trip on (',', ':', ' ', a newline, a leading '-'), and a
 *   temporary directory with ',' and ' ' (the socket path): writes and
 *   reads go through each;
 * - a qcow2 image whose header names a backing file: as raw qemu never
 *   opens the backing file, as qcow2 it does, and without a format
 *   add_drive refuses it (docs/guestfs.pod.in).
 */

#include <config.h>

#include <fcntl.h>
#include <sys/wait.h>

#include "launch/launch-test.h"

#define MiB (1024 * 1024)
#define BACKING_DATA "data of the backing file"

static const struct
{
  const char *name;
  const char *label; /* for TAP, which is one line per test */
} odd[] = {
  { "comma,name.img", "comma,name.img" },
  { "colon:name.img", "colon:name.img" },
  { "space name.img", "space name.img" },
  { "new\nline.img", "new\\nline.img" },
  { "-dash.img", "-dash.img" },
};
#define NR_ODD (sizeof odd / sizeof odd[0])

/* A 1 MiB file starting with text. */
static void
make_image (const char *path, const char *text)
{
  int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  if (fd == -1 || ftruncate (fd, MiB) == -1
      || write (fd, text, strlen (text)) != (ssize_t)strlen (text)
      || close (fd) == -1)
    {
      printf ("Bail out! %s: %s\n", path, strerror (errno));
      exit (1);
    }
}

/* The first len bytes of a file ("" if it cannot be read). */
static char *
file_start (const char *path, size_t len)
{
  char *buf = calloc (1, len + 1);
  int fd = open (path, O_RDONLY);

  if (buf == NULL)
    abort ();
  if (fd >= 0)
    {
      if (read (fd, buf, len) < 0)
        buf[0] = '\0';
      close (fd);
    }
  return buf;
}

static off_t
file_size (const char *path)
{
  struct stat st;

  return stat (path, &st) == 0 ? st.st_size : -1;
}

static void
make_qcow2 (const char *path, const char *backing, bool unsafe)
{
  char *cmd;
  int r;

  if (asprintf (&cmd, "qemu-img create -q -f qcow2 %s -b '%s' -F raw '%s' 1M",
                unsafe ? "-u" : "", backing, path)
      == -1)
    abort ();
  r = system (cmd);
  free (cmd);
  if (!WIFEXITED (r) || WEXITSTATUS (r) != 0)
    {
      printf ("Bail out! qemu-img create %s failed\n", path);
      exit (1);
    }
}

static char *
device (size_t i)
{
  char *d;

  if (asprintf (&d, "/dev/sd%c", (char)('a' + i)) == -1)
    abort ();
  return d;
}

int
main (void)
{
  char *dir, *tmpdir, *local, *start;
  char msg[128];
  struct events ev;
  guestfs_h *g;
  size_t i;

  safety_net (600);
  dir = make_tmpdir ();
  /* Relative names ("-dash.img", "colon:name.img") are relative to
   * this directory, for add_drive and qemu alike.
   */
  if (chdir (dir) == -1 || asprintf (&tmpdir, "%s/tmp, dir", dir) == -1
      || mkdir (tmpdir, 0700) == -1
      || asprintf (&local, "%s/local", dir) == -1)
    {
      printf ("Bail out! %s: %s\n", dir, strerror (errno));
      return 1;
    }
  for (i = 0; i < NR_ODD; i++)
    {
      snprintf (msg, sizeof msg, "drive %zu before", i);
      make_image (odd[i].name, msg);
    }
  make_image ("backing.img", BACKING_DATA);
  make_qcow2 ("overlay.qcow2", "backing.img", false);
  make_qcow2 ("lost.qcow2", "/nonexistent/backing.img", true);

  g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      return 1;
    }
  watch_events (g, &ev);
  guestfs_set_verbose (g, 1);
  ok (guestfs_set_tmpdir (g, tmpdir) == 0,
      "set_tmpdir to a directory with ',' and ' '");

  /* No format: refused, and the handle carries on. */
  guestfs_push_error_handler (g, NULL, NULL);
  ok (guestfs_add_drive_opts (g, "overlay.qcow2", -1) == -1,
      "a qcow2 image without a format is refused");
  has_str (guestfs_last_error (g), "format \"qcow2\"",
           "the error says to give the format");
  ok (guestfs_add_drive_ro (g, "overlay.qcow2") == -1,
      "add_drive_ro of a qcow2 image (no format) is refused too");
  guestfs_pop_error_handler (g);
  is_int (guestfs_get_state (g), 0, "still in CONFIG");

  for (i = 0; i < NR_ODD; i++)
    ok (guestfs_add_drive_opts (g, odd[i].name, GUESTFS_ADD_DRIVE_OPTS_FORMAT,
                                "raw", -1)
            == 0,
        "add_drive \"%s\"", odd[i].label);
  ok (guestfs_add_drive_opts (g, "overlay.qcow2",
                              GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw",
                              GUESTFS_ADD_DRIVE_OPTS_READONLY, 1, -1)
          == 0,
      "add the qcow2 overlay as raw");
  ok (guestfs_add_drive_opts (g, "lost.qcow2", GUESTFS_ADD_DRIVE_OPTS_FORMAT,
                              "raw", GUESTFS_ADD_DRIVE_OPTS_READONLY, 1, -1)
          == 0,
      "add a qcow2 whose backing file does not exist, as raw");
  ok (guestfs_add_drive_opts (g, "overlay.qcow2",
                              GUESTFS_ADD_DRIVE_OPTS_FORMAT, "qcow2",
                              GUESTFS_ADD_DRIVE_OPTS_READONLY, 1, -1)
          == 0,
      "add the qcow2 overlay as qcow2");

  /* qemu would fail here if it tried to open the missing backing file
   * of lost.qcow2.
   */
  if (guestfs_launch (g) == -1)
    {
      printf ("Bail out! launch failed: %s\n", guestfs_last_error (g));
      return 1;
    }
  has_str (ev.library, "comma,,name.img", "',' reaches qemu doubled");
  has_str (ev.library, "tmp,, dir", "so does the one in the socket path");

  for (i = 0; i < NR_ODD; i++)
    {
      char *dev = device (i);

      snprintf (msg, sizeof msg, "drive %zu before", i);
      ok (guestfs_download (g, dev, local) == 0, "download %s", dev);
      start = file_start (local, strlen (msg));
      is_str (start, msg, "%s reads \"%s\"", dev, odd[i].label);
      free (start);
      snprintf (msg, sizeof msg, "drive %zu after", i);
      make_image (local, msg);
      ok (guestfs_upload (g, local, dev) == 0, "upload to %s", dev);
      free (dev);
    }

  ok (guestfs_download (g, "/dev/sdf", local) == 0,
      "download the overlay added as raw");
  start = file_start (local, 4);
  ok (memcmp (start, "QFI\xfb", 4) == 0, "the guest sees its qcow2 header");
  free (start);
  is_int (file_size (local), (file_size ("overlay.qcow2") + 511) / 512 * 512,
          "and the size of the file, not of the qcow2 disk");
  ok (guestfs_download (g, "/dev/sdg", local) == 0,
      "download the qcow2 with the missing backing file, added as raw");
  start = file_start (local, 4);
  ok (memcmp (start, "QFI\xfb", 4) == 0, "the guest sees its qcow2 header");
  free (start);
  ok (guestfs_download (g, "/dev/sdh", local) == 0,
      "download the overlay added as qcow2");
  start = file_start (local, strlen (BACKING_DATA));
  is_str (start, BACKING_DATA, "as qcow2, it reads through its backing file");
  free (start);
  is_int (file_size (local), MiB, "with the qcow2 disk's size");

  ok (guestfs_shutdown (g) == 0, "shutdown");
  for (i = 0; i < NR_ODD; i++)
    {
      snprintf (msg, sizeof msg, "drive %zu after", i);
      start = file_start (odd[i].name, strlen (msg));
      is_str (start, msg, "the write reached \"%s\"", odd[i].label);
      free (start);
    }
  guestfs_close (g);
  free_events (&ev);
  free (tmpdir);
  free (local);
  return tap_done ();
}
