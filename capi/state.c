/* Handle states and the checks the entry points make on them. */

#include <config.h>

#include <string.h>

#include "guestfs.h"
#include "guestfs-internal.h"
#include "impl-actions.h"

const char *
guestfs_int_state_name (enum guestfs_int_state state)
{
  switch (state)
    {
    case GUESTFS_INT_STATE_CONFIG:
      return "CONFIG";
    case GUESTFS_INT_STATE_LAUNCHING:
      return "LAUNCHING";
    case GUESTFS_INT_STATE_READY:
      return "READY";
    case GUESTFS_INT_STATE_BUSY:
      return "BUSY";
    }
  return "UNKNOWN";
}

bool
guestfs_int_check_state (guestfs_h *g, const char *caller,
                         unsigned allowed_mask)
{
  if (allowed_mask & (1u << g->state))
    return true;

  /* Room for "CONFIG/LAUNCHING/READY/BUSY". */
  char allowed[64] = "";
  for (int s = GUESTFS_INT_STATE_CONFIG; s <= GUESTFS_INT_STATE_BUSY; ++s)
    if (allowed_mask & (1u << s))
      {
        if (allowed[0])
          strcat (allowed, "/");
        strcat (allowed, guestfs_int_state_name (s));
      }

  const char *hint = "";
  if ((allowed_mask & GUESTFS_INT_STATE_BIT_READY)
      && g->state == GUESTFS_INT_STATE_CONFIG)
    hint = " (call guestfs_launch first)";

  error (g,
         "%s: this call is only allowed in %s state, but the handle is in "
         "%s state%s",
         caller, allowed, guestfs_int_state_name (g->state), hint);
  return false;
}

int
guestfs_impl_is_config (guestfs_h *g)
{
  return g->state == GUESTFS_INT_STATE_CONFIG;
}

int
guestfs_impl_is_launching (guestfs_h *g)
{
  return g->state == GUESTFS_INT_STATE_LAUNCHING;
}

int
guestfs_impl_is_ready (guestfs_h *g)
{
  return g->state == GUESTFS_INT_STATE_READY;
}

int
guestfs_impl_is_busy (guestfs_h *g)
{
  return g->state == GUESTFS_INT_STATE_BUSY;
}

int
guestfs_impl_get_state (guestfs_h *g)
{
  return g->state;
}
