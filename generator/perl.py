"""The Perl binding's generated part (Sys::Guestfs, through SWIG):

  bindings/perl/actions.i        one SWIG declaration per action, with
                                 the tables of its optional arguments
                                 and of the struct fields it returns
  bindings/perl/lib/Sys/Guestfs.pm
                                 the module, from the hand-written
                                 bindings/perl/Guestfs.pm.in: one method
                                 and one POD entry per action, the
                                 $EVENT_* constants
  bindings/perl/t/bindings-sequence.pl
                                 the shared bindings test sequence

What is the same for every action is hand-written beside them: the
typemaps of the neutral kinds (bindings/perl/guestfs-perl.i), the run
time they call (perl-support.c) and the module's support code and prose
(Guestfs.pm.in).  The classification of the C API comes from
bindings.py, shared with the other bindings.
"""

import re

import api
import bindings as B
import emit
from model import RBufferOut

C_BANNER = ("/* ", " * ", " */")
PERL_BANNER = ("# ", "# ", None)

# Neutral argument kind -> the typedef of guestfs-perl.i that selects
# its typemap.
ARG_TYPEDEF = {
    B.STRING: "plg_string",
    B.FILENAME: "plg_filename",
    B.OPTSTRING: "plg_optstring",
    B.STRINGLIST: "plg_stringlist",
    B.BOOL: "plg_bool",
    B.INT: "plg_int",
    B.INT64: "plg_int64",
    B.BUFFER: "plg_buffer",
}

# Neutral optional argument kind -> enum plg_kind of perl-support.h.
OPTARG_KIND = {
    B.BOOL: "PLG_BOOL",
    B.INT: "PLG_INT",
    B.INT64: "PLG_INT64",
    B.STRING: "PLG_STRING",
    B.STRINGLIST: "PLG_STRINGLIST",
}

# Return kind -> the typedef of guestfs-perl.i that selects its typemap
# (structs: %s is the struct's name).
RET_TYPEDEF = {
    "RErr": "plg_rerr",
    "RInt": "plg_rint",
    "RInt64": "plg_rint64",
    "RBool": "plg_rbool",
    "RConstString": "plg_rconststring",
    "RConstOptString": "plg_rconstoptstring",
    "RString": "plg_rstring",
    "RStringList": "plg_rstringlist",
    "RHashtable": "plg_rhashtable",
    "RBufferOut": "plg_rbufferout",
    "RStruct": "struct guestfs_%s *",
    "RStructList": "struct guestfs_%s_list *",
}

# Return kind -> what the POD shows it assigned to.
POD_RET = {
    "RErr": "",
    "RInt": "$int = ",
    "RInt64": "$int64 = ",
    "RBool": "$bool = ",
    "RConstString": "$str = ",
    "RConstOptString": "$str = ",
    "RString": "$str = ",
    "RStringList": "@list = ",
    "RHashtable": "%hash = ",
    "RBufferOut": "$content = ",
    "RStruct": "%%%s = ",
    "RStructList": "@%s_list = ",
}

POD_RET_DOC = {
    "RErr": None,
    "RInt": "an integer",
    "RInt64": "a 64-bit integer",
    "RBool": "a boolean, 1 or 0",
    "RConstString": "a string",
    "RConstOptString": "a string, or undef when there is none",
    "RString": "a string",
    "RStringList": "a list of strings",
    "RHashtable": "a hash (a list of keys and values)",
    "RBufferOut": "a byte string",
    "RStruct": "a hash (a list of keys and values) of the fields of "
               "a %s: %s",
    "RStructList": "a list of references to hashes of the fields of "
                   "a %s: %s",
}


def xs_name(a):
    """The XSUB the method calls (private to Pod::Coverage)."""
    return "_" + a.name


def struct_of(name):
    return [s for s in api.STRUCTS if s.name == name][0]


# ------------------------------------------------------------ actions.i


def optarg_table(a):
    out = ["static const struct plg_optarg plg_optargs_%s[] = {" % a.c_name]
    for o in a.optargs:
        kind = emit.lookup(OPTARG_KIND, B.optarg_kind(a, o), a.name,
                           "optional argument " + o.name)
        out.append("  { \"%s\", %s, offsetof (struct guestfs_%s_argv, %s), "
                   "GUESTFS_%s_%s_BITMASK }," %
                   (o.name, kind, a.c_name, o.name, a.c_name.upper(),
                    o.name.upper()))
    out.append("  { NULL, 0, 0, 0 }")
    out.append("};")
    return out


