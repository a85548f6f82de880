"""The C library: include/guestfs.h (from the hand-written
include/guestfs.h.in), the entry points in capi/actions-*.c,
the struct helpers, the prototypes of library-side implementations and
the linker version script."""

import os
import re
import textwrap

import api
import emit
from model import (BufferIn, Bool, Int, Int64, StringList, DeviceList, Key,
                   OptString, StringArg,
                   OBool, OInt, OInt64, OString, OStringList, FIELD_TYPES,
                   RErr, RInt, RInt64, RBool, RConstString, RConstOptString,
                   RString, RStringList, RHashtable, RBufferOut, RStruct,
                   RStructList)
import protocol


def pod_to_text(s):
    """Strip POD markup for C comments."""
    s = re.sub(r"[CIBFL]<([^<>]*)>", r"\1", s)
    return s


def comment_block(text, indent=""):
    out = []
    for para in text.split("\n\n"):
        para = " ".join(para.split())
        out.extend(textwrap.wrap(para, 72 - len(indent)) or [""])
        out.append("")
    out = out[:-1]
    return "\n".join([indent + "/* " + out[0]] +
                     [indent + " * " + l if l else indent + " *"
                      for l in out[1:]] + [indent + " */"])


def required_params(a):
    ps = []
    for arg in a.args:
        ps.extend(arg.c_params())
    if isinstance(a.ret, RBufferOut):
        ps.append("size_t *size_r")
    return ps


def last_param_name(a):
    ps = required_params(a)
    if not ps:
        return "g"
    return re.split(r"[ *]", ps[-1])[-1]


def proto(a, fname, extra):
    """A C prototype: extra is [] or ['...'] or ['va_list args'] etc."""
    ps = ["guestfs_h *g"] + required_params(a) + extra
    return "%s%s (%s)" % (a.ret.ctype, fname, ", ".join(ps))


def argv_struct(a):
    return "struct guestfs_%s_argv" % a.c_name


def bitmask_name(a, o):
    return "GUESTFS_%s_%s_BITMASK" % (a.c_name.upper(), o.name.upper())


def optarg_const(a, o):
    return "GUESTFS_%s_%s" % (a.c_name.upper(), o.name.upper())


# ------------------------------------------------------------------ header


def struct_c_fields(s):
    out = []
    for fname, kind in s.fields:
        ctype = emit.lookup(FIELD_TYPES, kind, "struct " + s.name,
                            "field " + fname)[0]
        if kind == "FBuffer":
            out.append("  uint32_t %s_len;" % fname)
            out.append("  char *%s;" % fname)
        elif kind == "FUUID":
            out.append("  char %s[32]; /* not NUL-terminated */" % fname)
        else:
            sep = "" if ctype.endswith("*") else " "
            out.append("  %s%s%s;" % (ctype, sep, fname))
    return out


def struct_helper_decls(n):
    """compare (like strcmp), deep copy (NULL with errno set on
    failure) and free: the helpers libguestfs exports for each struct."""
    return """\
extern GUESTFS_DLL_PUBLIC int guestfs_compare_{n} (const struct guestfs_{n} *, const struct guestfs_{n} *);
extern GUESTFS_DLL_PUBLIC int guestfs_compare_{n}_list (const struct guestfs_{n}_list *, const struct guestfs_{n}_list *);
extern GUESTFS_DLL_PUBLIC struct guestfs_{n} *guestfs_copy_{n} (const struct guestfs_{n} *);
extern GUESTFS_DLL_PUBLIC struct guestfs_{n}_list *guestfs_copy_{n}_list (const struct guestfs_{n}_list *);
extern GUESTFS_DLL_PUBLIC void guestfs_free_{n} (struct guestfs_{n} *);
extern GUESTFS_DLL_PUBLIC void guestfs_free_{n}_list (struct guestfs_{n}_list *);
""".format(n=n)


def header_events():
    out = []
    for e in api.EVENTS:
        out.append(comment_block(pod_to_text(e.doc)))
        out.append("#define GUESTFS_EVENT_%-16s UINT64_C(0x%04x)" %
                   (e.name.upper(), e.bit))
    all_bits = 0
    for e in api.EVENTS:
        all_bits |= e.bit
    out.append("#define GUESTFS_EVENT_%-16s UINT64_C(0x%04x)" %
               ("ALL", all_bits))
    return out


def header_structs():
    out = []
    for s in api.STRUCTS:
        out.append("#define GUESTFS_HAVE_STRUCT_%s 1" % s.name.upper())
        if s.doc:
            out.append(comment_block(pod_to_text(s.doc)))
        out.append("struct guestfs_%s {" % s.name)
        out.extend(struct_c_fields(s))
        out.append("};\n")
        out.append("struct guestfs_%s_list {\n  uint32_t len;\n"
                   "  struct guestfs_%s *val;\n};\n" % (s.name, s.name))
        out.append(struct_helper_decls(s.name))
    return out


