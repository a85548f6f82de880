/* GENERATED FILE: do not edit.
 * Made by generator/tests.py from generator/api.py;
 * change those and run 'make -C generator' (or just 'make').
 */

#include <config.h>

#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guestfs.h"

/* Deprecated calls are tested like any other. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

#define DISK_SIZE (INT64_C (512) * 1024 * 1024)
/* Per test, reset included; generous because TCG can be very slow.  A
 * hung call must not hang 'make check'.
 */
#define TEST_TIMEOUT 300
#define LAUNCH_TIMEOUT 900
/* Which checks the tests use depends on api.py. */
#define MAYBE_UNUSED __attribute__ ((unused))

static guestfs_h *g;
static unsigned errors_seen;
static pid_t qemu_pid = -1;
/* Diagnostics of the running test, printed after its ok/not ok line. */
static char *diag_buf;
static size_t diag_size;
static FILE *diag_fp;

static void
count_error (guestfs_h *h, void *opaque, const char *msg)
{
  /* Errors are reported by the tests that expect none; the default
   * handler would also print the expected ones.
   */
  errors_seen++;
}

static void
diag (const char *fs, ...)
{
  va_list args;

  va_start (args, fs);
  vfprintf (diag_fp, fs, args);
  va_end (args);
  fputc ('\n', diag_fp);
}

static const char *
last_error (void)
{
  const char *e = guestfs_last_error (g);
  return e ? e : "(no error message)";
}

/* Command number n of the test (1-based) failed unexpectedly. */
static void
diag_error (const char *name, int n)
{
  diag ("command %d (%s) failed: %s", n, name, last_error ());
}

/* An expected failure must still go through the error handler with a
 * message (guestfs_last_error alone may be left from an earlier error).
 */
static int MAYBE_UNUSED
check_error_reported (const char *name, unsigned errors_before)
{
  const char *e = guestfs_last_error (g);

  if (errors_seen == errors_before || e == NULL || *e == '\0')
    {
      diag ("%s failed, as it should, but reported no error", name);
      return -1;
    }
  return 0;
}

static void
show_bytes (FILE *fp, const char *p, size_t n)
{
  fputc ('"', fp);
  for (size_t i = 0; i < n; ++i)
    {
      unsigned char ch = p[i];
      if (ch == '\n')
        fputs ("\\n", fp);
      else if (ch == '"' || ch == '\\')
        fprintf (fp, "\\%c", ch);
      else if (ch < 0x20 || ch >= 0x7f)
        fprintf (fp, "\\x%02x", ch);
      else
        fputc (ch, fp);
    }
  fputc ('"', fp);
}

static int MAYBE_UNUSED
check_int (const char *what, int64_t got, int64_t want)
{
  if (got == want)
    return 0;
  diag ("%s: expected %" PRIi64 ", got %" PRIi64, what, want, got);
  return -1;
}

static int MAYBE_UNUSED
check_buffer (const char *what, const char *got, size_t got_len,
              const char *want, size_t want_len)
{
  if (got != NULL && got_len == want_len && memcmp (got, want, want_len) == 0)
    return 0;
  fprintf (diag_fp, "%s: expected ", what);
  show_bytes (diag_fp, want, want_len);
  fputs (", got ", diag_fp);
  if (got)
    show_bytes (diag_fp, got, got_len);
  else
    fputs ("NULL", diag_fp);
  fputc ('\n', diag_fp);
  return -1;
}

static int MAYBE_UNUSED
check_contains (const char *what, const char *got, size_t got_len,
                const char *want, size_t want_len)
{
  for (size_t i = 0; i + want_len <= got_len; ++i)
    {
      if (memcmp (got + i, want, want_len) == 0)
        return 0;
    }
  fprintf (diag_fp, "%s: expected something containing ", what);
  show_bytes (diag_fp, want, want_len);
  fputs (", got ", diag_fp);
  show_bytes (diag_fp, got, got_len);
  fputc ('\n', diag_fp);
  return -1;
}

static size_t MAYBE_UNUSED
count_strings (char **l)
{
  size_t n = 0;

  while (l[n])
    n++;
  return n;
}

static void
free_strings (char **l)
{
  for (size_t i = 0; l[i]; ++i)
    free (l[i]);
  free (l);
}

static void
show_strings (FILE *fp, const char *const *l, size_t n)
{
  fputc ('[', fp);
  for (size_t i = 0; i < n; ++i)
    {
      if (i > 0)
        fputs (", ", fp);
      show_bytes (fp, l[i], strlen (l[i]));
    }
  fputc (']', fp);
}

static int MAYBE_UNUSED
check_strings (const char *what, char **got, const char *const *want, size_t n)
{
  size_t got_n = count_strings (got);

  if (got_n == n)
    {
      size_t i;
      for (i = 0; i < n && strcmp (got[i], want[i]) == 0; ++i)
        ;
      if (i == n)
        return 0;
    }
  fprintf (diag_fp, "%s: expected ", what);
  show_strings (diag_fp, want, n);
  fputs (", got ", diag_fp);
  show_strings (diag_fp, (const char *const *)got, got_n);
  fputc ('\n', diag_fp);
  return -1;
}

/* One command of a test's reset; its failure fails the test. */
static bool
reset_failed (int r, const char *init, const char *what)
{
  if (r != -1)
    return false;
  diag ("reset to \"%s\": %s failed: %s", init, what, last_error ());
  return true;
}

static int
reset_none (void)
{
  return reset_failed (guestfs_umount_all (g), "none", "umount_all") ? -1 : 0;
}

/* /dev/sda blank, nothing mounted.  part_init clears a GPT's backup
 * header as well as the primary one, zero then clears the new table,
 * and rereading it drops any partitions the kernel still knew about.
 */
static int
reset_empty (void)
{
  char **parts;
  int ok = 0;

  if (reset_none () == -1
      || reset_failed (guestfs_part_init (g, "/dev/sda", "mbr"), "empty",
                       "part_init /dev/sda mbr")
      || reset_failed (guestfs_zero (g, "/dev/sda"), "empty", "zero /dev/sda")
      || reset_failed (guestfs_blockdev_rereadpt (g, "/dev/sda"), "empty",
                       "blockdev_rereadpt /dev/sda"))
    return -1;
  parts = guestfs_list_partitions (g);
  if (parts == NULL)
    {
      diag ("reset to \"empty\": list_partitions failed: %s", last_error ());
      return -1;
    }
  for (size_t i = 0; parts[i]; ++i)
    {
      if (strncmp (parts[i], "/dev/sda", 8) == 0)
        {
          diag ("reset to \"empty\": %s is still there", parts[i]);
          ok = -1;
        }
    }
  free_strings (parts);
  return ok;
}

static int
reset_scratchfs (void)
{
  if (reset_none () == -1
      || reset_failed (guestfs_mount (g, "/dev/sdb1", "/"), "scratchfs",
                       "mount /dev/sdb1 /"))
    return -1;
  return 0;
}

static int
reset_basicfs (void)
{
  if (reset_none () == -1
      || reset_failed (guestfs_part_disk (g, "/dev/sda", "mbr"), "basicfs",
                       "part_disk /dev/sda mbr")
      || reset_failed (guestfs_mkfs (g, "ext2", "/dev/sda1"), "basicfs",
                       "mkfs ext2 /dev/sda1")
      || reset_failed (guestfs_mount (g, "/dev/sda1", "/"), "basicfs",
                       "mount /dev/sda1 /"))
    return -1;
  return 0;
}

/* The "scratchfs" filesystem is made once; tests keep to their own
 * paths on it.
 */
static void
prepare_scratchfs (void)
{
  if (guestfs_part_disk (g, "/dev/sdb", "mbr") == -1
      || guestfs_mkfs (g, "ext4", "/dev/sdb1") == -1)
    printf ("# making the scratchfs filesystem on /dev/sdb failed: %s\n",
            last_error ());
}

static void
timed_out (int sig)
{
  static const char msg[] = "Bail out! test-actions: timed out\n";

  /* Only async-signal-safe calls here. */
  if (qemu_pid > 0)
    kill (qemu_pid, SIGKILL);
  if (write (STDOUT_FILENO, msg, sizeof msg - 1) == -1)
    _exit (2);
  _exit (1);
}

/* ping_daemon_0: ping_daemon -> run
 */
static int
test_ping_daemon_0 (void)
{
  {
    int r = guestfs_ping_daemon (g);
    if (r == -1)
      {
        diag_error ("ping_daemon", 1);
        return -1;
      }
    return 0;
  }
}

/* list_devices_0: list_devices -> [/dev/sda, /dev/sdb]
 */
static int
test_list_devices_0 (void)
{
  {
    char **r = guestfs_list_devices (g);
    if (r == NULL)
      {
        diag_error ("list_devices", 1);
        return -1;
      }
    static const char *const want[] = {
      "/dev/sda",
      "/dev/sdb",
    };
    int ok = check_strings ("list_devices", r, want, 2);
    free_strings (r);
    return ok;
  }
}

/* list_partitions_0: list_partitions -> [/dev/sda1, /dev/sdb1]
 */
static int
test_list_partitions_0 (void)
{
  {
    char **r = guestfs_list_partitions (g);
    if (r == NULL)
      {
        diag_error ("list_partitions", 1);
        return -1;
      }
    static const char *const want[] = {
      "/dev/sda1",
      "/dev/sdb1",
    };
    int ok = check_strings ("list_partitions", r, want, 2);
    free_strings (r);
    return ok;
  }
}

/* list_filesystems_0: list_filesystems -> len 2
 */
static int
test_list_filesystems_0 (void)
{
  {
    char **r = guestfs_list_filesystems (g);
    if (r == NULL)
      {
        diag_error ("list_filesystems", 1);
        return -1;
      }
    int ok = check_int ("list_filesystems", (int64_t)count_strings (r) / 2,
                        INT64_C (2));
    free_strings (r);
    return ok;
  }
}

/* blockdev_getsize64_0: blockdev_getsize64 /dev/sda -> int 536870912
 */
