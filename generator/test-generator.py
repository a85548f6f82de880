#!/usr/bin/env python3
"""Tests of the generator itself (TAP): main.py --check over the real
description, and the errors for what the generator does not know.

Each case runs main.main(["--check"]) in a fresh interpreter after
changing the description (or a backend's table) in memory, so nothing
is written and the tree is left alone.
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

PRELUDE = """
import sys
sys.path.insert(0, %r)
import api
import model
import main

def action(name):
    return [a for a in api.ACTIONS if a.name == name][0]
""" % HERE

RUN = """
status = main.main(["--check"])
%s
sys.exit(status)
"""

# (what, code run before main --check, expected exit status, regexp the
# output must match[, code run after])
CASES = [
    ("--check passes on the real description", "", 0,
     r"^generator: \d+ files generated \(none written\), 0 differ"),
    ("--check writes nothing, even when the output changes",
     'action("mkdir").longdesc += " CHANGED-BY-TEST"\n', 0,
     r"generator: \d+ files generated \(none written\), [1-9]\d* differ",
     "import os\n"
     "with open(os.path.join(%r, 'include', 'guestfs.h')) as f:\n"
     "    assert 'CHANGED-BY-TEST' not in f.read(), 'guestfs.h written'\n"
     % ROOT),
    ("a missing backend is an error",
     'main.BACKENDS.append("nosuch")\n', 1,
     r"^generator: backend generator/nosuch\.py is missing$"),
    ("an argument of unknown kind is an error naming the action",
     "class Weird(model.String):\n"
     "    kind = 'Weird'\n"
     "action('mkdir').args.append(Weird('w'))\n", 1,
     r"^generator: mkdir: argument w: unknown kind Weird$"),
    ("an optional argument of unknown kind is an error",
     "class OWeird(model.OString):\n"
     "    kind = 'OWeird'\n"
     "action('mkfs').optargs.append(OWeird('w'))\n", 1,
     r"^generator: mkfs: optional argument w: unknown kind OWeird$"),
    ("a return value of unknown kind is an error",
     "class RWeird(model.RString):\n"
     "    kind = 'RWeird'\n"
     "action('cat').ret = RWeird()\n", 1,
     r"^generator: cat: return value: unknown kind RWeird$"),
    ("a struct field of unknown kind is an error",
     "api.STRUCTS[0].fields.append(('w', 'FWeird'))\n", 1,
     r"^generator: struct \w+: field w: unknown kind FWeird$"),
] + [
    # A kind the model knows but a backend does not handle: the backend
    # fails instead of treating it as a string.
    ("generator/%s.py fails on an argument kind it does not handle"
     % backend,
     "class Int32(model.Arg):\n"
     "    kind = 'Int32'\n"
     "    ctype = 'int32_t '\n"
     "    is_string = False\n"
     "model.ARG_TYPES += (Int32,)\n"
     "action('mkdir').args.append(Int32('w'))\n"
     "main.BACKENDS = [%r]\n" % backend, 1,
     r"^generator: generator/%s\.py: mkdir: argument w: "
     r"unknown kind Int32$" % backend)
    for backend in ("protocol", "c", "daemon", "python", "perl", "ocaml")
] + [
    ("a template %s is an error" % what,
     "import emit, os, tempfile\n"
     "with tempfile.TemporaryDirectory() as emit.ROOT:\n"
     "    with open(os.path.join(emit.ROOT, 't.in'), 'w') as f:\n"
     "        f.write(%r)\n"
     "    try:\n"
     "        emit.template('t.in', {'@A@': list, '@B@': list})\n"
     "    except emit.Error as e:\n"
     "        sys.exit('generator: %%s' %% e)\n" % text, 1,
     r"^generator: t\.in: %s$" % error)
    for what, text, error in [
        ("without a marker", "x\n@A@\ny\n", "missing @B@"),
        ("with a marker twice", "@A@\n@B@\n@A@\n", "@A@ twice"),
    ]
] + [
    # The real template, copied without one marker into a scratch tree:
    # c.py must fill every marker, not just the ones it finds.
    ("include/guestfs.h.in without a marker is an error",
     "import emit, os, shutil, tempfile\n"
     "real = emit.template\n"
     "def template(relpath, parts):\n"
     "    if relpath != 'include/guestfs.h.in':\n"
     "        return real(relpath, parts)\n"
     "    with open(os.path.join(emit.ROOT, relpath)) as f:\n"
     "        text = f.read()\n"
     "    assert '\\n@ACTIONS@\\n' in text\n"
     "    root, emit.ROOT = emit.ROOT, tempfile.mkdtemp()\n"
     "    os.mkdir(os.path.join(emit.ROOT, 'include'))\n"
     "    with open(os.path.join(emit.ROOT, relpath), 'w') as f:\n"
     "        f.write(text.replace('\\n@ACTIONS@\\n', '\\n'))\n"
     "    try:\n"
     "        return real(relpath, parts)\n"
     "    finally:\n"
     "        shutil.rmtree(emit.ROOT)\n"
     "        emit.ROOT = root\n"
     "emit.template = template\n", 1,
     r"^generator: generator/c\.py: include/guestfs\.h\.in: "
     r"missing @ACTIONS@$"),
] + [
    ("a binding backend fails on a return kind it does not handle",
     "import bindings\n"
     "del bindings.RET_INFO['RInt64']\n", 1,
     r"^generator: generator/python\.py: \w+: return value: "
     r"unknown kind RInt64$"),
]


def run_case(code, after=""):
    p = subprocess.run([sys.executable, "-c", PRELUDE + code + RUN % after],
                       capture_output=True, text=True, timeout=300)
    return p.returncode, (p.stdout + p.stderr).strip()


def main():
    print("1..%d" % len(CASES))
    failed = 0
    for n, (what, code, status, pattern, *after) in enumerate(CASES, 1):
        rc, out = run_case(code, *after)
        ok = rc == status and re.search(pattern, out, re.M)
        print("%sok %d - %s" % ("" if ok else "not ", n, what))
        if not ok:
            failed += 1
            print("# exit status %d (expected %d), output:" % (rc, status))
            for line in out.split("\n"):
                print("#   " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
