#!/bin/sh
# protocol http: see http-drive.py (Debian's python3, our binding, run
# against the in-tree build).
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
build=${abs_top_builddir:-$src}
. "$src/tests/abi/foreign.sh"
foreign "$build/run" /usr/bin/python3 "$src/tests/abi/http-drive.py"
