#!/bin/sh
# issue 10's "done when": examples/storage-stack (C) and
# examples/storage_stack.py build a GPT + LVM + LUKS + MD disk and read it
# back; both must print what the C program prints when it runs on
# Debian's libguestfs (storage-stack.expected).  When libguestfs0 is
# installed the same binary is run on it too, so the expected report is
# checked against libguestfs itself, not only kept in a file.
set -e
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
build=${abs_top_builddir:-$src}
. "$src/tests/abi/foreign.sh"

echo "1..3"
dir=$(mktemp -d "${TMPDIR:-/tmp}/storage-stack.XXXXXX")
trap 'rm -rf "$dir"' EXIT
expected="$src/tests/abi/storage-stack.expected"
n=0

check () { # what, output file
    n=$((n + 1))
    if cmp -s "$expected" "$2"; then
        echo "ok $n - $1 prints libguestfs's report"
    else
        echo "not ok $n - $1 prints libguestfs's report"
        diff -u "$expected" "$2" | sed 's/^/# /'
    fi
}

"$build/examples/storage-stack" "$dir/c.img" > "$dir/c.out" 2>&1 || true
check "C, on this library" "$dir/c.out"

foreign "$build/run" /usr/bin/python3 "$src/examples/storage_stack.py" "$dir/py.img" \
    > "$dir/py.out" 2>&1 || true
check "Python, on this library" "$dir/py.out"

lg=$(ldconfig -p | sed -n 's/.*libguestfs\.so\.0 .*=> //p' | head -1)
if [ -z "$lg" ]; then
    echo "ok 3 # SKIP Debian's libguestfs0 is not installed"
    exit 0
fi
# The same binary on Debian's library and appliance: nothing of ours in
# its environment (see bench/run-bench for force_tcg).
env -u LD_LIBRARY_PATH -u LIBGUESTFS_PATH -u LIBGUESTFS_CACHEDIR \
    LIBGUESTFS_BACKEND=direct LIBGUESTFS_BACKEND_SETTINGS=force_tcg \
    "$build/examples/.libs/storage-stack" "$dir/deb.img" \
    > "$dir/deb.out" 2>&1 || true
check "C, on Debian's libguestfs" "$dir/deb.out"
