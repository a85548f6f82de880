"""Event callbacks: delivery, arguments, deletion, messages, progress,
and what happens to exceptions raised in callbacks."""

import contextlib
import os
import sys

import pytest

import guestfs
from conftest import run_python


class Recorder:
    def __init__(self):
        self.events = []

    def __call__(self, event, event_handle, buf, array):
        self.events.append((event, event_handle, buf, array))

    def bufs(self, event):
        return [b for e, _, b, _ in self.events if e == event]


@pytest.fixture
def unraisable():
    """What reaches sys.unraisablehook during the test, as (exception,
    object) pairs.  (pytest installs its own hook around each test, so
    this replaces it from inside the test.)"""
    seen = []

    @contextlib.contextmanager
    def catch():
        old = sys.unraisablehook
        sys.unraisablehook = lambda u: seen.append((u.exc_value, u.object))
        try:
            yield seen
        finally:
            sys.unraisablehook = old
    return catch


def test_close_event():
    rec = Recorder()
    g = guestfs.GuestFS()
    eh = g.set_event_callback(rec, guestfs.EVENT_CLOSE)
    assert isinstance(eh, int) and eh >= 0
    g.get_memsize()
    assert rec.events == []
    g.close()
    assert rec.events == [(guestfs.EVENT_CLOSE, eh, b"", [])]
    g.close()
    assert len(rec.events) == 1


def test_enter_event(g):
    rec = Recorder()
    g.set_event_callback(rec, guestfs.EVENT_ENTER)
    g.internal_test_rint("1")
    g.get_verbose()
    assert rec.bufs(guestfs.EVENT_ENTER) == [b"internal_test_rint",
                                             b"get_verbose"]


def test_several_callbacks_and_delete(g):
    a, b = Recorder(), Recorder()
    eha = g.set_event_callback(a, guestfs.EVENT_ENTER)
    ehb = g.set_event_callback(b, guestfs.EVENT_ENTER | guestfs.EVENT_TRACE)
    assert eha != ehb
    g.get_memsize()
    g.delete_event_callback(eha)
    g.get_memsize()
    g.delete_event_callback(eha)  # already deleted: nothing happens
    assert len(a.events) == 1
    assert [e[1] for e in b.events] == [ehb, ehb]


def test_bad_callbacks(g):
    with pytest.raises(TypeError, match="not callable"):
        g.set_event_callback(None, guestfs.EVENT_CLOSE)
    with pytest.raises(guestfs.GuestFSError, match="unknown event bits"):
        g.set_event_callback(Recorder(), 1 << 40)


def test_callback_deletes_itself(g):
    calls = []

    def once(event, eh, buf, array):
        calls.append(buf)
        g.delete_event_callback(eh)

    g.set_event_callback(once, guestfs.EVENT_ENTER)
    g.get_memsize()
    g.get_memsize()
    assert calls == [b"get_memsize"]


def test_callback_calls_handle(g):
    """A callback may call methods of its own handle."""
    seen = []

    def cb(event, eh, buf, array):
        if buf == b"internal_test_rint":
            seen.append(g.get_memsize())

    g.set_event_callback(cb, guestfs.EVENT_ENTER)
    assert g.internal_test_rint("5") == 5
    assert seen == [g.get_memsize()]


def test_trace_messages(g):
    rec = Recorder()
    g.set_event_callback(rec, guestfs.EVENT_TRACE)
    g.internal_test_rint("7")
    assert rec.events == []
    g.set_trace(True)
    g.internal_test_rint("7")
    g.internal_test_rbufferout("a\nb")
    trace = rec.bufs(guestfs.EVENT_TRACE)
    assert b'internal_test_rint "7"' in trace
    assert b"internal_test_rint = 7" in trace
    assert any(b"internal_test_rbufferout" in t and b"\\n" in t
               for t in trace)


def test_library_messages(g):
    rec = Recorder()
    g.set_event_callback(rec, guestfs.EVENT_LIBRARY)
    g.add_drive("/dev/null")
    assert rec.events == []
    g.set_verbose(True)
    g.add_drive("/dev/null", readonly=True)
    msgs = rec.bufs(guestfs.EVENT_LIBRARY)
    assert any(m.startswith(b"add_drive: /dev/null") for m in msgs), msgs


def test_messages_without_callback_go_to_stderr(capfd):
    with guestfs.GuestFS() as g:
        g.set_trace(True)
        g.get_memsize()
        rec = Recorder()
        g.set_event_callback(rec, guestfs.EVENT_TRACE)
        g.get_verbose()
    err = capfd.readouterr().err
    assert "trace: get_memsize" in err
    assert "get_verbose" not in err
    assert rec.bufs(guestfs.EVENT_TRACE)[0] == b"get_verbose"


def test_errors_not_printed(capfd):
    """The binding turns errors into exceptions; the library does not
    print them as well."""
    with guestfs.GuestFS() as g:
        with pytest.raises(RuntimeError):
            g.internal_test_rinterr()
    assert capfd.readouterr().err == ""


def test_progress(daemon):
    """Progress events from the real daemon (host mode): position and
    total grow to a final position == total."""
    g = guestfs.GuestFS()
    rec = Recorder()
    g.set_event_callback(rec, guestfs.EVENT_PROGRESS)
    g.set_backend(daemon)
    g.launch()
    g.debug("progress", ["3"])
    g.close()
    arrays = [a for _, _, _, a in rec.events]
    assert len(arrays) >= 2, arrays
    for proc_nr, serial, position, total in arrays:
        assert proc_nr == 69  # debug
        assert position <= total
    assert arrays[-1][2] == arrays[-1][3]
    assert len({a[1] for a in arrays}) == 1  # one call, one serial


