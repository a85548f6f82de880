/* Partition tables, by parted(8) in script mode. */

#include <config.h>

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

/* Sectors at the end of a disk that GPT's backup header takes. */
#define GPT_BACKUP_SECTORS 33
/* part_disk starts at 1 MiB, where every tool aligns. */
#define PART_DISK_START "2048s"

/* parted converts partition names between UTF-8 and UTF-16 in the
 * locale's charset: the appliance sets no locale, so a non-ASCII name
 * would fail.  C.UTF-8 comes from libc-bin (appliance/packages).
 */
#define PARTED "env", "LC_ALL=C.UTF-8", "parted"

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
  int r = command (&out, &err, PARTED, "-m", "-s", "--", device, "unit", "b",
                   "print", NULL);

  if (r != 0)
    {
      free (out);
      reply_command_error (device, r, "parted", err);
      return NULL;
    }
  return out;
}

/* The table type in the disk's line of parted_print's output out
 * (modified): path:size:transport:lss:pss:TYPE:model:flags;
 */
static char *
parse_parttype (const char *device, char *out, char **save)
{
  char *line, *r = NULL;

  line = strtok_r (out, "\n", save);
  line = line ? strtok_r (NULL, "\n", save) : NULL;
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

char *
partition_table_type (const char *device)
{
  CLEANUP_FREE char *out = parted_print (device);
  char *save = NULL;

  if (out == NULL)
    return NULL;
  return parse_parttype (device, out, &save);
}

int
check_partnum (int partnum)
{
  if (partnum >= 1)
    return 0;
  reply_with_error_errno (EINVAL, "partition number %d: must be >= 1",
                          partnum);
  return -1;
}

/* The table type and the line of partition partnum in parted's
 * output, "N:START:END:SIZE:FS:NAME:FLAGS;" without the ';' (both
 * malloc'd).  A name's ':' and '\' come as "\:" and "\\".
 */
static int
parted_partition (const char *device, int partnum, char **parttype_r,
                  char **line_r)
{
  CLEANUP_FREE char *out = NULL;
  char *line, *save = NULL;
  char prefix[16];

  if (check_partnum (partnum) == -1)
    return -1;
  out = parted_print (device);
  if (out == NULL)
    return -1;
  *parttype_r = parse_parttype (device, out, &save);
  if (*parttype_r == NULL)
    return -1;
  snprintf (prefix, sizeof prefix, "%d:", partnum);
  while ((line = strtok_r (NULL, "\n", &save)) != NULL)
    {
      size_t len = strlen (line);
      if (strncmp (line, prefix, strlen (prefix)) != 0)
        continue;
      if (len > 0 && line[len - 1] == ';')
        line[len - 1] = '\0';
      *line_r = strdup (line);
      if (*line_r == NULL)
        break;
      return 0;
    }
  if (line == NULL)
    reply_with_error_errno (ENOENT, "%s: there is no partition %d", device,
                            partnum);
  else
    reply_with_perror ("strdup");
  free (*parttype_r);
  *parttype_r = NULL;
  return -1;
}

/* The NAME field of a line of parted_partition, unescaped in place:
 * after the fifth ':', up to the last (FLAGS has none).
 */
static char *
line_name (char *line)
{
  char *name = line, *end = strrchr (line, ':'), *p, *q;

  for (int i = 0; name && i < 5; i++)
    {
      name = strchr (name, ':');
      if (name)
        name++;
    }
  if (name == NULL || end == NULL || end < name)
    return NULL;
  *end = '\0';
  for (p = q = name; *p; p++)
    {
      if (*p == '\\' && p[1])
        p++;
      *q++ = *p;
    }
  *q = '\0';
  return name;
}

static int
parted (const char *device, const char *const *args)
{
  const char *argv[16] = { PARTED, "-s", "--", device };
  size_t n = 6;
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
      CLEANUP_FREE char *label = partition_table_type (device);
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
  return partition_table_type (device);
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

int
do_part_del (const char *device, int partnum)
{
  char num[16];

  if (check_partnum (partnum) == -1)
    return -1;
  snprintf (num, sizeof num, "%d", partnum);
  const char *args[] = { "rm", num, NULL };
  return parted (device, args);
}

int
do_part_get_bootable (const char *device, int partnum)
{
  CLEANUP_FREE char *type = NULL, *line = NULL;
  const char *flags;

  if (parted_partition (device, partnum, &type, &line) == -1)
    return -1;
  /* FLAGS: "boot, esp" */
  flags = strrchr (line, ':') + 1;
  while (*flags)
    {
      size_t len = strcspn (flags, ",");
      if (len == 4 && strncmp (flags, "boot", 4) == 0)
        return 1;
      flags += len;
      flags += strspn (flags, ", ");
    }
  return 0;
}

int
do_part_set_bootable (const char *device, int partnum, int bootable)
{
  char num[16];

  if (check_partnum (partnum) == -1)
    return -1;
  snprintf (num, sizeof num, "%d", partnum);
  const char *args[] = { "set", num, "boot", bootable ? "on" : "off", NULL };
  return parted (device, args);
}

char *
do_part_get_name (const char *device, int partnum)
{
  CLEANUP_FREE char *type = NULL, *line = NULL;
  const char *name;
  char *r;

  if (parted_partition (device, partnum, &type, &line) == -1)
    return NULL;
  if (strcmp (type, "gpt") != 0)
    {
      reply_with_error_errno (EINVAL,
                              "%s: partition names are only read on GPT, "
                              "this is %s",
                              device, type);
      return NULL;
    }
  name = line_name (line);
  if (name == NULL)
    {
      reply_with_error ("%s: cannot parse the output of parted", device);
      return NULL;
    }
  r = strdup (name);
  if (r == NULL)
    reply_with_perror ("strdup");
  return r;
}

/* GPT names are 36 UTF-16 code units, which parted would truncate
 * silently: a character past U+FFFF (4 bytes of UTF-8) takes two.
 */
#define GPT_NAME_MAX 36

static size_t
utf16_length (const char *s)
{
  size_t n = 0;

  for (; *s; s++)
    {
      unsigned char c = *s;
      if ((c & 0xc0) != 0x80)
        n += c >= 0xf0 ? 2 : 1;
    }
  return n;
}

/* parted reads its arguments as its own command line: a name is one
 * word only inside quotes, where '\' escapes the next character.
 */
int
do_part_set_name (const char *device, int partnum, const char *name)
{
  CLEANUP_FREE char *quoted = malloc (2 * strlen (name) + 3);
  CLEANUP_FREE char *type = NULL;
  char num[16], *q;

  if (check_partnum (partnum) == -1)
    return -1;
  type = partition_table_type (device);
  if (type == NULL)
    return -1;
  if (strcmp (type, "gpt") == 0 && utf16_length (name) > GPT_NAME_MAX)
    {
      reply_with_error_errno (EINVAL,
                              "partition name \"%s\": a GPT partition name "
                              "holds at most %d UTF-16 characters",
                              name, GPT_NAME_MAX);
      return -1;
    }
  if (quoted == NULL)
    {
      reply_with_perror ("malloc");
      return -1;
    }
  q = quoted;
  *q++ = '"';
  for (const char *p = name; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        *q++ = '\\';
      *q++ = *p;
    }
  *q++ = '"';
  *q = '\0';
  snprintf (num, sizeof num, "%d", partnum);
  const char *args[] = { "name", num, quoted, NULL };
  return parted (device, args);
}

/* parted asks before shrinking a partition, even in script mode:
 * ---pretend-input-tty takes the answer from stdin.
 */
int
do_part_resize (const char *device, int partnum, int64_t endsect)
{
  static const char yes[] = "Yes\n";
  CLEANUP_CLOSE int in = -1;
  CLEANUP_FREE char *err = NULL;
  char num[16], end[32];
  int r;

  if (check_partnum (partnum) == -1)
    return -1;
  if (endsect < 0)
    {
      reply_with_error_errno (
          EINVAL, "endsect (%" PRId64 ") must not be negative", endsect);
      return -1;
    }
  in = string_fd (yes, sizeof yes - 1);
  if (in == -1)
    {
      reply_with_perror ("memfd_create");
      return -1;
    }
  snprintf (num, sizeof num, "%d", partnum);
  snprintf (end, sizeof end, "%" PRId64 "s", endsect);
  const char *argv[]
      = { PARTED, "---pretend-input-tty", "--", device, "resizepart", num, end,
          NULL };
  struct command cmd = COMMAND_INIT (argv);
  cmd.stdin_fd = in;
  r = run_command (&cmd, NULL, &err);
  if (r != 0)
    {
      reply_command_error (device, r, "parted", err);
      return -1;
    }
  return 0;
}
