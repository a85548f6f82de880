"""The OCaml binding's generated part: bindings/ocaml/guestfs.ml (the
struct records and layouts, the event type, one C binding, one function
and one method per action), its interface guestfs.mli (from the
hand-written guestfs.mli.in) and the shared bindings test sequence
bindings/ocaml/t/bindings_sequence.ml.

Everything the same for every action is hand-written beside them:
bindings/ocaml/guestfs_support.ml (which guestfs.ml includes) and
t/sequence_support.ml.  The classification of the C API comes from
bindings.py, shared with the other bindings.
"""

import re
import textwrap

import api
import bindings as B
import emit

KEYWORDS = set("""and as assert asr begin class constraint do done downto
else end exception external false for fun function functor if in include
inherit initializer land lazy let lor lsl lsr lxor match method mod module
mutable new nonrec object of open or private rec sig struct then to true
try type val virtual when while with""".split())

# kind -> (OCaml type, ctypes type(s), conversion of v).
ARG = {
    B.STRING: ("string", "ptr char", "in_string ar %(a)s %(n)s %(v)s"),
    B.FILENAME: ("string", "ptr char", "in_string ar %(a)s %(n)s %(v)s"),
    B.OPTSTRING: ("string option", "ptr_opt char",
                  "in_optstring ar %(a)s %(n)s %(v)s"),
    B.STRINGLIST: ("string array", "ptr (ptr_opt char)",
                   "in_stringlist ar %(a)s %(n)s %(v)s"),
    B.BOOL: ("bool", "int", "in_bool %(v)s"),
    B.INT: ("int", "int", "in_int %(a)s %(n)s %(v)s"),
    B.INT64: ("int64", "int64_t", "%(v)s"),
    # Two C arguments: the bytes and their size.
    B.BUFFER: ("string", "ptr char @-> size_t",
               "in_buffer ar %(v)s|in_size %(v)s"),
}

# Optional argument kind -> (OCaml type, support's optkind, optval maker).
OPTARG = {
    B.BOOL: ("bool", "O_bool", "ob"),
    B.INT: ("int", "O_int", "oi"),
    B.INT64: ("int64", "O_int64", "oi64"),
    B.STRING: ("string", "O_string", "os"),
    B.STRINGLIST: ("string array", "O_stringlist", "osl"),
}

# Return kind -> (OCaml type, conversion of the C result).
RET = {
    "RErr": ("unit", "r_unit cp"),
    "RInt": ("int", "r_int cp"),
    "RInt64": ("int64", "r_int64 cp"),
    "RBool": ("bool", "r_bool cp"),
    "RConstString": ("string", "r_conststring cp"),
    "RConstOptString": ("string option", "r_constoptstring cp fr"),
    "RString": ("string", "r_string cp"),
    "RStringList": ("string array", "r_stringlist cp"),
    "RHashtable": ("(string * string) list", "r_hashtable cp"),
    "RBufferOut": ("string", "r_bufferout cp size"),
    "RStruct": ("%s", "r_struct %s_conv cp"),
    "RStructList": ("%s array", "r_structlist %s_conv cp"),
}

C_RET = {"int": "int", "int64": "int64_t", "pointer": "ptr_opt void"}

# Field kind -> (OCaml type, ctypes type, conversion of the C value v).
FIELD = {
    "FString": ("string", "ptr_opt char", "f_string %s"),
    "FUUID": ("string", "array 32 char", "f_uuid %s"),
    "FInt32": ("int32", "int32_t", "%s"),
    "FUInt32": ("int32", "int32_t", "%s"),
    "FInt64": ("int64", "int64_t", "%s"),
    "FUInt64": ("int64", "int64_t", "%s"),
    "FBytes": ("int64", "int64_t", "%s"),
    "FChar": ("char", "char", "%s"),
    "FOptPercent": ("float option", "float", "f_optpercent %s"),
}


def ident(name):
    """name as an OCaml identifier: keywords get a trailing _."""
    return name + "_" if name in KEYWORDS else name


