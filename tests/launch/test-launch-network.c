/* guestfs_set_network in a real appliance: a program run by
 * guestfs_command in the guest reaches the host through qemu's
 * user-mode gateway, and resolves names through its DNS forwarder when
 * the host itself can.  The guest is a scratch filesystem holding the
 * host's bash and getent with their libraries.
 */

#include <config.h>

#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include "launch/launch-test.h"

static char *dir;

/* A tar of bash and getent, each with the libraries ldd names, and the
 * few files in /etc that name resolution reads.
 */
static bool
make_guest_tar (const char *tarfile)
{
  char cmd[8192];

  snprintf (cmd, sizeof cmd,
            "set -e; s=%s/guest; mkdir -p $s/etc; "
            "for b in /usr/bin/bash /usr/bin/getent; do "
            "  for f in $b $(ldd $b | grep -o '/[^ ]*'); do "
            "    mkdir -p $s$(dirname $f); cp -L $f $s$f; "
            "  done; "
            "done; "
            "ln -s usr/bin $s/bin; ln -s usr/lib $s/lib; "
            "ln -s usr/lib64 $s/lib64 2>/dev/null || true; "
            "echo 'hosts: files dns' > $s/etc/nsswitch.conf; "
            "echo '127.0.0.1 localhost' > $s/etc/hosts; "
            ": > $s/etc/resolv.conf; "
            "tar -C $s -cf %s .",
            dir, tarfile);
  return system (cmd) == 0;
}

/* A socket listening on the host's 127.0.0.1, which the guest reaches
 * as 10.0.2.2; its port in *port.
 */
static int
listen_on_loopback (int *port)
{
  struct sockaddr_in sin
      = { .sin_family = AF_INET, .sin_addr.s_addr = htonl (INADDR_LOOPBACK) };
  socklen_t len = sizeof sin;
  int s = socket (AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

  if (s == -1 || bind (s, (struct sockaddr *)&sin, sizeof sin) == -1
      || listen (s, 4) == -1
      || getsockname (s, (struct sockaddr *)&sin, &len) == -1)
    return -1;
  *port = ntohs (sin.sin_port);
  return s;
}

/* What the first connection to s sent, or NULL after 10 seconds. */
static char *
receive (int s)
{
  static char buf[256];
  struct pollfd p = { .fd = s, .events = POLLIN };
  int c;
  ssize_t n;

  if (poll (&p, 1, 10000) != 1 || (c = accept (s, NULL, NULL)) == -1)
    return NULL;
  n = read (c, buf, sizeof buf - 1);
  close (c);
  if (n < 0)
    return NULL;
  buf[n] = '\0';
  return buf;
}

int
main (void)
{
  char *const settings[] = { (char *)"force_tcg", NULL };
  char script[256], *tarfile, *out, *got;
  struct addrinfo *ai;
  int sock, port;
  guestfs_h *g;

  safety_net (600);
  dir = make_tmpdir ();
  tarfile = path_in_dir ("guest.tar");
  if (!make_guest_tar (tarfile))
    {
      printf ("Bail out! cannot make the guest's tar\n");
      return 1;
    }
  sock = listen_on_loopback (&port);
  if (sock == -1)
    {
      printf ("Bail out! cannot listen on 127.0.0.1: %s\n", strerror (errno));
      return 1;
    }

  g = guestfs_create ();
  guestfs_set_backend_settings (g, settings);
  is_int (guestfs_get_network (g), 0, "the network is off by default");
  is_int (guestfs_set_network (g, 1), 0, "set_network true");
  is_int (guestfs_get_network (g), 1, "get_network");
  ok (guestfs_add_drive_scratch (g, 256 * 1024 * 1024, -1) == 0
          && guestfs_launch (g) == 0,
      "launch with the network");
  ok (guestfs_part_disk (g, "/dev/sda", "mbr") == 0
          && guestfs_mkfs (g, "ext4", "/dev/sda1") == 0
          && guestfs_mount (g, "/dev/sda1", "/") == 0
          && guestfs_tar_in (g, tarfile, "/") == 0,
      "a guest filesystem with bash and getent");

  snprintf (script, sizeof script,
            "echo hello from the guest > /dev/tcp/10.0.2.2/%d", port);
  out = guestfs_command (
      g, (char *const[]){ (char *)"/bin/bash", (char *)"-c", script, NULL });
  ok (out != NULL, "bash in the guest connects to 10.0.2.2:%d", port);
  if (out == NULL)
    diag_lines (guestfs_last_error (g));
  free (out);
  got = receive (sock);
  is_str (got, "hello from the guest\n",
          "the host's 127.0.0.1:%d received what it sent", port);

  /* Names resolve through qemu's forwarder, which asks the host's
   * resolver: only if the host can resolve the name itself.
   */
  if (getaddrinfo ("deb.debian.org", NULL, NULL, &ai) != 0)
    ok (true, "getent in the guest resolves deb.debian.org "
              "# SKIP the host cannot resolve it");
  else
    {
      freeaddrinfo (ai);
      out = guestfs_command (
          g, (char *const[]){ (char *)"/bin/getent", (char *)"hosts",
                              (char *)"deb.debian.org", NULL });
      ok (out && strstr (out, "deb.debian.org"),
          "getent in the guest resolves deb.debian.org");
      if (out == NULL)
        diag_lines (guestfs_last_error (g));
      free (out);
    }
  out = guestfs_cat (g, "/etc/resolv.conf");
  is_str (out, "", "the guest's own /etc/resolv.conf is unchanged");
  free (out);

  guestfs_close (g);
  close (sock);
  free (tarfile);
  return tap_done ();
}
