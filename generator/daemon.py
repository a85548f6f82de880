"""The daemon side: daemon/actions.h (prototypes of the do_* functions
written by hand in daemon/*.c) and daemon/stubs.c (decode the call,
check and translate the arguments, call do_*, encode the reply)."""

import api
import emit
from model import (BufferIn, Bool, Int, Int64, StringList, DeviceList,
                   Pathname, Device, Dev_or_Path, Mountable,
                   Mountable_or_Path, String,
                   OptString, Key, OBool, OInt, OInt64, OString, OStringList,
                   RErr, RInt, RInt64, RBool, RString, RStringList,
                   RHashtable, RBufferOut, RStruct, RStructList)

# Wire arguments passed to do_NAME as the const char * received.
PLAIN_STRINGS = (String, OptString, Key)
import protocol


def do_params(a):
    ps = []
    for arg in a.wire_args:
        if isinstance(arg, (StringList, DeviceList)):
            ps.append("char *const *%s" % arg.name)
        elif isinstance(arg, BufferIn):
            ps += ["const char *%s" % arg.name, "size_t %s_size" % arg.name]
        elif isinstance(arg, (Bool, Int)):
            ps.append("int %s" % arg.name)
        elif isinstance(arg, Int64):
            ps.append("int64_t %s" % arg.name)
        elif isinstance(arg, PLAIN_STRINGS + (Pathname, Device, Dev_or_Path,
                                              Mountable, Mountable_or_Path)):
            ps.append("const char *%s" % arg.name)
        else:
            emit.unknown(a.name, "argument " + arg.name, type(arg))
    for o in a.optargs:
        if isinstance(o, OStringList):
            ps.append("char *const *%s" % o.name)
        elif isinstance(o, OString):
            ps.append("const char *%s" % o.name)
        elif isinstance(o, OInt64):
            ps.append("int64_t %s" % o.name)
        elif isinstance(o, (OBool, OInt)):
            ps.append("int %s" % o.name)
        else:
            emit.unknown(a.name, "optional argument " + o.name, type(o))
    if isinstance(a.ret, RBufferOut):
        ps.append("size_t *size_r")
    return ps or ["void"]


def do_ret_type(a):
    r = a.ret
    if isinstance(r, (RErr, RInt, RBool)):
        return "int "
    if isinstance(r, RInt64):
        return "int64_t "
    if isinstance(r, (RString, RBufferOut)):
        return "char *"
    if isinstance(r, (RStringList, RHashtable)):
        return "char **"
    if isinstance(r, RStruct):
        return "struct guestfs_int_%s *" % r.struct
    if isinstance(r, RStructList):
        return "struct guestfs_int_%s_list *" % r.struct
    emit.unknown(a.name, "return value", type(r))


def gen_actions_h(actions):
    out = [emit.banner("daemon.py"),
           "#ifndef GUESTFSD_ACTIONS_H\n#define GUESTFSD_ACTIONS_H\n",
           "#include <stdint.h>",
           "#include <stddef.h>",
           "#include \"guestfs_protocol.h\"\n",
           "/* Each do_NAME is written by hand in a daemon/ source file.",
           " * On failure it has already sent the error with reply_with_error() or",
           " * reply_with_perror() and returns -1 (or NULL).  It returns what",
           " * the stub encodes and then frees (strings and lists malloc'd).",
           " * Device arguments arrive already translated to the appliance's",
           " * names; Pathname arguments are checked absolute and are",
           " * resolved inside the sysroot (sysroot_open() and friends in",
           " * daemon/path.c).  The optional",
           " * arguments actually given are in optargs_bitmask.  A FileIn",
           " * action must consume the whole stream (receive_file, or",
           " * cancel_receive before failing); a FileOut action must end its",
           " * stream (send_file_end) before it returns, success or not.",
           " */"]
    for a in actions:
        out.append("extern %sdo_%s (%s);" % (do_ret_type(a), a.name,
                                             ", ".join(do_params(a))))
    out.append("\n/* Each optional group's test, written by hand beside its "
               "actions:\n * true if the appliance has what they need. */")
    for group in optional_groups(actions):
        out.append("extern int optgroup_%s_available (void);" % group)
    out.append("\n/* The optional groups, with their tests; ends with "
               "{ NULL, NULL }. */")
    out.append("struct optgroup\n{\n  const char *name;\n"
               "  int (*available) (void);\n};")
    out.append("extern const struct optgroup optgroups[];")
    out.append("\n#endif")
    emit.output("daemon/actions.h", "\n".join(out) + "\n")


def optional_groups(actions):
    return sorted({a.optional for a in actions if a.optional})


