"""What every language binding needs from the API description, in
language-neutral terms.

A binding backend (python.py, perl.py; OCaml later) walks
binding_actions() and maps each neutral kind below to its own types, so
the classification of the C API lives here once:

  argument kinds  arg_kind(), optarg_kind(): STRING, FILENAME,
                  OPTSTRING, STRINGLIST, BOOL, INT, INT64, BUFFER
  return kinds    ret_info(): the C return type, how the C function
                  reports an error, who frees what it returns
  struct fields   field_kind()
  the shared test sequence of tests/bindings/README.md: BINDINGS_TEST

Each of these fails, naming the action (or struct), for a kind it does
not classify; a backend's own table of the neutral kinds should be read
with emit.lookup, which does the same.  The backend writes per-action
code only: what is the same for every action is a hand-written file of
the binding (as bindings/python/guestfs.py).
"""

import re
from dataclasses import dataclass, field
from typing import Any, Dict, List

import api
import emit
from model import (BufferIn, Bool, Dev_or_Path, Device, DeviceList, FileIn,
                   FileOut, Int, Int64, Key, Mountable, Mountable_or_Path,
                   OBool, OInt, OInt64, OString, OStringList, OptString,
                   Pathname, String, StringList)

# ---------------------------------------------------------------- actions


def binding_actions():
    """Every action, sorted by name.  Internal (not visible) actions are
    included: the bindings' own tests call them."""
    return sorted(api.ACTIONS, key=lambda a: a.name)


def method_names(a):
    """Names the action is reachable by in an object-style binding: the
    plain name takes the optional arguments; NAME_opts is an alias when
    the C API has one (g.add_drive and g.add_drive_opts)."""
    names = [a.name]
    if a.c_name != a.name:
        names.append(a.c_name)
    return names


def c_function(a):
    """The C entry point a binding calls: the _argv form (optional
    arguments in a struct, no varargs) when there are optional
    arguments."""
    if a.optargs:
        return "guestfs_%s_argv" % a.c_name
    return "guestfs_" + a.name


# ------------------------------------------------------------ argument kinds

STRING = "STRING"          # const char *, never NULL
FILENAME = "FILENAME"      # const char *: a host file name
OPTSTRING = "OPTSTRING"    # const char *, may be NULL
STRINGLIST = "STRINGLIST"  # char *const *, NULL-terminated
BOOL = "BOOL"              # int, 0 or 1
INT = "INT"                # int
INT64 = "INT64"            # int64_t
BUFFER = "BUFFER"          # const char *buf, size_t buf_size


ARG_KINDS = {
    String: STRING, Pathname: STRING, Device: STRING, Dev_or_Path: STRING,
    Mountable: STRING, Mountable_or_Path: STRING, Key: STRING,
    FileIn: FILENAME, FileOut: FILENAME,
    OptString: OPTSTRING,
    StringList: STRINGLIST, DeviceList: STRINGLIST,
    Bool: BOOL,
    Int: INT,
    Int64: INT64,
    BufferIn: BUFFER,
}

# Optional arguments: in the _argv struct after a uint64_t bitmask, bit
# i set when optional argument i is present.
OPTARG_KINDS = {OBool: BOOL, OInt: INT, OInt64: INT64, OString: STRING,
                OStringList: STRINGLIST}


def arg_kind(a, arg):
    """The kind of argument arg of action a."""
    return emit.lookup(ARG_KINDS, type(arg), a.name,
                       "argument " + arg.name)


def optarg_kind(a, o):
    return emit.lookup(OPTARG_KINDS, type(o), a.name,
                       "optional argument " + o.name)


# --------------------------------------------------------------- return kinds


@dataclass(frozen=True)
class RetInfo:
    ctype: str   # "int", "int64", "pointer"
    error: str   # "minus_one", "null", "reported" (NULL is a valid
    #              result; the call failed only if the library reported
    #              an error meanwhile, which a binding learns through an
    #              error handler of its own pushed around the call)
    free: str    # "none", "free", "strings" (each string, then the
    #              array), "struct" (guestfs_free_S), "struct_list"
    #              (guestfs_free_S_list)


RET_INFO = {
    "RErr": RetInfo("int", "minus_one", "none"),
    "RInt": RetInfo("int", "minus_one", "none"),
    "RInt64": RetInfo("int64", "minus_one", "none"),
    "RBool": RetInfo("int", "minus_one", "none"),
    "RConstString": RetInfo("pointer", "null", "none"),
    "RConstOptString": RetInfo("pointer", "reported", "none"),
    "RString": RetInfo("pointer", "null", "free"),
    "RStringList": RetInfo("pointer", "null", "strings"),
    "RHashtable": RetInfo("pointer", "null", "strings"),
    "RBufferOut": RetInfo("pointer", "null", "free"),
    "RStruct": RetInfo("pointer", "null", "struct"),
    "RStructList": RetInfo("pointer", "null", "struct_list"),
}


