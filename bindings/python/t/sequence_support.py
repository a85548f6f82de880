"""What the generated bindings_sequence.py prints its results with, in
the format of tests/bindings/expected.txt."""


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
    """Print "NAME: RESULT" of call(*args), or "NAME: error: MESSAGE"."""
    try:
        r = call(*args)
    except RuntimeError as e:
        print("%s: error: %s" % (name, e), flush=True)
        return
    if isinstance(r, list) and r and isinstance(r[0], tuple):
        r = dict(r)
    print("%s: %s" % (name, fmt(r)), flush=True)
