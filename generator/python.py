"""The Python binding: bindings/python/guestfs.py (a ctypes module, no
compile step), its type stub guestfs.pyi, and the shared bindings test
sequence bindings/python/t/bindings_sequence.py.

The module has two parts: RUNTIME below (argument conversion, calls,
results, errors, events, closing), the same for every action, and the
generated part: one table entry (_Action) and one method per action,
plus the struct layouts and event constants.  The classification of the
C API comes from bindings.py, shared with the other bindings.
"""

import keyword
import textwrap

import api
import bindings as B
import emit

MODULE_DOC = '''\
"""Python binding for guestfs-ng, the libguestfs C API.

    import guestfs
    g = guestfs.GuestFS(python_return_dict=True)
    g.add_drive_scratch(512 * 1024 * 1024)
    g.launch()
    g.part_disk("/dev/sda", "mbr")

Every action of the C API is a method of GuestFS: required arguments are
positional, optional arguments are keywords (None, the default, leaves
one unset): g.add_drive(filename, readonly=True, format="raw").  For the
actions whose C entry point with optional arguments is NAME_opts, both
g.NAME and g.NAME_opts take the keywords.

Strings are passed as str (encoded as UTF-8) or bytes, and returned as
str (invalid UTF-8 bytes are kept as surrogate escapes, so a returned
name can be passed back unchanged).  BufferIn arguments take bytes (or
str); RBufferOut results are bytes.  Structs are returned as dicts,
struct lists as lists of dicts, hash tables as lists of (key, value)
tuples, or as dicts when the handle was created with
python_return_dict=True.

Errors raise GuestFSError, a subclass of RuntimeError: str(e) is the
library's message and e.errno the errno it recorded (0 if none).  Any
method of a closed handle raises ClosedHandle (a ValueError).

Events: g.set_event_callback(cb, guestfs.EVENT_...) registers
cb(event, event_handle, buf, array), buf being bytes and array a list of
ints; it returns the event handle for g.delete_event_callback.
Callbacks run in the thread whose call fired the event.  A callback
cannot close its handle during the call that fired it (GuestFSError).

An exception raised by an event callback is not lost: the call that
fired the event completes in the library, then raises that exception
instead of returning (the call's own error, if it also failed, is the
exception's __context__).  Further exceptions from callbacks during the
same call, and exceptions from callbacks fired when no method call can
raise them (closing by garbage collection or at exit), are reported
through sys.unraisablehook.

A handle is closed exactly once: by g.close() (again is a no-op), by
leaving a "with guestfs.GuestFS() as g:" block, when it is garbage
collected, or, still open at interpreter exit, by an atexit handler
while the interpreter is fully alive, so CLOSE callbacks run normally
(unless created with close_on_exit=False: such a handle is left to the
operating system at exit).

Long calls release the GIL: other threads run during a launch or an
upload, and several handles can be used from several threads at once.
A handle serialises the calls made on it; only user_cancel may be called
while another thread is inside a call on the same handle.
"""
'''