# ------------------------------------------------------------ struct fields

# Field kind -> the kind of value a binding returns for it.  The C layout
# is model.FIELD_TYPES; FBuffer is a uint32_t NAME_len then char *NAME,
# FUUID a char[32] without a NUL, FOptPercent -1 when not present.
FIELD_KINDS = {
    "FString": "STRING",
    "FBuffer": "BYTES",
    "FUUID": "STRING",
    "FUInt32": "INT",
    "FInt32": "INT",
    "FUInt64": "INT",
    "FInt64": "INT",
    "FBytes": "INT",
    "FChar": "CHAR",
    "FOptPercent": "OPTFLOAT",
}


def ret_info(a):
    """RET_INFO of the return kind of action a."""
    return emit.lookup(RET_INFO, a.ret.kind, a.name, "return value")


def field_kind(s, fname, kind):
    """FIELD_KINDS of field fname of struct s."""
    return emit.lookup(FIELD_KINDS, kind, "struct " + s.name,
                       "field " + fname)


def structs_returned():
    """Names of the structs some action returns (alone or in a list)."""
    return sorted({a.ret.struct for a in api.ACTIONS
                   if hasattr(a.ret, "struct")})


# --------------------------------------------------------------- events


def events():
    """(NAME, bit) for every event, and ("ALL", all bits) last."""
    out = [(e.name.upper(), e.bit) for e in api.EVENTS]
    bits = 0
    for e in api.EVENTS:
        bits |= e.bit
    return out + [("ALL", bits)]


# ---------------------------------------------------------- documentation


def pod_to_text(s):
    """POD markup to plain text: C<x>, I<x>, B<x>, F<x>, L<x> -> x, and
    references to other calls named the way a binding user calls them
    (C<guestfs_launch> -> launch)."""
    s = re.sub(r"[CIBFL]<([^<>]*)>", r"\1", s)
    return re.sub(r"\bguestfs_([a-z][a-z0-9_]*)", r"\1", s)


def paragraphs(s):
    """Documentation text as a list of paragraphs, each one line."""
    return [" ".join(p.split()) for p in pod_to_text(s).split("\n\n")
            if p.strip()]


# ------------------------------------------- the shared bindings test data

# tests/bindings/README.md in data form.  Values are Python values that
# each backend writes as literals of its language: str, bytes (BufferIn),
# None (OptString NULL), bool, int, list of str.


@dataclass
class TestCall:
    """Call an action; it prints its arguments itself."""
    action: str
    args: List[Any]
    optargs: Dict[str, Any] = field(default_factory=dict)


@dataclass
class TestReturn:
    """Call internal_test_NAME (val) and print "NAME: RESULT"; with err,
    then call internal_test_NAMEerr () and print
    "NAMEerr: error: MESSAGE"."""
    name: str
    val: str
    err: bool = True


@dataclass
class TestPrint:
    """Print this line as it is."""
    line: str


BINDINGS_TEST = [
    TestCall("internal_test",
             ["abc", "def", [], False, 0, 0, "123", "456", b"abc\0def"]),
    TestCall("internal_test",
             ["abc", None, ["1"], False, 0, 0, "", "", b""]),
    TestCall("internal_test",
             ["", "def", ["1", "2"], True, -1, -1, "x", "y", b"\xff"]),
    TestCall("internal_test",
             ["abc", "def", ["a b", "c"], True, 2147483647,
              9223372036854775807, "f", "g", b"buf"],
             {"obool": True, "oint": -1, "oint64": -9223372036854775808,
              "ostring": "string", "ostringlist": ["x", "y"]}),
    TestCall("internal_test",
             ["abc", "def", [], False, 0, 0, "", "", b""],
             {"oint": 42, "ostringlist": []}),
    TestCall("internal_test_only_optargs", []),
    TestCall("internal_test_only_optargs", [], {"test": 7}),
    TestReturn("rint", "10"),
    TestReturn("rint64", "-10"),
    TestReturn("rbool", "true"),
    TestReturn("rconststring", "x"),
    TestReturn("rconstoptstring", "x"),
    TestReturn("rstring", "string"),
    TestReturn("rstringlist", "3"),
    TestReturn("rstruct", "10"),
    TestReturn("rstructlist", "2"),
    TestReturn("rhashtable", "2"),
    TestReturn("rbufferout", "abc"),
    TestReturn("rstringlist", "0", err=False),
    TestReturn("rstructlist", "0", err=False),
    TestPrint("done"),
]


def test_action(step: TestReturn, err: bool = False) -> str:
    return "internal_test_" + step.name + ("err" if err else "")
