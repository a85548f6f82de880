/* guestfsd-confine.so: preloaded by the daemon into a program it runs
 * confined to the guest (confine.c, docs/confinement.md).  Once the
 * program and its libraries are loaded from the daemon's root, and
 * before its main(), make the guest's mount tree the root and the
 * guest directory the working directory.  GUESTFSD_CONFINE holds the
 * three descriptors "ROOT:DIR:SELF" the daemon left open for this.
 *
 * Built without the sanitizers: a preloaded ASan object would need the
 * ASan runtime first in the program.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

static void __attribute__ ((constructor)) enter_guest (void)
{
  const char *s = getenv ("GUESTFSD_CONFINE");
  int root, dir, self, end = 0;

  if (s == NULL)
    return;
  if (sscanf (s, "%d:%d:%d%n", &root, &dir, &self, &end) != 3 || s[end] != '\0'
      || fchdir (root) == -1 || chroot (".") == -1 || fchdir (dir) == -1)
    {
      /* Whatever happened, the program must not run unconfined. */
      dprintf (2, "guestfsd-confine: cannot enter the guest: %m\n");
      _exit (127);
    }
  close (root);
  close (dir);
  close (self);
  /* Programs this one runs inherit the root, but neither the
   * descriptors named here nor a capability to leave it (confine.c
   * raises CAP_SYS_CHROOT for a user's daemon).
   */
  unsetenv ("GUESTFSD_CONFINE");
  unsetenv ("LD_PRELOAD");
  prctl (PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
}
