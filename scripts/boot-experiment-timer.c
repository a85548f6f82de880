/* boot-experiment-timer: developer tool used by scripts/boot-experiment.sh.
 *
 * Does what the library's launch does, and times it:
 *   1. create and listen on the unix socket qemu will connect to,
 *   2. start qemu (argv after "--"),
 *   3. wait until the appliance writes the 4-byte launch flag,
 *   4. kill qemu and reap it,
 *   5. print "WALL_MS CPU_MS": wall time from starting qemu to the flag,
 *      and the CPU time qemu used (user+sys, all threads).
 * qemu's stdout+stderr (the serial console) is copied to LOGFILE with
 * every line prefixed by the host-side elapsed time, so the log shows
 * where the boot spends its time.
 *
 * Usage: boot-experiment-timer SOCKET LOGFILE TIMEOUT_SECONDS -- QEMU ARGS...
 *        boot-experiment-timer --tsc-khz
 *   The second form prints the host TSC frequency in kHz, measured over
 *   50 ms.  Under TCG the guest's TSC is the host's, so this is the value
 *   for the guest kernel's tsc_early_khz= (lets a guest without HPET skip
 *   TSC calibration, which is unreliable under emulation).
 * Exit: 0 flag received, 1 timeout, 2 qemu exited first, 3 wrong flag,
 *       4 usage/system error.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define LAUNCH_FLAG 0xf5f55ff5U

static struct timespec t0;

static double
elapsed_ms (void)
{
  struct timespec t;
  clock_gettime (CLOCK_MONOTONIC, &t);
  return (t.tv_sec - t0.tv_sec) * 1e3 + (t.tv_nsec - t0.tv_nsec) / 1e6;
}

/* Copy console bytes to the log, stamping the start of each line. */
static void
log_console (FILE *log, const char *buf, ssize_t n, int *at_bol)
{
  for (ssize_t i = 0; i < n; i++)
    {
      if (*at_bol)
        fprintf (log, "[%9.1f] ", elapsed_ms ());
      if (buf[i] != '\r')
        fputc (buf[i], log);
      *at_bol = buf[i] == '\n';
    }
  fflush (log);
}

static void
stop_qemu (pid_t pid)
{
  int status;
  kill (pid, SIGTERM);
  for (int i = 0; i < 100; i++)
    {
      if (waitpid (pid, &status, WNOHANG) == pid)
        return;
      usleep (10000);
    }
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
}

static int
print_tsc_khz (void)
{
#if defined(__x86_64__) || defined(__i386__)
  struct timespec a, b;
  unsigned long long ta, tb;
  clock_gettime (CLOCK_MONOTONIC, &a);
  ta = __builtin_ia32_rdtsc ();
  nanosleep (&(struct timespec){ .tv_nsec = 50000000 }, NULL);
  clock_gettime (CLOCK_MONOTONIC, &b);
  tb = __builtin_ia32_rdtsc ();
  double ns = (b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec);
  printf ("%.0f\n", (tb - ta) / ns * 1e6);
  return 0;
#else
  return 4;
#endif
}

