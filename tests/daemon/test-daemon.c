/* guestfsd in host mode, through the library.
 *
 * Starts `daemon/guestfsd --listen SOCK --sysroot DIR` and drives it with
 * the unix:SOCK backend: file actions on a scratch directory, the
 * refusal of every device operation, error names, transfers.  No qemu.
 * Prints TAP.
 */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "guestfs.h"

/* stat and lstat are deprecated, but the daemon still serves them. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

static int tests_run, tests_failed;
static guestfs_h *g;
static char tmpdir[] = "/tmp/test-daemon.XXXXXX";
static char sysroot[256], sock[256];
static pid_t daemon_pid = -1;

static void ok (bool cond, const char *fs, ...)
    __attribute__ ((format (printf, 2, 3)));

static void
ok (bool cond, const char *fs, ...)
{
  va_list args;

  tests_run++;
  if (!cond)
    tests_failed++;
  printf ("%sok %d - ", cond ? "" : "not ", tests_run);
  va_start (args, fs);
  vprintf (fs, args);
  va_end (args);
  putchar ('\n');
  if (!cond && guestfs_last_error (g))
    printf ("# last error: %s (errno %d)\n", guestfs_last_error (g),
            guestfs_last_errno (g));
  fflush (stdout);
}

/* The call failed with errno err and a message containing msg. */
static bool
failed_with (int r, int err, const char *msg)
{
  const char *e = guestfs_last_error (g);

  if (r != -1)
    return false;
  if (err && guestfs_last_errno (g) != err)
    {
      printf ("# errno %d, expected %d (%s)\n", guestfs_last_errno (g), err,
              e ? e : "");
      return false;
    }
  if (msg && (e == NULL || strstr (e, msg) == NULL))
    {
      printf ("# error \"%s\" does not contain \"%s\"\n", e ? e : "", msg);
      return false;
    }
  return true;
}

static bool
strings_are (char **l, const char *const *expected)
{
  size_t i;
  bool same = l != NULL;

  for (i = 0; same && expected[i]; i++)
    same = l[i] && strcmp (l[i], expected[i]) == 0;
  same = same && l[i] == NULL;
  if (!same && l)
    {
      printf ("# got:");
      for (i = 0; l[i]; i++)
        printf (" \"%s\"", l[i]);
      printf ("\n");
    }
  return same;
}

static void
free_strings (char **l)
{
  if (l == NULL)
    return;
  for (size_t i = 0; l[i]; i++)
    free (l[i]);
  free (l);
}

/* ---- The daemon ---- */

static void
start_daemon (void)
{
  const char *top = getenv ("abs_top_builddir");
  char daemon[512];

  snprintf (daemon, sizeof daemon, "%s/daemon/guestfsd", top ? top : "..");
  if (mkdtemp (tmpdir) == NULL)
    {
      perror ("mkdtemp");
      exit (EXIT_FAILURE);
    }
  snprintf (sysroot, sizeof sysroot, "%s/sysroot", tmpdir);
  snprintf (sock, sizeof sock, "%s/sock", tmpdir);
  mkdir (sysroot, 0755);

  daemon_pid = fork ();
  if (daemon_pid == 0)
    {
      /* Never outlive the test. */
      prctl (PR_SET_PDEATHSIG, SIGKILL);
      execl (daemon, "guestfsd", "--listen", sock, "--sysroot", sysroot,
             (char *)NULL);
      perror (daemon);
      _exit (127);
    }
  for (int i = 0; i < 500 && access (sock, F_OK) == -1; i++)
    {
      struct timespec ts = { 0, 10 * 1000 * 1000 };
      nanosleep (&ts, NULL);
    }
  if (access (sock, F_OK) == -1)
    {
      printf ("Bail out! %s did not create %s\n", daemon, sock);
      exit (EXIT_FAILURE);
    }
}

static void
stop_daemon (void)
{
  char cmd[512];

  if (daemon_pid > 0)
    {
      kill (daemon_pid, SIGTERM);
      waitpid (daemon_pid, NULL, 0);
    }
  snprintf (cmd, sizeof cmd, "rm -rf %s", tmpdir);
  if (system (cmd) != 0)
    fprintf (stderr, "could not remove %s\n", tmpdir);
}

static void
connect_handle (void)
{
  char backend[300];

  g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      exit (EXIT_FAILURE);
    }
  /* Errors are checked by the tests, not printed. */
  guestfs_set_error_handler (g, NULL, NULL);
  snprintf (backend, sizeof backend, "unix:%s", sock);
  if (guestfs_set_backend (g, backend) == -1 || guestfs_launch (g) == -1)
    {
      printf ("Bail out! launch: %s\n", guestfs_last_error (g));
      exit (EXIT_FAILURE);
    }
}

/* A file on the host side, in tmpdir. */
static void
host_path (char *buf, size_t len, const char *name)
{
  snprintf (buf, len, "%s/%s", tmpdir, name);
}

static int
write_host_file (const char *path, const void *data, size_t len)
{
  FILE *fp = fopen (path, "w");
  if (fp == NULL)
    return -1;
  fwrite (data, 1, len, fp);
  return fclose (fp);
}

static char *
read_host_file (const char *path, size_t *len)
{
  FILE *fp = fopen (path, "r");
  char *buf;
  long n;

  if (fp == NULL)
    return NULL;
  fseek (fp, 0, SEEK_END);
  n = ftell (fp);
  rewind (fp);
  buf = malloc (n + 1);
  if (buf && fread (buf, 1, n, fp) != (size_t)n)
    {
      free (buf);
      buf = NULL;
    }
  fclose (fp);
  *len = n;
  return buf;
}

/* ---- Tests ---- */

