/* filesystem_available: what /proc/filesystems lists, once the
 * kernel's module for the type has had a chance to load.
 */

#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

/* Whether /proc/filesystems lists name: 1, 0, or -1 after replying. */
static int
kernel_has_filesystem (const char *name)
{
  CLEANUP_CLOSE int fd = open ("/proc/filesystems", O_RDONLY | O_CLOEXEC);
  CLEANUP_FREE char *list = NULL;
  size_t size, len = strlen (name);

  if (fd == -1 || (list = read_whole_fd (fd, 1 << 20, &size)) == NULL)
    {
      reply_with_perror ("/proc/filesystems");
      return -1;
    }
  /* Lines are "[nodev]\tNAME". */
  for (char *line = list; *line;)
    {
      size_t n = strcspn (line, "\n");
      char *tab = memchr (line, '\t', n);

      if (tab && (size_t)(line + n - tab - 1) == len
          && memcmp (tab + 1, name, len) == 0)
        return 1;
      line += n + (line[n] == '\n');
    }
  return 0;
}

int
do_filesystem_available (const char *filesystem)
{
  static const char allowed[] = "abcdefghijklmnopqrstuvwxyz"
                                "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-";
  CLEANUP_FREE char *alias = NULL;
  int r;

  if (filesystem[0] == '\0' || filesystem[0] == '-' || filesystem[0] == '.'
      || filesystem[strspn (filesystem, allowed)] != '\0')
    {
      reply_with_error_errno (EINVAL, "%s: invalid filesystem name",
                              filesystem);
      return -1;
    }
  r = kernel_has_filesystem (filesystem);
  if (r != 0)
    return r;
  /* The alias the kernel itself asks modprobe for when mounting; no
   * module for it is an answer, not an error.
   */
  if (asprintf (&alias, "fs-%s", filesystem) == -1)
    {
      reply_with_perror ("asprintf");
      return -1;
    }
  command (NULL, NULL, "modprobe", "-q", "--", alias, NULL);
  return kernel_has_filesystem (filesystem);
}
