#!/bin/sh
# The shared bindings test (tests/bindings/README.md), built the way a
# user builds a program, 'ocamlfind ocamlopt -package guestfs -linkpkg'
# (and ocamlc for bytecode) against the in-tree package through ./run:
# each must print exactly tests/bindings/expected.txt.  TAP.

here=$(cd "$(dirname "$0")" && pwd)
: "${abs_top_builddir:=$(cd "$here/../../.." && pwd)}"
: "${abs_top_srcdir:=$abs_top_builddir}"
run="$abs_top_builddir/run"
expected="$abs_top_srcdir/tests/bindings/expected.txt"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/guestfs-ocaml.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
cp "$here/sequence_support.ml" "$here/bindings_sequence.ml" "$tmp/"

echo "1..4"
n=0
for mode in ocamlopt ocamlc; do
    n=$((n + 1))
    if (cd "$tmp" && "$run" ocamlfind $mode -package guestfs -linkpkg \
            sequence_support.ml bindings_sequence.ml -o seq.$mode) \
            >"$tmp/build.log" 2>&1; then
        echo "ok $n - ocamlfind $mode -package guestfs builds the sequence"
    else
        echo "not ok $n - ocamlfind $mode -package guestfs builds the sequence"
        sed 's/^/# /' "$tmp/build.log"
    fi
    n=$((n + 1))
    if "$run" "$tmp/seq.$mode" >"$tmp/out.$mode" 2>"$tmp/err.$mode" &&
            cmp -s "$expected" "$tmp/out.$mode"; then
        echo "ok $n - $mode: the sequence prints expected.txt"
    else
        echo "not ok $n - $mode: the sequence prints expected.txt"
        diff "$expected" "$tmp/out.$mode" | sed 's/^/# /'
        sed 's/^/# /' "$tmp/err.$mode"
    fi
done
