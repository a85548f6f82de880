/* daemon/error-names.c: error messages name devices as the caller did,
 * whatever letters the kernel gave the disks.  Unit-tested here because
 * the kernel's lettering in a real appliance is a race that a launch
 * cannot force (docs/appliance-boot.md).
 */

#include <config.h>

#include "c-api/tap.h"
#include "error-names.h"

static void
check (const char *msg, const char *want, const char *what)
{
  char buf[256];

  snprintf (buf, sizeof buf, "%s", msg);
  restore_caller_device_names (buf, sizeof buf);
  is_str (buf, want, "%s", what);
}

int
main (void)
{
  check ("/dev/sdc: fsync: Input/output error",
         "/dev/sdc: fsync: Input/output error",
         "no translation: the message is unchanged");

  remember_device_translation ("/dev/sdb", "/dev/sdc");
  check ("dd: /dev/sdc: fsync: Input/output error",
         "dd: /dev/sdb: fsync: Input/output error",
         "a translated disk gets the caller's name back");
  check ("mkfs: /dev/sdc1: busy", "mkfs: /dev/sdb1: busy",
         "its partitions too");
  check ("/dev/sdca: gone", "/dev/sdca: gone",
         "a longer disk name is another disk");
  check ("/dev/sdc /dev/sdc", "/dev/sdb /dev/sdb", "every occurrence");

  remember_device_translation ("/dev/sdc", "/dev/sdb");
  check ("copy /dev/sdb to /dev/sdc", "copy /dev/sdc to /dev/sdb",
         "swapped names stay swapped");

  remember_device_translation ("/dev/sdd", "/dev/sdd");
  check ("/dev/sdd: ok", "/dev/sdd: ok", "an identical name is left");

  remember_device_translation ("/dev/vda2", "/dev/sdb2");
  check ("/dev/sdb2: no fs", "/dev/vda2: no fs",
         "the longest translation wins");

  {
    char small[12] = "/dev/sdc: x";
    forget_device_translations ();
    remember_device_translation ("/dev/disk-with-long-name", "/dev/sdc");
    restore_caller_device_names (small, sizeof small);
    is_str (small, "/dev/disk-w", "a longer name is cut at the buffer's end");
  }

  forget_device_translations ();
  check ("/dev/sdc: x", "/dev/sdc: x", "a new call forgets the old names");

  return tap_done ();
}