def struct_table(name):
    s = struct_of(name)
    out = ["static const struct plg_field plg_fields_%s[] = {" % name]
    for f, kind in s.fields:
        B.field_kind(s, f, kind)
        off = "offsetof (struct guestfs_%s, %s)" % (name, f)
        len_off = "offsetof (struct guestfs_%s, %s_len)" % (name, f) \
            if kind == "FBuffer" else "0"
        out.append("  { \"%s\", PLG_%s, %s, %s }," % (f, kind, off, len_off))
    out.append("  { NULL, 0, 0, 0 }")
    out.append("};")
    out.append("static const struct plg_struct plg_struct_%s = {" % name)
    out.append("  plg_fields_%s, sizeof (struct guestfs_%s)" % (name, name))
    out.append("};")
    return out


def declaration(a):
    params = ["guestfs_h *g"]
    for arg in a.args:
        kind = B.arg_kind(a, arg)
        t = emit.lookup(ARG_TYPEDEF, kind, a.name, "argument " + arg.name)
        params.append("%s %s" % (t, arg.name))
        if kind == B.BUFFER:
            params.append("plg_buffer_size %s_size" % arg.name)
    if isinstance(a.ret, RBufferOut):
        params.append("size_t *size_r")
    if a.optargs:
        params.append("const struct guestfs_%s_argv *optargs" % a.c_name)
    ret = emit.lookup(RET_TYPEDEF, a.ret.kind, a.name, "return value")
    if "%s" in ret:
        ret = ret % a.ret.struct
    if not ret.endswith("*"):
        ret += " "
    fn = B.c_function(a)
    return ["%%rename(\"%s\") %s;" % (xs_name(a), fn),
            "%s%s (%s);" % (ret, fn, ", ".join(params))]


def gen_interface():
    actions = B.binding_actions()
    for a in actions:
        B.ret_info(a)
    out = [emit.banner("perl.py", C_BANNER),
           "/* Included by guestfs-perl.i, whose typemaps give these "
           "declarations\n * their meaning. */\n",
           "%{"]
    for name in B.structs_returned():
        out += struct_table(name)
    for a in actions:
        if a.optargs:
            out += optarg_table(a)
    out.append("%}\n")
    for name in B.structs_returned():
        out.append("%%plg_struct(%s)" % name)
    for name in sorted({arg.name for a in actions for arg in a.args
                        if B.arg_kind(a, arg) == B.BUFFER}):
        out.append("%%plg_buffer(%s)" % name)
    out.append("")
    for a in actions:
        if a.optargs:
            out.append("%%plg_optargs(%s, \"%s\")" % (a.c_name, a.name))
        out += declaration(a)
    emit.output("bindings/perl/actions.i", "\n".join(out) + "\n")


# ------------------------------------------------------------ Guestfs.pm


def events():
    return ["our $EVENT_%s = 0x%04x;" % (name, bit)
            for name, bit in B.events()]


def methods():
    out = []
    for a in B.binding_actions():
        out.append("sub %s { _call (\\&%s, \"%s\", %d, %d, @_) }" %
                   (a.name, xs_name(a), a.name, len(a.args),
                    1 if a.optargs else 0))
        for alias in B.method_names(a)[1:]:
            out.append("*%s = \\&%s;" % (alias, a.name))
    return out


def pod_text(s):
    """The description's POD, with the C API's names as Perl calls:
    C<guestfs_NAME> and L</guestfs_NAME> become C<$g-E<gt>NAME>, other
    links to guestfs(3) sections point there."""
    s = re.sub(r"[CL]</?guestfs_([a-z0-9_]+)>", r"C<$g-E<gt>\1>", s)
    s = re.sub(r"L<([^<>|]+)\|/guestfs_([a-z0-9_]+)>", r"C<$g-E<gt>\2>", s)
    s = re.sub(r"L</([^<>]+)>", r"L<guestfs(3)/\1>", s)
    return s.strip("\n")


