"""The per-action tests: tests/test-actions.c.

Every Test in an action's tests=[...] becomes a C function that calls the
real API against one appliance shared by the whole run (see TEST_INITS in
model.py for the disks each test starts from), listed in tests[].  The
hand-written tests/test-actions-main.c runs them and prints TAP; the
checks and resets they call are there too (tests/test-actions.h).
Test strings are converted to C here, at generation time, so a bad test
(wrong number of arguments, a check that does not fit the return type,
a malformed integer) stops the generator instead of failing at run time.
"""

import re

import api
import emit
from model import (BufferIn, Bool, Int, Int64, StringArg, StringList,
                   DeviceList, OBool, OInt, OInt64, OString, OStringList,
                   RErr, RInt, RInt64, RBool, RConstString, RConstOptString,
                   RString, RStringList, RHashtable, RBufferOut, RStruct,
                   RStructList)
import c

INT_RANGE = (-(1 << 31), (1 << 31) - 1)
INT64_RANGE = (-(1 << 63), (1 << 63) - 1)

ACTIONS = {a.name: a for a in api.ACTIONS}
STRUCTS = {s.name: s for s in api.STRUCTS}


class TestError(Exception):
    pass


# ------------------------------------------------------ argument conversion


def parse_c_integer(s, lo, hi):
    """The value strtol (s, NULL, 0) gives, insisting that all of s is a
    number in [lo, hi]: "0700" is octal, "0x1f" hex, "-1" decimal."""
    m = re.fullmatch(r"([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)", s)
    if not m:
        raise TestError("%r is not an integer" % s)
    body = m.group(2)
    if body[:2] in ("0x", "0X"):
        v = int(body[2:], 16)
    elif body.startswith("0"):
        v = int(body, 8)
    else:
        v = int(body)
    if m.group(1) == "-":
        v = -v
    if not lo <= v <= hi:
        raise TestError("%s is out of range" % s)
    return v


def c_int64(v):
    if v == INT64_RANGE[0]:
        return "INT64_MIN"
    return "INT64_C (%d)" % v


def c_integer(s, lo, hi):
    """A C literal for the test's integer s (kept as written, so "0700"
    stays octal in the C source too)."""
    v = parse_c_integer(s, lo, hi)
    if v == INT64_RANGE[0]:
        return "INT64_MIN"
    literal = s.lstrip("+")
    return literal if hi == INT_RANGE[1] else "INT64_C (%s)" % literal


def c_bool(s):
    if s not in ("true", "false"):
        raise TestError("%r is not a boolean (true or false)" % s)
    return "1" if s == "true" else "0"


def c_string_list(s):
    """A NULL-terminated compound literal of the space-separated words."""
    words = s.split()
    return "(char *const[]) { %s }" % ", ".join(
        [emit.c_string(w) for w in words] + ["NULL"])


def c_arg(arg, s):
    """The C expressions (one, or two for a buffer) for argument arg."""
    if isinstance(arg, (StringList, DeviceList)):
        return [c_string_list(s)]
    if isinstance(arg, Bool):
        return [c_bool(s)]
    if isinstance(arg, Int):
        return [c_integer(s, *INT_RANGE)]
    if isinstance(arg, Int64):
        return [c_integer(s, *INT64_RANGE)]
    if isinstance(arg, BufferIn):
        lit = emit.c_string(s)
        return [lit, "sizeof %s - 1" % lit]
    if not isinstance(arg, StringArg):
        raise TestError("argument %s: unknown kind %s" %
                        (arg.name, type(arg).__name__))
    if s is None:
        if not arg.may_be_null:
            raise TestError("%s cannot be NULL" % arg.name)
        return ["NULL"]
    return [emit.c_string(s)]


def c_optarg(o, s):
    if isinstance(o, OStringList):
        return c_string_list(s)
    if isinstance(o, OBool):
        return c_bool(s)
    if isinstance(o, OInt):
        return c_integer(s, *INT_RANGE)
    if isinstance(o, OInt64):
        return c_integer(s, *INT64_RANGE)
    if isinstance(o, OString):
        return emit.c_string(s)
    raise TestError("optional argument %s: unknown kind %s" %
                    (o.name, type(o).__name__))


