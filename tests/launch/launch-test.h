/* Shared by the tests/launch programs: they boot real appliances under
 * qemu, so besides TAP (c-api/tap.h) they need events to look at,
 * processes to check and a safety net against hanging.
 */

#ifndef LAUNCH_TEST_H
#define LAUNCH_TEST_H

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "guestfs.h"
#include "c-api/tap.h"

/* Everything a handle reported, for assertions. */
struct events
{
  int launch_done;
  int subprocess_quit;
  int appliance;
  char *library; /* all LIBRARY messages, one per line */
  char *console; /* all APPLIANCE output */
};

static inline void
append_text (char **s, const char *buf, size_t len, bool newline)
{
  size_t old = *s ? strlen (*s) : 0;

  *s = realloc (*s, old + len + 2);
  if (*s == NULL)
    abort ();
  memcpy (*s + old, buf, len);
  if (newline)
    (*s)[old + len++] = '\n';
  (*s)[old + len] = '\0';
}

static inline void
record_event (guestfs_h *g, void *opaque, uint64_t event, int event_handle,
              int flags, const char *buf, size_t buf_len,
              const uint64_t *array, size_t array_len)
{
  struct events *ev = opaque;

  (void)g, (void)event_handle, (void)flags, (void)array, (void)array_len;
  if (event == GUESTFS_EVENT_LAUNCH_DONE)
    ev->launch_done++;
  else if (event == GUESTFS_EVENT_SUBPROCESS_QUIT)
    ev->subprocess_quit++;
  else if (event == GUESTFS_EVENT_APPLIANCE)
    {
      ev->appliance++;
      append_text (&ev->console, buf, buf_len, false);
    }
  else if (event == GUESTFS_EVENT_LIBRARY)
    {
      append_text (&ev->library, buf, buf_len, true);
      /* The test log then tells the story of a failure. */
      fprintf (stderr, "libguestfs: %.*s\n", (int)buf_len, buf);
    }
}

static inline void
watch_events (guestfs_h *g, struct events *ev)
{
  memset (ev, 0, sizeof *ev);
  if (guestfs_set_event_callback (
          g, record_event,
          GUESTFS_EVENT_LAUNCH_DONE | GUESTFS_EVENT_SUBPROCESS_QUIT
              | GUESTFS_EVENT_APPLIANCE | GUESTFS_EVENT_LIBRARY,
          0, ev)
      == -1)
    {
      printf ("Bail out! set_event_callback failed\n");
      exit (1);
    }
}

static inline void
free_events (struct events *ev)
{
  free (ev->library);
  free (ev->console);
  memset (ev, 0, sizeof *ev);
}

/* Print text as TAP comment lines. */
static inline void
diag_lines (const char *s)
{
  while (s && *s)
    {
      size_t n = strcspn (s, "\n");
      printf ("# %.*s\n", (int)n, s);
      s += n + (s[n] == '\n');
    }
}

/* A process that exists and is not a zombie. */
static inline bool
process_alive (pid_t pid)
{
  char path[64], buf[512], *p;
  FILE *fp;
  size_t n;

  snprintf (path, sizeof path, "/proc/%d/stat", (int)pid);
  fp = fopen (path, "r");
  if (fp == NULL)
    return false;
  n = fread (buf, 1, sizeof buf - 1, fp);
  fclose (fp);
  buf[n] = '\0';
  /* "PID (COMM) STATE ...": COMM may hold anything but ends at the
   * last ')'.
   */
  p = strrchr (buf, ')');
  return p && p[1] == ' ' && p[2] != 'Z' && p[2] != 'X';
}

/* Wait up to secs for pid to be gone. */
static inline bool
wait_gone (pid_t pid, int secs)
{
  for (int i = 0; i < secs * 20; i++)
    {
      if (!process_alive (pid))
        return true;
      usleep (50000);
    }
  return !process_alive (pid);
}

/* Live processes whose parent is us (qemu, the watchdog, ...). */
static inline int
count_children (void)
{
  DIR *d = opendir ("/proc");
  struct dirent *e;
  int n = 0;

  if (d == NULL)
    return -1;
  while ((e = readdir (d)) != NULL)
    {
      char path[300], buf[512], *p;
      FILE *fp;
      size_t len;
      int ppid;

      if (e->d_name[0] < '0' || e->d_name[0] > '9')
        continue;
      snprintf (path, sizeof path, "/proc/%s/stat", e->d_name);
      fp = fopen (path, "r");
      if (fp == NULL)
        continue;
      len = fread (buf, 1, sizeof buf - 1, fp);
      fclose (fp);
      buf[len] = '\0';
      p = strrchr (buf, ')');
      if (p && sscanf (p + 2, "%*c %d", &ppid) == 1 && ppid == getpid ()
          && p[2] != 'Z')
        n++;
    }
  closedir (d);
  return n;
}

/* The file /proc/PID/exe points to ("" if unknown). */
static inline void
process_exe (pid_t pid, char *buf, size_t n)
{
  char path[64];
  ssize_t r;

  snprintf (path, sizeof path, "/proc/%d/exe", (int)pid);
  r = readlink (path, buf, n - 1);
  buf[r > 0 ? r : 0] = '\0';
}

static inline double
now_s (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A test must never hang: past this, bail out (the library's watchdog
 * then takes every qemu with us).
 */
static inline void
on_alarm (int sig)
{
  static const char msg[] = "Bail out! the test took too long\n";

  (void)sig;
  (void)!write (1, msg, sizeof msg - 1);
  _exit (1);
}

static inline void
safety_net (unsigned secs)
{
  signal (SIGALRM, on_alarm);
  alarm (secs);
}

static char test_tmpdir[4096];
static pid_t test_tmpdir_owner;

static inline int
remove_entry (const char *path, const struct stat *st, int type,
              struct FTW *ftw)
{
  (void)st, (void)type, (void)ftw;
  remove (path);
  return 0;
}

static inline void
remove_tmpdir (void)
{
  if (getpid () == test_tmpdir_owner)
    nftw (test_tmpdir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* A private directory for the test's files, removed at exit. */
static inline char *
make_tmpdir (void)
{
  const char *t = getenv ("TMPDIR");

  snprintf (test_tmpdir, sizeof test_tmpdir, "%s/launch-test-XXXXXX",
            t && *t ? t : "/tmp");
  if (mkdtemp (test_tmpdir) == NULL)
    {
      printf ("Bail out! mkdtemp %s: %s\n", test_tmpdir, strerror (errno));
      exit (1);
    }
  test_tmpdir_owner = getpid ();
  atexit (remove_tmpdir);
  return test_tmpdir;
}

/* NAME inside the test's private directory (make_tmpdir), malloc'd. */
static inline char *
path_in_dir (const char *name)
{
  char *p;

  if (asprintf (&p, "%s/%s", test_tmpdir, name) == -1)
    abort ();
  return p;
}

#endif /* LAUNCH_TEST_H */
