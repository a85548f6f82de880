"""Writing generated files: a banner naming the source, write-if-changed,
and a check mode that reports stale files instead of writing."""

import os
import sys

ROOT = None  # the source tree, set by main.py
CHECK = False  # True: compare only
stale = []  # files that differ from what would be generated
written = []


def banner(backend, comment=("/* ", " * ", " */")):
    first, mid, last = comment
    lines = [
        "%sGENERATED FILE: do not edit." % first,
        "%sMade by generator/%s from generator/api.py;" % (mid, backend),
        "%schange those and run 'make -C generator' (or just 'make')."
        % mid,
    ]
    if last:
        lines.append(last)
    return "\n".join(lines) + "\n"


def output(relpath, text, executable=False):
    path = os.path.join(ROOT, relpath)
    old = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    if old == text:
        return
    if CHECK:
        stale.append(relpath)
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    if executable:
        os.chmod(tmp, 0o755)
    os.replace(tmp, path)
    written.append(relpath)


def c_string(s):
    """A C string literal for s (which may already use C escapes, as
    test strings do, so backslashes pass through)."""
    return '"' + s.replace('"', '\\"').replace("\n", "\\n") + '"'


def die(msg):
    sys.stderr.write("generator: %s\n" % msg)
    sys.exit(1)
