# tests/daemon.mk: guestfsd in host mode (--listen on a Unix socket, a
# scratch directory as sysroot), driven through the library with the
# unix: backend.  Fast, no qemu; device operations must be refused.

check_PROGRAMS += daemon/test-daemon
TESTS += daemon/test-daemon
daemon_test_daemon_SOURCES = daemon/test-daemon.c
