/* MBR partition type bytes, and the deprecated sfdisk calls, by
 * today's sfdisk(8) (util-linux 2.26 and later).
 *
 * Old sfdisk took the disk's geometry (-C, -H, -S), counted in
 * cylinders unless told otherwise (-uM: megabytes) and read geometry
 * back from the partition table (-G).  Today's counts in sectors (or
 * takes a unit suffix such as "MiB"), aligns to 1 MiB and knows only
 * the kernel's geometry; the calls below map the old ones onto it.
 */

#include <config.h>

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

static int
require_msdos (const char *device)
{
  CLEANUP_FREE char *type = partition_table_type (device);

  if (type == NULL)
    return -1;
  if (strcmp (type, "msdos") == 0)
    return 0;
  reply_with_error_errno (EINVAL,
                          "%s: the partition table is %s: only MBR "
                          "partitions have type bytes",
                          device, type);
  return -1;
}

/* Run sfdisk with argv, lines (may be NULL) on its stdin; its stdout in
 * *out_r if out_r.
 */
static int
run_sfdisk (const char *device, const char *const *argv, const char *lines,
            char **out_r)
{
  CLEANUP_CLOSE int in = -1;
  CLEANUP_FREE char *out = NULL, *err = NULL;
  int r;

  if (lines)
    {
      in = string_fd (lines, strlen (lines));
      if (in == -1)
        {
          reply_with_perror ("memfd_create");
          return -1;
        }
    }
  struct command cmd = COMMAND_INIT (argv);
  cmd.stdin_fd = in;
  r = run_command (&cmd, &out, &err);
  if (r != 0)
    {
      reply_command_error (device, r, "sfdisk", err);
      return -1;
    }
  if (out_r)
    {
      *out_r = out;
      out = NULL;
    }
  return 0;
}

int
do_part_get_mbr_id (const char *device, int partnum)
{
  CLEANUP_FREE char *out = NULL;
  char num[16], *end;
  long id;

  if (check_partnum (partnum) == -1 || require_msdos (device) == -1)
    return -1;
  snprintf (num, sizeof num, "%d", partnum);
  const char *argv[] = { "sfdisk", "--part-type", "--", device, num, NULL };
  if (run_sfdisk (device, argv, NULL, &out) == -1)
    return -1;
  trim_end (out);
  errno = 0;
  id = strtol (out, &end, 16);
  if (errno || end == out || *end || id < 0 || id > 255)
    {
      reply_with_error ("%s: cannot parse the type sfdisk printed: \"%s\"",
                        device, out);
      return -1;
    }
  return id;
}

int
do_part_set_mbr_id (const char *device, int partnum, int idbyte)
{
  char num[16], hex[8];

  if (check_partnum (partnum) == -1)
    return -1;
  if (idbyte < 0 || idbyte > 255)
    {
      reply_with_error_errno (EINVAL, "idbyte %d: must be 0 to 255 (0xff)",
                              idbyte);
      return -1;
    }
  if (require_msdos (device) == -1)
    return -1;
  snprintf (num, sizeof num, "%d", partnum);
  snprintf (hex, sizeof hex, "%x", idbyte);
  const char *argv[]
      = { "sfdisk", "--part-type", "--", device, num, hex, NULL };
  return run_sfdisk (device, argv, NULL, NULL);
}

char *
do_part_get_mbr_part_type (const char *device, int partnum)
{
  CLEANUP_FREE char *type = NULL;
  const char *r;
  int id;

  if (check_partnum (partnum) == -1)
    return NULL;
  type = partition_table_type (device);
  if (type == NULL)
    return NULL;
  /* libguestfs calls every GPT partition primary. */
  if (strcmp (type, "gpt") == 0)
    r = "primary";
  else
    {
      id = do_part_get_mbr_id (device, partnum);
      if (id == -1)
        return NULL;
      if (partnum > 4)
        r = "logical";
      else if (id == 0x05 || id == 0x0f || id == 0x85)
        r = "extended";
      else
        r = "primary";
    }
  char *s = strdup (r);
  if (s == NULL)
    reply_with_perror ("strdup");
  return s;
}

/* Today's sfdisk takes no geometry. */
static int
check_geometry (int cyls, int heads, int sectors)
{
  if (cyls == 0 && heads == 0 && sectors == 0)
    return 0;
  reply_with_error_errno (EINVAL,
                          "cyls %d, heads %d, sectors %d: sfdisk no longer "
                          "takes a geometry, pass 0 for each",
                          cyls, heads, sectors);
  return -1;
}

static char *
join_lines (char *const *lines)
{
  size_t len = 1;
  char *r, *p;

  for (size_t i = 0; lines[i]; i++)
    len += strlen (lines[i]) + 1;
  r = p = malloc (len);
  if (r == NULL)
    {
      reply_with_perror ("malloc");
      return NULL;
    }
  for (size_t i = 0; lines[i]; i++)
    p = stpcpy (stpcpy (p, lines[i]), "\n");
  *p = '\0';
  return r;
}

