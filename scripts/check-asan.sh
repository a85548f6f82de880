#!/bin/sh
# check-asan.sh [DIR]: build a copy of this tree with AddressSanitizer
# and UndefinedBehaviorSanitizer in DIR (default /tmp/guestfs-ng-asan,
# emptied first) and run `make check` there.  The copy holds the files
# git tracks, as they are in the working tree: a configured source tree
# cannot also be built out of tree.  See HACKING.md for what it covers.
#
# Extra arguments to `make check` go in MAKE_CHECK_ARGS, e.g.
# MAKE_CHECK_ARGS='-C tests TESTS=daemon/test-daemon'.
set -e

src=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-/tmp/guestfs-ng-asan}
flags='-fsanitize=address,undefined -fno-sanitize-recover=undefined'

rm -rf "$dir"
mkdir -p "$dir"
(cd "$src" && git ls-files -z | tar --null -T - -cf -) | tar -C "$dir" -xf -
cd "$dir"
# An index, so the format check looks at the same files as in the tree.
git init -q && git add -A
./autogen.sh
./configure --enable-werror CFLAGS="-O1 -g $flags" LDFLAGS="$flags"
make -j2
# Its own appliance cache: the appliance holds the ASan daemon.
LIBGUESTFS_CACHEDIR=${LIBGUESTFS_CACHEDIR:-$dir/cache}
export LIBGUESTFS_CACHEDIR
mkdir -p "$LIBGUESTFS_CACHEDIR"
# shellcheck disable=SC2086
make -j2 check $MAKE_CHECK_ARGS
