/* Programs the daemon runs on guest paths stay in the guest
 * (docs/confinement.md), in a real appliance: a tar holding usr/bin/df,
 * extracted under a guest directory whose usr is a symlink to /usr,
 * must replace the guest's df, never the appliance's (which a later
 * df call runs as root).  The same through cp_a.
 */

#include <config.h>

#include "launch/launch-test.h"

static char *dir;

/* A tar of usr/bin/df (a script printing "pwned") and nothing else:
 * no entries for the directories, which tar would extract over a
 * symlink rather than follow it.
 */
static bool
make_df_tar (char *tarfile, size_t len, const char *compress)
{
  char cmd[8192];

  snprintf (tarfile, len, "%s/df.tar%s", dir, compress ? ".gz" : "");
  snprintf (cmd, sizeof cmd,
            "mkdir -p %s/stage/usr/bin && printf '#!/bin/sh\\necho pwned\\n' "
            "> %s/stage/usr/bin/df && chmod 755 %s/stage/usr/bin/df && "
            "tar -C %s/stage %s -cf %s usr/bin/df",
            dir, dir, dir, dir, compress ? compress : "", tarfile);
  return system (cmd) == 0;
}

/* The appliance's df still runs, and is not ours. */
static void
check_df (guestfs_h *g, const char *after)
{
  char *out = guestfs_df (g);

  ok (out && strstr (out, "Filesystem") && !strstr (out, "pwned"),
      "the appliance's df is untouched after %s", after);
  if (out)
    diag_lines (out);
  free (out);
}

int
main (void)
{
  char *const settings[] = { (char *)"force_tcg", NULL };
  char tarfile[4096], targz[4096], *s;
  size_t size;
  guestfs_h *g;

  safety_net (600);
  dir = make_tmpdir ();
  if (!make_df_tar (tarfile, sizeof tarfile, NULL)
      || !make_df_tar (targz, sizeof targz, "--gzip"))
    {
      printf ("Bail out! cannot make the tar files\n");
      return 1;
    }

  g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      return 1;
    }
  guestfs_set_backend_settings (g, settings);
  if (guestfs_add_drive_scratch (g, 64 * 1024 * 1024, -1) == -1
      || guestfs_add_drive_scratch (g, 16 * 1024 * 1024, -1) == -1
      || guestfs_launch (g) == -1 || guestfs_mkfs (g, "ext2", "/dev/sda") == -1
      || guestfs_mount (g, "/dev/sda", "/") == -1)
    {
      printf ("Bail out! %s\n", guestfs_last_error (g));
      return 1;
    }

  ok (guestfs_mkdir_p (g, "/usr/bin") == 0 && guestfs_mkdir (g, "/evil") == 0
          && guestfs_ln_s (g, "/usr", "/evil/usr") == 0,
      "a guest directory whose usr links to /usr");
  ok (guestfs_tar_in (g, tarfile, "/evil") == 0,
      "tar_in of usr/bin/df under it");
  check_df (g, "tar_in");
  s = guestfs_read_file (g, "/usr/bin/df", &size);
  ok (s && size == 21 && memcmp (s, "#!/bin/sh\necho pwned\n", 21) == 0,
      "the file went to the guest's /usr/bin/df");
  free (s);

  /* The decompressor runs outside the confinement, tar inside. */
  ok (guestfs_rm (g, "/usr/bin/df") == 0
          && guestfs_tar_in_opts (g, targz, "/evil",
                                  GUESTFS_TAR_IN_OPTS_COMPRESS, "gzip", -1)
                 == 0
          && guestfs_is_file (g, "/usr/bin/df") == 1,
      "tar_in of the gzip'd tar");
  check_df (g, "tar_in with gzip");
  ok (guestfs_mkdir (g, "/plain") == 0
          && guestfs_tar_in (g, tarfile, "/plain") == 0
          && guestfs_is_file (g, "/plain/usr/bin/df") == 1,
      "tar_in into a plain directory");

  /* cp_a copying a file onto a symlink in the destination tree: cp
   * writes through it.
   */
  ok (guestfs_mkdir (g, "/cpsrc") == 0
          && guestfs_write (g, "/cpsrc/df", "#!/bin/sh\necho pwned\n", 21) == 0
          && guestfs_chmod (g, 0755, "/cpsrc/df") == 0
          && guestfs_mkdir_p (g, "/cpdst/cpsrc") == 0
          && guestfs_ln_s (g, "/usr/bin/df", "/cpdst/cpsrc/df") == 0,
      "a destination tree holding a symlink to /usr/bin/df");
  guestfs_cp_a (g, "/cpsrc", "/cpdst");
  check_df (g, "cp_a");
  s = guestfs_read_file (g, "/usr/bin/df", &size);
  ok (s && size == 21, "cp_a wrote the guest's /usr/bin/df");
  free (s);

  /* mv to another filesystem runs mv, confined as cp. */
  ok (guestfs_mkfs (g, "ext2", "/dev/sdb") == 0
          && guestfs_mkdir (g, "/mnt") == 0
          && guestfs_mount (g, "/dev/sdb", "/mnt") == 0
          && guestfs_mv (g, "/plain/usr", "/mnt/usr") == 0
          && guestfs_is_file (g, "/mnt/usr/bin/df") == 1
          && guestfs_exists (g, "/plain/usr") == 0,
      "mv of a tree to another filesystem");

  ok (guestfs_shutdown (g) == 0, "shutdown");
  guestfs_close (g);
  return tap_done ();
}