static void
test_basics (void)
{
  char *s = NULL;

  ok (guestfs_ping_daemon (g) == 0, "ping_daemon");
  s = guestfs_debug (g, "echo", (char *const[]){ "a", "b c", NULL });
  ok (s && strcmp (s, "a b c") == 0, "debug echo joins its arguments");
  free (s);
  s = NULL;
  s = guestfs_debug (g, "help", (char *const[]){ NULL });
  ok (s && strstr (s, "progress"), "debug help lists subcommands");
  free (s);
  s = NULL;
  ok (failed_with (
          guestfs_debug (g, "nosuchsubcmd", (char *const[]){ NULL }) ? 0 : -1,
          EINVAL, "unknown subcommand"),
      "debug with an unknown subcommand fails");
}

static void
test_pathnames (void)
{
  ok (failed_with (guestfs_touch (g, "relative"), EINVAL,
                   "path must start with a / character"),
      "touch of a relative path is refused");
  ok (failed_with (guestfs_mkdir (g, ""), EINVAL,
                   "path must start with a / character"),
      "mkdir of an empty path is refused");
  ok (failed_with (guestfs_upload (g, "/dev/null", "rel"), EINVAL,
                   "path must start with a / character"),
      "upload to a relative path is refused");
  ok (guestfs_ping_daemon (g) == 0, "the connection stays in step after a "
                                    "refused upload");

  /* Guest paths cannot leave the sysroot, even through symlinks. */
  ok (guestfs_ln_s (g, "/../../../../../../etc/hostname", "/escape") == 0
          && failed_with (guestfs_cat (g, "/escape") ? 0 : -1, ENOENT, NULL),
      "a symlink cannot point out of the sysroot");
  char **l1 = guestfs_ls (g, "/..");
  char **l2 = guestfs_ls (g, "/");
  ok (l1 && l2 && strings_are (l1, (const char *const *)l2),
      "/.. is the root");
  free_strings (l1);
  free_strings (l2);
  ok (guestfs_rm (g, "/escape") == 0, "rm the symlink");
  ok (failed_with (guestfs_rm_rf (g, "/"), EINVAL, NULL),
      "rm_rf / is refused");
}

static void
test_devices_refused (void)
{
  char **l = NULL;

  l = guestfs_list_devices (g);
  ok (l && l[0] == NULL, "list_devices is empty in host mode");
  free_strings (l);
  l = NULL;
  l = guestfs_list_partitions (g);
  ok (l && l[0] == NULL, "list_partitions is empty in host mode");
  free_strings (l);
  l = NULL;
  l = guestfs_list_filesystems (g);
  ok (l && l[0] == NULL, "list_filesystems is empty in host mode");
  free_strings (l);
  l = NULL;
  ok (failed_with (guestfs_blockdev_getsize64 (g, "/dev/sda"), ENODEV,
                   "no block devices in host mode"),
      "blockdev_getsize64 is refused");
  ok (failed_with (guestfs_mount (g, "/dev/sda1", "/"), ENODEV,
                   "no block devices in host mode"),
      "mount is refused");
  ok (failed_with (guestfs_part_disk (g, "/dev/sda", "mbr"), ENODEV,
                   "no block devices in host mode"),
      "part_disk is refused");
  ok (failed_with (guestfs_zero (g, "/dev/sda"), ENODEV, NULL),
      "zero is refused");
  ok (failed_with (guestfs_upload (g, "/dev/null", "/dev/sda"), ENODEV,
                   "no block devices in host mode"),
      "upload to a device is refused");
  ok (failed_with (guestfs_download (g, "/dev/sda", "/dev/null"), ENODEV,
                   "no block devices in host mode"),
      "download of a device is refused");
  ok (failed_with (guestfs_dd (g, "/dev/sda", "/dd-out"), ENODEV, NULL),
      "dd from a device is refused");
  ok (failed_with (guestfs_blkid (g, "/dev/sda") ? 0 : -1, ENODEV,
                   "no block devices in host mode"),
      "blkid is refused");
  ok (failed_with (guestfs_findfs_label (g, "x") ? 0 : -1, ENODEV,
                   "no block devices in host mode"),
      "findfs_label (which would search the host's devices) is refused");
  ok (failed_with (guestfs_mount_loop (g, "/img", "/"), ENODEV,
                   "no loop devices in host mode"),
      "mount_loop is refused");
  ok (failed_with (guestfs_remount (g, "/", GUESTFS_REMOUNT_RW, 0, -1), ENODEV,
                   "no guest mounts in host mode"),
      "remount is refused");
  l = guestfs_mountpoints (g);
  ok (l && l[0] == NULL, "mountpoints: none");
  free_strings (l);
  ok (guestfs_mkmountpoint (g, "/mp") == 0 && guestfs_is_dir (g, "/mp") == 1
          && guestfs_rmmountpoint (g, "/mp") == 0,
      "mkmountpoint and rmmountpoint in the sysroot");
  l = guestfs_mounts (g);
  ok (l && l[0] == NULL, "nothing is mounted");
  free_strings (l);
  l = NULL;
  ok (guestfs_umount_all (g) == 0, "umount_all with nothing mounted");
  ok (guestfs_ping_daemon (g) == 0, "still usable after refusals");
}

