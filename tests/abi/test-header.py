#!/usr/bin/python3
"""Our include/guestfs.h against Debian's /usr/include/guestfs.h
(libguestfs-dev): every constant both define has the same value, every
action with optional arguments has exactly libguestfs's optargs (same
names, same numbers, same types: the _argv structs), every function both
declare has the same prototype, parameter names included (they are the
bindings' keyword arguments), and every struct both define has the same
fields in the same order.  Prints TAP."""

import os
import re
import sys

DEBIAN = "/usr/include/guestfs.h"
if not os.path.exists(DEBIAN):
    print("1..0 # SKIP libguestfs-dev's guestfs.h is not installed")
    sys.exit(0)
build = os.environ.get("abs_top_builddir",
                       os.path.join(os.path.dirname(__file__), "..", ".."))
ours_text = open(os.path.join(build, "include", "guestfs.h")).read()
theirs_text = open(DEBIAN).read()


def defines(text):
    d = {}
    for m in re.finditer(r"^#define (GUESTFS_\w+) (.+)$", text, re.M):
        v = m.group(2).strip()
        # UINT64_C(0x0010) and 0x0010 are the same number.
        v = re.sub(r"UINT64_C\((\w+)\)", r"\1", v)
        d[m.group(1)] = v
    return d


def optargs(text):
    """action -> {optarg constant: number}, from the _argv structs."""
    r = {}
    for m in re.finditer(r"struct guestfs_(\w+)_argv \{(.*?)\};", text, re.S):
        r[m.group(1)] = dict(re.findall(
            r"#\s*define GUESTFS_%s_(\w+)_BITMASK \(UINT64_C\(1\)<<(\d+)\)"
            % m.group(1).upper(), m.group(2)))
    return r


def prototypes(text):
    """function -> its return type and parameters, spaces normalised."""
    r = {}
    for m in re.finditer(r"^extern GUESTFS_DLL_PUBLIC ([^;(]*?)\b(guestfs_\w+) "
                         r"\(([^)]*)\)[^;]*;", text, re.M):
        r[m.group(2)] = " ".join((m.group(1) + "(" + m.group(3) + ")")
                                 .split())
    return r


# libguestfs's actions added after Debian's 1.48 (the version each came
# in): no prototype here to compare with.
NEWER_THAN_DEBIAN = {
    "guestfs_device_name": "1.49.1",
    "guestfs_findfs_partlabel": "1.53.5",
    "guestfs_findfs_partuuid": "1.53.5",
    "guestfs_clevis_luks_unlock": "1.49.3",
    "guestfs_btrfs_scrub_full": "1.56.0",
    "guestfs_ntfs_chmod": "1.58.0",
    "guestfs_xfs_info2": "1.59.2",
}


def newer(name):
    """A function (or its _argv struct, or _va variant) newer than
    Debian's libguestfs."""
    return any(name == f or name.startswith(f + "_")
               for f in NEWER_THAN_DEBIAN)


def structs(text):
    r = {}
    for m in re.finditer(r"^struct (guestfs_\w+) \{(.*?)\};", text,
                         re.S | re.M):
        body = re.sub(r"/\*.*?\*/", "", m.group(2), flags=re.S)
        r[m.group(1)] = " ".join(body.split())
    return r


tests = 0
failures = 0


def ok(cond, what, diag=None):
    global tests, failures
    tests += 1
    failures += not cond
    print("%sok %d - %s" % ("" if cond else "not ", tests, what))
    if not cond and diag:
        print("# " + diag)


ours, theirs = defines(ours_text), defines(theirs_text)
for name in sorted(set(ours) & set(theirs)):
    if name.endswith(("_H_", "DLL_PUBLIC")) or \
            name.startswith(("GUESTFS_HAVE_", "GUESTFS_DEPRECATED")):
        continue
    ok(ours[name] == theirs[name], "%s is %s" % (name, theirs[name]),
       "ours: %s" % ours[name])

ours_o, theirs_o = optargs(ours_text), optargs(theirs_text)
for action in sorted(a for a in ours_o if not newer("guestfs_" + a)):
    ok(action in theirs_o and ours_o[action]
       and ours_o[action] == theirs_o[action],
       "%s: libguestfs's optional arguments and numbers" % action,
       "ours %s, libguestfs %s" % (sorted(ours_o[action].items()),
                                   sorted(theirs_o.get(action, {}).items())))

ours_p, theirs_p = prototypes(ours_text), prototypes(theirs_text)
for f in sorted(set(ours_p) & set(theirs_p)):
    ok(ours_p[f] == theirs_p[f], "%s has libguestfs's prototype" % f,
       "ours %s, libguestfs %s" % (ours_p[f], theirs_p[f]))
only_ours = sorted(f for f in set(ours_p) - set(theirs_p) if not newer(f))
ok(not only_ours, "every function of ours is libguestfs's",
   "only ours: %s" % only_ours)

ours_s, theirs_s = structs(ours_text), structs(theirs_text)
for s in sorted(set(ours_s) & set(theirs_s)):
    ok(ours_s[s] == theirs_s[s], "struct %s has libguestfs's layout" % s,
       "ours { %s }, libguestfs { %s }" % (ours_s[s], theirs_s[s]))
only_ours = sorted(s for s in set(ours_s) - set(theirs_s) if not newer(s))
ok(not only_ours, "every struct of ours is libguestfs's",
   "only ours: %s" % only_ours)

print("1..%d" % tests)
sys.exit(1 if failures else 0)
