/* Error messages name devices as the caller did.
 *
 * Device arguments reach the do_* functions translated to the kernel's
 * names, and the kernel may letter the disks in another order than the
 * drives were added (docs/appliance-boot.md), so an error saying
 * "/dev/sdc: ..." could be about the caller's /dev/sdb.  Each call
 * remembers the translations it made, and the error reply puts the
 * caller's names back.  Only names this call translated are touched: a
 * name the caller gave that translated to nothing stays as it was.
 */

#include <config.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "error-names.h"

struct translation
{
  char *caller; /* as the caller wrote it, e.g. /dev/sdb */
  char *kernel; /* what it was translated to, e.g. /dev/sdc */
};

static struct translation *translations;
static size_t n_translations;

void
remember_device_translation (const char *caller, const char *kernel)
{
  struct translation *t;

  if (strcmp (caller, kernel) == 0)
    return;
  t = realloc (translations, (n_translations + 1) * sizeof *t);
  if (t == NULL)
    return; /* the message keeps the kernel's name: no worse than before */
  translations = t;
  t[n_translations].caller = strdup (caller);
  t[n_translations].kernel = strdup (kernel);
  if (t[n_translations].caller == NULL || t[n_translations].kernel == NULL)
    {
      free (t[n_translations].caller);
      free (t[n_translations].kernel);
      return;
    }
  n_translations++;
}

void
forget_device_translations (void)
{
  for (size_t i = 0; i < n_translations; i++)
    {
      free (translations[i].caller);
      free (translations[i].kernel);
    }
  free (translations);
  translations = NULL;
  n_translations = 0;
}

/* The translation whose kernel name starts s as a whole name: what
 * follows may be a partition number (/dev/sdc1 is a partition of
 * /dev/sdc) but not another letter (/dev/sdca is another disk).  The
 * longest match wins, so /dev/sdc1 given as such is not read as
 * /dev/sdc plus "1".
 */
static const struct translation *
translation_at (const char *s)
{
  const struct translation *best = NULL;
  size_t best_len = 0;

  for (size_t i = 0; i < n_translations; i++)
    {
      const char *k = translations[i].kernel;
      size_t len = strlen (k);

      if (len > best_len && strncmp (s, k, len) == 0
          && !isalpha ((unsigned char)s[len]))
        {
          best = &translations[i];
          best_len = len;
        }
    }
  return best;
}

void
restore_caller_device_names (char *msg, size_t size)
{
  char *out;
  size_t o = 0;

  if (n_translations == 0 || size == 0)
    return;
  out = malloc (size);
  if (out == NULL)
    return;
  /* One pass, so swapped names (sdb->sdc and sdc->sdb) stay swapped. */
  for (const char *p = msg; *p && o + 1 < size;)
    {
      const struct translation *t = translation_at (p);

      if (t == NULL)
        {
          out[o++] = *p++;
          continue;
        }
      for (const char *c = t->caller; *c && o + 1 < size; c++)
        out[o++] = *c;
      p += strlen (t->kernel);
    }
  out[o] = '\0';
  memcpy (msg, out, o + 1);
  free (out);
}
