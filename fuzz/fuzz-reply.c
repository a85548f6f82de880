/* Fuzz target: everything the library decodes from the daemon.
 *
 * The input is one byte choosing a call, then the bytes a hostile
 * daemon sends after its launch flag.  A real handle, launched with the
 * unix: backend against a thread of this program, makes the call, and
 * then a ping if it is still READY, so the whole of capi/rpc.c runs:
 * framing, progress messages, FileIn/FileOut chunk streams, cancel
 * words and the XDR decoding of every return type.
 *
 * Built with libFuzzer by 'make fuzz'; regress.c runs the same function
 * over the kept inputs in 'make check'.
 */

#include <config.h>

#include <arpa/inet.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "guestfs.h"
#include "guestfs_protocol.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int listen_fd = -1;
static char sock_dir[] = "/tmp/fuzz-reply-XXXXXX";
/* What the calls return is read, as a caller would, into this. */
static volatile size_t sink;
static char *backend, *upload_src;

struct peer
{
  const uint8_t *data;
  size_t size;
};

static void
write_all (int fd, const void *buf, size_t n)
{
  const char *p = buf;

  while (n > 0)
    {
      ssize_t r = send (fd, p, n, MSG_NOSIGNAL);
      if (r == -1 && errno == EINTR)
        continue;
      if (r <= 0)
        return; /* the library dropped the connection */
      p += r;
      n -= r;
    }
}

/* The hostile daemon: the launch flag and the input, then EOF; it reads
 * (and discards) whatever the library sends until the library closes.
 */
static void *
peer_thread (void *arg)
{
  struct peer *p = arg;
  uint32_t flag = htonl (GUESTFS_LAUNCH_FLAG);
  char buf[65536];
  int fd = accept (listen_fd, NULL, NULL);

  if (fd == -1)
    return NULL;
  write_all (fd, &flag, 4);
  write_all (fd, p->data, p->size);
  shutdown (fd, SHUT_WR);
  while (read (fd, buf, sizeof buf) > 0)
    ;
  close (fd);
  return NULL;
}

static void
cleanup (void)
{
  char *sock;

  if (asprintf (&sock, "%s/sock", sock_dir) != -1)
    {
      unlink (sock);
      free (sock);
    }
  close (listen_fd);
  unlink (upload_src);
  rmdir (sock_dir);
  free (upload_src);
  free (backend);
}

static void
setup (void)
{
  struct sockaddr_un addr = { .sun_family = AF_UNIX };
  FILE *fp;

  signal (SIGPIPE, SIG_IGN);
  if (mkdtemp (sock_dir) == NULL)
    abort ();
  atexit (cleanup);
  snprintf (addr.sun_path, sizeof addr.sun_path, "%s/sock", sock_dir);
  listen_fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (listen_fd == -1
      || bind (listen_fd, (struct sockaddr *)&addr, sizeof addr) == -1
      || listen (listen_fd, 1) == -1)
    abort ();
  if (asprintf (&backend, "unix:%s", addr.sun_path) == -1
      || asprintf (&upload_src, "%s/upload", sock_dir) == -1)
    abort ();
  fp = fopen (upload_src, "w");
  if (fp == NULL || fputs ("a small file to upload\n", fp) < 0
      || fclose (fp) != 0)
    abort ();
}

static void
progress_cb (guestfs_h *g, void *opaque, uint64_t event, int eh, int flags,
             const char *buf, size_t buf_len, const uint64_t *array,
             size_t array_len)
{
  for (size_t i = 0; i < array_len; i++)
    sink += array[i];
}

static void
free_list (char **l)
{
  for (size_t i = 0; l && l[i]; i++)
    {
      sink += strlen (l[i]);
      free (l[i]);
    }
  free (l);
}

/* One call of each kind of reply: the daemon's answer is decoded
 * according to what was called.
 */
static void
make_call (guestfs_h *g, unsigned which)
{
  switch (which)
    {
    case 0:
      guestfs_ping_daemon (g);
      break;
    case 1:
      guestfs_blockdev_getss (g, "/dev/sda");
      break;
    case 2:
      guestfs_filesize (g, "/f");
      break;
    case 3:
      guestfs_exists (g, "/f");
      break;
    case 4:
      {
        char *s = guestfs_cat (g, "/f");
        sink += s ? strlen (s) : 0;
        free (s);
      }
      break;
    case 5:
      free_list (guestfs_ls (g, "/"));
      break;
    case 6:
      {
        char **h = guestfs_list_filesystems (g);
        /* Callers walk key/value pairs until a NULL key. */
        for (size_t i = 0; h && h[i]; i += 2)
          sink += strlen (h[i + 1]);
        free_list (h);
      }
      break;
    case 7:
      {
        size_t n;
        char *b = guestfs_read_file (g, "/f", &n);
        for (size_t i = 0; b && i < n; i++)
          sink += b[i];
        free (b);
      }
      break;
    case 8:
      guestfs_free_statns (guestfs_statns (g, "/f"));
      break;
    case 9:
      {
        struct guestfs_dirent_list *l = guestfs_readdir (g, "/");
        for (size_t i = 0; l && i < l->len; i++)
          sink += strlen (l->val[i].name);
        guestfs_free_dirent_list (l);
      }
      break;
    case 10:
      guestfs_free_partition_list (guestfs_part_list (g, "/dev/sda"));
      break;
    case 11:
      guestfs_free_statvfs (guestfs_statvfs (g, "/"));
      break;
    case 12:
      guestfs_download (g, "/f", "/dev/null");
      break;
    case 13:
      guestfs_upload (g, upload_src, "/f");
      break;
    case 14:
      free_list (guestfs_mounts (g));
      break;
    default:
      free (guestfs_ll (g, "/"));
      break;
    }
}

#define NR_CALLS 16

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  struct peer p;
  pthread_t th;
  guestfs_h *g;

  if (size < 1)
    return 0;
  if (listen_fd == -1)
    setup ();
  p.data = data + 1;
  p.size = size - 1;

  /* A new handle each time: the call's serial is then always the same,
   * so a kept input replays the same way.
   */
  g = guestfs_create_flags (GUESTFS_CREATE_NO_ENVIRONMENT);
  if (g == NULL)
    abort ();
  guestfs_set_error_handler (g, NULL, NULL);
  guestfs_set_autosync (g, 0);
  guestfs_set_backend (g, backend);
  guestfs_set_event_callback (g, progress_cb, GUESTFS_EVENT_PROGRESS, 0, NULL);
  if (pthread_create (&th, NULL, peer_thread, &p) != 0)
    abort ();
  /* The launch flag is always there: a failure would leave the peer
   * thread waiting for a connection.
   */
  if (guestfs_launch (g) == -1)
    abort ();
  make_call (g, data[0] % NR_CALLS);
  /* Still in step: whatever follows answers the next call. */
  if (guestfs_is_ready (g) == 1)
    guestfs_ping_daemon (g);
  /* Closing the connection ends the peer thread. */
  guestfs_close (g);
  pthread_join (th, NULL);
  return 0;
}