static int
test_blockdev_getsize64_0 (void)
{
  {
    int64_t r = guestfs_blockdev_getsize64 (g, "/dev/sda");
    if (r == -1)
      {
        diag_error ("blockdev_getsize64", 1);
        return -1;
      }
    return check_int ("blockdev_getsize64", r, INT64_C (536870912));
  }
}

/* blockdev_getss_0: blockdev_getss /dev/sda -> int 512
 */
static int
test_blockdev_getss_0 (void)
{
  {
    int r = guestfs_blockdev_getss (g, "/dev/sda");
    if (r == -1)
      {
        diag_error ("blockdev_getss", 1);
        return -1;
      }
    return check_int ("blockdev_getss", r, INT64_C (512));
  }
}

/* part_init_0: part_init /dev/sda gpt; part_get_parttype /dev/sda ->
 * string gpt
 */
static int
test_part_init_0 (void)
{
  {
    int r = guestfs_part_init (g, "/dev/sda", "gpt");
    if (r == -1)
      {
        diag_error ("part_init", 1);
        return -1;
      }
  }
  {
    char *r = guestfs_part_get_parttype (g, "/dev/sda");
    if (r == NULL)
      {
        diag_error ("part_get_parttype", 2);
        return -1;
      }
    int ok = check_buffer ("part_get_parttype", r, strlen (r), "gpt",
                           sizeof "gpt" - 1);
    free (r);
    return ok;
  }
}

/* part_init_1: part_init /dev/sda nosuchtype -> fail
 */
static int
test_part_init_1 (void)
{
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_part_init (g, "/dev/sda", "nosuchtype");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "part_init");
        return -1;
      }
    return check_error_reported ("part_init", errors_before);
  }
}

/* part_add_0: part_init /dev/sda mbr; part_add /dev/sda p 64 204799;
 * part_add /dev/sda p 204800 -1; list_partitions -> [/dev/sda1, /dev/sda2,
 * /dev/sdb1]
 */
static int
test_part_add_0 (void)
{
  {
    int r = guestfs_part_init (g, "/dev/sda", "mbr");
    if (r == -1)
      {
        diag_error ("part_init", 1);
        return -1;
      }
  }
  {
    int r = guestfs_part_add (g, "/dev/sda", "p", INT64_C (64),
                              INT64_C (204799));
    if (r == -1)
      {
        diag_error ("part_add", 2);
        return -1;
      }
  }
  {
    int r = guestfs_part_add (g, "/dev/sda", "p", INT64_C (204800),
                              INT64_C (-1));
    if (r == -1)
      {
        diag_error ("part_add", 3);
        return -1;
      }
  }
  {
    char **r = guestfs_list_partitions (g);
    if (r == NULL)
      {
        diag_error ("list_partitions", 4);
        return -1;
      }
    static const char *const want[] = {
      "/dev/sda1",
      "/dev/sda2",
      "/dev/sdb1",
    };
    int ok = check_strings ("list_partitions", r, want, 3);
    free_strings (r);
    return ok;
  }
}

/* part_add_1: part_init /dev/sda gpt; part_add /dev/sda x 64 1000 -> fail
 */
static int
test_part_add_1 (void)
{
  {
    int r = guestfs_part_init (g, "/dev/sda", "gpt");
    if (r == -1)
      {
        diag_error ("part_init", 1);
        return -1;
      }
  }
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_part_add (g, "/dev/sda", "x", INT64_C (64),
                              INT64_C (1000));
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "part_add");
        return -1;
      }
    return check_error_reported ("part_add", errors_before);
  }
}

/* part_disk_0: part_disk /dev/sda mbr; list_partitions -> [/dev/sda1,
 * /dev/sdb1]
 */
static int
test_part_disk_0 (void)
{
  {
    int r = guestfs_part_disk (g, "/dev/sda", "mbr");
    if (r == -1)
      {
        diag_error ("part_disk", 1);
        return -1;
      }
  }
  {
    char **r = guestfs_list_partitions (g);
    if (r == NULL)
      {
        diag_error ("list_partitions", 2);
        return -1;
      }
    static const char *const want[] = {
      "/dev/sda1",
      "/dev/sdb1",
    };
    int ok = check_strings ("list_partitions", r, want, 2);
    free_strings (r);
    return ok;
  }
}

/* part_list_0: part_disk /dev/sda gpt; part_list /dev/sda -> len 1
 */
static int
test_part_list_0 (void)
{
  {
    int r = guestfs_part_disk (g, "/dev/sda", "gpt");
    if (r == -1)
      {
        diag_error ("part_disk", 1);
        return -1;
      }
  }
  {
    struct guestfs_partition_list *r = guestfs_part_list (g, "/dev/sda");
    if (r == NULL)
      {
        diag_error ("part_list", 2);
        return -1;
      }
    int ok = check_int ("part_list", (int64_t)r->len, INT64_C (1));
    guestfs_free_partition_list (r);
    return ok;
  }
}

/* part_get_parttype_0: part_disk /dev/sda mbr; part_get_parttype /dev/sda
 * -> string msdos
 */
static int
test_part_get_parttype_0 (void)
{
  {
    int r = guestfs_part_disk (g, "/dev/sda", "mbr");
    if (r == -1)
      {
        diag_error ("part_disk", 1);
        return -1;
      }
  }
  {
    char *r = guestfs_part_get_parttype (g, "/dev/sda");
    if (r == NULL)
      {
        diag_error ("part_get_parttype", 2);
        return -1;
      }
    int ok = check_buffer ("part_get_parttype", r, strlen (r), "msdos",
                           sizeof "msdos" - 1);
    free (r);
    return ok;
  }
}

/* mkfs_0: part_disk /dev/sda mbr; mkfs ext4 /dev/sda1 label:TESTLBL;
 * vfs_label /dev/sda1 -> string TESTLBL
 */
static int
test_mkfs_0 (void)
{
  {
    int r = guestfs_part_disk (g, "/dev/sda", "mbr");
    if (r == -1)
      {
        diag_error ("part_disk", 1);
        return -1;
      }
  }
  {
    const struct guestfs_mkfs_opts_argv optargs = {
      .bitmask = GUESTFS_MKFS_OPTS_LABEL_BITMASK,
      .label = "TESTLBL",
    };
    int r = guestfs_mkfs_opts_argv (g, "ext4", "/dev/sda1", &optargs);
    if (r == -1)
      {
        diag_error ("mkfs", 2);
        return -1;
      }
  }
  {
    char *r = guestfs_vfs_label (g, "/dev/sda1");
    if (r == NULL)
      {
        diag_error ("vfs_label", 3);
        return -1;
      }
    int ok = check_buffer ("vfs_label", r, strlen (r), "TESTLBL",
                           sizeof "TESTLBL" - 1);
    free (r);
    return ok;
  }
}

/* mkfs_1: part_disk /dev/sda mbr; mkfs xfs /dev/sda1; vfs_type /dev/sda1
 * -> string xfs
 */
static int
test_mkfs_1 (void)
{
  {
    int r = guestfs_part_disk (g, "/dev/sda", "mbr");
    if (r == -1)
      {
        diag_error ("part_disk", 1);
        return -1;
      }
  }
  {
    int r = guestfs_mkfs (g, "xfs", "/dev/sda1");
    if (r == -1)
      {
        diag_error ("mkfs", 2);
        return -1;
      }
  }
  {
    char *r = guestfs_vfs_type (g, "/dev/sda1");
    if (r == NULL)
      {
        diag_error ("vfs_type", 3);
        return -1;
      }
    int ok = check_buffer ("vfs_type", r, strlen (r), "xfs", sizeof "xfs" - 1);
    free (r);
    return ok;
  }
}

/* mkfs_2: part_disk /dev/sda mbr; mkfs vfat /dev/sda1 blocksize:4096;
 * vfs_type /dev/sda1 -> string vfat
 */
static int
test_mkfs_2 (void)
{
  {
    int r = guestfs_part_disk (g, "/dev/sda", "mbr");
    if (r == -1)
      {
        diag_error ("part_disk", 1);
        return -1;
      }
  }
  {
    const struct guestfs_mkfs_opts_argv optargs = {
      .bitmask = GUESTFS_MKFS_OPTS_BLOCKSIZE_BITMASK,
      .blocksize = 4096,
    };
    int r = guestfs_mkfs_opts_argv (g, "vfat", "/dev/sda1", &optargs);
    if (r == -1)
      {
        diag_error ("mkfs", 2);
        return -1;
      }
  }
  {
    char *r = guestfs_vfs_type (g, "/dev/sda1");
    if (r == NULL)
      {
        diag_error ("vfs_type", 3);
        return -1;
      }
    int ok = check_buffer ("vfs_type", r, strlen (r), "vfat",
                           sizeof "vfat" - 1);
    free (r);
    return ok;
  }
}

/* mkfs_3: mkfs nosuchfs /dev/sda -> fail
 */
static int
test_mkfs_3 (void)
{
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_mkfs (g, "nosuchfs", "/dev/sda");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "mkfs");
        return -1;
      }
    return check_error_reported ("mkfs", errors_before);
  }
}

/* mount_0: umount /; mount /dev/sda1 /; mounts -> [/dev/sda1]
 */
static int
test_mount_0 (void)
{
  {
    int r = guestfs_umount (g, "/");
    if (r == -1)
      {
        diag_error ("umount", 1);
        return -1;
      }
  }
  {
    int r = guestfs_mount (g, "/dev/sda1", "/");
    if (r == -1)
      {
        diag_error ("mount", 2);
        return -1;
      }
  }
  {
    char **r = guestfs_mounts (g);
    if (r == NULL)
      {
        diag_error ("mounts", 3);
        return -1;
      }
    static const char *const want[] = {
      "/dev/sda1",
    };
    int ok = check_strings ("mounts", r, want, 1);
    free_strings (r);
    return ok;
  }
}

/* mount_ro_0: umount /; mount_ro /dev/sda1 /; touch /new -> fail
 */
