/* Probing qemu and the accelerator: what the direct backend needs to
 * know about the hypervisor and the host.  Whether g->qemu runs and has
 * what the appliance needs, where its qboot firmware is, the host's TSC
 * frequency (for TCG guests), and whether KVM can boot the appliance kernel
 * (docs/appliance-boot.md). Probing forks qemu half a dozen times and the KVM
 * test can take seconds, so the verdict is kept in memory and on disk, keyed
 * by the qemu binary, the kernel and the host boot: a launch with everything
 * cached only stat()s.
 */

#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
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

/* A working KVM runs the kernel to its "no root" panic in about a
 * second, printing at once (earlyprintk); this host's KVM never prints
 * a byte.
 */
#define KVM_SILENCE_S 3
#define KVM_TIMEOUT_S 20
/* qemu -version, -device help, ... */
#define HELP_TIMEOUT_S 30
/* Bump when the meaning of a cached verdict changes. */
#define PROBE_FORMAT "guestfs-ng qemu probe 2"

/* ---- Verdicts ---- */

/* What is known about one qemu + kernel + host boot. */
struct verdict
{
  char *key;
  int major, minor;
  bool kvm_accel; /* qemu was built with KVM support */
  bool qemu64;    /* it has the qemu64 CPU model */
  char *bios;     /* qboot.rom in its firmware path, or NULL */
  unsigned tsc_khz;
  int kvm; /* 1: KVM boots the kernel, 0: it does not, -1: not tested */
};

static void
free_verdict (struct verdict *v)
{
  free (v->key);
  free (v->bios);
}

/* Verdicts of this process, shared by all handles; plain malloc, as
 * they outlive every handle (and their out-of-memory handlers): without
 * memory we just look again next time.
 */
static pthread_mutex_t verdicts_lock = PTHREAD_MUTEX_INITIALIZER;
static struct verdict *verdicts;
static size_t nr_verdicts;

/* Fill in v (whose key is set) from the table. */
static bool
lookup_verdict (struct verdict *v)
{
  bool found = false;

  pthread_mutex_lock (&verdicts_lock);
  for (size_t i = 0; i < nr_verdicts; i++)
    if (strcmp (verdicts[i].key, v->key) == 0)
      {
        char *bios = verdicts[i].bios ? strdup (verdicts[i].bios) : NULL;

        if (verdicts[i].bios && bios == NULL)
          break;
        free (v->bios);
        v->bios = bios;
        v->major = verdicts[i].major;
        v->minor = verdicts[i].minor;
        v->kvm_accel = verdicts[i].kvm_accel;
        v->qemu64 = verdicts[i].qemu64;
        v->tsc_khz = verdicts[i].tsc_khz;
        v->kvm = verdicts[i].kvm;
        found = true;
        break;
      }
  pthread_mutex_unlock (&verdicts_lock);
  return found;
}

static void
remember_verdict (const struct verdict *v)
{
  struct verdict copy = *v, *nv;

  copy.key = strdup (v->key);
  copy.bios = v->bios ? strdup (v->bios) : NULL;
  if (copy.key == NULL || (v->bios && copy.bios == NULL))
    {
      free_verdict (&copy);
      return;
    }
  pthread_mutex_lock (&verdicts_lock);
  for (size_t i = 0; i < nr_verdicts; i++)
    if (strcmp (verdicts[i].key, v->key) == 0)
      {
        free_verdict (&verdicts[i]);
        verdicts[i] = copy;
        goto out;
      }
  nv = realloc (verdicts, (nr_verdicts + 1) * sizeof *nv);
  if (nv == NULL)
    free_verdict (&copy);
  else
    {
      verdicts = nv;
      verdicts[nr_verdicts++] = copy;
    }
out:
  pthread_mutex_unlock (&verdicts_lock);
}

static uint64_t
fnv1a (const char *s)
{
  uint64_t h = 0xcbf29ce484222325ULL;

  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
  return h;
}

/* "PATH [dev ino] size mtime" of a file, or NULL (errno set).  The
 * kernel goes without dev and ino: the appliance build remakes the
 * vmlinux (a new inode) but gives it the mtime of the kernel it came
 * from, so the verdict survives rebuilds of an unchanged kernel.
 */
