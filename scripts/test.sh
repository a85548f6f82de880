#!/bin/sh
# The README's test command: install what is missing, build, run every
# test, and end with one line "N passed, N failed, N skipped".
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

scripts/build.sh

# Old results must not be counted again.
find . -name '*.trs' -delete
set +e
make -j2 -k check
check_status=$?
set -e

# Each .trs file holds one :test-result: line per test (one per TAP
# assertion for the C and Python test programs).
counts=$(find . -name '*.trs' -exec cat {} + |
         awk '/^:test-result: (PASS|XFAIL)/ { p++ }
              /^:test-result: (FAIL|XPASS|ERROR)/ { f++ }
              /^:test-result: SKIP/ { s++ }
              END { printf "%d %d %d\n", p, f, s }')
set -- $counts
passed=$1 failed=$2 skipped=$3

if [ "$failed" -gt 0 ] || [ $check_status -ne 0 ]; then
    echo "==== logs of failing tests ===="
    find . -name 'test-suite.log' -exec cat {} +
fi
# A build failure inside make check counts as a failure even if no
# test result said so.
if [ $check_status -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
