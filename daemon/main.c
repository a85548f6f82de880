/* guestfsd: the daemon that carries out the library's calls.
 *
 * In the appliance (no options) it is PID 1, started as /init (init.c):
 * it opens the virtio-serial port, serves the one session, then syncs
 * and powers the appliance off.
 * With --listen (host mode, for tests and the unix: backend) it serves
 * clients on a Unix socket one after another and refuses every device
 * operation.
 */

#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/reboot.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "daemon.h"

#define CHANNEL_NAME "org.libguestfs.channel.0"
#define CHANNEL_LINK "/dev/virtio-ports/" CHANNEL_NAME
/* virtio_console registers ports asynchronously. */
#define CHANNEL_WAIT_SECONDS 10

bool verbose;
bool host_mode;
const char *sysroot = "/sysroot";

void
debug_msg (const char *fs, ...)
{
  va_list args;

  if (!verbose)
    return;
  fputs ("guestfsd: ", stderr);
  va_start (args, fs);
  vfprintf (stderr, fs, args);
  va_end (args);
  fputc ('\n', stderr);
}

static void __attribute__ ((noreturn)) power_off (int status)
{
  sync ();
  /* Only PID 1 is the appliance's init: anywhere else this would power
   * off whatever machine we were started on.
   */
  if (getpid () == 1)
    {
      reboot (RB_POWER_OFF);
      fprintf (stderr, "guestfsd: reboot: %m\n");
      /* PID 1 must not exit: the kernel would panic. */
      for (;;)
        pause ();
    }
  exit (status);
}

static void __attribute__ ((noreturn, format (printf, 1, 2)))
die (const char *fs, ...)
{
  va_list args;

  fputs ("guestfsd: ", stderr);
  va_start (args, fs);
  vfprintf (stderr, fs, args);
  va_end (args);
  fputc ('\n', stderr);
  if (host_mode)
    exit (EXIT_FAILURE);
  power_off (EXIT_FAILURE);
}

static void __attribute__ ((noreturn)) usage (int status)
{
  fprintf (status ? stderr : stdout,
           "usage: guestfsd [-v] [--channel PATH] [--listen SOCKET] "
           "[--sysroot DIR]\n"
           "  (no options)     appliance mode: serve the virtio-serial "
           "port " CHANNEL_NAME "\n"
           "  --channel PATH   serve this device or Unix socket instead\n"
           "  --listen SOCKET  host mode: serve clients on a Unix socket; "
           "no device access\n"
           "  --sysroot DIR    where guest filesystems are mounted "
           "(default /sysroot)\n"
           "  -v               verbose messages on stderr\n");
  exit (status);
}

/* Without udev nobody may have made the /dev/virtio-ports link, so look
 * the port up by name in sysfs as well.
 */
static int
open_virtio_channel (void)
{
  int64_t deadline = monotonic_ns () + CHANNEL_WAIT_SECONDS * 1000000000LL;

  for (;;)
    {
      int fd = open (CHANNEL_LINK, O_RDWR | O_CLOEXEC | O_NOCTTY);
      if (fd >= 0)
        return fd;

      DIR *dir = opendir ("/sys/class/virtio-ports");
      struct dirent *d;
      while (dir && (d = readdir (dir)) != NULL)
        {
          char path[PATH_MAX], name[64] = "";
          if (d->d_name[0] == '.')
            continue;
          snprintf (path, sizeof path, "/sys/class/virtio-ports/%s/name",
                    d->d_name);
          int nfd = open (path, O_RDONLY | O_CLOEXEC);
          if (nfd == -1)
            continue;
          ssize_t n = read (nfd, name, sizeof name - 1);
          close (nfd);
          if (n <= 0)
            continue;
          name[n] = '\0';
          trim_end (name);
          if (strcmp (name, CHANNEL_NAME) != 0)
            continue;
          snprintf (path, sizeof path, "/dev/%s", d->d_name);
          fd = open (path, O_RDWR | O_CLOEXEC | O_NOCTTY);
          if (fd == -1)
            die ("%s (%s): %m", path, CHANNEL_NAME);
          closedir (dir);
          debug_msg ("channel is %s", path);
          return fd;
        }
      if (dir)
        closedir (dir);
      if (monotonic_ns () > deadline)
        die ("virtio-serial port %s not found", CHANNEL_NAME);
      struct timespec ts = { 0, 10 * 1000 * 1000 };
      nanosleep (&ts, NULL);
    }
}

