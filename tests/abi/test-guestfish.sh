#!/bin/sh
# Debian's guestfish, as built, lists the filesystems of an image
# through our library (LD_LIBRARY_PATH, as ./run sets it); so does
# virt-df, which also needs canonical_device_name.
set -e
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
build=${abs_top_builddir:-$src}
. "$src/tests/abi/foreign.sh"

if ! command -v guestfish >/dev/null; then
    echo "1..0 # SKIP guestfish (libguestfs-tools) is not installed"
    exit 0
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/abi-guestfish.XXXXXX")
trap 'rm -rf "$dir"' EXIT
truncate -s 64M "$dir/disk.img"
mke2fs -q -F -t ext4 "$dir/disk.img"

echo "1..5"
out=$(foreign "$build/run" guestfish -a "$dir/disk.img" run : version : \
          list-filesystems 2>&1) || true
echo "$out" | sed 's/^/# /'
n=0
check () {
    n=$((n + 1))
    if echo "$out" | grep -qx "$1"; then
        echo "ok $n - $2"
    else
        echo "not ok $n - $2"
    fi
}
check 'extra: ng' "guestfish runs on guestfs-ng's library"
check '/dev/sda: ext4' "guestfish list-filesystems shows the ext4"
out=$(foreign "$build/run" guestfish -a "$dir/disk.img" --ro run : \
          mount /dev/sda / : touch /x 2>&1) || true
echo "$out" | sed 's/^/# /'
check '.*touch: /x: Read-only file system' \
    "guestfish --ro (add_drive_ro): the image stays read-only"
out=$(foreign "$build/run" guestfish -a "$dir/disk.img" run : \
          mount /dev/sda / : touch /x : ls / 2>&1) || true
echo "$out" | sed 's/^/# /'
check 'x' "without --ro guestfish writes to the image"

n=$((n + 1))
if ! command -v virt-df >/dev/null; then
    echo "ok $n # SKIP virt-df (guestfs-tools) is not installed"
elif [ -n "${FOREIGN_PRELOAD-}" ]; then
    # Its libp11-kit's exit-time destructor deadlocks in freelocale
    # when the ASan runtime is preloaded (seen in scripts/check-asan.sh).
    echo "ok $n # SKIP virt-df hangs at exit with ASan preloaded"
else
    out=$(foreign "$build/run" virt-df -a "$dir/disk.img" 2>&1) || true
    echo "$out" | sed 's/^/# /'
    if echo "$out" | grep -q '^disk.img:/dev/sda  *[0-9]'; then
        echo "ok $n - virt-df reports the filesystem"
    else
        echo "not ok $n - virt-df reports the filesystem"
    fi
fi
