/* Windows dynamic disks (daemon/ldm.c) on a real disk group: two disks
 * written by tests/data/make-ldm-disks.py (a simple volume on the
 * first, a spanned and a mirrored one across both, names and GUIDs
 * known), plus a blank disk.  Checks every ldm action's answers, that
 * the volumes are usable block devices (a filesystem made on the
 * spanned volume survives unmapping and mapping again, one made on the
 * mirror is on both its partitions), and the bad cases: unknown
 * disk group or volume, names ldmtool would take as options, a device
 * that does not exist, removing a mounted volume, a disk group with a
 * disk missing, no disk at all.
 */

#include <config.h>

#include <spawn.h>
#include <sys/wait.h>

#include "launch/launch-test.h"

extern char **environ;

#define MiB (1024 * 1024)
#define GROUP "5e1c1e7a-2b4d-11ef-9a3c-0123456789ab"
#define SPANNED "Sp\"an \\ n\xc3\xa9"
#define VOL1_DEV "/dev/mapper/ldm_vol_TestDg0_Volume1"
#define MIRROR_DEV "/dev/mapper/ldm_vol_TestDg0_Mirror"
#define LEG1_DEV "/dev/mapper/ldm_part_TestDg0_Disk1-03"
#define LEG2_DEV "/dev/mapper/ldm_part_TestDg0_Disk2-02"
/* libdevmapper writes the characters a device name may not hold as
 * \xNN.
 */
#define SPANNED_DEV                                                           \
  "/dev/mapper/ldm_vol_TestDg0_Sp\\x22an\\x20\\x5c\\x20n\\xc3\\xa9"

static void
make_disks (const char *d1, const char *d2)
{
  const char *srcdir = getenv ("abs_top_srcdir");
  char *script;
  pid_t pid;
  int status;

  if (asprintf (&script, "%s/tests/data/make-ldm-disks.py",
                srcdir ? srcdir : ".")
      == -1)
    abort ();
  char *argv[] = { "python3", script, (char *)d1, (char *)d2, NULL };
  if (posix_spawnp (&pid, "python3", NULL, NULL, argv, environ) != 0
      || waitpid (pid, &status, 0) == -1 || !WIFEXITED (status)
      || WEXITSTATUS (status) != 0)
    {
      printf ("Bail out! %s failed\n", script);
      exit (1);
    }
  free (script);
}

static void
make_blank (const char *path)
{
  FILE *fp = fopen (path, "w");

  if (fp == NULL || ftruncate (fileno (fp), 16 * MiB) == -1 || fclose (fp))
    {
      printf ("Bail out! %s: %s\n", path, strerror (errno));
      exit (1);
    }
}

static guestfs_h *
launch_with (const char *const *disks)
{
  guestfs_h *g = guestfs_create ();

  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      exit (1);
    }
  for (size_t i = 0; disks[i]; i++)
    if (guestfs_add_drive_opts (g, disks[i], GUESTFS_ADD_DRIVE_OPTS_FORMAT,
                                "raw", -1)
        == -1)
      {
        printf ("Bail out! add_drive %s failed\n", disks[i]);
        exit (1);
      }
  if (guestfs_launch (g) == -1)
    {
      printf ("Bail out! launch failed\n");
      exit (1);
    }
  return g;
}

static void
free_strings (char **l)
{
  if (l)
    for (size_t i = 0; l[i]; i++)
      free (l[i]);
  free (l);
}

/* l is exactly the n strings of want (in order); frees l. */
static void
is_list (char **l, const char *const *want, size_t n, const char *what)
{
  bool same = l != NULL;
  size_t i;

  for (i = 0; same && i < n; i++)
    same = l[i] && strcmp (l[i], want[i]) == 0;
  same = same && l[i] == NULL;
  if (!ok (same, "%s", what))
    {
      if (l == NULL)
        printf ("# got an error\n");
      for (i = 0; l && l[i]; i++)
        printf ("# got [%zu] \"%s\"\n", i, l[i]);
    }
  free_strings (l);
}

static void
is_string (char *s, const char *want, const char *what)
{
  is_str (s, want, "%s", what);
  free (s);
}

