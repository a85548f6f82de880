"""The API manual: docs/guestfs.pod (made into guestfs(3) by docs/).

The prose is hand-written in docs/guestfs.pod.in; this backend fills in
the parts that come from api.py, each at a line holding only its marker:

  @EVENTS@      every GUESTFS_EVENT_* with its meaning
  @FUNCTIONS@   every visible action, alphabetically
  @STRUCTURES@  every struct with its free functions
"""

import os
import re
import textwrap

import api
import c
import emit
from model import (Key, BufferIn, StringList, DeviceList,
                   OBool, OInt, OInt64, OString, OStringList,
                   RStruct, RStructList)

SOURCE = "docs/guestfs.pod.in"

VISIBLE = sorted((a for a in api.ACTIONS if a.visible),
                 key=lambda a: a.name)
VISIBLE_NAMES = {a.name for a in VISIBLE}
# C entry points with optional arguments -> the action documenting them.
VARIANTS = {}
for _a in VISIBLE:
    if _a.optargs:
        for _v in (_a.c_name, _a.c_name + "_va", _a.c_name + "_argv"):
            VARIANTS[_v] = _a.name


# ---------------------------------------------------------------- text


def link_functions(text):
    """C<guestfs_NAME> of a documented action becomes a link to it."""
    def repl(m):
        name = m.group(1)
        if name in VISIBLE_NAMES:
            return "L</guestfs_%s>" % name
        if name in VARIANTS:
            return "L<guestfs_%s|/guestfs_%s>" % (name, VARIANTS[name])
        return m.group(0)
    return re.sub(r"C<guestfs_([a-z0-9_]+)>", repl, text)


def paragraphs(text):
    """POD paragraphs from a doc string: ordinary ones reflowed, those
    starting with white space (verbatim) kept as they are."""
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        if para[:1].isspace():
            out.append(para.rstrip())
        else:
            out.append(textwrap.fill(" ".join(para.split()), 72,
                                     break_long_words=False,
                                     break_on_hyphens=False))
    return out


def sentence(s):
    s = s.strip()
    return s[:1].upper() + s[1:] + ("" if s.endswith(".") else ".")


def verbatim(lines):
    return "\n".join(" " + l if l else "" for l in lines)


def prototype(ret, fname, params):
    """A declaration with one parameter per line, aligned after '('."""
    head = "%s%s (" % (ret, fname)
    pad = " " * len(head)
    lines = [head + params[0]]
    lines += [pad + p for p in params[1:]]
    lines[-1] += ");"
    for i in range(len(lines) - 1):
        lines[i] += ","
    return lines


# ------------------------------------------------------------- functions


RETURNS = {
    "RErr": "This function returns 0 on success or -1 on error.",
    "RInt": "On success this function returns the integer result; on "
            "error it returns -1.",
    "RInt64": "On success this function returns the C<int64_t> result; "
              "on error it returns -1.",
    "RBool": "This function returns 1 (true) or 0 (false), or -1 on "
             "error.",
    "RConstString": "This function returns a string that belongs to the "
                    "handle: do not free it.  It stays valid until the "
                    "value changes or the handle is closed.  On error it "
                    "returns C<NULL>.",
    "RConstOptString": "This function returns a string that belongs to "
                       "the handle (do not free it), or C<NULL>, which "
                       "here is B<not> an error: it means there is no "
                       "value.  Use an error handler or "
                       "L</guestfs_last_errno> if you must tell the two "
                       "apart.",
    "RString": "This function returns a string allocated with "
               "C<malloc>: the caller must free it with C<free>.  On "
               "error it returns C<NULL>.",
    "RStringList": "This function returns a C<NULL>-terminated array of "
                   "strings.  The caller must free each string and then "
                   "the array.  On error it returns C<NULL>.",
    "RHashtable": "This function returns a C<NULL>-terminated array of "
                  "strings in which keys and values alternate (key, "
                  "value, key, value, ...).  The caller must free each "
                  "string and then the array.  On error it returns "
                  "C<NULL>.",
    "RBufferOut": "This function returns a buffer allocated with "
                  "C<malloc> holding C<*size_r> bytes, which may include "
                  "NUL bytes and need not end with one.  The caller must "
                  "free it with C<free>.  On error it returns C<NULL>.",
}


def returns(a):
    ret = a.ret
    if isinstance(ret, RStruct):
        return ("This function returns a C<struct guestfs_%s *> (see "
                "L</STRUCTURES>), or C<NULL> on error.  The caller must "
                "free it with C<guestfs_free_%s>." % (ret.struct, ret.struct))
    if isinstance(ret, RStructList):
        return ("This function returns a C<struct guestfs_%s_list *> (see "
                "L</STRUCTURES>), or C<NULL> on error.  The caller must "
                "free it with C<guestfs_free_%s_list>."
                % (ret.struct, ret.struct))
    return emit.lookup(RETURNS, ret.kind, a.name, "return value")