static char *
file_identity (guestfs_h *g, const char *path, bool with_inode)
{
  struct stat st;

  if (stat (path, &st) == -1)
    return NULL;
  if (!with_inode)
    st.st_dev = st.st_ino = 0;
  return safe_asprintf (g, "%s %ju %ju %jd %jd.%09ld", path,
                        (uintmax_t)st.st_dev, (uintmax_t)st.st_ino,
                        (intmax_t)st.st_size, (intmax_t)st.st_mtim.tv_sec,
                        st.st_mtim.tv_nsec);
}

/* Is "PATH DEV INO SIZE MTIME" (PATH may hold spaces) still what is
 * at PATH?
 */
static bool
identity_current (guestfs_h *g, const char *id, bool with_inode)
{
  const char *end = id + strlen (id);
  char *path, *now;
  int fields = 0;
  bool r;

  while (end > id && fields < 4)
    if (*--end == ' ')
      fields++;
  if (fields < 4)
    return false;
  path = safe_strndup (g, id, end - id);
  now = file_identity (g, path, with_inode);
  r = now && strcmp (now, id) == 0;
  free (path);
  free (now);
  return r;
}

/* This boot of the host: the KVM verdict and the TSC frequency can
 * change with a reboot.  Read once per process.
 */
static pthread_once_t boot_id_once = PTHREAD_ONCE_INIT;
static char boot_id[64];

static void
read_boot_id (void)
{
  FILE *fp = fopen ("/proc/sys/kernel/random/boot_id", "re");

  if (fp == NULL || fscanf (fp, "%63s", boot_id) != 1)
    strcpy (boot_id, "unknown");
  if (fp)
    fclose (fp);
}

/* ---- The verdict on disk ----
 *
 * CACHE/qemu-HASH.probe:
 *   FORMAT
 *   qemu PATH DEV INO SIZE MTIME
 *   kernel PATH 0 0 SIZE MTIME
 *   boot BOOT_ID
 *   --
 *   version MAJOR MINOR
 *   kvm-accel 0|1
 *   qemu64 0|1
 *   tsc-khz N
 *   kvm -1|0|1
 *   bios PATH            (absent: qemu's own firmware)
 */

static char *
verdict_file (guestfs_h *g, const char *key)
{
  char *dir, *path = NULL;

  if (guestfs_int_private_cachedir (g, &dir) == 0)
    path = safe_asprintf (g, "%s/qemu-%016" PRIx64 ".probe", dir, fnv1a (key));
  else
    debug (g, "qemu probe: cannot cache the verdict in %s: %m", dir);
  free (dir);
  return path;
}

static bool
read_verdict_file (guestfs_h *g, const char *path, struct verdict *v)
{
  char buf[8192], *want, *p, *bios;
  int kvm_accel, qemu64;
  ssize_t n;
  int fd;
  bool ok;

  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd == -1)
    return false;
  n = read (fd, buf, sizeof buf - 1);
  close (fd);
  if (n <= 0)
    return false;
  buf[n] = '\0';
  want = safe_asprintf (g, "%s\n%s\n--\n", PROBE_FORMAT, v->key);
  p = buf + strlen (want);
  ok = strncmp (buf, want, strlen (want)) == 0
       && sscanf (p,
                  "version %d %d\nkvm-accel %d\nqemu64 %d\ntsc-khz %u\n"
                  "kvm %d\n",
                  &v->major, &v->minor, &kvm_accel, &qemu64, &v->tsc_khz,
                  &v->kvm)
              == 6;
  free (want);
  if (!ok)
    return false;
  v->kvm_accel = kvm_accel;
  v->qemu64 = qemu64;
  free (v->bios);
  v->bios = NULL;
  bios = strstr (p, "\nbios ");
  if (bios)
    v->bios = safe_strndup (g, bios + 6, strcspn (bios + 6, "\n"));
  return true;
}

/* Verdicts for a qemu or kernel that changed or went away (a test's
 * wrapper script, an old build) are dropped whenever a new one is
 * written.
 */
