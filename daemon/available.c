/* The optional groups: available, available_all_groups,
 * feature_available.  Each group's test (optgroup_NAME_available) is
 * written beside its actions; the table of them is generated.
 */

#include <config.h>

#include <string.h>

#include "actions.h"
#include "daemon.h"

static const struct optgroup *
find_group (const char *name)
{
  for (const struct optgroup *o = optgroups; o->name; ++o)
    if (strcmp (o->name, name) == 0)
      return o;
  return NULL;
}

/* 1 if every group in GROUPS is available, 0 if one is not (its name
 * in *MISSING), -1 (error sent) if one is not a group at all.
 */
static int
check_groups (const char *caller, char *const *groups, const char **missing)
{
  int r = 1;

  for (size_t i = 0; groups[i]; ++i)
    {
      const struct optgroup *o = find_group (groups[i]);

      if (o == NULL)
        {
          reply_with_error ("%s: %s: unknown group", caller, groups[i]);
          return -1;
        }
      if (r == 1 && !o->available ())
        {
          *missing = groups[i];
          r = 0;
        }
    }
  return r;
}

int
do_available (char *const *groups)
{
  const char *missing = NULL;
  int r = check_groups ("available", groups, &missing);

  if (r == 0)
    reply_with_error ("%s: group not available", missing);
  return r == 1 ? 0 : -1;
}

int
do_feature_available (char *const *groups)
{
  const char *missing;

  return check_groups ("feature_available", groups, &missing);
}

char **
do_available_all_groups (void)
{
  struct stringsbuf sb = STRINGSBUF_INIT;

  for (const struct optgroup *o = optgroups; o->name; ++o)
    if (add_string (&sb, o->name) == -1)
      return NULL;
  return end_stringsbuf (&sb);
}
