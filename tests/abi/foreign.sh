# Sourced by the abi tests.  foreign CMD...: run a program built without
# the sanitizers (Debian's guestfish, perl, python3, a client the test
# compiles) against our library.  In an ASan build (scripts/check-asan.sh,
# which sets FOREIGN_PRELOAD through tests/Makefile.am) such a program
# must load the ASan runtime first, and libtirpc with it, as the Python
# tests do; the leaks of programs that are not ours are not checked.
foreign () {
    if [ -n "${FOREIGN_PRELOAD-}" ]; then
        env LD_PRELOAD="$FOREIGN_PRELOAD" \
            ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS-}" "$@"
    else
        "$@"
    fi
}
