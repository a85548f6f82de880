# GENERATED FILE: do not edit.
# Made by generator/python.py from generator/api.py;
# change those and run 'make -C generator' (or just 'make').

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


# ------------------------------------------------ generated from the API

EVENT_CLOSE = 0x0001
EVENT_SUBPROCESS_QUIT = 0x0002
EVENT_LAUNCH_DONE = 0x0004
EVENT_PROGRESS = 0x0008
EVENT_APPLIANCE = 0x0010
EVENT_LIBRARY = 0x0020
EVENT_TRACE = 0x0040
EVENT_ENTER = 0x0080
EVENT_LIBVIRT_AUTH = 0x0100
EVENT_WARNING = 0x0200
EVENT_ALL = 0x03ff
__all__ += ["EVENT_CLOSE", "EVENT_SUBPROCESS_QUIT", "EVENT_LAUNCH_DONE",
            "EVENT_PROGRESS", "EVENT_APPLIANCE", "EVENT_LIBRARY",
            "EVENT_TRACE", "EVENT_ENTER", "EVENT_LIBVIRT_AUTH",
            "EVENT_WARNING", "EVENT_ALL"]

# Return kind -> (C type, how an error shows, who frees the result).
_RET_INFO = {
    "RErr": ("int", "minus_one", "none"),
    "RInt": ("int", "minus_one", "none"),
    "RInt64": ("int64", "minus_one", "none"),
    "RBool": ("int", "minus_one", "none"),
    "RConstString": ("pointer", "null", "none"),
    "RConstOptString": ("pointer", "reported", "none"),
    "RString": ("pointer", "null", "free"),
    "RStringList": ("pointer", "null", "strings"),
    "RHashtable": ("pointer", "null", "strings"),
    "RBufferOut": ("pointer", "null", "free"),
    "RStruct": ("pointer", "null", "struct"),
    "RStructList": ("pointer", "null", "struct_list"),
}

_struct_version = _Struct(
    "version",
    [("major", "FInt64"), ("minor", "FInt64"), ("release", "FInt64"),
     ("extra", "FString")])
_struct_dirent = _Struct(
    "dirent",
    [("ino", "FInt64"), ("ftyp", "FChar"), ("name", "FString")])
_struct_stat = _Struct(
    "stat",
    [("dev", "FInt64"), ("ino", "FInt64"), ("mode", "FInt64"),
     ("nlink", "FInt64"), ("uid", "FInt64"), ("gid", "FInt64"),
     ("rdev", "FInt64"), ("size", "FInt64"), ("blksize", "FInt64"),
     ("blocks", "FInt64"), ("atime", "FInt64"), ("mtime", "FInt64"),
     ("ctime", "FInt64")])
_struct_statns = _Struct(
    "statns",
    [("st_dev", "FInt64"), ("st_ino", "FInt64"), ("st_mode", "FInt64"),
     ("st_nlink", "FInt64"), ("st_uid", "FInt64"), ("st_gid", "FInt64"),
     ("st_rdev", "FInt64"), ("st_size", "FInt64"), ("st_blksize", "FInt64"),
     ("st_blocks", "FInt64"), ("st_atime_sec", "FInt64"),
     ("st_atime_nsec", "FInt64"), ("st_mtime_sec", "FInt64"),
     ("st_mtime_nsec", "FInt64"), ("st_ctime_sec", "FInt64"),
     ("st_ctime_nsec", "FInt64"), ("st_spare1", "FInt64"),
     ("st_spare2", "FInt64"), ("st_spare3", "FInt64"), ("st_spare4", "FInt64"),
     ("st_spare5", "FInt64"), ("st_spare6", "FInt64")])
_struct_statvfs = _Struct(
    "statvfs",
    [("bsize", "FInt64"), ("frsize", "FInt64"), ("blocks", "FInt64"),
     ("bfree", "FInt64"), ("bavail", "FInt64"), ("files", "FInt64"),
     ("ffree", "FInt64"), ("favail", "FInt64"), ("fsid", "FInt64"),
     ("flag", "FInt64"), ("namemax", "FInt64")])
_struct_partition = _Struct(
    "partition",
    [("part_num", "FInt32"), ("part_start", "FBytes"), ("part_end", "FBytes"),
     ("part_size", "FBytes")])

_a_add_drive = _Action(
    "add_drive", "guestfs_add_drive_opts_argv",
    [("filename", "STRING")],
    [("readonly", "BOOL"), ("format", "STRING"), ("iface", "STRING"),
     ("name", "STRING"), ("label", "STRING"), ("cachemode", "STRING"),
     ("discard", "STRING")],
    "RErr")
_a_add_drive_ro = _Action(
    "add_drive_ro", "guestfs_add_drive_ro",
    [("filename", "STRING")],
    [],
    "RErr")
_a_add_drive_scratch = _Action(
    "add_drive_scratch", "guestfs_add_drive_scratch_argv",
    [("size", "INT64")],
    [("name", "STRING"), ("label", "STRING")],
    "RErr")
_a_blockdev_getsize64 = _Action(
    "blockdev_getsize64", "guestfs_blockdev_getsize64",
    [("device", "STRING")],
    [],
    "RInt64")
_a_blockdev_getss = _Action(
    "blockdev_getss", "guestfs_blockdev_getss",
    [("device", "STRING")],
    [],
    "RInt")
_a_blockdev_rereadpt = _Action(
    "blockdev_rereadpt", "guestfs_blockdev_rereadpt",
    [("device", "STRING")],
    [],
    "RErr")
_a_cat = _Action(
    "cat", "guestfs_cat",
    [("path", "STRING")],
    [],
    "RString")
_a_checksum = _Action(
    "checksum", "guestfs_checksum",
    [("csumtype", "STRING"), ("path", "STRING")],
    [],
    "RString")
_a_chmod = _Action(
    "chmod", "guestfs_chmod",
    [("mode", "INT"), ("path", "STRING")],
    [],
    "RErr")
_a_chown = _Action(
    "chown", "guestfs_chown",
    [("owner", "INT"), ("group", "INT"), ("path", "STRING")],
    [],
    "RErr")
_a_command = _Action(
    "command", "guestfs_command",
    [("arguments", "STRINGLIST")],
    [],
    "RString")
_a_cp = _Action(
    "cp", "guestfs_cp",
    [("src", "STRING"), ("dest", "STRING")],
    [],
    "RErr")
_a_cp_a = _Action(
    "cp_a", "guestfs_cp_a",
    [("src", "STRING"), ("dest", "STRING")],
    [],
    "RErr")
_a_dd = _Action(
    "dd", "guestfs_dd",
    [("src", "STRING"), ("dest", "STRING")],
    [],
    "RErr")
_a_debug = _Action(
    "debug", "guestfs_debug",
    [("subcmd", "STRING"), ("extraargs", "STRINGLIST")],
    [],
    "RString")
_a_df = _Action(
    "df", "guestfs_df",
    [],
    [],
    "RString")
_a_download = _Action(
    "download", "guestfs_download",
    [("remotefilename", "STRING"), ("filename", "FILENAME")],
    [],
    "RErr")
_a_exists = _Action(
    "exists", "guestfs_exists",
    [("path", "STRING")],
    [],
    "RBool")
_a_filesize = _Action(
    "filesize", "guestfs_filesize",
    [("file", "STRING")],
    [],
    "RInt64")
