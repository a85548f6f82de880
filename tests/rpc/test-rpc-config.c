/* Before launch: adding drives (capi/drives.c) and choosing the backend
 * (capi/launch.c, launch-unix.c).  No daemon is needed.
 */

#include <config.h>

#include <glob.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>

#include "guestfs.h"
#include "rpc-test.h"

static char *tmpdir;

static char *
path_in_tmpdir (const char *name)
{
  char *path;

  if (asprintf (&path, "%s/%s", tmpdir, name) == -1)
    bail_out ("asprintf");
  return path;
}

static char *
make_file (const char *name)
{
  char *path = path_in_tmpdir (name);
  FILE *fp = fopen (path, "w");

  if (fp == NULL || fputs ("x", fp) == EOF || fclose (fp) != 0)
    bail_out ("%s: %s", path, strerror (errno));
  return path;
}

static void
test_drives (void)
{
  guestfs_h *g = quiet_handle ();
  char *img = make_file ("disk.img");
  char *comma = make_file ("a,b.img");
  char *missing = path_in_tmpdir ("missing.img");

  ok (guestfs_add_drive (g, img) == 0, "add_drive of an existing file");
  ok (guestfs_add_drive (g, missing) == -1 && guestfs_last_errno (g) == ENOENT
          && error_contains (g, missing)
          && error_contains (g, "No such file or directory"),
      "add_drive of a missing file: ENOENT, names the file");
  ok (guestfs_add_drive (g, tmpdir) == -1 && guestfs_last_errno (g) == EISDIR,
      "add_drive of a directory: EISDIR");
  ok (guestfs_add_drive (g, "") == -1 && error_contains (g, "empty"),
      "add_drive of an empty name");
  ok (guestfs_add_drive (g, "/dev/null") == 0, "add_drive of /dev/null");
  ok (guestfs_add_drive_ro (g, "/dev/null") == 0, "add_drive_ro of /dev/null");
  ok (guestfs_add_drive_ro (g, img) == 0, "add_drive_ro");
  ok (guestfs_add_drive_ro (g, missing) == -1
          && guestfs_last_errno (g) == ENOENT,
      "add_drive_ro of a missing file");
  ok (guestfs_add_drive (g, comma) == 0,
      "a ',' in the file name is accepted (the backend escapes it)");

  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_FORMAT, "qcow2",
                              GUESTFS_ADD_DRIVE_OPTS_READONLY, 1, -1)
          == 0,
      "format qcow2, read-only");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw",
                              GUESTFS_ADD_DRIVE_OPTS_CACHEMODE, "unsafe",
                              GUESTFS_ADD_DRIVE_OPTS_DISCARD, "enable",
                              GUESTFS_ADD_DRIVE_OPTS_NAME, "hda",
                              GUESTFS_ADD_DRIVE_OPTS_IFACE, "virtio", -1)
          == 0,
      "format raw, cachemode unsafe, discard enable, name, iface");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_DISCARD,
                              "besteffort", -1)
          == 0,
      "discard besteffort");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_DISCARD,
                              "disable", -1)
          == 0,
      "discard disable");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_DISCARD, "unmap",
                              -1)
              == -1
          && error_contains (g, "discard \"unmap\"")
          && error_contains (g, "besteffort"),
      "discard unmap is refused, naming it and the accepted values");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_FORMAT,
                              "raw,file=/etc/shadow", -1)
              == -1
          && error_contains (g, "raw,file=/etc/shadow"),
      "a format with a ',' is refused and named");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_FORMAT, "", -1)
          == -1,
      "an empty format is refused");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_IFACE, "ide 0",
                              -1)
              == -1
          && error_contains (g, "iface"),
      "an iface with a space is refused");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_CACHEMODE, "none",
                              -1)
              == -1
          && error_contains (g, "cachemode \"none\""),
      "cachemode none is refused");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_LABEL, "data1",
                              -1)
              == -1
          && error_contains (g, "label \"data1\""),
      "a label with a digit is refused");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_LABEL, "", -1)
          == -1,
      "an empty label is refused");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_LABEL,
                              "abcdefghijklmnopqrstu", -1)
          == -1,
      "a label of 21 letters is refused");
  ok (guestfs_add_drive_opts (g, img, GUESTFS_ADD_DRIVE_OPTS_LABEL,
                              "abcdefghijklmnopqrsT", -1)
          == 0,
      "a label of 20 letters is taken");
  guestfs_close (g);
  free (img);
  free (comma);
  free (missing);
}

