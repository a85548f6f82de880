"""Shared fixtures of the Python binding's tests.

Run through run-tests.sh (or `./run /usr/bin/python3 -m pytest
bindings/python/t`): ./run puts the in-tree library and module first.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import guestfs

HERE = Path(__file__).resolve().parent
TOP_SRC = Path(os.environ.get("abs_top_srcdir") or HERE.parents[2])
TOP_BUILD = Path(os.environ.get("abs_top_builddir") or HERE.parents[2])

# A real launch under TCG takes a few seconds; this bounds a broken one.
LAUNCH_TIMEOUT = 300


@pytest.fixture
def g():
    h = guestfs.GuestFS()
    yield h
    h.close()


def run_python(code, timeout=60, **kw):
    """Run code in a fresh interpreter with the same environment (so the
    same in-tree module and library); returns the CompletedProcess."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True,
                          timeout=timeout, **kw)


@pytest.fixture
def daemon(tmp_path):
    """guestfsd in host mode: yields the unix: backend string for
    set_backend.  It serves one connection at a time."""
    sock = tmp_path / "sock"
    sysroot = tmp_path / "sysroot"
    proc = subprocess.Popen([str(TOP_BUILD / "daemon" / "guestfsd"),
                             "--listen", str(sock),
                             "--sysroot", str(sysroot)])
    try:
        deadline = time.monotonic() + 30
        while not sock.exists():
            if proc.poll() is not None:
                pytest.fail("guestfsd exited with status %d" % proc.returncode)
            if time.monotonic() > deadline:
                pytest.fail("guestfsd did not create %s" % sock)
            time.sleep(0.05)
        yield "unix:%s" % sock
    finally:
        proc.kill()
        proc.wait()


@pytest.fixture
def appliance_handle():
    """A handle with one 512 MiB scratch disk, set up to launch a real
    appliance (launched by the test, so it can watch the launch)."""
    h = guestfs.GuestFS()
    h.set_backend("direct")
    h.set_backend_settings(h.get_backend_settings() +
                           ["launch_timeout=%d" % LAUNCH_TIMEOUT])
    h.add_drive_scratch(512 * 1024 * 1024)
    yield h
    h.close()