def gen_header():
    """The hand-written include/guestfs.h.in (handles, errors, the event
    callback API, private data) with the declarations of the events,
    structs and actions at its markers."""
    text = emit.template("include/guestfs.h.in", {
        "@EVENTS@": header_events,
        "@STRUCTS@": header_structs,
        "@ACTIONS@": lambda: [header_action(a) for a in
                              sorted(api.ACTIONS, key=lambda a: a.name)],
    })
    emit.output("include/guestfs.h",
                emit.banner("c.py", template="include/guestfs.h.in") + "\n" +
                text)


def header_action(a):
    doc = "guestfs_%s: %s\n\n%s" % (a.name, a.shortdesc, pod_to_text(a.longdesc))
    doc += "\n\nReturns: %s" % return_doc(a)
    if a.deprecated_by:
        doc += "\n\nDeprecated: use guestfs_%s instead." % a.deprecated_by
    elif a.deprecated_no_replacement:
        doc += "\n\nDeprecated: there is no replacement."
    if not a.visible:
        doc += "\n\nInternal: for the bindings' tests only."
    out = [comment_block(doc)]
    deprecated = ""
    if a.deprecated_by:
        deprecated = " GUESTFS_DEPRECATED_REPLACED_BY (\"%s\")" % a.deprecated_by
    elif a.deprecated_no_replacement:
        deprecated = " GUESTFS_DEPRECATED_NO_REPLACEMENT"
    if a.deprecated:
        out.append("#ifndef GUESTFS_NO_DEPRECATED")
    out.append("#define GUESTFS_HAVE_%s 1" % a.name.upper())
    if not a.optargs:
        out.append("extern GUESTFS_DLL_PUBLIC %s%s;" % (proto(a, "guestfs_" + a.name, []), deprecated))
    else:
        if a.once_had_no_optargs:
            out.append("extern GUESTFS_DLL_PUBLIC %s%s;" % (proto(a, "guestfs_" + a.name, []), deprecated))
            out.append("#define GUESTFS_HAVE_%s 1" % a.c_name.upper())
        for i, o in enumerate(a.optargs):
            out.append("#define %s %d" % (optarg_const(a, o), i))
        out.append("extern GUESTFS_DLL_PUBLIC %s%s;" % (proto(a, "guestfs_" + a.c_name, ["..."]), deprecated))
        out.append("extern GUESTFS_DLL_PUBLIC %s%s;" % (proto(a, "guestfs_%s_va" % a.c_name, ["va_list args"]), deprecated))
        out.append("%s {" % argv_struct(a))
        out.append("  uint64_t bitmask;")
        for i, o in enumerate(a.optargs):
            out.append("# define %s (UINT64_C(1)<<%d)" % (bitmask_name(a, o), i))
            out.append("  %s%s;" % (o.ctype, o.name))
        out.append("};")
        out.append("extern GUESTFS_DLL_PUBLIC %s%s;" % (proto(a, "guestfs_%s_argv" % a.c_name, ["const %s *optargs" % argv_struct(a)]), deprecated))
    if a.deprecated:
        out.append("#endif")
    return "\n".join(out) + "\n"


def return_doc(a):
    ret = a.ret
    return emit.lookup({
        "RErr": "0 on success, -1 on error.",
        "RInt": "the integer, or -1 on error.",
        "RInt64": "the integer, or -1 on error.",
        "RBool": "1 (true) or 0 (false), or -1 on error.",
        "RConstString": "a string owned by the handle (do not free), or "
                        "NULL on error.",
        "RConstOptString": "a string owned by the handle (do not free), "
                           "or NULL, which is not an error.",
        "RString": "a string the caller must free, or NULL on error.",
        "RStringList": "a NULL-terminated array of strings; the caller "
                       "frees each string and the array.  NULL on error.",
        "RHashtable": "a NULL-terminated array of key, value, key, "
                      "value, ... strings; the caller frees each string "
                      "and the array.  NULL on error.",
        "RBufferOut": "a buffer of *size_r bytes the caller must free "
                      "(not NUL-terminated in general), or NULL on error.",
        "RStruct": "a struct the caller frees with guestfs_free_%s, or "
                   "NULL on error." % getattr(ret, "struct", ""),
        "RStructList": "a list the caller frees with guestfs_free_%s_list,"
                       " or NULL on error." % getattr(ret, "struct", ""),
    }, ret.kind, a.name, "return value")


# ------------------------------------------------------------- entry points


def is_checked_string(arg):
    return arg.is_string and not arg.may_be_null