static void
test_scratch (void)
{
  guestfs_h *g = quiet_handle ();
  char *pattern = path_in_tmpdir ("libguestfs*/scratch-*");
  glob_t gl;
  struct stat st;
  bool found;

  guestfs_set_tmpdir (g, tmpdir);
  ok (guestfs_add_drive_scratch (g, 0, -1) == -1
          && error_contains (g, "greater than 0"),
      "add_drive_scratch of 0 bytes is refused");
  ok (guestfs_add_drive_scratch (g, -5, -1) == -1,
      "add_drive_scratch of -5 bytes is refused");
  ok (guestfs_add_drive_scratch (g, 1024, GUESTFS_ADD_DRIVE_SCRATCH_LABEL,
                                 "x-y", -1)
              == -1
          && error_contains (g, "label \"x-y\""),
      "add_drive_scratch with a bad label is refused");
  ok (guestfs_add_drive_scratch (g, INT64_C (1) << 40,
                                 GUESTFS_ADD_DRIVE_SCRATCH_NAME, "scratch", -1)
          == 0,
      "add_drive_scratch of 1 TiB");

  found = glob (pattern, 0, NULL, &gl) == 0 && gl.gl_pathc == 1
          && stat (gl.gl_pathv[0], &st) == 0;
  ok (found && st.st_size == INT64_C (1) << 40 && st.st_blocks == 0,
      "the scratch file has the size and takes no space");
  guestfs_close (g);
  ok (found && access (gl.gl_pathv[0], F_OK) == -1 && errno == ENOENT,
      "the scratch file is deleted when the handle closes");
  if (found)
    globfree (&gl);
  free (pattern);
}

static void
test_backends (void)
{
  guestfs_h *g = quiet_handle ();
  char *sock = path_in_tmpdir ("nobody-listens");
  char *file = make_file ("not-a-socket");
  char *backend, *longname;
  int fd;
  struct sockaddr_un addr = { .sun_family = AF_UNIX };

  ok (guestfs_set_backend (g, "bogus") == -1
          && error_contains (g, "unknown backend")
          && error_contains (g, "bogus"),
      "an unknown backend is refused and named");
  ok (guestfs_set_backend (g, "unix:") == -1,
      "unix: without a path is refused");

  if (asprintf (&backend, "unix:%s", sock) == -1)
    bail_out ("asprintf");
  guestfs_set_backend (g, backend);
  ok (guestfs_launch (g) == -1 && guestfs_last_errno (g) == ENOENT
          && error_contains (g, sock),
      "unix: with no socket: names the path, ENOENT");
  free (backend);

  /* A socket nobody accepts on any more: connection refused. */
  snprintf (addr.sun_path, sizeof addr.sun_path, "%s", sock);
  fd = socket (AF_UNIX, SOCK_STREAM, 0);
  if (fd == -1 || bind (fd, (struct sockaddr *)&addr, sizeof addr) == -1)
    bail_out ("bind %s: %s", sock, strerror (errno));
  close (fd);
  ok (guestfs_launch (g) == -1 && guestfs_last_errno (g) == ECONNREFUSED
          && error_contains (g, sock),
      "unix: with a dead socket: ECONNREFUSED");

  if (asprintf (&backend, "unix:%s", file) == -1)
    bail_out ("asprintf");
  guestfs_set_backend (g, backend);
  ok (guestfs_launch (g) == -1 && guestfs_last_errno (g) == ECONNREFUSED,
      "unix: naming a regular file fails");
  free (backend);

  if (asprintf (&longname, "unix:/%0200d", 0) == -1)
    bail_out ("asprintf");
  guestfs_set_backend (g, longname);
  ok (guestfs_launch (g) == -1 && error_contains (g, "too long"),
      "unix: with a path longer than a socket address holds");
  free (longname);

  {
    char *settings[] = { "launch_timeout=soon", NULL };
    guestfs_set_backend_settings (g, settings);
    guestfs_set_backend (g, "unix:/x");
    ok (guestfs_launch (g) == -1 && error_contains (g, "launch_timeout=soon"),
        "a bad launch_timeout is named");
  }
  ok (guestfs_is_config (g) == 1, "failed launches stay in CONFIG");
  guestfs_close (g);
  free (sock);
  free (file);
}

int
main (void)
{
  alarm (60);
  tmpdir = make_tmpdir ();
  test_drives ();
  test_scratch ();
  test_backends ();
  remove_tree (tmpdir);
  free (tmpdir);
  return tap_done ();
}
