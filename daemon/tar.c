/* tar_in and tar_out: tar(1) running in the guest directory, fed from
 * (or feeding) the file stream through a pipe.
 */

#include <config.h>

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

/* Bits of optargs_bitmask: tar_in's and tar_out's options start alike. */
#define TAR_COMPRESS (1 << 0)

#define MAX_ARGS 64
/* A bigger pipe means fewer wake-ups per megabyte. */
#define PIPE_SIZE (1024 * 1024)

/* tar's option for a compress optarg; NULL (EINVAL) if unknown. */
static const char *
compress_option (const char *compress)
{
  static const struct
  {
    const char *name;
    const char *option;
  } filters[] = {
    { "compress", "--compress" }, { "gzip", "--gzip" },
    { "bzip2", "--bzip2" },       { "xz", "--xz" },
    { "lzop", "--lzop" },         { "zstd", "--zstd" },
  };

  for (size_t i = 0; i < sizeof filters / sizeof filters[0]; i++)
    if (strcmp (compress, filters[i].name) == 0)
      return filters[i].option;
  return NULL;
}

static void
reply_unknown_compress (const char *compress)
{
  reply_with_error_errno (EINVAL,
                          "%s: unknown compression type, expecting "
                          "compress, gzip, bzip2, xz, lzop or zstd",
                          compress);
}

static void
add_attr_options (const char **argv, size_t *n, int xattrs, int selinux,
                  int acls)
{
  if (xattrs)
    {
      argv[(*n)++] = "--xattrs";
      argv[(*n)++] = "--xattrs-include=*";
    }
  if (selinux)
    argv[(*n)++] = "--selinux";
  if (acls)
    argv[(*n)++] = "--acls";
}

/* The program tar runs for a compress option: --PROGRAM. */
static const char *
compress_program (const char *option)
{
  return option + 2;
}

/* Start a program reading in_fd and writing out_fd (which are then
 * closed).  On failure, drain the stream and reply (in this order).
 */
static int
start_filter (struct command *cmd, int in_fd, int out_fd, pid_t *pid_r,
              int *errfd_r)
{
  int r, e;

  cmd->stdin_fd = in_fd;
  cmd->stdout_fd = out_fd;
  r = start_command (cmd, pid_r, errfd_r);
  e = errno;
  close (in_fd);
  if (out_fd >= 0)
    close (out_fd);
  if (r == -1)
    {
      cancel_receive ();
      reply_with_perror_errno (e, "%s", cmd->argv[0]);
    }
  return r;
}

/* tar runs confined to the guest (a symlink already in the guest must
 * not lead it out: docs/confinement.md), so it could not run a
 * decompressor from the appliance: that one runs unconfined in front
 * of it, on the stream alone.
 */
int
do_tar_in (const char *directory, const char *compress, int xattrs,
           int selinux, int acls)
{
  const char *argv[MAX_ARGS] = { "tar", "-xf", "-" };
  const char *filter_argv[] = { NULL, "-d", NULL };
  size_t n = 3;
  CLEANUP_CLOSE int dir = -1;
  CLEANUP_FREE char *err = NULL, *filter_err = NULL;
  int in[2], mid[2], r, status, filter_status = 0, errfd, filter_errfd = -1,
                                recv_errno;
  pid_t pid, filter_pid = -1;

  if (optargs_bitmask & TAR_COMPRESS)
    {
      const char *opt = compress_option (compress);
      if (opt == NULL)
        {
          cancel_receive ();
          reply_unknown_compress (compress);
          return -1;
        }
      filter_argv[0] = compress_program (opt);
    }
  add_attr_options (argv, &n, xattrs, selinux, acls);
  argv[n] = NULL;

  /* For the error: tar itself opens the directory, in the guest. */
  dir = sysroot_open (directory, O_PATH | O_DIRECTORY, 0);
  if (dir == -1)
    {
      int e = errno;
      cancel_receive ();
      reply_with_perror_errno (e, "%s", directory);
      return -1;
    }
  if (pipe2 (in, O_CLOEXEC) == -1)
    {
      int e = errno;
      cancel_receive ();
      reply_with_perror_errno (e, "pipe");
      return -1;
    }
  fcntl (in[1], F_SETPIPE_SZ, PIPE_SIZE);
  if (filter_argv[0])
    {
      struct command filter = COMMAND_INIT (filter_argv);
      if (pipe2 (mid, O_CLOEXEC) == -1)
        {
          int e = errno;
          close (in[0]);
          close (in[1]);
          cancel_receive ();
          reply_with_perror_errno (e, "pipe");
          return -1;
        }
      fcntl (mid[1], F_SETPIPE_SZ, PIPE_SIZE);
      if (start_filter (&filter, in[0], mid[1], &filter_pid, &filter_errfd)
          == -1)
        {
          close (mid[0]);
          close (in[1]);
          return -1;
        }
      in[0] = mid[0];
    }
  struct command cmd = COMMAND_INIT (argv);
  cmd.guest_dir = directory;
  r = start_filter (&cmd, in[0], -1, &pid, &errfd);
  if (r == -1)
    {
      close (in[1]);
      if (filter_pid > 0)
        wait_command (filter_pid, filter_errfd, filter_argv[0], NULL);
      return -1;
    }

  r = receive_file (receive_to_fd, &in[1]);
  recv_errno = errno;
  close (in[1]);
  if (r == -2)
    {
      /* A truncated archive: tar stops on its own; no need for its
       * error.
       */
      kill (pid, SIGTERM);
      if (filter_pid > 0)
        kill (filter_pid, SIGTERM);
    }
  status = wait_command (pid, errfd, "tar", &err);
  if (filter_pid > 0)
    filter_status
        = wait_command (filter_pid, filter_errfd, filter_argv[0], &filter_err);
  if (r == -2)
    {
      reply_with_error_errno (EINTR, "upload cancelled");
      return -1;
    }
  /* Data the decompressor rejected explains tar's failure; a
   * decompressor killed by SIGPIPE only saw tar fail first.
   */
  if (filter_status > 0)
    {
      reply_command_error (directory, filter_status, filter_argv[0],
                           filter_err);
      return -1;
    }
  /* A tar that failed explains an EPIPE better than EPIPE does. */
  if (status != 0)
    {
      reply_command_error (directory, status, "tar", err);
      return -1;
    }
  /* EPIPE from a tar that succeeded: it had read the end of the
   * archive and did not need the padding after it.
   */
  if (r == -1 && recv_errno != EPIPE)
    {
      reply_with_perror_errno (recv_errno, "%s", directory);
      return -1;
    }
  return 0;
}