_a_fill = _Action(
    "fill", "guestfs_fill",
    [("c", "INT"), ("len", "INT"), ("path", "STRING")],
    [],
    "RErr")
_a_get_append = _Action(
    "get_append", "guestfs_get_append",
    [],
    [],
    "RConstOptString")
_a_get_attach_method = _Action(
    "get_attach_method", "guestfs_get_attach_method",
    [],
    [],
    "RString",
    deprecated_by="get_backend")
_a_get_autosync = _Action(
    "get_autosync", "guestfs_get_autosync",
    [],
    [],
    "RBool")
_a_get_backend = _Action(
    "get_backend", "guestfs_get_backend",
    [],
    [],
    "RString")
_a_get_backend_settings = _Action(
    "get_backend_settings", "guestfs_get_backend_settings",
    [],
    [],
    "RStringList")
_a_get_cachedir = _Action(
    "get_cachedir", "guestfs_get_cachedir",
    [],
    [],
    "RString")
_a_get_memsize = _Action(
    "get_memsize", "guestfs_get_memsize",
    [],
    [],
    "RInt")
_a_get_path = _Action(
    "get_path", "guestfs_get_path",
    [],
    [],
    "RConstString")
_a_get_pid = _Action(
    "get_pid", "guestfs_get_pid",
    [],
    [],
    "RInt")
_a_get_program = _Action(
    "get_program", "guestfs_get_program",
    [],
    [],
    "RConstString")
_a_get_qemu = _Action(
    "get_qemu", "guestfs_get_qemu",
    [],
    [],
    "RConstString")
_a_get_recovery_proc = _Action(
    "get_recovery_proc", "guestfs_get_recovery_proc",
    [],
    [],
    "RBool")
_a_get_smp = _Action(
    "get_smp", "guestfs_get_smp",
    [],
    [],
    "RInt")
_a_get_state = _Action(
    "get_state", "guestfs_get_state",
    [],
    [],
    "RInt")
_a_get_tmpdir = _Action(
    "get_tmpdir", "guestfs_get_tmpdir",
    [],
    [],
    "RString")
_a_get_trace = _Action(
    "get_trace", "guestfs_get_trace",
    [],
    [],
    "RBool")
_a_get_verbose = _Action(
    "get_verbose", "guestfs_get_verbose",
    [],
    [],
    "RBool")
_a_head = _Action(
    "head", "guestfs_head",
    [("path", "STRING")],
    [],
    "RStringList")
_a_internal_test = _Action(
    "internal_test", "guestfs_internal_test_argv",
    [("str", "STRING"), ("optstr", "OPTSTRING"), ("strlist", "STRINGLIST"),
     ("b", "BOOL"), ("integer", "INT"), ("integer64", "INT64"),
     ("filein", "FILENAME"), ("fileout", "FILENAME"), ("bufferin", "BUFFER")],
    [("obool", "BOOL"), ("oint", "INT"), ("oint64", "INT64"),
     ("ostring", "STRING"), ("ostringlist", "STRINGLIST")],
    "RErr")
_a_internal_test_only_optargs = _Action(
    "internal_test_only_optargs", "guestfs_internal_test_only_optargs_argv",
    [],
    [("test", "INT")],
    "RErr")
_a_internal_test_rbool = _Action(
    "internal_test_rbool", "guestfs_internal_test_rbool",
    [("val", "STRING")],
    [],
    "RBool")
_a_internal_test_rboolerr = _Action(
    "internal_test_rboolerr", "guestfs_internal_test_rboolerr",
    [],
    [],
    "RBool")
_a_internal_test_rbufferout = _Action(
    "internal_test_rbufferout", "guestfs_internal_test_rbufferout",
    [("val", "STRING")],
    [],
    "RBufferOut")
_a_internal_test_rbufferouterr = _Action(
    "internal_test_rbufferouterr", "guestfs_internal_test_rbufferouterr",
    [],
    [],
    "RBufferOut")
_a_internal_test_rconstoptstring = _Action(
    "internal_test_rconstoptstring", "guestfs_internal_test_rconstoptstring",
    [("val", "STRING")],
    [],
    "RConstOptString")
_a_internal_test_rconstoptstringerr = _Action(
    "internal_test_rconstoptstringerr",
    "guestfs_internal_test_rconstoptstringerr",
    [],
    [],
    "RConstOptString")
_a_internal_test_rconststring = _Action(
    "internal_test_rconststring", "guestfs_internal_test_rconststring",
    [("val", "STRING")],
    [],
    "RConstString")
_a_internal_test_rconststringerr = _Action(
    "internal_test_rconststringerr", "guestfs_internal_test_rconststringerr",
    [],
    [],
    "RConstString")
_a_internal_test_rhashtable = _Action(
    "internal_test_rhashtable", "guestfs_internal_test_rhashtable",
    [("val", "STRING")],
    [],
    "RHashtable")
_a_internal_test_rhashtableerr = _Action(
    "internal_test_rhashtableerr", "guestfs_internal_test_rhashtableerr",
    [],
    [],
    "RHashtable")
_a_internal_test_rint = _Action(
    "internal_test_rint", "guestfs_internal_test_rint",
    [("val", "STRING")],
    [],
    "RInt")
_a_internal_test_rint64 = _Action(
    "internal_test_rint64", "guestfs_internal_test_rint64",
    [("val", "STRING")],
    [],
    "RInt64")
_a_internal_test_rint64err = _Action(
    "internal_test_rint64err", "guestfs_internal_test_rint64err",
    [],
    [],
    "RInt64")
_a_internal_test_rinterr = _Action(
    "internal_test_rinterr", "guestfs_internal_test_rinterr",
    [],
    [],
    "RInt")
_a_internal_test_rstring = _Action(
    "internal_test_rstring", "guestfs_internal_test_rstring",
    [("val", "STRING")],
    [],
    "RString")
_a_internal_test_rstringerr = _Action(
    "internal_test_rstringerr", "guestfs_internal_test_rstringerr",
    [],
    [],
    "RString")
_a_internal_test_rstringlist = _Action(
    "internal_test_rstringlist", "guestfs_internal_test_rstringlist",
    [("val", "STRING")],
    [],
    "RStringList")
_a_internal_test_rstringlisterr = _Action(
    "internal_test_rstringlisterr", "guestfs_internal_test_rstringlisterr",
    [],
    [],
    "RStringList")
_a_internal_test_rstruct = _Action(
    "internal_test_rstruct", "guestfs_internal_test_rstruct",
    [("val", "STRING")],
    [],
    "RStruct",
    struct=_struct_dirent)
_a_internal_test_rstructerr = _Action(
    "internal_test_rstructerr", "guestfs_internal_test_rstructerr",
    [],
    [],
    "RStruct",
    struct=_struct_dirent)
_a_internal_test_rstructlist = _Action(
    "internal_test_rstructlist", "guestfs_internal_test_rstructlist",
    [("val", "STRING")],
    [],
    "RStructList",
    struct=_struct_dirent)
_a_internal_test_rstructlisterr = _Action(
    "internal_test_rstructlisterr", "guestfs_internal_test_rstructlisterr",
    [],
    [],
    "RStructList",
    struct=_struct_dirent)
_a_is_busy = _Action(
    "is_busy", "guestfs_is_busy",
    [],
    [],
    "RBool")
