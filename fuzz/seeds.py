#!/usr/bin/env python3
"""Write the starting corpus of a fuzz target, so that the fuzzer starts
from messages that get past the header checks.
  seeds.py reply DIR   fuzz-reply: one valid daemon session per call that
                       fuzz-reply.c makes (its first byte)
  seeds.py daemon DIR  fuzz-daemon: valid library sessions
"""

import os
import struct
import sys

PROGRAM = 0x2000F5F5
VERSION = 4
PROGRESS = 0xFFFF5555
CANCEL = 0xFFFFEEEE


def w(v):
    return struct.pack(">I", v & 0xFFFFFFFF)


def q(v):
    return struct.pack(">Q", v & 0xFFFFFFFFFFFFFFFF)


def s(text):
    b = text.encode()
    return w(len(b)) + b + b"\0" * (-len(b) % 4)


def msg(body):
    return w(len(body)) + body


def reply(proc, serial, body=b"", status=0):
    return msg(w(PROGRAM) + w(VERSION) + w(proc) + w(1) + w(serial) + w(0) +
               q(0) + w(status) + body)


def chunk(data, cancel=0):
    return msg(w(cancel) + w(len(data)) + data + b"\0" * (-len(data) % 4))


def progress(proc, serial, pos, total):
    return w(PROGRESS) + w(proc) + w(serial) + q(pos) + q(total)


def strlist(items):
    return w(len(items)) + b"".join(s(i) for i in items)


PING = 1
# (call index in fuzz-reply.c, procedure, body of the first reply)
CALLS = [
    (0, PING, b""),
    (1, 6, w(512)),
    (2, 56, q(1 << 40)),
    (3, 52, w(1)),
    (4, 37, s("hello\n")),
    (5, 45, strlist(["a", "bb", "ccc"])),
    (6, 4, strlist(["/dev/sda1", "ext4", "/dev/sda2", "swap"])),
    (7, 36, w(5) + b"hello\0\0\0"),
    (8, 50, b"".join(q(i) for i in range(22))),
    (9, 47, w(2) + q(1) + w(ord("d")) + s(".") + q(2) + w(ord("r")) +
     s("file")),
    (10, 10, w(1) + w(1) + q(1 << 20) + q(2 << 20) + q(1 << 20)),
    (11, 58, b"".join(q(i) for i in range(11))),
    (14, 18, strlist(["/dev/sda1"])),
    (15, 46, s("total 0\n")),
]


def call(proc, serial, body=b"", optargs=0):
    return msg(w(PROGRAM) + w(VERSION) + w(proc) + w(0) + w(serial) + w(0) +
               q(optargs) + w(0) + body)


def daemon_seeds(out):
    def put(name, stream):
        with open(os.path.join(out, name), "wb") as f:
            f.write(stream)

    put("ping", call(PING, 0) + call(PING, 1))
    put("write", call(34, 0, s("/f") + w(5) + b"hello\0\0\0"))
    put("command", call(67, 0, strlist(["/bin/true", "-x"])))
    put("fill", call(64, 0, w(0x41) + w(100) + s("/f")))
    put("chmod-cat", call(32, 0, w(0o644) + s("/f")) + call(37, 1, s("/f")))
    put("mount-options", call(15, 0, s("ro") + s("/dev/sda1") + s("/")))
    put("upload", call(41, 0, s("/f")) + chunk(b"data") + chunk(b"") +
        call(PING, 1))
    put("upload-cancelled", call(41, 0, s("/f")) + chunk(b"", cancel=1))
    put("upload-device", call(41, 0, s("/dev/sda")) + chunk(b"x") +
        chunk(b""))
    put("download", call(42, 0, s("/f")) + call(PING, 1))
    put("download-cancel", call(42, 0, s("/f")) + w(CANCEL) + call(PING, 1))
    put("tar-in-optargs", call(43, 0, s("/") + s("gzip") + w(1) + w(0) +
                                w(0), optargs=1) + chunk(b""))
    put("unknown-proc", call(9999, 0) + call(PING, 1))


def main():
    kind, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    if kind == "daemon":
        daemon_seeds(out)
        return

    def put(name, which, stream):
        with open(os.path.join(out, name), "wb") as f:
            f.write(bytes([which]) + stream)

    for which, proc, body in CALLS:
        put("call-%02d" % which, which, reply(proc, 0, body))
        put("call-%02d-progress-error" % which, which,
            progress(proc, 0, 1, 2) + reply(proc, 0, s("ENOENT") + s("no"),
                                            status=1) + reply(PING, 1))
    # download: a stream, then the reply; then a ping.
    put("download", 12, progress(42, 0, 0, 5) + chunk(b"hel") +
        chunk(b"lo") + chunk(b"") + reply(42, 0) + reply(PING, 1))
    put("download-cancelled", 12, chunk(b"", cancel=1) +
        reply(42, 0, s("EIO") + s("read failed"), status=1))
    # upload: the daemon gives up at once, then replies.
    put("upload", 13, reply(41, 0) + reply(PING, 1))
    put("upload-daemon-cancel", 13, w(CANCEL) +
        reply(41, 0, s("ENOSPC") + s("disk full"), status=1))


main()