static void
prune_verdict_files (guestfs_h *g, const char *dir)
{
  DIR *d = opendir (dir);
  struct dirent *e;

  if (d == NULL)
    return;
  while ((e = readdir (d)) != NULL)
    {
      size_t nlen = strlen (e->d_name);
      char buf[8192], *path, *qemu, *kernel, *nl;
      ssize_t n;
      int fd;

      if (nlen < 11 || strncmp (e->d_name, "qemu-", 5) != 0
          || strcmp (e->d_name + nlen - 6, ".probe") != 0)
        continue;
      path = safe_asprintf (g, "%s/%s", dir, e->d_name);
      fd = open (path, O_RDONLY | O_CLOEXEC);
      n = fd >= 0 ? read (fd, buf, sizeof buf - 1) : -1;
      if (fd >= 0)
        close (fd);
      buf[n > 0 ? n : 0] = '\0';
      qemu = strstr (buf, "\nqemu ");
      kernel = strstr (buf, "\nkernel ");
      if (strncmp (buf, PROBE_FORMAT "\n", strlen (PROBE_FORMAT) + 1) != 0
          || qemu == NULL || kernel == NULL)
        {
          debug (g, "qemu probe: dropping %s (old format)", path);
          unlink (path);
        }
      else
        {
          qemu += 6;
          kernel += 8;
          if ((nl = strchr (qemu, '\n')) != NULL)
            *nl = '\0';
          if ((nl = strchr (kernel, '\n')) != NULL)
            *nl = '\0';
          if (!identity_current (g, qemu, true)
              || !identity_current (g, kernel, false))
            {
              debug (g, "qemu probe: dropping the stale %s", path);
              unlink (path);
            }
        }
      free (path);
    }
  closedir (d);
}

/* Best effort: without it the next process probes again. */
static void
write_verdict_file (guestfs_h *g, const char *path, const struct verdict *v)
{
  char *tmp = safe_asprintf (g, "%s.XXXXXX", path);
  char *data
      = safe_asprintf (g,
                       "%s\n%s\n--\nversion %d %d\nkvm-accel %d\nqemu64 %d\n"
                       "tsc-khz %u\nkvm %d\n%s%s%s",
                       PROBE_FORMAT, v->key, v->major, v->minor, v->kvm_accel,
                       v->qemu64, v->tsc_khz, v->kvm, v->bios ? "bios " : "",
                       v->bios ? v->bios : "", v->bios ? "\n" : "");
  size_t len = strlen (data);
  int fd = mkostemp (tmp, O_CLOEXEC);
  bool written;

  if (fd == -1)
    {
      debug (g, "qemu probe: cannot write %s: %m", tmp);
      free (tmp);
      free (data);
      return;
    }
  written = write (fd, data, len) == (ssize_t)len;
  if (close (fd) == -1 || !written || rename (tmp, path) == -1)
    {
      debug (g, "qemu probe: cannot write %s: %m", path);
      unlink (tmp);
    }
  else
    {
      char *dir = safe_strndup (g, path, strrchr (path, '/') - path);
      prune_verdict_files (g, dir);
      free (dir);
    }
  free (tmp);
  free (data);
}

/* Lock the probes of all processes (-1 if that is impossible: then we
 * just probe without it).
 */
static int
lock_probe (guestfs_h *g)
{
  char *dir, *path;
  int fd = -1;

  if (guestfs_int_private_cachedir (g, &dir) == 0)
    {
      path = safe_asprintf (g, "%s/qemu-probe.lock", dir);
      fd = open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
      free (path);
      if (fd >= 0)
        {
          debug (g, "qemu probe: waiting for the probe lock");
          while (flock (fd, LOCK_EX) == -1)
            if (errno != EINTR)
              {
                close (fd);
                fd = -1;
                break;
              }
        }
    }
  free (dir);
  return fd;
}

/* ---- Probing ---- */

/* The output of "QEMU ARG [ARG]" (the caller frees it), or NULL with an
 * error naming what failed.
 */
static char *
qemu_output (guestfs_h *g, const char *qemu, const char *arg1,
             const char *arg2)
{
  char *const argv[] = { (char *)qemu, (char *)arg1, (char *)arg2, NULL };
  char *out;
  int status;

  status = guestfs_int_run_command (g, argv, HELP_TIMEOUT_S, 0, &out);
  if (status == 0)
    return out;
  if (status == GUESTFS_INT_RUN_TIMEOUT)
    error (g, "launch: qemu %s: '%s%s%s' did not finish in %d s", qemu, arg1,
           arg2 ? " " : "", arg2 ? arg2 : "", HELP_TIMEOUT_S);
  else if (status != -1)
    error (g, "launch: qemu %s: '%s%s%s' failed (%s %d): %s", qemu, arg1,
           arg2 ? " " : "", arg2 ? arg2 : "",
           WIFEXITED (status) ? "exit status" : "signal",
           WIFEXITED (status) ? WEXITSTATUS (status) : WTERMSIG (status), out);
  free (out);
  return NULL;
}