OPTARG_TYPES = {
    OBool: "int (boolean)",
    OInt: "int",
    OInt64: "int64_t",
    OString: "const char *",
    OStringList: "char *const *",
}


def prototypes(a):
    """The C declarations of every entry point of action a."""
    fixed = ["guestfs_h *g"] + c.required_params(a)
    ret = a.ret.ctype
    blocks = []
    if not a.optargs or a.once_had_no_optargs:
        blocks.append(prototype(ret, "guestfs_" + a.name, fixed))
    if a.optargs:
        blocks.append(["#define %s %d" % (c.optarg_const(a, o), i)
                       for i, o in enumerate(a.optargs)])
        blocks.append(prototype(ret, "guestfs_" + a.c_name,
                                fixed + ["..."]))
        blocks.append(prototype(ret, "guestfs_%s_va" % a.c_name,
                                fixed + ["va_list args"]))
        argv = ["%s {" % c.argv_struct(a), "  uint64_t bitmask;"]
        for o in a.optargs:
            argv.append("# define %s (UINT64_C(1)<<%d)" %
                        (c.bitmask_name(a, o), a.optargs.index(o)))
            argv.append("  %s%s;" % (o.ctype, o.name))
        argv.append("};")
        blocks.append(argv)
        blocks.append(prototype(ret, "guestfs_%s_argv" % a.c_name,
                                fixed + ["const %s *optargs"
                                         % c.argv_struct(a)]))
    out = []
    for b in blocks:
        out.append(verbatim(b))
    return out


def optargs_doc(a):
    if not a.optargs:
        return []
    plain = ""
    if a.once_had_no_optargs:
        plain = ("  C<guestfs_%s> is the same call with no optional "
                 "arguments (it predates them)." % a.name)
    out = ["The optional arguments are given to C<guestfs_%s> as pairs of "
           "a C<GUESTFS_%s_*> code and a value, ending with -1; see "
           "L</Optional arguments>.%s" % (a.c_name, a.c_name.upper(), plain),
           "=over 4"]
    for o in a.optargs:
        out.append("=item C<%s>, C<%s>" %
                   (c.optarg_const(a, o),
                    emit.lookup(OPTARG_TYPES, type(o), a.name,
                                "optional argument " + o.name)))
    out.append("=back")
    return out


def state_doc(a):
    if a.in_daemon:
        return ("The appliance runs this call, so the handle must be READY "
                "(after L</guestfs_launch>).")
    states = set(a.states)
    if states == {"CONFIG"}:
        return ("This function may only be called in the CONFIG state, "
                "before L</guestfs_launch>.")
    if states == {"LAUNCHING", "READY", "BUSY"}:
        return ("This function may only be called after "
                "L</guestfs_launch>.")
    if states == {"CONFIG", "LAUNCHING", "READY", "BUSY"}:
        return None
    return ("This function may only be called in these states: %s." %
            ", ".join(sorted(states)))


def function_doc(a):
    out = ["=head2 guestfs_%s" % a.name]
    out.extend(prototypes(a))
    out.append(sentence(a.shortdesc))
    out.extend(link_functions(p) for p in paragraphs(a.longdesc))
    out.extend(optargs_doc(a))
    out.append(returns(a))
    notes = []
    st = state_doc(a)
    if st:
        notes.append(st)
    if a.file_in:
        notes.append("C<%s> names a local file whose contents are sent to "
                     "the appliance; C<-> reads standard input, and "
                     "C</dev/fd/N> a file descriptor." % a.file_in[0].name)
    if a.file_out:
        notes.append("C<%s> names a local file that receives the data; "
                     "C<-> writes standard output, and C</dev/fd/N> a file "
                     "descriptor." % a.file_out[0].name)
    for arg in a.args:
        if isinstance(arg, Key):
            notes.append("C<%s> is a secret: trace output shows it as "
                         "C<***>." % arg.name)
        elif isinstance(arg, BufferIn):
            notes.append("C<%s> is a buffer of C<%s_size> bytes, which "
                         "may contain NULs." % (arg.name, arg.name))
        elif isinstance(arg, (StringList, DeviceList)):
            notes.append("C<%s> is a C<NULL>-terminated array of strings."
                         % arg.name)
        elif arg.may_be_null:
            notes.append("C<%s> may be C<NULL>." % arg.name)
    if a.progress:
        notes.append("This call may send progress notifications "
                     "(C<GUESTFS_EVENT_PROGRESS>); see L</EVENTS>.")
    if a.optional:
        # A link only once the action exists (the manual's links are
        # checked).
        fa = "guestfs_feature_available"
        if any(x.name == "feature_available" for x in api.ACTIONS):
            fa = "L</%s>" % fa
        else:
            fa = "C<%s>" % fa
        notes.append("This function depends on the feature C<%s>.  See "
                     "also %s." % (a.optional, fa))
    if a.deprecated_by:
        notes.append("I<This function is deprecated.>  Use "
                     "L</guestfs_%s> instead.  Deprecated functions stay "
                     "in the library, but defining "
                     "C<GUESTFS_NO_DEPRECATED> hides their declarations."
                     % a.deprecated_by)
    elif a.deprecated_no_replacement:
        notes.append("I<This function is deprecated.>  There is no "
                     "replacement.  Deprecated functions stay in the "
                     "library, but defining C<GUESTFS_NO_DEPRECATED> hides "
                     "their declarations.")
    out.extend(" ".join(paragraphs(n)) for n in notes)
    out.append("(Added in %s.)" % a.since)
    return out