def gen_null_checks(a, errval):
    out = []
    for arg in a.args:
        if is_checked_string(arg) or isinstance(arg, (StringList, DeviceList)):
            out.append("  if (%s == NULL) {" % arg.name)
            out.append("    guestfs_int_null_param (g, \"%s\", \"%s\");" % (a.name, arg.name))
            out.append("    return %s;\n  }" % errval)
        elif isinstance(arg, BufferIn):
            out.append("  if (%s == NULL && %s_size > 0) {" % (arg.name, arg.name))
            out.append("    guestfs_int_null_param (g, \"%s\", \"%s\");" % (a.name, arg.name))
            out.append("    return %s;\n  }" % errval)
        elif not isinstance(arg, (OptString, Bool, Int, Int64)):
            emit.unknown(a.name, "argument " + arg.name, type(arg))
    if isinstance(a.ret, RBufferOut):
        out.append("  if (size_r == NULL) {")
        out.append("    guestfs_int_null_param (g, \"%s\", \"size_r\");" % a.name)
        out.append("    return %s;\n  }" % errval)
    if a.optargs:
        mask = (1 << len(a.optargs)) - 1
        out.append("  if (optargs == NULL) {")
        out.append("    guestfs_int_null_param (g, \"%s\", \"optargs\");" % a.name)
        out.append("    return %s;\n  }" % errval)
        out.append("  if (optargs->bitmask & UINT64_C(0x%x)) {" % ((~mask) & 0xffffffffffffffff))
        out.append("    guestfs_int_unknown_optargs (g, \"%s\", optargs->bitmask);" % a.name)
        out.append("    return %s;\n  }" % errval)
        for o in a.optargs:
            if isinstance(o, (OString, OStringList)):
                out.append("  if ((optargs->bitmask & %s) && optargs->%s == NULL) {" % (bitmask_name(a, o), o.name))
                out.append("    guestfs_int_null_param (g, \"%s\", \"%s\");" % (a.name, o.name))
                out.append("    return %s;\n  }" % errval)
            elif not isinstance(o, (OBool, OInt, OInt64)):
                emit.unknown(a.name, "optional argument " + o.name, type(o))
    return out


def gen_trace_call(a):
    out = ["  if (g->trace) {",
           "    FILE *trace_fp = guestfs_int_trace_open (g);",
           "    fputs (\"%s\", trace_fp);" % a.name]
    for arg in a.args:
        out.append("    fputc (' ', trace_fp);")
        if isinstance(arg, Key):
            out.append("    fputs (\"\\\"***\\\"\", trace_fp);")
        elif isinstance(arg, StringArg):
            out.append("    guestfs_int_trace_string (trace_fp, %s);" % arg.name)
        elif isinstance(arg, (StringList, DeviceList)):
            out.append("    guestfs_int_trace_string_list (trace_fp, %s);" % arg.name)
        elif isinstance(arg, Bool):
            out.append("    fputs (%s ? \"true\" : \"false\", trace_fp);" % arg.name)
        elif isinstance(arg, Int):
            out.append("    fprintf (trace_fp, \"%%d\", %s);" % arg.name)
        elif isinstance(arg, Int64):
            out.append("    fprintf (trace_fp, \"%%\" PRIi64, %s);" % arg.name)
        elif isinstance(arg, BufferIn):
            out.append("    guestfs_int_trace_buffer (trace_fp, %s, %s_size);" % (arg.name, arg.name))
        else:
            emit.unknown(a.name, "argument " + arg.name, type(arg))
    for o in a.optargs:
        out.append("    if (optargs->bitmask & %s) {" % bitmask_name(a, o))
        out.append("      fputs (\" \\\"%s:\", trace_fp);" % o.name)
        if isinstance(o, OBool):
            out.append("      fputs (optargs->%s ? \"true\" : \"false\", trace_fp);" % o.name)
        elif isinstance(o, OInt):
            out.append("      fprintf (trace_fp, \"%%d\", optargs->%s);" % o.name)
        elif isinstance(o, OInt64):
            out.append("      fprintf (trace_fp, \"%%\" PRIi64, optargs->%s);" % o.name)
        elif isinstance(o, OString):
            out.append("      guestfs_int_trace_string_raw (trace_fp, optargs->%s);" % o.name)
        elif isinstance(o, OStringList):
            out.append("      guestfs_int_trace_string_list_raw (trace_fp, optargs->%s);" % o.name)
        else:
            emit.unknown(a.name, "optional argument " + o.name, type(o))
        out.append("      fputc ('\"', trace_fp);")
        out.append("    }")
    out.append("    guestfs_int_trace_close (g, trace_fp);")
    out.append("  }")
    return out


