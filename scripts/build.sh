#!/bin/sh
# Install what is missing, then configure (once) and build.  Used by the
# README's two commands (scripts/demo.sh and scripts/test.sh).
set -e
cd "$(dirname "$0")/.."

scripts/install-deps.sh
[ -x configure ] || ./autogen.sh
# CI sets CONFIGURE_FLAGS=--enable-werror.
[ -f Makefile ] || ./configure ${CONFIGURE_FLAGS:-}
make -j2
