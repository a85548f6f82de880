"""An http drive (protocol http, qemu's curl block driver) reads an
image from a server on 127.0.0.1: a small HTTP server here that serves
byte ranges, as qemu's driver requires.  Prints TAP."""

import http.server
import os
import re
import subprocess
import sys
import tempfile
import threading

CURL = "/usr/lib/x86_64-linux-gnu/qemu/block-curl.so"
if not os.path.exists(CURL):
    print("1..0 # SKIP qemu's curl block driver (qemu-block-extra) "
          "is not installed")
    sys.exit(0)

import guestfs  # noqa: E402  (the in-tree binding, through ./run)

tests = 0
failures = 0


def ok(cond, what):
    global tests, failures
    tests += 1
    failures += not cond
    print("%sok %d - %s" % ("" if cond else "not ", tests, what), flush=True)


class RangeHandler(http.server.BaseHTTPRequestHandler):
    image = None
    requests = 0

    def send_headers(self, code, length, extra=()):
        self.send_response(code)
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(length))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()

    def do_HEAD(self):
        if self.path != "/disk.img":
            self.send_error(404)
            return
        self.send_headers(200, os.path.getsize(self.image))

    def do_GET(self):
        type(self).requests += 1
        size = os.path.getsize(self.image)
        m = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
        if self.path != "/disk.img" or m is None:
            self.send_error(404 if self.path != "/disk.img" else 416)
            return
        start = int(m.group(1))
        end = min(int(m.group(2)) if m.group(2) else size - 1, size - 1)
        with open(self.image, "rb") as f:
            f.seek(start)
            data = f.read(end - start + 1)
        self.send_headers(206, len(data),
                          [("Content-Range",
                            "bytes %d-%d/%d" % (start, end, size))])
        self.wfile.write(data)

    def log_message(self, *args):
        pass


with tempfile.TemporaryDirectory(prefix="abi-http.") as d:
    image = os.path.join(d, "disk.img")
    with open(image, "wb") as f:
        f.truncate(32 << 20)
    subprocess.run(["mke2fs", "-q", "-F", "-t", "ext2", "-L", "overhttp",
                    image], check=True)
    RangeHandler.image = image
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RangeHandler)
    port = httpd.server_address[1]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()

    g = guestfs.GuestFS()
    try:
        try:
            g.add_drive("/disk.img", protocol="http",
                        server=["127.0.0.1:%d" % port])
            ok(False, "a writable http drive is refused")
        except RuntimeError as e:
            ok("read-only" in str(e),
               "a writable http drive is refused: %s" % e)
        g.add_drive("/disk.img", readonly=True, format="raw",
                    protocol="http", server=["tcp:127.0.0.1:%d" % port])
        g.launch()
        ok(g.blockdev_getsize64("/dev/sda") == 32 << 20,
           "the http drive has the image's size")
        ok(g.vfs_label("/dev/sda") == "overhttp",
           "the appliance reads the filesystem over http")
        ok(RangeHandler.requests > 0, "qemu asked the server for ranges")
        g.shutdown()
    finally:
        g.close()
        httpd.shutdown()

print("1..%d" % tests)
sys.exit(1 if failures else 0)
