/* add_drive's network optargs (protocol, server, username, secret):
 * every bad combination is refused with a message naming what was
 * wrong, and an NBD export on a localhost TCP port, served by qemu-nbd,
 * is read and written by the appliance.
 */

#include <config.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "launch/launch-test.h"

/* add_drive_opts must fail with an error containing want. */
static void
refused (guestfs_h *g, const char *want, const char *what,
         const struct guestfs_add_drive_opts_argv *oa)
{
  ok (guestfs_add_drive_opts_argv (g, "disk", oa) == -1, "%s: refused", what);
  has_str (guestfs_last_error (g), want, "%s: the error says \"%s\"", what,
           want);
}

/* A port nothing listens on now: the kernel's pick for a socket bound
 * to port 0.
 */
static int
free_port (void)
{
  struct sockaddr_in sa = { .sin_family = AF_INET };
  socklen_t len = sizeof sa;
  int fd = socket (AF_INET, SOCK_STREAM, 0);

  sa.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  if (fd == -1 || bind (fd, (struct sockaddr *)&sa, sizeof sa) == -1
      || getsockname (fd, (struct sockaddr *)&sa, &len) == -1)
    {
      printf ("Bail out! cannot find a free port: %s\n", strerror (errno));
      exit (1);
    }
  close (fd);
  return ntohs (sa.sin_port);
}

