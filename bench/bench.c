/* make bench (bench/guestfs-bench): launch time, per-call round trip,
 * upload/download speed and qemu's peak memory, each the median of
 * several runs.
 *
 *   guestfs-bench LIBRARY.so [RUNS]
 *
 * The library is loaded with dlopen so that one binary measures this
 * project's libguestfs.so and, for comparison, any other libguestfs
 * (e.g. Debian's) with exactly the same workload.  Results go to stdout
 * as "name value unit" lines that bench/run-bench compares.
 */

#include <dlfcn.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "guestfs.h"

#define TRANSFER_SIZE (256 * 1024 * 1024)
#define CALLS 1000

/* The functions used, looked up in the library under test. */
static struct
{
  guestfs_h *(*create) (void);
  void (*close) (guestfs_h *);
  int (*add_drive_scratch) (guestfs_h *, int64_t, ...);
  int (*launch) (guestfs_h *);
  int (*shutdown) (guestfs_h *);
  int (*mkfs) (guestfs_h *, const char *, const char *);
  int (*mount) (guestfs_h *, const char *, const char *);
  int (*is_file) (guestfs_h *, const char *);
  int (*upload) (guestfs_h *, const char *, const char *);
  int (*download) (guestfs_h *, const char *, const char *);
  int (*get_pid) (guestfs_h *);
  const char *(*last_error) (guestfs_h *);
} lib;

static void
load (const char *path)
{
  void *h = dlopen (path, RTLD_NOW | RTLD_LOCAL);
  if (h == NULL)
    {
      fprintf (stderr, "bench: %s\n", dlerror ());
      exit (EXIT_FAILURE);
    }
#define SYM(field, name)                                                      \
  do                                                                          \
    {                                                                         \
      *(void **)&lib.field = dlsym (h, name);                                 \
      if (lib.field == NULL)                                                  \
        {                                                                     \
          fprintf (stderr, "bench: %s: no symbol %s\n", path, name);          \
          exit (EXIT_FAILURE);                                                \
        }                                                                     \
    }                                                                         \
  while (0)
  SYM (create, "guestfs_create");
  SYM (close, "guestfs_close");
  SYM (add_drive_scratch, "guestfs_add_drive_scratch");
  SYM (launch, "guestfs_launch");
  SYM (shutdown, "guestfs_shutdown");
  SYM (mkfs, "guestfs_mkfs");
  SYM (mount, "guestfs_mount");
  SYM (is_file, "guestfs_is_file");
  SYM (upload, "guestfs_upload");
  SYM (download, "guestfs_download");
  SYM (get_pid, "guestfs_get_pid");
  SYM (last_error, "guestfs_last_error");
#undef SYM
}

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
check (guestfs_h *g, int r, const char *what)
{
  if (r == -1)
    {
      fprintf (stderr, "bench: %s: %s\n", what, lib.last_error (g));
      exit (EXIT_FAILURE);
    }
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double
median (double *v, int n)
{
  qsort (v, n, sizeof *v, compare_doubles);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Peak resident memory of a process in KiB (VmHWM), or -1. */
static long
peak_rss_kib (int pid)
{
  char path[64], line[256];
  long kib = -1;
  snprintf (path, sizeof path, "/proc/%d/status", pid);
  FILE *fp = fopen (path, "r");
  if (fp == NULL)
    return -1;
  while (fgets (line, sizeof line, fp))
    if (sscanf (line, "VmHWM: %ld kB", &kib) == 1)
      break;
  fclose (fp);
  return kib;
}

static void
make_source_file (const char *path)
{
  /* Not all zeroes, so nothing on the way can shortcut sparse data. */
  static char block[1 << 20];
  for (size_t i = 0; i < sizeof block; ++i)
    block[i] = (char)(i * 2654435761u >> 13);
  FILE *fp = fopen (path, "w");
  if (fp == NULL)
    {
      perror (path);
      exit (EXIT_FAILURE);
    }
  for (int i = 0; i < TRANSFER_SIZE / (int)sizeof block; ++i)
    fwrite (block, 1, sizeof block, fp);
  if (fclose (fp) != 0)
    {
      perror (path);
      exit (EXIT_FAILURE);
    }
}

int
main (int argc, char *argv[])
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: guestfs-bench LIBRARY.so [RUNS]\n");
      exit (EXIT_FAILURE);
    }
  load (argv[1]);
  int runs = argc > 2 ? atoi (argv[2]) : 5;
  if (runs < 1 || runs > 100)
    {
      fprintf (stderr, "bench: RUNS must be 1..100\n");
      exit (EXIT_FAILURE);
    }

  double launch_s[100], call_ms[100], up_mbs[100], down_mbs[100];
  double peak_mib[100];
  char src[] = "/tmp/bench-src-XXXXXX";
  int fd = mkstemp (src);
  if (fd == -1)
    {
      perror ("mkstemp");
      exit (EXIT_FAILURE);
    }
  close (fd);
  char dst[sizeof src + 4];
  snprintf (dst, sizeof dst, "%s.out", src);
  make_source_file (src);

  /* The first launch may build the appliance: not measured. */
  {
    guestfs_h *g = lib.create ();
    check (g, lib.add_drive_scratch (g, INT64_C (1) << 30, -1), "scratch");
    check (g, lib.launch (g), "launch");
    lib.close (g);
  }

  for (int r = 0; r < runs; ++r)
    {
      guestfs_h *g = lib.create ();
      check (g, lib.add_drive_scratch (g, INT64_C (1) << 30, -1), "scratch");
      double t0 = now ();
      check (g, lib.launch (g), "launch");
      launch_s[r] = now () - t0;

      check (g, lib.mkfs (g, "ext4", "/dev/sda"), "mkfs");
      check (g, lib.mount (g, "/dev/sda", "/"), "mount");

      t0 = now ();
      for (int i = 0; i < CALLS; ++i)
        check (g, lib.is_file (g, "/lost+found"), "is_file");
      call_ms[r] = (now () - t0) * 1000 / CALLS;

      t0 = now ();
      check (g, lib.upload (g, src, "/data"), "upload");
      up_mbs[r] = TRANSFER_SIZE / 1048576.0 / (now () - t0);

      t0 = now ();
      check (g, lib.download (g, "/data", dst), "download");
      down_mbs[r] = TRANSFER_SIZE / 1048576.0 / (now () - t0);

      peak_mib[r] = peak_rss_kib (lib.get_pid (g)) / 1024.0;
      check (g, lib.shutdown (g), "shutdown");
      lib.close (g);
      fprintf (stderr,
               "bench: run %d: launch %.2f s, call %.3f ms, "
               "upload %.0f MB/s, download %.0f MB/s, qemu peak %.0f MiB\n",
               r + 1, launch_s[r], call_ms[r], up_mbs[r], down_mbs[r],
               peak_mib[r]);
    }
  unlink (src);
  unlink (dst);

  printf ("launch %.3f s\n", median (launch_s, runs));
  printf ("call %.4f ms\n", median (call_ms, runs));
  printf ("upload %.1f MB/s\n", median (up_mbs, runs));
  printf ("download %.1f MB/s\n", median (down_mbs, runs));
  printf ("qemu-peak %.0f MiB\n", median (peak_mib, runs));
  return 0;
}
