/* Creating and closing handles, the handle lock, the configuration
 * properties and their defaults from the environment.
 */

/* program_invocation_short_name */

#include <config.h>

#include <errno.h>
#include <ftw.h>
#include <inttypes.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "guestfs.h"
#include "guestfs-internal.h"
#include "impl-actions.h"

#define MIN_MEMSIZE 128

/* Every open handle, so the atexit handler can close them. */
static pthread_mutex_t handles_lock = PTHREAD_MUTEX_INITIALIZER;
static guestfs_h *handles;
static pthread_once_t atexit_once = PTHREAD_ONCE_INIT;

static void close_unlisted (guestfs_h *g);

static void
close_handles_at_exit (void)
{
  for (;;)
    {
      guestfs_h **gp;
      guestfs_h *g;

      pthread_mutex_lock (&handles_lock);
      for (gp = &handles; *gp; gp = &(*gp)->next)
        if (!((*gp)->create_flags & GUESTFS_CREATE_NO_CLOSE_ON_EXIT))
          break;
      g = *gp;
      if (g)
        *gp = g->next;
      pthread_mutex_unlock (&handles_lock);

      if (g == NULL)
        return;
      close_unlisted (g);
    }
}

static void
register_atexit (void)
{
  atexit (close_handles_at_exit);
}

guestfs_h *
guestfs_int_lock_handle (guestfs_h *g)
{
  pthread_mutex_lock (&g->lock);
  return g;
}

void
guestfs_int_unlock_handle (guestfs_h **gp)
{
  if (*gp)
    pthread_mutex_unlock (&(*gp)->lock);
}

/* ---- Backend names ---- */

static bool
valid_backend (const char *backend)
{
  return strcmp (backend, "direct") == 0 || strcmp (backend, "appliance") == 0
         || (strncmp (backend, "unix:", 5) == 0 && backend[5] != '\0');
}

static int
set_backend (guestfs_h *g, const char *caller, const char *backend)
{
  if (!valid_backend (backend))
    {
      guestfs_int_error_errno (g, EINVAL,
                               "%s: unknown backend \"%s\" (accepted: "
                               "\"direct\", \"appliance\", \"unix:PATH\")",
                               caller, backend);
      return -1;
    }
  free (g->backend);
  g->backend = safe_strdup (g, backend);
  return 0;
}

/* ---- Temporary and cache directories ---- */

static const char *
env_nonempty (const char *name)
{
  const char *s = getenv (name);
  return s && *s ? s : NULL;
}

/* The value a directory property takes from the environment, or NULL. */
static char *
env_dir (guestfs_h *g, const char *specific)
{
  const char *s;

  if (g->create_flags & GUESTFS_CREATE_NO_ENVIRONMENT)
    return NULL;
  s = env_nonempty (specific);
  if (s == NULL)
    s = env_nonempty ("TMPDIR");
  return s ? safe_strdup (g, s) : NULL;
}

const char *
guestfs_int_effective_tmpdir (guestfs_h *g)
{
  return g->tmpdir ? g->tmpdir : "/tmp";
}

const char *
guestfs_int_effective_cachedir (guestfs_h *g)
{
  return g->cachedir ? g->cachedir : "/var/tmp";
}

const char *
guestfs_int_sockdir (guestfs_h *g)
{
  if (g->sockdir)
    return g->sockdir;

  char *dir = safe_asprintf (g, "%s/libguestfsXXXXXX",
                             guestfs_int_effective_tmpdir (g));
  /* mkdtemp makes it 0700: only we can reach the sockets inside. */
  if (mkdtemp (dir) == NULL)
    {
      perrorf (g, "mkdtemp: %s", dir);
      free (dir);
      return NULL;
    }
  g->sockdir = dir;
  return dir;
}

static int
remove_entry (const char *path, const struct stat *st, int type,
              struct FTW *ftw)
{
  remove (path);
  return 0;
}

