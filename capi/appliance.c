/* Finding the appliance, and building it from a supermin appliance
 * (supermin.d) into the cache.
 *
 * The build (supermin --build, then the ELF vmlinux and the trimmed
 * initrd made by the scripts beside supermin.d) takes seconds, so its
 * result is kept in CACHEDIR/.guestfs-ng-UID/appliance.d together with
 * a stamp describing its inputs: the supermin.d files, the helper
 * scripts, the host package database and the host kernels.  A launch
 * that finds the stamp up to date only stat()s those inputs.  Builds
 * happen under an flock, so concurrent launches (processes or threads)
 * build once and never see a half-built appliance.
 */

#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "guestfs.h"
#include "guestfs-internal.h"

/* supermin reads the whole host package set: generous, but finite. */
#define SUPERMIN_TIMEOUT_S 900
#define SCRIPT_TIMEOUT_S 300
/* Bump when the stamp's meaning or the build steps change. */
#define STAMP_FORMAT "guestfs-ng appliance 1"

int
guestfs_int_private_cachedir (guestfs_h *g, char **dir)
{
  struct stat st;

  *dir = safe_asprintf (g, "%s/.guestfs-ng-%ju",
                        guestfs_int_effective_cachedir (g),
                        (uintmax_t)geteuid ());
  if (mkdir (*dir, 0700) == -1 && errno != EEXIST)
    return -1;
  /* The cache dir is usually world-writable (/var/tmp): what we run
   * from here must be ours and nobody else's to change.
   */
  if (lstat (*dir, &st) == -1)
    return -1;
  if (!S_ISDIR (st.st_mode) || st.st_uid != geteuid ()
      || (st.st_mode & 022) != 0)
    {
      errno = EPERM;
      return -1;
    }
  return 0;
}

static bool
is_dir (const char *path)
{
  struct stat st;

  return stat (path, &st) == 0 && S_ISDIR (st.st_mode);
}

static bool
is_file (const char *path)
{
  struct stat st;

  return stat (path, &st) == 0 && S_ISREG (st.st_mode);
}

/* ---- The stamp ---- */

/* Growing string. */
struct buf
{
  char *s;
  size_t len, cap;
};

static void __attribute__ ((format (printf, 3, 4)))
buf_printf (guestfs_h *g, struct buf *b, const char *fs, ...)
{
  va_list args;
  int n;

  for (;;)
    {
      va_start (args, fs);
      n = vsnprintf (b->s ? b->s + b->len : NULL, b->s ? b->cap - b->len : 0,
                     fs, args);
      va_end (args);
      if (b->s && (size_t)n < b->cap - b->len)
        break;
      b->cap = (b->cap + n + 1) * 2;
      b->s = safe_realloc (g, b->s, b->cap);
    }
  b->len += n;
}

