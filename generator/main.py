#!/usr/bin/env python3
"""Run every generator backend over generator/api.py.

  generator/main.py           write the generated files into the tree
  generator/main.py --check   write nothing; exit 1 listing stale files

Backends are imported lazily so one that is not written yet does not
stop the others.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import api  # noqa: E402
import emit  # noqa: E402
import validate  # noqa: E402

BACKENDS = ["protocol", "c", "daemon", "docs", "tests", "python"]


def main():
    emit.ROOT = os.path.dirname(HERE)
    emit.CHECK = "--check" in sys.argv[1:]
    validate.validate()
    for name in BACKENDS:
        if not os.path.exists(os.path.join(HERE, name + ".py")):
            continue
        __import__(name).generate()
    if emit.CHECK:
        if emit.stale:
            sys.stderr.write("generator: stale generated files (run "
                             "generator/main.py and commit):\n  " +
                             "\n  ".join(emit.stale) + "\n")
            sys.exit(1)
        print("generator: all generated files are up to date")
    else:
        for f in emit.written:
            print("generator: wrote %s" % f)


main()