/* The call (r is its result, NULL or -1: it failed) failed with an
 * error containing text.
 */
static void
failed_with (guestfs_h *g, bool failed, const char *text, const char *what)
{
  const char *err = guestfs_last_error (g);

  if (!ok (failed && err && strstr (err, text), "%s", what))
    printf ("# failed: %d, error: %s\n", failed, err ? err : "(none)");
}

/* Some pair of list_filesystems is (dev, anything). */
static bool
lists_filesystem (char **fs, const char *dev)
{
  for (size_t i = 0; fs && fs[i] && fs[i + 1]; i += 2)
    if (strcmp (fs[i], dev) == 0)
      return true;
  return false;
}

static void
test_group (guestfs_h *g)
{
  static const char *const group[] = { GROUP };
  static const char *const vols[] = { MIRROR_DEV, SPANNED_DEV, VOL1_DEV };
  static const char *const legs[] = { LEG1_DEV, LEG2_DEV };

  char *ldm[] = { "ldm", NULL };
  is_int (guestfs_feature_available (g, ldm), 1,
          "feature_available: ldm (ldmtool, device-mapper)");

  /* The first listing maps the volumes, as launch does in libguestfs. */
  is_list (guestfs_list_ldm_volumes (g), vols, 3,
           "list_ldm_volumes: the three volumes, sorted");
  is_list (guestfs_list_ldm_partitions (g), legs, 2,
           "list_ldm_partitions: the mirror's two partitions");
  is_list (guestfs_ldmtool_scan (g), group, 1, "ldmtool_scan: the group");

  char *sda[] = { "/dev/sda", NULL }, *sdb[] = { "/dev/sdb", NULL };
  char *sdc[] = { "/dev/sdc", NULL }, *none[] = { NULL };
  char *sdz[] = { "/dev/sda", "/dev/sdz", NULL };
  is_list (guestfs_ldmtool_scan_devices (g, sda), group, 1,
           "ldmtool_scan_devices /dev/sda: the group");
  is_list (guestfs_ldmtool_scan_devices (g, sdb), group, 1,
           "ldmtool_scan_devices /dev/sdb: the group");
  is_list (guestfs_ldmtool_scan_devices (g, sdc), NULL, 0,
           "ldmtool_scan_devices of the blank disk: no group");
  is_list (guestfs_ldmtool_scan_devices (g, none), group, 1,
           "ldmtool_scan_devices of no devices: all of them");
  failed_with (g, guestfs_ldmtool_scan_devices (g, sdz) == NULL,
               "no such device", "ldmtool_scan_devices /dev/sdz fails");

  is_string (guestfs_ldmtool_diskgroup_name (g, GROUP), "TestDg0",
             "ldmtool_diskgroup_name");
  static const char *const names[] = { "Volume1", SPANNED, "Mirror" };
  is_list (guestfs_ldmtool_diskgroup_volumes (g, GROUP), names, 3,
           "ldmtool_diskgroup_volumes (a name with JSON escapes)");
  static const char *const disks[] = { "Disk1", "Disk2" };
  is_list (guestfs_ldmtool_diskgroup_disks (g, GROUP), disks, 2,
           "ldmtool_diskgroup_disks");

  is_string (guestfs_ldmtool_volume_type (g, GROUP, "Volume1"), "simple",
             "ldmtool_volume_type: simple");
  is_string (guestfs_ldmtool_volume_type (g, GROUP, SPANNED), "spanned",
             "ldmtool_volume_type: spanned");
  is_string (guestfs_ldmtool_volume_type (g, GROUP, "Mirror"), "mirrored",
             "ldmtool_volume_type: mirrored");
  is_string (guestfs_ldmtool_volume_hint (g, GROUP, "Volume1"),
             "E:", "ldmtool_volume_hint: E:");
  is_string (guestfs_ldmtool_volume_hint (g, GROUP, SPANNED), "",
             "ldmtool_volume_hint: none is \"\"");
  static const char *const p1[] = { "Disk1-01" };
  is_list (guestfs_ldmtool_volume_partitions (g, GROUP, "Volume1"), p1, 1,
           "ldmtool_volume_partitions: simple");
  static const char *const p2[] = { "Disk1-02", "Disk2-01" };
  is_list (guestfs_ldmtool_volume_partitions (g, GROUP, SPANNED), p2, 2,
           "ldmtool_volume_partitions: spanned, in order");
  static const char *const p3[] = { "Disk1-03", "Disk2-02" };
  is_list (guestfs_ldmtool_volume_partitions (g, GROUP, "Mirror"), p3, 2,
           "ldmtool_volume_partitions: mirrored");

  failed_with (g, guestfs_ldmtool_diskgroup_name (g, "nosuchgroup") == NULL,
               "No such disk group", "unknown disk group");
  failed_with (g, guestfs_ldmtool_diskgroup_volumes (g, "nosuchgroup") == NULL,
               "No such disk group", "unknown disk group (volumes)");
  failed_with (g, guestfs_ldmtool_diskgroup_disks (g, "-h") == NULL,
               "starts with '-'", "a disk group starting with '-'");
  failed_with (g, guestfs_ldmtool_volume_type (g, GROUP, "Volume9") == NULL,
               "has no volume 'Volume9'", "unknown volume (type)");
  failed_with (g, guestfs_ldmtool_volume_hint (g, GROUP, "Volume9") == NULL,
               "has no volume 'Volume9'", "unknown volume (hint)");
  failed_with (g,
               guestfs_ldmtool_volume_partitions (g, GROUP, "Volume9") == NULL,
               "has no volume 'Volume9'", "unknown volume (partitions)");
  failed_with (g, guestfs_ldmtool_volume_type (g, GROUP, "--help") == NULL,
               "starts with '-'", "a volume starting with '-'");
  failed_with (
      g, guestfs_ldmtool_volume_type (g, "nosuchgroup", "Volume1") == NULL,
      "No such disk group", "a volume of an unknown disk group");

  is_int (guestfs_blockdev_getsize64 (g, VOL1_DEV), 4 * MiB,
          "the simple volume is 4 MiB");
  is_int (guestfs_blockdev_getsize64 (g, SPANNED_DEV), 8 * MiB,
          "the spanned volume is 8 MiB (both disks)");
  is_int (guestfs_blockdev_getsize64 (g, MIRROR_DEV), 4 * MiB,
          "the mirrored volume is 4 MiB");

  char **fs = guestfs_list_filesystems (g);
  ok (lists_filesystem (fs, VOL1_DEV) && lists_filesystem (fs, SPANNED_DEV)
          && lists_filesystem (fs, MIRROR_DEV)
          && lists_filesystem (fs, LEG1_DEV)
          && lists_filesystem (fs, LEG2_DEV),
      "list_filesystems lists the volumes and partitions");
  free_strings (fs);
}