int
do_sfdisk (const char *device, int cyls, int heads, int sectors,
           char *const *lines)
{
  CLEANUP_FREE char *input = NULL;
  const char *argv[] = { "sfdisk", "--", device, NULL };

  if (check_geometry (cyls, heads, sectors) == -1)
    return -1;
  input = join_lines (lines);
  if (input == NULL)
    return -1;
  return run_sfdisk (device, argv, input, NULL);
}

int
do_sfdisk_N (const char *device, int partnum, int cyls, int heads, int sectors,
             const char *line)
{
  CLEANUP_FREE char *input = NULL;
  char num[16];

  if (check_partnum (partnum) == -1
      || check_geometry (cyls, heads, sectors) == -1)
    return -1;
  if (asprintf (&input, "%s\n", line) == -1)
    {
      reply_with_perror ("asprintf");
      return -1;
    }
  snprintf (num, sizeof num, "%d", partnum);
  const char *argv[] = { "sfdisk", "-N", num, "--", device, NULL };
  return run_sfdisk (device, argv, input, NULL);
}

static bool
all_digits (const char *s, size_t len)
{
  if (len == 0)
    return false;
  for (size_t i = 0; i < len; i++)
    if (!isdigit ((unsigned char)s[i]))
      return false;
  return true;
}

/* Old sfdisk -uM: the start and size fields of "start,size,..." in
 * megabytes.  Today's sfdisk takes them with a "MiB" suffix.
 */
static char *
megabyte_lines (char *const *lines)
{
  size_t len = 1;
  char *r, *p;

  for (size_t i = 0; lines[i]; i++)
    len += strlen (lines[i]) + 2 * 3 + 1;
  r = p = malloc (len);
  if (r == NULL)
    {
      reply_with_perror ("malloc");
      return NULL;
    }
  for (size_t i = 0; lines[i]; i++)
    {
      const char *s = lines[i];
      for (int field = 0; field < 2; field++)
        {
          size_t flen = strcspn (s, ",");
          size_t lead = strspn (s, " \t"), trail = 0;
          while (
              trail < flen - lead
              && (s[flen - trail - 1] == ' ' || s[flen - trail - 1] == '\t'))
            trail++;
          p = mempcpy (p, s, flen);
          if (lead < flen && all_digits (s + lead, flen - lead - trail))
            p = stpcpy (p, "MiB");
          s += flen;
          if (*s != ',')
            break;
          *p++ = *s++;
        }
      p = stpcpy (stpcpy (p, s), "\n");
    }
  *p = '\0';
  return r;
}

int
do_sfdiskM (const char *device, char *const *lines)
{
  CLEANUP_FREE char *input = megabyte_lines (lines);
  const char *argv[] = { "sfdisk", "--", device, NULL };

  if (input == NULL)
    return -1;
  return run_sfdisk (device, argv, input, NULL);
}

/* sfdisk's output with the appliance's name for device (and its
 * partitions) replaced by the canonical one.
 */
static char *
sfdisk_output (const char *device, const char *option)
{
  CLEANUP_FREE char *out = NULL, *canonical = NULL;
  const char *argv[] = { "sfdisk", option, "--", device, NULL };
  size_t dlen = strlen (device), clen, n = 0;
  char *r, *p;
  const char *s;

  if (run_sfdisk (device, argv, NULL, &out) == -1)
    return NULL;
  canonical = canonical_device_name (device);
  if (canonical == NULL)
    {
      reply_with_perror ("%s", device);
      return NULL;
    }
  clen = strlen (canonical);
  for (s = out; (s = strstr (s, device)) != NULL; s += dlen)
    n++;
  r = p = malloc (strlen (out) + n * (clen > dlen ? clen - dlen : 0) + 1);
  if (r == NULL)
    {
      reply_with_perror ("malloc");
      return NULL;
    }
  for (s = out; *s;)
    {
      /* Not a longer disk name: /dev/sda in /dev/sdab. */
      if (strncmp (s, device, dlen) == 0 && !islower ((unsigned char)s[dlen]))
        {
          p = stpcpy (p, canonical);
          s += dlen;
        }
      else
        *p++ = *s++;
    }
  *p = '\0';
  return r;
}

char *
do_sfdisk_l (const char *device)
{
  return sfdisk_output (device, "--list");
}

char *
do_sfdisk_kernel_geometry (const char *device)
{
  return sfdisk_output (device, "--show-geometry");
}

/* Today's sfdisk has no geometry but the kernel's (-G is an alias of
 * -g).
 */
char *
do_sfdisk_disk_geometry (const char *device)
{
  return sfdisk_output (device, "--show-geometry");
}
