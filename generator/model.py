"""The vocabulary of the API description (generator/api.py).

Every action, argument, return type, struct and test in api.py is built
from the classes here; the backends (c.py, protocol.py, daemon.py, ...)
only read these objects.
"""

from dataclasses import dataclass, field
from typing import List, Optional, Tuple


# ---------------------------------------------------------------- arguments


@dataclass(frozen=True)
class Arg:
    """Every kind of argument is a class below, listed in ARG_TYPES; it
    sets kind, ctype (the C type of the parameter in the public API)
    and is_string (passed as a NUL-terminated C string)."""

    name: str

    may_be_null = False  # NULL is a valid value (OptString)

    def c_params(self):
        """The C parameter declarations this argument becomes."""
        return ["%s%s" % (self.ctype, self.name)]


class StringArg(Arg):
    """The arguments passed as const char *."""

    ctype = "const char *"
    is_string = True


class String(StringArg):
    kind = "String"


class OptString(StringArg):
    kind = "OptString"
    may_be_null = True


class Pathname(StringArg):
    """An absolute path inside the appliance's mounted filesystems."""

    kind = "Pathname"


class Device(StringArg):
    """A block device name such as /dev/sda1 (translated by the daemon)."""

    kind = "Device"


class Dev_or_Path(StringArg):
    kind = "Dev_or_Path"


class Mountable(StringArg):
    """A device, or a btrfs subvolume as btrfsvol:DEVICE/SUBVOLUME."""

    kind = "Mountable"


class Mountable_or_Path(StringArg):
    """A Mountable, or an absolute path inside the mounted filesystems."""

    kind = "Mountable_or_Path"


class Key(StringArg):
    """A secret: never printed in trace output."""

    kind = "Key"


class FileIn(StringArg):
    """A host file name whose contents are streamed to the daemon."""

    kind = "FileIn"


class FileOut(StringArg):
    """A host file name that receives a stream from the daemon."""

    kind = "FileOut"


class StringList(Arg):
    kind = "StringList"
    ctype = "char *const *"
    is_string = False


class DeviceList(StringList):
    kind = "DeviceList"


class Bool(Arg):
    kind = "Bool"
    ctype = "int "
    is_string = False


class Int(Arg):
    kind = "Int"
    ctype = "int "
    is_string = False


class Int64(Arg):
    kind = "Int64"
    ctype = "int64_t "
    is_string = False


class BufferIn(Arg):
    kind = "BufferIn"
    ctype = "const char *"
    is_string = False

    def c_params(self):
        return ["const char *%s" % self.name, "size_t %s_size" % self.name]


# The kinds of argument (exactly these classes: validate.py rejects any
# other, subclasses included).
ARG_TYPES = (String, OptString, Pathname, Device, Dev_or_Path, Mountable,
             Mountable_or_Path,
             Key, FileIn, FileOut, StringList, DeviceList, Bool, Int, Int64,
             BufferIn)


# ------------------------------------------------------- optional arguments


@dataclass(frozen=True)
class OptArg:
    """Each kind sets kind, ctype (the C type of the field of the _argv
    struct) and va_type (the type va_arg reads)."""

    name: str


class OBool(OptArg):
    kind = "OBool"
    ctype = "int "
    va_type = "int"


class OInt(OptArg):
    kind = "OInt"
    ctype = "int "
    va_type = "int"


class OInt64(OptArg):
    kind = "OInt64"
    ctype = "int64_t "
    va_type = "int64_t"


class OString(OptArg):
    kind = "OString"
    ctype = "const char *"
    va_type = "const char *"


class OStringList(OptArg):
    kind = "OStringList"
    ctype = "char *const *"
    va_type = "char *const *"


OPTARG_TYPES = (OBool, OInt, OInt64, OString, OStringList)


# ------------------------------------------------------------ return types


@dataclass(frozen=True)
class Ret:
    """Each kind sets kind, ctype (the C return type) and error_value
    (what the C function returns on error)."""


class RErr(Ret):
    kind = "RErr"
    ctype = "int "
    error_value = "-1"


class RInt(Ret):
    kind = "RInt"
    ctype = "int "
    error_value = "-1"


class RInt64(Ret):
    kind = "RInt64"
    ctype = "int64_t "
    error_value = "-1"


class RBool(Ret):
    kind = "RBool"
    ctype = "int "
    error_value = "-1"


class RConstString(Ret):
    kind = "RConstString"
    ctype = "const char *"
    error_value = "NULL"


class RConstOptString(Ret):
    """May return NULL without it being an error."""

    kind = "RConstOptString"
    ctype = "const char *"
    error_value = "NULL"


class RString(Ret):
    kind = "RString"
    ctype = "char *"
    error_value = "NULL"


class RStringList(Ret):
    kind = "RStringList"
    ctype = "char **"
    error_value = "NULL"


class RHashtable(Ret):
    """A flat NULL-terminated list: key, value, key, value, ..."""

    kind = "RHashtable"
    ctype = "char **"
    error_value = "NULL"


class RBufferOut(Ret):
    kind = "RBufferOut"
    ctype = "char *"
    error_value = "NULL"


@dataclass(frozen=True)
class RStruct(Ret):
    struct: str = ""
    kind = "RStruct"
    error_value = "NULL"

    @property
    def ctype(self):
        return "struct guestfs_%s *" % self.struct


@dataclass(frozen=True)
class RStructList(Ret):
    struct: str = ""
    kind = "RStructList"
    error_value = "NULL"

    @property
    def ctype(self):
        return "struct guestfs_%s_list *" % self.struct


RET_TYPES = (RErr, RInt, RInt64, RBool, RConstString, RConstOptString,
             RString, RStringList, RHashtable, RBufferOut, RStruct,
             RStructList)


