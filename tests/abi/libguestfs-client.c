/* A libguestfs client: built by test-libguestfs-client.sh against
 * Debian's <guestfs.h> and libguestfs.so.0, then run against ours.
 * Everything it checks goes through libguestfs's optarg numbers,
 * struct layouts and constants, so it fails if ours differ.
 *
 * Usage: libguestfs-client DIR NBD-SOCKET
 * DIR holds raw.img (blank), ro.img, bs.img (blank) and nbd.img (an
 * ext2 filesystem, also exported by qemu-nbd on NBD-SOCKET).
 */

#define _GNU_SOURCE

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <guestfs.h>

/* Debian's header, not ours (which would have made the numbers agree
 * whatever they are).
 */
_Static_assert(GUESTFS_ADD_DRIVE_OPTS_CACHEMODE == 9,
               "built against libguestfs's guestfs.h");
_Static_assert(GUESTFS_ADD_DRIVE_OPTS_BLOCKSIZE == 12,
               "built against libguestfs's guestfs.h");

static int count, failures;

static void
ok (bool pass, const char *what)
{
  printf ("%sok %d - %s\n", pass ? "" : "not ", ++count, what);
  fflush (stdout);
  failures += !pass;
}

static char cmdline[65536];

/* Keeps the library's debug messages that hold the qemu command line. */
static void
on_library (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
            const char *buf, size_t len, const uint64_t *array,
            size_t array_len)
{
  (void)g, (void)opaque, (void)event, (void)eh, (void)flags;
  (void)array, (void)array_len;
  if (memmem (buf, len, "qemu-system", 11) || memmem (buf, len, "-drive", 6))
    strncat (cmdline, buf,
             len < sizeof cmdline - strlen (cmdline) - 1
                 ? len
                 : sizeof cmdline - strlen (cmdline) - 1);
}

static bool
error_has (guestfs_h *g, const char *s)
{
  const char *e = guestfs_last_error (g);
  if (e)
    printf ("# error: %s\n", e);
  return e && strstr (e, s);
}

int
main (int argc, char *argv[])
{
  char raw[4096], ro[4096], bs[4096], nbd[4096];
  char *servers[2] = { NULL, NULL };
  char server[4200];

  if (argc != 3)
    {
      printf ("Bail out! usage: libguestfs-client DIR NBD-SOCKET\n");
      return 1;
    }
  snprintf (raw, sizeof raw, "%s/raw.img", argv[1]);
  snprintf (ro, sizeof ro, "%s/ro.img", argv[1]);
  snprintf (bs, sizeof bs, "%s/bs.img", argv[1]);
  snprintf (nbd, sizeof nbd, "%s/nbd.img", argv[1]);
  snprintf (server, sizeof server, "unix:%s", argv[2]);
  servers[0] = server;

  guestfs_h *g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      return 1;
    }
  guestfs_set_error_handler (g, NULL, NULL);

  struct guestfs_version *v = guestfs_version (g);
  ok (v && v->major == 1 && strcmp (v->extra, "ng") == 0,
      "guestfs_version: this is guestfs-ng's library");
  struct guestfs_version *v2 = v ? guestfs_copy_version (v) : NULL;
  ok (v2 && v2 != v && v2->extra != v->extra
          && guestfs_compare_version (v, v2) == 0,
      "guestfs_copy_version makes an equal deep copy");
  if (v2)
    v2->minor++;
  ok (v2 && guestfs_compare_version (v, v2) < 0,
      "guestfs_compare_version orders by field");
  guestfs_free_version (v2);
  guestfs_free_version (v);

  /* Bit 9 must reach the cachemode check, bit 5 the protocol one. */
  ok (guestfs_add_drive_opts (g, raw, GUESTFS_ADD_DRIVE_OPTS_CACHEMODE,
                              "bogus", -1)
              == -1
          && error_has (g, "cachemode \"bogus\""),
      "cachemode (bit 9) is read as cachemode");
  ok (guestfs_add_drive_opts (g, raw, GUESTFS_ADD_DRIVE_OPTS_PROTOCOL,
                              "sheepdog", GUESTFS_ADD_DRIVE_OPTS_SERVER,
                              servers, -1)
              == -1
          && error_has (g, "sheepdog"),
      "protocol sheepdog (bit 5) is refused, naming it");
  ok (guestfs_add_drive_opts (g, raw, GUESTFS_ADD_DRIVE_OPTS_BLOCKSIZE, 1000,
                              -1)
              == -1
          && error_has (g, "blocksize 1000"),
      "blocksize (bit 12) is read as blocksize");

  ok (guestfs_add_drive_opts (g, raw, GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw",
                              GUESTFS_ADD_DRIVE_OPTS_CACHEMODE, "unsafe",
                              GUESTFS_ADD_DRIVE_OPTS_DISCARD, "enable", -1)
          == 0,
      "add_drive_opts format, cachemode, discard");
  ok (guestfs_add_drive_opts (g, ro, GUESTFS_ADD_DRIVE_OPTS_READONLY, 1,
                              GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw", -1)
          == 0,
      "add_drive_opts readonly, format");
  ok (guestfs_add_drive_opts (g, bs, GUESTFS_ADD_DRIVE_OPTS_BLOCKSIZE, 4096,
                              GUESTFS_ADD_DRIVE_OPTS_COPYONREAD, 1, -1)
          == 0,
      "add_drive_opts blocksize, copyonread");
  ok (guestfs_add_drive_opts (g, "", GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw",
                              GUESTFS_ADD_DRIVE_OPTS_PROTOCOL, "nbd",
                              GUESTFS_ADD_DRIVE_OPTS_SERVER, servers, -1)
          == 0,
      "add_drive_opts protocol nbd, server unix:SOCKET");

  /* Appliance messages too, to keep them off stderr. */
  guestfs_set_event_callback (
      g, on_library, GUESTFS_EVENT_LIBRARY | GUESTFS_EVENT_APPLIANCE, 0, NULL);
  guestfs_set_verbose (g, 1);
  if (guestfs_launch (g) == -1)
    {
      printf ("Bail out! launch: %s\n", guestfs_last_error (g));
      return 1;
    }
  guestfs_set_verbose (g, 0);

  ok (strstr (cmdline, "cache=unsafe") && strstr (cmdline, "discard=unmap"),
      "cachemode and discard reached qemu");
  ok (guestfs_mkfs (g, "ext4", "/dev/sda") == 0,
      "the cachemode/discard drive is writable");
  ok (guestfs_zero (g, "/dev/sdb") == -1, "the readonly drive is read-only");
  ok (guestfs_blockdev_getss (g, "/dev/sdc") == 4096,
      "blocksize 4096: the drive has 4096-byte sectors");
  char *type = guestfs_vfs_type (g, "/dev/sdd");
  ok (type && strcmp (type, "ext2") == 0,
      "the nbd drive reads the exported filesystem");
  free (type);

  char **fs = guestfs_list_filesystems (g);
  bool found = false;
  for (size_t i = 0; fs && fs[i] && fs[i + 1]; i += 2)
    found
        |= strcmp (fs[i], "/dev/sda") == 0 && strcmp (fs[i + 1], "ext4") == 0;
  ok (found, "list_filesystems shows the new ext4 on /dev/sda");
  for (size_t i = 0; fs && fs[i]; i++)
    free (fs[i]);
  free (fs);

  ok (guestfs_shutdown (g) == 0, "shutdown");
  guestfs_close (g);
  printf ("1..%d\n", count);
  return failures ? 1 : 0;
}
