"""The module itself: names, constants, event_to_string, and the type
stub agreeing with the module."""

import ast
import inspect
from pathlib import Path

import pytest

import guestfs

EVENTS = {
    "CLOSE": 0x0001, "SUBPROCESS_QUIT": 0x0002, "LAUNCH_DONE": 0x0004,
    "PROGRESS": 0x0008, "APPLIANCE": 0x0010, "LIBRARY": 0x0020,
    "TRACE": 0x0040, "ENTER": 0x0080, "LIBVIRT_AUTH": 0x0100,
    "WARNING": 0x0200,
}


def test_exported_names():
    for name in guestfs.__all__:
        assert hasattr(guestfs, name), name
    assert issubclass(guestfs.GuestFSError, RuntimeError)
    assert issubclass(guestfs.ClosedHandle, ValueError)


def test_event_constants():
    for name, bit in EVENTS.items():
        assert getattr(guestfs, "EVENT_" + name) == bit
    assert guestfs.EVENT_ALL == sum(EVENTS.values())


def test_event_to_string():
    assert guestfs.event_to_string(guestfs.EVENT_CLOSE) == "close"
    assert guestfs.event_to_string(
        guestfs.EVENT_PROGRESS | guestfs.EVENT_CLOSE) == "close,progress"
    assert guestfs.event_to_string(0) == ""
    # In alphabetical order, as libguestfs's.
    names = guestfs.event_to_string(guestfs.EVENT_ALL).split(",")
    assert names == sorted(n.lower() for n in EVENTS)


def test_event_to_string_bad():
    with pytest.raises(ValueError, match="unknown event"):
        guestfs.event_to_string(1 << 40)
    with pytest.raises(ValueError, match="out of range"):
        guestfs.event_to_string(-1)
    with pytest.raises(TypeError):
        guestfs.event_to_string("close")


def test_methods_have_docstrings():
    doc = guestfs.GuestFS.add_drive.__doc__
    assert doc.startswith("add an image to examine or modify")
    assert "readonly" in doc and "Returns: None." in doc
    assert "Deprecated: use shutdown instead." in \
        guestfs.GuestFS.kill_subprocess.__doc__
    assert "list of str" in guestfs.GuestFS.list_devices.__doc__
    assert "sys.unraisablehook" in guestfs.__doc__


def test_opts_alias():
    assert guestfs.GuestFS.add_drive_opts is guestfs.GuestFS.add_drive
    assert guestfs.GuestFS.mkfs_opts is guestfs.GuestFS.mkfs
    assert not hasattr(guestfs.GuestFS, "launch_opts")


def test_optargs_signature():
    sig = inspect.signature(guestfs.GuestFS.add_drive)
    params = list(sig.parameters.values())
    assert [p.name for p in params[:2]] == ["self", "filename"]
    assert params[1].default is inspect.Parameter.empty
    assert all(p.default is None for p in params[2:])
    assert "readonly" in sig.parameters and "format" in sig.parameters


def stub_methods():
    tree = ast.parse(Path(guestfs.__file__).with_suffix(".pyi").read_text())
    cls = [n for n in tree.body
           if isinstance(n, ast.ClassDef) and n.name == "GuestFS"][0]
    return {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}


def test_stub_matches_module():
    """Every public method is in the stub with the same parameters, and
    the stub names nothing the module lacks."""
    stub = stub_methods()
    public = {n for n in dir(guestfs.GuestFS)
              if not n.startswith("_") and callable(getattr(guestfs.GuestFS,
                                                            n))}
    assert public == {n for n in stub if not n.startswith("_")}
    for name in public | {"__init__"}:
        sig = inspect.signature(getattr(guestfs.GuestFS, name))
        f = stub[name].args
        stub_params = [a.arg for a in f.posonlyargs + f.args + f.kwonlyargs]
        if f.vararg:
            stub_params.append(f.vararg.arg)
        assert stub_params == list(sig.parameters), name


def test_stub_types():
    stub = stub_methods()
    assert ast.unparse(stub["list_devices"].returns) == "List[str]"
    assert ast.unparse(stub["read_file"].returns) == "bytes"
    assert ast.unparse(stub["version"].returns) == "_Version"
    assert ast.unparse(stub["readdir"].returns) == "List[_Dirent]"
    add_drive = {a.arg: ast.unparse(a.annotation)
                 for a in stub["add_drive"].args.args[1:]}
    assert add_drive["filename"] == "_Str"
    assert add_drive["readonly"] == "Optional[bool]"