# The hand-written part of the module: the same for every action.
RUNTIME = r'''
import atexit
import ctypes
import operator
import os
import threading
import warnings
import weakref

from ctypes import (POINTER, c_char, c_char_p, c_float, c_int, c_int32,
                    c_int64, c_size_t, c_uint, c_uint32, c_uint64, c_void_p)

__all__ = ["GuestFS", "GuestFSError", "ClosedHandle", "event_to_string"]

# 'make install' writes the installed library's directory here; empty:
# find libguestfs.so.0 the usual way (LD_LIBRARY_PATH, as ./run sets).
_LIBDIR = ""


def _load_library():
    name = "libguestfs.so.0"
    if _LIBDIR:
        name = os.path.join(_LIBDIR, name)
    return ctypes.CDLL(name, use_errno=True)


_lib = _load_library()


def _proto(lib, name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)
    return f


_free = _proto(ctypes.CDLL(None), "free", None, c_void_p)

_CREATE_NO_ENVIRONMENT = 1 << 0
_CREATE_NO_CLOSE_ON_EXIT = 1 << 1

_EVENT_CALLBACK = ctypes.CFUNCTYPE(None, c_void_p, c_void_p, c_uint64, c_int,
                                   c_int, c_void_p, c_size_t, c_void_p,
                                   c_size_t)

# guestfs_create_flags is variadic; with no trailing arguments the fixed
# parameter is passed as in a plain call.
_c_create_flags = _proto(_lib, "guestfs_create_flags", c_void_p, c_uint)
_c_close = _proto(_lib, "guestfs_close", None, c_void_p)
_c_last_error = _proto(_lib, "guestfs_last_error", c_char_p, c_void_p)
_c_last_errno = _proto(_lib, "guestfs_last_errno", c_int, c_void_p)
_c_set_error_handler = _proto(_lib, "guestfs_set_error_handler", None,
                              c_void_p, c_void_p, c_void_p)
_c_set_event_callback = _proto(_lib, "guestfs_set_event_callback", c_int,
                               c_void_p, _EVENT_CALLBACK, c_uint64, c_int,
                               c_void_p)
_c_delete_event_callback = _proto(_lib, "guestfs_delete_event_callback",
                                  None, c_void_p, c_int)
_c_event_to_string = _proto(_lib, "guestfs_event_to_string", c_void_p,
                            c_uint64)
_c_user_cancel = _proto(_lib, "guestfs_user_cancel", None, c_void_p)
_ERROR_HANDLER = ctypes.CFUNCTYPE(None, c_void_p, c_void_p, c_char_p)
_c_push_error_handler = _proto(_lib, "guestfs_push_error_handler", None,
                               c_void_p, _ERROR_HANDLER, c_void_p)
_c_pop_error_handler = _proto(_lib, "guestfs_pop_error_handler", None,
                              c_void_p)


class GuestFSError(RuntimeError):
    """An error reported by the library: str(e) is its message, e.errno
    the errno it recorded with the error (0 if none)."""

    def __init__(self, message, errno=0):
        super().__init__(message)
        self.errno = errno


class ClosedHandle(ValueError):
    """A method was called on a handle that has been closed."""


# ----------------------------------------------------------- arguments


def _decode(b):
    return b.decode("utf-8", "surrogateescape")


def _bad_type(action, arg, expected, v):
    return TypeError("%s: %s: expected %s, not %s" %
                     (action, arg, expected, type(v).__name__))


def _in_string(action, arg, v):
    if isinstance(v, str):
        v = v.encode("utf-8", "surrogateescape")
    elif not isinstance(v, bytes):
        raise _bad_type(action, arg, "str or bytes", v)
    if b"\0" in v:
        raise ValueError("%s: %s: embedded NUL character" % (action, arg))
    return v


def _in_filename(action, arg, v):
    if isinstance(v, os.PathLike):
        v = os.fspath(v)
    return _in_string(action, arg, v)


def _in_optstring(action, arg, v):
    return None if v is None else _in_string(action, arg, v)


def _in_stringlist(action, arg, v):
    if isinstance(v, (str, bytes)) or not hasattr(v, "__iter__"):
        raise _bad_type(action, arg, "a list of str or bytes", v)
    items = [_in_string(action, arg, x) for x in v]
    # One more slot than items: the terminating NULL.
    return (c_char_p * (len(items) + 1))(*items)


def _in_int(action, arg, v, bits=32):
    try:
        n = operator.index(v)
    except TypeError:
        raise _bad_type(action, arg, "int", v) from None
    if not -(1 << (bits - 1)) <= n < (1 << (bits - 1)):
        raise OverflowError("%s: %s: %d does not fit in %d bits" %
                            (action, arg, n, bits))
    return n


def _in_int64(action, arg, v):
    return _in_int(action, arg, v, 64)


def _in_bool(action, arg, v):
    return 1 if _in_int(action, arg, v) else 0


def _in_buffer(action, arg, v):
    if isinstance(v, str):
        return v.encode("utf-8", "surrogateescape")
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v)
    raise _bad_type(action, arg, "bytes or str", v)


_IN = {
    "STRING": (_in_string, c_char_p),
    "FILENAME": (_in_filename, c_char_p),
    "OPTSTRING": (_in_optstring, c_char_p),
    "STRINGLIST": (_in_stringlist, POINTER(c_char_p)),
    "BOOL": (_in_bool, c_int),
    "INT": (_in_int, c_int),
    "INT64": (_in_int64, c_int64),
    "BUFFER": (_in_buffer, c_char_p),
}


# ------------------------------------------------------------- structs

_FIELD_CTYPES = {
    "FString": c_char_p,
    "FUUID": c_char * 32,
    "FUInt32": c_uint32,
    "FInt32": c_int32,
    "FUInt64": c_uint64,
    "FInt64": c_int64,
    "FBytes": c_uint64,
    "FChar": c_char,
    "FOptPercent": c_float,
}


class _Struct:
    """The C layout of struct guestfs_NAME and of its list, their free
    functions, and the conversion to a dict."""

    def __init__(self, name, fields):
        self.fields = fields
        cfields = []
        for fname, kind in fields:
            if kind == "FBuffer":
                cfields += [(fname + "_len", c_uint32), (fname, c_void_p)]
            else:
                cfields.append((fname, _FIELD_CTYPES[kind]))
        self.ctype = type("guestfs_" + name, (ctypes.Structure,),
                          {"_fields_": cfields})
        self.list_ctype = type("guestfs_%s_list" % name, (ctypes.Structure,),
                               {"_fields_": [("len", c_uint32),
                                             ("val", POINTER(self.ctype))]})
        self.free = _proto(_lib, "guestfs_free_" + name, None, c_void_p)
        self.free_list = _proto(_lib, "guestfs_free_%s_list" % name, None,
                                c_void_p)

    def to_dict(self, s):
        d = {}
        for fname, kind in self.fields:
            v = getattr(s, fname)
            if kind == "FString":
                v = _decode(v or b"")
            elif kind == "FBuffer":
                v = ctypes.string_at(v, getattr(s, fname + "_len")) \
                    if v else b""
            elif kind == "FUUID":
                v = _decode(v)
            elif kind == "FChar":
                v = v.decode("latin-1")
            elif kind == "FOptPercent" and v < 0:
                v = None
            d[fname] = v
        return d


# ------------------------------------------------------------- results


def _strings(p):
    """The strings of a NULL-terminated char **."""
    arr = ctypes.cast(p, POINTER(c_void_p))
    out = []
    i = 0
    while arr[i]:
        out.append(_decode(ctypes.string_at(arr[i])))
        i += 1
    return out


def _free_strings(p):
    arr = ctypes.cast(p, POINTER(c_void_p))
    i = 0
    while arr[i]:
        _free(arr[i])
        i += 1
    _free(p)


# Each converts a successful result (r, with the RBufferOut size); the
# caller then frees r as _FREE says.


def _ret_err(h, a, r, size):
    return None


def _ret_int(h, a, r, size):
    return r


def _ret_bool(h, a, r, size):
    return bool(r)


def _ret_string(h, a, r, size):
    return _decode(ctypes.string_at(r))


def _ret_optstring(h, a, r, size):
    return _decode(ctypes.string_at(r)) if r else None


def _ret_stringlist(h, a, r, size):
    return _strings(r)


def _ret_hashtable(h, a, r, size):
    flat = _strings(r)
    pairs = zip(flat[0::2], flat[1::2])
    return dict(pairs) if h._return_dict else list(pairs)


def _ret_bufferout(h, a, r, size):
    return ctypes.string_at(r, size.value)


def _ret_struct(h, a, r, size):
    return a.struct.to_dict(ctypes.cast(r, POINTER(a.struct.ctype)).contents)


def _ret_structlist(h, a, r, size):
    lst = ctypes.cast(r, POINTER(a.struct.list_ctype)).contents
    return [a.struct.to_dict(lst.val[i]) for i in range(lst.len)]


_CONVERT = {
    "RErr": _ret_err,
    "RInt": _ret_int,
    "RInt64": _ret_int,
    "RBool": _ret_bool,
    "RConstString": _ret_string,
    "RConstOptString": _ret_optstring,
    "RString": _ret_string,
    "RStringList": _ret_stringlist,
    "RHashtable": _ret_hashtable,
    "RBufferOut": _ret_bufferout,
    "RStruct": _ret_struct,
    "RStructList": _ret_structlist,
}

_FREE = {
    "none": None,
    "free": lambda a, r: _free(r),
    "strings": lambda a, r: _free_strings(r),
    "struct": lambda a, r: a.struct.free(r),
    "struct_list": lambda a, r: a.struct.free_list(r),
}

_CTYPE = {"int": c_int, "int64": c_int64, "pointer": c_void_p}


# ------------------------------------------------------------- actions


class _Action:
    """One C entry point: how to convert the arguments, call it, detect
    its error and convert and free its result."""

    def __init__(self, name, cfunc, args, optargs, ret, struct=None,
                 deprecated_by=None):
        self.name = name
        self.args = [(n, _IN[k][0]) for n, k in args]
        self.optargs = [(n, _IN[k][0]) for n, k in optargs]
        ctype, self.error, free = _RET_INFO[ret]
        restype = _CTYPE[ctype]
        self.result = _CONVERT[ret]
        self.free = _FREE[free]
        self.struct = struct
        self.bufferout = ret == "RBufferOut"
        self.deprecated_by = deprecated_by
        argtypes = [c_void_p]
        for n, k in args:
            argtypes.append(_IN[k][1])
            if k == "BUFFER":
                argtypes.append(c_size_t)
        if self.bufferout:
            argtypes.append(POINTER(c_size_t))
        self.argv = None
        if optargs:
            self.argv = type(cfunc[len("guestfs_"):], (ctypes.Structure,), {
                "_fields_": [("bitmask", c_uint64)] +
                [(n, _IN[k][1]) for n, k in optargs]})
            argtypes.append(POINTER(self.argv))
        self.fn = _proto(_lib, cfunc, restype, *argtypes)

    def c_args(self, args, optargs):
        """The C arguments after the handle (the converted values keep
        the memory they point to alive) and the RBufferOut size cell."""
        out = []
        for (n, conv), v in zip(self.args, args):
            c = conv(self.name, n, v)
            out.append(c)
            if conv is _in_buffer:
                out.append(len(c))
        size = None
        if self.bufferout:
            size = c_size_t()
            out.append(ctypes.byref(size))
        if self.argv is not None:
            argv = self.argv()
            for i, ((n, conv), v) in enumerate(zip(self.optargs, optargs)):
                if v is not None:
                    setattr(argv, n, conv(self.name, n, v))
                    argv.bitmask |= 1 << i
            out.append(ctypes.byref(argv))
        return out, size

    def failed(self, r, frame):
        if self.error == "minus_one":
            return r == -1
        if self.error == "null":
            return not r
        # NULL is a valid result: it is an error only if the library
        # reported one.
        return not r and frame.error_reported


# -------------------------------------------------------------- events


class _Frame:
    """A method call in progress: the exception the first failing event
    callback raised during it, to be raised by the call; whether the
    library reported an error (noted only where the result cannot tell,
    see _note_error)."""

    __slots__ = ("exc", "error_reported")

    def __init__(self):
        self.exc = None
        self.error_reported = False


# Per thread, the frames of the calls in progress, innermost last; None
# for a close with no caller to raise to (garbage collection, exit).
_tls = threading.local()


def _frames():
    frames = getattr(_tls, "frames", None)
    if frames is None:
        frames = _tls.frames = []
    return frames


def _note_error(g, opaque, msg):
    frames = getattr(_tls, "frames", None)
    if frames and frames[-1] is not None:
        frames[-1].error_reported = True


# The handle's error handler is NULL; this one is pushed around the calls
# whose NULL result may or may not be an error.
_error_marker = _ERROR_HANDLER(_note_error)


class _EventCallback:
    """What the ctypes thunk calls.  An exception it lets out is reported
    by ctypes through sys.unraisablehook, naming this object."""

    __slots__ = ("cb",)

    def __init__(self, cb):
        self.cb = cb

    def __repr__(self):
        return "guestfs event callback %r" % (self.cb,)

    def __call__(self, g, opaque, event, event_handle, flags, buf, buf_len,
                 array, array_len):
        data = ctypes.string_at(buf, buf_len) if buf_len else b""
        arr = list((c_uint64 * array_len).from_address(array)) \
            if array_len else []
        frames = getattr(_tls, "frames", None)
        frame = frames[-1] if frames else None
        if frame is None:
            self.cb(event, event_handle, data, arr)
            return
        try:
            self.cb(event, event_handle, data, arr)
        except BaseException as e:
            if frame.exc is not None:
                raise
            frame.exc = e


def event_to_string(event_bitmask):
    """The names of the events in event_bitmask, e.g. "close,progress"."""
    mask = operator.index(event_bitmask)
    if not 0 <= mask < (1 << 64):
        raise ValueError("event_to_string: bitmask 0x%x out of range" % mask)
    p = _c_event_to_string(mask)
    if not p:
        raise ValueError("event_to_string: unknown event in bitmask 0x%x"
                         % mask)
    s = ctypes.string_at(p)
    _free(p)
    return s.decode()


# ------------------------------------------------------ closing at exit

# Handles to close at exit (close_on_exit=True).  Weak, so that "del g"
# still frees a handle.
_open_handles = weakref.WeakSet()
_exiting = False


def _close_at_exit():
    global _exiting
    for h in list(_open_handles):
        h._close(False)
    _exiting = True


atexit.register(_close_at_exit)


# ------------------------------------------------------------- handles


class _GuestFSBase:
    def __init__(self, python_return_dict=False, *, environment=True,
                 close_on_exit=True):
        """Create a handle.

        python_return_dict: return hash tables as dicts rather than
        lists of (key, value) tuples.  environment=False: ignore the
        LIBGUESTFS_* environment variables.  close_on_exit=False: do not
        close the handle at interpreter exit if it is still open."""
        self._g = None
        self._lock = threading.RLock()
        self._cancel_lock = threading.RLock()
        self._event_callbacks = {}
        self._retired = []
        self._depth = 0
        self._return_dict = bool(python_return_dict)
        # The C library's own atexit handler would close the handle after
        # the interpreter is gone: this module closes it itself.
        flags = _CREATE_NO_CLOSE_ON_EXIT
        if not environment:
            flags |= _CREATE_NO_ENVIRONMENT
        g = _c_create_flags(flags)
        if not g:
            errnum = ctypes.get_errno()
            raise GuestFSError("guestfs_create: %s" % os.strerror(errnum),
                               errnum)
        # Errors are raised as exceptions; the default handler would also
        # print them.
        _c_set_error_handler(g, None, None)
        self._g = g
        if close_on_exit:
            _open_handles.add(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        # After _close_at_exit the interpreter is being torn down: what
        # is still open was created with close_on_exit=False.
        if self._g is not None and _exiting is False:
            self._close(False)

    def close(self):
        """Close the handle: shut down the appliance, run the CLOSE
        callbacks, free everything.  Closing a closed handle does
        nothing."""
        self._close(True)

    def _close(self, explicit):
        with self._lock:
            # Holding the lock with a call in progress means this is a
            # callback of that call: the C handle must outlive it.
            if self._depth > 0 and self._g is not None:
                raise GuestFSError("close: cannot close the handle from a "
                                   "callback of a call in progress on it")
            with self._cancel_lock:
                g = self._g
                self._g = None
            if g is None:
                return
            _open_handles.discard(self)
            frames = _frames()
            frames.append(_Frame() if explicit else None)
            self._depth += 1
            try:
                _c_close(g)
            finally:
                self._depth -= 1
                frame = frames.pop()
                # No callback can run any more: free the thunks.
                self._event_callbacks.clear()
                self._retired.clear()
        if frame is not None and frame.exc is not None:
            raise frame.exc

    def _handle(self, what):
        g = self._g
        if g is None:
            raise ClosedHandle("%s: method called on a closed handle" % what)
        return g

    def _error(self, g):
        msg = _c_last_error(g)
        return GuestFSError(_decode(msg) if msg else "unknown error",
                            _c_last_errno(g))

    def _call(self, a, args, optargs=()):
        if a.deprecated_by:
            warnings.warn("%s is deprecated: use %s instead" %
                          (a.name, a.deprecated_by), DeprecationWarning,
                          stacklevel=3)
        with self._lock:
            g = self._handle(a.name)
            cargs, size = a.c_args(args, optargs)
            frame = _Frame()
            frames = _frames()
            frames.append(frame)
            self._depth += 1
            try:
                if a.error == "reported":
                    _c_push_error_handler(g, _error_marker, None)
                    try:
                        r = a.fn(g, *cargs)
                    finally:
                        _c_pop_error_handler(g)
                else:
                    r = a.fn(g, *cargs)
                err = result = None
                if a.failed(r, frame):
                    err = self._error(g)
                else:
                    try:
                        result = a.result(self, a, r, size)
                    finally:
                        if a.free is not None:
                            a.free(a, r)
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._retired.clear()
                frames.pop()
        if frame.exc is not None:
            if err is not None:
                frame.exc.__context__ = err
            raise frame.exc
        if err is not None:
            raise err
        return result

    def set_event_callback(self, cb, event_bitmask):
        """Call cb(event, event_handle, buf, array) for the events in
        event_bitmask (guestfs.EVENT_* or'd together).  Returns the event
        handle for delete_event_callback."""
        if not callable(cb):
            raise TypeError("set_event_callback: cb is not callable")
        mask = operator.index(event_bitmask)
        if not 0 <= mask < (1 << 64):
            raise ValueError("set_event_callback: bitmask 0x%x out of range"
                             % mask)
        thunk = _EVENT_CALLBACK(_EventCallback(cb))
        with self._lock:
            g = self._handle("set_event_callback")
            eh = _c_set_event_callback(g, thunk, mask, 0, None)
            if eh == -1:
                raise self._error(g)
            self._event_callbacks[eh] = thunk
        return eh

    def delete_event_callback(self, event_handle):
        """Remove the callback registered as event_handle."""
        event_handle = _in_int("delete_event_callback", "event_handle",
                               event_handle)
        with self._lock:
            g = self._handle("delete_event_callback")
            _c_delete_event_callback(g, event_handle)
            thunk = self._event_callbacks.pop(event_handle, None)
            # A callback may delete itself while it runs: keep its thunk
            # until the call that fired it returns.
            if thunk is not None and self._depth > 0:
                self._retired.append(thunk)

    def user_cancel(self):
        """Cancel the upload or download in progress.  Unlike the other
        methods it may be called from another thread, or from an event
        callback, during a call on this handle."""
        with self._cancel_lock:
            _c_user_cancel(self._handle("user_cancel"))
'''

