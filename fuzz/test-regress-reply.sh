#!/bin/sh
# The reply decoding over every kept input: the crashes fuzzing found
# (regressions/reply/) and the seed corpus.  TAP from regress-reply.
set -e
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
"$PYTHON3" "$srcdir/seeds.py" reply "$seeds"
./regress-reply "$srcdir/regressions/reply" "$seeds"