static int
test_mount_ro_0 (void)
{
  {
    int r = guestfs_umount (g, "/");
    if (r == -1)
      {
        diag_error ("umount", 1);
        return -1;
      }
  }
  {
    int r = guestfs_mount_ro (g, "/dev/sda1", "/");
    if (r == -1)
      {
        diag_error ("mount_ro", 2);
        return -1;
      }
  }
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_touch (g, "/new");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "touch");
        return -1;
      }
    return check_error_reported ("touch", errors_before);
  }
}

/* mount_options_0: umount /; mount_options ro,noatime /dev/sda1 /; touch
 * /new -> fail
 */
static int
test_mount_options_0 (void)
{
  {
    int r = guestfs_umount (g, "/");
    if (r == -1)
      {
        diag_error ("umount", 1);
        return -1;
      }
  }
  {
    int r = guestfs_mount_options (g, "ro,noatime", "/dev/sda1", "/");
    if (r == -1)
      {
        diag_error ("mount_options", 2);
        return -1;
      }
  }
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_touch (g, "/new");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "touch");
        return -1;
      }
    return check_error_reported ("touch", errors_before);
  }
}

/* umount_0: umount /; mounts -> []
 */
static int
test_umount_0 (void)
{
  {
    int r = guestfs_umount (g, "/");
    if (r == -1)
      {
        diag_error ("umount", 1);
        return -1;
      }
  }
  {
    char **r = guestfs_mounts (g);
    if (r == NULL)
      {
        diag_error ("mounts", 2);
        return -1;
      }
    int ok = check_strings ("mounts", r, NULL, 0);
    free_strings (r);
    return ok;
  }
}

/* umount_1: umount /nosuchdir -> fail
 */
static int
test_umount_1 (void)
{
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_umount (g, "/nosuchdir");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "umount");
        return -1;
      }
    return check_error_reported ("umount", errors_before);
  }
}

/* umount_all_0: umount_all; mounts -> []
 */
static int
test_umount_all_0 (void)
{
  {
    int r = guestfs_umount_all (g);
    if (r == -1)
      {
        diag_error ("umount_all", 1);
        return -1;
      }
  }
  {
    char **r = guestfs_mounts (g);
    if (r == NULL)
      {
        diag_error ("mounts", 2);
        return -1;
      }
    int ok = check_strings ("mounts", r, NULL, 0);
    free_strings (r);
    return ok;
  }
}

/* mounts_0: mounts -> [/dev/sda1]
 */
static int
test_mounts_0 (void)
{
  {
    char **r = guestfs_mounts (g);
    if (r == NULL)
      {
        diag_error ("mounts", 1);
        return -1;
      }
    static const char *const want[] = {
      "/dev/sda1",
    };
    int ok = check_strings ("mounts", r, want, 1);
    free_strings (r);
    return ok;
  }
}

/* sync_0: sync -> run
 */
static int
test_sync_0 (void)
{
  {
    int r = guestfs_sync (g);
    if (r == -1)
      {
        diag_error ("sync", 1);
        return -1;
      }
    return 0;
  }
}

/* touch_0: touch /touch; exists /touch -> true
 */
static int
test_touch_0 (void)
{
  {
    int r = guestfs_touch (g, "/touch");
    if (r == -1)
      {
        diag_error ("touch", 1);
        return -1;
      }
  }
  {
    int r = guestfs_exists (g, "/touch");
    if (r == -1)
      {
        diag_error ("exists", 2);
        return -1;
      }
    return check_int ("exists", r, 1);
  }
}

/* touch_1: touch /nosuchdir/x -> fail
 */
static int
test_touch_1 (void)
{
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_touch (g, "/nosuchdir/x");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "touch");
        return -1;
      }
    return check_error_reported ("touch", errors_before);
  }
}

/* mkdir_0: mkdir /mkdir; is_dir /mkdir -> true
 */
static int
test_mkdir_0 (void)
{
  {
    int r = guestfs_mkdir (g, "/mkdir");
    if (r == -1)
      {
        diag_error ("mkdir", 1);
        return -1;
      }
  }
  {
    int r = guestfs_is_dir (g, "/mkdir");
    if (r == -1)
      {
        diag_error ("is_dir", 2);
        return -1;
      }
    return check_int ("is_dir", r, 1);
  }
}

/* mkdir_1: mkdir /mkdir2/a/b -> fail
 */
static int
test_mkdir_1 (void)
{
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_mkdir (g, "/mkdir2/a/b");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "mkdir");
        return -1;
      }
    return check_error_reported ("mkdir", errors_before);
  }
}

/* mkdir_p_0: mkdir_p /mkdir_p/a/b; mkdir_p /mkdir_p/a/b; is_dir
 * /mkdir_p/a/b -> true
 */
static int
test_mkdir_p_0 (void)
{
  {
    int r = guestfs_mkdir_p (g, "/mkdir_p/a/b");
    if (r == -1)
      {
        diag_error ("mkdir_p", 1);
        return -1;
      }
  }
  {
    int r = guestfs_mkdir_p (g, "/mkdir_p/a/b");
    if (r == -1)
      {
        diag_error ("mkdir_p", 2);
        return -1;
      }
  }
  {
    int r = guestfs_is_dir (g, "/mkdir_p/a/b");
    if (r == -1)
      {
        diag_error ("is_dir", 3);
        return -1;
      }
    return check_int ("is_dir", r, 1);
  }
}

/* rmdir_0: mkdir /rmdir; rmdir /rmdir; exists /rmdir -> false
 */
static int
test_rmdir_0 (void)
{
  {
    int r = guestfs_mkdir (g, "/rmdir");
    if (r == -1)
      {
        diag_error ("mkdir", 1);
        return -1;
      }
  }
  {
    int r = guestfs_rmdir (g, "/rmdir");
    if (r == -1)
      {
        diag_error ("rmdir", 2);
        return -1;
      }
  }
  {
    int r = guestfs_exists (g, "/rmdir");
    if (r == -1)
      {
        diag_error ("exists", 3);
        return -1;
      }
    return check_int ("exists", r, 0);
  }
}

/* rmdir_1: rmdir /rmdir-none -> fail
 */
static int
test_rmdir_1 (void)
{
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_rmdir (g, "/rmdir-none");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "rmdir");
        return -1;
      }
    return check_error_reported ("rmdir", errors_before);
  }
}

/* rm_0: touch /rm; rm /rm; exists /rm -> false
 */
static int
test_rm_0 (void)
{
  {
    int r = guestfs_touch (g, "/rm");
    if (r == -1)
      {
        diag_error ("touch", 1);
        return -1;
      }
  }
  {
    int r = guestfs_rm (g, "/rm");
    if (r == -1)
      {
        diag_error ("rm", 2);
        return -1;
      }
  }
  {
    int r = guestfs_exists (g, "/rm");
    if (r == -1)
      {
        diag_error ("exists", 3);
        return -1;
      }
    return check_int ("exists", r, 0);
  }
}

/* rm_1: rm /rm-none -> fail
 */
static int
test_rm_1 (void)
{
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_rm (g, "/rm-none");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "rm");
        return -1;
      }
    return check_error_reported ("rm", errors_before);
  }
}

/* rm_rf_0: mkdir_p /rm_rf/a/b; touch /rm_rf/a/b/c; rm_rf /rm_rf; exists
 * /rm_rf -> false
 */
static int
test_rm_rf_0 (void)
{
  {
    int r = guestfs_mkdir_p (g, "/rm_rf/a/b");
    if (r == -1)
      {
        diag_error ("mkdir_p", 1);
        return -1;
      }
  }
  {
    int r = guestfs_touch (g, "/rm_rf/a/b/c");
    if (r == -1)
      {
        diag_error ("touch", 2);
        return -1;
      }
  }
  {
    int r = guestfs_rm_rf (g, "/rm_rf");
    if (r == -1)
      {
        diag_error ("rm_rf", 3);
        return -1;
      }
  }
  {
    int r = guestfs_exists (g, "/rm_rf");
    if (r == -1)
      {
        diag_error ("exists", 4);
        return -1;
      }
    return check_int ("exists", r, 0);
  }
}

/* rename_0: touch /rename; rename /rename /rename2; exists /rename2 ->
 * true
 */
static int
test_rename_0 (void)
{
  {
    int r = guestfs_touch (g, "/rename");
    if (r == -1)
      {
        diag_error ("touch", 1);
        return -1;
      }
  }
  {
    int r = guestfs_rename (g, "/rename", "/rename2");
    if (r == -1)
      {
        diag_error ("rename", 2);
        return -1;
      }
  }
  {
    int r = guestfs_exists (g, "/rename2");
    if (r == -1)
      {
        diag_error ("exists", 3);
        return -1;
      }
    return check_int ("exists", r, 1);
  }
}

/* cp_0: write /cp hello; cp /cp /cp2; cat /cp2 -> string hello
 */