# Python types in docstrings and stubs.
DOC_RET = {
    "RErr": "None",
    "RInt": "int",
    "RInt64": "int",
    "RBool": "bool",
    "RConstString": "str",
    "RConstOptString": "str, or None when there is none",
    "RString": "str",
    "RStringList": "list of str",
    "RHashtable": "list of (key, value) tuples of str, or a dict with "
                  "python_return_dict=True",
    "RBufferOut": "bytes",
    "RStruct": "dict: %s",
    "RStructList": "list of dicts: %s",
}

PYI_ARG = {
    B.STRING: "_Str",
    B.FILENAME: "_Path",
    B.OPTSTRING: "Optional[_Str]",
    B.STRINGLIST: "Sequence[_Str]",
    B.BOOL: "bool",
    B.INT: "int",
    B.INT64: "int",
    B.BUFFER: "_Buf",
}

PYI_RET = {
    "RErr": "None",
    "RInt": "int",
    "RInt64": "int",
    "RBool": "bool",
    "RConstString": "str",
    "RConstOptString": "Optional[str]",
    "RString": "str",
    "RStringList": "List[str]",
    "RHashtable": "_Hashtable",
    "RBufferOut": "bytes",
    "RStruct": "%s",
    "RStructList": "List[%s]",
}

PYI_FIELD = {"STRING": "str", "BYTES": "bytes", "INT": "int", "CHAR": "str",
             "OPTFLOAT": "Optional[float]"}


