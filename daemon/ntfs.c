/* NTFS: probing, cloning, fixing and resizing volumes, and reading a
 * file by inode, with ntfs-3g's tools.
 */

#include <config.h>

#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

/* Bits of optargs_bitmask, in the order api.py lists the options. */
#define NTFSCLONE_OUT_METADATAONLY (1 << 0)
#define NTFSCLONE_OUT_RESCUE (1 << 1)
#define NTFSCLONE_OUT_IGNOREFSCHECK (1 << 2)
#define NTFSCLONE_OUT_PRESERVETIMESTAMPS (1 << 3)
#define NTFSCLONE_OUT_FORCE (1 << 4)
#define NTFSRESIZE_SIZE (1 << 0)
#define NTFSRESIZE_FORCE (1 << 1)

#define PIPE_SIZE (1024 * 1024)

/* The ntfs-3g tools start what they write with a banner ("ntfsclone
 * v2022.10.3 (libntfs-3g)"): not part of an error message.
 */
static const char *
skip_banner (const char *msg, const char *prog)
{
  size_t len = strlen (prog);

  if (msg && strncmp (msg, prog, len) == 0
      && strncmp (msg + len, " v", 2) == 0)
    {
      msg += strcspn (msg, "\n");
      msg += strspn (msg, "\n");
    }
  return msg;
}

int
optgroup_ntfs3g_available (void)
{
  return program_available ("ntfs-3g.probe") && program_available ("ntfsclone")
         && program_available ("ntfsfix");
}

int
optgroup_ntfsprogs_available (void)
{
  return program_available ("ntfsresize");
}

int
do_ntfs_3g_probe (int rw, const char *device)
{
  CLEANUP_FREE char *err = NULL;
  int r = command (NULL, &err, "ntfs-3g.probe",
                   rw ? "--readwrite" : "--readonly", device, NULL);

  /* Its exit status is the answer; only a probe that did not run (or
   * was killed) is an error.
   */
  if (r == -1)
    {
      reply_command_error (device, r, "ntfs-3g.probe", err);
      return -1;
    }
  return r;
}

/* FileOut: run argv and send what it writes to stdout as the stream.
 * Replies with an error and returns -1 on failure (the stream is then
 * cancelled).
 */
static int
send_command_output (const char *const *argv, const char *what)
{
  CLEANUP_FREE char *buf = malloc (GUESTFS_MAX_CHUNK_SIZE), *err = NULL;
  CLEANUP_CLOSE int out = -1;
  int p[2], status, errfd;
  pid_t pid;

  if (buf == NULL || pipe2 (p, O_CLOEXEC) == -1)
    {
      int e = errno;
      send_file_end (1);
      reply_with_perror_errno (e, "%s", buf ? "pipe" : "malloc");
      return -1;
    }
  out = p[0];
  fcntl (p[0], F_SETPIPE_SZ, PIPE_SIZE);
  struct command cmd = COMMAND_INIT (argv);
  cmd.stdout_fd = p[1];
  if (start_command (&cmd, &pid, &errfd) == -1)
    {
      int e = errno;
      close (p[1]);
      send_file_end (1);
      reply_with_perror_errno (e, "%s", argv[0]);
      return -1;
    }
  close (p[1]);

  /* Full chunks: a pipe read returns at most a pipe's worth. */
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
          wait_command (pid, errfd, argv[0], NULL);
          send_file_end (1);
          if (e == EINTR)
            reply_with_error_errno (EINTR, "%s: download cancelled", what);
          else
            reply_with_perror_errno (e, "%s", what);
          return -1;
        }
      if (have)
        notify_progress_pulse ();
      if (have < GUESTFS_MAX_CHUNK_SIZE)
        break;
    }
  status = wait_command (pid, errfd, argv[0], &err);
  if (status != 0)
    {
      send_file_end (1);
      reply_command_error (what, status, argv[0], skip_banner (err, argv[0]));
      return -1;
    }
  if (send_file_end (0) == -1)
    {
      reply_with_perror ("%s", what);
      return -1;
    }
  return 0;
}

int
do_ntfscat_i (const char *device, int64_t inode)
{
  char inode_s[32];
  /* ntfscat takes no "--"; device is a /dev path, never an option. */
  const char *argv[] = { "ntfscat", "-i", inode_s, device, NULL };

  if (inode < 0)
    {
      send_file_end (1);
      reply_with_error_errno (EINVAL, "inode %" PRIi64 " must be >= 0", inode);
      return -1;
    }
  snprintf (inode_s, sizeof inode_s, "%" PRIi64, inode);
  return send_command_output (argv, device);
}

int
do_ntfsclone_out (const char *device, int metadataonly, int rescue,
                  int ignorefscheck, int preservetimestamps, int force)
{
  const char *argv[16] = { "ntfsclone", "--save-image", "--output", "-" };
  size_t n = 4;

  if (metadataonly)
    argv[n++] = "--metadata";
  if (rescue)
    argv[n++] = "--rescue";
  if (ignorefscheck)
    argv[n++] = "--ignore-fs-check";
  if (preservetimestamps)
    argv[n++] = "--preserve-timestamps";
  if (force)
    argv[n++] = "--force";
  argv[n++] = device;
  argv[n] = NULL;
  return send_command_output (argv, device);
}

