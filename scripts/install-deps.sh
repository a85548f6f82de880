#!/bin/sh
# Install every Debian package the build, the tests and the appliance
# need.  Idempotent and quick when everything is there already: apt is
# only consulted for what is missing.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)

pkgs=$(cat "$here/scripts/debian-packages.txt" \
           "$here/appliance/host-packages.txt" \
           "$here/appliance/packages" 2>/dev/null |
       sed -e 's/#.*//' -e '/^[[:space:]]*$/d' | sort -u)

missing=
for p in $pkgs; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
            grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -n "$missing" ]; then
    echo "install-deps: installing:$missing"
    if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    # Recommends would pull in a desktop's worth of qemu GUI packages.
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
        --no-install-recommends $missing
fi