# ------------------------------------------------- exceptions in callbacks


class Boom(Exception):
    pass


def raiser(exc):
    def cb(event, eh, buf, array):
        raise exc
    return cb


def test_exception_reraised_from_call(g, unraisable):
    g.set_event_callback(raiser(Boom("in callback")), guestfs.EVENT_ENTER)
    with unraisable() as seen, pytest.raises(Boom, match="in callback"):
        g.internal_test_rint("1")
    assert seen == []


def test_exception_after_call_completed(g, capfd):
    """The call itself still ran to completion in the library."""
    g.set_event_callback(raiser(Boom()), guestfs.EVENT_ENTER)
    with pytest.raises(Boom):
        g.internal_test_only_optargs(test=9)
    assert capfd.readouterr().out == "test: 9\n"


def test_exception_and_call_error(g):
    g.set_event_callback(raiser(Boom()), guestfs.EVENT_ENTER)
    with pytest.raises(Boom) as e:
        g.internal_test_rinterr()
    assert isinstance(e.value.__context__, guestfs.GuestFSError)
    assert str(e.value.__context__) == "internal_test_rinterr: error"


def test_handle_usable_after_callback_exception(g):
    eh = g.set_event_callback(raiser(Boom()), guestfs.EVENT_ENTER)
    with pytest.raises(Boom):
        g.get_memsize()
    g.delete_event_callback(eh)
    assert g.internal_test_rint("3") == 3


def test_second_exception_unraisable(g, unraisable):
    """The first exception of a call is raised by it; later ones go to
    sys.unraisablehook, naming the callback."""
    g.set_event_callback(raiser(Boom("first")), guestfs.EVENT_ENTER)
    g.set_event_callback(raiser(Boom("second")), guestfs.EVENT_ENTER)
    with unraisable() as seen, pytest.raises(Boom, match="first"):
        g.get_memsize()
    assert [str(e) for e, _ in seen] == ["second"]
    assert "guestfs event callback" in repr(seen[0][1])


def test_exception_in_nested_call(g, unraisable):
    """A callback calling the handle: the inner call raises the inner
    exception, which propagates out of the outer callback and is raised
    by the outer call."""
    def cb(event, eh, buf, array):
        if buf == b"get_memsize":
            g.get_verbose()
        elif buf == b"get_verbose":
            raise Boom("inner")

    g.set_event_callback(cb, guestfs.EVENT_ENTER)
    with unraisable() as seen, pytest.raises(Boom, match="inner"):
        g.get_memsize()
    assert seen == []


def test_keyboard_interrupt_in_callback(g):
    g.set_event_callback(raiser(KeyboardInterrupt()), guestfs.EVENT_ENTER)
    with pytest.raises(KeyboardInterrupt):
        g.get_memsize()


def test_exception_in_close_callback_explicit(unraisable):
    g = guestfs.GuestFS()
    g.set_event_callback(raiser(Boom("closing")), guestfs.EVENT_CLOSE)
    with unraisable() as seen, pytest.raises(Boom, match="closing"):
        g.close()
    with pytest.raises(guestfs.ClosedHandle):
        g.get_memsize()
    assert seen == []


def test_exception_in_close_callback_with():
    with pytest.raises(Boom):
        with guestfs.GuestFS() as g:
            g.set_event_callback(raiser(Boom()), guestfs.EVENT_CLOSE)


def test_exception_in_close_callback_del(unraisable):
    """Closed by garbage collection: nobody to raise to."""
    g = guestfs.GuestFS()
    g.set_event_callback(raiser(Boom("from del")), guestfs.EVENT_CLOSE)
    with unraisable() as seen:
        del g
    assert [str(e) for e, _ in seen] == ["from del"]


CLOSE_FROM_CALLBACK = """
import guestfs
g = guestfs.GuestFS()
def cb(event, eh, buf, array):
    try:
        g.close()
    except guestfs.GuestFSError as e:
        print("refused:", e)
eh = g.set_event_callback(cb, guestfs.EVENT_ENTER)
print(g.internal_test_rstring("abc"))
g.delete_event_callback(eh)
print(g.internal_test_rint("4"))
g.close()
"""


def test_close_from_callback_refused():
    """Closing the handle from a callback of a call still running on it
    would free the C handle under that call (a crash, hence the separate
    interpreter): it is refused, and the handle stays open and usable."""
    p = run_python(CLOSE_FROM_CALLBACK, env=dict(os.environ,
                                                 MALLOC_PERTURB_="85"))
    assert p.returncode == 0, p.stderr.decode()
    out = p.stdout.decode().splitlines()
    assert len(out) == 3 and out[1:] == ["abc", "4"], out
    assert out[0].startswith("refused: close: ") and "callback" in out[0]


def test_event_arguments_out_of_range(g):
    """Values that do not fit the C types are refused, not truncated
    into another bitmask or another callback's event handle."""
    rec = Recorder()
    eh = g.set_event_callback(rec, guestfs.EVENT_ENTER)
    with pytest.raises(ValueError, match="set_event_callback: .*range"):
        g.set_event_callback(Recorder(), (1 << 64) | guestfs.EVENT_ENTER)
    with pytest.raises(OverflowError, match="delete_event_callback: "):
        g.delete_event_callback(eh + (1 << 32))
    with pytest.raises(TypeError, match="delete_event_callback: "):
        g.delete_event_callback("0")
    g.get_memsize()
    assert rec.bufs(guestfs.EVENT_ENTER) == [b"get_memsize"]