def pyname(name):
    return name + "_" if keyword.iskeyword(name) else name


def struct_fields_doc(name):
    s = [s for s in api.STRUCTS if s.name == name][0]
    return ", ".join(f for f, _ in s.fields)


def ret_doc(a):
    r = emit.lookup(DOC_RET, a.ret.kind, a.name, "return value")
    if "%s" in r:
        r = r % struct_fields_doc(a.ret.struct)
    return r


def docstring(a, indent):
    paras = [a.shortdesc] + B.paragraphs(a.longdesc)
    paras.append("Returns: %s." % ret_doc(a))
    if a.deprecated_by:
        paras.append("Deprecated: use %s instead." % a.deprecated_by)
    if not a.visible:
        paras.append("Internal: for the bindings' tests only.")
    lines = []
    for p in paras:
        lines += textwrap.wrap(p, 79 - len(indent),
                               break_on_hyphens=False) + [""]
    text = "\n".join(indent + l if l else "" for l in lines[:-1])
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return '"""' + text.lstrip() + '\n' + indent + '"""'


def params(a, annotate=False):
    ps = ["self"]
    for arg in a.args:
        p = pyname(arg.name)
        if annotate:
            p += ": " + emit.lookup(PYI_ARG, B.arg_kind(a, arg), a.name,
                                    "argument " + arg.name)
        ps.append(p)
    for o in a.optargs:
        p = pyname(o.name)
        if annotate:
            p += ": Optional[%s] = ..." % emit.lookup(
                PYI_ARG, B.optarg_kind(a, o), a.name,
                "optional argument " + o.name)
        else:
            p += "=None"
        ps.append(p)
    return ps


