/* Checksums of guest files, computed by the coreutils programs reading
 * the file (opened inside the sysroot) on their standard input.
 */

#include <config.h>

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "daemon.h"
#include "actions.h"

static const struct
{
  const char *type;
  const char *prog;
} checksums[] = {
  { "crc", "cksum" },        { "md5", "md5sum" },
  { "sha1", "sha1sum" },     { "sha224", "sha224sum" },
  { "sha256", "sha256sum" }, { "sha384", "sha384sum" },
  { "sha512", "sha512sum" },
};

char *
do_checksum (const char *csumtype, const char *path)
{
  const char *prog = NULL;
  CLEANUP_CLOSE int fd = -1;
  CLEANUP_FREE char *err = NULL;
  struct stat st;
  char *out;
  int r;

  for (size_t i = 0; i < sizeof checksums / sizeof checksums[0]; i++)
    if (strcmp (csumtype, checksums[i].type) == 0)
      prog = checksums[i].prog;
  if (prog == NULL)
    {
      reply_with_error_errno (EINVAL,
                              "%s: unknown checksum type, expecting crc, "
                              "md5, sha1, sha224, sha256, sha384 or sha512",
                              csumtype);
      return NULL;
    }
  fd = sysroot_open (path, READ_FLAGS, 0);
  if (fd == -1 || fstat (fd, &st) == -1)
    {
      reply_with_perror ("%s", path);
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      reply_with_error_errno (EISDIR, "%s: %s", path, strerror (EISDIR));
      return NULL;
    }

  const char *argv[] = { prog, NULL };
  struct command cmd = COMMAND_INIT (argv);
  cmd.stdin_fd = fd;
  r = run_command (&cmd, &out, &err);
  if (r != 0)
    {
      free (out);
      reply_command_error (path, r, prog, err);
      return NULL;
    }
  /* "HASH  -" (cksum: "CRC SIZE"): the first word is the answer. */
  out[strcspn (out, " \t\n")] = '\0';
  return out;
}