def call_expr(a, words):
    """(declarations, C call expression) for the command [name, args...]."""
    params = words[1:]
    if len(params) < len(a.args):
        raise TestError("%s takes %d arguments, %d given" %
                        (a.name, len(a.args), len(params)))
    cargs = ["g"]
    for arg, s in zip(a.args, params):
        cargs.extend(c_arg(arg, s))
    if isinstance(a.ret, RBufferOut):
        cargs.append("&size")
    decls = []
    given = params[len(a.args):]
    if given and not a.optargs:
        raise TestError("%s takes no optional arguments" % a.name)
    if a.optargs and (given or not a.once_had_no_optargs):
        optargs = {o.name: o for o in a.optargs}
        bits = []
        fields = []
        for s in given:
            name, sep, value = s.partition(":")
            if not sep or name not in optargs:
                raise TestError("%s: %r is not an optional argument "
                                "written name:value" % (a.name, s))
            o = optargs[name]
            bit = c.bitmask_name(a, o)
            if bit in bits:
                raise TestError("%s: %s given twice" % (a.name, name))
            bits.append(bit)
            fields.append(".%s = %s" % (name, c_optarg(o, value)))
        decls.append("const %s optargs = {" % c.argv_struct(a))
        if not bits:
            decls.append("  .bitmask = 0,")
        for k, bit in enumerate(bits):
            decls.append("%s%s%s" % ("  .bitmask = " if k == 0 else
                                     " " * 13 + "| ", bit,
                                     "," if k == len(bits) - 1 else ""))
        decls.extend("  %s," % f for f in fields)
        decls.append("};")
        cargs.append("&optargs")
        fname = "guestfs_%s_argv" % a.c_name
    else:
        fname = "guestfs_" + a.name
    return decls, "%s (%s)" % (fname, ", ".join(cargs))


# ------------------------------------------------------------ result code


def is_error(ret):
    """C condition: the call that set r failed."""
    if isinstance(ret, (RErr, RInt, RInt64, RBool)):
        return "r == -1"
    if isinstance(ret, RConstOptString):
        return "errors_seen != errors_before"
    if isinstance(ret, (RConstString, RString, RStringList, RHashtable,
                        RBufferOut, RStruct, RStructList)):
        return "r == NULL"
    raise TestError("return value: unknown kind %s" % type(ret).__name__)


def free_stmt(ret):
    if isinstance(ret, (RString, RBufferOut)):
        return "free (r);"
    if isinstance(ret, (RStringList, RHashtable)):
        return "free_strings (r);"
    if isinstance(ret, RStruct):
        return "guestfs_free_%s (r);" % ret.struct
    if isinstance(ret, RStructList):
        return "guestfs_free_%s_list (r);" % ret.struct
    if isinstance(ret, (RErr, RInt, RInt64, RBool, RConstString,
                        RConstOptString)):
        return None
    raise TestError("return value: unknown kind %s" % type(ret).__name__)


def finish(ret, expr):
    """Lines that free r and return the int expr."""
    f = free_stmt(ret)
    if f is None:
        return ["return %s;" % expr]
    return ["int ok = %s;" % expr, f, "return ok;"]


def need(cond, a, what):
    if not cond:
        raise TestError("check %s does not fit %s, which returns %s" %
                        (what, a.name, a.ret.kind))


def string_length(ret):
    if isinstance(ret, RBufferOut):
        return "size"
    if isinstance(ret, RConstOptString):
        return "(r ? strlen (r) : 0)"
    return "strlen (r)"