static void
remove_sockdir (guestfs_h *g)
{
  if (g->sockdir == NULL)
    return;
  /* Depth first and never following links: whatever a backend left in
   * there goes, and nothing outside it.
   */
  nftw (g->sockdir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
  free (g->sockdir);
  g->sockdir = NULL;
}

const char *
guestfs_int_backend_setting (guestfs_h *g, const char *name)
{
  size_t len = strlen (name);

  for (char **s = g->backend_settings; *s; ++s)
    {
      if (strcmp (*s, name) == 0)
        return "";
      if (strncmp (*s, name, len) == 0 && (*s)[len] == '=')
        return *s + len + 1;
    }
  return NULL;
}

/* ---- Creating a handle ---- */

static void free_handle (guestfs_h *g);

/* Apply LIBGUESTFS_* and TMPDIR.  A bad value is an error (printed by
 * the default error handler) and makes guestfs_create fail.
 */
static int
parse_environment (guestfs_h *g)
{
  const char *s;

  s = getenv ("LIBGUESTFS_DEBUG");
  if (s && strcmp (s, "1") == 0)
    g->verbose = true;
  s = getenv ("LIBGUESTFS_TRACE");
  if (s && strcmp (s, "1") == 0)
    g->trace = true;

  s = env_nonempty ("LIBGUESTFS_PATH");
  if (s)
    {
      free (g->path);
      g->path = safe_strdup (g, s);
    }
  s = env_nonempty ("LIBGUESTFS_HV");
  if (s == NULL)
    s = env_nonempty ("LIBGUESTFS_QEMU");
  if (s)
    {
      free (g->qemu);
      g->qemu = safe_strdup (g, s);
    }
  s = getenv ("LIBGUESTFS_APPEND");
  if (s)
    g->append = safe_strdup (g, s);

  s = getenv ("LIBGUESTFS_MEMSIZE");
  if (s)
    {
      char *end;
      long n;

      errno = 0;
      n = strtol (s, &end, 10);
      if (end == s || *end != '\0' || errno != 0 || n > INT_MAX)
        {
          guestfs_int_error_errno (g, EINVAL,
                                   "LIBGUESTFS_MEMSIZE=%s: not a number of "
                                   "megabytes",
                                   s);
          return -1;
        }
      if (n < MIN_MEMSIZE)
        {
          guestfs_int_error_errno (g, EINVAL,
                                   "LIBGUESTFS_MEMSIZE=%s: the appliance "
                                   "needs at least %d MiB",
                                   s, MIN_MEMSIZE);
          return -1;
        }
      g->memsize = n;
    }

  s = env_nonempty ("LIBGUESTFS_BACKEND");
  const char *var = "LIBGUESTFS_BACKEND";
  if (s == NULL)
    {
      s = env_nonempty ("LIBGUESTFS_ATTACH_METHOD");
      var = "LIBGUESTFS_ATTACH_METHOD";
    }
  if (s && set_backend (g, var, s) == -1)
    return -1;

  s = getenv ("LIBGUESTFS_BACKEND_SETTINGS");
  if (s)
    {
      /* Colon separated; empty fields are skipped. */
      size_t n = 0;
      char **list = safe_calloc (g, strlen (s) / 2 + 2, sizeof (char *));
      while (*s)
        {
          size_t len = strcspn (s, ":");
          if (len > 0)
            list[n++] = safe_strndup (g, s, len);
          s += len;
          if (*s == ':')
            s++;
        }
      guestfs_int_free_string_list (g->backend_settings);
      g->backend_settings = list;
    }

  g->tmpdir = env_dir (g, "LIBGUESTFS_TMPDIR");
  g->cachedir = env_dir (g, "LIBGUESTFS_CACHEDIR");
  return 0;
}

GUESTFS_DLL_PUBLIC guestfs_h *
guestfs_create (void)
{
  return guestfs_create_flags (0);
}

GUESTFS_DLL_PUBLIC guestfs_h *
guestfs_create_flags (unsigned flags, ...)
{
  const unsigned known
      = GUESTFS_CREATE_NO_ENVIRONMENT | GUESTFS_CREATE_NO_CLOSE_ON_EXIT;
  pthread_mutexattr_t attr;

  if (flags & ~known)
    {
      errno = EINVAL;
      return NULL;
    }

  guestfs_h *g = calloc (1, sizeof *g);
  if (g == NULL)
    return NULL;

  pthread_mutexattr_init (&attr);
  pthread_mutexattr_settype (&attr, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init (&g->lock, &attr);
  pthread_mutexattr_destroy (&attr);

  g->create_flags = flags;
  g->state = GUESTFS_INT_STATE_CONFIG;
  g->abort_cb = abort;

  g->autosync = true;
  g->recovery_proc = true;
  g->path = safe_strdup (g, GUESTFS_DEFAULT_PATH);
  g->qemu = safe_strdup (g, QEMU);
  g->memsize = 512;
  g->smp = 1;
  g->program = safe_strdup (g, program_invocation_short_name);
  g->identifier = safe_strdup (g, "");
  g->backend = safe_strdup (g, "direct");
  g->backend_settings = safe_calloc (g, 1, sizeof (char *));

  g->daemon_fd = -1;
  g->console_fd = -1;
  g->pid = getpid ();

  if (!(flags & GUESTFS_CREATE_NO_ENVIRONMENT) && parse_environment (g) == -1)
    {
      free_handle (g);
      errno = EINVAL;
      return NULL;
    }

  pthread_once (&atexit_once, register_atexit);
  pthread_mutex_lock (&handles_lock);
  g->next = handles;
  handles = g;
  pthread_mutex_unlock (&handles_lock);

  return g;
}

/* ---- Closing ---- */

static void
free_handle (guestfs_h *g)
{
  free (g->path);
  free (g->qemu);
  free (g->append);
  free (g->program);
  free (g->identifier);
  free (g->backend);
  guestfs_int_free_string_list (g->backend_settings);
  free (g->tmpdir);
  free (g->cachedir);
  guestfs_int_free_error_data (g);
  free (g->events);
  for (size_t i = 0; i < g->nr_pda; ++i)
    free (g->pda[i].key);
  free (g->pda);
  free (g->console_tail);
  pthread_mutex_destroy (&g->lock);
  free (g);
}

/* Close a handle already taken off the list of handles.  A forked
 * child closing its copy (at the latest, in its atexit handler) only
 * lets go of what it inherited: the appliance and the sockdir remain
 * the parent's.
 */
static void
close_unlisted (guestfs_h *g)
{
  const bool owner = g->pid == getpid ();

  pthread_mutex_lock (&g->lock);
  /* From guestfs_close, no callback is running.  From the atexit
   * handler, exit may have been called in a callback, which will never
   * return: closing is then allowed to shut down and sync.
   */
  g->callback_depth = 0;

  if (g->trace)
    guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_TRACE, "close", 5);
  debug (g, "closing guestfs handle %p (state %s)", (void *)g,
         guestfs_int_state_name (g->state));

  if (g->state != GUESTFS_INT_STATE_CONFIG)
    guestfs_int_shutdown (g, owner && g->autosync, false);

  guestfs_int_call_callbacks_void (g, GUESTFS_EVENT_CLOSE);

  guestfs_int_free_drives (g);
  if (owner)
    remove_sockdir (g);
  free (g->sockdir);

  pthread_mutex_unlock (&g->lock);
  free_handle (g);
}

GUESTFS_DLL_PUBLIC void
guestfs_close (guestfs_h *g)
{
  if (g == NULL)
    return;

  /* A callback's close would free the handle under the call that ran
   * the callback (and from a CLOSE callback, recurse).
   */
  pthread_mutex_lock (&g->lock);
  if (g->callback_depth > 0)
    {
      guestfs_int_refuse_in_callback (g, "close");
      pthread_mutex_unlock (&g->lock);
      return;
    }

  pthread_mutex_lock (&handles_lock);
  for (guestfs_h **gp = &handles; *gp; gp = &(*gp)->next)
    if (*gp == g)
      {
        *gp = g->next;
        break;
      }
  pthread_mutex_unlock (&handles_lock);
  pthread_mutex_unlock (&g->lock);

  close_unlisted (g);
}

/* ---- Properties ---- */

int
guestfs_impl_set_verbose (guestfs_h *g, int value)
{
  g->verbose = value != 0;
  return 0;
}

int
guestfs_impl_get_verbose (guestfs_h *g)
{
  return g->verbose;
}

int
guestfs_impl_set_trace (guestfs_h *g, int value)
{
  g->trace = value != 0;
  return 0;
}

int
guestfs_impl_get_trace (guestfs_h *g)
{
  return g->trace;
}

int
guestfs_impl_set_autosync (guestfs_h *g, int value)
{
  g->autosync = value != 0;
  return 0;
}

int
guestfs_impl_get_autosync (guestfs_h *g)
{
  return g->autosync;
}

int
guestfs_impl_set_recovery_proc (guestfs_h *g, int value)
{
  g->recovery_proc = value != 0;
  return 0;
}

int
guestfs_impl_get_recovery_proc (guestfs_h *g)
{
  return g->recovery_proc;
}

int
guestfs_impl_set_path (guestfs_h *g, const char *value)
{
  free (g->path);
  g->path = safe_strdup (g, value ? value : GUESTFS_DEFAULT_PATH);
  return 0;
}

const char *
guestfs_impl_get_path (guestfs_h *g)
{
  return g->path;
}

int
guestfs_impl_set_qemu (guestfs_h *g, const char *value)
{
  free (g->qemu);
  g->qemu = safe_strdup (g, value ? value : QEMU);
  return 0;
}

const char *
guestfs_impl_get_qemu (guestfs_h *g)
{
  return g->qemu;
}

int
guestfs_impl_set_append (guestfs_h *g, const char *value)
{
  free (g->append);
  g->append = value ? safe_strdup (g, value) : NULL;
  return 0;
}

const char *
guestfs_impl_get_append (guestfs_h *g)
{
  return g->append;
}

int
guestfs_impl_set_memsize (guestfs_h *g, int value)
{
  if (value < MIN_MEMSIZE)
    {
      guestfs_int_error_errno (g, EINVAL,
                               "set_memsize: %d MiB is too small: the "
                               "appliance needs at least %d MiB",
                               value, MIN_MEMSIZE);
      return -1;
    }
  g->memsize = value;
  return 0;
}

int
guestfs_impl_get_memsize (guestfs_h *g)
{
  return g->memsize;
}

int
guestfs_impl_set_smp (guestfs_h *g, int value)
{
  if (value < 1)
    {
      guestfs_int_error_errno (g, EINVAL,
                               "set_smp: %d: the number of virtual CPUs "
                               "must be at least 1",
                               value);
      return -1;
    }
  g->smp = value;
  return 0;
}

int
guestfs_impl_get_smp (guestfs_h *g)
{
  return g->smp;
}

int
guestfs_impl_set_program (guestfs_h *g, const char *value)
{
  free (g->program);
  g->program = safe_strdup (g, value);
  return 0;
}

const char *
guestfs_impl_get_program (guestfs_h *g)
{
  return g->program;
}

int
guestfs_impl_set_backend (guestfs_h *g, const char *backend)
{
  return set_backend (g, "set_backend", backend);
}

char *
guestfs_impl_get_backend (guestfs_h *g)
{
  return safe_strdup (g, g->backend);
}

int
guestfs_impl_set_attach_method (guestfs_h *g, const char *backend)
{
  return set_backend (g, "set_attach_method", backend);
}

char *
guestfs_impl_get_attach_method (guestfs_h *g)
{
  return safe_strdup (g, g->backend);
}

int
guestfs_impl_set_backend_settings (guestfs_h *g, char *const *settings)
{
  char **copy = guestfs_int_copy_string_list (g, settings);

  guestfs_int_free_string_list (g->backend_settings);
  g->backend_settings = copy;
  return 0;
}

char **
guestfs_impl_get_backend_settings (guestfs_h *g)
{
  return guestfs_int_copy_string_list (g, g->backend_settings);
}

int
guestfs_impl_set_backend_setting (guestfs_h *g, const char *name,
                                  const char *val)
{
  char *setting = safe_asprintf (g, "%s=%s", name, val);
  size_t n;

  guestfs_impl_clear_backend_setting (g, name);
  n = guestfs_int_count_strings (g->backend_settings);
  g->backend_settings
      = safe_realloc (g, g->backend_settings, (n + 2) * sizeof (char *));
  g->backend_settings[n] = setting;
  g->backend_settings[n + 1] = NULL;
  return 0;
}

char *
guestfs_impl_get_backend_setting (guestfs_h *g, const char *name)
{
  for (char **s = g->backend_settings; *s; ++s)
    {
      if (strcmp (*s, name) == 0)
        return safe_strdup (g, "1");
    }
  const char *val = guestfs_int_backend_setting (g, name);
  if (val == NULL)
    {
      guestfs_int_error_errno (
          g, ESRCH, "get_backend_setting: setting not found: %s", name);
      return NULL;
    }
  return safe_strdup (g, val);
}

int
guestfs_impl_clear_backend_setting (guestfs_h *g, const char *name)
{
  size_t len = strlen (name), kept = 0;
  int removed = 0;

  for (char **s = g->backend_settings; *s; ++s)
    {
      if (strcmp (*s, name) == 0
          || (strncmp (*s, name, len) == 0 && (*s)[len] == '='))
        {
          free (*s);
          removed++;
        }
      else
        g->backend_settings[kept++] = *s;
    }
  g->backend_settings[kept] = NULL;
  return removed;
}

int
guestfs_impl_set_hv (guestfs_h *g, const char *hv)
{
  return guestfs_impl_set_qemu (g, hv);
}

char *
guestfs_impl_get_hv (guestfs_h *g)
{
  return safe_strdup (g, g->qemu);
}

int
guestfs_impl_set_identifier (guestfs_h *g, const char *identifier)
{
  size_t bad = strspn (identifier, "abcdefghijklmnopqrstuvwxyz"
                                   "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                   "0123456789_-");

  if (identifier[bad] != '\0')
    {
      guestfs_int_error_errno (g, EINVAL,
                               "set_identifier: \"%s\": the identifier may "
                               "contain only ASCII letters, digits, _ and -",
                               identifier);
      return -1;
    }
  free (g->identifier);
  g->identifier = safe_strdup (g, identifier);
  return 0;
}

const char *
guestfs_impl_get_identifier (guestfs_h *g)
{
  return g->identifier;
}

int
guestfs_impl_set_network (guestfs_h *g, int network)
{
  g->network = network != 0;
  return 0;
}

int
guestfs_impl_get_network (guestfs_h *g)
{
  return g->network;
}

int
guestfs_impl_set_pgroup (guestfs_h *g, int pgroup)
{
  g->pgroup = pgroup != 0;
  return 0;
}

int
guestfs_impl_get_pgroup (guestfs_h *g)
{
  return g->pgroup;
}

char *
guestfs_impl_get_sockdir (guestfs_h *g)
{
  const char *dir = guestfs_int_sockdir (g);

  return dir ? safe_strdup (g, dir) : NULL;
}

int64_t
guestfs_impl_c_pointer (guestfs_h *g)
{
  return (int64_t)(intptr_t)g;
}

/* Set a directory property: NULL goes back to the environment's
 * default; anything else must be an existing directory and is stored
 * as an absolute path, so later chdirs do not change its meaning.
 */
static int
set_dir (guestfs_h *g, const char *caller, char **field, const char *dir,
         const char *env_var)
{
  char *abs = NULL;

  if (dir)
    {
      abs = realpath (dir, NULL);
      if (abs == NULL)
        {
          perrorf (g, "%s: %s", caller, dir);
          return -1;
        }
      struct stat st;
      if (stat (abs, &st) == 0 && !S_ISDIR (st.st_mode))
        {
          guestfs_int_error_errno (g, ENOTDIR, "%s: %s: not a directory",
                                   caller, dir);
          free (abs);
          return -1;
        }
    }
  else
    abs = env_dir (g, env_var);

  free (*field);
  *field = abs;
  return 0;
}

int
guestfs_impl_set_tmpdir (guestfs_h *g, const char *tmpdir)
{
  return set_dir (g, "set_tmpdir", &g->tmpdir, tmpdir, "LIBGUESTFS_TMPDIR");
}

char *
guestfs_impl_get_tmpdir (guestfs_h *g)
{
  return safe_strdup (g, guestfs_int_effective_tmpdir (g));
}

int
guestfs_impl_set_cachedir (guestfs_h *g, const char *cachedir)
{
  return set_dir (g, "set_cachedir", &g->cachedir, cachedir,
                  "LIBGUESTFS_CACHEDIR");
}

char *
guestfs_impl_get_cachedir (guestfs_h *g)
{
  return safe_strdup (g, guestfs_int_effective_cachedir (g));
}

struct guestfs_version *
guestfs_impl_version (guestfs_h *g)
{
  struct guestfs_version *v = safe_malloc (g, sizeof *v);

  if (sscanf (PACKAGE_VERSION, "%" SCNd64 ".%" SCNd64 ".%" SCNd64, &v->major,
              &v->minor, &v->release)
      != 3)
    {
      error (g, "version: cannot parse the package version \"%s\"",
             PACKAGE_VERSION);
      free (v);
      return NULL;
    }
  v->extra = safe_strdup (g, "ng");
  return v;
}
