/* Partition tables, by parted(8) in script mode. */

#include <config.h>

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon.h"
#include "actions.h"

/* Sectors at the end of a disk that GPT's backup header takes. */
#define GPT_BACKUP_SECTORS 33
/* part_disk starts at 1 MiB, where every tool aligns. */
#define PART_DISK_START "2048s"

static const char *
parted_label (const char *parttype)
{
  return strcmp (parttype, "mbr") == 0 ? "msdos" : parttype;
}

/* `parted -m -s -- DEVICE unit b print`: lines "BYT;", the disk, then
 * one per partition, fields separated by ':'.
 */
static char *
parted_print (const char *device)
{
  CLEANUP_FREE char *err = NULL;
  char *out;
  int r = command (&out, &err, "parted", "-m", "-s", "--", device, "unit", "b",
                   "print", NULL);

  if (r != 0)
    {
      free (out);
      reply_command_error (device, r, "parted", err);
      return NULL;
    }
  return out;
}

static char *
parttype_of (const char *device)
{
  CLEANUP_FREE char *out = parted_print (device);
  char *line, *save = NULL, *r = NULL;

  if (out == NULL)
    return NULL;
  /* The second line: path:size:transport:lss:pss:TYPE:model:flags; */
  line = strtok_r (out, "\n", &save);
  line = line ? strtok_r (NULL, "\n", &save) : NULL;
  for (int i = 0; line && i < 5; i++)
    {
      line = strchr (line, ':');
      if (line)
        line++;
    }
  if (line)
    r = strndup (line, strcspn (line, ":;"));
  if (r == NULL)
    reply_with_error ("%s: cannot parse the output of parted", device);
  return r;
}

static int
parted (const char *device, const char *const *args)
{
  const char *argv[16] = { "parted", "-s", "--", device };
  size_t n = 4;
  CLEANUP_FREE char *err = NULL;
  int r;

  while (*args && n < sizeof argv / sizeof argv[0] - 1)
    argv[n++] = *args++;
  argv[n] = NULL;
  struct command cmd = COMMAND_INIT (argv);
  r = run_command (&cmd, NULL, &err);
  if (r != 0)
    {
      reply_command_error (device, r, "parted", err);
      return -1;
    }
  return 0;
}

int
do_part_init (const char *device, const char *parttype)
{
  const char *args[] = { "mklabel", parted_label (parttype), NULL };

  return parted (device, args);
}

int
do_part_add (const char *device, const char *prlogex, int64_t startsect,
             int64_t endsect)
{
  const char *type;
  char start[32], end[32];

  if (strcmp (prlogex, "p") == 0 || strcmp (prlogex, "primary") == 0)
    type = "primary";
  else if (strcmp (prlogex, "l") == 0 || strcmp (prlogex, "logical") == 0)
    type = "logical";
  else if (strcmp (prlogex, "e") == 0 || strcmp (prlogex, "extended") == 0)
    type = "extended";
  else
    {
      reply_with_error_errno (EINVAL,
                              "%s: unknown partition type, expecting p, l "
                              "or e (primary, logical or extended)",
                              prlogex);
      return -1;
    }
  if (startsect < 0)
    {
      reply_with_error_errno (
          EINVAL, "startsect (%" PRId64 ") must not be negative", startsect);
      return -1;
    }
  if (endsect < 0)
    {
      CLEANUP_FREE char *label = parttype_of (device);
      if (label == NULL)
        return -1;
      if (strcmp (label, "gpt") == 0)
        endsect -= GPT_BACKUP_SECTORS;
    }
  snprintf (start, sizeof start, "%" PRId64 "s", startsect);
  snprintf (end, sizeof end, "%" PRId64 "s", endsect);
  const char *args[] = { "mkpart", type, start, end, NULL };
  return parted (device, args);
}

int
do_part_disk (const char *device, const char *parttype)
{
  const char *label = parted_label (parttype);
  const char *end = strcmp (label, "gpt") == 0 ? "-34s" : "-1s";
  const char *args[]
      = { "mklabel", label, "mkpart", "primary", PART_DISK_START, end, NULL };

  return parted (device, args);
}

char *
do_part_get_parttype (const char *device)
{
  return parttype_of (device);
}

/* "12345B" */
static int
parse_bytes (const char *s, uint64_t *r)
{
  char *end;

  errno = 0;
  *r = strtoull (s, &end, 10);
  return errno || end == s || strcmp (end, "B") != 0 ? -1 : 0;
}

struct guestfs_int_partition_list *
do_part_list (const char *device)
{
  CLEANUP_FREE char *out = parted_print (device);
  struct guestfs_int_partition_list *r;
  char *line, *save = NULL;
  size_t alloc = 0;

  if (out == NULL)
    return NULL;
  r = calloc (1, sizeof *r);
  if (r == NULL)
    {
      reply_with_perror ("calloc");
      return NULL;
    }
  /* Skip "BYT;" and the disk's line. */
  line = strtok_r (out, "\n", &save);
  line = line ? strtok_r (NULL, "\n", &save) : NULL;
  while (line && (line = strtok_r (NULL, "\n", &save)) != NULL)
    {
      char *fields[4], *fsave = NULL;
      int64_t num;
      struct guestfs_int_partition p;

      for (int i = 0; i < 4; i++)
        fields[i] = strtok_r (i ? NULL : line, ":", &fsave);
      if (!fields[3] || parse_int64 (fields[0], 1, INT32_MAX, &num) == -1
          || parse_bytes (fields[1], &p.part_start) == -1
          || parse_bytes (fields[2], &p.part_end) == -1
          || parse_bytes (fields[3], &p.part_size) == -1)
        {
          reply_with_error ("%s: cannot parse the output of parted: %s",
                            device, line);
          free (r->val);
          free (r);
          return NULL;
        }
      p.part_num = num;
      if (r->len == alloc)
        {
          alloc = alloc ? alloc * 2 : 8;
          struct guestfs_int_partition *v
              = realloc (r->val, alloc * sizeof *v);
          if (v == NULL)
            {
              reply_with_perror ("realloc");
              free (r->val);
              free (r);
              return NULL;
            }
          r->val = v;
        }
      r->val[r->len++] = p;
    }
  return r;
}
