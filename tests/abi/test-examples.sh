#!/bin/sh
# The "done when" programs of issues 10 and 13, which use only the
# libguestfs API: examples/storage-stack (a GPT + LVM + LUKS + MD disk,
# in C and in Python) and examples/filesystems (btrfs with subvolumes,
# ext4 and xfs grown, shrunk, checked, relabelled, trimmed).  Each must
# print what the same C binary prints on Debian's libguestfs (NAME.expected
# here); when libguestfs0 is installed the binary runs on it too, so the
# expected reports are checked against libguestfs itself, not only kept in
# files.
set -e
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
build=${abs_top_builddir:-$src}
. "$src/tests/abi/foreign.sh"

echo "1..5"
dir=$(mktemp -d "${TMPDIR:-/tmp}/examples.XXXXXX")
trap 'rm -rf "$dir"' EXIT
lg=$(ldconfig -p | sed -n 's/.*libguestfs\.so\.0 .*=> //p' | head -1)
n=0

check () { # example, what, output file
    n=$((n + 1))
    if cmp -s "$src/tests/abi/$1.expected" "$3"; then
        echo "ok $n - $1, $2, prints libguestfs's report"
    else
        echo "not ok $n - $1, $2, prints libguestfs's report"
        diff -u "$src/tests/abi/$1.expected" "$3" | sed 's/^/# /'
    fi
}

# The same binary on Debian's library and appliance: nothing of ours in
# its environment (see bench/run-bench for force_tcg).
on_libguestfs () { # example
    if [ -z "$lg" ]; then
        n=$((n + 1))
        echo "ok $n # SKIP Debian's libguestfs0 is not installed"
        return
    fi
    env -u LD_LIBRARY_PATH -u LIBGUESTFS_PATH -u LIBGUESTFS_CACHEDIR \
        LIBGUESTFS_BACKEND=direct LIBGUESTFS_BACKEND_SETTINGS=force_tcg \
        "$build/examples/.libs/$1" "$dir/$1-deb.img" \
        > "$dir/$1-deb.out" 2>&1 || true
    check "$1" "C on Debian's libguestfs" "$dir/$1-deb.out"
}

"$build/examples/storage-stack" "$dir/c.img" > "$dir/c.out" 2>&1 || true
check storage-stack "C on this library" "$dir/c.out"
foreign "$build/run" /usr/bin/python3 "$src/examples/storage_stack.py" \
    "$dir/py.img" > "$dir/py.out" 2>&1 || true
check storage-stack "Python on this library" "$dir/py.out"
on_libguestfs storage-stack
rm -f "$dir"/*.img

"$build/examples/filesystems" "$dir/fs.img" > "$dir/fs.out" 2>&1 || true
check filesystems "C on this library" "$dir/fs.out"
on_libguestfs filesystems
