/* String lists and buffers, clocks. */

#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "guestfs.h"
#include "guestfs-internal.h"

char **
guestfs_int_copy_string_list (guestfs_h *g, char *const *l)
{
  size_t n = guestfs_int_count_strings (l);
  char **r = safe_malloc (g, (n + 1) * sizeof (char *));

  for (size_t i = 0; i < n; ++i)
    r[i] = safe_strdup (g, l[i]);
  r[n] = NULL;
  return r;
}

char **
guestfs_int_take_string_list (guestfs_h *g, char **v, u_int n)
{
  char **r = safe_realloc (g, v, ((size_t)n + 1) * sizeof (char *));

  r[n] = NULL;
  return r;
}

char *
guestfs_int_take_buffer (guestfs_h *g, char *v, u_int n, size_t *size_r)
{
  *size_r = n;
  if (v == NULL)
    v = safe_malloc (g, 1);
  return v;
}

int64_t
guestfs_int_now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

double
guestfs_int_elapsed_s (const struct timespec *start)
{
  struct timespec now;

  clock_gettime (CLOCK_MONOTONIC, &now);
  return (now.tv_sec - start->tv_sec) + (now.tv_nsec - start->tv_nsec) / 1e9;
}
