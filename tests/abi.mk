# tests/abi.mk: binary compatibility with libguestfs.  Programs built
# by Debian against libguestfs.so.0 run against our library unchanged.
# Each skips when its Debian package (libguestfs-dev, libguestfs-tools,
# libguestfs-perl) is missing.

abi_tests = \
	abi/test-libguestfs-client.sh \
	abi/test-guestfish.sh \
	abi/test-perl-xs.sh

TESTS += $(abi_tests)
# libguestfs-client.c is compiled by its test against Debian's header,
# not by make against ours.
EXTRA_DIST += $(abi_tests) abi/libguestfs-client.c
