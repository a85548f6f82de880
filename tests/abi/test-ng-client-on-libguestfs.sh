#!/bin/sh
# A program built against our guestfs.h and library runs against
# Debian's libguestfs.so.0 (libguestfs0): see ng-client.c.
set -e
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
build=${abs_top_builddir:-$src}

lg=$(ldconfig -p | sed -n 's/.*libguestfs\.so\.0 .*=> //p' | head -1)
if [ -z "$lg" ]; then
    echo "1..0 # SKIP Debian's libguestfs0 is not installed"
    exit 0
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/abi-ng-client.XXXXXX")
trap 'rm -rf "$dir"' EXIT
${CC:-cc} -std=gnu99 -Wall -Werror -I"$build/include" -I"$src/include" -o "$dir/client" \
    "$src/tests/abi/ng-client.c" -L"$build/capi/.libs" -lguestfs
truncate -s 16M "$dir/disk.img"

# No LD_LIBRARY_PATH: the loader finds Debian's library.
out=$(env -u LD_LIBRARY_PATH "$dir/client" "$dir/disk.img" 2>&1) || true
echo "$out"
echo "$out" | grep -q '^# running on libguestfs ' || {
    echo "Bail out! the client did not run on $lg"
    exit 1
}