static void
buf_stat (guestfs_h *g, struct buf *b, const char *path)
{
  struct stat st;

  if (stat (path, &st) == -1)
    buf_printf (g, b, "%s -\n", path);
  else
    buf_printf (g, b, "%s %jd %jd.%09ld\n", path, (intmax_t)st.st_size,
                (intmax_t)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

static int
compare_names (const void *a, const void *b)
{
  return strcmp (*(char *const *)a, *(char *const *)b);
}

/* Everything the build reads that can change: if this text is what the
 * stamp says, the cached appliance is current.
 */
static char *
input_signature (guestfs_h *g, const char *supermin_d,
                 const char *make_vmlinux, const char *trim_initrd)
{
  static const char *const host[] = {
    /* Package databases: supermin copies the files of these packages. */
    "/var/lib/dpkg/status",
    "/var/lib/rpm/rpmdb.sqlite",
    "/var/lib/rpm/Packages",
    "/usr/lib/sysimage/rpm/rpmdb.sqlite",
    /* A kernel being installed or removed changes these directories. */
    "/boot",
    "/lib/modules",
  };
  static const char *const env[] = {
    "SUPERMIN_KERNEL",
    "SUPERMIN_MODULES",
    "SUPERMIN_KERNEL_VERSION",
  };
  struct buf b = { 0 };
  char **names = NULL;
  size_t nr = 0;
  struct dirent *d;
  DIR *dir;

  buf_printf (g, &b, "%s\nsupermin.d %s\n", STAMP_FORMAT, supermin_d);
  dir = opendir (supermin_d);
  if (dir)
    {
      while ((d = readdir (dir)) != NULL)
        if (d->d_name[0] != '.')
          {
            names = safe_realloc (g, names, (nr + 1) * sizeof *names);
            names[nr++] = safe_asprintf (g, "%s/%s", supermin_d, d->d_name);
          }
      closedir (dir);
    }
  qsort (names, nr, sizeof *names, compare_names);
  for (size_t i = 0; i < nr; i++)
    {
      buf_stat (g, &b, names[i]);
      free (names[i]);
    }
  free (names);
  buf_printf (g, &b, "make-vmlinux ");
  if (make_vmlinux)
    buf_stat (g, &b, make_vmlinux);
  else
    buf_printf (g, &b, "-\n");
  buf_printf (g, &b, "trim-initrd ");
  if (trim_initrd)
    buf_stat (g, &b, trim_initrd);
  else
    buf_printf (g, &b, "-\n");
  for (size_t i = 0; i < sizeof host / sizeof host[0]; i++)
    buf_stat (g, &b, host[i]);
  for (size_t i = 0; i < sizeof env / sizeof env[0]; i++)
    {
      const char *v = getenv (env[i]);
      buf_printf (g, &b, "%s=%s\n", env[i], v ? v : "");
    }
  return b.s;
}

/* The stamp holds the input signature, then "--", then which files of
 * appliance.d to boot: "kernel NAME" and "initrd NAME".
 */
static char *
read_stamp (guestfs_h *g, const char *path)
{
  struct buf b = { 0 };
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  ssize_t n;

  if (fd == -1)
    return NULL;
  b.cap = 8192;
  b.s = safe_malloc (g, b.cap);
  while ((n = read (fd, b.s + b.len, b.cap - b.len - 1)) > 0)
    {
      b.len += n;
      if (b.cap - b.len < 1024)
        b.s = safe_realloc (g, b.s, b.cap *= 2);
    }
  close (fd);
  if (n == -1)
    {
      free (b.s);
      return NULL;
    }
  b.s[b.len] = '\0';
  return b.s;
}

/* If stamp matches sig and names existing files, set the outputs. */
static bool
stamp_current (guestfs_h *g, const char *stamp, const char *sig,
               const char *appdir, char **kernel, char **initrd, char **root)
{
  size_t len = strlen (sig);
  char kname[64], iname[64];
  char *k, *i, *r;

  if (stamp == NULL || strncmp (stamp, sig, len) != 0
      || sscanf (stamp + len, "--\nkernel %63s\ninitrd %63s\n", kname, iname)
             != 2)
    return false;
  k = safe_asprintf (g, "%s/%s", appdir, kname);
  i = safe_asprintf (g, "%s/%s", appdir, iname);
  r = safe_asprintf (g, "%s/root", appdir);
  /* A cleaner of old files in /var/tmp may have been here. */
  if (!is_file (k) || !is_file (i) || !is_file (r))
    {
      free (k);
      free (i);
      free (r);
      return false;
    }
  *kernel = k;
  *initrd = i;
  *root = r;
  return true;
}

static int
write_stamp (guestfs_h *g, const char *path, const char *sig,
             const char *kname, const char *iname)
{
  char *tmp = safe_asprintf (g, "%s.XXXXXX", path);
  char *data
      = safe_asprintf (g, "%s--\nkernel %s\ninitrd %s\n", sig, kname, iname);
  size_t len = strlen (data);
  int fd = mkostemp (tmp, O_CLOEXEC), ret = 0;
  bool written = fd != -1 && write (fd, data, len) == (ssize_t)len;

  if (fd != -1 && close (fd) == -1)
    written = false;
  if (!written || rename (tmp, path) == -1)
    {
      perrorf (g, "launch: writing %s", path);
      if (fd != -1)
        unlink (tmp);
      ret = -1;
    }
  free (tmp);
  free (data);
  return ret;
}

/* ---- Building ---- */

static void
status_string (int status, char *s, size_t n)
{
  if (status == GUESTFS_INT_RUN_TIMEOUT)
    snprintf (s, n, "killed after running too long");
  else if (WIFEXITED (status))
    snprintf (s, n, "exit status %d", WEXITSTATUS (status));
  else
    snprintf (s, n, "killed by signal %d", WTERMSIG (status));
}

/* Run an appliance script (make-vmlinux, trim-initrd): false if it is
 * missing or fails, which only costs boot speed.
 */
static bool
run_script (guestfs_h *g, const char *script, const char *in, const char *out)
{
  char *const argv[] = { (char *)script, (char *)in, (char *)out, NULL };
  char *output, why[64];
  int status;

  if (script == NULL)
    return false;
  status = guestfs_int_run_command (g, argv, SCRIPT_TIMEOUT_S, 0, &output);
  if (status == 0)
    {
      free (output);
      return true;
    }
  if (status != -1)
    {
      status_string (status, why, sizeof why);
      debug (g, "appliance: %s failed (%s): %s", script, why, output);
    }
  free (output);
  return false;
}

/* A helper script beside supermin.d (in-tree and installed layouts
 * alike), else in the libexec dir.
 */
static char *
find_script (guestfs_h *g, const char *appliance_dir, const char *name)
{
  char *p = safe_asprintf (g, "%s/%s", appliance_dir, name);

  if (access (p, X_OK) == 0)
    return p;
  free (p);
  p = safe_asprintf (g, "%s/%s", GUESTFS_LIBEXECDIR, name);
  if (access (p, X_OK) == 0)
    return p;
  free (p);
  return NULL;
}

static int
remove_entry (const char *path, const struct stat *st, int type,
              struct FTW *ftw)
{
  (void)st, (void)type, (void)ftw;
  remove (path);
  return 0;
}

/* supermin builds in appliance.d.XXXXXXXX and renames it at the end: a
 * build that was killed leaves that behind.  Only called under the lock,
 * so none of them is in use.
 */
static void
remove_leftovers (guestfs_h *g, const char *cache)
{
  DIR *d = opendir (cache);
  struct dirent *e;

  if (d == NULL)
    return;
  while ((e = readdir (d)) != NULL)
    if (strncmp (e->d_name, "appliance.d.", 12) == 0)
      {
        char *p = safe_asprintf (g, "%s/%s", cache, e->d_name);
        debug (g, "appliance: removing %s, left by an interrupted build", p);
        nftw (p, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        free (p);
      }
  closedir (d);
}

/* Under the lock: build appliance.d and write the stamp. */
static int
build (guestfs_h *g, const char *supermin_d, const char *cache,
       const char *appdir, const char *stamp_path, const char *sig,
       const char *make_vmlinux, const char *trim_initrd, char **kernel,
       char **initrd, char **root)
{
  char *const argv[] = {
    (char *)"supermin", (char *)"--build", (char *)"--format", (char *)"ext2",
    (char *)"-o",       (char *)appdir,    (char *)supermin_d, NULL,
  };
  const char *kname = "kernel", *iname = "initrd";
  char *output, *in, *out, why[64];
  struct timespec start;
  int status;

  /* No stamp while the outputs are being replaced. */
  if (unlink (stamp_path) == -1 && errno != ENOENT)
    {
      perrorf (g, "launch: %s", stamp_path);
      return -1;
    }
  remove_leftovers (g, cache);
  debug (g, "appliance: building %s from %s", appdir, supermin_d);
  clock_gettime (CLOCK_MONOTONIC, &start);
  status = guestfs_int_run_command (g, argv, SUPERMIN_TIMEOUT_S, 0, &output);
  if (status == -1)
    return -1;
  if (status != 0)
    {
      status_string (status, why, sizeof why);
      error (g,
             "launch: supermin failed to build the appliance from %s "
             "(%s): %s",
             supermin_d, why, output);
      free (output);
      return -1;
    }
  free (output);
  debug (g, "appliance: supermin took %.1f s", guestfs_int_elapsed_s (&start));

  /* PVH boots the ELF kernel directly, seconds faster under TCG. */
  clock_gettime (CLOCK_MONOTONIC, &start);
  in = safe_asprintf (g, "%s/kernel", appdir);
  out = safe_asprintf (g, "%s/vmlinux", appdir);
  if (run_script (g, make_vmlinux, in, out))
    {
      struct stat st;

      kname = "vmlinux";
      /* The same kernel, so the same date: qemu-probe.c keys its KVM verdict
       * on it, and an appliance rebuild for a new daemon then keeps it.
       */
      if (stat (in, &st) == 0)
        utimensat (AT_FDCWD, out,
                   (struct timespec[]){ st.st_atim, st.st_mtim }, 0);
    }
  free (in);
  free (out);
  /* supermin's initrd loads ~50 modules, most of them unused. */
  in = safe_asprintf (g, "%s/initrd", appdir);
  out = safe_asprintf (g, "%s/initrd.trim", appdir);
  if (run_script (g, trim_initrd, in, out))
    iname = "initrd.trim";
  free (in);
  free (out);
  debug (g, "appliance: booting %s and %s (made in %.1f s)", kname, iname,
         guestfs_int_elapsed_s (&start));

  if (write_stamp (g, stamp_path, sig, kname, iname) == -1)
    return -1;
  *kernel = safe_asprintf (g, "%s/%s", appdir, kname);
  *initrd = safe_asprintf (g, "%s/%s", appdir, iname);
  *root = safe_asprintf (g, "%s/root", appdir);
  return 0;
}

static int
supermin_appliance (guestfs_h *g, const char *dir, char **kernel,
                    char **initrd, char **root)
{
  char *supermin_d = safe_asprintf (g, "%s/supermin.d", dir);
  char *make_vmlinux = find_script (g, dir, "make-vmlinux");
  char *trim_initrd = find_script (g, dir, "trim-initrd");
  char *cache, *appdir = NULL, *stamp_path = NULL, *lock_path = NULL;
  char *sig = NULL, *stamp = NULL;
  int lock_fd = -1, ret = -1;

  if (guestfs_int_private_cachedir (g, &cache) == -1)
    {
      perrorf (g, "launch: appliance cache directory %s", cache);
      goto out;
    }
  appdir = safe_asprintf (g, "%s/appliance.d", cache);
  stamp_path = safe_asprintf (g, "%s/appliance.stamp", cache);
  lock_path = safe_asprintf (g, "%s/appliance.lock", cache);
  sig = input_signature (g, supermin_d, make_vmlinux, trim_initrd);

  stamp = read_stamp (g, stamp_path);
  if (stamp_current (g, stamp, sig, appdir, kernel, initrd, root))
    {
      debug (g, "appliance: %s is up to date", appdir);
      ret = 0;
      goto out;
    }

  lock_fd = open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (lock_fd == -1)
    {
      perrorf (g, "launch: %s", lock_path);
      goto out;
    }
  debug (g, "appliance: waiting for the lock %s", lock_path);
  while (flock (lock_fd, LOCK_EX) == -1)
    if (errno != EINTR)
      {
        perrorf (g, "launch: flock %s", lock_path);
        goto out;
      }
  /* Someone else may have built it while we waited. */
  free (stamp);
  stamp = read_stamp (g, stamp_path);
  if (stamp_current (g, stamp, sig, appdir, kernel, initrd, root))
    {
      debug (g, "appliance: %s was built meanwhile", appdir);
      ret = 0;
      goto out;
    }
  ret = build (g, supermin_d, cache, appdir, stamp_path, sig, make_vmlinux,
               trim_initrd, kernel, initrd, root);

out:
  if (lock_fd != -1)
    close (lock_fd); /* releases the lock */
  free (supermin_d);
  free (make_vmlinux);
  free (trim_initrd);
  free (cache);
  free (appdir);
  free (stamp_path);
  free (lock_path);
  free (sig);
  free (stamp);
  return ret;
}

/* The first element of g->path (colon-separated) where test(DIR)
 * holds, or NULL.
 */
static char *
search_path (guestfs_h *g, bool (*test) (guestfs_h *, const char *))
{
  const char *p = g->path;

  while (*p)
    {
      size_t len = strcspn (p, ":");

      if (len > 0)
        {
          char *dir = safe_strndup (g, p, len);
          if (test (g, dir))
            return dir;
          free (dir);
        }
      p += len;
      if (*p == ':')
        p++;
    }
  return NULL;
}

static bool
has_supermin_d (guestfs_h *g, const char *dir)
{
  char *p = safe_asprintf (g, "%s/supermin.d", dir);
  bool r = is_dir (p);

  free (p);
  return r;
}

static bool
has_fixed_appliance (guestfs_h *g, const char *dir)
{
  static const char *const files[] = { "kernel", "initrd", "root" };

  for (size_t i = 0; i < 3; i++)
    {
      char *p = safe_asprintf (g, "%s/%s", dir, files[i]);
      bool r = is_file (p);

      free (p);
      if (!r)
        return false;
    }
  return true;
}

int
guestfs_int_build_appliance (guestfs_h *g, char **kernel, char **initrd,
                             char **root)
{
  char *dir;
  int r;

  *kernel = *initrd = *root = NULL;
  dir = search_path (g, has_supermin_d);
  if (dir)
    {
      debug (g, "appliance: supermin appliance %s/supermin.d", dir);
      r = supermin_appliance (g, dir, kernel, initrd, root);
      free (dir);
      return r;
    }
  dir = search_path (g, has_fixed_appliance);
  if (dir)
    {
      debug (g, "appliance: fixed appliance in %s", dir);
      *kernel = safe_asprintf (g, "%s/kernel", dir);
      *initrd = safe_asprintf (g, "%s/initrd", dir);
      *root = safe_asprintf (g, "%s/root", dir);
      free (dir);
      return 0;
    }
  error (g,
         "launch: cannot find the appliance: no directory in the "
         "appliance path \"%s\" holds a supermin appliance (supermin.d) or "
         "a fixed appliance (kernel, initrd and root); set LIBGUESTFS_PATH "
         "or call guestfs_set_path",
         g->path);
  return -1;
}
