# tests/actions.mk: the per-action tests.  test-actions.c (one function
# per test) is written by generator/tests.py from the tests=[...] of
# every action in generator/api.py; the hand-written
# test-actions-main.c runs them against one appliance for the whole run.
# make check runs them in shards, each with its own appliance, so that
# they use both cores: actions-shard-K.sh runs test-actions --shard=K/N.

check_PROGRAMS += test-actions
test_actions_SOURCES = test-actions.c test-actions-main.c test-actions.h

actions_shards = actions-shard-1.sh actions-shard-2.sh
TESTS += $(actions_shards)
CLEANFILES += $(actions_shards)

$(actions_shards): Makefile
	k=$$(echo $@ | sed 's/^actions-shard-\([0-9]*\)\.sh$$/\1/'); \
	printf '#!/bin/sh\nexec ./test-actions --shard=%s/%s "$$@"\n' \
	  $$k $(words $(actions_shards)) > $@-t && chmod +x $@-t && mv $@-t $@

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
