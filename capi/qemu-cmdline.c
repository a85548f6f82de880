/* The qemu command line that boots the appliance (docs/appliance-boot.md
 * says why each option is there).
 *
 * Options such as -drive, -device and -chardev take a list of KEY=VALUE
 * pairs separated by ','; inside a value qemu reads ",," as one ','.
 * Every value goes through opt_param, which doubles the commas, so a
 * file name may hold any character.
 */

#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guestfs.h"
#include "guestfs-internal.h"

#define CHANNEL_NAME "org.libguestfs.channel.0"

/* ---- The builder ---- */

struct cmdline
{
  guestfs_h *g;
  char **argv; /* NULL-terminated */
  size_t nr, cap;
};

/* Append an argument (taking ownership of it). */
static void
add_owned (struct cmdline *c, char *s)
{
  if (c->nr + 2 > c->cap)
    {
      c->cap = c->cap ? c->cap * 2 : 64;
      c->argv = safe_realloc (c->g, c->argv, c->cap * sizeof *c->argv);
    }
  c->argv[c->nr++] = s;
  c->argv[c->nr] = NULL;
}

/* A flag or a value that qemu takes as it is (not a KEY=VALUE list). */
static void
arg (struct cmdline *c, const char *s)
{
  add_owned (c, safe_strdup (c->g, s));
}

static void
flag_value (struct cmdline *c, const char *flag, const char *value)
{
  arg (c, flag);
  arg (c, value);
}

/* Start "FLAG WORD": the option's value then grows by opt_param. */
static void
opt_begin (struct cmdline *c, const char *flag, const char *word)
{
  arg (c, flag);
  arg (c, word);
}

/* Append ",KEY=VALUE" (or "KEY=VALUE" to an empty value) to the last
 * argument, with the commas in VALUE doubled.
 */
static void
opt_param (struct cmdline *c, const char *key, const char *value)
{
  char *old = c->argv[c->nr - 1], *s, *p;
  size_t len = strlen (old) + 1 + strlen (key) + 1 + 1;

  for (const char *v = value; *v; v++)
    len += *v == ',' ? 2 : 1;
  s = p = safe_malloc (c->g, len);
  p = stpcpy (p, old);
  if (*old)
    *p++ = ',';
  p = stpcpy (p, key);
  *p++ = '=';
  for (; *value; value++)
    {
      *p++ = *value;
      if (*value == ',')
        *p++ = ',';
    }
  *p = '\0';
  free (old);
  c->argv[c->nr - 1] = s;
}

/* ---- Drives ---- */

/* The root file system's UUID (supermin's init finds its root by it,
 * whatever the number of drives), or false if root is not ext2/3/4.
 */
static bool
root_uuid (const char *root, char uuid[37])
{
  unsigned char sb[136];
  int fd = open (root, O_RDONLY | O_CLOEXEC);
  ssize_t n;

  if (fd == -1)
    return false;
  /* The superblock is at 1024: magic 0xEF53 at +0x38, UUID at +0x68. */
  n = pread (fd, sb, sizeof sb, 1024);
  close (fd);
  if (n != (ssize_t)sizeof sb || sb[0x38] != 0x53 || sb[0x39] != 0xef)
    return false;
  snprintf (uuid, 37,
            "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
            "%02x%02x%02x%02x%02x%02x",
            sb[0x68], sb[0x69], sb[0x6a], sb[0x6b], sb[0x6c], sb[0x6d],
            sb[0x6e], sb[0x6f], sb[0x70], sb[0x71], sb[0x72], sb[0x73],
            sb[0x74], sb[0x75], sb[0x76], sb[0x77]);
  return true;
}

/* The guest's name for drive i: "sda" ... "sdz", "sdaa", ... */
static void
drive_name (size_t i, char name[16])
{
  char rev[8];
  size_t n = 0, j = 2;

  for (i++; i > 0 && n < sizeof rev; i = (i - 1) / 26)
    rev[n++] = 'a' + (i - 1) % 26;
  memcpy (name, "sd", 2);
  while (n > 0)
    name[j++] = rev[--n];
  name[j] = '\0';
}

/* What every -drive gets.  An I/O error (ENOSPC on a full host
 * filesystem above all) goes to the guest as an error of the request;
 * qemu's default for ENOSPC is to pause the VM, and the call waiting
 * on it would never return.
 */