_a_is_config = _Action(
    "is_config", "guestfs_is_config",
    [],
    [],
    "RBool")
_a_is_dir = _Action(
    "is_dir", "guestfs_is_dir_opts_argv",
    [("path", "STRING")],
    [("followsymlinks", "BOOL")],
    "RBool")
_a_is_file = _Action(
    "is_file", "guestfs_is_file_opts_argv",
    [("path", "STRING")],
    [("followsymlinks", "BOOL")],
    "RBool")
_a_is_launching = _Action(
    "is_launching", "guestfs_is_launching",
    [],
    [],
    "RBool")
_a_is_ready = _Action(
    "is_ready", "guestfs_is_ready",
    [],
    [],
    "RBool")
_a_is_symlink = _Action(
    "is_symlink", "guestfs_is_symlink",
    [("path", "STRING")],
    [],
    "RBool")
_a_kill_subprocess = _Action(
    "kill_subprocess", "guestfs_kill_subprocess",
    [],
    [],
    "RErr",
    deprecated_by="shutdown")
_a_launch = _Action(
    "launch", "guestfs_launch",
    [],
    [],
    "RErr")
_a_list_devices = _Action(
    "list_devices", "guestfs_list_devices",
    [],
    [],
    "RStringList")
_a_list_filesystems = _Action(
    "list_filesystems", "guestfs_list_filesystems",
    [],
    [],
    "RHashtable")
_a_list_partitions = _Action(
    "list_partitions", "guestfs_list_partitions",
    [],
    [],
    "RStringList")
_a_ll = _Action(
    "ll", "guestfs_ll",
    [("directory", "STRING")],
    [],
    "RString")
_a_ln_s = _Action(
    "ln_s", "guestfs_ln_s",
    [("target", "STRING"), ("linkname", "STRING")],
    [],
    "RErr")
_a_ls = _Action(
    "ls", "guestfs_ls",
    [("directory", "STRING")],
    [],
    "RStringList")
_a_lstat = _Action(
    "lstat", "guestfs_lstat",
    [("path", "STRING")],
    [],
    "RStruct",
    struct=_struct_stat,
    deprecated_by="lstatns")
_a_lstatns = _Action(
    "lstatns", "guestfs_lstatns",
    [("path", "STRING")],
    [],
    "RStruct",
    struct=_struct_statns)
_a_mkdir = _Action(
    "mkdir", "guestfs_mkdir",
    [("path", "STRING")],
    [],
    "RErr")
_a_mkdir_p = _Action(
    "mkdir_p", "guestfs_mkdir_p",
    [("path", "STRING")],
    [],
    "RErr")
_a_mkfs = _Action(
    "mkfs", "guestfs_mkfs_opts_argv",
    [("fstype", "STRING"), ("device", "STRING")],
    [("blocksize", "INT"), ("features", "STRING"), ("inode", "INT"),
     ("sectorsize", "INT"), ("label", "STRING")],
    "RErr")
_a_mount = _Action(
    "mount", "guestfs_mount",
    [("mountable", "STRING"), ("mountpoint", "STRING")],
    [],
    "RErr")
_a_mount_options = _Action(
    "mount_options", "guestfs_mount_options",
    [("options", "STRING"), ("mountable", "STRING"), ("mountpoint", "STRING")],
    [],
    "RErr")
_a_mount_ro = _Action(
    "mount_ro", "guestfs_mount_ro",
    [("mountable", "STRING"), ("mountpoint", "STRING")],
    [],
    "RErr")
_a_mounts = _Action(
    "mounts", "guestfs_mounts",
    [],
    [],
    "RStringList")
_a_mv = _Action(
    "mv", "guestfs_mv",
    [("src", "STRING"), ("dest", "STRING")],
    [],
    "RErr")
_a_part_add = _Action(
    "part_add", "guestfs_part_add",
    [("device", "STRING"), ("prlogex", "STRING"), ("startsect", "INT64"),
     ("endsect", "INT64")],
    [],
    "RErr")
_a_part_disk = _Action(
    "part_disk", "guestfs_part_disk",
    [("device", "STRING"), ("parttype", "STRING")],
    [],
    "RErr")
_a_part_get_parttype = _Action(
    "part_get_parttype", "guestfs_part_get_parttype",
    [("device", "STRING")],
    [],
    "RString")
_a_part_init = _Action(
    "part_init", "guestfs_part_init",
    [("device", "STRING"), ("parttype", "STRING")],
    [],
    "RErr")
_a_part_list = _Action(
    "part_list", "guestfs_part_list",
    [("device", "STRING")],
    [],
    "RStructList",
    struct=_struct_partition)
_a_ping_daemon = _Action(
    "ping_daemon", "guestfs_ping_daemon",
    [],
    [],
    "RErr")
_a_read_file = _Action(
    "read_file", "guestfs_read_file",
    [("path", "STRING")],
    [],
    "RBufferOut")
_a_read_lines = _Action(
    "read_lines", "guestfs_read_lines",
    [("path", "STRING")],
    [],
    "RStringList")
_a_readdir = _Action(
    "readdir", "guestfs_readdir",
    [("dir", "STRING")],
    [],
    "RStructList",
    struct=_struct_dirent)
_a_readlink = _Action(
    "readlink", "guestfs_readlink",
    [("path", "STRING")],
    [],
    "RString")
_a_rename = _Action(
    "rename", "guestfs_rename",
    [("oldpath", "STRING"), ("newpath", "STRING")],
    [],
    "RErr")
_a_rm = _Action(
    "rm", "guestfs_rm",
    [("path", "STRING")],
    [],
    "RErr")
_a_rm_rf = _Action(
    "rm_rf", "guestfs_rm_rf",
    [("path", "STRING")],
    [],
    "RErr")
_a_rmdir = _Action(
    "rmdir", "guestfs_rmdir",
    [("path", "STRING")],
    [],
    "RErr")
_a_set_append = _Action(
    "set_append", "guestfs_set_append",
    [("value", "OPTSTRING")],
    [],
    "RErr")
_a_set_attach_method = _Action(
    "set_attach_method", "guestfs_set_attach_method",
    [("attachmethod", "STRING")],
    [],
    "RErr",
    deprecated_by="set_backend")
_a_set_autosync = _Action(
    "set_autosync", "guestfs_set_autosync",
    [("value", "BOOL")],
    [],
    "RErr")
_a_set_backend = _Action(
    "set_backend", "guestfs_set_backend",
    [("backend", "STRING")],
    [],
    "RErr")
_a_set_backend_settings = _Action(
    "set_backend_settings", "guestfs_set_backend_settings",
    [("settings", "STRINGLIST")],
    [],
    "RErr")
_a_set_cachedir = _Action(
    "set_cachedir", "guestfs_set_cachedir",
    [("cachedir", "OPTSTRING")],
    [],
    "RErr")
_a_set_label = _Action(
    "set_label", "guestfs_set_label",
    [("mountable", "STRING"), ("label", "STRING")],
    [],
    "RErr")
_a_set_memsize = _Action(
    "set_memsize", "guestfs_set_memsize",
    [("value", "INT")],
    [],
    "RErr")
_a_set_path = _Action(
    "set_path", "guestfs_set_path",
    [("value", "OPTSTRING")],
    [],
    "RErr")
_a_set_program = _Action(
    "set_program", "guestfs_set_program",
    [("value", "STRING")],
    [],
    "RErr")