def check_code(a, check):
    """Lines checking the result r of the last command (which succeeded
    unless the check is "fail")."""
    ret = a.ret
    kind = check[0]
    name = emit.c_string(a.name)
    if kind == "run":
        return finish(ret, "0")
    if kind in ("true", "false"):
        need(isinstance(ret, RBool), a, kind)
        return ["return check_int (%s, r, %d);" %
                (name, int(kind == "true"))]
    if kind == "int":
        need(isinstance(ret, (RInt, RInt64)), a, kind)
        return ["return check_int (%s, r, %s);" % (name, c_int64(check[1]))]
    if kind in ("string", "contains"):
        ok = (RString, RBufferOut) + \
            ((RConstString, RConstOptString) if kind == "string" else ())
        need(isinstance(ret, ok), a, kind)
        lit = emit.c_string(check[1])
        fn = "check_buffer" if kind == "string" else "check_contains"
        return finish(ret, "%s (%s, r, %s, %s, sizeof %s - 1)" %
                      (fn, name, string_length(ret), lit, lit))
    if kind == "strings":
        need(isinstance(ret, (RStringList, RHashtable)), a, kind)
        want = check[1]
        if not want:
            return finish(ret, "check_strings (%s, r, NULL, 0)" % name)
        lines = ["static const char *const want[] = {"]
        lines.extend("  %s," % emit.c_string(s) for s in want)
        lines.append("};")
        return lines + finish(ret, "check_strings (%s, r, want, %d)" %
                              (name, len(want)))
    if kind == "len":
        if isinstance(ret, RStringList):
            got = "count_strings (r)"
        elif isinstance(ret, RHashtable):
            got = "count_strings (r) / 2"
        elif isinstance(ret, RStructList):
            got = "r->len"
        elif isinstance(ret, (RString, RBufferOut)):
            got = string_length(ret)
        else:
            need(False, a, kind)
        return finish(ret, "check_int (%s, (int64_t)%s, %s)" %
                      (name, got, c_int64(check[1])))
    if kind == "pair":
        need(isinstance(ret, RHashtable), a, kind)
        return finish(ret, "check_pair (%s, r, %s, %s)" %
                      (name, emit.c_string(check[1]),
                       emit.c_string(check[2])))
    if kind == "struct":
        need(isinstance(ret, RStruct), a, kind)
        fields = dict(STRUCTS[ret.struct].fields)
        lines = ["int ok = 0;"]
        for fname, value in sorted(check[1].items()):
            if fname not in fields:
                raise TestError("struct %s has no field %s" %
                                (ret.struct, fname))
            what = emit.c_string("%s: %s" % (a.name, fname))
            ftype = fields[fname]
            if ftype == "FString":
                lit = emit.c_string(value)
                test = "check_buffer (%s, r->%s, strlen (r->%s), %s, " \
                       "sizeof %s - 1)" % (what, fname, fname, lit, lit)
            elif ftype == "FBuffer":
                lit = emit.c_string(value)
                test = "check_buffer (%s, r->%s, r->%s_len, %s, " \
                       "sizeof %s - 1)" % (what, fname, fname, lit, lit)
            elif ftype == "FChar":
                test = "check_int (%s, r->%s, %s)" % (
                    what, fname, "'%s'" % value if isinstance(value, str)
                    else value)
            elif ftype in ("FUUID", "FOptPercent"):
                raise TestError("cannot check %s field %s" % (ftype, fname))
            elif ftype not in ("FUInt32", "FInt32", "FUInt64", "FInt64",
                               "FBytes"):
                raise TestError("struct %s: field %s: unknown kind %s" %
                                (ret.struct, fname, ftype))
            else:
                test = "check_int (%s, (int64_t)r->%s, %s)" % (
                    what, fname, c_int64(value))
            lines.append("if (%s == -1)" % test)
            lines.append("  ok = -1;")
        lines.append(free_stmt(ret))
        lines.append("return ok;")
        return lines
    raise TestError("unknown check %r" % (kind,))


def command_block(a, words, index, last, check):
    decls, call = call_expr(a, words)
    ret = a.ret
    body = list(decls)
    if isinstance(ret, RBufferOut):
        body.append("size_t size;")
    if isinstance(ret, RConstOptString) or (last and check[0] == "fail"):
        body.append("unsigned errors_before = errors_seen;")
    body.append("%sr = %s;" % (ret.ctype, call))
    name = emit.c_string(a.name)
    if last and check[0] == "fail":
        body.append("if (!(%s))" % is_error(ret))
        body.append("  {")
        body.append("    diag (\"%%s: succeeded, but it should fail\", %s);"
                    % name)
        f = free_stmt(ret)
        if f:
            body.append("    " + f)
        body.append("    return -1;")
        body.append("  }")
        body.append("return check_error_reported (%s, errors_before);"
                    % name)
    else:
        body.append("if (%s)" % is_error(ret))
        body.append("  {")
        body.append("    diag_error (%s, %d);" % (name, index + 1))
        body.append("    return -1;")
        body.append("  }")
        if last:
            body.extend(check_code(a, check))
        elif free_stmt(ret):
            body.append(free_stmt(ret))
    out = ["  {"]
    for line in body:
        out.extend(wrap("    " + line))
    return out + ["  }"]


# ------------------------------------------------------------ C layout

COLUMNS = 79
NOT_CALLS = ("if", "for", "while", "return", "sizeof")


def matching_paren(line, start):
    """The index of the ')' closing the '(' at start (C strings and
    character constants skipped)."""
    depth = 0
    i = start
    while i < len(line):
        ch = line[i]
        if ch in "\"'":
            i += 1
            while line[i] != ch:
                i += 2 if line[i] == "\\" else 1
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def split_args(text):
    """Split at the commas outside brackets and literals."""
    args, depth, cur, i = [], 0, "", 0
    while i < len(text):
        ch = text[i]
        if ch in "\"'":
            j = i + 1
            while text[j] != ch:
                j += 2 if text[j] == "\\" else 1
            cur += text[i:j + 1]
            i = j + 1
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            args.append(cur.strip())
            cur = ""
        else:
            cur += ch
        i += 1
    args.append(cur.strip())
    return args


