"""The wire protocol: protocol/guestfs_protocol.h and .c.

Messages are XDR (RFC 4506).  This backend writes the C structs of every
returned struct and of every daemon action's arguments and results, and
their XDR encode/decode functions, directly (on libtirpc's primitives),
so no rpcgen output with its warnings is involved.  The fixed part (the
constants, the framing messages, string lists and buffers) is written by
hand in protocol/protocol-base.{h,c}.  The framing is described in
docs/protocol.md.
"""

import api
import emit
from model import (BufferIn, Bool, Int, Int64, StringArg, StringList,
                   DeviceList, OBool, OInt, OInt64, OString, OStringList,
                   FIELD_TYPES, RErr, RInt, RInt64, RBool, RString,
                   RStringList, RHashtable, RBufferOut, RStruct, RStructList)

# Decoding allocates what a length word says before reading the bytes,
# so every length is bounded by what one message can hold: a hostile
# peer cannot make the other side allocate gigabytes.
STRING_MAX = "GUESTFS_MESSAGE_MAX"

# The fewest bytes each wire type takes: a list of N elements needs at
# least N times its element's minimum.
WIRE_MIN = {"string": 4, "opaque": 4, "int": 4, "u_int": 4, "quad": 8,
            "u_quad": 8, "char": 4, "float": 4, "uuid": 32}

def xdr_field(ftype, cname, expr):
    """(C declaration, XDR call) for a field of a wire struct."""
    if ftype == "string":
        return ("char *%s;" % cname,
                "xdr_string (xdrs, &%s, %s)" % (expr, STRING_MAX))
    if ftype == "strlist":
        return ("guestfs_int_str_list %s;" % cname,
                "xdr_guestfs_int_str_list (xdrs, &%s)" % expr)
    if ftype == "buffer":
        return ("guestfs_int_buffer %s;" % cname,
                "xdr_guestfs_int_buffer (xdrs, &%s)" % expr)
    if ftype == "int":
        return ("int32_t %s;" % cname, "xdr_int32_t (xdrs, &%s)" % expr)
    if ftype == "u_int":
        return ("uint32_t %s;" % cname, "xdr_uint32_t (xdrs, &%s)" % expr)
    if ftype == "quad":
        return ("int64_t %s;" % cname, "xdr_int64_t (xdrs, &%s)" % expr)
    if ftype == "u_quad":
        return ("uint64_t %s;" % cname, "xdr_uint64_t (xdrs, &%s)" % expr)
    if ftype == "char":
        return ("char %s;" % cname, "xdr_char (xdrs, &%s)" % expr)
    if ftype == "float":
        return ("float %s;" % cname, "xdr_float (xdrs, &%s)" % expr)
    if ftype == "uuid":
        return ("char %s[32];" % cname, "xdr_opaque (xdrs, %s, 32)" % expr)
    if ftype == "opaque":
        return ("guestfs_int_buffer %s;" % cname,
                "xdr_guestfs_int_buffer (xdrs, &%s)" % expr)
    if ftype.startswith("struct:"):
        s = ftype[7:]
        return ("struct guestfs_int_%s %s;" % (s, cname),
                "xdr_guestfs_int_%s (xdrs, &%s)" % (s, expr))
    if ftype.startswith("structlist:"):
        s = ftype[11:]
        return ("struct guestfs_int_%s_list %s;" % (s, cname),
                "xdr_guestfs_int_%s_list (xdrs, &%s)" % (s, expr))
    emit.unknown(cname, "wire field", ftype)


def arg_wire_type(action, a):
    if isinstance(a, (StringList, DeviceList, OStringList)):
        return "strlist"
    if isinstance(a, BufferIn):
        return "buffer"
    if isinstance(a, (Bool, Int, OBool, OInt)):
        return "int"
    if isinstance(a, (Int64, OInt64)):
        return "quad"
    if isinstance(a, (StringArg, OString)):
        return "string"
    emit.unknown(action.name, "argument " + a.name, type(a))