# ------------------------------------------------------------------ structs

# Field kinds: (C type, XDR type in the protocol).
FIELD_TYPES = {
    "FString": ("char *", "string"),
    "FBuffer": ("char *", "opaque"),  # with a <name>_len size_t beside it
    "FUUID": ("char", "uuid"),  # char name[32], not NUL-terminated
    "FUInt32": ("uint32_t", "u_int"),
    "FInt32": ("int32_t", "int"),
    "FUInt64": ("uint64_t", "u_quad"),
    "FInt64": ("int64_t", "quad"),
    "FBytes": ("uint64_t", "u_quad"),
    "FChar": ("char", "char"),
    "FOptPercent": ("float", "float"),  # -1 means not present
}


@dataclass
class Struct:
    name: str
    fields: List[Tuple[str, str]]  # (field name, field kind)
    doc: str = ""


# -------------------------------------------------------------------- tests

# A test is a sequence of commands, each a list [action, arg, arg, ...]
# written as strings the way a shell user would type them; the test
# generator converts each string to the C type the action wants.
# Optional arguments are written "name:value".  A StringList argument is
# written as one string of space-separated words ("" is the empty list).
# Strings may use C escapes (\\n, \\0): they are pasted into C literals.


@dataclass
class Test:
    init: str  # see TEST_INITS
    seq: List[List[str]]  # setup commands, each must succeed
    # What the last command must produce:
    #   ("run",)                 it succeeds
    #   ("fail",)                it fails
    #   ("true",) / ("false",)   RBool result
    #   ("int", N)               RInt/RInt64 result
    #   ("string", S)            RString/RConstString/RBufferOut result
    #   ("strings", [S, ...])    RStringList result
    #   ("struct", {field: value, ...})  RStruct fields that must match
    #                            (RStructList: those of its first element)
    #   ("hash", {key: value, ...})  RHashtable pairs that must be there
    #   ("len", N)               RStringList/RStructList length, RHashtable
    #                            number of pairs, RString strlen
    #   ("contains", S)          RString/RBufferOut contains S
    check: tuple = ("run",)


# How a test's disks start (the test runner sets these up once and resets
# them between tests, so one appliance serves many tests):
#   "none"      no disk needed (daemon-only queries)
#   "empty"     /dev/sda: a blank 512 MiB disk, nothing mounted
#   "scratchfs" an ext4 filesystem mounted on /; tests must use paths
#               under a directory named after the test (not wiped)
#   "basicfs"   /dev/sda1 (one msdos partition, ext2), mounted on /,
#               freshly made for this test
TEST_INITS = ("none", "empty", "scratchfs", "basicfs")


# ------------------------------------------------------------------ actions


@dataclass
class Action:
    name: str
    ret: Ret
    args: List[Arg]
    optargs: List[OptArg] = field(default_factory=list)
    # Stable procedure number for daemon actions; None for actions that
    # run entirely in the library.
    proc_nr: Optional[int] = None
    shortdesc: str = ""
    longdesc: str = ""
    since: str = "1.0.0"
    deprecated_by: Optional[str] = None
    # Deprecated with no replacement (deprecated_by names one when
    # there is one).
    deprecated_no_replacement: bool = False
    # The plain name once took no optional arguments: the optargs
    # version is NAME_opts and the plain name keeps the old ABI.
    once_had_no_optargs: bool = False
    # States the action may be called in (library actions); daemon
    # actions always require READY.
    states: Tuple[str, ...] = ("CONFIG", "LAUNCHING", "READY", "BUSY")
    # The daemon sends progress messages for this call.
    progress: bool = False
    # A callback on the handle (event callback or error handler) may
    # call it (library actions; daemon actions never): see "CALLBACKS
    # AND THE HANDLE" in docs/guestfs.pod.in.
    from_callback: bool = True
    # The entry point calls guestfs_impl_NAME and nothing else: no
    # handle lock, no ENTER event, no trace, no state check, so it may be
    # called from a signal handler, or from another thread during a call
    # on the handle (user_cancel).  Bindings call it without their lock.
    signal_safe: bool = False
    visible: bool = True  # False: internal, not in docs/bindings listing
    tests: List[Test] = field(default_factory=list)
    # Extra names the same action is reachable by (e.g. set_backend for
    # set_attach_method is its own action; this is for doc cross-refs).
    see_also: List[str] = field(default_factory=list)
    # The optional group (libguestfs's name: "lvm2", "luks", ...) a
    # daemon action belongs to.  The daemon refuses the action with
    # ENOTSUP unless its optgroup_NAME_available () says the appliance
    # has what it needs; guestfs_available asks the same functions.
    optional: Optional[str] = None

    @property
    def deprecated(self):
        return self.deprecated_by is not None or self.deprecated_no_replacement

    @property
    def in_daemon(self):
        return self.proc_nr is not None

    @property
    def allowed_in_callback(self):
        return self.from_callback and not self.in_daemon

    @property
    def c_name(self):
        """The name of the C entry point that takes the optargs."""
        if self.optargs and self.once_had_no_optargs:
            return self.name + "_opts"
        return self.name

    @property
    def file_in(self):
        return [a for a in self.args if isinstance(a, FileIn)]

    @property
    def file_out(self):
        return [a for a in self.args if isinstance(a, FileOut)]

    @property
    def wire_args(self):
        """Arguments sent in the call message (FileIn/FileOut are
        streamed, not sent)."""
        return [a for a in self.args if not isinstance(a, (FileIn, FileOut))]


# ------------------------------------------------------------------- events


@dataclass
class Event:
    name: str  # e.g. "close" -> GUESTFS_EVENT_CLOSE
    bit: int
    doc: str
