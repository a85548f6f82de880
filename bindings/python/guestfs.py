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
cannot launch, shut down or close its handle, nor make calls to the
appliance (GuestFSError naming the call; see guestfs(3)).

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

# The part of the binding that is the same for every action: argument
# conversion, calls, results, errors, events, closing.  What comes from
# the API description (one table entry and one method per action, the
# struct layouts, the event constants) is _guestfs_api.py, which
# generator/python.py writes.

import atexit
import ctypes
import operator
import os
import threading
import warnings
import weakref

from ctypes import (POINTER, c_char, c_char_p, c_float, c_int, c_int32,
                    c_int64, c_size_t, c_uint, c_uint32, c_uint64, c_void_p)

import _guestfs_api as _api

__all__ = ["GuestFS", "GuestFSError", "ClosedHandle", "event_to_string"]

# EVENT_CLOSE and the others.
globals().update(_api.EVENTS)
__all__ += list(_api.EVENTS)

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

    def __init__(self, name, cfunc, args, optargs, ret, struct,
                 deprecated_by):
        self.name = name
        self.args = [(n, _IN[k][0]) for n, k in args]
        self.optargs = [(n, _IN[k][0]) for n, k in optargs]
        ctype, self.error, free = _api.RET_INFO[ret]
        restype = _CTYPE[ctype]
        self.result = _CONVERT[ret]
        self.free = _FREE[free]
        self.struct = _STRUCTS[struct] if struct else None
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


_STRUCTS = {name: _Struct(name, fields)
            for name, fields in _api.STRUCTS.items()}
_ACTIONS = {name: _Action(name, *spec) for name, spec in _api.ACTIONS.items()}


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


# Pushed around every call: it prints nothing, and tells the calls whose
# NULL result may or may not be an error which it was.
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


class GuestFS(_api.Actions):
    """A libguestfs handle.  See the module documentation."""

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
                raise GuestFSError("close: cannot be called from a "
                                   "callback")
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

    def _call(self, name, args, optargs=()):
        a = _ACTIONS[name]
        if a.deprecated_by is not None:
            warnings.warn("%s is deprecated: %s" %
                          (a.name, "use %s instead" % a.deprecated_by
                           if a.deprecated_by else "there is no replacement"),
                          DeprecationWarning, stacklevel=3)
        with self._lock:
            g = self._handle(a.name)
            cargs, size = a.c_args(args, optargs)
            frame = _Frame()
            frames = _frames()
            frames.append(frame)
            self._depth += 1
            try:
                # The error handler belongs to the thread: set this
                # thread's for the call.
                _c_push_error_handler(g, _error_marker, None)
                try:
                    r = a.fn(g, *cargs)
                finally:
                    _c_pop_error_handler(g)
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

    def _call_signal_safe(self, name, args):
        """The call of a signal-safe action (user_cancel): unlike _call it
        takes only the lock that keeps close from freeing the handle
        under it, so another thread, or an event callback, may make it
        during a call on this handle.  Such an action cannot fail on an
        open handle."""
        a = _ACTIONS[name]
        with self._cancel_lock:
            cargs, _ = a.c_args(args, ())
            a.fn(self._handle(name), *cargs)