def ret_wire_fields(action):
    """The fields of an action's _ret struct: [(name, wire type)]."""
    ret = action.ret
    if isinstance(ret, RErr):
        return []
    if isinstance(ret, (RInt, RBool)):
        return [("val", "int")]
    if isinstance(ret, RInt64):
        return [("val", "quad")]
    if isinstance(ret, RString):
        return [("val", "string")]
    if isinstance(ret, (RStringList, RHashtable)):
        return [("val", "strlist")]
    if isinstance(ret, RBufferOut):
        return [("val", "buffer")]
    if isinstance(ret, RStruct):
        return [("val", "struct:" + ret.struct)]
    if isinstance(ret, RStructList):
        return [("val", "structlist:" + ret.struct)]
    emit.unknown(action.name, "return value", type(ret))


def args_wire_fields(action):
    return ([(a.name, arg_wire_type(action, a)) for a in action.wire_args] +
            [(o.name, arg_wire_type(action, o)) for o in action.optargs])


def gen_struct(name, fields, h, c):
    """Emit the C struct and XDR function for one wire struct."""
    h.append("struct %s {" % name)
    if not fields:
        h.append("  char dummy_;  /* XDR encodes nothing */")
    for fname, ftype in fields:
        h.append("  " + xdr_field(ftype, fname, "")[0])
    h.append("};")
    h.append("extern bool_t xdr_%s (XDR *xdrs, struct %s *objp);" %
             (name, name))
    h.append("")
    c.append("bool_t\nxdr_%s (XDR *xdrs, struct %s *objp)\n{" %
             (name, name))
    if not fields:
        c.append("  (void) xdrs;\n  (void) objp;")
    for fname, ftype in fields:
        c.append("  if (!%s)\n    return FALSE;" %
                 xdr_field(ftype, fname, "objp->" + fname)[1])
    c.append("  return TRUE;\n}\n")


def generate():
    h = [emit.banner("protocol.py"),
         "#ifndef GUESTFS_PROTOCOL_H",
         "#define GUESTFS_PROTOCOL_H",
         "",
         "#include \"protocol-base.h\"",
         ""]
    c = [emit.banner("protocol.py"),
         "#include <config.h>",
         "#include \"guestfs_protocol.h\"",
         ""]

    for s in api.STRUCTS:
        fields = [(f, emit.lookup(FIELD_TYPES, k, "struct " + s.name,
                                  "field " + f)[1]) for f, k in s.fields]
        wire_min = sum(WIRE_MIN[t] for _, t in fields)
        gen_struct("guestfs_int_" + s.name, fields, h, c)
        lname = "guestfs_int_%s_list" % s.name
        h.append("struct %s {\n  u_int len;\n  struct guestfs_int_%s *val;"
                 "\n};" % (lname, s.name))
        h.append("extern bool_t xdr_%s (XDR *xdrs, struct %s *objp);\n" %
                 (lname, lname))
        c.append("bool_t\nxdr_%s (XDR *xdrs, struct %s *objp)\n{" %
                 (lname, lname))
        c.append("  return xdr_array (xdrs, (char **) &objp->val, "
                 "&objp->len,\n                    GUESTFS_MESSAGE_MAX / %d,"
                 "\n                    sizeof (struct guestfs_int_%s),"
                 "\n                    (xdrproc_t) xdr_guestfs_int_%s);\n}\n"
                 % (wire_min, s.name, s.name))

    daemon_actions = [a for a in api.ACTIONS if a.in_daemon]
    for a in daemon_actions:
        if args_wire_fields(a):
            gen_struct("guestfs_%s_args" % a.name, args_wire_fields(a), h, c)
        if ret_wire_fields(a):
            gen_struct("guestfs_%s_ret" % a.name, ret_wire_fields(a), h, c)

    h.append("enum guestfs_procedure {")
    for a in sorted(daemon_actions, key=lambda a: a.proc_nr):
        h.append("  GUESTFS_PROC_%s = %d," % (a.name.upper(), a.proc_nr))
    h.append("};")
    h.append("#define GUESTFS_MAX_PROC_NR %d" %
             max(a.proc_nr for a in daemon_actions))
    h.append("\n#endif /* GUESTFS_PROTOCOL_H */")
    emit.output("protocol/guestfs_protocol.h", "\n".join(h) + "\n")
    emit.output("protocol/guestfs_protocol.c", "\n".join(c) + "\n")