static int
open_channel (const char *path)
{
  struct stat st;
  int fd;

  if (stat (path, &st) == 0 && S_ISSOCK (st.st_mode))
    {
      struct sockaddr_un addr = { .sun_family = AF_UNIX };
      if (strlen (path) >= sizeof addr.sun_path)
        die ("%s: socket path too long", path);
      strcpy (addr.sun_path, path);
      fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
      if (fd == -1 || connect (fd, (struct sockaddr *)&addr, sizeof addr))
        die ("%s: %m", path);
      return fd;
    }
  fd = open (path, O_RDWR | O_CLOEXEC | O_NOCTTY);
  if (fd == -1)
    die ("%s: %m", path);
  return fd;
}

static void __attribute__ ((noreturn)) listen_loop (const char *path)
{
  struct sockaddr_un addr = { .sun_family = AF_UNIX };
  struct stat st;
  int sock;

  if (strlen (path) >= sizeof addr.sun_path)
    die ("%s: socket path too long", path);
  strcpy (addr.sun_path, path);
  /* A socket left by an earlier run would make bind fail. */
  if (lstat (path, &st) == 0 && S_ISSOCK (st.st_mode))
    unlink (path);
  sock = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (sock == -1)
    die ("socket: %m");
  if (bind (sock, (struct sockaddr *)&addr, sizeof addr) == -1)
    die ("%s: bind: %m", path);
  if (listen (sock, 4) == -1)
    die ("%s: listen: %m", path);
  debug_msg ("listening on %s, sysroot %s", path, sysroot);

  for (;;)
    {
      int fd = accept4 (sock, NULL, NULL, SOCK_CLOEXEC);
      if (fd == -1)
        {
          if (errno == EINTR || errno == ECONNABORTED)
            continue;
          die ("%s: accept: %m", path);
        }
      debug_msg ("client connected");
      serve_connection (fd);
      close (fd);
      sync_disks ();
      debug_msg ("client gone");
    }
}

int
main (int argc, char *argv[])
{
  static const struct option long_options[] = {
    { "channel", required_argument, NULL, 'c' },
    { "help", no_argument, NULL, 'h' },
    { "listen", required_argument, NULL, 'l' },
    { "sysroot", required_argument, NULL, 's' },
    { "verbose", no_argument, NULL, 'v' },
    { NULL, 0, NULL, 0 },
  };
  const char *channel = NULL, *listen_path = NULL;
  char *real_sysroot;
  int c, fd;

  /* The appliance starts us as /init, with no options. */
  if (getpid () == 1 && argc == 1)
    init_appliance ();

  while ((c = getopt_long (argc, argv, "hv", long_options, NULL)) != -1)
    {
      switch (c)
        {
        case 'c':
          channel = optarg;
          break;
        case 'h':
          usage (EXIT_SUCCESS);
        case 'l':
          listen_path = optarg;
          break;
        case 's':
          sysroot = optarg;
          break;
        case 'v':
          verbose = true;
          break;
        default:
          usage (EXIT_FAILURE);
        }
    }
  if (optind != argc)
    usage (EXIT_FAILURE);
  if (channel && listen_path)
    {
      fprintf (stderr, "guestfsd: --channel and --listen are exclusive\n");
      exit (EXIT_FAILURE);
    }
  host_mode = listen_path != NULL;

  /* Children get their stdio by dup2 onto 0-2: none of our own
   * descriptors may be sitting there.
   */
  for (fd = open ("/dev/null", O_RDWR); fd >= 0 && fd <= 2;
       fd = open ("/dev/null", O_RDWR))
    ;
  if (fd > 2)
    close (fd);

  /* Writes to a closed connection must fail with EPIPE, not kill us;
   * children get the default back (command.c).
   */
  signal (SIGPIPE, SIG_IGN);
  /* Parsed output of parted, blkid and friends must not be translated. */
  setenv ("LC_ALL", "C", 1);
  if (getenv ("PATH") == NULL)
    setenv ("PATH", "/usr/sbin:/usr/bin:/sbin:/bin", 1);
  umask (022);

  if (mkdir (sysroot, 0755) == -1 && errno != EEXIST)
    die ("%s: %m", sysroot);
  real_sysroot = realpath (sysroot, NULL);
  if (real_sysroot == NULL)
    die ("%s: %m", sysroot);
  sysroot = real_sysroot;
  /* "/" would give paths like "//etc": an empty prefix is the same. */
  if (strcmp (sysroot, "/") == 0)
    sysroot = "";

  if (listen_path)
    listen_loop (listen_path);

  /* After PATH and our stdio are set: it runs modprobe. */
  if (network_requested)
    start_network ();

  fd = channel ? open_channel (channel) : open_virtio_channel ();
  debug_msg ("serving, sysroot %s", sysroot);
  serve_connection (fd);
  debug_msg ("session ended");
  power_off (EXIT_SUCCESS);
}
