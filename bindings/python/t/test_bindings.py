"""The shared bindings test (tests/bindings/README.md): the generated
bindings_sequence.py must print tests/bindings/expected.txt, the output
of the C reference, byte for byte.  It runs in its own process so the
library's and Python's output reach the pipe in call order."""

import subprocess
import sys

from conftest import HERE, TOP_SRC


def test_bindings_sequence():
    expected = (TOP_SRC / "tests" / "bindings" / "expected.txt").read_bytes()
    p = subprocess.run([sys.executable, str(HERE / "bindings_sequence.py")],
                       capture_output=True, timeout=60)
    assert p.stderr == b""
    assert p.returncode == 0
    assert p.stdout.decode("latin-1").splitlines() == \
        expected.decode("latin-1").splitlines()
    assert p.stdout == expected
