# tests/crypt-md-swap.mk: LUKS, MD RAID and swap (daemon/luks.c, md.c,
# swap.c) against a real appliance, for what the per-action tests
# cannot check.

check_PROGRAMS += crypt-md-swap/test-crypt-md-swap
TESTS += crypt-md-swap/test-crypt-md-swap

crypt_md_swap_test_crypt_md_swap_SOURCES = \
	crypt-md-swap/test-crypt-md-swap.c launch/launch-test.h