def qstr(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def wrap(text, indent, width=79):
    return textwrap.wrap(text, width - len(indent), initial_indent=indent,
                         subsequent_indent=indent, break_on_hyphens=False,
                         break_long_words=False)


def doc_text(s):
    """Text safe inside an ocamldoc comment: ocamldoc's markup characters
    escaped, and nothing the OCaml lexer would take for a string, a
    character or a nested comment."""
    for c in "\\{}[]@":
        s = s.replace(c, "\\" + c)
    return s.replace('"', "'").replace("(*", "( *").replace("*)", "* )")


def doc_comment(paras, indent):
    lines = []
    for i, p in enumerate(paras):
        if i:
            lines.append("")
        lines += wrap(doc_text(p), indent + "    ")
    lines[0] = indent + "(** " + lines[0].lstrip()
    return lines + [indent + "*)"]


# ------------------------------------------------------------- structs


def struct_by_name(name):
    return [s for s in api.STRUCTS if s.name == name][0]


def struct_fields(s):
    out = []
    for f, kind in s.fields:
        B.field_kind(s, f, kind)
        out.append((f, kind, emit.lookup(FIELD, kind, "struct " + s.name,
                                         "field " + f)))
    return out


def struct_type(s):
    lines = ["type %s = {" % s.name]
    for f, kind, (oty, _, _) in struct_fields(s):
        if kind == "FBuffer":
            oty = "string"
        lines.append("  %s : %s;" % (ident(f), oty))
    return lines + ["}"]


def struct_ml(s):
    n = s.name
    out = struct_type(s)
    out.append("")
    out.append("type s_%s" % n)
    out.append("")
    out.append('let s_%s : s_%s structure typ = structure "guestfs_%s"' %
               (n, n, n))
    conv = []
    for f, kind, (_, cty, cv) in struct_fields(s):
        if kind == "FBuffer":
            out.append('let s_%s_%s_len = field s_%s "%s_len" int32_t' %
                       (n, f, n, f))
            out.append('let s_%s_%s = field s_%s "%s" (ptr_opt char)' %
                       (n, f, n, f))
            conv.append("%s = f_buffer (getf s s_%s_%s_len) (getf s s_%s_%s)"
                        % (ident(f), n, f, n, f))
        else:
            out.append('let s_%s_%s = field s_%s "%s" (%s)' %
                       (n, f, n, f, cty))
            conv.append("%s = %s" % (ident(f),
                                     cv % ("(getf s s_%s_%s)" % (n, f))))
    out.append("let () = seal s_%s" % n)
    out.append("")
    out.append('let %s_conv =\n  struct_conv "%s" s_%s (fun s ->' %
               (n, n, n))
    out.append("      ({")
    out += ["         %s;" % c for c in conv]
    out.append("       } : %s))" % n)
    return out


# --------------------------------------------------------------- events


def event_ml():
    evs = [(n, b) for n, b in B.events() if n != "ALL"]
    out = ["type event ="]
    out += ["  | EVENT_%s" % n for n, _ in evs]
    out.append("")
    out.append("let event_all = [")
    out += ["  EVENT_%s;" % n for n, _ in evs]
    out.append("]")
    out.append("")
    out.append("let event_bit = function")
    out += ["  | EVENT_%s -> 0x%xL" % (n, b) for n, b in evs]
    out.append("")
    out.append("let event_of_bit = function")
    out += ["  | 0x%xL -> EVENT_%s" % (b, n) for n, b in evs]
    out.append('  | b -> invalid_arg (Printf.sprintf "event 0x%Lx" b)')
    return out


def event_mli():
    out = ["type event ="]
    for e in api.EVENTS:
        out.append("  | EVENT_%s" % e.name.upper())
        if e.doc:
            out += doc_comment(B.paragraphs(e.doc), "      ")
    return out


# -------------------------------------------------------------- actions


def arg_info(a):
    """[(variable, OCaml type, ctypes type, conversion)] of the required
    arguments of a."""
    out = []
    for x in a.args:
        oty, cty, conv = emit.lookup(ARG, B.arg_kind(a, x), a.name,
                                     "argument " + x.name)
        v = "v_" + x.name
        out.append((v, oty, cty, conv % {"a": qstr(a.name),
                                          "n": qstr(x.name), "v": v}))
    return out


def optarg_info(a):
    out = []
    for o in a.optargs:
        oty, okind, mk = emit.lookup(OPTARG, B.optarg_kind(a, o), a.name,
                                     "optional argument " + o.name)
        out.append((ident(o.name), o.name, oty, okind, mk))
    return out


def ret_type(a):
    oty, _ = emit.lookup(RET, a.ret.kind, a.name, "return value")
    return oty % a.ret.struct if "%s" in oty else oty


def signature(a):
    """The OCaml type of the action after the handle."""
    parts = ["?%s:%s" % (label, oty) for label, _, oty, _, _
             in optarg_info(a)]
    parts += [oty for _, oty, _, _ in arg_info(a)]
    if a.optargs and not a.args:
        parts.append("unit")
    return parts + [ret_type(a)]


def words(head, parts, sep, indent):
    """head then parts joined by sep, broken between parts to fit 79
    columns, continuation lines indented by indent."""
    lines = [head]
    for i, p in enumerate(parts):
        piece = p + (sep.rstrip() if i < len(parts) - 1 else "")
        if len(lines[-1]) + 1 + len(piece) > 79 and lines[-1].strip():
            lines.append(indent + piece)
        else:
            lines[-1] += ("" if lines[-1].endswith(("(", "[ ")) else " ") \
                + piece
    return "\n".join(lines)


def action_ml(a):
    info = B.ret_info(a)
    n = a.name
    ctys = ["handle"] + [cty for _, _, cty, _ in arg_info(a)]
    if a.optargs:
        ctys.append("ptr void")
    if a.ret.kind == "RBufferOut":
        ctys.append("ptr size_t")
    ctys.append("returning (%s)" % emit.lookup(C_RET, info.ctype, n,
                                                "return value"))
    out = ['let c_%s =\n  foreign_call "%s"' % (n, B.c_function(a)),
           words("    (", [c + " @->" for c in ctys[:-1]] + [ctys[-1] + ")"],
                 "", "     ")]
    if a.optargs:
        kinds = ['("%s", %s);' % (name, okind)
                 for _, name, _, okind, _ in optarg_info(a)]
        out.append("\nlet argv_%s =" % n)
        out.append(words('  argv_layout "%s" [' % a.c_name, kinds + ["]"],
                         "", "    "))
    params = ["?%s:v_%s" % (label, label)
              for label, _, _, _, _ in optarg_info(a)]
    params += [v for v, _, _, _ in arg_info(a)]
    if a.optargs and not a.args:
        params.append("()")
    body = []
    cargs = ["cp"]
    for v, _, _, conv in arg_info(a):
        for i, c in enumerate(conv.split("|")):
            name = "a" + v[1:] + ("_size" if i else "")
            body.append(words("      let %s =" % name, [c + " in"], "",
                              "        "))
            cargs.append(name)
    if a.optargs:
        vals = ["%s v_%s;" % (mk, label)
                for label, _, _, _, mk in optarg_info(a)]
        body.append(words("      let optargs =", ["in_optargs ar argv_%s [" % n]
                          + vals + ["] in"], "", "          "))
        cargs.append("optargs")
    if a.ret.kind == "RBufferOut":
        body.append("      let size = out_size ar in")
        cargs.append("size")
    _, rconv = RET[a.ret.kind]
    if "%s" in rconv:
        rconv = rconv % a.ret.struct
    body.append(words("      %s (c_%s" % (rconv, n),
                      cargs[:-1] + [cargs[-1] + "))"], "", "        "))
    text = "\n".join(body)
    ar = "ar" if re.search(r"\bar\b", text) else "_ar"
    fr = "fr" if re.search(r"\bfr\b", text) else "_fr"
    out.append("\n" + words("let %s gh" % n, params + ["="], "", "    "))
    call = "call_signal_safe" if a.signal_safe else "call"
    out.append('  %s gh "%s" (fun cp %s %s ->' % (call, n, ar, fr))
    out.append(text)
    for alias in B.method_names(a)[1:]:
        out.append("\nlet %s = %s" % (alias, n))
    return "\n".join(out)


def action_doc(a):
    paras = [a.shortdesc] + B.paragraphs(a.longdesc)
    if a.deprecated_by:
        paras.append("@deprecated Use %s instead." % a.deprecated_by)
    elif a.deprecated_no_replacement:
        paras.append("@deprecated There is no replacement.")
    if not a.visible:
        paras.append("Internal: for the bindings' tests only.")
    return paras


def arrow_type(head, parts, indent):
    """head followed by parts joined by " -> ", broken after an arrow to
    fit 79 columns."""
    lines = [head]
    for i, p in enumerate(parts):
        piece = p + (" ->" if i < len(parts) - 1 else "")
        if len(lines[-1] + " " + piece) > 79:
            lines.append(indent + piece)
        else:
            lines[-1] += " " + piece
    return lines


def action_mli(a):
    out = []
    for name in B.method_names(a):
        out += arrow_type("val %s :" % name, ["t"] + signature(a), "  ")
        out += doc_comment_deprecated(action_doc(a), "")
        out.append("")
    return out


def doc_comment_deprecated(paras, indent):
    """doc_comment, but a leading @deprecated tag stays a tag."""
    tag = [p for p in paras if p.startswith("@deprecated ")]
    rest = [p for p in paras if not p.startswith("@deprecated ")]
    lines = doc_comment(rest, indent)
    if tag:
        lines[-1:-1] = [""] + wrap("@deprecated " + doc_text(
            tag[0][len("@deprecated "):]), indent + "    ")
    return lines


def method_type(a):
    sig = signature(a)
    if len(sig) == 1:
        sig = ["unit"] + sig
    return sig


def methods_mli():
    out = []
    for a in B.binding_actions():
        for name in B.method_names(a):
            out += arrow_type("    method %s :" % name, method_type(a),
                              "      ")
    return out


def methods_ml():
    out = []
    for a in B.binding_actions():
        for name in B.method_names(a):
            if a.args or a.optargs:
                out.append("    method %s = %s g" % (name, name))
            else:
                out.append("    method %s () = %s g" % (name, name))
    return out


def check_names():
    reserved = {"close", "create", "set_event_callback",
                "delete_event_callback", "event_to_string", "last_errno",
                "ocaml_handle", "event_all"}
    for a in B.binding_actions():
        for name in B.method_names(a):
            if name in reserved or name in KEYWORDS:
                emit.die("%s: the OCaml binding has its own %s" %
                         (a.name, name))


def gen_ml():
    check_names()
    out = [emit.banner("ocaml.py", ("(* ", " * ", " *)")),
           "(* The generated part of the Guestfs module; the rest is "
           "Guestfs_support. *)",
           "",
           "open Ctypes",
           "include Guestfs_support",
           ""]
    out += event_ml()
    out += ["",
            "type event_callback = event -> event_handle -> string -> "
            "int64 array -> unit",
            "",
            "let set_event_callback g (cb : event_callback) events =",
            "  set_event_callback_with event_of_bit event_bit g cb events",
            "",
            "let event_to_string events = event_to_string_with event_bit "
            "events",
            ""]
    for name in B.structs_returned():
        out += struct_ml(struct_by_name(name))
        out.append("")
    for a in B.binding_actions():
        out.append(action_ml(a))
        out.append("")
    out += ["class guestfs ?environment ?close_on_exit () =",
            "  let g = create ?environment ?close_on_exit () in",
            "  object",
            "    inherit [event] handle_methods event_of_bit event_bit g"]
    out += methods_ml()
    out.append("  end")
    emit.output("bindings/ocaml/guestfs.ml", "\n".join(out) + "\n")


def structs_mli():
    out = []
    for name in B.structs_returned():
        s = struct_by_name(name)
        out += struct_type(s)
        if s.doc:
            out += doc_comment(B.paragraphs(s.doc), "")
        out.append("")
    return out


def actions_mli():
    out = []
    for a in B.binding_actions():
        out += action_mli(a)
    return out


def gen_mli():
    text = emit.template("bindings/ocaml/guestfs.mli.in",
                         {"@EVENTS@": event_mli,
                          "@STRUCTS@": structs_mli,
                          "@ACTIONS@": actions_mli,
                          "@METHODS@": methods_mli})
    emit.output("bindings/ocaml/guestfs.mli",
                emit.banner("ocaml.py", ("(* ", " * ", " *)")) + text)


# ------------------------------------------------ the shared bindings test


def literal(v):
    if v is None:
        return "None"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return "(%dL)" % v
    if isinstance(v, bytes):
        return '"%s"' % "".join(
            chr(c) if 32 <= c < 127 and chr(c) not in '"\\'
            else "\\%03d" % c for c in v)
    if isinstance(v, str):
        return qstr(v)
    if isinstance(v, list):
        return "[| %s |]" % "; ".join(literal(x) for x in v)
    emit.unknown("bindings test", "value", type(v).__name__)


def test_value(kind, v):
    """v as the OCaml literal of an argument of this kind."""
    if kind == B.INT:
        return "(%d)" % v
    if kind == B.OPTSTRING and v is not None:
        return "(Some %s)" % literal(v)
    return literal(v)


# How the test prints a result of each return kind, and a struct field
# of each kind (%s: the value).
TEST_FMT = {
    "RInt": "string_of_int",
    "RInt64": "Int64.to_string",
    "RBool": "string_of_bool",
    "RConstString": "Fun.id",
    "RConstOptString": "fmt_optstring",
    "RString": "Fun.id",
    "RStringList": "fmt_array Fun.id",
    "RHashtable": "fmt_hashtable",
    "RBufferOut": "Fun.id",
    "RStruct": "fmt_%s",
    "RStructList": "fmt_array fmt_%s",
}

TEST_FIELD_FMT = {
    "FString": "%s",
    "FBuffer": "%s",
    "FUUID": "%s",
    "FInt32": "Int32.to_string %s",
    "FUInt32": "Int32.to_string %s",
    "FInt64": "Int64.to_string %s",
    "FUInt64": "Int64.to_string %s",
    "FBytes": "Int64.to_string %s",
    "FChar": "String.make 1 %s",
    "FOptPercent": "fmt_optpercent %s",
}


def test_struct_fmt(name):
    s = struct_by_name(name)
    fields = []
    for f, kind in s.fields:
        fmt = emit.lookup(TEST_FIELD_FMT, kind, "struct " + name, "field " + f)
        fields.append('("%s", %s)' % (f, fmt % ("s.Guestfs.%s" % ident(f))))
    return ["let fmt_%s (s : Guestfs.%s) =" % (name, name),
            "  fmt_fields [ %s ]" % "; ".join(fields), ""]


def test_optarg(a, name, v):
    o = [o for o in a.optargs if o.name == name][0]
    return "~%s:%s" % (ident(name), test_value(B.optarg_kind(a, o), v))


def gen_sequence():
    actions = {a.name: a for a in api.ACTIONS}
    out = [emit.banner("ocaml.py", ("(* ", " * ", " *)")),
           "(* The shared bindings test of tests/bindings/README.md: its "
           "output must\n   match tests/bindings/expected.txt byte for "
           "byte. *)",
           "",
           "open Sequence_support",
           ""]
    structs = sorted({actions[B.test_action(st)].ret.struct
                      for st in B.BINDINGS_TEST
                      if isinstance(st, B.TestReturn) and
                      hasattr(actions[B.test_action(st)].ret, "struct")})
    for name in structs:
        out += test_struct_fmt(name)
    out += ["let () =",
           "  let g = Guestfs.create () in"]
    for step in B.BINDINGS_TEST:
        if isinstance(step, B.TestCall):
            a = actions[step.action]
            parts = [test_optarg(a, k, v) for k, v in step.optargs.items()]
            parts += [test_value(B.arg_kind(a, x), v)
                      for x, v in zip(a.args, step.args)]
            if a.optargs and not a.args:
                parts.append("()")
            out.append("  Guestfs.%s g %s;" % (step.action, " ".join(parts)))
        elif isinstance(step, B.TestReturn):
            a = actions[B.test_action(step)]
            fmt = emit.lookup(TEST_FMT, a.ret.kind, a.name, "return value")
            if "%s" in fmt:
                fmt = fmt % a.ret.struct
            out.append("  show \"%s\" (%s) (fun () -> Guestfs.%s g %s);" %
                       (step.name, fmt, a.name, qstr(step.val)))
            if step.err:
                out.append("  show \"%serr\" (%s) (fun () -> Guestfs.%s g);"
                           % (step.name, fmt, B.test_action(step, err=True)))
        elif isinstance(step, B.TestPrint):
            out.append("  print_line %s;" % qstr(step.line))
        else:
            emit.unknown("bindings test", "step", type(step).__name__)
    out.append("  Guestfs.close g")
    emit.output("bindings/ocaml/t/bindings_sequence.ml",
                "\n".join(out) + "\n")


def generate():
    gen_ml()
    gen_mli()
    gen_sequence()