static int
test_cp_0 (void)
{
  {
    int r = guestfs_write (g, "/cp", "hello", sizeof "hello" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    int r = guestfs_cp (g, "/cp", "/cp2");
    if (r == -1)
      {
        diag_error ("cp", 2);
        return -1;
      }
  }
  {
    char *r = guestfs_cat (g, "/cp2");
    if (r == NULL)
      {
        diag_error ("cat", 3);
        return -1;
      }
    int ok = check_buffer ("cat", r, strlen (r), "hello", sizeof "hello" - 1);
    free (r);
    return ok;
  }
}

/* cp_a_0: mkdir /cp_a; write /cp_a/f x; chmod 0700 /cp_a/f; cp_a /cp_a
 * /cp_a2; stat /cp_a2/f -> {mode: 33216}
 */
static int
test_cp_a_0 (void)
{
  {
    int r = guestfs_mkdir (g, "/cp_a");
    if (r == -1)
      {
        diag_error ("mkdir", 1);
        return -1;
      }
  }
  {
    int r = guestfs_write (g, "/cp_a/f", "x", sizeof "x" - 1);
    if (r == -1)
      {
        diag_error ("write", 2);
        return -1;
      }
  }
  {
    int r = guestfs_chmod (g, 0700, "/cp_a/f");
    if (r == -1)
      {
        diag_error ("chmod", 3);
        return -1;
      }
  }
  {
    int r = guestfs_cp_a (g, "/cp_a", "/cp_a2");
    if (r == -1)
      {
        diag_error ("cp_a", 4);
        return -1;
      }
  }
  {
    struct guestfs_stat *r = guestfs_stat (g, "/cp_a2/f");
    if (r == NULL)
      {
        diag_error ("stat", 5);
        return -1;
      }
    int ok = 0;
    if (check_int ("stat: mode", (int64_t)r->mode, INT64_C (33216)) == -1)
      ok = -1;
    guestfs_free_stat (r);
    return ok;
  }
}

/* mv_0: write /mv z; mv /mv /mv2; cat /mv2 -> string z
 */
static int
test_mv_0 (void)
{
  {
    int r = guestfs_write (g, "/mv", "z", sizeof "z" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    int r = guestfs_mv (g, "/mv", "/mv2");
    if (r == -1)
      {
        diag_error ("mv", 2);
        return -1;
      }
  }
  {
    char *r = guestfs_cat (g, "/mv2");
    if (r == NULL)
      {
        diag_error ("cat", 3);
        return -1;
      }
    int ok = check_buffer ("cat", r, strlen (r), "z", sizeof "z" - 1);
    free (r);
    return ok;
  }
}

/* ln_s_0: ln_s target /ln_s; readlink /ln_s -> string target
 */
static int
test_ln_s_0 (void)
{
  {
    int r = guestfs_ln_s (g, "target", "/ln_s");
    if (r == -1)
      {
        diag_error ("ln_s", 1);
        return -1;
      }
  }
  {
    char *r = guestfs_readlink (g, "/ln_s");
    if (r == NULL)
      {
        diag_error ("readlink", 2);
        return -1;
      }
    int ok = check_buffer ("readlink", r, strlen (r), "target",
                           sizeof "target" - 1);
    free (r);
    return ok;
  }
}

/* readlink_0: touch /readlink; readlink /readlink -> fail
 */
static int
test_readlink_0 (void)
{
  {
    int r = guestfs_touch (g, "/readlink");
    if (r == -1)
      {
        diag_error ("touch", 1);
        return -1;
      }
  }
  {
    unsigned errors_before = errors_seen;
    char *r = guestfs_readlink (g, "/readlink");
    if (!(r == NULL))
      {
        diag ("%s: succeeded, but it should fail", "readlink");
        free (r);
        return -1;
      }
    return check_error_reported ("readlink", errors_before);
  }
}

/* chmod_0: touch /chmod; chmod 0640 /chmod; stat /chmod -> {mode: 33184}
 */
static int
test_chmod_0 (void)
{
  {
    int r = guestfs_touch (g, "/chmod");
    if (r == -1)
      {
        diag_error ("touch", 1);
        return -1;
      }
  }
  {
    int r = guestfs_chmod (g, 0640, "/chmod");
    if (r == -1)
      {
        diag_error ("chmod", 2);
        return -1;
      }
  }
  {
    struct guestfs_stat *r = guestfs_stat (g, "/chmod");
    if (r == NULL)
      {
        diag_error ("stat", 3);
        return -1;
      }
    int ok = 0;
    if (check_int ("stat: mode", (int64_t)r->mode, INT64_C (33184)) == -1)
      ok = -1;
    guestfs_free_stat (r);
    return ok;
  }
}

/* chown_0: touch /chown; chown 10 11 /chown; stat /chown -> {gid: 11, uid:
 * 10}
 */
static int
test_chown_0 (void)
{
  {
    int r = guestfs_touch (g, "/chown");
    if (r == -1)
      {
        diag_error ("touch", 1);
        return -1;
      }
  }
  {
    int r = guestfs_chown (g, 10, 11, "/chown");
    if (r == -1)
      {
        diag_error ("chown", 2);
        return -1;
      }
  }
  {
    struct guestfs_stat *r = guestfs_stat (g, "/chown");
    if (r == NULL)
      {
        diag_error ("stat", 3);
        return -1;
      }
    int ok = 0;
    if (check_int ("stat: gid", (int64_t)r->gid, INT64_C (11)) == -1)
      ok = -1;
    if (check_int ("stat: uid", (int64_t)r->uid, INT64_C (10)) == -1)
      ok = -1;
    guestfs_free_stat (r);
    return ok;
  }
}

/* write_0: write /write abc; filesize /write -> int 3
 */
static int
test_write_0 (void)
{
  {
    int r = guestfs_write (g, "/write", "abc", sizeof "abc" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    int64_t r = guestfs_filesize (g, "/write");
    if (r == -1)
      {
        diag_error ("filesize", 2);
        return -1;
      }
    return check_int ("filesize", r, INT64_C (3));
  }
}

/* write_1: write /write-empty ""; filesize /write-empty -> int 0
 */
static int
test_write_1 (void)
{
  {
    int r = guestfs_write (g, "/write-empty", "", sizeof "" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    int64_t r = guestfs_filesize (g, "/write-empty");
    if (r == -1)
      {
        diag_error ("filesize", 2);
        return -1;
      }
    return check_int ("filesize", r, INT64_C (0));
  }
}

/* write_append_0: write /write_append ab; write_append /write_append cd;
 * cat /write_append -> string abcd
 */
static int
test_write_append_0 (void)
{
  {
    int r = guestfs_write (g, "/write_append", "ab", sizeof "ab" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    int r = guestfs_write_append (g, "/write_append", "cd", sizeof "cd" - 1);
    if (r == -1)
      {
        diag_error ("write_append", 2);
        return -1;
      }
  }
  {
    char *r = guestfs_cat (g, "/write_append");
    if (r == NULL)
      {
        diag_error ("cat", 3);
        return -1;
      }
    int ok = check_buffer ("cat", r, strlen (r), "abcd", sizeof "abcd" - 1);
    free (r);
    return ok;
  }
}

/* read_file_0: write /read_file "..."; read_file /read_file -> string
 * "..."
 */
static int
test_read_file_0 (void)
{
  {
    int r = guestfs_write (g, "/read_file", "a\0b", sizeof "a\0b" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    size_t size;
    char *r = guestfs_read_file (g, "/read_file", &size);
    if (r == NULL)
      {
        diag_error ("read_file", 2);
        return -1;
      }
    int ok = check_buffer ("read_file", r, size, "a\0b", sizeof "a\0b" - 1);
    free (r);
    return ok;
  }
}

/* cat_0: write /cat "..."; cat /cat -> string "..."
 */
static int
test_cat_0 (void)
{
  {
    int r = guestfs_write (g, "/cat", "hello\nworld\n",
                           sizeof "hello\nworld\n" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    char *r = guestfs_cat (g, "/cat");
    if (r == NULL)
      {
        diag_error ("cat", 2);
        return -1;
      }
    int ok = check_buffer ("cat", r, strlen (r), "hello\nworld\n",
                           sizeof "hello\nworld\n" - 1);
    free (r);
    return ok;
  }
}

/* cat_1: cat /cat-none -> fail
 */
static int
test_cat_1 (void)
{
  {
    unsigned errors_before = errors_seen;
    char *r = guestfs_cat (g, "/cat-none");
    if (!(r == NULL))
      {
        diag ("%s: succeeded, but it should fail", "cat");
        free (r);
        return -1;
      }
    return check_error_reported ("cat", errors_before);
  }
}

/* head_0: write /head "..."; head /head -> len 10
 */
static int
test_head_0 (void)
{
  {
    int r = guestfs_write (g, "/head",
                           "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n",
                           sizeof "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    char **r = guestfs_head (g, "/head");
    if (r == NULL)
      {
        diag_error ("head", 2);
        return -1;
      }
    int ok = check_int ("head", (int64_t)count_strings (r), INT64_C (10));
    free_strings (r);
    return ok;
  }
}

/* tail_0: write /tail "..."; tail /tail -> [10, 11, 12, 13, 14, 15, 16,
 * 17, 18, 19]
 */
static int
test_tail_0 (void)
{
  {
    int r = guestfs_write (g, "/tail",
                           "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n",
                           sizeof "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    char **r = guestfs_tail (g, "/tail");
    if (r == NULL)
      {
        diag_error ("tail", 2);
        return -1;
      }
    static const char *const want[] = {
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
      "16",
      "17",
      "18",
      "19",
    };
    int ok = check_strings ("tail", r, want, 10);
    free_strings (r);
    return ok;
  }
}

/* read_lines_0: write /read_lines "..."; read_lines /read_lines -> [a, b,
 * c]
 */
static int
test_read_lines_0 (void)
{
  {
    int r = guestfs_write (g, "/read_lines", "a\nb\r\nc",
                           sizeof "a\nb\r\nc" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    char **r = guestfs_read_lines (g, "/read_lines");
    if (r == NULL)
      {
        diag_error ("read_lines", 2);
        return -1;
      }
    static const char *const want[] = {
      "a",
      "b",
      "c",
    };
    int ok = check_strings ("read_lines", r, want, 3);
    free_strings (r);
    return ok;
  }
}

/* upload_0: upload /etc/hostname /upload; exists /upload -> true
 */
static int
test_upload_0 (void)
{
  {
    int r = guestfs_upload (g, "/etc/hostname", "/upload");
    if (r == -1)
      {
        diag_error ("upload", 1);
        return -1;
      }
  }
  {
    int r = guestfs_exists (g, "/upload");
    if (r == -1)
      {
        diag_error ("exists", 2);
        return -1;
      }
    return check_int ("exists", r, 1);
  }
}

/* download_0: download /nosuchfile /dev/null -> fail
 */
static int
test_download_0 (void)
{
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_download (g, "/nosuchfile", "/dev/null");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "download");
        return -1;
      }
    return check_error_reported ("download", errors_before);
  }
}

/* tar_in_0: mkdir /tar_in; tar_in /dev/null /tar_in -> fail
 */
static int
test_tar_in_0 (void)
{
  {
    int r = guestfs_mkdir (g, "/tar_in");
    if (r == -1)
      {
        diag_error ("mkdir", 1);
        return -1;
      }
  }
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_tar_in (g, "/dev/null", "/tar_in");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "tar_in");
        return -1;
      }
    return check_error_reported ("tar_in", errors_before);
  }
}

/* tar_in_1: mkdir /tar_in2; tar_in /dev/null /tar_in2 compress:nosuch ->
 * fail
 */
static int
test_tar_in_1 (void)
{
  {
    int r = guestfs_mkdir (g, "/tar_in2");
    if (r == -1)
      {
        diag_error ("mkdir", 1);
        return -1;
      }
  }
  {
    const struct guestfs_tar_in_opts_argv optargs = {
      .bitmask = GUESTFS_TAR_IN_OPTS_COMPRESS_BITMASK,
      .compress = "nosuch",
    };
    unsigned errors_before = errors_seen;
    int r = guestfs_tar_in_opts_argv (g, "/dev/null", "/tar_in2", &optargs);
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "tar_in");
        return -1;
      }
    return check_error_reported ("tar_in", errors_before);
  }
}

/* tar_out_0: mkdir_p /tar_out/d; write /tar_out/d/f x; tar_out /tar_out
 * /dev/null compress:gzip excludes:./d/f -> run
 */
static int
test_tar_out_0 (void)
{
  {
    int r = guestfs_mkdir_p (g, "/tar_out/d");
    if (r == -1)
      {
        diag_error ("mkdir_p", 1);
        return -1;
      }
  }
  {
    int r = guestfs_write (g, "/tar_out/d/f", "x", sizeof "x" - 1);
    if (r == -1)
      {
        diag_error ("write", 2);
        return -1;
      }
  }
  {
    const struct guestfs_tar_out_opts_argv optargs = {
      .bitmask = GUESTFS_TAR_OUT_OPTS_COMPRESS_BITMASK
                 | GUESTFS_TAR_OUT_OPTS_EXCLUDES_BITMASK,
      .compress = "gzip",
      .excludes = (char *const[]) { "./d/f", NULL },
    };
    int r = guestfs_tar_out_opts_argv (g, "/tar_out", "/dev/null", &optargs);
    if (r == -1)
      {
        diag_error ("tar_out", 3);
        return -1;
      }
    return 0;
  }
}

/* tar_out_1: tar_out /tar_out-none /dev/null -> fail
 */
static int
test_tar_out_1 (void)
{
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_tar_out (g, "/tar_out-none", "/dev/null");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "tar_out");
        return -1;
      }
    return check_error_reported ("tar_out", errors_before);
  }
}

