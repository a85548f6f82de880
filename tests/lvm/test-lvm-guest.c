/* LVM as a guest's disk holds it: made in one appliance, then opened
 * read-only by a fresh one, which must find the logical volume active
 * from the start (as libguestfs's appliance has it), mount it by
 * either name and list it.  The first appliance also checks that the
 * UUID and name actions agree with each other, which the per-action
 * tests (one result each) cannot.
 */

#include <config.h>

#include <fcntl.h>

#include "launch/launch-test.h"

#define MiB (1024 * 1024)
/* A dash in each name: LVM doubles it in the /dev/mapper name. */
#define VG "vg-guest"
#define LV "/dev/vg-guest/lv-root"
#define MAPPER "/dev/mapper/vg--guest-lv--root"

static guestfs_h *
launch (const char *image, int readonly)
{
  guestfs_h *g = guestfs_create ();

  if (g == NULL
      || guestfs_add_drive_opts (g, image, GUESTFS_ADD_DRIVE_OPTS_FORMAT,
                                 "raw", GUESTFS_ADD_DRIVE_OPTS_READONLY,
                                 readonly, -1)
             == -1
      || guestfs_launch (g) == -1)
    {
      printf ("Bail out! launch failed: %s\n",
              g ? guestfs_last_error (g) : "guestfs_create");
      exit (1);
    }
  return g;
}

static bool
in_list (char **l, const char *s)
{
  bool r = false;

  for (size_t i = 0; l && l[i]; i++)
    r = r || strcmp (l[i], s) == 0;
  return r;
}

static void
free_list (char **l)
{
  for (size_t i = 0; l && l[i]; i++)
    free (l[i]);
  free (l);
}

/* lvm prints UUIDs with dashes, the structs hold the 32 characters. */
static bool
same_uuid (const char *dashed, const char uuid[32])
{
  char plain[33];
  size_t n = 0;

  for (; dashed && *dashed && n < 32; dashed++)
    if (*dashed != '-')
      plain[n++] = *dashed;
  return n == 32 && memcmp (plain, uuid, 32) == 0;
}

static void
make_guest (const char *image)
{
  guestfs_h *g = launch (image, 0);
  char *physvols[] = { "/dev/sda1", NULL };
  char *s, **l;
  size_t size;

  ok (guestfs_part_disk (g, "/dev/sda", "mbr") == 0
          && guestfs_pvcreate (g, "/dev/sda1") == 0
          && guestfs_vgcreate (g, VG, physvols) == 0
          && guestfs_lvcreate (g, "lv-root", VG, 32) == 0
          && guestfs_mkfs (g, "ext4", LV) == 0
          && guestfs_mount (g, LV, "/") == 0
          && guestfs_write (g, "/hello", "from an LV", 10) == 0
          && guestfs_umount_all (g) == 0,
      "a VG on /dev/sda1 with an ext4 LV holding /hello");

  char *pvuuid = guestfs_pvuuid (g, "/dev/sda1");
  l = guestfs_vgpvuuids (g, VG);
  ok (pvuuid && in_list (l, pvuuid) && l[1] == NULL,
      "vgpvuuids is the pvuuid of /dev/sda1");
  free_list (l);
  struct guestfs_lvm_pv_list *pvs = guestfs_pvs_full (g);
  ok (pvs && pvs->len == 1 && strcmp (pvs->val[0].pv_name, "/dev/sda1") == 0
          && same_uuid (pvuuid, pvs->val[0].pv_uuid),
      "pvs_full has it, by name and UUID");
  guestfs_free_lvm_pv_list (pvs);
  free (pvuuid);

  char *vguuid = guestfs_vguuid (g, VG);
  struct guestfs_lvm_vg_list *vgs = guestfs_vgs_full (g);
  ok (vgs && vgs->len == 1 && strcmp (vgs->val[0].vg_name, VG) == 0
          && same_uuid (vguuid, vgs->val[0].vg_uuid),
      "vgs_full has the vguuid");
  guestfs_free_lvm_vg_list (vgs);
  free (vguuid);

  char *lvuuid = guestfs_lvuuid (g, LV);
  l = guestfs_vglvuuids (g, VG);
  ok (lvuuid && in_list (l, lvuuid) && l[1] == NULL,
      "vglvuuids is the lvuuid");
  free_list (l);
  struct guestfs_lvm_lv_list *lvs = guestfs_lvs_full (g);
  ok (lvs && lvs->len == 1 && strcmp (lvs->val[0].lv_name, "lv-root") == 0
          && same_uuid (lvuuid, lvs->val[0].lv_uuid)
          && lvs->val[0].lv_size == 32 * MiB && lvs->val[0].snap_percent == -1,
      "lvs_full has it: name, UUID, size, no snapshot percentage");
  guestfs_free_lvm_lv_list (lvs);
  free (lvuuid);

  s = guestfs_vgmeta (g, VG, &size);
  ok (s && memmem (s, size, VG " {", strlen (VG) + 2),
      "vgmeta holds the VG's section");
  free (s);

  s = guestfs_canonical_device_name (g, MAPPER);
  is_str (s, LV, "canonical_device_name of the /dev/mapper name");
  free (s);
  ok (guestfs_shutdown (g) == 0, "shutdown");
  guestfs_close (g);
}

static void
open_guest (const char *image)
{
  guestfs_h *g = launch (image, 1);
  char *s, **l;

  /* The first call: no LVM action has run in this appliance yet. */
  ok (guestfs_mount_ro (g, LV, "/") == 0, "mount_ro %s at once", LV);
  s = guestfs_cat (g, "/hello");
  is_str (s, "from an LV", "read /hello back");
  free (s);
  l = guestfs_lvs (g);
  ok (l && l[0] && strcmp (l[0], LV) == 0 && l[1] == NULL, "lvs: %s", LV);
  free_list (l);
  ok (guestfs_umount_all (g) == 0 && guestfs_mount_ro (g, MAPPER, "/") == 0,
      "mount_ro %s", MAPPER);
  l = guestfs_list_filesystems (g);
  bool found = false;
  for (size_t i = 0; l && l[i] && l[i + 1]; i += 2)
    found
        = found || (strcmp (l[i], LV) == 0 && strcmp (l[i + 1], "ext4") == 0);
  ok (found, "list_filesystems: %s is ext4", LV);
  free_list (l);
  ok (guestfs_is_lv (g, MAPPER) == 1 && guestfs_is_lv (g, "/dev/sda1") == 0,
      "is_lv");
  l = guestfs_list_dm_devices (g);
  ok (l && l[0] == NULL, "list_dm_devices leaves LVs out");
  free_list (l);
  ok (guestfs_shutdown (g) == 0, "shutdown");
  guestfs_close (g);
}

int
main (void)
{
  char *image;
  int fd;

  safety_net (900);
  make_tmpdir ();
  image = path_in_dir ("guest.img");
  fd = open (image, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ok (fd >= 0 && ftruncate (fd, 128 * MiB) == 0 && close (fd) == 0,
      "a blank 128 MiB image");
  make_guest (image);
  open_guest (image);
  free (image);
  return tap_done ();
}