def gen_trace_return(a):
    """Trace the result in ret_v (error or not)."""
    r = a.ret
    fn = emit.lookup({
        "RErr": "guestfs_int_trace_return_int",
        "RInt": "guestfs_int_trace_return_int",
        "RBool": "guestfs_int_trace_return_bool",
        "RInt64": "guestfs_int_trace_return_int64",
        "RConstString": "guestfs_int_trace_return_string",
        "RConstOptString": "guestfs_int_trace_return_optstring",
        "RString": "guestfs_int_trace_return_string",
        "RStringList": "guestfs_int_trace_return_string_list",
        "RHashtable": "guestfs_int_trace_return_string_list",
        "RBufferOut": "guestfs_int_trace_return_buffer",
        "RStruct": "guestfs_int_trace_return_pointer",
        "RStructList": "guestfs_int_trace_return_pointer",
    }, r.kind, a.name, "return value")
    if isinstance(r, RBufferOut):
        args = "ret_v, ret_v ? *size_r : 0"
    elif isinstance(r, (RStruct, RStructList)):
        args = "ret_v, \"%s\"" % r.ctype.strip()
    else:
        args = "ret_v"
    return ["  if (g->trace)",
            "    %s (g, \"%s\", %s);" % (fn, a.name, args)]


def entry_params(a):
    if a.optargs:
        return ["const %s *optargs" % argv_struct(a)]
    return []


def entry_name(a):
    return "guestfs_%s_argv" % a.c_name if a.optargs else "guestfs_" + a.name


def gen_entry_point(a):
    errval = a.ret.error_value
    # GNU style: the return type on its own line.
    out = ["GUESTFS_DLL_PUBLIC " + a.ret.ctype.rstrip(),
           "%s (%s)" % (entry_name(a), ", ".join(["guestfs_h *g"] + required_params(a) + entry_params(a)))]
    out.append("{")
    if not a.signal_safe:
        out.append("  %sret_v;" % a.ret.ctype)
        out.append("")
    out.append("  if (g == NULL) {")
    out.append("    guestfs_int_null_handle (\"%s\");" % a.name)
    out.append("    return %s;\n  }" % errval)
    if a.signal_safe:
        call_args = ["g"] + [re.split(r"[ *]", p)[-1] for p in required_params(a)]
        out.append("  return guestfs_impl_%s (%s);" % (a.c_name, ", ".join(call_args)))
        out.append("}\n")
        return "\n".join(out)
    out.append("  GUESTFS_INT_LOCK_SCOPE (g);")
    if not a.allowed_in_callback:
        out.append("  if (g->callback_depth > 0) {")
        out.append("    guestfs_int_refuse_in_callback (g, \"%s\");" % a.name)
        out.append("    return %s;\n  }" % errval)
    out.append("  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_ENTER, \"%s\", %d);" % (a.name, len(a.name)))
    out.extend(gen_null_checks(a, errval))
    out.extend(gen_trace_call(a))
    if a.in_daemon:
        out.extend(gen_daemon_call(a))
    else:
        states = " | ".join("GUESTFS_INT_STATE_BIT_" + s for s in a.states)
        out.append("  if (!guestfs_int_check_state (g, \"%s\", %s)) {" % (a.name, states))
        out.append("    ret_v = %s;\n    goto trace_out;\n  }" % errval)
        call_args = ["g"] + [re.split(r"[ *]", p)[-1] for p in required_params(a)]
        if a.optargs:
            call_args.append("optargs")
        out.append("  ret_v = guestfs_impl_%s (%s);" % (a.c_name, ", ".join(call_args)))
    out.append(" trace_out:")
    out.extend(gen_trace_return(a))
    out.append("  return ret_v;")
    out.append("}\n")
    return "\n".join(out)


def wire_value(a, arg_name, argobj, src):
    """C statements setting args.NAME from the public parameter src."""
    if isinstance(argobj, (StringList, DeviceList, OStringList)):
        return ["  args.%s.val = (char **) %s;" % (arg_name, src),
                "  args.%s.len = guestfs_int_count_strings (%s);" % (arg_name, src)]
    if isinstance(argobj, BufferIn):
        return ["  args.%s.val = (char *) %s;" % (arg_name, src),
                "  args.%s.len = %s_size;" % (arg_name, src)]
    if isinstance(argobj, (OString, StringArg)):
        return ["  args.%s = (char *) %s;" % (arg_name, src)]
    if isinstance(argobj, (Bool, Int, Int64, OBool, OInt, OInt64)):
        return ["  args.%s = %s;" % (arg_name, src)]
    emit.unknown(a.name, "argument " + arg_name, type(argobj))