static void
test_read_write (void)
{
  static const char data[] = "a\0b\0\0c";
  char *s = NULL;
  size_t size;

  ok (guestfs_write (g, "/nul", data, 6) == 0, "write with NUL bytes");
  s = guestfs_read_file (g, "/nul", &size);
  ok (s && size == 6 && memcmp (s, data, 6) == 0,
      "read_file gives back the NUL bytes");
  free (s);
  s = NULL;
  ok (guestfs_filesize (g, "/nul") == 6, "filesize");
  ok (failed_with (guestfs_cat (g, "/nul") ? 0 : -1, EINVAL, "NUL"),
      "cat refuses a file with NUL bytes");
  ok (guestfs_write_append (g, "/nul", "xy", 2) == 0
          && guestfs_filesize (g, "/nul") == 8,
      "write_append");
  ok (guestfs_write (g, "/empty", "", 0) == 0
          && (s = guestfs_read_file (g, "/empty", &size)) && size == 0,
      "an empty file");
  free (s);
  s = NULL;
  ok (failed_with (guestfs_read_file (g, "/nosuchfile", &size) ? 0 : -1,
                   ENOENT, "/nosuchfile"),
      "read_file of a missing file names it, ENOENT");

  /* A FIFO nobody writes to must not hang the daemon. */
  char fifo[300];
  snprintf (fifo, sizeof fifo, "%s/fifo", sysroot);
  ok (mkfifo (fifo, 0644) == 0 && (s = guestfs_read_file (g, "/fifo", &size))
          && size == 0,
      "read_file of a FIFO returns at once");
  free (s);
  s = NULL;

  /* Nor one nobody reads: writes fail at once (ENXIO).  A reader
   * turns up after 3 s so that a daemon that blocks is not stuck.
   */
  pid_t reader = fork ();
  if (reader == 0)
    {
      sleep (3);
      for (int i = 0; i < 3; i++)
        {
          int fd = open (fifo, O_RDONLY);
          char c;
          while (fd >= 0 && read (fd, &c, 1) > 0)
            ;
          if (fd >= 0)
            close (fd);
        }
      _exit (0);
    }
  int64_t t0 = time (NULL);
  ok (failed_with (guestfs_write (g, "/fifo", "x", 1), ENXIO, "/fifo")
          && time (NULL) - t0 < 2,
      "write to a FIFO without a reader fails at once");
  t0 = time (NULL);
  ok (failed_with (guestfs_cp (g, "/nul", "/fifo"), ENXIO, "/fifo")
          && time (NULL) - t0 < 2,
      "cp to a FIFO without a reader fails at once");
  t0 = time (NULL);
  ok (failed_with (guestfs_fill (g, 'x', 1, "/fifo"), ENXIO, "/fifo")
          && time (NULL) - t0 < 2,
      "fill of a FIFO without a reader fails at once");
  kill (reader, SIGKILL);
  waitpid (reader, NULL, 0);

  /* Bigger than a message: must fail cleanly. */
  ok (guestfs_fill (g, 'x', 5 * 1024 * 1024, "/big") == 0
          && guestfs_filesize (g, "/big") == 5 * 1024 * 1024,
      "fill 5 MiB");
  ok (failed_with (guestfs_read_file (g, "/big", &size) ? 0 : -1, EFBIG,
                   "download"),
      "read_file of a file bigger than a message fails");
  ok (guestfs_ping_daemon (g) == 0, "still usable");
  s = guestfs_cat (g, "/big");
  ok (s == NULL, "cat of a file bigger than a message fails");
  free (s);
  s = NULL;
}

struct lines_case
{
  const char *content;
  size_t len;
  const char *const lines[6];
};

static void
test_lines (void)
{
  static const struct lines_case cases[] = {
    { "", 0, { NULL } },
    { "a", 1, { "a", NULL } },
    { "a\n", 2, { "a", NULL } },
    { "\n", 1, { "", NULL } },
    { "a\n\n", 3, { "a", "", NULL } },
    { "a\r\nb\r\n", 6, { "a", "b", NULL } },
    { "a\nb\r\nc", 6, { "a", "b", "c", NULL } },
    { "a\rb\n", 4, { "a\rb", NULL } },
    { "x\0y\nz", 5, { "x", "z", NULL } },
  };
  char buf[4096];

  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      char **l = NULL;
      ok (guestfs_write (g, "/lines", cases[i].content, cases[i].len) == 0
              && (l = guestfs_read_lines (g, "/lines")) != NULL
              && strings_are (l, cases[i].lines),
          "read_lines case %zu", i);
      free_strings (l);
      l = NULL;
    }

  /* head and tail: 20 numbered lines, and a file too long to read in
   * one block for tail.
   */
  buf[0] = '\0';
  for (int i = 0; i < 20; i++)
    sprintf (buf + strlen (buf), "%d\n", i);
  char **l = NULL;
  ok (guestfs_write (g, "/20", buf, strlen (buf)) == 0
          && (l = guestfs_head (g, "/20"))
          && strings_are (l,
                          (const char *const[]){ "0", "1", "2", "3", "4", "5",
                                                 "6", "7", "8", "9", NULL }),
      "head");
  free_strings (l);
  l = NULL;
  l = guestfs_tail (g, "/20");
  ok (strings_are (l,
                   (const char *const[]){ "10", "11", "12", "13", "14", "15",
                                          "16", "17", "18", "19", NULL }),
      "tail");
  free_strings (l);
  l = NULL;
  ok (guestfs_write (g, "/3", "a\nb\nc", 5) == 0
          && (l = guestfs_tail (g, "/3"))
          && strings_are (l, (const char *const[]){ "a", "b", "c", NULL }),
      "tail of a short file without a final newline");
  free_strings (l);
  l = NULL;

  char *big = malloc (200000 * 8);
  size_t len = 0;
  for (int i = 0; i < 200000; i++)
    len += sprintf (big + len, "%06d\n", i);
  ok (guestfs_write (g, "/long", big, len) == 0
          && (l = guestfs_tail (g, "/long")) && l[0] && l[9] && !l[10]
          && strcmp (l[0], "199990") == 0 && strcmp (l[9], "199999") == 0,
      "tail of a long file");
  free_strings (l);
  l = NULL;
  l = guestfs_head (g, "/long");
  ok (l && l[0] && l[9] && !l[10] && strcmp (l[9], "000009") == 0,
      "head of a long file");
  free_strings (l);
  l = NULL;
  free (big);
}

