/* LUKS, MD and swap (daemon/luks.c, md.c, swap.c) through a real
 * appliance: the values the per-action tests cannot check (the pairs
 * of md_detail, the fields of md_stat, the LUKS UUID), and that a key
 * never shows in trace output.
 */

#include <config.h>

#include "launch/launch-test.h"

#define MiB (INT64_C (1024) * 1024)
#define KEY "a secret key, 1"
#define KEY2 "-another key\n"

static const char *const bad_mapnames[]
    = { "control", "", "a/b", "-x", "..", "." };

/* The value of key in a hashtable ("" if missing, for the TAP line). */
static const char *
hash_get (char **h, const char *key)
{
  for (size_t i = 0; h && h[i] && h[i + 1]; i += 2)
    if (strcmp (h[i], key) == 0)
      return h[i + 1];
  return "";
}

static void
free_strings (char **l)
{
  for (size_t i = 0; l && l[i]; i++)
    free (l[i]);
  free (l);
}

static const struct guestfs_mdstat *
member (const struct guestfs_mdstat_list *l, const char *dev)
{
  for (uint32_t i = 0; l && i < l->len; i++)
    if (strcmp (l->val[i].mdstat_device, dev) == 0)
      return &l->val[i];
  return NULL;
}

static char *traces;

static void
record_trace (guestfs_h *g, void *opaque, uint64_t event, int event_handle,
              int flags, const char *buf, size_t buf_len,
              const uint64_t *array, size_t array_len)
{
  (void)g, (void)opaque, (void)event, (void)event_handle, (void)flags;
  (void)array, (void)array_len;
  append_text (&traces, buf, buf_len, true);
}

static void
check (guestfs_h *g, int r, const char *what)
{
  if (r == -1)
    {
      printf ("Bail out! %s: %s\n", what, guestfs_last_error (g));
      exit (1);
    }
}

/* /dev/sda: three partitions, sda1 and sda2 of 100 MiB. */
static void
three_partitions (guestfs_h *g)
{
  check (g, guestfs_part_init (g, "/dev/sda", "mbr"), "part_init");
  check (g, guestfs_part_add (g, "/dev/sda", "p", 64, 204799), "part_add");
  check (g, guestfs_part_add (g, "/dev/sda", "p", 204800, 409599), "part_add");
  check (g, guestfs_part_add (g, "/dev/sda", "p", 409600, -1), "part_add");
}