def pod_call(a, name):
    head = emit.lookup(POD_RET, a.ret.kind, a.name, "return value")
    if "%s" in head:
        head = head % a.ret.struct
    params = ["$" + arg.name for arg in a.args]
    call = "%s$g->%s (%s" % (head, name, ", ".join(params))
    for i, o in enumerate(a.optargs):
        call += " [%s%s => $%s]" % ("" if not params and i == 0 else ", ",
                                    o.name, o.name)
    return call + ");"


def pod_method(a):
    out = ["=item %s" % pod_call(a, a.name), ""]
    for alias in B.method_names(a)[1:]:
        out += ["=item %s" % pod_call(a, alias), ""]
    out += [a.shortdesc[:1].upper() + a.shortdesc[1:] + ".", ""]
    if a.longdesc.strip():
        out += [pod_text(a.longdesc), ""]
    doc = emit.lookup(POD_RET_DOC, a.ret.kind, a.name, "return value")
    if doc:
        if "%s" in doc:
            s = struct_of(a.ret.struct)
            doc = doc % (a.ret.struct,
                         ", ".join("C<%s>" % f for f, _ in s.fields))
        out += ["Returns %s." % doc, ""]
    if a.deprecated_by:
        out += ["I<Deprecated>: use C<$g-E<gt>%s> instead." % a.deprecated_by,
                ""]
    elif a.deprecated_no_replacement:
        out += ["I<Deprecated>: there is no replacement.", ""]
    return out


def pod_methods():
    out = []
    for a in B.binding_actions():
        if a.visible:
            out += pod_method(a)
    return out[:-1]


def pod_events():
    out = []
    for name, bit in B.events():
        out += ["=item $Sys::Guestfs::EVENT_%s (0x%04x)" % (name, bit), ""]
    return out[:-1]


def gen_module():
    text = emit.template("bindings/perl/Guestfs.pm.in",
                         {"@EVENTS@": events,
                          "@METHODS@": methods,
                          "@POD_EVENTS@": pod_events,
                          "@POD_METHODS@": pod_methods})
    emit.output("bindings/perl/lib/Sys/Guestfs.pm",
                emit.banner("perl.py", PERL_BANNER) + text)


# ------------------------------------------------ the shared bindings test


def literal(v):
    if v is None:
        return "undef"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        v = v.encode("utf-8")
    if isinstance(v, bytes):
        return '"%s"' % "".join(
            chr(c) if 32 <= c < 127 and chr(c) not in '"\\$@' else
            "\\x%02x" % c for c in v)
    if isinstance(v, list):
        return "[%s]" % ", ".join(literal(x) for x in v)
    emit.unknown("bindings test", "value", type(v).__name__)


def gen_sequence():
    by_name = {a.name: a for a in api.ACTIONS}
    out = [emit.banner("perl.py", PERL_BANNER),
           "# The shared bindings test of tests/bindings/README.md: its "
           "output must\n# match tests/bindings/expected.txt byte for byte."
           "  020-bindings.t runs it.\n",
           "use strict;",
           "use warnings;",
           "use FindBin;",
           "use Sys::Guestfs;",
           'require "$FindBin::Bin/sequence-support.pl";\n',
           "my $g = Sys::Guestfs->new ();"]
    for step in B.BINDINGS_TEST:
        if isinstance(step, B.TestCall):
            parts = [literal(v) for v in step.args]
            parts += ["%s => %s" % (k, literal(v))
                      for k, v in step.optargs.items()]
            out.append("$g->%s (%s);" % (step.action, ", ".join(parts)))
        elif isinstance(step, B.TestReturn):
            a = by_name[B.test_action(step)]
            fields = ""
            if hasattr(a.ret, "struct"):
                fields = " qw(%s)" % " ".join(
                    f for f, _ in struct_of(a.ret.struct).fields)
            out.append('show ("%s", "%s", [%s], sub { $g->%s (%s) });' %
                       (step.name, a.ret.kind, fields.strip(), a.name,
                        literal(step.val)))
            if step.err:
                out.append('show ("%serr", "%s", [], sub { $g->%s () });' %
                           (step.name, a.ret.kind,
                            B.test_action(step, err=True)))
        elif isinstance(step, B.TestPrint):
            out.append("print %s, \"\\n\";" % literal(step.line))
        else:
            emit.unknown("bindings test", "step", type(step).__name__)
    out.append("$g->close ();")
    emit.output("bindings/perl/t/bindings-sequence.pl",
                "\n".join(out) + "\n")


def generate():
    gen_interface()
    gen_module()
    gen_sequence()
