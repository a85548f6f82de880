/* The unix:PATH backend: guestfsd already runs (in host mode,
 * "guestfsd --listen PATH"), so launching means connecting to its
 * socket and there is no hypervisor.
 */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "guestfs.h"
#include "guestfs-internal.h"

/* A daemon that accepted the connection sends its flag at once, so this
 * only matters for one that is stuck.
 */
#define DEFAULT_LAUNCH_TIMEOUT_S 60

static int
launch_unix (guestfs_h *g, const char *path)
{
  struct sockaddr_un addr = { .sun_family = AF_UNIX };
  size_t len = strlen (path);
  int fd, timeout_s, timeout_ms;

  if (guestfs_int_launch_timeout_s (g, DEFAULT_LAUNCH_TIMEOUT_S, &timeout_s)
      == -1)
    return -1;
  timeout_ms = timeout_s * 1000;
  if (len >= sizeof addr.sun_path)
    {
      error (g,
             "launch: unix backend: socket path is too long (%zu bytes, "
             "at most %zu): %s",
             len, sizeof addr.sun_path - 1, path);
      return -1;
    }
  memcpy (addr.sun_path, path, len + 1);

  fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd == -1)
    {
      perrorf (g, "launch: socket");
      return -1;
    }
  if (connect (fd, (struct sockaddr *)&addr, sizeof addr) == -1)
    {
      int err = errno;
      close (fd);
      errno = err;
      perrorf (g,
               "launch: unix backend: cannot connect to the daemon "
               "socket %s",
               path);
      return -1;
    }
  debug (g, "launch: connected to %s", path);
  g->daemon_fd = fd;
  if (guestfs_int_wait_launch_flag (g, timeout_ms) == -1)
    {
      guestfs_int_close_connection (g);
      return -1;
    }
  return 0;
}

static int
shutdown_unix (guestfs_h *g, bool check_for_errors)
{
  /* The daemon is not ours to stop: closing the connection ends the
   * session.
   */
  guestfs_int_close_connection (g);
  return 0;
}

static int
get_pid_unix (guestfs_h *g)
{
  error (g, "get_pid: the unix backend has no hypervisor process");
  return -1;
}

const struct guestfs_int_backend_ops guestfs_int_backend_unix = {
  .name = "unix",
  .launch = launch_unix,
  .shutdown = shutdown_unix,
  .get_pid = get_pid_unix,
};
