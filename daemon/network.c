/* The appliance's network (guestfs_set_network): qemu gives it a
 * virtio-net card on a user-mode (slirp) network, and the kernel
 * command line says guestfs_network=1.  The addresses are qemu's
 * defaults for that network, so no DHCP client is needed: the guest is
 * 10.0.2.15/24, the gateway (which reaches the host) 10.0.2.2, the DNS
 * forwarder 10.0.2.3.  Configured with ioctls: no ip(8) in the
 * appliance.
 */

#include <config.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <net/route.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "daemon.h"

#define GUEST_ADDRESS "10.0.2.15"
#define NETMASK "255.255.255.0"
#define GATEWAY "10.0.2.2"
#define NAMESERVER "10.0.2.3"
#define INTERFACE "eth0"

bool network_requested;
bool network_up;

static void
set_address (struct sockaddr *sa, const char *address)
{
  struct sockaddr_in *sin = (struct sockaddr_in *)sa;

  memset (sin, 0, sizeof *sin);
  sin->sin_family = AF_INET;
  inet_pton (AF_INET, address, &sin->sin_addr);
}

static int
interface_up (int sock, const char *name)
{
  struct ifreq ifr;

  memset (&ifr, 0, sizeof ifr);
  snprintf (ifr.ifr_name, sizeof ifr.ifr_name, "%s", name);
  if (ioctl (sock, SIOCGIFFLAGS, &ifr) == -1)
    return -1;
  ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
  return ioctl (sock, SIOCSIFFLAGS, &ifr);
}

/* The card appears once its driver is loaded: give it a few seconds. */
static int
wait_for_interface (void)
{
  for (int i = 0; i < 500; ++i)
    {
      if (access ("/sys/class/net/" INTERFACE, F_OK) == 0)
        return 0;
      nanosleep (&(struct timespec){ 0, 10 * 1000 * 1000 }, NULL);
    }
  errno = ENODEV;
  return -1;
}

static int
configure (int sock)
{
  struct ifreq ifr;
  struct rtentry route;

  if (interface_up (sock, "lo") == -1)
    return -1;
  memset (&ifr, 0, sizeof ifr);
  snprintf (ifr.ifr_name, sizeof ifr.ifr_name, INTERFACE);
  set_address (&ifr.ifr_addr, GUEST_ADDRESS);
  if (ioctl (sock, SIOCSIFADDR, &ifr) == -1)
    return -1;
  set_address (&ifr.ifr_netmask, NETMASK);
  if (ioctl (sock, SIOCSIFNETMASK, &ifr) == -1
      || interface_up (sock, INTERFACE) == -1)
    return -1;

  memset (&route, 0, sizeof route);
  set_address (&route.rt_dst, "0.0.0.0");
  set_address (&route.rt_genmask, "0.0.0.0");
  set_address (&route.rt_gateway, GATEWAY);
  route.rt_flags = RTF_UP | RTF_GATEWAY;
  route.rt_dev = (char *)INTERFACE;
  return ioctl (sock, SIOCADDRT, &route);
}

/* /etc is in the appliance's root, a per-launch overlay: writing it
 * changes nothing for other appliances.
 */
static int
write_resolv_conf (void)
{
  static const char text[] = "nameserver " NAMESERVER "\n";
  int fd = open ("/etc/resolv.conf",
                 O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);

  if (fd == -1)
    {
      /* A dangling symlink (to systemd-resolved's file, say). */
      unlink ("/etc/resolv.conf");
      fd = open ("/etc/resolv.conf", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                 0644);
    }
  if (fd == -1)
    return -1;
  if (guestfs_int_write_all (fd, text, sizeof text - 1) == -1)
    {
      close (fd);
      return -1;
    }
  return close (fd);
}

void
start_network (void)
{
  CLEANUP_FREE char *err = NULL;
  int sock;

  if (command (NULL, &err, "modprobe", "virtio_net", NULL) != 0)
    {
      fprintf (stderr, "guestfsd: network: modprobe virtio_net: %s\n",
               err ? err : "failed");
      return;
    }
  if (wait_for_interface () == -1)
    {
      fprintf (stderr, "guestfsd: network: no " INTERFACE ": %m\n");
      return;
    }
  sock = socket (AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (sock == -1 || configure (sock) == -1)
    fprintf (stderr, "guestfsd: network: configuring " INTERFACE ": %m\n");
  else if (write_resolv_conf () == -1)
    fprintf (stderr, "guestfsd: network: /etc/resolv.conf: %m\n");
  else
    {
      network_up = true;
      debug_msg ("init: network up: " GUEST_ADDRESS " via " GATEWAY);
    }
  if (sock >= 0)
    close (sock);
}
