/* GENERATED FILE: do not edit.
 * Made by generator/c.py from generator/api.py;
 * change those and run 'make -C generator' (or just 'make').
 */

#ifndef GUESTFS_IMPL_ACTIONS_H
#define GUESTFS_IMPL_ACTIONS_H

/* Library actions are implemented by hand as guestfs_impl_NAME,
 * called from the generated entry point after the handle is
 * locked and arguments and state are checked.  They report
 * errors with error()/perrorf() and return the error value.
 */

extern int guestfs_impl_add_drive_opts (guestfs_h *g, const char *filename, const struct guestfs_add_drive_opts_argv *optargs);
extern int guestfs_impl_add_drive_ro (guestfs_h *g, const char *filename);
extern int guestfs_impl_add_drive_scratch (guestfs_h *g, int64_t size, const struct guestfs_add_drive_scratch_argv *optargs);
extern const char *guestfs_impl_get_append (guestfs_h *g);
extern char *guestfs_impl_get_attach_method (guestfs_h *g);
extern int guestfs_impl_get_autosync (guestfs_h *g);
extern char *guestfs_impl_get_backend (guestfs_h *g);
extern char **guestfs_impl_get_backend_settings (guestfs_h *g);
extern char *guestfs_impl_get_cachedir (guestfs_h *g);
extern int guestfs_impl_get_memsize (guestfs_h *g);
extern const char *guestfs_impl_get_path (guestfs_h *g);
extern int guestfs_impl_get_pid (guestfs_h *g);
extern const char *guestfs_impl_get_program (guestfs_h *g);
extern const char *guestfs_impl_get_qemu (guestfs_h *g);
extern int guestfs_impl_get_recovery_proc (guestfs_h *g);
extern int guestfs_impl_get_smp (guestfs_h *g);
extern int guestfs_impl_get_state (guestfs_h *g);
extern char *guestfs_impl_get_tmpdir (guestfs_h *g);
extern int guestfs_impl_get_trace (guestfs_h *g);
extern int guestfs_impl_get_verbose (guestfs_h *g);
extern int guestfs_impl_internal_test (guestfs_h *g, const char *str, const char *optstr, char *const *strlist, int b, int integer, int64_t integer64, const char *filein, const char *fileout, const char *bufferin, size_t bufferin_size, const struct guestfs_internal_test_argv *optargs);
extern int guestfs_impl_internal_test_only_optargs (guestfs_h *g, const struct guestfs_internal_test_only_optargs_argv *optargs);
extern int guestfs_impl_internal_test_rbool (guestfs_h *g, const char *val);
extern int guestfs_impl_internal_test_rboolerr (guestfs_h *g);
extern char *guestfs_impl_internal_test_rbufferout (guestfs_h *g, const char *val, size_t *size_r);
extern char *guestfs_impl_internal_test_rbufferouterr (guestfs_h *g, size_t *size_r);
extern const char *guestfs_impl_internal_test_rconstoptstring (guestfs_h *g, const char *val);
extern const char *guestfs_impl_internal_test_rconstoptstringerr (guestfs_h *g);
extern const char *guestfs_impl_internal_test_rconststring (guestfs_h *g, const char *val);
extern const char *guestfs_impl_internal_test_rconststringerr (guestfs_h *g);
extern char **guestfs_impl_internal_test_rhashtable (guestfs_h *g, const char *val);
extern char **guestfs_impl_internal_test_rhashtableerr (guestfs_h *g);
extern int guestfs_impl_internal_test_rint (guestfs_h *g, const char *val);
extern int64_t guestfs_impl_internal_test_rint64 (guestfs_h *g, const char *val);
extern int64_t guestfs_impl_internal_test_rint64err (guestfs_h *g);
extern int guestfs_impl_internal_test_rinterr (guestfs_h *g);
extern char *guestfs_impl_internal_test_rstring (guestfs_h *g, const char *val);
extern char *guestfs_impl_internal_test_rstringerr (guestfs_h *g);
extern char **guestfs_impl_internal_test_rstringlist (guestfs_h *g, const char *val);
extern char **guestfs_impl_internal_test_rstringlisterr (guestfs_h *g);
extern struct guestfs_dirent *guestfs_impl_internal_test_rstruct (guestfs_h *g, const char *val);
extern struct guestfs_dirent *guestfs_impl_internal_test_rstructerr (guestfs_h *g);
extern struct guestfs_dirent_list *guestfs_impl_internal_test_rstructlist (guestfs_h *g, const char *val);
extern struct guestfs_dirent_list *guestfs_impl_internal_test_rstructlisterr (guestfs_h *g);
extern int guestfs_impl_is_busy (guestfs_h *g);
extern int guestfs_impl_is_config (guestfs_h *g);
extern int guestfs_impl_is_launching (guestfs_h *g);
extern int guestfs_impl_is_ready (guestfs_h *g);
extern int guestfs_impl_kill_subprocess (guestfs_h *g);
extern int guestfs_impl_launch (guestfs_h *g);
extern int guestfs_impl_set_append (guestfs_h *g, const char *value);
extern int guestfs_impl_set_attach_method (guestfs_h *g, const char *attachmethod);
extern int guestfs_impl_set_autosync (guestfs_h *g, int value);
extern int guestfs_impl_set_backend (guestfs_h *g, const char *backend);
extern int guestfs_impl_set_backend_settings (guestfs_h *g, char *const *settings);
extern int guestfs_impl_set_cachedir (guestfs_h *g, const char *cachedir);
extern int guestfs_impl_set_memsize (guestfs_h *g, int value);
extern int guestfs_impl_set_path (guestfs_h *g, const char *value);
extern int guestfs_impl_set_program (guestfs_h *g, const char *value);
extern int guestfs_impl_set_qemu (guestfs_h *g, const char *value);
extern int guestfs_impl_set_recovery_proc (guestfs_h *g, int value);
extern int guestfs_impl_set_smp (guestfs_h *g, int value);
extern int guestfs_impl_set_tmpdir (guestfs_h *g, const char *tmpdir);
extern int guestfs_impl_set_trace (guestfs_h *g, int value);
extern int guestfs_impl_set_verbose (guestfs_h *g, int value);
extern int guestfs_impl_shutdown (guestfs_h *g);
extern struct guestfs_version *guestfs_impl_version (guestfs_h *g);

#endif