def wrap(line):
    """Break a statement too long for the tree's style after the commas
    of its first call, continuing under the call's first argument."""
    if len(line) <= COLUMNS:
        return [line]
    for m in re.finditer(r"([A-Za-z_][A-Za-z0-9_]*) \(", line):
        if m.group(1) not in NOT_CALLS:
            break
    else:
        return [line]
    start = m.end() - 1
    end = matching_paren(line, start)
    if end is None:
        return [line]
    head, tail = line[:start + 1], line[end:]
    args = split_args(line[start + 1:end])
    out, cur = [], head
    for k, arg in enumerate(args):
        piece = arg + ("," if k < len(args) - 1 else tail)
        if cur == head:
            cur += piece
        elif len(cur) + 1 + len(piece) <= COLUMNS:
            cur += " " + piece
        else:
            out.append(cur)
            cur = " " * len(head) + piece
    out.append(cur)
    return out


def c_string_lines(s, indent):
    """A long string literal as adjacent literals split at spaces."""
    room = COLUMNS - len(indent) - 4
    chunks, cur = [], ""
    for word in re.split(r"(?<= )", s):
        if cur and len(cur) + len(word) > room:
            chunks.append(cur)
            cur = ""
        cur += word
    chunks.append(cur)
    return [indent + emit.c_string(c) for c in chunks]


# ------------------------------------------------------------- test names


SIMPLE_WORD = re.compile(r"[A-Za-z0-9_/.:=,+-]{1,32}")


def show_word(s):
    if s == "":
        return '""'
    return s if SIMPLE_WORD.fullmatch(s) else '"..."'


def describe(t):
    """A short, stable, TAP-safe summary of a test."""
    cmds = "; ".join(" ".join([w[0]] + [show_word(x) for x in w[1:]])
                     for w in t.seq)
    kind = t.check[0]
    if kind in ("int", "len"):
        expect = "%s %d" % (kind, t.check[1])
    elif kind in ("string", "contains"):
        expect = "%s %s" % (kind, show_word(t.check[1]))
    elif kind == "strings":
        expect = "[%s]" % ", ".join(show_word(s) for s in t.check[1])
    elif kind == "struct":
        expect = "{%s}" % ", ".join("%s: %s" % (k, v) for k, v in
                                    sorted(t.check[1].items()))
    else:
        expect = kind
    return "%s -> %s" % (cmds, expect)


# --------------------------------------------------------------- the file


TOP = """#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guestfs.h"
#include "test-actions.h"

/* Deprecated calls are tested like any other. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
"""


def gen_test(a, i, t):
    out = [c.comment_block("%s_%d: %s" % (a.name, i, describe(t))),
           "static int",
           "test_%s_%d (void)" % (a.name, i),
           "{"]
    if not t.seq:
        raise TestError("no commands")
    for n, words in enumerate(t.seq):
        if words[0] not in ACTIONS:
            raise TestError("unknown action %s" % words[0])
        last = n == len(t.seq) - 1
        out.extend(command_block(ACTIONS[words[0]], words, n, last,
                                 t.check))
    # Every path through the last command's block returns.
    out.append("}\n")
    return out


def generate():
    body = [emit.banner("tests.py"), TOP]
    table = []
    for a in api.ACTIONS:
        for i, t in enumerate(a.tests):
            try:
                body.extend(gen_test(a, i, t))
            except TestError as e:
                emit.die("%s test %d: %s" % (a.name, i, e))
            table.append("  { \"%s_%d\", reset_%s, test_%s_%d," %
                         (a.name, i, t.init, a.name, i))
            table.extend(c_string_lines(describe(t), "    "))
            table[-1] += " },"
    untested = " ".join(a.name for a in api.ACTIONS
                        if a.in_daemon and not a.tests) or "(none)"
    body.append("const struct test tests[] = {")
    body.extend(table)
    body.append("};\n")
    body.append("const size_t nr_tests = sizeof tests / sizeof tests[0];\n")
    body.append("const char untested_actions[] =")
    body.extend(c_string_lines(untested, "  "))
    body[-1] += ";"
    emit.output("tests/test-actions.c", "\n".join(body) + "\n")
