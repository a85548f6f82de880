# tests/actions.mk: the per-action tests.  test-actions.c (one function
# per test) is written by generator/tests.py from the tests=[...] of
# every action in generator/api.py; the hand-written
# test-actions-main.c runs them against one appliance for the whole run.

check_PROGRAMS += test-actions
TESTS += test-actions
test_actions_SOURCES = test-actions.c test-actions-main.c test-actions.h

# The same run under valgrind (not part of 'make check': it is slow).
check-valgrind-actions: test-actions
	$(AM_TESTS_ENVIRONMENT) $(LIBTOOL) --mode=execute $(VALGRIND) \
	  --leak-check=full --show-leak-kinds=definite,indirect \
	  --errors-for-leak-kinds=definite,indirect --error-exitcode=1 \
	  ./test-actions

.PHONY: check-valgrind-actions

# Host files the tests of FileIn/FileOut actions write (in the build
# directory, where the tests run).
CLEANFILES += test-actions-ntfscat.out test-actions-ntfsclone.img \
	test-actions-squashfs.img