int
main (void)
{
  char *one[] = { (char *)"localhost", NULL };
  char *two[] = { (char *)"a", (char *)"b", NULL };
  const uint64_t P = GUESTFS_ADD_DRIVE_OPTS_PROTOCOL_BITMASK;
  const uint64_t S = GUESTFS_ADD_DRIVE_OPTS_SERVER_BITMASK;

  alarm (600);
  guestfs_h *g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      return 1;
    }
  guestfs_set_error_handler (g, NULL, NULL);

  static const char *const unsupported[]
      = { "gluster", "iscsi", "rbd", "sheepdog", "tftp", "nosuch" };
  for (size_t i = 0; i < sizeof unsupported / sizeof *unsupported; i++)
    {
      struct guestfs_add_drive_opts_argv oa
          = { .bitmask = P | S, .protocol = unsupported[i], .server = one };
      refused (g, unsupported[i], unsupported[i], &oa);
    }

  struct guestfs_add_drive_opts_argv oa = { .bitmask = P, .protocol = "nbd" };
  refused (g, "exactly one server", "nbd without a server", &oa);
  oa.bitmask = P | S;
  oa.server = two;
  refused (g, "exactly one server", "nbd with two servers", &oa);

  static const char *const bad_servers[]
      = { "",     "unix:sock", "host:0",    "host:65536", "host:x",
          "[::1", "[]:22",     "[::1]x:22", "tcp:",       ":22" };
  for (size_t i = 0; i < sizeof bad_servers / sizeof *bad_servers; i++)
    {
      char *server[] = { (char *)bad_servers[i], NULL };
      char what[64];
      snprintf (what, sizeof what, "server \"%s\"", bad_servers[i]);
      oa = (struct guestfs_add_drive_opts_argv){ .bitmask = P | S,
                                                 .protocol = "nbd",
                                                 .server = server };
      refused (g, what, what, &oa);
    }

  char *sock[] = { (char *)"unix:/tmp/s", NULL };
  oa = (struct guestfs_add_drive_opts_argv){ .bitmask = P | S,
                                             .protocol = "ssh",
                                             .server = sock };
  refused (g, "only possible with protocol \"nbd\"", "ssh over a socket", &oa);
  oa.protocol = "http";
  oa.server = one;
  refused (g, "read-only", "http without readonly", &oa);
  oa = (struct guestfs_add_drive_opts_argv){
    .bitmask = P | S | GUESTFS_ADD_DRIVE_OPTS_USERNAME_BITMASK,
    .protocol = "nbd",
    .server = one,
    .username = "u",
  };
  refused (g, "takes no username", "nbd with a username", &oa);
  oa = (struct guestfs_add_drive_opts_argv){
    .bitmask = P | S | GUESTFS_ADD_DRIVE_OPTS_SECRET_BITMASK,
    .protocol = "ssh",
    .server = one,
    .secret = "pw",
  };
  refused (g, "secrets are not implemented", "a secret", &oa);
  oa = (struct guestfs_add_drive_opts_argv){ .bitmask = S, .server = one };
  refused (g, "need a network protocol", "a server for a local file", &oa);

  /* A server for protocol file, written out. */
  oa = (struct guestfs_add_drive_opts_argv){ .bitmask = P | S,
                                             .protocol = "file",
                                             .server = one };
  refused (g, "need a network protocol", "a server with protocol file", &oa);
  is_int (guestfs_add_drive_opts (g, "/dev/null", -1), 0,
          "the handle is still usable");
  guestfs_close (g);

  /* ssh and ftp drives to a port nothing listens on: qemu takes the
   * options (a wrong one would be "Parameter ... is unexpected") and
   * fails to connect, as it prints (an APPLIANCE event when verbose).
   */
  static const char *const refusing[] = { "ssh", "ftp" };
  static const char *const modules[]
      = { "/usr/lib/x86_64-linux-gnu/qemu/block-ssh.so",
          "/usr/lib/x86_64-linux-gnu/qemu/block-curl.so" };
  for (size_t i = 0; i < sizeof refusing / sizeof *refusing; i++)
    {
      if (access (modules[i], F_OK) == -1)
        {
          for (int k = 0; k < 3; k++)
            ok (true, "# SKIP %s: qemu-block-extra is not installed",
                refusing[i]);
          continue;
        }
      char closed[64];
      snprintf (closed, sizeof closed, "127.0.0.1:%d", free_port ());
      char *srv[] = { closed, NULL };
      g = guestfs_create ();
      if (g == NULL)
        {
          printf ("Bail out! guestfs_create failed\n");
          return 1;
        }
      guestfs_set_error_handler (g, NULL, NULL);
      ok (guestfs_add_drive_opts (g, "/disk.img",
                                  GUESTFS_ADD_DRIVE_OPTS_PROTOCOL, refusing[i],
                                  GUESTFS_ADD_DRIVE_OPTS_SERVER, srv,
                                  GUESTFS_ADD_DRIVE_OPTS_USERNAME, "user",
                                  GUESTFS_ADD_DRIVE_OPTS_READONLY, 1, -1)
              == 0,
          "%s: add a drive on %s", refusing[i], closed);
      struct events ev;
      watch_events (g, &ev);
      guestfs_set_verbose (g, 1);
      ok (guestfs_launch (g) == -1, "%s: launch fails", refusing[i]);
      ok (ev.console && strstr (ev.console, "Failed to connect to")
              && !strstr (ev.console, "unexpected"),
          "%s: qemu took the options and could not connect", refusing[i]);
      guestfs_close (g);
      free_events (&ev);
    }

  /* An NBD export on localhost TCP, writable, with an export name. */
  char dir[] = "/tmp/abi-nbd-XXXXXX", img[64], pidfile[64], cmd[512],
       server[64];
  if (mkdtemp (dir) == NULL)
    {
      printf ("Bail out! mkdtemp: %s\n", strerror (errno));
      return 1;
    }
  snprintf (img, sizeof img, "%s/nbd.img", dir);
  snprintf (pidfile, sizeof pidfile, "%s/pid", dir);
  int port = free_port ();
  snprintf (cmd, sizeof cmd,
            "truncate -s 64M %s && qemu-nbd --fork --persistent "
            "--pid-file=%s -f raw -b 127.0.0.1 -p %d -x myexport %s",
            img, pidfile, port, img);
  if (system (cmd) != 0)
    {
      printf ("Bail out! %s failed\n", cmd);
      return 1;
    }
  snprintf (server, sizeof server, "tcp:127.0.0.1:%d", port);
  char *servers[] = { server, NULL };

  g = guestfs_create ();
  if (g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      return 1;
    }
  guestfs_set_error_handler (g, NULL, NULL);
  ok (guestfs_add_drive_opts (g, "myexport", GUESTFS_ADD_DRIVE_OPTS_PROTOCOL,
                              "nbd", GUESTFS_ADD_DRIVE_OPTS_SERVER, servers,
                              GUESTFS_ADD_DRIVE_OPTS_FORMAT, "raw", -1)
          == 0,
      "add the nbd export over TCP");
  if (!ok (guestfs_launch (g) == 0, "launch"))
    printf ("# %s\n", guestfs_last_error (g));
  is_int (guestfs_blockdev_getsize64 (g, "/dev/sda"), 64 << 20,
          "the nbd drive has the export's size");
  is_int (guestfs_mkfs (g, "ext2", "/dev/sda"), 0, "mkfs over nbd");
  is_int (guestfs_shutdown (g), 0, "shutdown");
  guestfs_close (g);

  /* The ext2 magic, 0xEF53 at byte 1080, reached the exported file. */
  unsigned char magic[2] = { 0, 0 };
  FILE *fp = fopen (img, "r");
  if (fp)
    {
      if (fseek (fp, 1080, SEEK_SET) == 0)
        (void)!fread (magic, 1, 2, fp);
      fclose (fp);
    }
  ok (magic[0] == 0x53 && magic[1] == 0xef,
      "the filesystem was written to the exported image");

  fp = fopen (pidfile, "r");
  int pid = 0;
  if (fp)
    {
      if (fscanf (fp, "%d", &pid) != 1)
        pid = 0;
      fclose (fp);
    }
  if (pid > 0)
    kill (pid, SIGTERM);
  unlink (img);
  unlink (pidfile);
  rmdir (dir);
  return tap_done ();
}
