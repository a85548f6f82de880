/* The appliance cache (capi/appliance.c): two threads launching at
 * once with an empty cache build the appliance once between them;
 * later launches use it as it is; a change to supermin.d rebuilds it.
 *
 * Works on a copy of the in-tree appliance description and a private
 * cache directory, so other tests' cache is never disturbed.
 */

#include <config.h>

#include <pthread.h>
#include <sys/wait.h>

#include "launch/launch-test.h"

static char *appdir, *cachedir;

struct launcher
{
  guestfs_h *g;
  struct events ev;
  int r;
};

static void
setup (struct launcher *l)
{
  char *const settings[] = { (char *)"force_tcg", NULL };

  l->g = guestfs_create ();
  if (l->g == NULL)
    {
      printf ("Bail out! guestfs_create failed\n");
      exit (1);
    }
  watch_events (l->g, &l->ev);
  guestfs_set_verbose (l->g, 1);
  guestfs_set_path (l->g, appdir);
  guestfs_set_cachedir (l->g, cachedir);
  /* The KVM probe is qemu-probe.c's business, not this test's. */
  guestfs_set_backend_settings (l->g, settings);
}

static void *
launch_thread (void *arg)
{
  struct launcher *l = arg;

  l->r = guestfs_launch (l->g);
  return NULL;
}

static int
count (const char *s, const char *what)
{
  int n = 0;

  for (; s && (s = strstr (s, what)) != NULL; s++)
    n++;
  return n;
}

static void
finish (struct launcher *l)
{
  guestfs_close (l->g);
  free_events (&l->ev);
}

static int
run (const char *cmd)
{
  int r = system (cmd);

  return WIFEXITED (r) ? WEXITSTATUS (r) : -1;
}

int
main (void)
{
  const char *src = getenv ("LIBGUESTFS_PATH");
  char *dir = make_tmpdir (), *cmd;
  struct launcher a, b, c;
  pthread_t ta, tb;

  safety_net (600);
  if (src == NULL || *src == '\0')
    {
      printf ("Bail out! LIBGUESTFS_PATH (the in-tree appliance) is not "
              "set\n");
      return 1;
    }
  if (asprintf (&appdir, "%s/appliance", dir) == -1
      || asprintf (&cachedir, "%s/cache", dir) == -1
      || asprintf (
             &cmd,
             "mkdir '%s' '%s' && cp -R '%s/supermin.d' '%s/make-vmlinux' "
             "'%s/trim-initrd' '%s/'",
             appdir, cachedir, src, src, src, appdir)
             == -1)
    abort ();
  if (run (cmd) != 0)
    {
      printf ("Bail out! copying the appliance from %s failed\n", src);
      return 1;
    }
  free (cmd);

  /* Cold cache, two launches at once. */
  setup (&a);
  setup (&b);
  pthread_create (&ta, NULL, launch_thread, &a);
  pthread_create (&tb, NULL, launch_thread, &b);
  pthread_join (ta, NULL);
  pthread_join (tb, NULL);
  ok (a.r == 0 && b.r == 0, "two concurrent launches with an empty cache");
  is_int (count (a.ev.library, "appliance: building")
              + count (b.ev.library, "appliance: building"),
          1, "the appliance was built once");
  is_int (count (a.ev.library, "was built meanwhile")
              + count (b.ev.library, "was built meanwhile"),
          1, "the other launch waited for it");
  has_str (a.ev.library, "vmlinux", "the ELF kernel was made");
  ok (guestfs_ping_daemon (a.g) == 0 && guestfs_ping_daemon (b.g) == 0,
      "both appliances answer");
  finish (&a);
  finish (&b);

  /* Hot cache. */
  setup (&c);
  ok (guestfs_launch (c.g) == 0, "launch with the cache built");
  has_str (c.ev.library, "is up to date", "the cache was used as it is");
  is_int (count (c.ev.library, "run: "), 0,
          "no helper program ran (only qemu)");
  finish (&c);

  /* A changed input. */
  if (asprintf (&cmd, "touch '%s/supermin.d/packages'", appdir) == -1)
    abort ();
  run (cmd);
  free (cmd);
  setup (&c);
  ok (guestfs_launch (c.g) == 0, "launch after supermin.d changed");
  is_int (count (c.ev.library, "appliance: building"), 1,
          "the appliance was rebuilt");
  ok (guestfs_ping_daemon (c.g) == 0, "the rebuilt appliance answers");
  finish (&c);

  is_int (count_children (), 0, "nothing left running");
  free (appdir);
  free (cachedir);
  return tap_done ();
}