def gen_daemon_call(a):
    out = []
    errval = a.ret.error_value
    has_args = bool(protocol.args_wire_fields(a))
    has_ret = bool(protocol.ret_wire_fields(a))
    # The wire length is 32 bits: a larger size must fail, not truncate.
    for arg in a.wire_args:
        if isinstance(arg, BufferIn):
            out.append("  if (%s_size > GUESTFS_MESSAGE_MAX) {" % arg.name)
            out.append("    error (g, \"%s: message too large: the encoded call would "
                       "exceed the protocol's limit of %%d bytes\", GUESTFS_MESSAGE_MAX);" % a.name)
            out.append("    ret_v = %s;\n    goto trace_out;\n  }" % errval)
    if has_args:
        out.append("  struct guestfs_%s_args args;" % a.name)
        out.append("  memset (&args, 0, sizeof args);")
        for arg in a.wire_args:
            out.extend(wire_value(a, arg.name, arg, arg.name))
        for o in a.optargs:
            if isinstance(o, OString):
                out.append("  args.%s = (char *) ((optargs->bitmask & %s) ? optargs->%s : \"\");" % (o.name, bitmask_name(a, o), o.name))
            elif isinstance(o, OStringList):
                out.append("  if (optargs->bitmask & %s) {" % bitmask_name(a, o))
                out.extend("  " + line for line in
                           wire_value(a, o.name, o, "optargs->" + o.name))
                out.append("  }")
            elif isinstance(o, (OBool, OInt, OInt64)):
                out.append("  if (optargs->bitmask & %s)" % bitmask_name(a, o))
                out.append("    args.%s = optargs->%s;" % (o.name, o.name))
            else:
                emit.unknown(a.name, "optional argument " + o.name, type(o))
    if has_ret:
        out.append("  struct guestfs_%s_ret ret;" % a.name)
        out.append("  memset (&ret, 0, sizeof ret);")
    out.append("  struct guestfs_int_call call = {")
    out.append("    .name = \"%s\"," % a.name)
    out.append("    .proc_nr = GUESTFS_PROC_%s," % a.name.upper())
    out.append("    .progress = %d," % int(a.progress))
    if a.optargs:
        out.append("    .optargs_bitmask = optargs->bitmask,")
    if has_args:
        out.append("    .xdr_args = (xdrproc_t) xdr_guestfs_%s_args," % a.name)
        out.append("    .args = &args,")
    if has_ret:
        out.append("    .xdr_ret = (xdrproc_t) xdr_guestfs_%s_ret," % a.name)
        out.append("    .ret = &ret,")
    if isinstance(a.ret, RHashtable):
        out.append("    .ret_pairs = true,")
    if a.file_in:
        out.append("    .file_in = %s," % a.file_in[0].name)
    if a.file_out:
        out.append("    .file_out = %s," % a.file_out[0].name)
    out.append("  };")
    out.append("  if (guestfs_int_daemon_call (g, &call) == -1) {")
    out.append("    ret_v = %s;\n    goto trace_out;\n  }" % errval)
    r = a.ret
    if isinstance(r, RErr):
        out.append("  ret_v = 0;")
    elif isinstance(r, (RInt, RInt64, RBool)):
        out.append("  ret_v = ret.val;")
    elif isinstance(r, RString):
        out.append("  ret_v = ret.val; /* the caller owns it now */")
    elif isinstance(r, (RStringList, RHashtable)):
        out.append("  ret_v = guestfs_int_take_string_list (g, ret.val.val, ret.val.len);")
    elif isinstance(r, RBufferOut):
        out.append("  ret_v = guestfs_int_take_buffer (g, ret.val.val, ret.val.len, size_r);")
    elif isinstance(r, RStruct):
        out.append("  ret_v = guestfs_int_copy_wire_%s (g, &ret.val);" % r.struct)
        out.append("  xdr_free ((xdrproc_t) xdr_guestfs_%s_ret, (char *) &ret);" % a.name)
    elif isinstance(r, RStructList):
        out.append("  ret_v = guestfs_int_copy_wire_%s_list (g, &ret.val);" % r.struct)
        out.append("  xdr_free ((xdrproc_t) xdr_guestfs_%s_ret, (char *) &ret);" % a.name)
    else:
        emit.unknown(a.name, "return value", type(r))
    return out


