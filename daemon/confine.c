/* Running a program confined to the guest: see docs/confinement.md.
 *
 * The program (the appliance's, or in host mode the host's: tar, cp,
 * mv) is started normally, so it loads itself and its libraries from
 * the daemon's root; guestfsd-confine.so, preloaded into it, then
 * makes a copy of the sysroot's mount tree its root before main()
 * runs.  Until then its working directory is an empty read-only
 * filesystem and every path it was given is relative: a program in
 * which the preload did not run finds nothing to act on.
 *
 * Called in the forked child only, before exec.
 */

#include <config.h>

#include <fcntl.h>
#include <linux/capability.h>
#include <linux/openat2.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "daemon.h"

extern char **environ;

/* Next to the daemon: in the build tree, once installed and in the
 * appliance alike.
 */
#define PRELOAD_NAME "guestfsd-confine.so"

static int
open_preload (void)
{
  char path[4096 + sizeof PRELOAD_NAME];
  ssize_t n = readlink ("/proc/self/exe", path, 4096);
  char *slash;

  if (n <= 0 || n >= 4096)
    return -1;
  path[n] = '\0';
  slash = strrchr (path, '/');
  if (slash == NULL)
    {
      errno = ENOENT;
      return -1;
    }
  strcpy (slash + 1, PRELOAD_NAME);
  return open (path, O_RDONLY);
}

static int
write_proc (const char *file, const char *text)
{
  int fd = open (file, O_WRONLY | O_CLOEXEC);
  int r;

  if (fd == -1)
    return -1;
  r = write (fd, text, strlen (text)) == (ssize_t)strlen (text) ? 0 : -1;
  close (fd);
  return r;
}

/* Not root (host mode run by a user): a user namespace of our own gives
 * the right to clone mounts and chroot, as the same user.  The program
 * keeps the one capability it needs, to chroot, across exec.
 */
static int
enter_user_namespace (void)
{
  struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
  struct __user_cap_data_struct caps[_LINUX_CAPABILITY_U32S_3];
  char map[64];
  uid_t uid = geteuid ();
  gid_t gid = getegid ();

  if (unshare (CLONE_NEWUSER | CLONE_NEWNS) == -1)
    return -1;
  snprintf (map, sizeof map, "%u %u 1", (unsigned)uid, (unsigned)uid);
  if (write_proc ("/proc/self/uid_map", map) == -1
      || write_proc ("/proc/self/setgroups", "deny") == -1)
    return -1;
  snprintf (map, sizeof map, "%u %u 1", (unsigned)gid, (unsigned)gid);
  if (write_proc ("/proc/self/gid_map", map) == -1
      || syscall (SYS_capget, &hdr, caps) == -1)
    return -1;
  caps[0].inheritable |= 1u << CAP_SYS_CHROOT;
  if (syscall (SYS_capset, &hdr, caps) == -1)
    return -1;
  return prctl (PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, CAP_SYS_CHROOT, 0, 0);
}

/* An empty, read-only filesystem to start in. */
static int
open_empty_dir (void)
{
  int fs = fsopen ("tmpfs", FSOPEN_CLOEXEC);
  int mnt;

  if (fs == -1)
    return -1;
  if (fsconfig (fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0) == -1)
    {
      close (fs);
      return -1;
    }
  mnt = fsmount (fs, FSMOUNT_CLOEXEC, MOUNT_ATTR_RDONLY);
  close (fs);
  return mnt;
}

/* The environment to exec with: the daemon's, with the preload. */
static char **
confine_env (int tree, int cwd, int preload)
{
  size_t n = 0;
  char **envp;

  while (environ[n])
    n++;
  envp = malloc ((n + 3) * sizeof *envp);
  if (envp == NULL)
    return NULL;
  n = 0;
  for (char **e = environ; *e; e++)
    if (strncmp (*e, "LD_PRELOAD=", 11) != 0
        && strncmp (*e, "GUESTFSD_CONFINE=", 17) != 0)
      envp[n++] = *e;
  if (asprintf (&envp[n++], "LD_PRELOAD=/proc/self/fd/%d", preload) == -1
      || asprintf (&envp[n++], "GUESTFSD_CONFINE=%d:%d:%d", tree, cwd, preload)
             == -1)
    return NULL;
  envp[n] = NULL;
  return envp;
}

int
confine_to_guest (const char *dir, char ***envp_r)
{
  struct mount_attr attr = {
    .attr_set = MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | MOUNT_ATTR_NOEXEC,
  };
  struct open_how how = {
    .flags = O_PATH | O_DIRECTORY,
    .resolve = RESOLVE_IN_ROOT,
  };
  const char *what;
  int preload, tree, cwd, empty;

  preload = open_preload ();
  if (preload == -1)
    {
      what = PRELOAD_NAME;
      goto fail;
    }
  what = "user namespace";
  if (geteuid () != 0 && enter_user_namespace () == -1)
    goto fail;
  /* A detached copy: it exists only for this program, and guest code
   * found in it can never run (noexec) nor gain privileges.
   */
  what = "cloning the sysroot";
  tree = open_tree (AT_FDCWD, sysroot[0] ? sysroot : "/",
                    OPEN_TREE_CLONE | AT_RECURSIVE);
  if (tree == -1
      || mount_setattr (tree, "", AT_EMPTY_PATH | AT_RECURSIVE, &attr,
                        sizeof attr)
             == -1)
    goto fail;
  what = dir;
  do
    cwd = syscall (SYS_openat2, tree, dir, &how, sizeof how);
  while (cwd == -1 && errno == EAGAIN);
  if (cwd == -1)
    goto fail;
  what = "empty directory";
  empty = open_empty_dir ();
  if (empty == -1 || fchdir (empty) == -1)
    goto fail;
  what = "environment";
  *envp_r = confine_env (tree, cwd, preload);
  if (*envp_r == NULL)
    goto fail;
  return 0;

fail:
  dprintf (2, "cannot confine the program to the guest: %s: %m\n", what);
  return -1;
}

const char *
guest_relative (const char *path)
{
  while (*path == '/')
    path++;
  return *path ? path : ".";
}