def gen_availability():
    groups = {}
    for a in VISIBLE:
        if a.optional:
            groups.setdefault(a.optional, []).append(a.name)
    out = []
    for group in sorted(groups):
        out.append("=head2 B<%s>" % group)
        out.append(", ".join("L</guestfs_%s>" % n
                             for n in sorted(groups[group])) + ".")
    return out


def gen_functions():
    out = []
    for a in VISIBLE:
        out.extend(function_doc(a))
    return out


# ---------------------------------------------------------- events, structs


def gen_events():
    out = ["=over 4"]
    for e in api.EVENTS:
        out.append("=item C<GUESTFS_EVENT_%s> (0x%04x)" %
                   (e.name.upper(), e.bit))
        out.extend(link_functions(p) for p in paragraphs(e.doc))
    out.append("=item C<GUESTFS_EVENT_ALL>")
    out.append("All of the above.")
    out.append("=back")
    return out


def gen_structures():
    out = []
    for s in api.STRUCTS:
        n = s.name
        out.append("=head2 struct guestfs_%s" % n)
        out.append(verbatim(["struct guestfs_%s {" % n] +
                            c.struct_c_fields(s) + ["};"]))
        out.append(verbatim([
            "struct guestfs_%s_list {" % n,
            "  uint32_t len;  /* number of elements */",
            "  struct guestfs_%s *val;  /* the elements */" % n,
            "};"]))
        out.append(verbatim([
            "int guestfs_compare_%s (const struct guestfs_%s *,"
            % (n, n),
            "                        const struct guestfs_%s *);" % n,
            "int guestfs_compare_%s_list (const struct guestfs_%s_list *,"
            % (n, n),
            "                             const struct guestfs_%s_list *);"
            % n,
            "struct guestfs_%s *guestfs_copy_%s (const struct guestfs_%s *);"
            % (n, n, n),
            "struct guestfs_%s_list *guestfs_copy_%s_list "
            "(const struct guestfs_%s_list *);" % (n, n, n),
            "void guestfs_free_%s (struct guestfs_%s *);" % (n, n),
            "void guestfs_free_%s_list (struct guestfs_%s_list *);"
            % (n, n)]))
        if s.doc:
            out.extend(link_functions(p) for p in paragraphs(s.doc))
        users = [a.name for a in VISIBLE
                 if getattr(a.ret, "struct", None) == n]
        out.append("The free functions free the struct (or the list and "
                   "every element) with all the strings it holds; "
                   "C<NULL> is allowed.")
        if users:
            out.append("Returned by %s." % ", ".join(
                "L</guestfs_%s>" % u for u in users))
    return out


# ------------------------------------------------------------------ file


def generate():
    with open(os.path.join(emit.ROOT, SOURCE), encoding="utf-8") as f:
        source = f.read()
    parts = {"@EVENTS@": gen_events, "@FUNCTIONS@": gen_functions,
             "@AVAILABILITY@": gen_availability,
             "@STRUCTURES@": gen_structures}
    out = ["=begin comment",
           emit.banner("docs.py", ("", "", None)).rstrip("\n") +
           "\nThe prose comes from %s." % SOURCE,
           "=end comment"]
    para = []
    for line in source.split("\n"):
        if line in parts:
            if para:
                out.append("\n".join(para).strip("\n"))
                para = []
            out.extend(parts.pop(line)())
        else:
            para.append(line)
    if parts:
        emit.die("%s: missing %s" % (SOURCE, ", ".join(sorted(parts))))
    out.append("\n".join(para).strip("\n"))
    emit.output("docs/guestfs.pod", "\n\n".join(out) + "\n")