/* Does a line of text start with word (then a space or the end)? */
static bool
has_line_word (const char *text, const char *word)
{
  size_t len = strlen (word);

  for (const char *p = text; p; p = strchr (p, '\n'))
    {
      if (*p == '\n')
        p++;
      p += strspn (p, " \t");
      if (strncmp (p, word, len) == 0
          && (p[len] == ' ' || p[len] == '\n' || p[len] == '\0'
              || p[len] == '\t'))
        return true;
    }
  return false;
}

/* What this qemu can do, checked once so that a qemu lacking something
 * fails with a message saying what, not somewhere in the boot.
 */
static int
probe_qemu (guestfs_h *g, const char *qemu, struct verdict *v)
{
  static const char *const devices[] = {
    "\"virtio-scsi-pci\"",
    "\"scsi-hd\"",
    "\"virtio-serial-pci\"",
    "\"virtserialport\"",
  };
  char *out, *p;
  size_t len;

  out = qemu_output (g, qemu, "-version", NULL);
  if (out == NULL)
    return -1;
  p = strstr (out, "version ");
  if (p == NULL || sscanf (p + 8, "%d.%d", &v->major, &v->minor) != 2)
    {
      error (g,
             "launch: qemu %s: no version number in the output of "
             "'-version': %s",
             qemu, out);
      free (out);
      return -1;
    }
  free (out);

  out = qemu_output (g, qemu, "-accel", "help");
  if (out == NULL)
    return -1;
  v->kvm_accel = has_line_word (out, "kvm");
  if (!has_line_word (out, "tcg"))
    debug (g, "qemu probe: %s has no TCG", qemu);
  free (out);

  out = qemu_output (g, qemu, "-machine", "help");
  if (out == NULL)
    return -1;
  if (!has_line_word (out, "q35"))
    {
      error (g,
             "launch: qemu %s has no q35 machine type (see its "
             "'-machine help')",
             qemu);
      free (out);
      return -1;
    }
  free (out);

  out = qemu_output (g, qemu, "-cpu", "help");
  if (out == NULL)
    return -1;
  v->qemu64 = strstr (out, " qemu64 ") != NULL;
  free (out);

  out = qemu_output (g, qemu, "-device", "help");
  if (out == NULL)
    return -1;
  for (size_t i = 0; i < sizeof devices / sizeof devices[0]; i++)
    if (strstr (out, devices[i]) == NULL)
      {
        error (g,
               "launch: qemu %s has no %s device, which the appliance "
               "needs (see its '-device help')",
               qemu, devices[i]);
        free (out);
        return -1;
      }
  free (out);

  /* The firmware directories, one per line: qboot gets to the kernel
   * faster than SeaBIOS.
   */
  out = qemu_output (g, qemu, "-L", "help");
  if (out == NULL)
    return -1;
  free (v->bios);
  v->bios = NULL;
  for (p = out; *p && v->bios == NULL; p += len + (p[len] == '\n'))
    {
      len = strcspn (p, "\n");
      char *rom = safe_asprintf (g, "%.*s/qboot.rom", (int)len, p);
      if (*p == '/' && access (rom, R_OK) == 0)
        v->bios = realpath (rom, NULL);
      free (rom);
    }
  free (out);
  debug (g,
         "qemu probe: %s is version %d.%d, %s KVM, %s qemu64, firmware "
         "%s",
         qemu, v->major, v->minor, v->kvm_accel ? "with" : "without",
         v->qemu64 ? "with" : "without", v->bios ? v->bios : "(its own)");
  return 0;
}

/* The host TSC frequency in kHz, or 0.  Under TCG the guest's TSC is the
 * host's; told its frequency (tsc_early_khz=) the guest kernel skips
 * calibrating it against emulated timers, which under TCG is slow and
 * sometimes wildly wrong.
 */