static void
test_checksums (void)
{
  static const struct
  {
    const char *type, *sum;
  } sums[] = {
    { "crc", "1219131554" },
    { "md5", "900150983cd24fb0d6963f7d28e17f72" },
    { "sha1", "a9993e364706816aba3e25717850c26c9cd0d89d" },
    { "sha224", "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7" },
    { "sha256",
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
    { "sha384", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff"
                "5bed8086072ba1e7cc2358baeca134c825a7" },
    { "sha512", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55"
                "d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94f"
                "a54ca49f" },
  };

  guestfs_write (g, "/abc", "abc", 3);
  for (size_t i = 0; i < sizeof sums / sizeof sums[0]; i++)
    {
      char *s = guestfs_checksum (g, sums[i].type, "/abc");
      ok (s && strcmp (s, sums[i].sum) == 0, "checksum %s", sums[i].type);
      free (s);
      s = NULL;
    }
  ok (failed_with (guestfs_checksum (g, "nosuchsum", "/abc") ? 0 : -1, EINVAL,
                   "nosuchsum"),
      "unknown checksum type");
  ok (failed_with (guestfs_checksum (g, "md5", "/nosuchfile") ? 0 : -1, ENOENT,
                   NULL),
      "checksum of a missing file");
}

static void
test_stat (void)
{
  struct guestfs_stat *st = NULL;
  struct guestfs_statns *sn;

  guestfs_write (g, "/st", "12345", 5);
  ok (guestfs_chmod (g, 0640, "/st") == 0, "chmod");
  st = guestfs_stat (g, "/st");
  ok (st && st->size == 5 && st->mode == 0100640 && st->nlink == 1,
      "stat size, mode, nlink");
  if (st)
    ok (st->mtime > 1600000000 && st->blksize > 0, "stat times and blksize");
  guestfs_free_stat (st);
  st = NULL;
  sn = guestfs_statns (g, "/st");
  ok (sn && sn->st_size == 5 && sn->st_mtime_nsec >= 0
          && sn->st_mtime_nsec < 1000000000,
      "statns");
  guestfs_free_statns (sn);

  ok (guestfs_ln_s (g, "st", "/st-link") == 0, "ln_s");
  st = guestfs_lstat (g, "/st-link");
  ok (st && (st->mode & 0170000) == 0120000 && st->size == 2,
      "lstat describes the symlink");
  guestfs_free_stat (st);
  st = NULL;
  st = guestfs_stat (g, "/st-link");
  ok (st && st->size == 5, "stat follows the symlink");
  guestfs_free_stat (st);
  st = NULL;
  char *s = guestfs_readlink (g, "/st-link");
  ok (s && strcmp (s, "st") == 0, "readlink");
  free (s);
  s = NULL;
  ok (failed_with (guestfs_readlink (g, "/st") ? 0 : -1, EINVAL, NULL),
      "readlink of a regular file: EINVAL");

  ok (guestfs_is_file (g, "/st") == 1 && guestfs_is_dir (g, "/") == 1
          && guestfs_is_symlink (g, "/st-link") == 1
          && guestfs_is_file (g, "/st-link") == 0
          && guestfs_is_file_opts (g, "/st-link",
                                   GUESTFS_IS_FILE_OPTS_FOLLOWSYMLINKS, 1, -1)
                 == 1
          && guestfs_is_dir (g, "/nosuch") == 0,
      "is_file, is_dir, is_symlink");
  ok (guestfs_exists (g, "/st") == 1 && guestfs_exists (g, "/nosuch") == 0,
      "exists");
  if (geteuid () == 0)
    {
      ok (guestfs_chown (g, 10, 11, "/st") == 0
              && (st = guestfs_stat (g, "/st")) && st->uid == 10
              && st->gid == 11,
          "chown");
      guestfs_free_stat (st);
      st = NULL;
    }

  struct guestfs_statvfs *sv = guestfs_statvfs (g, "/");
  ok (sv && sv->bsize > 0 && sv->namemax > 0, "statvfs");
  guestfs_free_statvfs (sv);
}

static void
test_dirs (void)
{
  char **l = NULL;
  struct guestfs_dirent_list *d;

  ok (guestfs_mkdir (g, "/d") == 0, "mkdir");
  for (const char *const *n
       = (const char *const[]){ "/d/b", "/d/a", "/d/C", "/d/a1", NULL };
       *n; n++)
    guestfs_touch (g, *n);
  l = guestfs_ls (g, "/d");
  ok (strings_are (l, (const char *const[]){ "C", "a", "a1", "b", NULL }),
      "ls is sorted");
  free_strings (l);
  l = NULL;
  d = guestfs_readdir (g, "/d");
  ok (d && d->len == 6, "readdir includes . and ..");
  bool types_ok = d != NULL;
  for (uint32_t i = 0; d && i < d->len; i++)
    types_ok &= d->val[i].ftyp == (d->val[i].name[0] == '.' ? 'd' : 'r');
  ok (types_ok, "readdir file types");
  guestfs_free_dirent_list (d);
  char *s = guestfs_ll (g, "/d");
  ok (s && strstr (s, "a1"), "ll");
  free (s);
  s = NULL;

  ok (guestfs_mkdir_p (g, "/p/q/r") == 0 && guestfs_mkdir_p (g, "/p/q/r") == 0
          && guestfs_is_dir (g, "/p/q/r") == 1,
      "mkdir_p, twice");
  ok (failed_with (guestfs_mkdir_p (g, "/d/a/x"), ENOTDIR, NULL),
      "mkdir_p through a file: ENOTDIR");
  ok (failed_with (guestfs_mkdir (g, "/d"), EEXIST, "/d"),
      "mkdir of an existing directory: EEXIST");
  ok (failed_with (guestfs_mkdir (g, "/nosuch/x"), ENOENT, NULL),
      "mkdir without its parent: ENOENT");
  ok (failed_with (guestfs_rmdir (g, "/d"), ENOTEMPTY, NULL),
      "rmdir of a non-empty directory: ENOTEMPTY");
  ok (failed_with (guestfs_rm (g, "/d"), EISDIR, NULL),
      "rm of a directory: EISDIR");
  ok (failed_with (guestfs_rm (g, "/nosuch"), ENOENT, "/nosuch"),
      "rm of a missing file: ENOENT");
  ok (failed_with (guestfs_touch (g, "/d/a/x"), ENOTDIR, NULL),
      "touch below a file: ENOTDIR");

  ok (guestfs_cp (g, "/abc", "/d/abc") == 0 && (s = guestfs_cat (g, "/d/abc"))
          && strcmp (s, "abc") == 0,
      "cp");
  free (s);
  s = NULL;
  ok (guestfs_cp (g, "/abc", "/p") == 0 && guestfs_is_file (g, "/p/abc") == 1,
      "cp into a directory");
  ok (failed_with (guestfs_cp (g, "/abc", "/abc"), EINVAL, "same file"),
      "cp onto itself is refused");
  ok (guestfs_rename (g, "/d/abc", "/d/abc2") == 0
          && guestfs_exists (g, "/d/abc2") == 1
          && guestfs_exists (g, "/d/abc") == 0,
      "rename");
  ok (guestfs_mv (g, "/d/abc2", "/p") == 0
          && guestfs_exists (g, "/p/abc2") == 1,
      "mv into a directory");
  ok (guestfs_chmod (g, 0700, "/p/abc2") == 0
          && guestfs_cp_a (g, "/p", "/p2") == 0
          && guestfs_is_dir (g, "/p2/q/r") == 1,
      "cp_a copies a tree");
  struct guestfs_stat *st = guestfs_stat (g, "/p2/abc2");
  ok (st && st->mode == 0100700, "cp_a keeps the mode");
  guestfs_free_stat (st);
  st = NULL;

  /* cp_a's destination is a guest symlink whose absolute target exists
   * only outside the sysroot: nothing may land there.
   */
  char outside[300], escaped[400], inside[300];
  host_path (outside, sizeof outside, "outside");
  snprintf (escaped, sizeof escaped, "%s/abc", outside);
  mkdir (outside, 0755);
  guestfs_ln_s (g, outside, "/cpa-out");
  guestfs_cp_a (g, "/abc", "/cpa-out");
  ok (access (escaped, F_OK) == -1,
      "cp_a through a symlink does not leave the sysroot");
  /* An absolute symlink to a guest directory is followed in the guest. */
  snprintf (inside, sizeof inside, "%s/p/abc", sysroot);
  ok (guestfs_rm (g, "/p/abc") == 0 && guestfs_ln_s (g, "/p", "/cpa-in") == 0
          && guestfs_cp_a (g, "/abc", "/cpa-in") == 0
          && access (inside, F_OK) == 0,
      "cp_a into a symlink to a guest directory");
  guestfs_rm (g, "/cpa-out");
  guestfs_rm (g, "/cpa-in");

  /* A symlink inside the destination tree, where cp_a copies a file:
   * cp writes through it, but only to the guest's file of that name.
   */
  char victim[300], *v = NULL;
  size_t vlen;
  host_path (victim, sizeof victim, "victim");
  write_host_file (victim, "victim", 6);
  ok (guestfs_mkdir_p (g, "/cpsrc") == 0
          && guestfs_write (g, "/cpsrc/f", "new", 3) == 0
          && guestfs_mkdir_p (g, "/cpdst/cpsrc") == 0
          && guestfs_ln_s (g, victim, "/cpdst/cpsrc/f") == 0,
      "a destination tree holding a symlink out of the sysroot");
  guestfs_cp_a (g, "/cpsrc", "/cpdst");
  v = read_host_file (victim, &vlen);
  ok (v && vlen == 6 && memcmp (v, "victim", 6) == 0,
      "cp_a writes nothing outside the sysroot through it");
  free (v);

  ok (guestfs_rm_rf (g, "/p2") == 0 && guestfs_exists (g, "/p2") == 0
          && guestfs_rm_rf (g, "/p2") == 0,
      "rm_rf, and again on nothing");
  ok (guestfs_dd (g, "/abc", "/dd") == 0 && (s = guestfs_cat (g, "/dd"))
          && strcmp (s, "abc") == 0,
      "dd of files");
  free (s);
  s = NULL;
}

/* Make a tree, tar it out with compress, tar it back in elsewhere,
 * compare.
 */
static void
tar_round_trip (const char *compress)
{
  char tarfile[300], dir[64], path[128], *s = NULL;
  struct guestfs_stat *st = NULL;
  int r;

  host_path (tarfile, sizeof tarfile, "t.tar");
  if (compress)
    r = guestfs_tar_out_opts (g, "/tree", tarfile,
                              GUESTFS_TAR_OUT_OPTS_COMPRESS, compress, -1);
  else
    r = guestfs_tar_out (g, "/tree", tarfile);
  ok (r == 0, "tar_out (%s)", compress ? compress : "uncompressed");

  snprintf (dir, sizeof dir, "/untar-%s", compress ? compress : "none");
  guestfs_mkdir (g, dir);
  if (compress)
    r = guestfs_tar_in_opts (g, tarfile, dir, GUESTFS_TAR_IN_OPTS_COMPRESS,
                             compress, -1);
  else
    r = guestfs_tar_in (g, tarfile, dir);
  ok (r == 0, "tar_in (%s)", compress ? compress : "uncompressed");

  snprintf (path, sizeof path, "%s/sub/data", dir);
  size_t size;
  s = guestfs_read_file (g, path, &size);
  ok (s && size == 4 && memcmp (s, "d\0t\n", 4) == 0, "%s: contents", dir);
  free (s);
  s = NULL;
  snprintf (path, sizeof path, "%s/sub/link", dir);
  s = guestfs_readlink (g, path);
  ok (s && strcmp (s, "data") == 0, "%s: symlink", dir);
  free (s);
  s = NULL;
  snprintf (path, sizeof path, "%s/sub/script", dir);
  st = guestfs_stat (g, path);
  ok (st && st->mode == 0100751, "%s: mode", dir);
  guestfs_free_stat (st);
  st = NULL;
}

/* A tar of usr/bin/df (a script) made on the host, and only that: no
 * entries for the directories, which tar would extract over a symlink
 * rather than follow it.  The name of the file in *tarfile.
 */
static bool
make_df_tar (char *tarfile, size_t len)
{
  char stage[300], cmd[2048];

  host_path (stage, sizeof stage, "stage");
  host_path (tarfile, len, "df.tar");
  snprintf (cmd, sizeof cmd,
            "mkdir -p %s/usr/bin && printf '#!/bin/sh\\necho pwned\\n' "
            "> %s/usr/bin/df && chmod 755 %s/usr/bin/df && "
            "tar -C %s -cf %s usr/bin/df",
            stage, stage, stage, stage, tarfile);
  return system (cmd) == 0;
}

/* tar_in follows a symlink already in the guest the way the guest
 * would: never out of the sysroot (here, onto the host).
 */
static void
test_tar_in_confined (void)
{
  char tarfile[300], outside[300], escaped[400], inside[400], *s = NULL;
  size_t size;

  ok (make_df_tar (tarfile, sizeof tarfile), "make a tar holding usr/bin/df");
  host_path (outside, sizeof outside, "outside-usr");
  mkdir (outside, 0755);
  snprintf (escaped, sizeof escaped, "%s/bin", outside);
  mkdir (escaped, 0755);
  snprintf (escaped, sizeof escaped, "%s/bin/df", outside);

  guestfs_mkdir (g, "/evil");
  guestfs_ln_s (g, outside, "/evil/usr");
  guestfs_tar_in (g, tarfile, "/evil");
  ok (access (escaped, F_OK) == -1,
      "tar_in through a guest symlink writes nothing outside the sysroot");

  /* The same absolute target, inside the guest, is where it lands. */
  ok (guestfs_mkdir_p (g, outside) == 0 && guestfs_mkdir (g, "/evil2") == 0
          && guestfs_ln_s (g, outside, "/evil2/usr") == 0
          && guestfs_tar_in (g, tarfile, "/evil2") == 0,
      "tar_in through a guest symlink to a guest directory");
  snprintf (inside, sizeof inside, "%s/bin/df", outside);
  s = guestfs_read_file (g, inside, &size);
  ok (s && size == 21 && memcmp (s, "#!/bin/sh\necho pwned\n", 21) == 0
          && access (escaped, F_OK) == -1,
      "... lands in the guest's directory");
  free (s);

  /* Relative symlinks (a merged /usr) are followed as always. */
  ok (guestfs_mkdir_p (g, "/merged/usr/bin") == 0
          && guestfs_ln_s (g, "usr/bin", "/merged/bin") == 0
          && guestfs_tar_in (g, tarfile, "/merged") == 0
          && guestfs_is_file (g, "/merged/usr/bin/df") == 1,
      "tar_in into a tree with relative symlinks");
  ok (guestfs_tar_in (g, tarfile, "/merged/bin") == 0
          && guestfs_is_file (g, "/merged/usr/bin/usr/bin/df") == 1,
      "tar_in into a directory named through a symlink");
}

static void
test_tar (void)
{
  static const char *const compressions[]
      = { "gzip", "bzip2", "xz", "zstd", "lzop", "compress" };
  char tarfile[300], *buf;
  size_t len;

  guestfs_mkdir_p (g, "/tree/sub");
  guestfs_write (g, "/tree/sub/data", "d\0t\n", 4);
  guestfs_ln_s (g, "data", "/tree/sub/link");
  guestfs_write (g, "/tree/sub/script", "#!/bin/sh\n", 10);
  guestfs_chmod (g, 0751, "/tree/sub/script");

  tar_round_trip (NULL);
  host_path (tarfile, sizeof tarfile, "t.tar");
  buf = read_host_file (tarfile, &len);
  ok (buf && len > 512 && memcmp (buf + 257, "ustar", 5) == 0,
      "tar_out writes a tar file");
  free (buf);
  for (size_t i = 0; i < sizeof compressions / sizeof compressions[0]; i++)
    tar_round_trip (compressions[i]);
  host_path (tarfile, sizeof tarfile, "t.tar");
  guestfs_tar_out_opts (g, "/tree", tarfile, GUESTFS_TAR_OUT_OPTS_COMPRESS,
                        "gzip", -1);
  buf = read_host_file (tarfile, &len);
  ok (buf && len > 2 && (unsigned char)buf[0] == 0x1f
          && (unsigned char)buf[1] == 0x8b,
      "tar_out gzip writes gzip data");
  free (buf);

  ok (guestfs_tar_out_opts (g, "/tree", tarfile, GUESTFS_TAR_OUT_OPTS_EXCLUDES,
                            (char *const[]){ "./sub/script", NULL }, -1)
              == 0
          && guestfs_mkdir (g, "/untar-ex") == 0
          && guestfs_tar_in (g, tarfile, "/untar-ex") == 0
          && guestfs_exists (g, "/untar-ex/sub/data") == 1
          && guestfs_exists (g, "/untar-ex/sub/script") == 0,
      "tar_out excludes");

  ok (failed_with (guestfs_tar_out_opts (g, "/tree", tarfile,
                                         GUESTFS_TAR_OUT_OPTS_COMPRESS,
                                         "nosuch", -1),
                   EINVAL, "unknown compression"),
      "tar_out with an unknown compression");
  ok (failed_with (guestfs_tar_in_opts (g, tarfile, "/tree",
                                        GUESTFS_TAR_IN_OPTS_COMPRESS, "nosuch",
                                        -1),
                   EINVAL, "unknown compression"),
      "tar_in with an unknown compression");
  ok (failed_with (guestfs_tar_out (g, "/nosuchdir", tarfile), ENOENT,
                   "/nosuchdir"),
      "tar_out of a missing directory");
  ok (failed_with (guestfs_tar_in (g, tarfile, "/nosuchdir"), ENOENT,
                   "/nosuchdir"),
      "tar_in into a missing directory");

  /* Not a tar file: tar says so, and the connection stays in step. */
  char garbage[300];
  host_path (garbage, sizeof garbage, "garbage");
  buf = malloc (300000);
  memset (buf, 'z', 300000);
  write_host_file (garbage, buf, 300000);
  free (buf);
  ok (failed_with (guestfs_tar_in (g, garbage, "/tree"), 0, "tar"),
      "tar_in of a garbage file fails with tar's message");
  ok (guestfs_ping_daemon (g) == 0, "still usable after a failed tar_in");
}

static void
test_transfers (void)
{
  char in[300], out[300], *a, *b = NULL;
  size_t blen;
  const size_t size = 5 * 1024 * 1024 + 123;

  host_path (in, sizeof in, "in");
  host_path (out, sizeof out, "out");
  a = malloc (size);
  srand (42);
  for (size_t i = 0; i < size; i++)
    a[i] = rand ();
  write_host_file (in, a, size);
  ok (guestfs_upload (g, in, "/up") == 0
          && guestfs_filesize (g, "/up") == (int64_t)size,
      "upload 5 MiB");
  ok (guestfs_download (g, "/up", out) == 0
          && (b = read_host_file (out, &blen)) && blen == size
          && memcmp (a, b, size) == 0,
      "download gives back the same bytes");
  free (b);
  b = NULL;
  a[0] ^= 1;
  write_host_file (in, a, size);
  ok (guestfs_upload (g, in, "/up") == 0
          && guestfs_download (g, "/up", out) == 0
          && (b = read_host_file (out, &blen)) && blen == size
          && memcmp (a, b, size) == 0,
      "upload replaces the file");
  free (b);
  b = NULL;
  free (a);
  write_host_file (in, "", 0);
  ok (guestfs_upload (g, in, "/up") == 0 && guestfs_filesize (g, "/up") == 0,
      "upload of an empty file");
  ok (failed_with (guestfs_download (g, "/nosuchfile", out), ENOENT,
                   "/nosuchfile"),
      "download of a missing file: ENOENT");
  ok (failed_with (guestfs_upload (g, in, "/nosuchdir/x"), ENOENT,
                   "/nosuchdir/x"),
      "upload into a missing directory: ENOENT");
  ok (failed_with (guestfs_download (g, "/", out), EISDIR, NULL),
      "download of a directory: EISDIR");
  ok (guestfs_ping_daemon (g) == 0, "still usable after failed transfers");
}

struct progress
{
  int n;
  int over; /* events with position > total */
  uint64_t last_pos, last_total;
};

static void
progress_cb (guestfs_h *h, void *opaque, uint64_t event, int eh, int flags,
             const char *buf, size_t buf_len, const uint64_t *array,
             size_t array_len)
{
  struct progress *p = opaque;

  if (array_len >= 4)
    {
      p->n++;
      if (array[2] > array[3])
        p->over++;
      p->last_pos = array[2];
      p->last_total = array[3];
    }
}

static void
test_progress (void)
{
  struct progress p = { 0 };
  int eh = guestfs_set_event_callback (g, progress_cb, GUESTFS_EVENT_PROGRESS,
                                       0, &p);
  char *s = guestfs_debug (g, "progress", (char *const[]){ "2", NULL });

  ok (s != NULL, "debug progress 2");
  free (s);
  s = NULL;
  ok (p.n >= 2 && p.n <= 8, "progress events were rate-limited (%d)", p.n);
  ok (p.last_pos == p.last_total && p.last_total == 2000,
      "the last progress event is final");
  p.n = 0;
  ok (guestfs_ping_daemon (g) == 0 && p.n == 0,
      "a short call sends no progress");
  guestfs_delete_event_callback (g, eh);
}

/* A child that feeds /fifo 4 KiB every 300 ms for about 2 s, then
 * closes it.  It opens the FIFO before the call so that the daemon's
 * reads wait for data instead of seeing EOF.
 */
static pid_t
feed_fifo_slowly (void)
{
  char fifo[300];
  int fd;
  pid_t pid;

  snprintf (fifo, sizeof fifo, "%s/slowfifo", sysroot);
  unlink (fifo);
  if (mkfifo (fifo, 0644) == -1)
    return -1;
  /* O_RDWR: does not wait for a reader. */
  fd = open (fifo, O_RDWR);
  if (fd == -1)
    return -1;
  pid = fork ();
  if (pid == 0)
    {
      char buf[4096];

      prctl (PR_SET_PDEATHSIG, SIGKILL);
      memset (buf, 'f', sizeof buf);
      for (int i = 0; i < 7; i++)
        {
          struct timespec ts = { 0, 300 * 1000 * 1000 };
          if (write (fd, buf, sizeof buf) != (ssize_t)sizeof buf)
            _exit (1);
          nanosleep (&ts, NULL);
        }
      _exit (0);
    }
  close (fd);
  return pid;
}

/* A FIFO has no size: progress must be in pulse mode, ending 1/1. */
static void
test_progress_unknown_size (void)
{
  char out[300];
  struct progress p = { 0 };
  int eh = guestfs_set_event_callback (g, progress_cb, GUESTFS_EVENT_PROGRESS,
                                       0, &p);
  pid_t pid;

  host_path (out, sizeof out, "out");
  pid = feed_fifo_slowly ();
  ok (pid > 0 && guestfs_download (g, "/slowfifo", out) == 0,
      "download of a slowly fed FIFO");
  if (pid > 0)
    {
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);
    }
  ok (p.n >= 1 && p.over == 0 && p.last_pos == 1 && p.last_total == 1,
      "download of a FIFO: pulse progress ending 1/1 (%d events, %d over, "
      "last %" PRIu64 "/%" PRIu64 ")",
      p.n, p.over, p.last_pos, p.last_total);

  memset (&p, 0, sizeof p);
  pid = feed_fifo_slowly ();
  ok (pid > 0 && guestfs_dd (g, "/slowfifo", "/ddout") == 0
          && guestfs_filesize (g, "/ddout") == 7 * 4096,
      "dd of a slowly fed FIFO");
  if (pid > 0)
    {
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);
    }
  ok (p.n >= 1 && p.over == 0 && p.last_pos == 1 && p.last_total == 1,
      "dd of a FIFO: pulse progress ending 1/1 (%d events, %d over, "
      "last %" PRIu64 "/%" PRIu64 ")",
      p.n, p.over, p.last_pos, p.last_total);
  guestfs_delete_event_callback (g, eh);
}