def gen_variants(a):
    """The plain, _opts and _va wrappers of an action with optargs."""
    out = []
    names = [re.split(r"[ *]", p)[-1] for p in required_params(a)]
    if a.once_had_no_optargs:
        out.append("GUESTFS_DLL_PUBLIC %s\n%s (%s)\n{" % (
            a.ret.ctype.rstrip(), "guestfs_" + a.name,
            ", ".join(["guestfs_h *g"] + required_params(a))))
        out.append("  %s optargs_s = { .bitmask = 0 };" % argv_struct(a))
        out.append("  return guestfs_%s_argv (%s);\n}\n" % (a.c_name, ", ".join(["g"] + names + ["&optargs_s"])))
    out.append("GUESTFS_DLL_PUBLIC %s\nguestfs_%s (%s)\n{" % (
        a.ret.ctype.rstrip(), a.c_name,
        ", ".join(["guestfs_h *g"] + required_params(a) + ["..."])))
    out.append("  va_list optargs;\n  %sr;\n" % a.ret.ctype)
    out.append("  va_start (optargs, %s);" % last_param_name(a))
    out.append("  r = guestfs_%s_va (%s);" % (a.c_name, ", ".join(["g"] + names + ["optargs"])))
    out.append("  va_end (optargs);\n  return r;\n}\n")
    out.append("GUESTFS_DLL_PUBLIC %s\nguestfs_%s_va (%s)\n{" % (
        a.ret.ctype.rstrip(), a.c_name,
        ", ".join(["guestfs_h *g"] + required_params(a) + ["va_list args"])))
    out.append("  %s optargs_s = { .bitmask = 0 };" % argv_struct(a))
    out.append("  int i;\n")
    out.append("  while ((i = va_arg (args, int)) >= 0) {")
    out.append("    switch (i) {")
    for o in a.optargs:
        out.append("    case %s:" % optarg_const(a, o))
        out.append("      optargs_s.%s = va_arg (args, %s);" % (o.name, o.va_type))
        out.append("      break;")
    out.append("    default:")
    out.append("      if (g)")
    out.append("        guestfs_int_unknown_optarg_code (g, \"%s\", i);" % a.c_name)
    out.append("      return %s;" % a.ret.error_value)
    out.append("    }")
    out.append("    if (optargs_s.bitmask & (UINT64_C(1) << i)) {")
    out.append("      if (g)")
    out.append("        guestfs_int_duplicate_optarg (g, \"%s\", i);" % a.c_name)
    out.append("      return %s;\n    }" % a.ret.error_value)
    out.append("    optargs_s.bitmask |= UINT64_C(1) << i;")
    out.append("  }\n")
    out.append("  return guestfs_%s_argv (%s);\n}\n" % (a.c_name, ", ".join(["g"] + names + ["&optargs_s"])))
    return "\n".join(out)


ACTIONS_C_TOP = """\
#include <config.h>

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guestfs.h"
#include "guestfs-internal.h"
#include "guestfs_protocol.h"
#include "impl-actions.h"
#include "structs-wire.h"
"""


def gen_actions():
    lib = [emit.banner("c.py"), ACTIONS_C_TOP]
    dae = [emit.banner("c.py"), ACTIONS_C_TOP]
    # A deprecated action's variants call its other deprecated forms.
    var = [emit.banner("c.py"), ACTIONS_C_TOP,
           '#pragma GCC diagnostic ignored "-Wdeprecated-declarations"\n']
    for a in sorted(api.ACTIONS, key=lambda a: a.name):
        (dae if a.in_daemon else lib).append(gen_entry_point(a))
        if a.optargs:
            var.append(gen_variants(a))
    emit.output("capi/actions-library.c", "\n".join(lib))
    emit.output("capi/actions-daemon.c", "\n".join(dae))
    emit.output("capi/actions-variants.c", "\n".join(var))

    impl = [emit.banner("c.py"),
            "#ifndef GUESTFS_IMPL_ACTIONS_H\n#define GUESTFS_IMPL_ACTIONS_H\n",
            "/* Library actions are implemented by hand as guestfs_impl_NAME,",
            " * called from the generated entry point after the handle is",
            " * locked and arguments and state are checked.  They report",
            " * errors with error()/perrorf() and return the error value.",
            " */\n"]
    for a in sorted(api.ACTIONS, key=lambda a: a.name):
        if not a.in_daemon:
            impl.append("extern %s;" % proto(a, "guestfs_impl_" + a.c_name, entry_params(a)))
    impl.append("\n#endif")
    emit.output("capi/impl-actions.h", "\n".join(impl) + "\n")


# ------------------------------------------------------------------ structs


