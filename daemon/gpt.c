/* GPT partition and disk attributes, by sgdisk(8) (optional group
 * "gdisk").
 *
 * sgdisk converts an MBR to GPT in memory when it finds no GPT, and
 * accepts some malformed GUIDs and partition numbers without a word,
 * so every change is checked here first: the table is GPT, the
 * partition exists, the GUID is well formed.
 */

#include <config.h>

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon.h"
#include "actions.h"

int
optgroup_gdisk_available (void)
{
  static int available = -1;

  if (available == -1)
    available = command (NULL, NULL, "sgdisk", "--version", NULL) == 0;
  return available;
}

/* sgdisk ARGS... -- DEVICE; its stdout in *out_r if out_r. */
static int
sgdisk (const char *device, const char *const *args, char **out_r)
{
  const char *argv[8] = { "sgdisk" };
  size_t n = 1;
  CLEANUP_FREE char *out = NULL, *err = NULL;
  int r;

  while (*args && n < sizeof argv / sizeof argv[0] - 3)
    argv[n++] = *args++;
  argv[n++] = "--";
  argv[n++] = device;
  argv[n] = NULL;
  struct command cmd = COMMAND_INIT (argv);
  r = run_command (&cmd, &out, &err);
  if (r != 0)
    {
      /* Some of its errors go to stdout. */
      if (out && (err == NULL || err[0] == '\0'))
        trim_end (out);
      reply_command_error (device, r, "sgdisk", err && err[0] ? err : out);
      return -1;
    }
  if (out_r)
    {
      *out_r = out;
      out = NULL;
    }
  return 0;
}

static int
require_gpt (const char *device)
{
  CLEANUP_FREE char *type = partition_table_type (device);

  if (type == NULL)
    return -1;
  if (strcmp (type, "gpt") == 0)
    return 0;
  reply_with_error_errno (EINVAL, "%s: the partition table is %s, not GPT",
                          device, type);
  return -1;
}

static int
check_guid (const char *guid)
{
  if (valid_uuid (guid))
    return 0;
  reply_with_error_errno (EINVAL,
                          "\"%s\": not a GUID (expected "
                          "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX in hex)",
                          guid);
  return -1;
}

/* The value of "FIELD: value" in sgdisk's output out (modified). */
static char *
find_field (char *out, const char *field)
{
  size_t len = strlen (field);
  char *line, *save = NULL;

  for (line = strtok_r (out, "\n", &save); line;
       line = strtok_r (NULL, "\n", &save))
    if (strncmp (line, field, len) == 0 && strncmp (line + len, ": ", 2) == 0)
      return line + len + 2;
  return NULL;
}

/* The first word of FIELD in `sgdisk -i PARTNUM` (malloc'd). */
static char *
partition_field (const char *device, int partnum, const char *field)
{
  CLEANUP_FREE char *out = NULL;
  char arg[16], *value, *r;

  if (check_partnum (partnum) == -1)
    return NULL;
  snprintf (arg, sizeof arg, "%d", partnum);
  const char *args[] = { "-i", arg, NULL };
  if (sgdisk (device, args, &out) == -1)
    return NULL;
  value = find_field (out, field);
  if (value == NULL)
    {
      reply_with_error_errno (ENOENT, "%s: there is no partition %d", device,
                              partnum);
      return NULL;
    }
  r = strndup (value, strcspn (value, " "));
  if (r == NULL)
    reply_with_perror ("strndup");
  return r;
}

/* Change partition partnum of a GPT with `sgdisk OPTION PARTNUM:value`. */
static int
change_partition (const char *device, int partnum, const char *option,
                  const char *value)
{
  CLEANUP_FREE char *exists = NULL, *arg = NULL;

  if (require_gpt (device) == -1)
    return -1;
  exists = partition_field (device, partnum, "Partition GUID code");
  if (exists == NULL)
    return -1;
  if (asprintf (&arg, "%d:%s", partnum, value) == -1)
    {
      reply_with_perror ("asprintf");
      return -1;
    }
  const char *args[] = { option, arg, NULL };
  return sgdisk (device, args, NULL);
}

char *
do_part_get_gpt_type (const char *device, int partnum)
{
  return partition_field (device, partnum, "Partition GUID code");
}

int
do_part_set_gpt_type (const char *device, int partnum, const char *guid)
{
  if (check_partnum (partnum) == -1 || check_guid (guid) == -1)
    return -1;
  return change_partition (device, partnum, "-t", guid);
}

char *
do_part_get_gpt_guid (const char *device, int partnum)
{
  if (check_partnum (partnum) == -1 || require_gpt (device) == -1)
    return NULL;
  return partition_field (device, partnum, "Partition unique GUID");
}

int
do_part_set_gpt_guid (const char *device, int partnum, const char *guid)
{
  if (check_partnum (partnum) == -1 || check_guid (guid) == -1)
    return -1;
  return change_partition (device, partnum, "-u", guid);
}

int64_t
do_part_get_gpt_attributes (const char *device, int partnum)
{
  CLEANUP_FREE char *value = NULL;
  char *end;
  uint64_t r;

  if (check_partnum (partnum) == -1 || require_gpt (device) == -1)
    return -1;
  value = partition_field (device, partnum, "Attribute flags");
  if (value == NULL)
    return -1;
  errno = 0;
  r = strtoull (value, &end, 16);
  if (errno || end == value || *end)
    {
      reply_with_error ("%s: cannot parse sgdisk's attribute flags \"%s\"",
                        device, value);
      return -1;
    }
  return (int64_t)r;
}

int
do_part_set_gpt_attributes (const char *device, int partnum,
                            int64_t attributes)
{
  char value[32];

  if (check_partnum (partnum) == -1)
    return -1;
  /* "=:MASK": set exactly these bits. */
  snprintf (value, sizeof value, "=:%" PRIx64, (uint64_t)attributes);
  return change_partition (device, partnum, "-A", value);
}

char *
do_part_get_disk_guid (const char *device)
{
  CLEANUP_FREE char *out = NULL;
  const char *args[] = { "-p", NULL };
  char *value, *r;

  if (require_gpt (device) == -1 || sgdisk (device, args, &out) == -1)
    return NULL;
  value = find_field (out, "Disk identifier (GUID)");
  if (value == NULL)
    {
      reply_with_error ("%s: sgdisk printed no disk identifier", device);
      return NULL;
    }
  r = strndup (value, strcspn (value, " "));
  if (r == NULL)
    reply_with_perror ("strndup");
  return r;
}

static int
set_disk_guid (const char *device, const char *guid)
{
  const char *args[] = { "-U", guid, NULL };

  if (require_gpt (device) == -1)
    return -1;
  return sgdisk (device, args, NULL);
}

int
do_part_set_disk_guid (const char *device, const char *guid)
{
  if (check_guid (guid) == -1)
    return -1;
  return set_disk_guid (device, guid);
}

int
do_part_set_disk_guid_random (const char *device)
{
  /* sgdisk's word for a random GUID. */
  return set_disk_guid (device, "R");
}

int
do_part_expand_gpt (const char *device)
{
  const char *args[] = { "-e", NULL };

  if (require_gpt (device) == -1)
    return -1;
  return sgdisk (device, args, NULL);
}