static void
reap (pid_t pid)
{
  if (pid > 0)
    {
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);
    }
}

/* What feed_fifo_slowly writes is all 'f'. */
static bool
all_f (const char *s, size_t len)
{
  for (size_t i = 0; i < len; i++)
    if (s[i] != 'f')
      return false;
  return true;
}

/* The other readers of a file must also wait for a slow FIFO's data
 * rather than fail with EAGAIN.
 */
static void
test_slow_fifo_readers (void)
{
  const size_t len = 7 * 4096;
  char *want_sum;
  char *s;
  size_t size = 0;
  pid_t pid;

  ok (guestfs_fill (g, 'f', len, "/fifofill") == 0, "fill a reference file");
  want_sum = guestfs_checksum (g, "md5", "/fifofill");

  pid = feed_fifo_slowly ();
  s = guestfs_cat (g, "/slowfifo");
  ok (pid > 0 && s && strlen (s) == len && all_f (s, len),
      "cat of a slowly fed FIFO");
  free (s);
  reap (pid);

  pid = feed_fifo_slowly ();
  s = guestfs_read_file (g, "/slowfifo", &size);
  ok (pid > 0 && s && size == len && all_f (s, size),
      "read_file of a slowly fed FIFO");
  free (s);
  reap (pid);

  pid = feed_fifo_slowly ();
  s = guestfs_checksum (g, "md5", "/slowfifo");
  ok (pid > 0 && s && want_sum && strcmp (s, want_sum) == 0,
      "checksum of a slowly fed FIFO");
  free (s);
  reap (pid);

  pid = feed_fifo_slowly ();
  s = NULL;
  ok (pid > 0 && guestfs_cp (g, "/slowfifo", "/fifocopy") == 0
          && (s = guestfs_checksum (g, "md5", "/fifocopy")) != NULL && want_sum
          && strcmp (s, want_sum) == 0,
      "cp of a slowly fed FIFO");
  free (s);
  reap (pid);

  pid = feed_fifo_slowly ();
  char **lines = guestfs_head (g, "/slowfifo");
  ok (pid > 0 && lines && lines[0] && strlen (lines[0]) == len
          && lines[1] == NULL,
      "head of a slowly fed FIFO");
  if (lines)
    for (size_t i = 0; lines[i]; i++)
      free (lines[i]);
  free (lines);
  reap (pid);
  free (want_sum);
}

