#!/bin/sh
# The manual (guestfs.pod) must be clean POD, and every public function,
# structure and event that include/guestfs.h declares must be in it.
# The guestfs_internal_* functions are for the bindings' tests and are
# deliberately left out.
set -e
srcdir=${srcdir:-$(dirname "$0")}
top_srcdir=${top_srcdir:-$srcdir/..}
pod=$srcdir/guestfs.pod
header=$top_srcdir/include/guestfs.h
fail=0

out=$(${PODCHECKER:-podchecker} -warnings -warnings "$pod" 2>&1) || fail=1
if [ "$fail" = 1 ] || printf '%s\n' "$out" | grep -q WARNING; then
    printf '%s\n' "$out" >&2
    echo "check-manual: $pod is not clean POD" >&2
    exit 1
fi

# Each function needs a prototype in a verbatim paragraph.
functions=$(sed -n 's/^extern GUESTFS_DLL_PUBLIC .*[ *]\(guestfs_[a-z0-9_]*\) (.*/\1/p' \
                "$header" | grep -v '^guestfs_internal_' | sort -u)
structs=$(sed -n 's/^struct \(guestfs_[a-z0-9_]*\) {$/\1/p' "$header" |
              grep -v '^guestfs_internal_' | sort -u)
events=$(sed -n 's/^#define \(GUESTFS_EVENT_[A-Z_]*\) .*/\1/p' "$header")
if [ -z "$functions" ] || [ -z "$structs" ] || [ -z "$events" ]; then
    echo "check-manual: found nothing to check in $header" >&2
    exit 1
fi

for f in $functions; do
    grep -q "^ .*[ *]$f (" "$pod" || {
        echo "check-manual: $f is not documented" >&2
        fail=1
    }
done
for s in $structs; do
    grep -q "^ *struct $s {" "$pod" || {
        echo "check-manual: struct $s is not documented" >&2
        fail=1
    }
done
for e in $events; do
    grep -q "^=item C<$e>" "$pod" || {
        echo "check-manual: $e is not documented" >&2
        fail=1
    }
done
[ "$fail" = 0 ] || exit 1
echo "check-manual: $pod documents $(echo $functions | wc -w) functions," \
     "$(echo $structs | wc -w) structs, $(echo $events | wc -w) events"