/* A filesystem on the mirrored volume: its UUID (malloc'd). */
static char *
mirror_mkfs (guestfs_h *g)
{
  char *uuid = NULL;

  ok (guestfs_mkfs (g, "ext4", MIRROR_DEV) == 0 && guestfs_sync (g) == 0
          && (uuid = guestfs_vfs_uuid (g, MIRROR_DEV)) != NULL
          && uuid[0] != '\0',
      "mkfs on the mirrored volume");
  return uuid;
}

/* The filesystem is on both partitions of the mirror.  Once the
 * volumes have been mapped again: the partitions' own page cache
 * still holds what they had before mkfs wrote through the mirror.
 */
static void
mirror_check (guestfs_h *g, char *uuid)
{
  is_string (guestfs_vfs_uuid (g, LEG1_DEV), uuid ? uuid : "?",
             "the mirror's filesystem is on its first partition");
  is_string (guestfs_vfs_uuid (g, LEG2_DEV), uuid ? uuid : "?",
             "and on its second, on the other disk");
  free (uuid);
}

/* A filesystem on the spanned volume, with a file past its first
 * 4 MiB (on the second disk), survives remove_all and create_all.
 */
static void
test_filesystem (guestfs_h *g)
{
  static const char *const vols[] = { MIRROR_DEV, SPANNED_DEV, VOL1_DEV };
  char *sum1 = NULL, *sum2 = NULL;

  ok (guestfs_mkfs (g, "ext4", SPANNED_DEV) == 0
          && guestfs_mount (g, SPANNED_DEV, "/") == 0
          && guestfs_write (g, "/hello", "LDM", 3) == 0
          && guestfs_fill (g, 'x', 5 * MiB, "/big") == 0
          && (sum1 = guestfs_checksum (g, "sha256", "/big")) != NULL,
      "mkfs, mount and write on the spanned volume");
  failed_with (g, guestfs_ldmtool_remove_all (g) == -1, "mounted",
               "ldmtool_remove_all of a mounted volume fails");
  ok (guestfs_umount_all (g) == 0, "the handle is still usable");
  ok (guestfs_ldmtool_remove_all (g) == 0, "ldmtool_remove_all");
  is_list (guestfs_list_ldm_volumes (g), NULL, 0,
           "no volumes after ldmtool_remove_all");
  ok (guestfs_ldmtool_remove_all (g) == 0,
      "ldmtool_remove_all with nothing mapped");
  ok (guestfs_ldmtool_create_all (g) == 0, "ldmtool_create_all");
  is_list (guestfs_list_ldm_volumes (g), vols, 3,
           "all volumes after ldmtool_create_all");
  ok (guestfs_mount (g, SPANNED_DEV, "/") == 0, "mount again");
  is_string (guestfs_cat (g, "/hello"), "LDM", "the file is still there");
  sum2 = guestfs_checksum (g, "sha256", "/big");
  ok (sum1 && sum2 && strcmp (sum1, sum2) == 0,
      "so is the one spanning both disks");
  free (sum1);
  free (sum2);
  guestfs_umount_all (g);
}