/* ls_0: mkdir /ls; touch /ls/b; touch /ls/a; ls /ls -> [a, b]
 */
static int
test_ls_0 (void)
{
  {
    int r = guestfs_mkdir (g, "/ls");
    if (r == -1)
      {
        diag_error ("mkdir", 1);
        return -1;
      }
  }
  {
    int r = guestfs_touch (g, "/ls/b");
    if (r == -1)
      {
        diag_error ("touch", 2);
        return -1;
      }
  }
  {
    int r = guestfs_touch (g, "/ls/a");
    if (r == -1)
      {
        diag_error ("touch", 3);
        return -1;
      }
  }
  {
    char **r = guestfs_ls (g, "/ls");
    if (r == NULL)
      {
        diag_error ("ls", 4);
        return -1;
      }
    static const char *const want[] = {
      "a",
      "b",
    };
    int ok = check_strings ("ls", r, want, 2);
    free_strings (r);
    return ok;
  }
}

/* ll_0: mkdir /ll; touch /ll/zzz; ll /ll -> contains zzz
 */
static int
test_ll_0 (void)
{
  {
    int r = guestfs_mkdir (g, "/ll");
    if (r == -1)
      {
        diag_error ("mkdir", 1);
        return -1;
      }
  }
  {
    int r = guestfs_touch (g, "/ll/zzz");
    if (r == -1)
      {
        diag_error ("touch", 2);
        return -1;
      }
  }
  {
    char *r = guestfs_ll (g, "/ll");
    if (r == NULL)
      {
        diag_error ("ll", 3);
        return -1;
      }
    int ok = check_contains ("ll", r, strlen (r), "zzz", sizeof "zzz" - 1);
    free (r);
    return ok;
  }
}

/* readdir_0: mkdir /readdir; touch /readdir/f; readdir /readdir -> len 3
 */
static int
test_readdir_0 (void)
{
  {
    int r = guestfs_mkdir (g, "/readdir");
    if (r == -1)
      {
        diag_error ("mkdir", 1);
        return -1;
      }
  }
  {
    int r = guestfs_touch (g, "/readdir/f");
    if (r == -1)
      {
        diag_error ("touch", 2);
        return -1;
      }
  }
  {
    struct guestfs_dirent_list *r = guestfs_readdir (g, "/readdir");
    if (r == NULL)
      {
        diag_error ("readdir", 3);
        return -1;
      }
    int ok = check_int ("readdir", (int64_t)r->len, INT64_C (3));
    guestfs_free_dirent_list (r);
    return ok;
  }
}

/* stat_0: write /stat 12345; stat /stat -> {size: 5}
 */