def pack(head, items, tail, indent=None):
    """head + items joined by ", " + tail, broken between items to fit
    79 columns; continuation lines line up after head."""
    cont = " " * len(head) if indent is None else indent
    lines = [head]
    for i, item in enumerate(items):
        piece = item + ("," if i < len(items) - 1 else tail)
        line = lines[-1]
        sep = "" if line in (head, cont) else " "
        if len(line + sep + piece) > 79 and line not in (head, cont):
            lines.append(cont + piece)
        else:
            lines[-1] = line + sep + piece
    if not items:
        lines[-1] += tail
    return "\n".join(lines)


def def_line(a, name, annotate=False, tail=":"):
    return pack("    def %s(" % name, params(a, annotate), ")" + tail)


def tuple_expr(names, indent):
    if len(names) == 1:
        return "(%s,)" % names[0]
    return pack(indent + "(", names, ")", indent + " ").lstrip()


def wrap_call(prefix, parts, indent):
    """prefix(part, part, ...) wrapped to 79 columns."""
    return pack(indent + prefix, parts, ")")


def py_list(items, indent):
    """A Python list literal of the items, wrapped at 79 columns."""
    return pack(indent + "[", items, "]", indent + " ")


def call_block(head, parts):
    """head( on its own line, then each part (already laid out with an
    indent of 4) on its own lines."""
    return head + "(\n" + ",\n".join(parts) + ")"