def gen_stub(a):
    out = ["static void\n%s_stub (XDR *xdr_in)\n{" % a.name]
    has_args = bool(protocol.args_wire_fields(a))
    has_fin = bool(a.file_in)
    fail = "    goto done;"
    if has_args:
        out.append("  struct guestfs_%s_args args;" % a.name)
        out.append("  memset (&args, 0, sizeof args);")
    else:
        out.append("  (void) xdr_in;")
    # Every cleanup variable is declared before the first goto: jumping
    # into the scope of one would free an uninitialised pointer.
    for arg in a.wire_args:
        if isinstance(arg, DeviceList):
            out.append("  CLEANUP_FREE_STRINGS char **%s = NULL;" % arg.name)
        elif isinstance(arg, StringList):
            out.append("  CLEANUP_FREE char **%s = NULL;" % arg.name)
        elif isinstance(arg, (Device, Mountable, Dev_or_Path,
                              Mountable_or_Path)):
            out.append("  CLEANUP_FREE char *%s = NULL;" % arg.name)
    for o in a.optargs:
        if isinstance(o, OStringList):
            out.append("  CLEANUP_FREE char **%s = NULL;" % o.name)
    if a.optional:
        out.append("  if (!optgroup_%s_available ()) {" % a.optional)
        if has_fin:
            out.append("    cancel_receive ();")
        out.append("    reply_with_error_errno (ENOTSUP, \"feature '%s' is "
                   "not available in this appliance\");" % a.optional)
        out.append("    goto done_no_free;\n  }")
    mask = (1 << len(a.optargs)) - 1
    out.append("  if (optargs_bitmask & UINT64_C(0x%x)) {" % ((~mask) & 0xffffffffffffffff))
    if has_fin:
        out.append("    cancel_receive ();")
    out.append("    reply_with_error (\"unknown option in optional arguments bitmask (this can happen if a program is compiled against a newer libguestfs, then run against an older one)\");")
    out.append("    goto done_no_free;\n  }")
    if has_args:
        out.append("  if (!xdr_guestfs_%s_args (xdr_in, &args)) {" % a.name)
        if has_fin:
            out.append("    cancel_receive ();")
        out.append("    reply_with_error (\"daemon failed to decode procedure arguments\");")
        out.append("    goto done;\n  }")
    call = []
    for arg in a.wire_args:
        n = arg.name
        src = "args." + n
        if isinstance(arg, Pathname):
            out.append("  const char *%s = %s;" % (n, src))
            out.append("  if (check_pathname (\"%s\", %s, %d) == -1)" % (n, n, int(has_fin)))
            out.append(fail)
            call.append(n)
        elif isinstance(arg, Device):
            out.append("  %s = resolve_device (\"%s\", %s, %d);" % (n, n, src, int(has_fin)))
            out.append("  if (%s == NULL)" % n)
            out.append(fail)
            call.append(n)
        elif isinstance(arg, Mountable):
            out.append("  %s = resolve_mountable (\"%s\", %s, %d);" % (n, n, src, int(has_fin)))
            out.append("  if (%s == NULL)" % n)
            out.append(fail)
            call.append(n)
        elif isinstance(arg, Mountable_or_Path):
            out.append("  %s = resolve_mountable_or_path (\"%s\", %s, %d);" % (n, n, src, int(has_fin)))
            out.append("  if (%s == NULL)" % n)
            out.append(fail)
            call.append(n)
        elif isinstance(arg, Dev_or_Path):
            out.append("  %s = resolve_device_or_path (\"%s\", %s, %d);" % (n, n, src, int(has_fin)))
            out.append("  if (%s == NULL)" % n)
            out.append(fail)
            call.append(n)
        elif isinstance(arg, DeviceList):
            out.append("  %s = resolve_device_list (\"%s\", &%s, %d);" % (n, n, src, int(has_fin)))
            out.append("  if (%s == NULL)" % n)
            out.append(fail)
            call.append(n)
        elif isinstance(arg, StringList):
            out.append("  %s = take_stringsbuf (&%s);" % (n, src))
            out.append("  if (%s == NULL)" % n)
            out.append(fail)
            call.append(n)
        elif isinstance(arg, BufferIn):
            call += ["%s.val" % src, "%s.len" % src]
        elif isinstance(arg, PLAIN_STRINGS + (Bool, Int, Int64)):
            call.append(src)
        else:
            emit.unknown(a.name, "argument " + n, type(arg))
    for o in a.optargs:
        src = "args." + o.name
        if isinstance(o, OStringList):
            out.append("  %s = take_stringsbuf (&%s);" % (o.name, src))
            out.append("  if (%s == NULL)" % o.name)
            out.append(fail)
            call.append(o.name)
        elif isinstance(o, (OBool, OInt, OInt64, OString)):
            call.append(src)
        else:
            emit.unknown(a.name, "optional argument " + o.name, type(o))
    r = a.ret
    rt = do_ret_type(a)
    if isinstance(r, RBufferOut):
        out.append("  size_t size = 0;")
        call.append("&size")
    out.append("  %sr = do_%s (%s);" % (rt, a.name, ", ".join(call)))
    if isinstance(r, (RErr, RInt, RBool, RInt64)):
        out.append("  if (r == -1)")
    else:
        out.append("  if (r == NULL)")
    out.append("    goto done; /* do_%s sent the error */" % a.name)
    if isinstance(r, RErr):
        out.append("  reply (NULL, NULL);")
    elif isinstance(r, (RInt, RBool, RInt64)):
        out.append("  struct guestfs_%s_ret ret = { .val = r };" % a.name)
        out.append("  reply ((xdrproc_t) xdr_guestfs_%s_ret, (char *) &ret);" % a.name)
    elif isinstance(r, RString):
        out.append("  struct guestfs_%s_ret ret = { .val = r };" % a.name)
        out.append("  reply ((xdrproc_t) xdr_guestfs_%s_ret, (char *) &ret);" % a.name)
        out.append("  free (r);")
    elif isinstance(r, (RStringList, RHashtable)):
        out.append("  struct guestfs_%s_ret ret;" % a.name)
        out.append("  ret.val.len = guestfs_int_count_strings (r);")
        out.append("  ret.val.val = r;")
        out.append("  reply ((xdrproc_t) xdr_guestfs_%s_ret, (char *) &ret);" % a.name)
        out.append("  guestfs_int_free_string_list (r);")
    elif isinstance(r, RBufferOut):
        out.append("  struct guestfs_%s_ret ret;" % a.name)
        out.append("  ret.val.len = size;")
        out.append("  ret.val.val = r;")
        out.append("  reply ((xdrproc_t) xdr_guestfs_%s_ret, (char *) &ret);" % a.name)
        out.append("  free (r);")
    elif isinstance(r, (RStruct, RStructList)):
        out.append("  struct guestfs_%s_ret ret;" % a.name)
        out.append("  ret.val = *r;")
        out.append("  reply ((xdrproc_t) xdr_guestfs_%s_ret, (char *) &ret);" % a.name)
        out.append("  xdr_free ((xdrproc_t) xdr_guestfs_%s_ret, (char *) &ret);" % a.name)
        out.append("  free (r);")
    else:
        emit.unknown(a.name, "return value", type(r))
    out.append(" done:")
    if has_args:
        out.append("  xdr_free ((xdrproc_t) xdr_guestfs_%s_args, (char *) &args);" % a.name)
    out.append(" done_no_free:")
    out.append("  return;\n}\n")
    return "\n".join(out)


