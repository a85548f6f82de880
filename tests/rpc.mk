# tests/rpc.mk: the RPC client, launch and drives (capi/rpc.c, launch.c,
# launch-unix.c, drives.c), without qemu: against the real guestfsd in
# host mode (--listen, started by the test) and against a fake daemon
# that sends garbage.

rpc_tests = \
	rpc/test-rpc-config \
	rpc/test-rpc-daemon \
	rpc/test-rpc-fake \
	rpc/test-rpc-hostile

check_PROGRAMS += $(rpc_tests)
TESTS += $(rpc_tests)

rpc_test_rpc_config_SOURCES = rpc/test-rpc-config.c rpc/rpc-test.h
rpc_test_rpc_daemon_SOURCES = rpc/test-rpc-daemon.c rpc/rpc-test.h
rpc_test_rpc_fake_SOURCES = rpc/test-rpc-fake.c rpc/rpc-test.h \
	rpc/fake-daemon-io.h
# 100+ malformed replies, one table row each (see the file's top).
rpc_test_rpc_hostile_SOURCES = rpc/test-rpc-hostile.c rpc/rpc-test.h \
	rpc/fake-daemon-io.h

# All of them run under valgrind in 'make check-valgrind' (core.mk); the
# guestfsd they start (exec'd) runs without it.
valgrind_tests += $(rpc_tests)
