# tests/lvm.mk: LVM across appliances (daemon/lvm.c).  The per-action
# tests are in generator/api.py; this checks what needs two launches or
# compares the results of several actions.

lvm_tests = lvm/test-lvm-guest

check_PROGRAMS += $(lvm_tests)
TESTS += $(lvm_tests)

lvm_test_lvm_guest_SOURCES = lvm/test-lvm-guest.c launch/launch-test.h