static void
test_commands (void)
{
  ok (failed_with (guestfs_sh (g, "true") ? 0 : -1, ENOENT, "/bin/sh"),
      "sh fails without a guest filesystem");
  ok (failed_with (guestfs_command (g, (char *const[]){ NULL }) ? 0 : -1,
                   EINVAL, NULL),
      "command with no arguments fails");
  char *s = guestfs_df (g);
  ok (s && strstr (s, "Filesystem"), "df");
  free (s);
  s = NULL;
  ok (guestfs_sync (g) == 0, "sync");
}

/* Every call above must have closed what it opened. */
static void
test_no_fd_leak (void)
{
  char *before = guestfs_debug (g, "fds", (char *const[]){ NULL });
  char out[300];

  host_path (out, sizeof out, "out");
  for (int i = 0; i < 5; i++)
    {
      guestfs_tar_out (g, "/tree", out);
      guestfs_download (g, "/abc", out);
      guestfs_upload (g, out, "/fdtest");
      free (guestfs_checksum (g, "md5", "/abc"));
      guestfs_rm (g, "/nosuch");
    }
  char *after = guestfs_debug (g, "fds", (char *const[]){ NULL });
  ok (before && after && strcmp (before, after) == 0,
      "no file descriptor leaks in the daemon");
  if (before && after && strcmp (before, after) != 0)
    printf ("# before:\n%s# after:\n%s", before, after);
  free (before);
  free (after);
}

int
main (void)
{
  start_daemon ();
  connect_handle ();

  test_basics ();
  test_pathnames ();
  test_devices_refused ();
  test_read_write ();
  test_lines ();
  test_checksums ();
  test_stat ();
  test_dirs ();
  test_tar ();
  test_tar_in_confined ();
  test_transfers ();
  test_progress ();
  test_progress_unknown_size ();
  test_slow_fifo_readers ();
  test_commands ();
  test_no_fd_leak ();

  /* A second client after the first goes: host mode keeps serving. */
  guestfs_close (g);
  connect_handle ();
  ok (guestfs_exists (g, "/abc") == 1, "a second client is served");
  guestfs_close (g);

  stop_daemon ();
  printf ("1..%d\n", tests_run);
  return tests_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
