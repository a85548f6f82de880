/* Fuzz target: everything guestfsd decodes from the library.
 *
 * The input is the bytes a hostile library sends on the connection.
 * The daemon's own protocol code (daemon/proto.c: framing, chunks,
 * cancel words, replies), its generated stubs (daemon/stubs.c: the XDR
 * decoding of every call's arguments) and their checks (daemon/args.c)
 * serve it over a socketpair, in host mode so that no device is
 * touched; the actions themselves are stand-ins written by
 * gen-daemon-actions.py, so nothing on the host is touched either.
 *
 * Built with libFuzzer by 'make fuzz'; regress.c runs the same function
 * over the kept inputs in 'make check'.
 */

#include <config.h>

#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "daemon.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* What daemon/main.c and the other daemon files would provide. */
bool verbose = false;
bool host_mode = true;
const char *sysroot = "/nonexistent-sysroot";

void
debug_msg (const char *fs, ...)
{
}

bool
is_device_arg (const char *s)
{
  return strncmp (s, "/dev/", 5) == 0;
}

char *
appliance_device_name (const char *device)
{
  /* Host mode refuses devices before asking for their names. */
  abort ();
}

struct peer
{
  int fd;
  const uint8_t *data;
  size_t size;
};

/* The hostile library: the input, then EOF; it reads (and discards)
 * the daemon's replies until the daemon hangs up.
 */
static void *
peer_thread (void *arg)
{
  struct peer *p = arg;
  const uint8_t *d = p->data;
  size_t n = p->size;
  char buf[65536];

  while (n > 0)
    {
      ssize_t r = send (p->fd, d, n, MSG_NOSIGNAL);
      if (r <= 0)
        break;
      d += r;
      n -= r;
    }
  shutdown (p->fd, SHUT_WR);
  while (read (p->fd, buf, sizeof buf) > 0)
    ;
  return NULL;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  int sv[2];
  struct peer p = { .data = data, .size = size };
  pthread_t th;

  signal (SIGPIPE, SIG_IGN);
  if (socketpair (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == -1)
    abort ();
  p.fd = sv[1];
  if (pthread_create (&th, NULL, peer_thread, &p) != 0)
    abort ();
  serve_connection (sv[0]);
  /* The daemon hangs up at EOF or a protocol error: the peer ends. */
  close (sv[0]);
  pthread_join (th, NULL);
  close (sv[1]);
  return 0;
}
