#!/usr/bin/env python3
"""Write stand-ins for every do_NAME (and optgroup_NAME_available) of
daemon/actions.h, for the daemon
fuzz target: the real stubs (daemon/stubs.c) decode and check each
call's arguments, then call these, which touch nothing on the host.
FileIn actions read their whole stream and FileOut actions send a small
one, so the streams' code runs on hostile input too.
Usage: gen-daemon-actions.py daemon/actions.h OUT.c
"""

import re
import sys

STREAM_IN = ("do_upload", "do_tar_in")
STREAM_OUT = ("do_download", "do_tar_out")


def main():
    text = open(sys.argv[1]).read()
    out = ["/* Written by fuzz/gen-daemon-actions.py: do not edit. */",
           "#include <config.h>", "#include \"daemon.h\"",
           "#include \"actions.h\"", "",
           "static int\ndiscard (void *opaque, const char *buf, size_t len)",
           "{\n  return 0;\n}\n"]
    for m in re.finditer(r"extern ([^;()]*?)\b(do_\w+) \(([^)]*)\);", text):
        rtype, name, params = m.group(1).strip(), m.group(2), m.group(3)
        out.append("%s\n%s (%s)\n{" % (rtype, name, params))
        if name in STREAM_IN:
            out.append("  if (receive_file (discard, NULL) != 0)\n"
                       "    {\n      reply_with_error (\"upload failed\");"
                       "\n      return -1;\n    }")
        elif name in STREAM_OUT:
            out.append("  send_file_write (\"data\", 4);\n"
                       "  send_file_end (0);")
        out.append("  return 0;\n}\n")
    # Every optional group is there: the stubs go on to decode.
    for m in re.finditer(r"extern int (optgroup_\w+_available) \(void\);",
                         text):
        out.append("int\n%s (void)\n{\n  return 1;\n}\n" % m.group(1))
    open(sys.argv[2], "w").write("\n".join(out) + "\n")


main()