static int
test_stat_0 (void)
{
  {
    int r = guestfs_write (g, "/stat", "12345", sizeof "12345" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    struct guestfs_stat *r = guestfs_stat (g, "/stat");
    if (r == NULL)
      {
        diag_error ("stat", 2);
        return -1;
      }
    int ok = 0;
    if (check_int ("stat: size", (int64_t)r->size, INT64_C (5)) == -1)
      ok = -1;
    guestfs_free_stat (r);
    return ok;
  }
}

/* lstat_0: ln_s abc /lstat; lstat /lstat -> {size: 3}
 */
static int
test_lstat_0 (void)
{
  {
    int r = guestfs_ln_s (g, "abc", "/lstat");
    if (r == -1)
      {
        diag_error ("ln_s", 1);
        return -1;
      }
  }
  {
    struct guestfs_stat *r = guestfs_lstat (g, "/lstat");
    if (r == NULL)
      {
        diag_error ("lstat", 2);
        return -1;
      }
    int ok = 0;
    if (check_int ("lstat: size", (int64_t)r->size, INT64_C (3)) == -1)
      ok = -1;
    guestfs_free_stat (r);
    return ok;
  }
}

/* statns_0: write /statns 12345; statns /statns -> {st_size: 5}
 */
static int
test_statns_0 (void)
{
  {
    int r = guestfs_write (g, "/statns", "12345", sizeof "12345" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    struct guestfs_statns *r = guestfs_statns (g, "/statns");
    if (r == NULL)
      {
        diag_error ("statns", 2);
        return -1;
      }
    int ok = 0;
    if (check_int ("statns: st_size", (int64_t)r->st_size, INT64_C (5)) == -1)
      ok = -1;
    guestfs_free_statns (r);
    return ok;
  }
}

/* lstatns_0: ln_s abcd /lstatns; lstatns /lstatns -> {st_size: 4}
 */
static int
test_lstatns_0 (void)
{
  {
    int r = guestfs_ln_s (g, "abcd", "/lstatns");
    if (r == -1)
      {
        diag_error ("ln_s", 1);
        return -1;
      }
  }
  {
    struct guestfs_statns *r = guestfs_lstatns (g, "/lstatns");
    if (r == NULL)
      {
        diag_error ("lstatns", 2);
        return -1;
      }
    int ok = 0;
    if (check_int ("lstatns: st_size", (int64_t)r->st_size, INT64_C (4)) == -1)
      ok = -1;
    guestfs_free_statns (r);
    return ok;
  }
}

/* exists_0: exists / -> true
 */
static int
test_exists_0 (void)
{
  {
    int r = guestfs_exists (g, "/");
    if (r == -1)
      {
        diag_error ("exists", 1);
        return -1;
      }
    return check_int ("exists", r, 1);
  }
}

/* exists_1: exists /exists-none -> false
 */
static int
test_exists_1 (void)
{
  {
    int r = guestfs_exists (g, "/exists-none");
    if (r == -1)
      {
        diag_error ("exists", 1);
        return -1;
      }
    return check_int ("exists", r, 0);
  }
}

/* is_file_0: touch /is_file; is_file /is_file -> true
 */
static int
test_is_file_0 (void)
{
  {
    int r = guestfs_touch (g, "/is_file");
    if (r == -1)
      {
        diag_error ("touch", 1);
        return -1;
      }
  }
  {
    int r = guestfs_is_file (g, "/is_file");
    if (r == -1)
      {
        diag_error ("is_file", 2);
        return -1;
      }
    return check_int ("is_file", r, 1);
  }
}

/* is_file_1: is_file / -> false
 */
static int
test_is_file_1 (void)
{
  {
    int r = guestfs_is_file (g, "/");
    if (r == -1)
      {
        diag_error ("is_file", 1);
        return -1;
      }
    return check_int ("is_file", r, 0);
  }
}

/* is_dir_0: is_dir / -> true
 */
static int
test_is_dir_0 (void)
{
  {
    int r = guestfs_is_dir (g, "/");
    if (r == -1)
      {
        diag_error ("is_dir", 1);
        return -1;
      }
    return check_int ("is_dir", r, 1);
  }
}

/* is_symlink_0: ln_s x /is_symlink; is_symlink /is_symlink -> true
 */
static int
test_is_symlink_0 (void)
{
  {
    int r = guestfs_ln_s (g, "x", "/is_symlink");
    if (r == -1)
      {
        diag_error ("ln_s", 1);
        return -1;
      }
  }
  {
    int r = guestfs_is_symlink (g, "/is_symlink");
    if (r == -1)
      {
        diag_error ("is_symlink", 2);
        return -1;
      }
    return check_int ("is_symlink", r, 1);
  }
}

/* filesize_0: fill 0 1000 /filesize; filesize /filesize -> int 1000
 */
static int
test_filesize_0 (void)
{
  {
    int r = guestfs_fill (g, 0, 1000, "/filesize");
    if (r == -1)
      {
        diag_error ("fill", 1);
        return -1;
      }
  }
  {
    int64_t r = guestfs_filesize (g, "/filesize");
    if (r == -1)
      {
        diag_error ("filesize", 2);
        return -1;
      }
    return check_int ("filesize", r, INT64_C (1000));
  }
}

/* df_0: df -> contains /sysroot
 */
static int
test_df_0 (void)
{
  {
    char *r = guestfs_df (g);
    if (r == NULL)
      {
        diag_error ("df", 1);
        return -1;
      }
    int ok = check_contains ("df", r, strlen (r), "/sysroot",
                             sizeof "/sysroot" - 1);
    free (r);
    return ok;
  }
}

/* statvfs_0: statvfs / -> {namemax: 255}
 */
static int
test_statvfs_0 (void)
{
  {
    struct guestfs_statvfs *r = guestfs_statvfs (g, "/");
    if (r == NULL)
      {
        diag_error ("statvfs", 1);
        return -1;
      }
    int ok = 0;
    if (check_int ("statvfs: namemax", (int64_t)r->namemax,
                   INT64_C (255)) == -1)
      ok = -1;
    guestfs_free_statvfs (r);
    return ok;
  }
}

/* vfs_type_0: vfs_type /dev/sda1 -> string ext2
 */
static int
test_vfs_type_0 (void)
{
  {
    char *r = guestfs_vfs_type (g, "/dev/sda1");
    if (r == NULL)
      {
        diag_error ("vfs_type", 1);
        return -1;
      }
    int ok = check_buffer ("vfs_type", r, strlen (r), "ext2",
                           sizeof "ext2" - 1);
    free (r);
    return ok;
  }
}

/* vfs_label_0: vfs_label /dev/sda1 -> string ""
 */
static int
test_vfs_label_0 (void)
{
  {
    char *r = guestfs_vfs_label (g, "/dev/sda1");
    if (r == NULL)
      {
        diag_error ("vfs_label", 1);
        return -1;
      }
    int ok = check_buffer ("vfs_label", r, strlen (r), "", sizeof "" - 1);
    free (r);
    return ok;
  }
}

/* vfs_uuid_0: vfs_uuid /dev/sda1 -> len 36
 */
static int
test_vfs_uuid_0 (void)
{
  {
    char *r = guestfs_vfs_uuid (g, "/dev/sda1");
    if (r == NULL)
      {
        diag_error ("vfs_uuid", 1);
        return -1;
      }
    int ok = check_int ("vfs_uuid", (int64_t)strlen (r), INT64_C (36));
    free (r);
    return ok;
  }
}

/* set_label_0: set_label /dev/sda1 newlabel; vfs_label /dev/sda1 -> string
 * newlabel
 */
static int
test_set_label_0 (void)
{
  {
    int r = guestfs_set_label (g, "/dev/sda1", "newlabel");
    if (r == -1)
      {
        diag_error ("set_label", 1);
        return -1;
      }
  }
  {
    char *r = guestfs_vfs_label (g, "/dev/sda1");
    if (r == NULL)
      {
        diag_error ("vfs_label", 2);
        return -1;
      }
    int ok = check_buffer ("vfs_label", r, strlen (r), "newlabel",
                           sizeof "newlabel" - 1);
    free (r);
    return ok;
  }
}

/* set_label_1: part_disk /dev/sda mbr; mkfs vfat /dev/sda1; set_label
 * /dev/sda1 -R; vfs_label /dev/sda1 -> string -R
 */
static int
test_set_label_1 (void)
{
  {
    int r = guestfs_part_disk (g, "/dev/sda", "mbr");
    if (r == -1)
      {
        diag_error ("part_disk", 1);
        return -1;
      }
  }
  {
    int r = guestfs_mkfs (g, "vfat", "/dev/sda1");
    if (r == -1)
      {
        diag_error ("mkfs", 2);
        return -1;
      }
  }
  {
    int r = guestfs_set_label (g, "/dev/sda1", "-R");
    if (r == -1)
      {
        diag_error ("set_label", 3);
        return -1;
      }
  }
  {
    char *r = guestfs_vfs_label (g, "/dev/sda1");
    if (r == NULL)
      {
        diag_error ("vfs_label", 4);
        return -1;
      }
    int ok = check_buffer ("vfs_label", r, strlen (r), "-R", sizeof "-R" - 1);
    free (r);
    return ok;
  }
}

/* set_label_2: part_disk /dev/sda mbr; mkfs xfs /dev/sda1; set_label
 * /dev/sda1 xfslabel; vfs_label /dev/sda1 -> string xfslabel
 */
static int
test_set_label_2 (void)
{
  {
    int r = guestfs_part_disk (g, "/dev/sda", "mbr");
    if (r == -1)
      {
        diag_error ("part_disk", 1);
        return -1;
      }
  }
  {
    int r = guestfs_mkfs (g, "xfs", "/dev/sda1");
    if (r == -1)
      {
        diag_error ("mkfs", 2);
        return -1;
      }
  }
  {
    int r = guestfs_set_label (g, "/dev/sda1", "xfslabel");
    if (r == -1)
      {
        diag_error ("set_label", 3);
        return -1;
      }
  }
  {
    char *r = guestfs_vfs_label (g, "/dev/sda1");
    if (r == NULL)
      {
        diag_error ("vfs_label", 4);
        return -1;
      }
    int ok = check_buffer ("vfs_label", r, strlen (r), "xfslabel",
                           sizeof "xfslabel" - 1);
    free (r);
    return ok;
  }
}

/* set_label_3: part_disk /dev/sda mbr; mkfs xfs /dev/sda1; set_label
 * /dev/sda1 "..." -> fail
 */
static int
test_set_label_3 (void)
{
  {
    int r = guestfs_part_disk (g, "/dev/sda", "mbr");
    if (r == -1)
      {
        diag_error ("part_disk", 1);
        return -1;
      }
  }
  {
    int r = guestfs_mkfs (g, "xfs", "/dev/sda1");
    if (r == -1)
      {
        diag_error ("mkfs", 2);
        return -1;
      }
  }
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_set_label (g, "/dev/sda1", "'$(true)'");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "set_label");
        return -1;
      }
    return check_error_reported ("set_label", errors_before);
  }
}

/* set_label_4: part_disk /dev/sda mbr; mkfs xfs /dev/sda1; set_label
 * /dev/sda1 "..." -> fail
 */
static int
test_set_label_4 (void)
{
  {
    int r = guestfs_part_disk (g, "/dev/sda", "mbr");
    if (r == -1)
      {
        diag_error ("part_disk", 1);
        return -1;
      }
  }
  {
    int r = guestfs_mkfs (g, "xfs", "/dev/sda1");
    if (r == -1)
      {
        diag_error ("mkfs", 2);
        return -1;
      }
  }
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_set_label (g, "/dev/sda1", "a b");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "set_label");
        return -1;
      }
    return check_error_reported ("set_label", errors_before);
  }
}

/* set_label_5: part_disk /dev/sda mbr; mkfs xfs /dev/sda1; set_label
 * /dev/sda1 thirteenchars -> fail
 */
static int
test_set_label_5 (void)
{
  {
    int r = guestfs_part_disk (g, "/dev/sda", "mbr");
    if (r == -1)
      {
        diag_error ("part_disk", 1);
        return -1;
      }
  }
  {
    int r = guestfs_mkfs (g, "xfs", "/dev/sda1");
    if (r == -1)
      {
        diag_error ("mkfs", 2);
        return -1;
      }
  }
  {
    unsigned errors_before = errors_seen;
    int r = guestfs_set_label (g, "/dev/sda1", "thirteenchars");
    if (!(r == -1))
      {
        diag ("%s: succeeded, but it should fail", "set_label");
        return -1;
      }
    return check_error_reported ("set_label", errors_before);
  }
}

/* checksum_0: write /checksum abc; checksum md5 /checksum -> string
 * 900150983cd24fb0d6963f7d28e17f72
 */