def pairs(items):
    return ['("%s", "%s")' % p for p in items]


def action_table(a):
    B.ret_info(a)
    parts = [pack("    ", ['"%s"' % a.name, '"%s"' % B.c_function(a)], "",
                  "    "),
             py_list(pairs((x.name, B.arg_kind(a, x)) for x in a.args),
                     "    "),
             py_list(pairs((o.name, B.optarg_kind(a, o)) for o in a.optargs),
                     "    "),
             '    "%s"' % a.ret.kind]
    if hasattr(a.ret, "struct"):
        parts.append("    struct=_struct_%s" % a.ret.struct)
    if a.deprecated_by:
        parts.append('    deprecated_by="%s"' % a.deprecated_by)
    return call_block("_a_%s = _Action" % a.name, parts)


def method(a):
    out = [def_line(a, a.name), "        " + docstring(a, "        ")]
    ind = " " * len("        return self._call(")
    call_parts = ["_a_%s" % a.name,
                  tuple_expr([pyname(x.name) for x in a.args], ind)]
    if a.optargs:
        call_parts.append(tuple_expr([pyname(o.name) for o in a.optargs],
                                     ind))
    out.append(wrap_call("return self._call(", call_parts, "        "))
    for alias in B.method_names(a)[1:]:
        out.append("\n    %s = %s" % (alias, a.name))
    return "\n".join(out) + "\n"