def generate():
    actions = sorted((a for a in api.ACTIONS if a.in_daemon),
                     key=lambda a: a.proc_nr)
    gen_actions_h(actions)
    out = [emit.banner("daemon.py"),
           "#include <config.h>\n",
           "#include <errno.h>",
           "#include <stdio.h>",
           "#include <stdlib.h>",
           "#include <string.h>",
           "#include <stdint.h>\n",
           "#include \"daemon.h\"",
           "#include \"actions.h\"\n"]
    for a in actions:
        out.append(gen_stub(a))
    out.append("const struct optgroup optgroups[] = {")
    for group in optional_groups(actions):
        out.append("  { \"%s\", optgroup_%s_available }," % (group, group))
    out.append("  { NULL, NULL }\n};\n")
    out.append("void\ndispatch_incoming_message (int proc_nr, XDR *xdr_in)\n{")
    out.append("  switch (proc_nr) {")
    for a in actions:
        out.append("  case GUESTFS_PROC_%s:" % a.name.upper())
        out.append("    %s_stub (xdr_in);" % a.name)
        out.append("    break;")
    out.append("  default:")
    out.append("    reply_with_error (\"dispatch_incoming_message: unknown procedure number %d, set LIBGUESTFS_PATH to point to the matching appliance\", proc_nr);")
    out.append("  }\n}\n")
    # proto.c ends a stream an action left open (e.g. when an argument
    # check failed before do_NAME ran), so it must know which stream.
    out.append("enum file_transfer\nproc_file_transfer (int proc_nr)\n{")
    out.append("  switch (proc_nr) {")
    for kind, pick in (("IN", lambda a: a.file_in),
                       ("OUT", lambda a: a.file_out)):
        procs = [a for a in actions if pick(a)]
        for a in procs:
            out.append("  case GUESTFS_PROC_%s:" % a.name.upper())
        if procs:
            out.append("    return FILE_TRANSFER_%s;" % kind)
    out.append("  default:")
    out.append("    return FILE_TRANSFER_NONE;")
    out.append("  }\n}")
    emit.output("daemon/stubs.c", "\n".join(out) + "\n")
