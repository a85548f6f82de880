#!/bin/sh
# guestfsd's request decoding over every kept input: the crashes fuzzing
# found (regressions/daemon/) and the seed corpus.  TAP from
# regress-daemon.
set -e
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
"$PYTHON3" "$srcdir/seeds.py" daemon "$seeds"
./regress-daemon "$srcdir/regressions/daemon" "$seeds"
