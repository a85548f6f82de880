# tests/core.mk: the library core (capi/handle.c, errors.c, events.c,
# private.c, state.c, trace.c, utils.c, internal-test.c), the shared
# bindings test in C and the ABI.  None of them needs an appliance.

core_tests = \
	c-api/test-create \
	c-api/test-environment \
	c-api/test-properties \
	c-api/test-errors \
	c-api/test-events \
	c-api/test-callbacks \
	c-api/test-trace \
	c-api/test-private \
	c-api/test-state \
	c-api/test-sockdir \
	c-api/test-threads \
	c-api/test-thread-errors \
	c-api/test-internal-test \
	c-api/test-atexit \
	c-api/test-bindings-output \
	c-api/test-abi \
	c-api/test-disk-images

check_PROGRAMS += $(core_tests) c-api/atexit-helper bindings/test-bindings
TESTS += $(core_tests)

c_api_test_create_SOURCES = c-api/test-create.c c-api/tap.h
c_api_test_environment_SOURCES = c-api/test-environment.c c-api/tap.h
c_api_test_properties_SOURCES = c-api/test-properties.c c-api/tap.h
c_api_test_errors_SOURCES = c-api/test-errors.c c-api/tap.h
c_api_test_events_SOURCES = c-api/test-events.c c-api/tap.h
c_api_test_callbacks_SOURCES = c-api/test-callbacks.c c-api/tap.h
c_api_test_trace_SOURCES = c-api/test-trace.c c-api/tap.h
c_api_test_private_SOURCES = c-api/test-private.c c-api/tap.h
c_api_test_state_SOURCES = c-api/test-state.c c-api/tap.h
c_api_test_sockdir_SOURCES = c-api/test-sockdir.c c-api/tap.h
c_api_test_threads_SOURCES = c-api/test-threads.c c-api/tap.h
c_api_test_thread_errors_SOURCES = c-api/test-thread-errors.c c-api/tap.h
c_api_test_internal_test_SOURCES = c-api/test-internal-test.c c-api/tap.h
# Runs c-api/atexit-helper.
c_api_test_atexit_SOURCES = c-api/test-atexit.c c-api/tap.h
c_api_atexit_helper_SOURCES = c-api/atexit-helper.c
# Runs bindings/test-bindings and compares with bindings/expected.txt.
c_api_test_bindings_output_SOURCES = c-api/test-bindings-output.c c-api/tap.h
bindings_test_bindings_SOURCES = bindings/test-bindings.c
# Checks tests/abi-baseline.txt against capi/.libs/libguestfs.so.0.
c_api_test_abi_SOURCES = c-api/test-abi.c c-api/tap.h
# Runs qemu-img; includes launch/launch-test.h for its temporary directory.
c_api_test_disk_images_SOURCES = \
	c-api/test-disk-images.c c-api/tap.h launch/launch-test.h

EXTRA_DIST += abi-baseline.txt bindings/README.md bindings/expected.txt

# The same tests under valgrind: any invalid access or definite leak
# fails.  (Children they start, such as c-api/atexit-helper, run
# without valgrind.)  Other areas may add their no-appliance tests to
# valgrind_tests.
valgrind_tests = $(core_tests)
VALGRIND_FLAGS = \
	--quiet --leak-check=full --error-exitcode=1 \
	--errors-for-leak-kinds=definite,indirect

check-valgrind: $(valgrind_tests) c-api/atexit-helper bindings/test-bindings
	@if test "$(VALGRIND)" = no; then \
	  echo "check-valgrind: valgrind was not found by configure" >&2; \
	  exit 1; \
	fi
	$(MAKE) $(AM_MAKEFLAGS) check-TESTS TESTS="$(valgrind_tests)" \
	  TEST_SUITE_LOG=test-suite-valgrind.log \
	  LOG_COMPILER="$(LIBTOOL) --mode=execute $(VALGRIND) $(VALGRIND_FLAGS)"

CLEANFILES += test-suite-valgrind.log

.PHONY: check-valgrind