def gen_structs():
    h = [emit.banner("c.py"),
         "#ifndef GUESTFS_STRUCTS_WIRE_H\n#define GUESTFS_STRUCTS_WIRE_H\n",
         "#include \"guestfs_protocol.h\"\n",
         "/* Turn a struct received from the daemon into the public struct,",
         " * taking ownership of its strings.  NULL (error set) on failure.",
         " */"]
    c = [emit.banner("c.py"), ACTIONS_C_TOP]
    for s in api.STRUCTS:
        n = s.name
        h.append("extern struct guestfs_%s *guestfs_int_copy_wire_%s (guestfs_h *g, struct guestfs_int_%s *w);" % (n, n, n))
        h.append("extern struct guestfs_%s_list *guestfs_int_copy_wire_%s_list (guestfs_h *g, struct guestfs_int_%s_list *w);" % (n, n, n))
        # free
        c.append("GUESTFS_DLL_PUBLIC void\nguestfs_free_%s (struct guestfs_%s *x)\n{" % (n, n))
        c.append("  if (x == NULL)\n    return;")
        for f, k in s.fields:
            if k in ("FString", "FBuffer"):
                c.append("  free (x->%s);" % f)
        c.append("  free (x);\n}\n")
        c.append("GUESTFS_DLL_PUBLIC void\nguestfs_free_%s_list (struct guestfs_%s_list *x)\n{" % (n, n))
        c.append("  if (x == NULL)\n    return;")
        strings = [f for f, k in s.fields if k in ("FString", "FBuffer")]
        if strings:
            c.append("  for (uint32_t i = 0; i < x->len; ++i) {")
            for f in strings:
                c.append("    free (x->val[i].%s);" % f)
            c.append("  }")
        c.append("  free (x->val);\n  free (x);\n}\n")
        c.append(gen_struct_copy(s))
        c.append(gen_struct_compare(s))
        # wire -> public, one element, in place
        c.append("static void\nmove_wire_%s (struct guestfs_%s *p, struct guestfs_int_%s *w)\n{" % (n, n, n))
        for f, k in s.fields:
            if k == "FString":
                c.append("  p->%s = w->%s;\n  w->%s = NULL;" % (f, f, f))
            elif k == "FBuffer":
                c.append("  p->%s_len = w->%s.len;\n  p->%s = w->%s.val;\n  w->%s.val = NULL;" % (f, f, f, f, f))
            elif k == "FUUID":
                c.append("  memcpy (p->%s, w->%s, 32);" % (f, f))
            elif k in ("FUInt32", "FInt32", "FUInt64", "FInt64", "FBytes",
                       "FChar", "FOptPercent"):
                c.append("  p->%s = w->%s;" % (f, f))
            else:
                emit.unknown("struct " + n, "field " + f, k)
        c.append("}\n")
        c.append("struct guestfs_%s *\nguestfs_int_copy_wire_%s (guestfs_h *g, struct guestfs_int_%s *w)\n{" % (n, n, n))
        c.append("  struct guestfs_%s *p = guestfs_int_safe_malloc (g, sizeof *p);" % n)
        c.append("  move_wire_%s (p, w);\n  return p;\n}\n" % n)
        c.append("struct guestfs_%s_list *\nguestfs_int_copy_wire_%s_list (guestfs_h *g, struct guestfs_int_%s_list *w)\n{" % (n, n, n))
        c.append("  struct guestfs_%s_list *p = guestfs_int_safe_malloc (g, sizeof *p);" % n)
        c.append("  p->len = w->len;")
        c.append("  p->val = guestfs_int_safe_calloc (g, w->len ? w->len : 1, sizeof *p->val);")
        c.append("  for (uint32_t i = 0; i < w->len; ++i)")
        c.append("    move_wire_%s (&p->val[i], &w->val[i]);" % n)
        c.append("  return p;\n}\n")
    h.append("\n#endif")
    emit.output("capi/structs-wire.h", "\n".join(h) + "\n")
    emit.output("capi/structs.c", "\n".join(c))


def gen_struct_copy(s):
    n = s.name
    owned = [(f, k) for f, k in s.fields if k in ("FString", "FBuffer")]
    c = ["/* Deep copy of *src into *dst; -1 with errno set, and nothing",
         " * left allocated in *dst, on failure. */",
         "static int\ncopy_%s_fields (struct guestfs_%s *dst, "
         "const struct guestfs_%s *src)\n{" % (n, n, n),
         "  *dst = *src;"]
    if owned:
        for f, _ in owned:
            c.append("  dst->%s = NULL;" % f)
        for f, k in owned:
            if k == "FString":
                c.append("  if ((dst->%s = strdup (src->%s)) == NULL)\n"
                         "    goto fail;" % (f, f))
            else:
                c.append("  if (src->%s != NULL) {" % f)
                c.append("    if ((dst->%s = malloc (src->%s_len ? "
                         "src->%s_len : 1)) == NULL)\n      goto fail;"
                         % (f, f, f))
                c.append("    memcpy (dst->%s, src->%s, src->%s_len);\n  }"
                         % (f, f, f))
        c.append("  return 0;\n fail:")
        for f, _ in owned:
            c.append("  free (dst->%s);" % f)
        c.append("  return -1;\n}\n")
    else:
        c.append("  return 0;\n}\n")
    c.append("GUESTFS_DLL_PUBLIC struct guestfs_%s *\nguestfs_copy_%s "
             "(const struct guestfs_%s *src)\n{" % (n, n, n))
    c.append("  struct guestfs_%s *dst = malloc (sizeof *dst);" % n)
    c.append("  if (dst == NULL)\n    return NULL;")
    c.append("  if (copy_%s_fields (dst, src) == -1) {\n    free (dst);\n"
             "    return NULL;\n  }\n  return dst;\n}\n" % n)
    c.append("GUESTFS_DLL_PUBLIC struct guestfs_%s_list *\n"
             "guestfs_copy_%s_list (const struct guestfs_%s_list *src)\n{"
             % (n, n, n))
    c.append("  struct guestfs_%s_list *dst = malloc (sizeof *dst);" % n)
    c.append("  if (dst == NULL)\n    return NULL;")
    c.append("  dst->len = 0;")
    c.append("  dst->val = malloc ((src->len ? src->len : 1) "
             "* sizeof *dst->val);")
    c.append("  if (dst->val == NULL) {\n    free (dst);\n"
             "    return NULL;\n  }")
    c.append("  for (; dst->len < src->len; dst->len++)")
    c.append("    if (copy_%s_fields (&dst->val[dst->len], "
             "&src->val[dst->len]) == -1) {" % n)
    c.append("      guestfs_free_%s_list (dst);\n      return NULL;\n    }"
             % n)
    c.append("  return dst;\n}\n")
    return "\n".join(c)


