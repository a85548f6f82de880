#!/bin/sh
# The README's first command: install what is missing, build, and edit a
# real disk image through a real appliance.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

scripts/build.sh

image=${1:-$top/demo.img}
./run examples/create-disk "$image"
