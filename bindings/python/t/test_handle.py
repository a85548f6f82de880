"""Handles: creation flags, several handles, closing, arguments and
optional arguments, errors."""

import errno
import gc
import pathlib
import warnings

import pytest

import guestfs


def test_create_and_close():
    g = guestfs.GuestFS()
    assert g.is_config() is True
    assert g.get_state() == 0
    g.close()
    g.close()  # closing again does nothing


def test_closed_handle_raises():
    g = guestfs.GuestFS()
    g.close()
    with pytest.raises(guestfs.ClosedHandle, match="get_memsize: .*closed"):
        g.get_memsize()
    with pytest.raises(ValueError):
        g.add_drive("/dev/null", readonly=True)
    with pytest.raises(guestfs.ClosedHandle):
        g.set_event_callback(lambda *a: None, guestfs.EVENT_CLOSE)
    with pytest.raises(guestfs.ClosedHandle):
        g.delete_event_callback(0)
    with pytest.raises(guestfs.ClosedHandle):
        g.user_cancel()


def test_context_manager():
    with guestfs.GuestFS() as g:
        closed = []
        g.set_event_callback(lambda *a: closed.append(a), guestfs.EVENT_CLOSE)
        assert g.get_memsize() > 0
    assert len(closed) == 1
    with pytest.raises(guestfs.ClosedHandle):
        g.get_memsize()


def test_environment(monkeypatch):
    monkeypatch.setenv("LIBGUESTFS_TRACE", "1")
    monkeypatch.setenv("LIBGUESTFS_MEMSIZE", "700")
    with guestfs.GuestFS() as g:
        assert g.get_trace() is True
        assert g.get_memsize() == 700
    with guestfs.GuestFS(environment=False) as g:
        assert g.get_trace() is False
        assert g.get_memsize() != 700


def test_create_fails(monkeypatch):
    monkeypatch.setenv("LIBGUESTFS_MEMSIZE", "lots")
    with pytest.raises(guestfs.GuestFSError) as e:
        guestfs.GuestFS()
    assert e.value.errno == errno.EINVAL
    assert str(e.value).startswith("guestfs_create: ")
    # environment=False does not look at it.
    guestfs.GuestFS(environment=False).close()


def test_several_handles():
    hs = [guestfs.GuestFS() for _ in range(5)]
    for i, h in enumerate(hs):
        h.set_memsize(600 + i)
        h.set_program("prog%d" % i)
    for i, h in enumerate(hs):
        assert h.get_memsize() == 600 + i
        assert h.get_program() == "prog%d" % i
    hs[2].close()
    assert hs[3].get_memsize() == 603
    for h in hs:
        h.close()


def test_del_closes():
    closed = []
    g = guestfs.GuestFS()
    g.set_event_callback(lambda *a: closed.append(a[0]), guestfs.EVENT_CLOSE)
    del g
    assert closed == [guestfs.EVENT_CLOSE]


def test_del_closes_cycle():
    """A callback that refers to its handle makes a cycle; the garbage
    collector still frees (and closes) the handle, once."""
    closed = []

    def make():
        g = guestfs.GuestFS()
        g.set_event_callback(lambda *a: closed.append(g.__class__),
                             guestfs.EVENT_CLOSE)

    make()
    gc.collect()
    assert closed == [guestfs.GuestFS]


def test_optional_arguments(capfd):
    g = guestfs.GuestFS()
    g.add_drive("/dev/null", readonly=True, format="raw")
    g.add_drive_opts("/dev/null", readonly=True, cachemode="unsafe")
    g.add_drive_ro("/dev/null")
    g.internal_test_only_optargs()
    g.internal_test_only_optargs(test=3)
    g.internal_test_only_optargs(None)  # None leaves it unset
    g.internal_test("s", None, [], False, 0, 0, "i", "o", b"",
                    ostringlist=["p", "q"], oint64=-5)
    g.close()
    out = capfd.readouterr().out
    assert out.startswith("test: unset\ntest: 3\ntest: unset\n")
    assert "oint64: -5\n" in out
    assert "ostringlist: [p, q]\n" in out
    assert "obool: unset\n" in out


