/* ping_daemon, and debug: subcommands for testing and looking inside
 * the daemon.
 */

#include <config.h>

#include <dirent.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "daemon.h"
#include "actions.h"

extern char **environ;

/* The text written to a memstream, or NULL after replying. */
static char *
end_memstream (FILE *fp, char **buf)
{
  /* *buf is only up to date once the stream is closed. */
  if (fclose (fp) == EOF)
    {
      reply_with_perror ("open_memstream");
      return NULL;
    }
  return *buf;
}

int
do_ping_daemon (void)
{
  return 0;
}

/* A copy of s to return, or NULL after replying. */
static char *
result (const char *s)
{
  char *r = strdup (s);

  if (r == NULL)
    reply_with_perror ("strdup");
  return r;
}

static char *
debug_echo (char *const *args)
{
  size_t len = 1;
  char *r;

  for (size_t i = 0; args[i]; i++)
    len += strlen (args[i]) + 1;
  r = malloc (len);
  if (r == NULL)
    {
      reply_with_perror ("malloc");
      return NULL;
    }
  r[0] = '\0';
  for (size_t i = 0; args[i]; i++)
    {
      if (i)
        strcat (r, " ");
      strcat (r, args[i]);
    }
  return r;
}

/* The one integer argument of a subcommand, in [lo, hi]. */
static int
int_arg (const char *subcmd, char *const *args, int64_t lo, int64_t hi,
         int64_t *r)
{
  if (args[0] == NULL || args[1] != NULL
      || parse_int64 (args[0], lo, hi, r) == -1)
    {
      reply_with_error_errno (EINVAL,
                              "%s: expecting one number from %lld to %lld",
                              subcmd, (long long)lo, (long long)hi);
      return -1;
    }
  return 0;
}

static void
sleep_ms (int ms)
{
  struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
  while (nanosleep (&ts, &ts) == -1)
    ;
}

/* Run for n seconds, reporting how far through in milliseconds. */
static char *
debug_progress (char *const *args)
{
  int64_t secs, start = monotonic_ns ();

  if (int_arg ("progress", args, 0, 3600, &secs) == -1)
    return NULL;
  for (;;)
    {
      int64_t ms = (monotonic_ns () - start) / 1000000;
      if (ms >= secs * 1000 || connection_lost ())
        break;
      notify_progress (ms, secs * 1000);
      sleep_ms (ms + 50 > secs * 1000 ? secs * 1000 - ms : 50);
    }
  return result ("ok");
}

static char *
debug_sleep (char *const *args)
{
  int64_t secs;

  if (int_arg ("sleep", args, 0, 3600, &secs) == -1)
    return NULL;
  sleep_ms (secs * 1000);
  return result ("ok");
}

/* The daemon's open descriptors, one "N TARGET" a line: tests use it
 * to check that calls leak none.
 */
static char *
debug_fds (char *const *args)
{
  DIR *dir = opendir ("/proc/self/fd");
  struct dirent *d;
  char *buf = NULL;
  size_t size = 0;
  FILE *fp;

  if (dir == NULL)
    {
      reply_with_perror ("/proc/self/fd");
      return NULL;
    }
  fp = open_memstream (&buf, &size);
  if (fp == NULL)
    {
      reply_with_perror ("open_memstream");
      closedir (dir);
      return NULL;
    }
  while ((d = readdir (dir)) != NULL)
    {
      char path[PATH_MAX], target[PATH_MAX];
      ssize_t n;

      if (d->d_name[0] == '.' || atoi (d->d_name) == dirfd (dir))
        continue;
      snprintf (path, sizeof path, "/proc/self/fd/%s", d->d_name);
      n = readlink (path, target, sizeof target - 1);
      target[n < 0 ? 0 : n] = '\0';
      fprintf (fp, "%s %s\n", d->d_name, target);
    }
  closedir (dir);
  return end_memstream (fp, &buf);
}

static char *
debug_env (char *const *args)
{
  char *buf = NULL;
  size_t size = 0;
  FILE *fp = open_memstream (&buf, &size);

  if (fp == NULL)
    {
      reply_with_perror ("open_memstream");
      return NULL;
    }
  for (char **e = environ; *e; e++)
    fprintf (fp, "%s\n", *e);
  return end_memstream (fp, &buf);
}

static char *
debug_segv (char *const *args)
{
  fprintf (stderr, "guestfsd: debug segv: crashing on purpose\n");
  signal (SIGSEGV, SIG_DFL);
  raise (SIGSEGV);
  return NULL;
}

static char *
debug_exit (char *const *args)
{
  int64_t code = 0;

  if (args[0] && int_arg ("exit", args, 0, 255, &code) == -1)
    return NULL;
  fprintf (stderr, "guestfsd: debug exit: exiting on purpose\n");
  _exit (code);
}

static char *debug_help (char *const *args);

static const struct
{
  const char *name;
  char *(*fn) (char *const *args);
  const char *help;
} subcmds[] = {
  { "echo", debug_echo, "echo ARGS...   return the arguments" },
  { "env", debug_env, "env            the daemon's environment" },
  { "exit", debug_exit, "exit [CODE]    exit the daemon at once" },
  { "fds", debug_fds, "fds            the daemon's open file descriptors" },
  { "help", debug_help, "help           this list" },
  { "progress", debug_progress,
    "progress N     run N seconds, sending progress messages" },
  { "segv", debug_segv, "segv           crash the daemon" },
  { "sleep", debug_sleep, "sleep N        sleep N seconds" },
};

static char *
debug_help (char *const *args)
{
  char *buf = NULL;
  size_t size = 0;
  FILE *fp = open_memstream (&buf, &size);

  if (fp == NULL)
    {
      reply_with_perror ("open_memstream");
      return NULL;
    }
  for (size_t i = 0; i < sizeof subcmds / sizeof subcmds[0]; i++)
    fprintf (fp, "%s\n", subcmds[i].help);
  return end_memstream (fp, &buf);
}

char *
do_debug (const char *subcmd, char *const *extraargs)
{
  for (size_t i = 0; i < sizeof subcmds / sizeof subcmds[0]; i++)
    if (strcmp (subcmd, subcmds[i].name) == 0)
      return subcmds[i].fn (extraargs);
  reply_with_error_errno (EINVAL, "%s: unknown subcommand (try: debug help)",
                          subcmd);
  return NULL;
}