_a_set_qemu = _Action(
    "set_qemu", "guestfs_set_qemu",
    [("value", "OPTSTRING")],
    [],
    "RErr")
_a_set_recovery_proc = _Action(
    "set_recovery_proc", "guestfs_set_recovery_proc",
    [("value", "BOOL")],
    [],
    "RErr")
_a_set_smp = _Action(
    "set_smp", "guestfs_set_smp",
    [("value", "INT")],
    [],
    "RErr")
_a_set_tmpdir = _Action(
    "set_tmpdir", "guestfs_set_tmpdir",
    [("tmpdir", "OPTSTRING")],
    [],
    "RErr")
_a_set_trace = _Action(
    "set_trace", "guestfs_set_trace",
    [("value", "BOOL")],
    [],
    "RErr")
_a_set_verbose = _Action(
    "set_verbose", "guestfs_set_verbose",
    [("value", "BOOL")],
    [],
    "RErr")
_a_sh = _Action(
    "sh", "guestfs_sh",
    [("command", "STRING")],
    [],
    "RString")
_a_shutdown = _Action(
    "shutdown", "guestfs_shutdown",
    [],
    [],
    "RErr")
_a_stat = _Action(
    "stat", "guestfs_stat",
    [("path", "STRING")],
    [],
    "RStruct",
    struct=_struct_stat,
    deprecated_by="statns")
_a_statns = _Action(
    "statns", "guestfs_statns",
    [("path", "STRING")],
    [],
    "RStruct",
    struct=_struct_statns)
_a_statvfs = _Action(
    "statvfs", "guestfs_statvfs",
    [("path", "STRING")],
    [],
    "RStruct",
    struct=_struct_statvfs)
_a_sync = _Action(
    "sync", "guestfs_sync",
    [],
    [],
    "RErr")
_a_tail = _Action(
    "tail", "guestfs_tail",
    [("path", "STRING")],
    [],
    "RStringList")
_a_tar_in = _Action(
    "tar_in", "guestfs_tar_in_opts_argv",
    [("tarfile", "FILENAME"), ("directory", "STRING")],
    [("compress", "STRING"), ("xattrs", "BOOL"), ("selinux", "BOOL"),
     ("acls", "BOOL")],
    "RErr")
_a_tar_out = _Action(
    "tar_out", "guestfs_tar_out_opts_argv",
    [("directory", "STRING"), ("tarfile", "FILENAME")],
    [("compress", "STRING"), ("numericowner", "BOOL"),
     ("excludes", "STRINGLIST"), ("xattrs", "BOOL"), ("selinux", "BOOL"),
     ("acls", "BOOL")],
    "RErr")
_a_touch = _Action(
    "touch", "guestfs_touch",
    [("path", "STRING")],
    [],
    "RErr")
_a_umount = _Action(
    "umount", "guestfs_umount_opts_argv",
    [("pathordevice", "STRING")],
    [("force", "BOOL"), ("lazyunmount", "BOOL")],
    "RErr")
_a_umount_all = _Action(
    "umount_all", "guestfs_umount_all",
    [],
    [],
    "RErr")
_a_upload = _Action(
    "upload", "guestfs_upload",
    [("filename", "FILENAME"), ("remotefilename", "STRING")],
    [],
    "RErr")
_a_version = _Action(
    "version", "guestfs_version",
    [],
    [],
    "RStruct",
    struct=_struct_version)
_a_vfs_label = _Action(
    "vfs_label", "guestfs_vfs_label",
    [("mountable", "STRING")],
    [],
    "RString")
_a_vfs_type = _Action(
    "vfs_type", "guestfs_vfs_type",
    [("mountable", "STRING")],
    [],
    "RString")
_a_vfs_uuid = _Action(
    "vfs_uuid", "guestfs_vfs_uuid",
    [("mountable", "STRING")],
    [],
    "RString")
_a_write = _Action(
    "write", "guestfs_write",
    [("path", "STRING"), ("content", "BUFFER")],
    [],
    "RErr")
_a_write_append = _Action(
    "write_append", "guestfs_write_append",
    [("path", "STRING"), ("content", "BUFFER")],
    [],
    "RErr")
_a_zero = _Action(
    "zero", "guestfs_zero",
    [("device", "STRING")],
    [],
    "RErr")


