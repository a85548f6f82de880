/* The private data area: named pointers the caller (usually a language
 * binding) attaches to the handle.
 *
 * g->pda_next is 0 when no walk is in progress, otherwise one more than
 * the index the next guestfs_next_private looks at, so a fresh
 * (zeroed) handle starts with no walk.
 */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "guestfs.h"
#include "guestfs-internal.h"

static struct guestfs_int_private *
find (guestfs_h *g, const char *key)
{
  for (size_t i = 0; i < g->nr_pda; ++i)
    if (strcmp (g->pda[i].key, key) == 0)
      return &g->pda[i];
  return NULL;
}

GUESTFS_DLL_PUBLIC void
guestfs_set_private (guestfs_h *g, const char *key, void *data)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("set_private");
      return;
    }
  GUESTFS_INT_LOCK_SCOPE (g);
  if (key == NULL)
    {
      guestfs_int_null_param (g, "set_private", "key");
      return;
    }

  g->pda_next = 0;

  struct guestfs_int_private *p = find (g, key);
  if (p)
    {
      p->data = data;
      return;
    }
  g->pda = safe_realloc (g, g->pda, (g->nr_pda + 1) * sizeof *g->pda);
  g->pda[g->nr_pda].key = safe_strdup (g, key);
  g->pda[g->nr_pda].data = data;
  g->nr_pda++;
}

GUESTFS_DLL_PUBLIC void *
guestfs_get_private (guestfs_h *g, const char *key)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("get_private");
      return NULL;
    }
  GUESTFS_INT_LOCK_SCOPE (g);
  if (key == NULL)
    {
      guestfs_int_null_param (g, "get_private", "key");
      return NULL;
    }

  struct guestfs_int_private *p = find (g, key);
  return p ? p->data : NULL;
}

/* Continue the walk from index i: the next entry with non-NULL data. */
static void *
walk_from (guestfs_h *g, size_t i, const char **key_rtn)
{
  for (; i < g->nr_pda; ++i)
    if (g->pda[i].data)
      {
        g->pda_next = i + 2;
        if (key_rtn)
          *key_rtn = g->pda[i].key;
        return g->pda[i].data;
      }
  g->pda_next = 0;
  return NULL;
}

GUESTFS_DLL_PUBLIC void *
guestfs_first_private (guestfs_h *g, const char **key_rtn)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("first_private");
      return NULL;
    }
  GUESTFS_INT_LOCK_SCOPE (g);
  return walk_from (g, 0, key_rtn);
}

GUESTFS_DLL_PUBLIC void *
guestfs_next_private (guestfs_h *g, const char **key_rtn)
{
  if (g == NULL)
    {
      guestfs_int_null_handle ("next_private");
      return NULL;
    }
  GUESTFS_INT_LOCK_SCOPE (g);
  if (g->pda_next == 0)
    return NULL;
  return walk_from (g, g->pda_next - 1, key_rtn);
}
