"""Threads: handles used from several threads at once, the GIL released
during long calls, user_cancel from another thread."""

import os
import threading
import time

import pytest

import guestfs


def run_threads(targets):
    """Run each target in its own thread; re-raise the first failure."""
    errors = []

    def wrap(f):
        def run():
            try:
                f()
            except BaseException as e:
                errors.append(e)
        return run

    ts = [threading.Thread(target=wrap(f)) for f in targets]
    for t in ts:
        t.start()
    for t in ts:
        t.join(120)
        assert not t.is_alive()
    if errors:
        raise errors[0]


def test_handle_per_thread():
    def work(n):
        def run():
            with guestfs.GuestFS() as g:
                entered = []
                g.set_event_callback(
                    lambda *a: entered.append(threading.get_ident()),
                    guestfs.EVENT_ENTER)
                g.set_memsize(500 + n)
                for i in range(2000):
                    assert g.internal_test_rint(str(i + n)) == i + n
                    assert g.internal_test_rstringlist("3") == ["0", "1", "2"]
                    assert g.get_memsize() == 500 + n
                assert set(entered) == {threading.get_ident()}
                assert len(entered) == 6001
        return run

    run_threads([work(n) for n in range(4)])


def test_shared_handle():
    """Calls on one handle from several threads are serialised: each
    error is raised with its own message."""
    g = guestfs.GuestFS()

    def work(rtype):
        def run():
            for _ in range(2000):
                with pytest.raises(RuntimeError) as e:
                    getattr(g, "internal_test_%serr" % rtype)()
                assert str(e.value) == "internal_test_%serr: error" % rtype
                assert getattr(g, "internal_test_" + rtype)("1") is not None
        return run

    run_threads([work(r) for r in ("rint", "rstring", "rstringlist",
                                   "rbufferout")])
    g.close()


def test_gil_released_during_long_call(daemon):
    """While one thread waits in a long call (the daemon's 'debug
    progress' runs for 3 s), the others keep running Python code, and
    the progress callbacks run in the calling thread."""
    g = guestfs.GuestFS()
    g.set_backend(daemon)
    g.launch()
    callers = []
    g.set_event_callback(lambda *a: callers.append(threading.get_ident()),
                         guestfs.EVENT_PROGRESS)
    state = {}

    def long_call():
        state["ident"] = threading.get_ident()
        state["start"] = time.monotonic()
        g.debug("progress", ["3"])
        state["end"] = time.monotonic()

    t = threading.Thread(target=long_call)
    t.start()
    ticks = 0
    while t.is_alive():
        ticks += 1
        time.sleep(0.01)
    t.join()
    g.close()
    assert state["end"] - state["start"] >= 2.5
    # About 300 if this thread never waited, 1 if the GIL was held.
    assert ticks > 30
    assert callers and set(callers) == {state["ident"]}


def test_user_cancel_from_other_thread(daemon, tmp_path):
    """An upload from a pipe that never ends is cancelled by another
    thread; the handle stays usable."""
    g = guestfs.GuestFS()
    g.set_backend(daemon)
    g.launch()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    stop = threading.Event()

    def writer():
        try:
            with open(fifo, "wb") as f:
                while not stop.is_set():
                    f.write(b"x" * 65536)
                    f.flush()
                    time.sleep(0.01)
        except BrokenPipeError:  # the library stopped reading
            pass

    def canceller():
        time.sleep(1)
        g.user_cancel()

    w = threading.Thread(target=writer)
    c = threading.Thread(target=canceller)
    w.start()
    c.start()
    try:
        with pytest.raises(guestfs.GuestFSError):
            g.upload(str(fifo), "/cancelled")
    finally:
        stop.set()
        c.join()
        try:  # unblock a writer still opening the pipe
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
        except OSError:
            pass
        w.join(10)
    g.ping_daemon()
    g.close()