int
do_ntfsclone_in (const char *device)
{
  const char *argv[]
      = { "ntfsclone", "--restore-image", "--overwrite", device, "-", NULL };
  CLEANUP_FREE char *err = NULL, *out = NULL;
  CLEANUP_CLOSE int outfd = memfd_create ("stdout", MFD_CLOEXEC);
  int p[2], r, status, errfd, recv_errno;
  pid_t pid;

  if (outfd == -1 || pipe2 (p, O_CLOEXEC) == -1)
    {
      int e = errno;
      cancel_receive ();
      reply_with_perror_errno (e, "pipe");
      return -1;
    }
  fcntl (p[1], F_SETPIPE_SZ, PIPE_SIZE);
  struct command cmd = COMMAND_INIT (argv);
  cmd.stdin_fd = p[0];
  /* Some of its errors go to stdout. */
  cmd.stdout_fd = outfd;
  r = start_command (&cmd, &pid, &errfd);
  close (p[0]);
  if (r == -1)
    {
      int e = errno;
      close (p[1]);
      cancel_receive ();
      reply_with_perror_errno (e, "ntfsclone");
      return -1;
    }
  r = receive_file (receive_to_fd, &p[1]);
  recv_errno = errno;
  close (p[1]);
  if (r == -2)
    kill (pid, SIGTERM);
  status = wait_command (pid, errfd, "ntfsclone", &err);
  if (r == -2)
    {
      reply_with_error_errno (EINTR, "%s: upload cancelled", device);
      return -1;
    }
  /* ntfsclone's own message explains an EPIPE better. */
  if (status != 0)
    {
      const char *msg = skip_banner (err, "ntfsclone");
      if (msg == NULL || msg[0] == '\0')
        {
          lseek (outfd, 0, SEEK_SET);
          out = read_whole_fd (outfd, 16 * 1024, &(size_t){ 0 });
          if (out)
            trim_end (out);
          msg = skip_banner (out, "ntfsclone");
        }
      reply_command_error (device, status, "ntfsclone", msg);
      return -1;
    }
  if (r == -1 && recv_errno != EPIPE)
    {
      reply_with_perror_errno (recv_errno, "%s", device);
      return -1;
    }
  return 0;
}

int
do_ntfs_chmod (const char *device, int perms, const char *path, int recursive)
{
  const char *argv[6] = { "ntfssecaudit" };
  size_t n = 1;
  char mode[16];
  CLEANUP_FREE char *out = NULL, *err = NULL;
  int r;

  if (perms < 0 || perms > 07777)
    {
      reply_with_error ("0%o: not a file mode (0 to 07777)", (unsigned)perms);
      return -1;
    }
  /* Its arguments are volume, mode, file: a path starting with '-'
   * would be an option, and it takes no "--".
   */
  if (path[0] != '/')
    {
      reply_with_error ("%s: the path must start with /", path);
      return -1;
    }
  if (device_in_use (device))
    {
      reply_with_error_errno (EBUSY, "%s: the filesystem is mounted", device);
      return -1;
    }
  snprintf (mode, sizeof mode, "%o", (unsigned)perms);
  if (recursive)
    argv[n++] = "-r";
  argv[n++] = device;
  argv[n++] = mode;
  argv[n++] = path;
  argv[n] = NULL;
  struct command cmd = COMMAND_INIT (argv);
  r = run_command (&cmd, &out, &err);
  /* It reports a missing file on stdout, and may exit 0 regardless. */
  if (r != 0 || (out && strstr (out, "not found")))
    {
      if (out)
        trim_end (out);
      reply_command_error (path, r ? r : 1, "ntfssecaudit",
                           err && err[0] ? err : out);
      return -1;
    }
  return 0;
}

int
do_ntfsfix (const char *device, int clearbadsectors)
{
  const char *argv[4] = { "ntfsfix" };
  size_t n = 1;
  CLEANUP_FREE char *out = NULL, *err = NULL;
  int r;

  if (clearbadsectors)
    argv[n++] = "--clear-bad-sectors";
  argv[n++] = device;
  argv[n] = NULL;
  struct command cmd = COMMAND_INIT (argv);
  r = run_command (&cmd, &out, &err);
  if (r != 0)
    {
      /* It says why on stdout. */
      if (out)
        trim_end (out);
      reply_command_error (device, r, "ntfsfix", err && err[0] ? err : out);
      return -1;
    }
  return 0;
}

int
do_ntfsresize (const char *device, int64_t size, int force)
{
  const char *argv[8] = { "ntfsresize", "--no-progress-bar" };
  size_t n = 2;
  char size_s[32];
  CLEANUP_FREE char *out = NULL, *err = NULL;
  int r;

  if (optargs_bitmask & NTFSRESIZE_SIZE)
    {
      if (size <= 0)
        {
          reply_with_error_errno (EINVAL, "size %" PRIi64 " must be > 0",
                                  size);
          return -1;
        }
      snprintf (size_s, sizeof size_s, "%" PRIi64, size);
      argv[n++] = "--size";
      argv[n++] = size_s;
    }
  if (force)
    argv[n++] = "--force";
  argv[n++] = device;
  argv[n] = NULL;

  /* It asks for confirmation only on a terminal: stdin is /dev/null. */
  struct command cmd = COMMAND_INIT (argv);
  r = run_command (&cmd, &out, &err);
  if (r != 0)
    {
      /* ntfsresize says why on stdout ("ERROR: ..."). */
      const char *msg = err && err[0] ? err : out;
      const char *e = msg ? strstr (msg, "ERROR") : NULL;
      if (out)
        trim_end (out);
      reply_command_error (device, r, "ntfsresize", e ? e : msg);
      return -1;
    }
  return 0;
}

int
do_ntfsresize_size (const char *device, int64_t size)
{
  optargs_bitmask = NTFSRESIZE_SIZE;
  return do_ntfsresize (device, size, 0);
}
