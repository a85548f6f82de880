"""The Python binding's generated part: bindings/python/_guestfs_api.py
(the event constants, the struct layouts, one table entry and one
method per action), the type stub guestfs.pyi (from the hand-written
guestfs.pyi.in) and the shared bindings test sequence
bindings/python/t/bindings_sequence.py.

Everything the same for every action is hand-written beside them:
bindings/python/guestfs.py (the public module, which imports
_guestfs_api) and t/sequence_support.py.  The classification of the C
API comes from bindings.py, shared with the other bindings.
"""

import keyword
import textwrap

import api
import bindings as B
import emit

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
    elif a.deprecated_no_replacement:
        paras.append("Deprecated: there is no replacement.")
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


def pairs(items):
    return ['("%s", "%s")' % p for p in items]


def literal(s):
    return "None" if s is None else '"%s"' % s


def action_table(a):
    """The ACTIONS entry of action a."""
    B.ret_info(a)
    ind = " " * 8
    parts = [ind + literal(B.c_function(a)),
             py_list(pairs((x.name, B.arg_kind(a, x)) for x in a.args), ind),
             py_list(pairs((o.name, B.optarg_kind(a, o)) for o in a.optargs),
                     ind),
             pack(ind, [literal(a.ret.kind),
                        literal(getattr(a.ret, "struct", None)),
                        literal("" if a.deprecated_no_replacement
                                else a.deprecated_by)], "),", ind)]
    return '    "%s": (\n' % a.name + ",\n".join(parts)


def method(a):
    out = [def_line(a, a.name), "        " + docstring(a, "        ")]
    call = "_call_signal_safe" if a.signal_safe else "_call"
    ind = " " * len("        return self.%s(" % call)
    call_parts = ['"%s"' % a.name,
                  tuple_expr([pyname(x.name) for x in a.args], ind)]
    if a.optargs:
        call_parts.append(tuple_expr([pyname(o.name) for o in a.optargs],
                                     ind))
    out.append(wrap_call("return self.%s(" % call, call_parts, "        "))
    for alias in B.method_names(a)[1:]:
        out.append("\n    %s = %s" % (alias, a.name))
    return "\n".join(out) + "\n"


def gen_module():
    out = [emit.banner("python.py", ("# ", "# ", None)),
           '"""The generated part of the guestfs module: import guestfs, '
           'not this."""\n',
           "# guestfs.EVENT_*.",
           "EVENTS = {"]
    for name, bit in B.events():
        out.append('    "EVENT_%s": 0x%04x,' % (name, bit))
    out.append("}\n")
    out.append("# Return kind -> (C type, how an error shows, who frees "
               "the result).")
    out.append("RET_INFO = {")
    for kind, info in B.RET_INFO.items():
        out.append('    "%s": ("%s", "%s", "%s"),' %
                   (kind, info.ctype, info.error, info.free))
    out.append("}\n")
    out.append("# Struct name -> [(field, field kind)].")
    out.append("STRUCTS = {")
    for s in api.STRUCTS:
        if s.name in B.structs_returned():
            for f, kind in s.fields:
                B.field_kind(s, f, kind)
            out.append(pack('    "%s": [' % s.name, pairs(s.fields), "],"))
    out.append("}\n")
    out.append("# Action name -> (C function, [(argument, kind)], "
               "[(optional argument,\n# kind)], return kind, struct "
               "returned, deprecated_by: \"\" for no replacement).")
    out.append("ACTIONS = {")
    for a in B.binding_actions():
        out.append(action_table(a))
    out.append("}\n")
    out.append("\nclass Actions:")
    out.append('    """The methods of guestfs.GuestFS that call actions."""'
               "\n")
    for a in B.binding_actions():
        out.append(method(a))
    emit.output("bindings/python/_guestfs_api.py",
                "\n".join(out).rstrip() + "\n")


# ----------------------------------------------------------------- stub


def struct_type(name):
    return "_" + "".join(w.capitalize() for w in name.split("_"))


def stub_events():
    return ["EVENT_%s: int" % name for name, _ in B.events()]


def stub_structs():
    out = []
    for s in api.STRUCTS:
        if s.name not in B.structs_returned():
            continue
        out.append("\n\nclass %s(TypedDict):" % struct_type(s.name))
        for f, kind in s.fields:
            out.append("    %s: %s" % (f, PYI_FIELD[B.field_kind(s, f,
                                                              kind)]))
    return out


def stub_methods():
    out = []
    for a in B.binding_actions():
        r = emit.lookup(PYI_RET, a.ret.kind, a.name, "return value")
        if "%s" in r:
            r = r % struct_type(a.ret.struct)
        for name in B.method_names(a):
            out.append(def_line(a, name, True, " -> %s: ..." % r))
    return out


def gen_stub():
    text = emit.template("bindings/python/guestfs.pyi.in",
                         {"@EVENTS@": stub_events,
                          "@STRUCTS@": stub_structs,
                          "@METHODS@": stub_methods})
    emit.output("bindings/python/guestfs.pyi",
                emit.banner("python.py", ("# ", "# ", None)) + text)


# ------------------------------------------------ the shared bindings test


def gen_sequence():
    out = [emit.banner("python.py", ("# ", "# ", None)),
           '"""The shared bindings test of tests/bindings/README.md: its '
           'output must\nmatch tests/bindings/expected.txt byte for byte.  '
           'test_bindings.py runs\nit in a subprocess."""\n',
           "import guestfs",
           "from sequence_support import show\n",
           "g = guestfs.GuestFS()"]
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