def gen_struct_compare(s):
    """Field by field in declaration order, like strcmp."""
    n = s.name
    c = ["GUESTFS_DLL_PUBLIC int\nguestfs_compare_%s "
         "(const struct guestfs_%s *a, const struct guestfs_%s *b)\n{"
         % (n, n, n)]
    if any(k in ("FString", "FBuffer", "FUUID") for _, k in s.fields):
        c.append("  int r;")
    for f, k in s.fields:
        if k == "FString":
            c.append("  if ((r = strcmp (a->%s, b->%s)) != 0)\n"
                     "    return r;" % (f, f))
        elif k == "FBuffer":
            c.append("  if ((r = memcmp (a->{f}, b->{f}, a->{f}_len < "
                     "b->{f}_len ? a->{f}_len : b->{f}_len)) != 0)\n"
                     "    return r;".format(f=f))
            c.append("  if (a->{f}_len != b->{f}_len)\n    return "
                     "a->{f}_len < b->{f}_len ? -1 : 1;".format(f=f))
        elif k == "FUUID":
            c.append("  if ((r = memcmp (a->%s, b->%s, 32)) != 0)\n"
                     "    return r;" % (f, f))
        else:
            c.append("  if (a->{f} != b->{f})\n    return a->{f} < b->{f} "
                     "? -1 : 1;".format(f=f))
    c.append("  return 0;\n}\n")
    c.append("GUESTFS_DLL_PUBLIC int\nguestfs_compare_%s_list "
             "(const struct guestfs_%s_list *a, "
             "const struct guestfs_%s_list *b)\n{" % (n, n, n))
    c.append("  for (uint32_t i = 0; i < a->len && i < b->len; ++i) {")
    c.append("    int r = guestfs_compare_%s (&a->val[i], &b->val[i]);" % n)
    c.append("    if (r != 0)\n      return r;\n  }")
    c.append("  if (a->len != b->len)\n    return a->len < b->len ? -1 : 1;")
    c.append("  return 0;\n}\n")
    return "\n".join(c)


# ---------------------------------------------------------- event names


def gen_event_names():
    c = [emit.banner("c.py"),
         "#include <config.h>\n",
         "#include \"guestfs.h\"",
         "#include \"guestfs-internal.h\"\n",
         "const struct guestfs_int_event_name guestfs_int_event_names[] = {"]
    # In alphabetical order: guestfs_event_to_string lists names in this
    # order, as libguestfs's does.
    for e in sorted(api.EVENTS, key=lambda e: e.name):
        c.append("  { GUESTFS_EVENT_%s, \"%s\" }," % (e.name.upper(), e.name))
    c.append("  { 0, NULL }\n};")
    emit.output("capi/event-names.c", "\n".join(c) + "\n")


# ---------------------------------------------------------- version script


def hand_written_symbols():
    """The functions include/guestfs.h.in declares (written by hand in
    capi/), so that declaring one there is what exports it."""
    with open(os.path.join(emit.ROOT, "include/guestfs.h.in"),
              encoding="utf-8") as f:
        return re.findall(
            r"^extern GUESTFS_DLL_PUBLIC [^(]*?\b(guestfs_\w+) \(",
            f.read(), re.M)


def public_symbols():
    syms = hand_written_symbols()
    for s in api.STRUCTS:
        for helper in ("compare", "copy", "free"):
            syms += ["guestfs_%s_%s" % (helper, s.name),
                     "guestfs_%s_%s_list" % (helper, s.name)]
    for a in api.ACTIONS:
        syms.append("guestfs_" + a.name)
        if a.optargs:
            syms += ["guestfs_" + a.c_name, "guestfs_%s_va" % a.c_name,
                     "guestfs_%s_argv" % a.c_name]
    return sorted(set(syms))


def gen_version_script():
    # One anonymous version, as libguestfs: its symbols are unversioned,
    # so binaries built against either library load against the other.
    out = [emit.banner("c.py", ("# ", "# ", None)),
           "{", "  global:"]
    out += ["    %s;" % s for s in public_symbols()]
    out += ["  local:", "    *;", "};"]
    emit.output("capi/libguestfs.syms", "\n".join(out) + "\n")


def generate():
    gen_header()
    gen_actions()
    gen_structs()
    gen_event_names()
    gen_version_script()