static void
test_md (guestfs_h *g)
{
  char *const devs[] = { "/dev/sda1", "/dev/sda2", "/dev/sda3", NULL };
  char **detail, **mds;
  struct guestfs_mdstat_list *stat;
  const struct guestfs_mdstat *m;
  const char *name;

  /* raid1 of sda1 and sda2, sda3 the spare. */
  check (g,
         guestfs_md_create (g, "r1", devs, GUESTFS_MD_CREATE_SPARE, 1,
                            GUESTFS_MD_CREATE_NRDEVICES, 2, -1),
         "md_create");
  mds = guestfs_list_md_devices (g);
  ok (mds && mds[0] && !mds[1] && strcmp (mds[0], "/dev/md127") == 0,
      "list_md_devices: the array is /dev/md127");

  detail = guestfs_md_detail (g, "/dev/md/r1");
  ok (detail != NULL, "md_detail by the /dev/md/NAME link");
  is_str (hash_get (detail, "level"), "raid1", "md_detail: level");
  is_str (hash_get (detail, "devices"), "2",
          "md_detail: devices (the active ones)");
  is_str (hash_get (detail, "metadata"), "1.2", "md_detail: metadata");
  is_str (hash_get (detail, "devname"), "r1", "md_detail: devname");
  name = hash_get (detail, "name");
  ok (strlen (name) > 3 && strcmp (name + strlen (name) - 3, ":r1") == 0,
      "md_detail: name %s is HOST:r1", name);
  ok (strlen (hash_get (detail, "uuid")) == 35, "md_detail: uuid %s",
      hash_get (detail, "uuid"));
  is_str (hash_get (detail, "device_dev_sda2_role"), "1",
          "md_detail: device_dev_sda2_role");
  is_str (hash_get (detail, "device_dev_sda3_dev"), "/dev/sda3",
          "md_detail: device_dev_sda3_dev");
  free_strings (detail);

  stat = guestfs_md_stat (g, mds ? mds[0] : "/dev/md127");
  ok (stat && stat->len == 3, "md_stat: 3 members");
  m = member (stat, "/dev/sda1");
  ok (m && m->mdstat_index == 0 && strcmp (m->mdstat_flags, "") == 0,
      "md_stat: /dev/sda1 in place 0, no flags");
  m = member (stat, "/dev/sda2");
  ok (m && m->mdstat_index == 1 && strcmp (m->mdstat_flags, "") == 0,
      "md_stat: /dev/sda2 in place 1, no flags");
  m = member (stat, "/dev/sda3");
  ok (m && strcmp (m->mdstat_flags, "S") == 0, "md_stat: /dev/sda3 spare");
  if (stat)
    guestfs_free_mdstat_list (stat);

  check (g, guestfs_md_stop (g, "/dev/md/r1"), "md_stop");
  ok (guestfs_md_detail (g, "/dev/md127") == NULL,
      "md_detail of a stopped array fails");
  has_str (guestfs_last_error (g), "not a running MD array", "and says why");
  free_strings (mds);
  mds = guestfs_list_md_devices (g);
  ok (mds && mds[0] == NULL, "list_md_devices: none after md_stop");
  free_strings (mds);

  /* The same name again: the old /dev/md/r1 link went with md_stop. */
  check (g, guestfs_zero (g, "/dev/sda1"), "zero");
  check (g, guestfs_zero (g, "/dev/sda2"), "zero");
  check (g, guestfs_zero (g, "/dev/sda3"), "zero");
  check (
      g,
      guestfs_md_create (g, "r1", devs, GUESTFS_MD_CREATE_LEVEL, "raid5", -1),
      "md_create raid5");
  detail = guestfs_md_detail (g, "/dev/md/r1");
  is_str (hash_get (detail, "level"), "raid5",
          "md_detail: the new array by the reused name");
  free_strings (detail);
  check (g, guestfs_md_stop (g, "/dev/md/r1"), "md_stop");
}