def test_unknown_keyword(g):
    with pytest.raises(TypeError):
        g.add_drive("/dev/null", nosuchoption=True)
    with pytest.raises(TypeError):
        g.internal_test_only_optargs(1, 2)


def test_argument_conversion(g, capfd):
    g.internal_test(b"bytes", "caf\u00e9", ("t", b"u"), 1, -7, 1 << 40,
                    pathlib.Path("/in"), pathlib.PurePath("out"),
                    bytearray(b"\x01ab"))
    out = capfd.readouterr().out.splitlines()
    assert out[:9] == ["str: bytes", "optstr: caf\u00e9", "strlist: [t, u]",
                       "b: true", "integer: -7", "integer64: 1099511627776",
                       "filein: /in", "fileout: out", "bufferin: \\x01ab"]
    # Bytes that are not UTF-8 go through as they are and come back as
    # surrogate escapes that encode back to the same bytes.
    r = g.internal_test_rstring(b"\xff\xfe")
    assert r == "\udcff\udcfe"
    assert g.internal_test_rstring(r) == r
    assert g.internal_test_rbufferout("caf\u00e9") == b"caf\xc3\xa9"


BAD_ARGUMENTS = {
    "string-not-str": (lambda g: g.internal_test_rint(5), TypeError,
                       "internal_test_rint: val: expected str or bytes, "
                       "not int"),
    "string-with-nul": (lambda g: g.internal_test_rint("a\0b"), ValueError,
                        "internal_test_rint: val: embedded NUL"),
    "stringlist-str": (lambda g: g.set_backend_settings("force_tcg"),
                       TypeError, "settings: expected a list"),
    "stringlist-int-item": (lambda g: g.set_backend_settings([1]), TypeError,
                            "settings: expected str or bytes, not int"),
    "int-overflow": (lambda g: g.set_memsize(1 << 31), OverflowError,
                     "set_memsize: memsize: 2147483648 does not fit in 32 "
                     "bits"),
    "int-str": (lambda g: g.set_memsize("512"), TypeError,
                "set_memsize: memsize: expected int, not str"),
    "bool-str": (lambda g: g.set_verbose("yes"), TypeError, "expected int"),
    "int64-overflow": (lambda g: g.add_drive_scratch(1 << 63),
                       OverflowError, "64 bits"),
    "optarg-float": (lambda g: g.internal_test_only_optargs(test=1.5),
                     TypeError, "test: expected int, not float"),
    "buffer-int": (lambda g: g.write("/f", 3), TypeError,
                   "content: expected bytes or str, not int"),
}


@pytest.mark.parametrize("case", BAD_ARGUMENTS)
def test_bad_arguments(g, case):
    call, exc, msg = BAD_ARGUMENTS[case]
    with pytest.raises(exc, match=msg):
        call(g)
    assert g.get_memsize() > 0  # still usable


def test_error(g):
    with pytest.raises(guestfs.GuestFSError) as e:
        g.add_drive("/nonexistent/disk.img")
    assert isinstance(e.value, RuntimeError)
    assert "/nonexistent/disk.img" in str(e.value)
    assert e.value.errno == errno.ENOENT
    # The handle is still usable, and an error without errno has 0.
    g.add_drive("/dev/null")
    with pytest.raises(RuntimeError) as e:
        g.internal_test_rinterr()
    assert e.value.errno == 0


def test_state_error(g):
    with pytest.raises(RuntimeError, match="get_pid"):
        g.get_pid()
    with pytest.raises(RuntimeError, match="list_devices"):
        g.list_devices()


def test_deprecated(g):
    with pytest.warns(DeprecationWarning,
                      match="get_attach_method is deprecated: use "
                            "get_backend instead"):
        backend = g.get_attach_method()
    assert backend == g.get_backend()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        g.get_backend()


def test_backend_properties(g):
    g.set_backend_settings(["force_tcg", "launch_timeout=10"])
    assert g.get_backend_settings() == ["force_tcg", "launch_timeout=10"]
    g.set_append(None)
    assert g.get_append() is None
    g.set_append("quiet")
    assert g.get_append() == "quiet"
    g.set_path("/some/where")
    assert g.get_path() == "/some/where"