def gen_module():
    out = [emit.banner("python.py", ("# ", "# ", None)), MODULE_DOC, RUNTIME]
    out.append("\n# ------------------------------------------------ "
               "generated from the API\n")
    for name, bit in B.events():
        out.append("EVENT_%s = 0x%04x" % (name, bit))
    out.append(pack("__all__ += [", ['"EVENT_%s"' % n for n, _ in B.events()],
                    "]\n"))
    out.append("# Return kind -> (C type, how an error shows, who frees "
               "the result).")
    out.append("_RET_INFO = {")
    for kind, info in B.RET_INFO.items():
        out.append('    "%s": ("%s", "%s", "%s"),' %
                   (kind, info.ctype, info.error, info.free))
    out.append("}\n")
    for s in api.STRUCTS:
        if s.name not in B.structs_returned():
            continue
        out.append(call_block("_struct_%s = _Struct" % s.name, [
            '    "%s"' % s.name, py_list(pairs(s.fields), "    ")]))
    out.append("")
    for a in B.binding_actions():
        out.append(action_table(a))
    out.append("\n\nclass GuestFS(_GuestFSBase):")
    out.append('    """A libguestfs handle.  See the module documentation."""'
               "\n")
    for a in B.binding_actions():
        out.append(method(a))
    emit.output("bindings/python/guestfs.py", "\n".join(out).rstrip() + "\n")


