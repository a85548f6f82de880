/* NULL-terminated string lists. */

#include <config.h>

#include <stdlib.h>

#include "guestfs-common.h"

size_t
guestfs_int_count_strings (char *const *l)
{
  size_t n = 0;

  while (l[n] != NULL)
    n++;
  return n;
}

void
guestfs_int_free_string_list (char **l)
{
  if (l == NULL)
    return;
  for (size_t i = 0; l[i] != NULL; i++)
    free (l[i]);
  free (l);
}
