#!/bin/sh
# Run the Python binding's tests (pytest, t/) against the in-tree build
# and print TAP, one line per test, for automake's TAP driver.  pytest's
# own output goes to stderr, which ends up in run-tests.sh.log.
#
#   bindings/python/run-tests.sh [PYTEST ARGS...]
#
# PYTHON picks the interpreter (default: Debian's /usr/bin/python3).

here=$(cd "$(dirname "$0")" && pwd)
: "${abs_top_builddir:=$(cd "$here/../.." && pwd)}"
: "${PYTHON:=/usr/bin/python3}"
junit=$(mktemp "${TMPDIR:-/tmp}/pytest-junit.XXXXXX") || exit 1
trap 'rm -f "$junit"' EXIT

# Keep the source tree free of __pycache__ and .pytest_cache.
PYTHONDONTWRITEBYTECODE=1
export PYTHONDONTWRITEBYTECODE

# The real-appliance tests bound each launch themselves; this is the
# last resort against a hang anywhere.
timeout -k 30 3000 \
    "$abs_top_builddir/run" "$PYTHON" -m pytest -p no:cacheprovider \
    --junitxml="$junit" -v "$here/t" "$@" >&2
status=$?

"$PYTHON" - "$junit" "$status" <<'EOF'
import sys
import xml.etree.ElementTree as ET

junit, status = sys.argv[1], int(sys.argv[2])
# pytest: 0 all passed, 1 some failed, 5 no tests collected; anything
# else (interrupted, internal error, usage error, killed by timeout)
# means the results are incomplete.
if status not in (0, 1):
    print("Bail out! pytest exited with status %d%s" %
          (status, " (no tests collected)" if status == 5 else ""))
    sys.exit(1)
try:
    cases = list(ET.parse(junit).getroot().iter("testcase"))
except (OSError, ET.ParseError) as e:
    print("Bail out! cannot read pytest's report %s: %s" % (junit, e))
    sys.exit(1)
lines = []
failed = 0
for n, case in enumerate(cases, 1):
    name = "%s::%s" % (case.get("classname", ""), case.get("name", ""))
    bad = case.find("failure")
    if bad is None:
        bad = case.find("error")
    skipped = case.find("skipped")
    if bad is not None:
        failed += 1
        lines.append("not ok %d - %s" % (n, name))
        for line in (bad.get("message") or "").splitlines()[:5]:
            lines.append("# " + line)
    elif skipped is not None:
        lines.append("ok %d - %s # SKIP %s" % (
            n, name, " ".join((skipped.get("message") or "").split())))
    else:
        lines.append("ok %d - %s" % (n, name))
if status == 1 and not failed:
    lines.append("not ok %d - pytest failed outside any test" %
                 (len(cases) + 1))
    cases.append(None)
print("1..%d" % len(cases))
print("\n".join(lines))
EOF
