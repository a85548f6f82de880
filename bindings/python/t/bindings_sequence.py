# GENERATED FILE: do not edit.
# Made by generator/python.py from generator/api.py;
# change those and run 'make -C generator' (or just 'make').

"""The shared bindings test of tests/bindings/README.md: its output must
match tests/bindings/expected.txt byte for byte.  test_bindings.py runs
it in a subprocess."""

import guestfs


def fmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(fmt(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join("%s: %s" % (k, fmt(x))
                               for k, x in v.items()) + "}"
    if isinstance(v, bytes):
        return v.decode("latin-1")
    return str(v)


def show(name, call, *args):
    try:
        r = call(*args)
    except RuntimeError as e:
        print("%s: error: %s" % (name, e), flush=True)
        return
    if isinstance(r, list) and r and isinstance(r[0], tuple):
        r = dict(r)
    print("%s: %s" % (name, fmt(r)), flush=True)


g = guestfs.GuestFS()

g.internal_test('abc', 'def', [], False, 0, 0, '123', '456', b'abc\x00def')
g.internal_test('abc', None, ['1'], False, 0, 0, '', '', b'')
g.internal_test('', 'def', ['1', '2'], True, -1, -1, 'x', 'y', b'\xff')
g.internal_test('abc', 'def', ['a b', 'c'], True, 2147483647,
                9223372036854775807, 'f', 'g', b'buf', obool=True, oint=-1,
                oint64=-9223372036854775808, ostring='string',
                ostringlist=['x', 'y'])
g.internal_test('abc', 'def', [], False, 0, 0, '', '', b'', oint=42,
                ostringlist=[])
g.internal_test_only_optargs()
g.internal_test_only_optargs(test=7)
show("rint", g.internal_test_rint, '10')
show("rinterr", g.internal_test_rinterr)
show("rint64", g.internal_test_rint64, '-10')
show("rint64err", g.internal_test_rint64err)
show("rbool", g.internal_test_rbool, 'true')
show("rboolerr", g.internal_test_rboolerr)
show("rconststring", g.internal_test_rconststring, 'x')
show("rconststringerr", g.internal_test_rconststringerr)
show("rconstoptstring", g.internal_test_rconstoptstring, 'x')
show("rconstoptstringerr", g.internal_test_rconstoptstringerr)
show("rstring", g.internal_test_rstring, 'string')
show("rstringerr", g.internal_test_rstringerr)
show("rstringlist", g.internal_test_rstringlist, '3')
show("rstringlisterr", g.internal_test_rstringlisterr)
show("rstruct", g.internal_test_rstruct, '10')
show("rstructerr", g.internal_test_rstructerr)
show("rstructlist", g.internal_test_rstructlist, '2')
show("rstructlisterr", g.internal_test_rstructlisterr)
show("rhashtable", g.internal_test_rhashtable, '2')
show("rhashtableerr", g.internal_test_rhashtableerr)
show("rbufferout", g.internal_test_rbufferout, 'abc')
show("rbufferouterr", g.internal_test_rbufferouterr)
show("rstringlist", g.internal_test_rstringlist, '0')
show("rstructlist", g.internal_test_rstructlist, '0')
print('done', flush=True)
g.close()