static void
test_luks (guestfs_h *g)
{
  char *uuid, *vfs_uuid, *p;
  int eh;

  check (g, guestfs_zero (g, "/dev/sda1"), "zero");
  eh = guestfs_set_event_callback (g, record_trace, GUESTFS_EVENT_TRACE, 0,
                                   NULL);
  guestfs_set_trace (g, 1);
  check (g, guestfs_luks_format (g, "/dev/sda1", KEY, 0), "luks_format");
  ok (guestfs_cryptsetup_open (g, "/dev/sda1", "not the key", "lt", -1) == -1,
      "cryptsetup_open with a wrong key fails");
  has_str (guestfs_last_error (g), "/dev/sda1", "and names the device");
  guestfs_set_trace (g, 0);
  guestfs_delete_event_callback (g, eh);
  ok (traces && strstr (traces, "luks_format") != NULL,
      "luks_format was traced");
  ok (traces && strstr (traces, KEY) == NULL
          && strstr (traces, "not the key") == NULL,
      "no key in the trace");

  uuid = guestfs_luks_uuid (g, "/dev/sda1");
  vfs_uuid = guestfs_vfs_uuid (g, "/dev/sda1");
  ok (uuid && vfs_uuid && strlen (uuid) == 36 && strcmp (uuid, vfs_uuid) == 0,
      "luks_uuid %s is the device's UUID %s", uuid ? uuid : "(null)",
      vfs_uuid ? vfs_uuid : "(null)");
  free (uuid);
  free (vfs_uuid);

  /* Refused before cryptsetup runs. */
  for (size_t i = 0; i < sizeof bad_mapnames / sizeof bad_mapnames[0]; i++)
    {
      ok (guestfs_cryptsetup_open (g, "/dev/sda1", KEY, bad_mapnames[i], -1)
              == -1,
          "cryptsetup_open: mapname '%s' is refused", bad_mapnames[i]);
      has_str (guestfs_last_error (g), "invalid mapname", "and says why");
    }
  ok (guestfs_cryptsetup_open (g, "/dev/sda1", KEY, "lt",
                               GUESTFS_CRYPTSETUP_OPEN_CRYPTTYPE, "-x", -1)
          == -1,
      "cryptsetup_open: crypttype '-x' is refused");
  ok (guestfs_cryptsetup_open (g, "/dev/sda1", KEY, "lt",
                               GUESTFS_CRYPTSETUP_OPEN_CRYPTTYPE, "nosuch", -1)
          == -1,
      "cryptsetup_open: an unknown crypttype fails");

  /* Read-only. */
  check (g,
         guestfs_cryptsetup_open (g, "/dev/sda1", KEY, "lt",
                                  GUESTFS_CRYPTSETUP_OPEN_READONLY, 1, -1),
         "cryptsetup_open readonly");
  ok (guestfs_mkfs (g, "ext2", "/dev/mapper/lt") == -1,
      "a read-only mapping cannot be written");
  ok (guestfs_cryptsetup_open (g, "/dev/sda1", KEY, "lt", -1) == -1,
      "cryptsetup_open: a mapname in use fails");
  has_str (guestfs_last_error (g), "/dev/mapper/lt exists",
           "and says the mapping exists");
  ok (guestfs_cryptsetup_close (g, "/dev/sda1") == -1,
      "cryptsetup_close of the LUKS device, not the mapping, fails");
  has_str (guestfs_last_error (g), "/dev/mapper/MAPNAME", "and says so");
  check (g, guestfs_cryptsetup_close (g, "/dev/mapper/lt"),
         "cryptsetup_close");

  /* Key slots. */
  ok (guestfs_luks_add_key (g, "/dev/sda1", KEY, KEY2, 0) == -1,
      "luks_add_key to a slot in use fails");
  ok (guestfs_luks_add_key (g, "/dev/sda1", "not the key", KEY2, 1) == -1,
      "luks_add_key with a wrong key fails");
  check (g, guestfs_luks_add_key (g, "/dev/sda1", KEY, KEY2, 1),
         "luks_add_key");
  ok (guestfs_luks_kill_slot (g, "/dev/sda1", "not the key", 0) == -1,
      "luks_kill_slot with a wrong key fails");
  check (g, guestfs_luks_kill_slot (g, "/dev/sda1", KEY2, 0),
         "luks_kill_slot");
  ok (guestfs_cryptsetup_open (g, "/dev/sda1", KEY, "lt", -1) == -1,
      "the key of the killed slot opens no more");
  ok (guestfs_cryptsetup_open (g, "/dev/sda1", KEY2, "lt", -1) == 0,
      "the added key opens");
  p = guestfs_vfs_type (g, "/dev/sda1");
  is_str (p, "crypto_LUKS", "the LUKS device stays");
  free (p);
  check (g, guestfs_cryptsetup_close (g, "/dev/mapper/lt"),
         "cryptsetup_close");
}

int
main (void)
{
  guestfs_h *g;

  safety_net (1200);
  g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      exit (1);
    }
  guestfs_set_error_handler (g, NULL, NULL);
  if (guestfs_add_drive_scratch (g, 512 * MiB, -1) == -1
      || guestfs_launch (g) == -1)
    {
      printf ("Bail out! launch failed: %s\n", guestfs_last_error (g));
      exit (1);
    }
  three_partitions (g);
  test_md (g);
  test_luks (g);

  guestfs_close (g);
  return tap_done ();
}
