#!/bin/sh
# A program built against Debian's libguestfs (its guestfs.h and its
# libguestfs.so.0, from libguestfs-dev) runs against our library with
# nothing rebuilt: see libguestfs-client.c.
set -e
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
build=${abs_top_builddir:-$src}
. "$src/tests/abi/foreign.sh"

if [ ! -f /usr/include/guestfs.h ] ||
       ! grep -q GUESTFS_ADD_DRIVE_OPTS_BLOCKSIZE /usr/include/guestfs.h; then
    echo "1..0 # SKIP libguestfs-dev's guestfs.h is not installed"
    exit 0
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/abi-client.XXXXXX")
pidfile=$dir/qemu-nbd.pid
cleanup () {
    [ -s "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null
    rm -rf "$dir"
}
trap cleanup EXIT

# Only Debian's: no -I or -L of ours.
${CC:-cc} -std=gnu99 -Wall -Werror -o "$dir/client" \
    "$src/tests/abi/libguestfs-client.c" -lguestfs

truncate -s 64M "$dir/raw.img" "$dir/ro.img" "$dir/bs.img" "$dir/nbd.img"
mke2fs -q -F -t ext2 "$dir/nbd.img"
qemu-nbd --fork --persistent --pid-file="$pidfile" -f raw \
    -k "$dir/nbd.sock" "$dir/nbd.img"

LD_LIBRARY_PATH=$build/capi/.libs foreign "$dir/client" "$dir" "$dir/nbd.sock"