int
main (void)
{
  char *d1, *d2, *blank, *uuid;
  guestfs_h *g;

  safety_net (900);
  make_tmpdir ();
  d1 = path_in_dir ("ldm1.img");
  d2 = path_in_dir ("ldm2.img");
  blank = path_in_dir ("blank.img");
  make_disks (d1, d2);
  make_blank (blank);

  g = launch_with ((const char *[]){ d1, d2, blank, NULL });
  test_group (g);
  uuid = mirror_mkfs (g);
  test_filesystem (g);
  mirror_check (g, uuid);
  ok (guestfs_shutdown (g) == 0, "shutdown");
  guestfs_close (g);

  /* Disk 2 missing: the spanned volume cannot be mapped, the simple
   * one still is, and the mirror runs on its one partition; the
   * database (on disk 1) still describes them all.
   */
  static const char *const left[] = { MIRROR_DEV, VOL1_DEV };
  static const char *const leg1[] = { LEG1_DEV };
  g = launch_with ((const char *[]){ d1, NULL });
  /* Named before anything listed the volumes, as "guestfish -m" does:
   * mapped then (libguestfs maps them at launch).
   */
  is_string (guestfs_vfs_type (g, MIRROR_DEV), "ext4",
             "disk 2 missing: the mirror still has its filesystem");
  failed_with (g, guestfs_vfs_type (g, SPANNED_DEV) == NULL, "no such device",
               "disk 2 missing: no spanned volume");
  is_list (guestfs_list_ldm_volumes (g), left, 2,
           "disk 2 missing: the spanned volume is not mapped");
  is_list (guestfs_list_ldm_partitions (g), leg1, 1,
           "disk 2 missing: one partition of the mirror");
  is_string (guestfs_ldmtool_volume_type (g, GROUP, SPANNED), "spanned",
             "disk 2 missing: the spanned volume is still described");
  guestfs_close (g);

  /* No disks at all: ldmtool must not scan the appliance's own. */
  g = launch_with ((const char *[]){ NULL });
  is_list (guestfs_ldmtool_scan (g), NULL, 0, "no disks: no disk group");
  failed_with (g, guestfs_ldmtool_diskgroup_name (g, GROUP) == NULL,
               "No such disk group", "no disks: no such disk group");
  const char *err = guestfs_last_error (g);
  ok (err && strstr (err, "sector size") == NULL,
      "no disks: the error is only that");
  guestfs_close (g);

  free (d1);
  free (d2);
  free (blank);
  return tap_done ();
}