static unsigned
measure_tsc_khz (guestfs_h *g)
{
#if defined(__x86_64__) || defined(__i386__)
  struct timespec a, b;
  unsigned long long ta, tb;
  char *line = NULL;
  size_t n = 0;
  bool constant = false;
  FILE *fp = fopen ("/proc/cpuinfo", "re");
  double ns;

  /* Only a TSC that ticks at one rate is worth measuring. */
  while (fp && !constant && getline (&line, &n, fp) != -1)
    constant = strncmp (line, "flags", 5) == 0
               && strstr (line, " constant_tsc") != NULL;
  free (line);
  if (fp)
    fclose (fp);
  if (!constant)
    {
      debug (g, "qemu probe: the host TSC is not constant_tsc");
      return 0;
    }
  clock_gettime (CLOCK_MONOTONIC_RAW, &a);
  ta = __builtin_ia32_rdtsc ();
  nanosleep (&(struct timespec){ 0, 50 * 1000 * 1000 }, NULL);
  clock_gettime (CLOCK_MONOTONIC_RAW, &b);
  tb = __builtin_ia32_rdtsc ();
  ns = (b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec);
  debug (g, "qemu probe: host TSC %.0f kHz", (tb - ta) / ns * 1e6);
  return ns > 0 ? (unsigned)((tb - ta) / ns * 1e6 + 0.5) : 0;
#else
  (void)g;
  return 0;
#endif
}

/* Boot the appliance kernel under KVM with no root disk (the doc's
 * KVM probe): a working KVM prints at once (earlyprintk) and gets to
 * the "cannot mount root" panic, which with panic=-1 and -no-reboot
 * ends qemu with status 0, in about a second.  A broken one (this
 * host's: /dev/kvm opens, the vCPU spins, nothing is printed) is killed
 * after KVM_SILENCE_S without output.
 */
static int
probe_kvm (guestfs_h *g, const char *qemu, const char *kernel,
           const struct verdict *v, bool *works)
{
  char *argv[32];
  size_t i = 0;
  char *out;
  int status;
  int64_t start = guestfs_int_now_ms ();

  argv[i++] = (char *)qemu;
  argv[i++] = (char *)"-nodefaults";
  argv[i++] = (char *)"-no-user-config";
  argv[i++] = (char *)"-display";
  argv[i++] = (char *)"none";
  argv[i++] = (char *)"-no-reboot";
  argv[i++] = (char *)"-machine";
  argv[i++] = (char *)"q35";
  argv[i++] = (char *)"-accel";
  argv[i++] = (char *)"kvm";
  argv[i++] = (char *)"-cpu";
  argv[i++] = (char *)"host";
  argv[i++] = (char *)"-m";
  argv[i++] = (char *)"128";
  if (v->bios)
    {
      argv[i++] = (char *)"-bios";
      argv[i++] = v->bios;
    }
  argv[i++] = (char *)"-kernel";
  argv[i++] = (char *)kernel;
  argv[i++] = (char *)"-append";
  argv[i++] = (char *)"console=ttyS0 earlyprintk=serial,ttyS0,115200 "
                      "panic=-1";
  argv[i++] = (char *)"-serial";
  argv[i++] = (char *)"stdio";
  argv[i] = NULL;

  status
      = guestfs_int_run_command (g, argv, KVM_TIMEOUT_S, KVM_SILENCE_S, &out);
  if (status == -1)
    return -1;
  *works = status == 0 && strstr (out, "Kernel panic") != NULL;
  if (g->verbose)
    {
      const char *last = out + strlen (out);
      int lines = 0;

      /* The last lines say how far the kernel got. */
      while (last > out && lines < 4)
        if (*--last == '\n')
          lines++;
      guestfs_int_debug (
          g, "qemu probe: KVM boot test %s after %" PRId64 " ms (%s)%s%s",
          *works ? "passed" : "failed", guestfs_int_now_ms () - start,
          status == GUESTFS_INT_RUN_TIMEOUT ? (*out ? "no exit" : "no output")
          : status == 0                     ? "qemu exited"
                                            : "qemu failed",
          *last ? ", last output:\n" : "", last);
    }
  free (out);
  return 0;
}

/* 0 if /dev/kvm opens for us, else the errno saying why not. */
static int
kvm_device_errno (void)
{
  int fd = open ("/dev/kvm", O_RDWR | O_CLOEXEC);

  if (fd == -1)
    return errno;
  close (fd);
  return 0;
}

