# tests/abi.mk: binary compatibility with libguestfs.  Programs built
# by Debian against libguestfs.so.0 run against our library unchanged,
# and a program built against ours runs against Debian's.
# Each skips when its Debian package (libguestfs-dev, libguestfs-tools,
# libguestfs-perl, qemu-block-extra) is missing.

abi_tests = \
	abi/test-header.py \
	abi/test-libguestfs-client.sh \
	abi/test-guestfish.sh \
	abi/test-perl-xs.sh \
	abi/test-ng-client-on-libguestfs.sh \
	abi/test-http-drive.sh \
	abi/test-examples.sh

TESTS += $(abi_tests) abi/test-network-drives
check_PROGRAMS += abi/test-network-drives
abi_test_network_drives_SOURCES = \
	abi/test-network-drives.c launch/launch-test.h c-api/tap.h
# libguestfs-client.c and ng-client.c are compiled by their tests (against
# Debian's header, and ours linked to our library, then run on Debian's).
EXTRA_DIST += $(abi_tests) abi/libguestfs-client.c abi/ng-client.c \
	abi/http-drive.py abi/foreign.sh abi/storage-stack.expected abi/filesystems.expected
