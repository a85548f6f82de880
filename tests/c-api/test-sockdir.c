/* The handle's private directory: made (0700) under the tmpdir the
 * first time something needs it (here a scratch drive), and removed
 * with everything in it when the handle is closed, without following
 * symlinks out of it.
 */

#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "guestfs.h"
#include "tap.h"

/* The names in dir, other than . and .., as "a,b," (unsorted). */
static char *
list_dir (const char *dir)
{
  static char buf[1024];
  DIR *d = opendir (dir);
  struct dirent *e;

  buf[0] = '\0';
  if (d == NULL)
    return NULL;
  while ((e = readdir (d)))
    if (strcmp (e->d_name, ".") != 0 && strcmp (e->d_name, "..") != 0)
      {
        size_t len = strlen (buf);
        snprintf (buf + len, sizeof buf - len, "%s,", e->d_name);
      }
  closedir (d);
  return buf;
}

int
main (void)
{
  char tmp[] = "/tmp/test-sockdir.XXXXXX";
  char *sockdir, *p, *outside;
  struct stat st;
  guestfs_h *g;

  if (mkdtemp (tmp) == NULL)
    {
      perror ("mkdtemp");
      return 2;
    }
  if (asprintf (&outside, "%s-outside", tmp) == -1)
    return 2;
  FILE *fp = fopen (outside, "w");
  if (fp == NULL)
    {
      perror (outside);
      return 2;
    }
  fclose (fp);

  g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
  if (g == NULL)
    {
      ok (false, "create");
      return tap_done ();
    }
  is_int (guestfs_set_tmpdir (g, tmp), 0, "set_tmpdir");
  is_str (list_dir (tmp), "", "nothing is made in tmpdir before it is needed");

  is_int (guestfs_add_drive_scratch (g, 1 << 20, -1), 0,
          "add a scratch drive (which lives in the private directory)");
  const char *names = list_dir (tmp);
  ok (names && strncmp (names, "libguestfs", 10) == 0
          && strchr (names, ',') == names + strlen (names) - 1,
      "one directory appeared in tmpdir");
  if (asprintf (&sockdir, "%s/%.*s", tmp, (int)strlen (names) - 1, names)
      == -1)
    return 2;
  ok (stat (sockdir, &st) == 0 && S_ISDIR (st.st_mode)
          && (st.st_mode & 07777) == 0700,
      "it is a directory with mode 0700");

  /* Things a backend might leave behind, and a link out of it. */
  if (asprintf (&p, "%s/sub", sockdir) == -1 || mkdir (p, 0700) == -1)
    return 2;
  free (p);
  if (asprintf (&p, "%s/sub/file", sockdir) == -1 || !(fp = fopen (p, "w")))
    return 2;
  fclose (fp);
  free (p);
  if (asprintf (&p, "%s/link", sockdir) == -1 || symlink (outside, p) == -1)
    return 2;
  free (p);

  guestfs_close (g);
  is_str (list_dir (tmp), "", "close removed the directory and its contents");
  ok (stat (outside, &st) == 0, "but not what a symlink in it pointed to");
  free (sockdir);

  /* A tmpdir that has gone away: the error names the path. */
  g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_set_tmpdir (g, tmp);
  rmdir (tmp);
  is_int (guestfs_add_drive_scratch (g, 1 << 20, -1), -1,
          "no private directory when tmpdir is missing");
  has_str (guestfs_last_error (g), tmp, "the error names the directory");
  is_int (guestfs_last_errno (g), ENOENT, "with ENOENT");
  guestfs_close (g);

  unlink (outside);
  free (outside);
  return tap_done ();
}
