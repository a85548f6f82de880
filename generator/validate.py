"""Consistency checks on the API description, run before any backend."""

import re

import api
import emit
import model
from model import TEST_INITS, RConstString, RConstOptString


def check_kinds(a):
    """Every argument, optional argument and return value of a is of a
    kind the model lists: a backend never meets anything else."""
    for arg in a.args:
        if type(arg) not in model.ARG_TYPES:
            emit.unknown(a.name, "argument " + arg.name, type(arg))
    for o in a.optargs:
        if type(o) not in model.OPTARG_TYPES:
            emit.unknown(a.name, "optional argument " + o.name, type(o))
    if type(a.ret) not in model.RET_TYPES:
        emit.unknown(a.name, "return value", type(a.ret))


def validate():
    for s in api.STRUCTS:
        for fname, kind in s.fields:
            if kind not in model.FIELD_TYPES:
                emit.unknown("struct " + s.name, "field " + fname, kind)
    names = set()
    procs = {}
    for a in api.ACTIONS:
        check_kinds(a)
        # libguestfs's mkswap_L, mke2fs_JU, ...: capitals only as a
        # last part.
        if not re.fullmatch(r"[a-z][a-z0-9_]*(_[A-Z]+)?", a.name):
            emit.die("%s: bad action name" % a.name)
        if a.name in names:
            emit.die("%s: defined twice" % a.name)
        names.add(a.name)
        if not a.shortdesc or not a.longdesc:
            emit.die("%s: missing documentation" % a.name)
        if a.in_daemon:
            if a.proc_nr in procs:
                emit.die("%s: procedure number %d already used by %s" %
                         (a.name, a.proc_nr, procs[a.proc_nr]))
            procs[a.proc_nr] = a.name
            if isinstance(a.ret, (RConstString, RConstOptString)):
                emit.die("%s: daemon actions cannot return const strings"
                         % a.name)
        if a.in_daemon and len(a.file_in) + len(a.file_out) > 1:
            emit.die("%s: at most one FileIn/FileOut argument" % a.name)
        if len(a.optargs) > 64:
            emit.die("%s: too many optional arguments" % a.name)
        argnames = [x.name for x in a.args] + [o.name for o in a.optargs]
        if len(set(argnames)) != len(argnames):
            emit.die("%s: duplicate argument names" % a.name)
        for t in a.tests:
            if t.init not in TEST_INITS:
                emit.die("%s: unknown test init %s" % (a.name, t.init))
    for a in api.ACTIONS:
        if a.deprecated_by and a.deprecated_by not in names:
            emit.die("%s: deprecated_by unknown action %s" %
                     (a.name, a.deprecated_by))
    structs = {s.name for s in api.STRUCTS}
    for a in api.ACTIONS:
        s = getattr(a.ret, "struct", None)
        if s is not None and s not in structs:
            emit.die("%s: unknown struct %s" % (a.name, s))
