#!/usr/bin/env python3
"""Run every generator backend over generator/api.py.

  generator/main.py           write the generated files into the tree
  generator/main.py --check   validate the description and run every
                              backend, writing nothing: fails on any
                              generator error, or on a generated file
                              that git does not ignore

Every backend must be there: a missing one is an error, not a file
silently left as it was.
"""

import importlib
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import emit  # noqa: E402

BACKENDS = ["protocol", "c", "daemon", "docs", "tests", "python", "perl",
            "ocaml"]


def not_ignored(outputs):
    """Generated files that git does not ignore: they would end up
    committed.  Outside a git checkout (a tarball) there is nothing to
    check."""
    if not os.path.exists(os.path.join(emit.ROOT, ".git")) or \
            shutil.which("git") is None:
        return []
    r = subprocess.run(["git", "-C", emit.ROOT, "check-ignore", "--stdin"],
                       input="\n".join(outputs), capture_output=True,
                       text=True)
    if r.returncode not in (0, 1):
        emit.die("git check-ignore failed: %s" % r.stderr.strip())
    return sorted(set(outputs) - set(r.stdout.split()))


def generate():
    for name in BACKENDS:
        if not os.path.exists(os.path.join(HERE, name + ".py")):
            emit.die("backend generator/%s.py is missing" % name)
    import validate
    validate.validate()
    for name in BACKENDS:
        backend = importlib.import_module(name)
        try:
            backend.generate()
        except emit.Error as e:
            emit.die("generator/%s.py: %s" % (name, e))


def main(argv):
    emit.ROOT = os.path.dirname(HERE)
    emit.CHECK = "--check" in argv
    try:
        generate()
        if emit.CHECK:
            missing = not_ignored(emit.outputs)
            if missing:
                emit.die("git does not ignore these generated files:"
                         "\n  " + "\n  ".join(missing))
    except emit.Error as e:
        sys.stderr.write("generator: %s\n" % e)
        return 1
    if emit.CHECK:
        print("generator: %d files generated (none written), %d differ "
              "from the tree" % (len(emit.outputs), len(emit.changed)))
    else:
        for f in emit.changed:
            print("generator: wrote %s" % f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
