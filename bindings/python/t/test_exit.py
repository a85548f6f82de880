"""Interpreter exit with handles still open, in a fresh interpreter: each
handle is closed exactly once, while Python is alive enough for the
CLOSE callbacks to run, with nothing printed on stderr."""

from conftest import run_python

PRELUDE = """
import sys
import guestfs

def on_close(name):
    def cb(event, eh, buf, array):
        print("closed", name, guestfs.event_to_string(event), flush=True)
    return cb

def handle(name, **kw):
    g = guestfs.GuestFS(**kw)
    g.set_event_callback(on_close(name), guestfs.EVENT_CLOSE)
    return g
"""


def run(code):
    p = run_python(PRELUDE + code)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def test_open_at_exit():
    rc, out, err = run("g = handle('a')\n")
    assert (rc, out, err) == (0, "closed a close\n", "")


def test_several_open_at_exit():
    rc, out, err = run("hs = [handle(n) for n in 'abc']\n"
                       "hs[1].close()\n")
    assert rc == 0 and err == ""
    assert out.startswith("closed b close\n")
    assert sorted(out.splitlines()) == ["closed a close", "closed b close",
                                        "closed c close"]


def test_closed_before_exit():
    rc, out, err = run("g = handle('a')\ng.close()\nprint('end')\n")
    assert (rc, out, err) == (0, "closed a close\nend\n", "")


def test_del_before_exit():
    rc, out, err = run("g = handle('a')\ndel g\nprint('end')\n")
    assert (rc, out, err) == (0, "closed a close\nend\n", "")


def test_with_block_then_exit():
    rc, out, err = run("with handle('a') as g:\n    pass\nprint('end')\n")
    assert (rc, out, err) == (0, "closed a close\nend\n", "")


def test_open_at_sys_exit():
    rc, out, err = run("g = handle('a')\nsys.exit(3)\n")
    assert (rc, out, err) == (3, "closed a close\n", "")


def test_handle_in_cycle_at_exit():
    rc, out, err = run("g = handle('a')\ng.me = g\n"
                       "g.set_event_callback(lambda *a: g, guestfs.EVENT_ALL)\n")
    assert (rc, out, err) == (0, "closed a close\n", "")


def test_user_atexit_handler_can_use_handle():
    """Handlers registered after importing guestfs run first, with the
    handle still open."""
    rc, out, err = run("import atexit\ng = handle('a')\n"
                       "atexit.register(lambda: print('memsize', "
                       "g.get_memsize() > 0, flush=True))\n")
    assert (rc, out, err) == (0, "memsize True\nclosed a close\n", "")


def test_no_close_on_exit():
    rc, out, err = run("g = handle('a', close_on_exit=False)\n"
                       "h = handle('b')\n")
    assert (rc, out, err) == (0, "closed b close\n", "")


def test_callback_raises_at_exit():
    rc, out, err = run("def bad(*a):\n    raise KeyError('at exit')\n"
                       "g = handle('a')\n"
                       "g.set_event_callback(bad, guestfs.EVENT_CLOSE)\n")
    assert rc == 0
    assert out == "closed a close\n"
    assert "guestfs event callback <function bad" in err
    assert "KeyError: 'at exit'" in err