int
do_tar_out (const char *directory, const char *compress, int numericowner,
            char *const *excludes, int xattrs, int selinux, int acls)
{
  const char *argv[MAX_ARGS] = { "tar", "-cf", "-" };
  size_t n = 3;
  CLEANUP_CLOSE int dir = -1, out = -1;
  CLEANUP_FREE char *err = NULL, *buf = NULL;
  CLEANUP_FREE_STRINGS char **exclude_opts = NULL;
  int p[2], status, errfd;
  size_t nex = guestfs_int_count_strings (excludes);
  pid_t pid;

  if (directory[0] != '/')
    {
      reply_with_error_errno (
          EINVAL, "%s: directory must start with a / character", directory);
      return -1;
    }
  if (optargs_bitmask & TAR_COMPRESS)
    {
      const char *opt = compress_option (compress);
      if (opt == NULL)
        {
          reply_unknown_compress (compress);
          return -1;
        }
      argv[n++] = opt;
    }
  if (numericowner)
    argv[n++] = "--numeric-owner";
  add_attr_options (argv, &n, xattrs, selinux, acls);
  if (n + nex + 2 > MAX_ARGS)
    {
      reply_with_error_errno (E2BIG, "too many excludes (%zu)", nex);
      return -1;
    }
  exclude_opts = calloc (nex + 1, sizeof (char *));
  if (exclude_opts == NULL)
    {
      reply_with_perror ("calloc");
      return -1;
    }
  for (size_t i = 0; i < nex; i++)
    {
      if (asprintf (&exclude_opts[i], "--exclude=%s", excludes[i]) == -1)
        {
          exclude_opts[i] = NULL;
          reply_with_perror ("asprintf");
          return -1;
        }
      argv[n++] = exclude_opts[i];
    }
  argv[n++] = ".";
  argv[n] = NULL;

  dir = sysroot_open (directory, O_PATH | O_DIRECTORY, 0);
  if (dir == -1)
    {
      reply_with_perror ("%s", directory);
      return -1;
    }
  buf = malloc (GUESTFS_MAX_CHUNK_SIZE);
  if (buf == NULL || pipe2 (p, O_CLOEXEC) == -1)
    {
      reply_with_perror ("%s", buf ? "pipe" : "malloc");
      return -1;
    }
  out = p[0];
  fcntl (p[0], F_SETPIPE_SZ, PIPE_SIZE);
  struct command cmd = COMMAND_INIT (argv);
  cmd.stdout_fd = p[1];
  cmd.cwd_fd = dir;
  if (start_command (&cmd, &pid, &errfd) == -1)
    {
      int e = errno;
      close (p[1]);
      reply_with_perror_errno (e, "tar");
      return -1;
    }
  close (p[1]);

  /* Send full chunks: a pipe read returns at most a pipe's worth. */
  for (;;)
    {
      size_t have = 0;
      ssize_t r = 0;
      while (have < GUESTFS_MAX_CHUNK_SIZE
             && (r = read (out, buf + have, GUESTFS_MAX_CHUNK_SIZE - have))
                    != 0)
        {
          if (r == -1 && errno == EINTR)
            continue;
          if (r == -1)
            break;
          have += r;
        }
      if (r == -1 || (have && send_file_write (buf, have) == -1))
        {
          int e = errno;
          kill (pid, SIGTERM);
          wait_command (pid, errfd, "tar", NULL);
          if (e == EINTR)
            reply_with_error_errno (EINTR, "download cancelled");
          else
            reply_with_perror_errno (e, "%s", directory);
          return -1;
        }
      if (have)
        notify_progress_pulse ();
      if (have < GUESTFS_MAX_CHUNK_SIZE)
        break;
    }
  status = wait_command (pid, errfd, "tar", &err);
  if (status != 0)
    {
      send_file_end (1);
      reply_command_error (directory, status, "tar", err);
      return -1;
    }
  if (send_file_end (0) == -1)
    {
      reply_with_perror ("%s", directory);
      return -1;
    }
  return 0;
}