# ----------------------------------------------------------------- stub

PYI_TOP = '''\
import os
from typing import (Any, Callable, Dict, List, Optional, Sequence, Tuple,
                    TypedDict, Union)

_Str = Union[str, bytes]
_Path = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]
_Buf = Union[bytes, bytearray, memoryview, str]
_Hashtable = Union[List[Tuple[str, str]], Dict[str, str]]
_EventCallback = Callable[[int, int, bytes, List[int]], Any]


class GuestFSError(RuntimeError):
    errno: int
    def __init__(self, message: str, errno: int = ...) -> None: ...


class ClosedHandle(ValueError): ...


def event_to_string(event_bitmask: int) -> str: ...

'''

PYI_CLASS_TOP = '''

class GuestFS:
    def __init__(self, python_return_dict: bool = ..., *,
                 environment: bool = ...,
                 close_on_exit: bool = ...) -> None: ...
    def __enter__(self) -> "GuestFS": ...
    def __exit__(self, *exc_info: Any) -> None: ...
    def close(self) -> None: ...
    def set_event_callback(self, cb: _EventCallback,
                           event_bitmask: int) -> int: ...
    def delete_event_callback(self, event_handle: int) -> None: ...
    def user_cancel(self) -> None: ...
'''


def struct_type(name):
    return "_" + "".join(w.capitalize() for w in name.split("_"))


def gen_stub():
    out = [emit.banner("python.py", ("# ", "# ", None)), PYI_TOP]
    for name, _ in B.events():
        out.append("EVENT_%s: int" % name)
    for s in api.STRUCTS:
        if s.name not in B.structs_returned():
            continue
        out.append("\n\nclass %s(TypedDict):" % struct_type(s.name))
        for f, kind in s.fields:
            out.append("    %s: %s" % (f, PYI_FIELD[B.field_kind(s, f,
                                                              kind)]))
    out.append(PYI_CLASS_TOP)
    for a in B.binding_actions():
        r = emit.lookup(PYI_RET, a.ret.kind, a.name, "return value")
        if "%s" in r:
            r = r % struct_type(a.ret.struct)
        for name in B.method_names(a):
            out.append(def_line(a, name, True, " -> %s: ..." % r))
    emit.output("bindings/python/guestfs.pyi", "\n".join(out) + "\n")


# ------------------------------------------------ the shared bindings test

SEQUENCE_TOP = '''\
"""The shared bindings test of tests/bindings/README.md: its output must
match tests/bindings/expected.txt byte for byte.  test_bindings.py runs
it in a subprocess."""

import guestfs


def fmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(fmt(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join("%s: %s" % (k, fmt(x))
                               for k, x in v.items()) + "}"
    if isinstance(v, bytes):
        return v.decode("latin-1")
    return str(v)


def show(name, call, *args):
    try:
        r = call(*args)
    except RuntimeError as e:
        print("%s: error: %s" % (name, e), flush=True)
        return
    if isinstance(r, list) and r and isinstance(r[0], tuple):
        r = dict(r)
    print("%s: %s" % (name, fmt(r)), flush=True)


g = guestfs.GuestFS()
'''


def gen_sequence():
    out = [emit.banner("python.py", ("# ", "# ", None)), SEQUENCE_TOP]
    for step in B.BINDINGS_TEST:
        if isinstance(step, B.TestCall):
            parts = [repr(v) for v in step.args]
            parts += ["%s=%r" % (k, v) for k, v in step.optargs.items()]
            out.append(wrap_call("g.%s(" % step.action, parts, ""))
        elif isinstance(step, B.TestReturn):
            out.append('show("%s", g.%s, %r)' %
                       (step.name, B.test_action(step), step.val))
            if step.err:
                out.append('show("%serr", g.%s)' %
                           (step.name, B.test_action(step, err=True)))
        elif isinstance(step, B.TestPrint):
            out.append("print(%r, flush=True)" % step.line)
        else:
            emit.unknown("bindings test", "step", type(step).__name__)
    out.append("g.close()")
    emit.output("bindings/python/t/bindings_sequence.py",
                "\n".join(out) + "\n")


def generate():
    gen_module()
    gen_stub()
    gen_sequence()
