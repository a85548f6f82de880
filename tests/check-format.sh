#!/bin/sh
# Fails if a hand-written C file differs from what clang-format makes of
# it with the tree's .clang-format.  Generated files are left out: their
# layout is the generator's.
set -e
cd "$(dirname "$0")/.."
if ! command -v clang-format >/dev/null; then
    echo "1..0 # SKIP clang-format is not installed"
    exit 0
fi
files=$(git ls-files '*.c' '*.h' 2>/dev/null || find . -name '*.[ch]')
n=0
out=
for f in $files; do
    head -3 "$f" | grep -q "GENERATED FILE" && continue
    n=$((n + 1))
    if clang-format --style=file "$f" | cmp -s "$f" -; then
        out="$out
ok $n - $f"
    else
        out="$out
not ok $n - $f is not formatted (run: clang-format -i $f)"
    fi
done
echo "1..$n$out"
