/* From a partition's device name to its disk and number, as sysfs
 * knows them (/sys/dev/block/MAJ:MIN is the partition's directory,
 * inside its disk's, and holds its number in "partition").
 */

#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "daemon.h"
#include "actions.h"

/* The sysfs directory of partition (malloc'd) and its number; NULL
 * after replying with an error.
 */
static char *
partition_sysfs (const char *partition, int *partnum_r)
{
  struct stat st;
  char path[PATH_MAX], *dir;
  CLEANUP_FREE char *num = NULL;
  FILE *fp;
  int64_t n;

  if (stat (partition, &st) == -1)
    {
      reply_with_perror ("%s", partition);
      return NULL;
    }
  snprintf (path, sizeof path, "/sys/dev/block/%u:%u", major (st.st_rdev),
            minor (st.st_rdev));
  dir = realpath (path, NULL);
  if (dir == NULL)
    {
      reply_with_perror ("%s", path);
      return NULL;
    }
  snprintf (path, sizeof path, "%s/partition", dir);
  fp = fopen (path, "re");
  if (fp != NULL)
    {
      size_t size = 0;
      if (getline (&num, &size, fp) == -1)
        {
          free (num);
          num = NULL;
        }
      fclose (fp);
    }
  if (num)
    trim_end (num);
  if (num == NULL || parse_int64 (num, 1, INT_MAX, &n) == -1)
    {
      reply_with_error_errno (EINVAL, "%s: device name is not a partition",
                              partition);
      free (dir);
      return NULL;
    }
  *partnum_r = n;
  return dir;
}

char *
do_part_to_dev (const char *partition)
{
  CLEANUP_FREE char *dir = NULL, *disk = NULL;
  char *slash, *r;
  int partnum;

  dir = partition_sysfs (partition, &partnum);
  if (dir == NULL)
    return NULL;
  /* .../block/DISK/PARTITION */
  slash = strrchr (dir, '/');
  *slash = '\0';
  slash = strrchr (dir, '/');
  if (asprintf (&disk, "/dev/%s", slash + 1) == -1)
    {
      reply_with_perror ("asprintf");
      return NULL;
    }
  r = canonical_device_name (disk);
  if (r == NULL)
    reply_with_perror ("%s", disk);
  return r;
}

int
do_part_to_partnum (const char *partition)
{
  CLEANUP_FREE char *dir = NULL;
  int partnum;

  dir = partition_sysfs (partition, &partnum);
  if (dir == NULL)
    return -1;
  return partnum;
}