class GuestFS(_GuestFSBase):
    """A libguestfs handle.  See the module documentation."""

    def add_drive(self, filename, readonly=None, format=None, iface=None,
                  name=None, label=None, cachemode=None, discard=None):
        """add an image to examine or modify

        Add the disk image or device filename to the list of drives the
        appliance will see. The first drive added is /dev/sda, the second
        /dev/sdb and so on.

        readonly: if true the drive is attached read-only: writes fail in the
        appliance and the image is never modified.

        format: raw or qcow2 (or any format qemu knows). If not given the
        format is NOT guessed: the image is treated as raw, so a hostile image
        cannot make qemu open files named in its header.

        iface: ignored (all drives are virtio-scsi), accepted for
        compatibility.

        name: accepted for compatibility (the name inside the guest the drive
        had).

        label: a label for the drive, reachable as /dev/disk/guestfs/LABEL (not
        implemented yet: an error).

        cachemode: writeback (default) or unsafe.

        discard: whether the guest's discard (trim) requests free space in the
        image: disable (the default) ignores them; enable passes them on (our
        drives are raw or qcow2 files, which can always discard); besteffort
        passes them on where the drive can discard, and never fails.

        The special name /dev/null adds an empty drive.

        Returns: None.
        """
        return self._call(_a_add_drive, (filename,),
                          (readonly, format, iface, name, label, cachemode,
                           discard))

    add_drive_opts = add_drive

    def add_drive_ro(self, filename):
        """add a drive in read-only mode

        The same as add_drive_opts with readonly set.

        Returns: None.
        """
        return self._call(_a_add_drive_ro, (filename,))

    def add_drive_scratch(self, size, name=None, label=None):
        """add a temporary scratch drive

        Add a blank drive of size bytes that is deleted when the handle is
        closed. Useful for tests.

        Returns: None.
        """
        return self._call(_a_add_drive_scratch, (size,), (name, label))

    def blockdev_getsize64(self, device):
        """get total size of device in bytes

        Return the size of the device in bytes.

        Returns: int.
        """
        return self._call(_a_blockdev_getsize64, (device,))

    def blockdev_getss(self, device):
        """get sectorsize of block device

        Return the logical sector size of the device, usually 512.

        Returns: int.
        """
        return self._call(_a_blockdev_getss, (device,))

    def blockdev_rereadpt(self, device):
        """reread partition table

        Make the kernel reread the partition table of device.

        Returns: None.
        """
        return self._call(_a_blockdev_rereadpt, (device,))

    def cat(self, path):
        """list the contents of a file

        Return the contents of a text file. Fails if it contains a NUL byte;
        see read_file.

        Returns: str.
        """
        return self._call(_a_cat, (path,))

    def checksum(self, csumtype, path):
        """compute MD5, SHAx or CRC checksum of file

        Return the checksum of a file as hex: csumtype is crc, md5, sha1,
        sha224, sha256, sha384 or sha512.

        Returns: str.
        """
        return self._call(_a_checksum, (csumtype, path))

    def chmod(self, mode, path):
        """change file mode

        Change the mode of path. Write mode in octal in C, e.g. 0700.

        Returns: None.
        """
        return self._call(_a_chmod, (mode, path))

    def chown(self, owner, group, path):
        """change file owner and group

        Change the owner and group by number.

        Returns: None.
        """
        return self._call(_a_chown, (owner, group, path))

    def command(self, arguments):
        """run a command from the guest filesystem

        Run a program from the mounted guest filesystem (chrooted into it) and
        return its standard output. Fails with its standard error if it exits
        non-zero.

        Returns: str.
        """
        return self._call(_a_command, (arguments,))

    def cp(self, src, dest):
        """copy a file

        Copy a file, like cp.

        Returns: None.
        """
        return self._call(_a_cp, (src, dest))

    def cp_a(self, src, dest):
        """copy a file or directory recursively

        Copy recursively keeping attributes, like cp -a.

        Returns: None.
        """
        return self._call(_a_cp_a, (src, dest))

    def dd(self, src, dest):
        """copy from source to destination using dd

        Copy src to dest byte for byte; the destination must be at least as
        large.

        Returns: None.
        """
        return self._call(_a_dd, (src, dest))

    def debug(self, subcmd, extraargs):
        """debugging and internals

        Run a debugging subcommand in the daemon: help lists them, progress N
        runs for N seconds sending progress messages, echo ARGS... returns its
        arguments.

        Returns: str.
        """
        return self._call(_a_debug, (subcmd, extraargs))

    def df(self):
        """report file system disk space usage

        Return the output of df, for humans.

        Returns: str.
        """
        return self._call(_a_df, ())

    def download(self, remotefilename, filename):
        """download a file to the local machine

        Copy remotefilename from the appliance to the local file filename (-
        for standard output). Sends progress events.

        Returns: None.
        """
        return self._call(_a_download, (remotefilename, filename))

    def exists(self, path):
        """test if file or directory exists

        True if path exists (following symlinks).

        Returns: bool.
        """
        return self._call(_a_exists, (path,))

    def filesize(self, file):
        """return the size of the file in bytes

        Return the size of a file in bytes.

        Returns: int.
        """
        return self._call(_a_filesize, (file,))

    def fill(self, c, len, path):
        """fill a file with octets

        Create path holding len bytes of value c.

        Returns: None.
        """
        return self._call(_a_fill, (c, len, path))

    def get_append(self):
        """get extra kernel command line parameters

        Return the value set by set_append.

        Returns: str, or None when there is none.
        """
        return self._call(_a_get_append, ())

    def get_attach_method(self):
        """get the backend

        Return the backend set by set_backend.

        Returns: str.

        Deprecated: use get_backend instead.
        """
        return self._call(_a_get_attach_method, ())

    def get_autosync(self):
        """get autosync mode

        Return the value set by set_autosync.

        Returns: bool.
        """
        return self._call(_a_get_autosync, ())

    def get_backend(self):
        """get the backend

        Return the backend set by set_backend.

        Returns: str.
        """
        return self._call(_a_get_backend, ())

    def get_backend_settings(self):
        """get the backend settings

        Return the settings set by set_backend_settings.

        Returns: list of str.
        """
        return self._call(_a_get_backend_settings, ())

    def get_cachedir(self):
        """get the appliance cache directory

        Return the appliance cache directory.

        Returns: str.
        """
        return self._call(_a_get_cachedir, ())

    def get_memsize(self):
        """get memory allocated to the hypervisor

        Return the value set by set_memsize.

        Returns: int.
        """
        return self._call(_a_get_memsize, ())

    def get_path(self):
        """get the search path

        Return the value set by set_path.

        Returns: str.
        """
        return self._call(_a_get_path, ())

    def get_pid(self):
        """get PID of hypervisor

        Return the process ID of qemu. Fails with the unix: backend.

        Returns: int.
        """
        return self._call(_a_get_pid, ())

    def get_program(self):
        """get the program name

        Return the value set by set_program.

        Returns: str.
        """
        return self._call(_a_get_program, ())

    def get_qemu(self):
        """get the hypervisor binary

        Return the value set by set_qemu.

        Returns: str.
        """
        return self._call(_a_get_qemu, ())

    def get_recovery_proc(self):
        """get enable or disable the recovery process

        Return the value set by set_recovery_proc.

        Returns: bool.
        """
        return self._call(_a_get_recovery_proc, ())

    def get_smp(self):
        """get number of virtual CPUs

        Return the value set by set_smp.

        Returns: int.
        """
        return self._call(_a_get_smp, ())

    def get_state(self):
        """get the current state

        Return the handle's state: 0 CONFIG, 1 LAUNCHING, 2 READY, 3 BUSY.

        Returns: int.
        """
        return self._call(_a_get_state, ())

    def get_tmpdir(self):
        """get the temporary directory

        Return the temporary directory.

        Returns: str.
        """
        return self._call(_a_get_tmpdir, ())

    def get_trace(self):
        """get command trace

        Return the value set by set_trace.

        Returns: bool.
        """
        return self._call(_a_get_trace, ())

    def get_verbose(self):
        """get verbose messages

        Return the value set by set_verbose.

        Returns: bool.
        """
        return self._call(_a_get_verbose, ())

    def head(self, path):
        """return first 10 lines of a file

        Return the first 10 lines of a file.

        Returns: list of str.
        """
        return self._call(_a_head, (path,))

    def internal_test(self, str, optstr, strlist, b, integer, integer64,
                      filein, fileout, bufferin, obool=None, oint=None,
                      oint64=None, ostring=None, ostringlist=None):
        """internal test function - do not use

        Print every argument in a canonical format to stdout, for the bindings'
        tests.

        Returns: None.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test,
                          (str, optstr, strlist, b, integer, integer64, filein,
                           fileout, bufferin),
                          (obool, oint, oint64, ostring, ostringlist))

    def internal_test_only_optargs(self, test=None):
        """internal test function - do not use

        Print the optional argument to stdout.

        Returns: None.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_only_optargs, (), (test,))

    def internal_test_rbool(self, val):
        """internal test function - do not use

        Return true if val is true.

        Returns: bool.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rbool, (val,))

    def internal_test_rboolerr(self):
        """internal test function - do not use

        Always fail with an error.

        Returns: bool.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rboolerr, ())

    def internal_test_rbufferout(self, val):
        """internal test function - do not use

        Return the bytes of val.

        Returns: bytes.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rbufferout, (val,))

    def internal_test_rbufferouterr(self):
        """internal test function - do not use

        Always fail with an error.

        Returns: bytes.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rbufferouterr, ())

    def internal_test_rconstoptstring(self, val):
        """internal test function - do not use

        Return the static string static string.

        Returns: str, or None when there is none.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rconstoptstring, (val,))

    def internal_test_rconstoptstringerr(self):
        """internal test function - do not use

        Always fail with an error.

        Returns: str, or None when there is none.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rconstoptstringerr, ())

    def internal_test_rconststring(self, val):
        """internal test function - do not use

        Return the static string static string.

        Returns: str.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rconststring, (val,))

    def internal_test_rconststringerr(self):
        """internal test function - do not use

        Always fail with an error.

        Returns: str.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rconststringerr, ())

    def internal_test_rhashtable(self, val):
        """internal test function - do not use

        Return val pairs 0/0, 1/1, ....

        Returns: list of (key, value) tuples of str, or a dict with
        python_return_dict=True.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rhashtable, (val,))

    def internal_test_rhashtableerr(self):
        """internal test function - do not use

        Always fail with an error.

        Returns: list of (key, value) tuples of str, or a dict with
        python_return_dict=True.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rhashtableerr, ())

    def internal_test_rint(self, val):
        """internal test function - do not use

        Return the integer in val.

        Returns: int.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rint, (val,))

    def internal_test_rint64(self, val):
        """internal test function - do not use

        Return the integer in val.

        Returns: int.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rint64, (val,))

    def internal_test_rint64err(self):
        """internal test function - do not use

        Always fail with an error.

        Returns: int.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rint64err, ())

    def internal_test_rinterr(self):
        """internal test function - do not use

        Always fail with an error.

        Returns: int.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rinterr, ())

    def internal_test_rstring(self, val):
        """internal test function - do not use

        Return a copy of val.

        Returns: str.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rstring, (val,))

    def internal_test_rstringerr(self):
        """internal test function - do not use

        Always fail with an error.

        Returns: str.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rstringerr, ())

    def internal_test_rstringlist(self, val):
        """internal test function - do not use

        Return val strings 0, 1, ....

        Returns: list of str.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rstringlist, (val,))

    def internal_test_rstringlisterr(self):
        """internal test function - do not use

        Always fail with an error.

        Returns: list of str.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rstringlisterr, ())

    def internal_test_rstruct(self, val):
        """internal test function - do not use

        Return a dirent with ino val, ftyp r, name val.

        Returns: dict: ino, ftyp, name.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rstruct, (val,))

    def internal_test_rstructerr(self):
        """internal test function - do not use

        Always fail with an error.

        Returns: dict: ino, ftyp, name.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rstructerr, ())

    def internal_test_rstructlist(self, val):
        """internal test function - do not use

        Return val dirents numbered from 0 as for internal_test_rstruct.

        Returns: list of dicts: ino, ftyp, name.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rstructlist, (val,))

    def internal_test_rstructlisterr(self):
        """internal test function - do not use

        Always fail with an error.

        Returns: list of dicts: ino, ftyp, name.

        Internal: for the bindings' tests only.
        """
        return self._call(_a_internal_test_rstructlisterr, ())

    def is_busy(self):
        """is busy processing a command

        True if the handle is in the BUSY state.

        Returns: bool.
        """
        return self._call(_a_is_busy, ())

    def is_config(self):
        """is in configuration state

        True if the handle is in the CONFIG state.

        Returns: bool.
        """
        return self._call(_a_is_config, ())

    def is_dir(self, path, followsymlinks=None):
        """test if a directory

        True if path is a directory. With followsymlinks a symlink to one
        counts.

        Returns: bool.
        """
        return self._call(_a_is_dir, (path,), (followsymlinks,))

    is_dir_opts = is_dir

    def is_file(self, path, followsymlinks=None):
        """test if a regular file

        True if path is a regular file. With followsymlinks a symlink to one
        counts.

        Returns: bool.
        """
        return self._call(_a_is_file, (path,), (followsymlinks,))

    is_file_opts = is_file

    def is_launching(self):
        """is launching subprocess

        True if the handle is in the LAUNCHING state.

        Returns: bool.
        """
        return self._call(_a_is_launching, ())

    def is_ready(self):
        """is ready to accept commands

        True if the handle is in the READY state.

        Returns: bool.
        """
        return self._call(_a_is_ready, ())

    def is_symlink(self, path):
        """test if symbolic link

        True if path is a symbolic link.

        Returns: bool.
        """
        return self._call(_a_is_symlink, (path,))

    def kill_subprocess(self):
        """kill the backend

        Kill the appliance without syncing. The handle returns to CONFIG.

        Returns: None.

        Deprecated: use shutdown instead.
        """
        return self._call(_a_kill_subprocess, ())

    def launch(self):
        """launch the backend

        Boot the appliance (or, with the unix:PATH attach method, connect to a
        running daemon) after the drives have been added. The handle moves from
        CONFIG through LAUNCHING to READY, and a GUESTFS_EVENT_LAUNCH_DONE
        event fires. A launch that does not come up within the launch timeout
        fails with an error that quotes the last lines the appliance printed,
        and the handle returns to CONFIG.

        Returns: None.
        """
        return self._call(_a_launch, ())

    def list_devices(self):
        """list the block devices

        List the block devices (whole disks) the appliance sees, as canonical
        names /dev/sda, /dev/sdb, ... in order; the appliance's own root disk
        is not listed.

        Returns: list of str.
        """
        return self._call(_a_list_devices, ())

    def list_filesystems(self):
        """list filesystems

        Return pairs of (device, filesystem type) for every device and
        partition that holds something recognisable: a filesystem type such as
        ext4, swap, or unknown. Whole disks that are partitioned are not
        listed.

        Returns: list of (key, value) tuples of str, or a dict with
        python_return_dict=True.
        """
        return self._call(_a_list_filesystems, ())

    def list_partitions(self):
        """list the partitions

        List all partitions on all block devices, in canonical names.

        Returns: list of str.
        """
        return self._call(_a_list_partitions, ())

    def ll(self, directory):
        """list the files in a directory (long format)

        Return the output of ls -la on the directory, for humans.

        Returns: str.
        """
        return self._call(_a_ll, (directory,))

    def ln_s(self, target, linkname):
        """create a symbolic link

        Create linkname as a symbolic link to target.

        Returns: None.
        """
        return self._call(_a_ln_s, (target, linkname))

    def ls(self, directory):
        """list the files in a directory

        List the names in a directory, sorted, without . and ...

        Returns: list of str.
        """
        return self._call(_a_ls, (directory,))

    def lstat(self, path):
        """get file information for a symbolic link

        Like stat but a symlink is described itself.

        Returns: dict: dev, ino, mode, nlink, uid, gid, rdev, size, blksize,
        blocks, atime, mtime, ctime.

        Deprecated: use lstatns instead.
        """
        return self._call(_a_lstat, (path,))

    def lstatns(self, path):
        """get file information for a symbolic link

        Like statns but a symlink is described itself.

        Returns: dict: st_dev, st_ino, st_mode, st_nlink, st_uid, st_gid,
        st_rdev, st_size, st_blksize, st_blocks, st_atime_sec, st_atime_nsec,
        st_mtime_sec, st_mtime_nsec, st_ctime_sec, st_ctime_nsec, st_spare1,
        st_spare2, st_spare3, st_spare4, st_spare5, st_spare6.
        """
        return self._call(_a_lstatns, (path,))

    def mkdir(self, path):
        """create a directory

        Create a directory.

        Returns: None.
        """
        return self._call(_a_mkdir, (path,))

    def mkdir_p(self, path):
        """create a directory and its parents

        Create a directory and any missing parents; no error if it exists.

        Returns: None.
        """
        return self._call(_a_mkdir_p, (path,))

    def mkfs(self, fstype, device, blocksize=None, features=None, inode=None,
             sectorsize=None, label=None):
        """make a filesystem

        Make a filesystem of type fstype (ext2, ext3, ext4, xfs, vfat) on
        device. blocksize sets the block size (the cluster size for vfat),
        label the label; features (ext2/3/4), inode (the inode size: ext2/3/4,
        xfs) and sectorsize (xfs, vfat) pass through to the mkfs tool.

        Returns: None.
        """
        return self._call(_a_mkfs, (fstype, device),
                          (blocksize, features, inode, sectorsize, label))

    mkfs_opts = mkfs

    def mount(self, mountable, mountpoint):
        """mount a guest disk at a position in the filesystem

        Mount mountable at mountpoint (a path inside the appliance's view, /
        first). Filesystems are mounted with the options the kernel picks; see
        mount_options.

        Returns: None.
        """
        return self._call(_a_mount, (mountable, mountpoint))

    def mount_options(self, options, mountable, mountpoint):
        """mount a guest disk with mount options

        Mount with the comma-separated options (as mount -o).

        Returns: None.
        """
        return self._call(_a_mount_options, (options, mountable, mountpoint))

    def mount_ro(self, mountable, mountpoint):
        """mount a guest disk, read-only

        Mount read-only.

        Returns: None.
        """
        return self._call(_a_mount_ro, (mountable, mountpoint))

    def mounts(self):
        """show mounted filesystems

        List the devices mounted, in canonical names, in mount order.

        Returns: list of str.
        """
        return self._call(_a_mounts, ())

    def mv(self, src, dest):
        """move a file

        Move a file or directory, like mv.

        Returns: None.
        """
        return self._call(_a_mv, (src, dest))

    def part_add(self, device, prlogex, startsect, endsect):
        """add a partition to the device

        Add a partition from sector startsect to endsect (inclusive; -1 means
        the end of the disk minus what GPT needs). prlogex is p (or primary), l
        (logical) or e (extended).

        Returns: None.
        """
        return self._call(_a_part_add, (device, prlogex, startsect, endsect))

    def part_disk(self, device, parttype):
        """partition whole disk with a single primary partition

        Create a partition table of type parttype with one partition covering
        the whole disk.

        Returns: None.
        """
        return self._call(_a_part_disk, (device, parttype))

    def part_get_parttype(self, device):
        """get the partition table type

        Return msdos or gpt (or another parted type name).

        Returns: str.
        """
        return self._call(_a_part_get_parttype, (device,))

    def part_init(self, device, parttype):
        """create an empty partition table

        Create an empty partition table of type parttype (msdos or mbr, gpt) on
        device, destroying what was there.

        Returns: None.
        """
        return self._call(_a_part_init, (device, parttype))

    def part_list(self, device):
        """list partitions on a device

        List the partitions of device: number, start, end and size in bytes.

        Returns: list of dicts: part_num, part_start, part_end, part_size.
        """
        return self._call(_a_part_list, (device,))

    def ping_daemon(self):
        """ping the guest daemon

        A no-op call that checks the daemon answers. Used to measure the round
        trip.

        Returns: None.
        """
        return self._call(_a_ping_daemon, ())

    def read_file(self, path):
        """read a file

        Return the whole contents of a file as a buffer (any bytes). Files
        bigger than the protocol's message limit fail; use download for them.

        Returns: bytes.
        """
        return self._call(_a_read_file, (path,))

    def read_lines(self, path):
        """read file as lines

        Return the file's lines without their line endings (\\n or \\r\\n). A
        final line without an ending is included.

        Returns: list of str.
        """
        return self._call(_a_read_lines, (path,))

    def readdir(self, dir):
        """read directories entries

        Return every entry of a directory, . and .. included, with inode
        numbers and types, in no set order.

        Returns: list of dicts: ino, ftyp, name.
        """
        return self._call(_a_readdir, (dir,))

    def readlink(self, path):
        """read the target of a symbolic link

        Return the target of a symbolic link.

        Returns: str.
        """
        return self._call(_a_readlink, (path,))

    def rename(self, oldpath, newpath):
        """rename a file on the same filesystem

        Rename oldpath to newpath (one rename(2) call).

        Returns: None.
        """
        return self._call(_a_rename, (oldpath, newpath))

    def rm(self, path):
        """remove a file

        Remove a single file.

        Returns: None.
        """
        return self._call(_a_rm, (path,))

    def rm_rf(self, path):
        """remove a file or directory recursively

        Remove a file or directory tree, like rm -rf; no error if it does not
        exist.

        Returns: None.
        """
        return self._call(_a_rm_rf, (path,))

    def rmdir(self, path):
        """remove a directory

        Remove an empty directory.

        Returns: None.
        """
        return self._call(_a_rmdir, (path,))

    def set_append(self, value):
        """set extra kernel command line parameters

        Append these parameters to the appliance kernel's command line. NULL
        for none.

        The default is taken from the environment variable LIBGUESTFS_APPEND
        when the handle is created.

        Returns: None.
        """
        return self._call(_a_set_append, (value,))

    def set_attach_method(self, attachmethod):
        """set the backend

        Set the backend: appliance (also called direct) boots an appliance
        under qemu; unix:PATH connects to a daemon listening on the Unix socket
        PATH.

        Returns: None.

        Deprecated: use set_backend instead.
        """
        return self._call(_a_set_attach_method, (attachmethod,))

    def set_autosync(self, value):
        """set autosync mode

        When true, umount_all and sync run before the handle is closed or shut
        down.

        Without it the value is true.

        Returns: None.
        """
        return self._call(_a_set_autosync, (value,))

    def set_backend(self, backend):
        """set the backend

        Set the backend: appliance (also called direct) boots an appliance
        under qemu; unix:PATH connects to a daemon listening on the Unix socket
        PATH.

        The default is taken from LIBGUESTFS_BACKEND (or the older
        LIBGUESTFS_ATTACH_METHOD) when the handle is created.

        Returns: None.
        """
        return self._call(_a_set_backend, (backend,))

    def set_backend_settings(self, settings):
        """replace the backend settings

        Set backend-specific settings. Those understood are force_tcg (never
        use KVM), force_kvm (use KVM without probing it, fail if it is missing)
        and launch_timeout=SECONDS.

        The default is taken from LIBGUESTFS_BACKEND_SETTINGS (settings
        separated by colons) when the handle is created.

        Returns: None.
        """
        return self._call(_a_set_backend_settings, (settings,))

    def set_cachedir(self, cachedir):
        """set the appliance cache directory

        Set the directory under which the built appliance is cached. The
        default is $TMPDIR or /var/tmp.

        Returns: None.
        """
        return self._call(_a_set_cachedir, (cachedir,))

    def set_label(self, mountable, label):
        """set filesystem label

        Set the label of the filesystem on mountable (ext2/3/4, xfs unmounted,
        vfat).

        Returns: None.
        """
        return self._call(_a_set_label, (mountable, label))

    def set_memsize(self, value):
        """set memory allocated to the hypervisor

        Set the appliance's memory in megabytes.

        The default is taken from the environment variable LIBGUESTFS_MEMSIZE
        when the handle is created.

        Without it the value is 512.

        Returns: None.
        """
        return self._call(_a_set_memsize, (value,))

    def set_path(self, value):
        """set the search path

        Set the directory in which the appliance (supermin.d, or a prebuilt
        kernel, initrd and root) is found. NULL restores the default.

        The default is taken from the environment variable LIBGUESTFS_PATH when
        the handle is created.

        Without it the value is the installed appliance directory.

        Returns: None.
        """
        return self._call(_a_set_path, (value,))

    def set_program(self, value):
        """set the program name

        The program name, used in messages.

        Without it the value is the short name of the running program.

        Returns: None.
        """
        return self._call(_a_set_program, (value,))

    def set_qemu(self, value):
        """set the hypervisor binary

        Set the qemu binary to run. It may be a wrapper script, provided its
        last command is exec qemu "$@". NULL restores the default.

        The default is taken from the environment variable LIBGUESTFS_QEMU when
        the handle is created.

        Without it the value is qemu-system-x86_64 on the PATH.

        Returns: None.
        """
        return self._call(_a_set_qemu, (value,))

    def set_recovery_proc(self, value):
        """set enable or disable the recovery process

        When true, launch also forks a small watchdog process that kills qemu
        if the program dies without closing the handle (even by SIGKILL). Turn
        it off only if something else reaps qemu.

        Without it the value is true.

        Returns: None.
        """
        return self._call(_a_set_recovery_proc, (value,))

    def set_smp(self, value):
        """set number of virtual CPUs

        Set the appliance's number of virtual CPUs.

        Without it the value is 1.

        Returns: None.
        """
        return self._call(_a_set_smp, (value,))

    def set_tmpdir(self, tmpdir):
        """set the temporary directory

        Set the directory for temporary files (sockets, overlays). The default
        is $TMPDIR or /tmp.

        Returns: None.
        """
        return self._call(_a_set_tmpdir, (tmpdir,))

    def set_trace(self, value):
        """set command trace

        Trace every API call and its result as GUESTFS_EVENT_TRACE messages;
        with no callback registered they go to stderr.

        The default is taken from the environment variable LIBGUESTFS_TRACE=1
        when the handle is created.

        Without it the value is false.

        Returns: None.
        """
        return self._call(_a_set_trace, (value,))

    def set_verbose(self, value):
        """set verbose messages

        Turn on debug messages from the library and the appliance
        (GUESTFS_EVENT_LIBRARY and GUESTFS_EVENT_APPLIANCE); with no callback
        registered they go to stderr.

        The default is taken from the environment variable LIBGUESTFS_DEBUG=1
        when the handle is created.

        Without it the value is false.

        Returns: None.
        """
        return self._call(_a_set_verbose, (value,))

    def sh(self, command):
        """run a command via the shell

        Run command through /bin/sh -c chrooted into the mounted guest
        filesystem; see command.

        Returns: str.
        """
        return self._call(_a_sh, (command,))

    def shutdown(self):
        """shut down the backend

        Sync the disks and stop the appliance cleanly, then wait for qemu to
        exit. Errors from the sync or from qemu's exit status are reported.
        Calling it in the CONFIG state does nothing. The handle returns to
        CONFIG and may be launched again.

        Returns: None.
        """
        return self._call(_a_shutdown, ())

    def stat(self, path):
        """get file information

        Return the stat(2) information of path, following symlinks.

        Returns: dict: dev, ino, mode, nlink, uid, gid, rdev, size, blksize,
        blocks, atime, mtime, ctime.

        Deprecated: use statns instead.
        """
        return self._call(_a_stat, (path,))

    def statns(self, path):
        """get file information

        Return the stat(2) information of path with nanosecond timestamps,
        following symlinks.

        Returns: dict: st_dev, st_ino, st_mode, st_nlink, st_uid, st_gid,
        st_rdev, st_size, st_blksize, st_blocks, st_atime_sec, st_atime_nsec,
        st_mtime_sec, st_mtime_nsec, st_ctime_sec, st_ctime_nsec, st_spare1,
        st_spare2, st_spare3, st_spare4, st_spare5, st_spare6.
        """
        return self._call(_a_statns, (path,))

    def statvfs(self, path):
        """get file system statistics

        Return the statvfs(3) information of the filesystem holding path.

        Returns: dict: bsize, frsize, blocks, bfree, bavail, files, ffree,
        favail, fsid, flag, namemax.
        """
        return self._call(_a_statvfs, (path,))

    def sync(self):
        """sync disks, writes are flushed through

        Flush all writes to the disks.

        Returns: None.
        """
        return self._call(_a_sync, ())

    def tail(self, path):
        """return last 10 lines of a file

        Return the last 10 lines of a file.

        Returns: list of str.
        """
        return self._call(_a_tail, (path,))

    def tar_in(self, tarfile, directory, compress=None, xattrs=None,
               selinux=None, acls=None):
        """unpack tarfile to directory

        Unpack the local tar file tarfile into directory. compress is compress,
        gzip, bzip2, xz, lzop or zstd, or unset for an uncompressed tar.

        Returns: None.
        """
        return self._call(_a_tar_in, (tarfile, directory),
                          (compress, xattrs, selinux, acls))

    tar_in_opts = tar_in

    def tar_out(self, directory, tarfile, compress=None, numericowner=None,
                excludes=None, xattrs=None, selinux=None, acls=None):
        """pack directory into tarfile

        Pack directory into the local tar file tarfile, compressed as compress
        says (see tar_in). excludes lists glob patterns to leave out;
        numericowner stores numbers rather than names.

        Returns: None.
        """
        return self._call(_a_tar_out, (directory, tarfile),
                          (compress, numericowner, excludes, xattrs, selinux,
                           acls))

    tar_out_opts = tar_out

    def touch(self, path):
        """update file timestamps or create a new file

        Create an empty file or update its timestamps.

        Returns: None.
        """
        return self._call(_a_touch, (path,))

    def umount(self, pathordevice, force=None, lazyunmount=None):
        """unmount a filesystem

        Unmount the filesystem mounted at, or from, pathordevice.

        Returns: None.
        """
        return self._call(_a_umount, (pathordevice,), (force, lazyunmount))

    umount_opts = umount

    def umount_all(self):
        """unmount all filesystems

        Unmount every mounted filesystem, innermost first.

        Returns: None.
        """
        return self._call(_a_umount_all, ())

    def upload(self, filename, remotefilename):
        """upload a file from the local machine

        Copy the local file filename (- for standard input) to remotefilename
        in the appliance. Sends progress events.

        Returns: None.
        """
        return self._call(_a_upload, (filename, remotefilename))

    def version(self):
        """get the library version number

        Return the library's version: major, minor, release and extra.

        Returns: dict: major, minor, release, extra.
        """
        return self._call(_a_version, ())

    def vfs_label(self, mountable):
        """get the filesystem label

        Return the filesystem label, or the empty string.

        Returns: str.
        """
        return self._call(_a_vfs_label, (mountable,))

    def vfs_type(self, mountable):
        """get the Linux VFS type corresponding to a mounted device

        Return the filesystem type of mountable as blkid sees it, e.g. ext2,
        xfs, vfat, or the empty string if nothing is recognised.

        Returns: str.
        """
        return self._call(_a_vfs_type, (mountable,))

    def vfs_uuid(self, mountable):
        """get the filesystem UUID

        Return the filesystem UUID, or the empty string.

        Returns: str.
        """
        return self._call(_a_vfs_uuid, (mountable,))

    def write(self, path, content):
        """create a new file

        Create or truncate path and write content to it. content may hold any
        bytes, NULs included.

        Returns: None.
        """
        return self._call(_a_write, (path, content))

    def write_append(self, path, content):
        """append content to end of file

        Append content to path, creating it if needed.

        Returns: None.
        """
        return self._call(_a_write_append, (path, content))

    def zero(self, device):
        """write zeroes to the device

        Zero the first few blocks of device, enough to wipe any filesystem or
        partition table signature.

        Returns: None.
        """
        return self._call(_a_zero, (device,))
