# tests/launch.mk: the direct backend (capi/launch-direct.c, appliance.c,
# qemu-*.c) against real appliances under real qemu (TCG is fine).  Each
# program keeps its launches few and never hangs (alarm safety net).

launch_tests = \
	launch/test-launch \
	launch/test-launch-blockdev \
	launch/test-launch-cache \
	launch/test-launch-callbacks \
	launch/test-launch-confine \
	launch/test-launch-discard \
	launch/test-launch-drives \
	launch/test-launch-enospc \
	launch/test-launch-faults \
	launch/test-launch-lifetime \
	launch/test-launch-network \
	launch/test-ldm

check_PROGRAMS += $(launch_tests)
TESTS += $(launch_tests)

launch_test_launch_SOURCES = launch/test-launch.c launch/launch-test.h
launch_test_launch_blockdev_SOURCES = \
	launch/test-launch-blockdev.c launch/launch-test.h
launch_test_launch_cache_SOURCES = \
	launch/test-launch-cache.c launch/launch-test.h
launch_test_launch_confine_SOURCES = \
	launch/test-launch-confine.c launch/launch-test.h
launch_test_launch_discard_SOURCES = \
	launch/test-launch-discard.c launch/launch-test.h
launch_test_launch_drives_SOURCES = \
	launch/test-launch-drives.c launch/launch-test.h
launch_test_launch_enospc_SOURCES = \
	launch/test-launch-enospc.c launch/launch-test.h
launch_test_launch_lifetime_SOURCES = \
	launch/test-launch-lifetime.c launch/launch-test.h
launch_test_launch_callbacks_SOURCES = \
	launch/test-launch-callbacks.c launch/launch-test.h
launch_test_launch_network_SOURCES = \
	launch/test-launch-network.c launch/launch-test.h
launch_test_launch_faults_SOURCES = \
	launch/test-launch-faults.c launch/launch-test.h
launch_test_ldm_SOURCES = launch/test-ldm.c launch/launch-test.h
EXTRA_DIST += data/make-ldm-disks.py