int
guestfs_int_qemu_probe (guestfs_h *g, const char *qemu, const char *kernel,
                        struct guestfs_int_qemu_caps *caps)
{
  const bool force_tcg = guestfs_int_backend_setting (g, "force_tcg") != NULL;
  const bool force_kvm = guestfs_int_backend_setting (g, "force_kvm") != NULL;
  struct verdict v = { .kvm = -1 };
  char *qemu_id, *kernel_id, *file = NULL;
  bool kvm_test;
  int kvm_err = 0, lock_fd = -1, ret = -1;

  if (force_tcg && force_kvm)
    {
      error (g, "launch: backend settings force_tcg and force_kvm "
                "contradict each other");
      return -1;
    }
  if (!force_tcg)
    {
      kvm_err = kvm_device_errno ();
      if (force_kvm && kvm_err)
        {
          guestfs_int_error_errno (g, kvm_err,
                                   "launch: backend setting force_kvm: "
                                   "/dev/kvm: %s",
                                   strerror (kvm_err));
          return -1;
        }
    }

  qemu_id = file_identity (g, qemu, true);
  if (qemu_id == NULL)
    {
      perrorf (g, "launch: qemu %s", qemu);
      return -1;
    }
  kernel_id = file_identity (g, kernel, false);
  if (kernel_id == NULL)
    {
      perrorf (g, "launch: kernel %s", kernel);
      free (qemu_id);
      return -1;
    }
  pthread_once (&boot_id_once, read_boot_id);
  v.key = safe_asprintf (g, "qemu %s\nkernel %s\nboot %s", qemu_id, kernel_id,
                         boot_id);
  free (qemu_id);
  free (kernel_id);

  if (!lookup_verdict (&v))
    {
      file = verdict_file (g, v.key);
      if (file == NULL || !read_verdict_file (g, file, &v))
        {
          /* Probe, once: concurrent launches wait for the verdict. */
          lock_fd = lock_probe (g);
          if (file == NULL || !read_verdict_file (g, file, &v))
            {
              if (probe_qemu (g, qemu, &v) == -1)
                goto out;
              v.tsc_khz = measure_tsc_khz (g);
              v.kvm = -1;
              if (file)
                write_verdict_file (g, file, &v);
            }
        }
      remember_verdict (&v);
    }
  /* The KVM boot test runs once, and only when its answer matters. */
  kvm_test = !force_tcg && !force_kvm && kvm_err == 0 && v.kvm_accel;
  if (kvm_test && v.kvm == -1)
    {
      bool works;

      if (lock_fd == -1)
        lock_fd = lock_probe (g);
      if (file == NULL)
        file = verdict_file (g, v.key);
      /* Another process may have run it while we waited. */
      if (file == NULL || !read_verdict_file (g, file, &v) || v.kvm == -1)
        {
          if (probe_kvm (g, qemu, kernel, &v, &works) == -1)
            goto out;
          v.kvm = works;
          if (file)
            write_verdict_file (g, file, &v);
        }
      remember_verdict (&v);
    }

  caps->version_major = v.major;
  caps->version_minor = v.minor;
  caps->bios = v.bios ? safe_strdup (g, v.bios) : NULL;
  if (force_tcg)
    debug (g, "qemu: TCG (backend setting force_tcg)");
  else if (force_kvm)
    debug (g, "qemu: KVM (backend setting force_kvm)");
  else if (kvm_err)
    debug (g, "qemu: TCG (/dev/kvm: %s)", strerror (kvm_err));
  else if (!v.kvm_accel)
    debug (g, "qemu: TCG (qemu was built without KVM)");
  else
    debug (g, "qemu: %s",
           v.kvm == 1 ? "KVM (it passed the boot test)"
                      : "TCG (KVM failed the boot test)");
  caps->kvm = force_kvm || (kvm_test && v.kvm == 1);
  /* Under TCG, qemu64 boots faster than max: fewer features for the
   * kernel to set up and for TCG to emulate.
   */
  caps->cpu = caps->kvm ? "host" : v.qemu64 ? "qemu64" : "max";
  caps->tsc_khz = caps->kvm ? 0 : v.tsc_khz;
  ret = 0;

out:
  if (lock_fd >= 0)
    close (lock_fd);
  free (file);
  free_verdict (&v);
  return ret;
}