static int
test_checksum_0 (void)
{
  {
    int r = guestfs_write (g, "/checksum", "abc", sizeof "abc" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    char *r = guestfs_checksum (g, "md5", "/checksum");
    if (r == NULL)
      {
        diag_error ("checksum", 2);
        return -1;
      }
    int ok = check_buffer ("checksum", r, strlen (r),
                           "900150983cd24fb0d6963f7d28e17f72",
                           sizeof "900150983cd24fb0d6963f7d28e17f72" - 1);
    free (r);
    return ok;
  }
}

/* checksum_1: write /checksum2 abc; checksum sha256 /checksum2 -> string
 * "..."
 */
static int
test_checksum_1 (void)
{
  {
    int r = guestfs_write (g, "/checksum2", "abc", sizeof "abc" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    char *r = guestfs_checksum (g, "sha256", "/checksum2");
    if (r == NULL)
      {
        diag_error ("checksum", 2);
        return -1;
      }
    int ok = check_buffer ("checksum", r, strlen (r),
                           "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                           sizeof "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" - 1);
    free (r);
    return ok;
  }
}

/* checksum_2: touch /checksum3; checksum nosuchsum /checksum3 -> fail
 */
static int
test_checksum_2 (void)
{
  {
    int r = guestfs_touch (g, "/checksum3");
    if (r == -1)
      {
        diag_error ("touch", 1);
        return -1;
      }
  }
  {
    unsigned errors_before = errors_seen;
    char *r = guestfs_checksum (g, "nosuchsum", "/checksum3");
    if (!(r == NULL))
      {
        diag ("%s: succeeded, but it should fail", "checksum");
        free (r);
        return -1;
      }
    return check_error_reported ("checksum", errors_before);
  }
}

/* fill_0: fill 65 3 /fill; cat /fill -> string AAA
 */
static int
test_fill_0 (void)
{
  {
    int r = guestfs_fill (g, 65, 3, "/fill");
    if (r == -1)
      {
        diag_error ("fill", 1);
        return -1;
      }
  }
  {
    char *r = guestfs_cat (g, "/fill");
    if (r == NULL)
      {
        diag_error ("cat", 2);
        return -1;
      }
    int ok = check_buffer ("cat", r, strlen (r), "AAA", sizeof "AAA" - 1);
    free (r);
    return ok;
  }
}

/* zero_0: umount /; zero /dev/sda1; vfs_type /dev/sda1 -> string ""
 */
static int
test_zero_0 (void)
{
  {
    int r = guestfs_umount (g, "/");
    if (r == -1)
      {
        diag_error ("umount", 1);
        return -1;
      }
  }
  {
    int r = guestfs_zero (g, "/dev/sda1");
    if (r == -1)
      {
        diag_error ("zero", 2);
        return -1;
      }
  }
  {
    char *r = guestfs_vfs_type (g, "/dev/sda1");
    if (r == NULL)
      {
        diag_error ("vfs_type", 3);
        return -1;
      }
    int ok = check_buffer ("vfs_type", r, strlen (r), "", sizeof "" - 1);
    free (r);
    return ok;
  }
}

/* dd_0: write /dd xyz; dd /dd /dd2; cat /dd2 -> string xyz
 */
static int
test_dd_0 (void)
{
  {
    int r = guestfs_write (g, "/dd", "xyz", sizeof "xyz" - 1);
    if (r == -1)
      {
        diag_error ("write", 1);
        return -1;
      }
  }
  {
    int r = guestfs_dd (g, "/dd", "/dd2");
    if (r == -1)
      {
        diag_error ("dd", 2);
        return -1;
      }
  }
  {
    char *r = guestfs_cat (g, "/dd2");
    if (r == NULL)
      {
        diag_error ("cat", 3);
        return -1;
      }
    int ok = check_buffer ("cat", r, strlen (r), "xyz", sizeof "xyz" - 1);
    free (r);
    return ok;
  }
}

/* command_0: command "" -> fail
 */
static int
test_command_0 (void)
{
  {
    unsigned errors_before = errors_seen;
    char *r = guestfs_command (g, (char *const[]) { NULL });
    if (!(r == NULL))
      {
        diag ("%s: succeeded, but it should fail", "command");
        free (r);
        return -1;
      }
    return check_error_reported ("command", errors_before);
  }
}

/* sh_0: sh true -> fail
 */
static int
test_sh_0 (void)
{
  {
    unsigned errors_before = errors_seen;
    char *r = guestfs_sh (g, "true");
    if (!(r == NULL))
      {
        diag ("%s: succeeded, but it should fail", "sh");
        free (r);
        return -1;
      }
    return check_error_reported ("sh", errors_before);
  }
}

/* debug_0: debug echo "..." -> string "..."
 */
static int
test_debug_0 (void)
{
  {
    char *r = guestfs_debug (g, "echo", (char *const[]) { "a", "b", NULL });
    if (r == NULL)
      {
        diag_error ("debug", 1);
        return -1;
      }
    int ok = check_buffer ("debug", r, strlen (r), "a b", sizeof "a b" - 1);
    free (r);
    return ok;
  }
}

/* debug_1: debug nosuchsubcmd "" -> fail
 */
static int
test_debug_1 (void)
{
  {
    unsigned errors_before = errors_seen;
    char *r = guestfs_debug (g, "nosuchsubcmd", (char *const[]) { NULL });
    if (!(r == NULL))
      {
        diag ("%s: succeeded, but it should fail", "debug");
        free (r);
        return -1;
      }
    return check_error_reported ("debug", errors_before);
  }
}

/* blockdev_rereadpt_0: blockdev_rereadpt /dev/sda -> run
 */
static int
test_blockdev_rereadpt_0 (void)
{
  {
    int r = guestfs_blockdev_rereadpt (g, "/dev/sda");
    if (r == -1)
      {
        diag_error ("blockdev_rereadpt", 1);
        return -1;
      }
    return 0;
  }
}


struct test
{
  const char *name;
  int (*reset) (void);
  int (*run) (void);
  const char *description;
};

static const struct test tests[] = {
  { "ping_daemon_0", reset_none, test_ping_daemon_0,
    "ping_daemon -> run" },
  { "list_devices_0", reset_empty, test_list_devices_0,
    "list_devices -> [/dev/sda, /dev/sdb]" },
  { "list_partitions_0", reset_basicfs, test_list_partitions_0,
    "list_partitions -> [/dev/sda1, /dev/sdb1]" },
  { "list_filesystems_0", reset_basicfs, test_list_filesystems_0,
    "list_filesystems -> len 2" },
  { "blockdev_getsize64_0", reset_empty, test_blockdev_getsize64_0,
    "blockdev_getsize64 /dev/sda -> int 536870912" },
  { "blockdev_getss_0", reset_empty, test_blockdev_getss_0,
    "blockdev_getss /dev/sda -> int 512" },
  { "part_init_0", reset_empty, test_part_init_0,
    "part_init /dev/sda gpt; part_get_parttype /dev/sda -> string gpt" },
  { "part_init_1", reset_empty, test_part_init_1,
    "part_init /dev/sda nosuchtype -> fail" },
  { "part_add_0", reset_empty, test_part_add_0,
    "part_init /dev/sda mbr; part_add /dev/sda p 64 204799; part_add "
    "/dev/sda p 204800 -1; list_partitions -> [/dev/sda1, /dev/sda2, "
    "/dev/sdb1]" },
  { "part_add_1", reset_empty, test_part_add_1,
    "part_init /dev/sda gpt; part_add /dev/sda x 64 1000 -> fail" },
  { "part_disk_0", reset_empty, test_part_disk_0,
    "part_disk /dev/sda mbr; list_partitions -> [/dev/sda1, /dev/sdb1]" },
  { "part_list_0", reset_empty, test_part_list_0,
    "part_disk /dev/sda gpt; part_list /dev/sda -> len 1" },
  { "part_get_parttype_0", reset_empty, test_part_get_parttype_0,
    "part_disk /dev/sda mbr; part_get_parttype /dev/sda -> string msdos" },
  { "mkfs_0", reset_empty, test_mkfs_0,
    "part_disk /dev/sda mbr; mkfs ext4 /dev/sda1 label:TESTLBL; vfs_label "
    "/dev/sda1 -> string TESTLBL" },
  { "mkfs_1", reset_empty, test_mkfs_1,
    "part_disk /dev/sda mbr; mkfs xfs /dev/sda1; vfs_type /dev/sda1 -> "
    "string xfs" },
  { "mkfs_2", reset_empty, test_mkfs_2,
    "part_disk /dev/sda mbr; mkfs vfat /dev/sda1 blocksize:4096; vfs_type "
    "/dev/sda1 -> string vfat" },
  { "mkfs_3", reset_empty, test_mkfs_3,
    "mkfs nosuchfs /dev/sda -> fail" },
  { "mount_0", reset_basicfs, test_mount_0,
    "umount /; mount /dev/sda1 /; mounts -> [/dev/sda1]" },
  { "mount_ro_0", reset_basicfs, test_mount_ro_0,
    "umount /; mount_ro /dev/sda1 /; touch /new -> fail" },
  { "mount_options_0", reset_basicfs, test_mount_options_0,
    "umount /; mount_options ro,noatime /dev/sda1 /; touch /new -> fail" },
  { "umount_0", reset_basicfs, test_umount_0,
    "umount /; mounts -> []" },
  { "umount_1", reset_basicfs, test_umount_1,
    "umount /nosuchdir -> fail" },
  { "umount_all_0", reset_basicfs, test_umount_all_0,
    "umount_all; mounts -> []" },
  { "mounts_0", reset_basicfs, test_mounts_0,
    "mounts -> [/dev/sda1]" },
  { "sync_0", reset_none, test_sync_0,
    "sync -> run" },
  { "touch_0", reset_scratchfs, test_touch_0,
    "touch /touch; exists /touch -> true" },
  { "touch_1", reset_scratchfs, test_touch_1,
    "touch /nosuchdir/x -> fail" },
  { "mkdir_0", reset_scratchfs, test_mkdir_0,
    "mkdir /mkdir; is_dir /mkdir -> true" },
  { "mkdir_1", reset_scratchfs, test_mkdir_1,
    "mkdir /mkdir2/a/b -> fail" },
  { "mkdir_p_0", reset_scratchfs, test_mkdir_p_0,
    "mkdir_p /mkdir_p/a/b; mkdir_p /mkdir_p/a/b; is_dir /mkdir_p/a/b -> true" },
  { "rmdir_0", reset_scratchfs, test_rmdir_0,
    "mkdir /rmdir; rmdir /rmdir; exists /rmdir -> false" },
  { "rmdir_1", reset_scratchfs, test_rmdir_1,
    "rmdir /rmdir-none -> fail" },
  { "rm_0", reset_scratchfs, test_rm_0,
    "touch /rm; rm /rm; exists /rm -> false" },
  { "rm_1", reset_scratchfs, test_rm_1,
    "rm /rm-none -> fail" },
  { "rm_rf_0", reset_scratchfs, test_rm_rf_0,
    "mkdir_p /rm_rf/a/b; touch /rm_rf/a/b/c; rm_rf /rm_rf; exists /rm_rf -> "
    "false" },
  { "rename_0", reset_scratchfs, test_rename_0,
    "touch /rename; rename /rename /rename2; exists /rename2 -> true" },
  { "cp_0", reset_scratchfs, test_cp_0,
    "write /cp hello; cp /cp /cp2; cat /cp2 -> string hello" },
  { "cp_a_0", reset_scratchfs, test_cp_a_0,
    "mkdir /cp_a; write /cp_a/f x; chmod 0700 /cp_a/f; cp_a /cp_a /cp_a2; "
    "stat /cp_a2/f -> {mode: 33216}" },
  { "mv_0", reset_scratchfs, test_mv_0,
    "write /mv z; mv /mv /mv2; cat /mv2 -> string z" },
  { "ln_s_0", reset_scratchfs, test_ln_s_0,
    "ln_s target /ln_s; readlink /ln_s -> string target" },
  { "readlink_0", reset_scratchfs, test_readlink_0,
    "touch /readlink; readlink /readlink -> fail" },
  { "chmod_0", reset_scratchfs, test_chmod_0,
    "touch /chmod; chmod 0640 /chmod; stat /chmod -> {mode: 33184}" },
  { "chown_0", reset_scratchfs, test_chown_0,
    "touch /chown; chown 10 11 /chown; stat /chown -> {gid: 11, uid: 10}" },
  { "write_0", reset_scratchfs, test_write_0,
    "write /write abc; filesize /write -> int 3" },
  { "write_1", reset_scratchfs, test_write_1,
    "write /write-empty \"\"; filesize /write-empty -> int 0" },
  { "write_append_0", reset_scratchfs, test_write_append_0,
    "write /write_append ab; write_append /write_append cd; cat "
    "/write_append -> string abcd" },
  { "read_file_0", reset_scratchfs, test_read_file_0,
    "write /read_file \"...\"; read_file /read_file -> string \"...\"" },
  { "cat_0", reset_scratchfs, test_cat_0,
    "write /cat \"...\"; cat /cat -> string \"...\"" },
  { "cat_1", reset_scratchfs, test_cat_1,
    "cat /cat-none -> fail" },
  { "head_0", reset_scratchfs, test_head_0,
    "write /head \"...\"; head /head -> len 10" },
  { "tail_0", reset_scratchfs, test_tail_0,
    "write /tail \"...\"; tail /tail -> [10, 11, 12, 13, 14, 15, 16, 17, 18, "
    "19]" },
  { "read_lines_0", reset_scratchfs, test_read_lines_0,
    "write /read_lines \"...\"; read_lines /read_lines -> [a, b, c]" },
  { "upload_0", reset_scratchfs, test_upload_0,
    "upload /etc/hostname /upload; exists /upload -> true" },
  { "download_0", reset_scratchfs, test_download_0,
    "download /nosuchfile /dev/null -> fail" },
  { "tar_in_0", reset_scratchfs, test_tar_in_0,
    "mkdir /tar_in; tar_in /dev/null /tar_in -> fail" },
  { "tar_in_1", reset_scratchfs, test_tar_in_1,
    "mkdir /tar_in2; tar_in /dev/null /tar_in2 compress:nosuch -> fail" },
  { "tar_out_0", reset_scratchfs, test_tar_out_0,
    "mkdir_p /tar_out/d; write /tar_out/d/f x; tar_out /tar_out /dev/null "
    "compress:gzip excludes:./d/f -> run" },
  { "tar_out_1", reset_scratchfs, test_tar_out_1,
    "tar_out /tar_out-none /dev/null -> fail" },
  { "ls_0", reset_scratchfs, test_ls_0,
    "mkdir /ls; touch /ls/b; touch /ls/a; ls /ls -> [a, b]" },
  { "ll_0", reset_scratchfs, test_ll_0,
    "mkdir /ll; touch /ll/zzz; ll /ll -> contains zzz" },
  { "readdir_0", reset_scratchfs, test_readdir_0,
    "mkdir /readdir; touch /readdir/f; readdir /readdir -> len 3" },
  { "stat_0", reset_scratchfs, test_stat_0,
    "write /stat 12345; stat /stat -> {size: 5}" },
  { "lstat_0", reset_scratchfs, test_lstat_0,
    "ln_s abc /lstat; lstat /lstat -> {size: 3}" },
  { "statns_0", reset_scratchfs, test_statns_0,
    "write /statns 12345; statns /statns -> {st_size: 5}" },
  { "lstatns_0", reset_scratchfs, test_lstatns_0,
    "ln_s abcd /lstatns; lstatns /lstatns -> {st_size: 4}" },
  { "exists_0", reset_scratchfs, test_exists_0,
    "exists / -> true" },
  { "exists_1", reset_scratchfs, test_exists_1,
    "exists /exists-none -> false" },
  { "is_file_0", reset_scratchfs, test_is_file_0,
    "touch /is_file; is_file /is_file -> true" },
  { "is_file_1", reset_scratchfs, test_is_file_1,
    "is_file / -> false" },
  { "is_dir_0", reset_scratchfs, test_is_dir_0,
    "is_dir / -> true" },
  { "is_symlink_0", reset_scratchfs, test_is_symlink_0,
    "ln_s x /is_symlink; is_symlink /is_symlink -> true" },
  { "filesize_0", reset_scratchfs, test_filesize_0,
    "fill 0 1000 /filesize; filesize /filesize -> int 1000" },
  { "df_0", reset_basicfs, test_df_0,
    "df -> contains /sysroot" },
  { "statvfs_0", reset_basicfs, test_statvfs_0,
    "statvfs / -> {namemax: 255}" },
  { "vfs_type_0", reset_basicfs, test_vfs_type_0,
    "vfs_type /dev/sda1 -> string ext2" },
  { "vfs_label_0", reset_basicfs, test_vfs_label_0,
    "vfs_label /dev/sda1 -> string \"\"" },
  { "vfs_uuid_0", reset_basicfs, test_vfs_uuid_0,
    "vfs_uuid /dev/sda1 -> len 36" },
  { "set_label_0", reset_basicfs, test_set_label_0,
    "set_label /dev/sda1 newlabel; vfs_label /dev/sda1 -> string newlabel" },
  { "set_label_1", reset_empty, test_set_label_1,
    "part_disk /dev/sda mbr; mkfs vfat /dev/sda1; set_label /dev/sda1 -R; "
    "vfs_label /dev/sda1 -> string -R" },
  { "set_label_2", reset_empty, test_set_label_2,
    "part_disk /dev/sda mbr; mkfs xfs /dev/sda1; set_label /dev/sda1 "
    "xfslabel; vfs_label /dev/sda1 -> string xfslabel" },
  { "set_label_3", reset_empty, test_set_label_3,
    "part_disk /dev/sda mbr; mkfs xfs /dev/sda1; set_label /dev/sda1 \"...\" "
    "-> fail" },
  { "set_label_4", reset_empty, test_set_label_4,
    "part_disk /dev/sda mbr; mkfs xfs /dev/sda1; set_label /dev/sda1 \"...\" "
    "-> fail" },
  { "set_label_5", reset_empty, test_set_label_5,
    "part_disk /dev/sda mbr; mkfs xfs /dev/sda1; set_label /dev/sda1 "
    "thirteenchars -> fail" },
  { "checksum_0", reset_scratchfs, test_checksum_0,
    "write /checksum abc; checksum md5 /checksum -> string "
    "900150983cd24fb0d6963f7d28e17f72" },
  { "checksum_1", reset_scratchfs, test_checksum_1,
    "write /checksum2 abc; checksum sha256 /checksum2 -> string \"...\"" },
  { "checksum_2", reset_scratchfs, test_checksum_2,
    "touch /checksum3; checksum nosuchsum /checksum3 -> fail" },
  { "fill_0", reset_scratchfs, test_fill_0,
    "fill 65 3 /fill; cat /fill -> string AAA" },
  { "zero_0", reset_basicfs, test_zero_0,
    "umount /; zero /dev/sda1; vfs_type /dev/sda1 -> string \"\"" },
  { "dd_0", reset_scratchfs, test_dd_0,
    "write /dd xyz; dd /dd /dd2; cat /dd2 -> string xyz" },
  { "command_0", reset_none, test_command_0,
    "command \"\" -> fail" },
  { "sh_0", reset_none, test_sh_0,
    "sh true -> fail" },
  { "debug_0", reset_none, test_debug_0,
    "debug echo \"...\" -> string \"...\"" },
  { "debug_1", reset_none, test_debug_1,
    "debug nosuchsubcmd \"\" -> fail" },
  { "blockdev_rereadpt_0", reset_empty, test_blockdev_rereadpt_0,
    "blockdev_rereadpt /dev/sda -> run" },
};

#define NR_TESTS (sizeof tests / sizeof tests[0])

/* With arguments, run only the tests or actions named (the others are
 * reported as skipped), e.g. "test-actions mkfs cat_1".
 */
static bool
selected (const struct test *t, int argc, char *argv[])
{
  size_t action_len = strrchr (t->name, '_') - t->name;

  if (argc <= 1)
    return true;
  for (int i = 1; i < argc; ++i)
    {
      if (strcmp (argv[i], t->name) == 0
          || (strlen (argv[i]) == action_len
              && strncmp (argv[i], t->name, action_len) == 0))
        return true;
    }
  return false;
}

static void
print_diagnostics (void)
{
  char *line = diag_buf;

  while (line && *line)
    {
      size_t len = strcspn (line, "\n");
      printf ("# %.*s\n", (int)len, line);
      line += len + (line[len] == '\n');
    }
}

int
main (int argc, char *argv[])
{
  unsigned failures = 0;

  setvbuf (stdout, NULL, _IOLBF, 0);
  signal (SIGALRM, timed_out);
  printf ("1..%zu\n", NR_TESTS);
  printf ("# actions without tests: (none)\n");

  g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      exit (1);
    }
  guestfs_set_error_handler (g, count_error, NULL);
  alarm (LAUNCH_TIMEOUT);
  if (guestfs_add_drive_scratch (g, DISK_SIZE, -1) == -1
      || guestfs_add_drive_scratch (g, DISK_SIZE, -1) == -1
      || guestfs_launch (g) == -1)
    {
      printf ("Bail out! launch failed: %s\n", last_error ());
      guestfs_close (g);
      exit (1);
    }
  qemu_pid = guestfs_get_pid (g);
  prepare_scratchfs ();

  for (size_t i = 0; i < NR_TESTS; ++i)
    {
      const struct test *t = &tests[i];
      int r;

      if (!selected (t, argc, argv))
        {
          printf ("ok %zu - %s: %s # SKIP not selected\n", i + 1, t->name,
                  t->description);
          continue;
        }
      diag_fp = open_memstream (&diag_buf, &diag_size);
      if (diag_fp == NULL)
        {
          perror ("open_memstream");
          exit (1);
        }
      alarm (TEST_TIMEOUT);
      r = t->reset ();
      if (r == 0)
        r = t->run ();
      alarm (0);
      fclose (diag_fp);
      printf ("%sok %zu - %s: %s\n", r == 0 ? "" : "not ", i + 1, t->name,
              t->description);
      if (r != 0)
        {
          failures++;
          print_diagnostics ();
        }
      free (diag_buf);
      diag_buf = NULL;
    }

  alarm (LAUNCH_TIMEOUT);
  guestfs_close (g);
  exit (failures ? 1 : 0);
}
