# tests/daemon.mk: guestfsd in host mode (--listen on a Unix socket, a
# scratch directory as sysroot), driven through the library with the
# unix: backend.  Fast, no qemu; device operations must be refused.

check_PROGRAMS += daemon/test-daemon
TESTS += daemon/test-daemon
daemon_test_daemon_SOURCES = daemon/test-daemon.c

# The daemon's error-name rewriting, unit-tested (no daemon, no qemu).
check_PROGRAMS += daemon/test-error-names
TESTS += daemon/test-error-names
daemon_test_error_names_SOURCES = \
	daemon/test-error-names.c c-api/tap.h \
	$(top_srcdir)/daemon/error-names.c $(top_srcdir)/daemon/error-names.h
daemon_test_error_names_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/daemon
daemon_test_error_names_LDADD =

# The daemon's JSON reader (ldmtool's output), unit-tested.
check_PROGRAMS += daemon/test-json
TESTS += daemon/test-json
daemon_test_json_SOURCES = \
	daemon/test-json.c c-api/tap.h \
	$(top_srcdir)/daemon/json.c $(top_srcdir)/daemon/json.h
daemon_test_json_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/daemon
daemon_test_json_LDADD =
valgrind_tests += daemon/test-json
