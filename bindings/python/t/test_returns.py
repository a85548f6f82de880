"""Every return type and its error twin."""

import pytest

import guestfs



def pv(n):
    """What internal_test_rstruct returns for str(n)."""
    r = {"pv_name": str(n), "pv_uuid": "12345678901234567890123456789012",
         "pv_fmt": "lvm2"}
    r.update((f, n) for f in ("pv_size", "dev_size", "pv_free", "pv_used"))
    r["pv_attr"] = "a--"
    r.update(pv_pe_count=n, pv_pe_alloc_count=n, pv_tags="", pe_start=n,
             pv_mda_count=n, pv_mda_free=n)
    return r



@pytest.mark.parametrize("rtype, val, expected", [
    ("rint", "10", 10),
    ("rint64", "-10", -10),
    ("rint64", "9223372036854775807", 9223372036854775807),
    ("rbool", "true", True),
    ("rbool", "false", False),
    ("rconststring", "x", "static string"),
    ("rconstoptstring", "x", "static string"),
    ("rstring", "string", "string"),
    ("rstring", "", ""),
    ("rstringlist", "3", ["0", "1", "2"]),
    ("rstringlist", "0", []),
    ("rstruct", "10", pv(10)),
    ("rstructlist", "2", [pv(0), pv(1)]),
    ("rstructlist", "0", []),
    ("rhashtable", "2", [("0", "0"), ("1", "1")]),
    ("rhashtable", "0", []),
    ("rbufferout", "abc", b"abc"),
    ("rbufferout", "", b""),
])
def test_return(g, rtype, val, expected):
    r = getattr(g, "internal_test_" + rtype)(val)
    assert r == expected
    assert type(r) is type(expected)


@pytest.mark.parametrize("rtype", [
    "rint", "rint64", "rbool", "rconststring", "rconstoptstring", "rstring",
    "rstringlist", "rstruct", "rstructlist", "rhashtable", "rbufferout",
])
def test_return_error(g, rtype):
    with pytest.raises(guestfs.GuestFSError) as e:
        getattr(g, "internal_test_%serr" % rtype)()
    assert str(e.value) == "internal_test_%serr: error" % rtype
    # The handle is still usable.
    assert g.internal_test_rint("1") == 1


def test_rconstoptstring_null(g):
    """NULL without an error reported is a valid RConstOptString result,
    even just after another call failed."""
    g.set_append(None)
    assert g.get_append() is None
    with pytest.raises(RuntimeError):
        g.internal_test_rconstoptstringerr()
    assert g.get_append() is None
    g.set_append("x")
    assert g.get_append() == "x"


def test_rhashtable_dict():
    with guestfs.GuestFS(python_return_dict=True) as g:
        assert g.internal_test_rhashtable("3") == {"0": "0", "1": "1",
                                                   "2": "2"}
        assert g.internal_test_rhashtable("0") == {}


def test_rstruct_version(g):
    v = g.version()
    assert set(v) == {"major", "minor", "release", "extra"}
    assert (v["major"], v["minor"]) == (1, 0)
    assert isinstance(v["extra"], str)


def test_many_results_are_freed(g):
    """Results are copied then freed: many large results in a row leave
    nothing behind (watched through the process's memory)."""
    def rss():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1])
    for _ in range(200):
        g.internal_test_rstringlist("1000")
    before = rss()
    for _ in range(500):
        g.internal_test_rstringlist("1000")
        g.internal_test_rstructlist("100")
        g.internal_test_rbufferout("x" * 10000)
    # 500 leaked lists of 1000 strings would be some 20 MB.
    assert rss() - before < 2000
