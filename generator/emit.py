"""Writing generated files: a banner naming the source, write-if-changed,
a check mode that writes nothing, hand-written templates, and the
generator's errors."""

import os

ROOT = None  # the source tree, set by main.py
CHECK = False  # True: generate everything, write nothing
outputs = []  # every file generated, written or not
changed = []  # files whose text differs from the tree's (written
#               unless CHECK)


def banner(backend, comment=("/* ", " * ", " */"), template=None):
    """template: the hand-written file the output was filled from, named
    so that a reader knows where its fixed text is to be changed."""
    first, mid, last = comment
    source = "generator/api.py"
    if template:
        source += " and %s" % template
    lines = [
        "%sGENERATED FILE: do not edit." % first,
        "%sMade by generator/%s from %s;" % (mid, backend, source),
        "%schange those and run 'make -C generator' (or just 'make')."
        % mid,
    ]
    if last:
        lines.append(last)
    return "\n".join(lines) + "\n"


def output(relpath, text, executable=False):
    outputs.append(relpath)
    path = os.path.join(ROOT, relpath)
    old = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    if old == text:
        return
    changed.append(relpath)
    if CHECK:
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    if executable:
        os.chmod(tmp, 0o755)
    os.replace(tmp, path)


def c_string(s):
    """A C string literal for s (which may already use C escapes, as
    test strings do, so backslashes pass through)."""
    return '"' + s.replace('"', '\\"').replace("\n", "\\n") + '"'


def template(relpath, parts):
    """The text of the hand-written file relpath with each line that
    holds only a marker (a key of parts, e.g. "@METHODS@") replaced by
    the lines parts[marker]() returns.  Every marker must be there,
    once."""
    with open(os.path.join(ROOT, relpath), encoding="utf-8") as f:
        lines = f.read().split("\n")
    todo = dict(parts)
    out = []
    for line in lines:
        if line in todo:
            out.extend(todo.pop(line)())
        elif line in parts:
            die("%s: %s twice" % (relpath, line))
        else:
            out.append(line)
    if todo:
        die("%s: missing %s" % (relpath, ", ".join(sorted(todo))))
    return "\n".join(out)


class Error(Exception):
    """What the generator cannot do; main.py reports it and fails."""


def die(msg):
    raise Error(msg)


def unknown(owner, what, kind):
    """An error for a kind this backend does not handle: owner names
    the action (or struct) and what the argument, return value or field
    that has the kind."""
    die("%s: %s: unknown kind %s" %
        (owner, what, getattr(kind, "__name__", kind)))


def lookup(table, kind, owner, what):
    """table[kind], or the error of unknown() if kind is not there."""
    if kind not in table:
        unknown(owner, what, kind)
    return table[kind]