static void
drive_error_policy (struct cmdline *c)
{
  opt_param (c, "werror", "report");
  opt_param (c, "rerror", "report");
}

/* The guest sees it at SCSI target `target` (its /dev/sdX order). */
static void
scsi_disk (struct cmdline *c, size_t target, const char *drive_id)
{
  char id[32];

  snprintf (id, sizeof id, "%zu", target);
  opt_begin (c, "-device", "scsi-hd");
  opt_param (c, "bus", "scsi.0");
  opt_param (c, "channel", "0");
  opt_param (c, "scsi-id", id);
  opt_param (c, "lun", "0");
  opt_param (c, "drive", drive_id);
}

/* What names the image: file=PATH, or for a network drive its
 * file.KEY=VALUE options (drives.c made them).
 */
static void
drive_source (struct cmdline *c, const struct guestfs_int_drive *d)
{
  char key[64];

  if (d->file_opts == NULL)
    {
      opt_param (c, "file", d->filename);
      return;
    }
  for (size_t k = 0; d->file_opts[k]; k += 2)
    {
      snprintf (key, sizeof key, "file.%s", d->file_opts[k]);
      opt_param (c, key, d->file_opts[k + 1]);
    }
}

/* The user's drive i (add_drive): everything the drive struct says
 * about it goes into its -drive option here.
 */
static void
add_drive (struct cmdline *c, size_t i, const struct guestfs_int_drive *d)
{
  char id[32];

  snprintf (id, sizeof id, "hd%zu", i);
  opt_begin (c, "-drive", "");
  if (d->is_null)
    {
      /* An empty drive; null-co never touches a file. */
      opt_param (c, "driver", "null-co");
      opt_param (c, "size", "0");
      opt_param (c, "read-zeroes", "on");
      opt_param (c, "if", "none");
      opt_param (c, "id", id);
      if (d->readonly)
        opt_param (c, "readonly", "on");
    }
  else
    {
      drive_source (c, d);
      /* Without a format given, raw: qemu must never guess it from the
       * contents, which the guest controls.
       */
      opt_param (c, "format", d->format ? d->format : "raw");
      opt_param (c, "if", "none");
      opt_param (c, "id", id);
      opt_param (c, "cache", d->cachemode ? d->cachemode : "writeback");
      if (d->readonly)
        opt_param (c, "readonly", "on");
      opt_param (c, "discard", d->discard ? "unmap" : "ignore");
      /* Zeroes the guest writes (zero_free_space, zerofree) become
       * holes in the image too, as trimmed blocks do.
       */
      if (d->discard)
        opt_param (c, "detect-zeroes", "unmap");
      if (d->copyonread && !d->readonly)
        opt_param (c, "copy-on-read", "on");
    }
  drive_error_policy (c);
  scsi_disk (c, i, id);
  if (d->label)
    opt_param (c, "serial", d->label);
  if (d->blocksize)
    {
      char size[16];

      snprintf (size, sizeof size, "%d", d->blocksize);
      opt_param (c, "logical_block_size", size);
      opt_param (c, "physical_block_size", size);
    }
  /* qemu 7.2 hangs before the guest starts when it guesses the geometry
   * of a curl drive (by a read as the device is created).  SCSI disks
   * have no use for a geometry, so a network drive is given one.
   */
  if (d->file_opts)
    {
      opt_param (c, "cyls", "1024");
      opt_param (c, "heads", "16");
      opt_param (c, "secs", "63");
    }
}

/* The appliance root, after the user's drives so that theirs are
 * /dev/sda...; snapshot=on: writes go to a temporary overlay, so any
 * number of handles share one root.
 */
static void
add_appliance_root (struct cmdline *c, size_t target, const char *root)
{
  opt_begin (c, "-drive", "");
  opt_param (c, "file", root);
  opt_param (c, "format", "raw");
  opt_param (c, "snapshot", "on");
  opt_param (c, "if", "none");
  opt_param (c, "id", "appliance");
  opt_param (c, "cache", "unsafe");
  drive_error_policy (c);
  scsi_disk (c, target, "appliance");
}

/* ---- The whole command line ---- */