int
main (int argc, char **argv)
{
  if (argc == 2 && strcmp (argv[1], "--tsc-khz") == 0)
    return print_tsc_khz ();
  if (argc < 6 || strcmp (argv[4], "--") != 0)
    {
      fprintf (stderr, "usage: %s SOCKET LOGFILE TIMEOUT -- QEMU ARGS...\n",
               argv[0]);
      return 4;
    }
  const char *sockpath = argv[1];
  double timeout_ms = atof (argv[3]) * 1000;
  FILE *log = fopen (argv[2], "w");
  if (!log)
    {
      perror (argv[2]);
      return 4;
    }

  /* The host side listens; qemu connects as a client, exactly as the
   * library will do it. */
  struct sockaddr_un addr = { .sun_family = AF_UNIX };
  if (strlen (sockpath) >= sizeof addr.sun_path)
    {
      fprintf (stderr, "socket path too long\n");
      return 4;
    }
  strcpy (addr.sun_path, sockpath);
  unlink (sockpath);
  int lsock = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (lsock < 0 || bind (lsock, (struct sockaddr *)&addr, sizeof addr) < 0
      || listen (lsock, 1) < 0)
    {
      perror ("socket");
      return 4;
    }

  int pfd[2];
  if (pipe2 (pfd, O_CLOEXEC) < 0)
    {
      perror ("pipe");
      return 4;
    }

  clock_gettime (CLOCK_MONOTONIC, &t0);
  pid_t pid = fork ();
  if (pid < 0)
    {
      perror ("fork");
      return 4;
    }
  if (pid == 0)
    {
      dup2 (pfd[1], 1);
      dup2 (pfd[1], 2);
      int nul = open ("/dev/null", O_RDONLY);
      dup2 (nul, 0);
      execvp (argv[5], &argv[5]);
      perror (argv[5]);
      _exit (127);
    }
  close (pfd[1]);

  int conn = -1, at_bol = 1, rc = 1;
  int console_open = 1;
  unsigned char flag[4];
  size_t got = 0;
  char buf[4096];

  for (;;)
    {
      double left = timeout_ms - elapsed_ms ();
      if (left <= 0)
        {
          rc = 1;
          break;
        }
      struct pollfd fds[2] = {
        { .fd = console_open ? pfd[0] : -1, .events = POLLIN },
        { .fd = conn >= 0 ? conn : lsock, .events = POLLIN },
      };
      /* Once the console hit EOF, qemu is dying: poll briefly to reap it. */
      int r = poll (fds, 2, console_open ? (int)left + 1 : 10);
      if (r < 0 && errno != EINTR)
        {
          perror ("poll");
          rc = 4;
          break;
        }
      if (fds[0].revents)
        {
          ssize_t n = read (pfd[0], buf, sizeof buf);
          if (n > 0)
            log_console (log, buf, n, &at_bol);
          else
            console_open = 0;
        }
      if (fds[1].revents && conn < 0)
        {
          conn = accept4 (lsock, NULL, NULL, SOCK_CLOEXEC);
          if (conn >= 0)
            fprintf (log, "\n[%9.1f] <timer: qemu connected to %s>\n",
                     elapsed_ms (), sockpath);
        }
      else if (fds[1].revents)
        {
          ssize_t n = read (conn, flag + got, sizeof flag - got);
          if (n <= 0)
            {
              rc = 2;
              break;
            }
          got += n;
          if (got == sizeof flag)
            {
              unsigned v = (unsigned)flag[0] << 24 | flag[1] << 16
                           | flag[2] << 8 | flag[3];
              double ms = elapsed_ms ();
              fprintf (log, "\n[%9.1f] <timer: received 0x%08x>\n", ms, v);
              if (v != LAUNCH_FLAG)
                {
                  rc = 3;
                  break;
                }
              printf ("%.0f", ms);
              rc = 0;
              break;
            }
        }
      int status;
      if (!console_open && waitpid (pid, &status, WNOHANG) == pid)
        {
          fprintf (log, "\n[%9.1f] <timer: qemu exited, status 0x%x>\n",
                   elapsed_ms (), status);
          pid = -1;
          rc = 2;
          break;
        }
    }

  if (pid > 0)
    stop_qemu (pid);
  /* Drain what qemu printed while dying (e.g. its error message). */
  ssize_t n;
  fcntl (pfd[0], F_SETFL, O_NONBLOCK);
  while (console_open && (n = read (pfd[0], buf, sizeof buf)) > 0)
    log_console (log, buf, n, &at_bol);
  fclose (log);
  unlink (sockpath);
  /* CPU time qemu burnt (all threads): steadier than wall time on a
   * host with steal time, so it is printed as a second column. */
  if (rc == 0)
    {
      struct rusage ru;
      getrusage (RUSAGE_CHILDREN, &ru);
      printf (" %.0f\n",
              (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3
                  + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3);
    }
  return rc;
}