static char *
kernel_cmdline (guestfs_h *g, const struct guestfs_int_qemu_caps *caps,
                const char *root)
{
  char uuid[37], rootdev[16], rootarg[64], tsc[64] = "";

  if (root_uuid (root, uuid))
    snprintf (rootarg, sizeof rootarg, "UUID=%s", uuid);
  else
    {
      /* Not ext2 (a fixed appliance may be anything): by position. */
      drive_name (g->nr_drives, rootdev);
      snprintf (rootarg, sizeof rootarg, "/dev/%s", rootdev);
    }
  /* Under TCG the guest's TSC is the host's: knowing its rate the
   * kernel skips calibrating it against jittery emulated timers, and
   * tsc=reliable keeps the clocksource watchdog from discarding it.
   */
  if (caps->tsc_khz)
    snprintf (tsc, sizeof tsc, " tsc_early_khz=%u tsc=reliable",
              caps->tsc_khz);
  /* A kernel panic (panic=1) ends qemu (-no-reboot) instead of
   * rebooting.
   */
  return safe_asprintf (
      g, "console=ttyS0 root=%s panic=1 no_timer_check%s%s%s%s%s", rootarg,
      tsc, g->verbose ? " guestfs_verbose=1" : "",
      g->network ? " guestfs_network=1" : "", g->append ? " " : "",
      g->append ? g->append : "");
}

/* The command line as a shell would take it, for the debug log. */
static void
debug_cmdline (guestfs_h *g, char *const *argv)
{
  size_t len = 1;
  char *s, *p;

  if (!g->verbose)
    return;
  for (size_t i = 0; argv[i]; i++)
    len += 3 + 4 * strlen (argv[i]);
  s = p = safe_malloc (g, len);
  for (size_t i = 0; argv[i]; i++)
    {
      const char *a = argv[i];
      bool plain = *a != '\0'
                   && strspn (a, "abcdefghijklmnopqrstuvwxyz"
                                 "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                 "0123456789-_=.,/:@+%")
                          == strlen (a);

      if (i > 0)
        *p++ = ' ';
      if (plain)
        p = stpcpy (p, a);
      else
        {
          *p++ = '\'';
          for (; *a; a++)
            if (*a == '\'')
              p = stpcpy (p, "'\\''");
            else
              *p++ = *a;
          *p++ = '\'';
        }
    }
  *p = '\0';
  guestfs_int_debug (g, "launch: %s", s);
  free (s);
}

char **
guestfs_int_qemu_cmdline (guestfs_h *g, const char *qemu,
                          const struct guestfs_int_qemu_caps *caps,
                          const char *kernel, const char *initrd,
                          const char *root, const char *sock)
{
  struct cmdline c = { .g = g };
  char num[32];

  arg (&c, qemu);
  arg (&c, "-nodefaults");
  arg (&c, "-no-user-config");
  flag_value (&c, "-display", "none");
  arg (&c, "-no-reboot");
  flag_value (&c, "-machine", "q35");
  flag_value (&c, "-accel", caps->kvm ? "kvm" : "tcg");
  flag_value (&c, "-cpu", caps->cpu);
  snprintf (num, sizeof num, "%d", g->memsize);
  flag_value (&c, "-m", num);
  snprintf (num, sizeof num, "%d", g->smp);
  flag_value (&c, "-smp", num);
  if (caps->bios)
    flag_value (&c, "-bios", caps->bios);
  flag_value (&c, "-kernel", kernel);
  flag_value (&c, "-initrd", initrd);

  opt_begin (&c, "-device", "virtio-scsi-pci");
  opt_param (&c, "id", "scsi");
  for (size_t i = 0; i < g->nr_drives; i++)
    add_drive (&c, i, g->drives[i]);
  add_appliance_root (&c, g->nr_drives, root);

  flag_value (&c, "-device", "virtio-serial-pci");
  opt_begin (&c, "-chardev", "socket");
  opt_param (&c, "path", sock);
  opt_param (&c, "id", "channel0");
  opt_begin (&c, "-device", "virtserialport");
  opt_param (&c, "chardev", "channel0");
  opt_param (&c, "name", CHANNEL_NAME);
  flag_value (&c, "-serial", "stdio");

  /* guestfs_set_network: qemu's user-mode network, with its default
   * addresses (daemon/network.c).
   */
  if (g->network)
    {
      opt_begin (&c, "-netdev", "user");
      opt_param (&c, "id", "usernet");
      opt_begin (&c, "-device", "virtio-net-pci");
      opt_param (&c, "netdev", "usernet");
    }

  arg (&c, "-append");
  add_owned (&c, kernel_cmdline (g, caps, root));

  debug_cmdline (g, c.argv);
  return c.argv;
}
