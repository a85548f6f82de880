"""End to end in a real appliance (qemu, the kernel, guestfsd): launch,
partition, make a filesystem, mount, write and read back, upload and
download with progress events, close."""

import hashlib
import os
import threading
import time

import pytest

import guestfs

WATCHED = (guestfs.EVENT_APPLIANCE | guestfs.EVENT_LIBRARY |
           guestfs.EVENT_PROGRESS | guestfs.EVENT_LAUNCH_DONE |
           guestfs.EVENT_SUBPROCESS_QUIT | guestfs.EVENT_CLOSE)


class Events:
    def __init__(self):
        self.seen = []

    def __call__(self, event, eh, buf, array):
        self.seen.append((event, buf, array))

    def of(self, event):
        return [(b, a) for e, b, a in self.seen if e == event]

    def count(self, event):
        return len(self.of(event))


def launch_in_thread(g):
    """Launch from another thread while this one keeps running Python
    code: returns how many times this thread looped meanwhile."""
    errors = []

    def launch():
        try:
            g.launch()
        except BaseException as e:
            errors.append(e)

    t = threading.Thread(target=launch)
    t.start()
    ticks = 0
    while t.is_alive():
        ticks += 1
        time.sleep(0.01)
    t.join()
    if errors:
        raise errors[0]
    return ticks


def gone(pid, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open("/proc/%d/stat" % pid) as f:
                if f.read().split(") ")[1].startswith("Z"):
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.1)
    return False


def test_session(appliance_handle, tmp_path):
    g = appliance_handle
    ev = Events()
    g.set_event_callback(ev, WATCHED)
    g.set_verbose(True)

    start = time.monotonic()
    ticks = launch_in_thread(g)
    elapsed = time.monotonic() - start
    # This thread ran throughout the launch (the GIL was released): some
    # 100 ticks a second when idle, 1 in all if the GIL had been held.
    assert ticks > elapsed * 10
    assert g.is_ready()
    assert ev.count(guestfs.EVENT_LAUNCH_DONE) == 1
    assert ev.count(guestfs.EVENT_APPLIANCE) > 0
    assert ev.count(guestfs.EVENT_LIBRARY) > 0
    g.set_verbose(False)
    pid = g.get_pid()

    assert g.list_devices() == ["/dev/sda"]
    g.part_disk("/dev/sda", "mbr")
    assert g.list_partitions() == ["/dev/sda1"]
    assert g.part_get_parttype("/dev/sda") == "msdos"
    parts = g.part_list("/dev/sda")
    assert len(parts) == 1 and parts[0]["part_num"] == 1
    assert parts[0]["part_size"] > 500 * 1000 * 1000
    g.mkfs("ext4", "/dev/sda1", label="PYTEST")
    assert g.vfs_type("/dev/sda1") == "ext4"
    assert g.vfs_label("/dev/sda1") == "PYTEST"
    assert g.list_filesystems() == [("/dev/sda1", "ext4")]
    g.mount("/dev/sda1", "/")
    assert g.mounts() == ["/dev/sda1"]

    g.write("/bytes", b"hello\0world\xff")
    assert g.read_file("/bytes") == b"hello\0world\xff"
    with pytest.raises(guestfs.GuestFSError, match="cat"):
        g.cat("/bytes")
    g.write("/text", "caf\u00e9\nline 2\n")
    assert g.cat("/text") == "caf\u00e9\nline 2\n"
    assert g.read_lines("/text") == ["caf\u00e9", "line 2"]
    assert g.filesize("/text") == len("caf\u00e9\nline 2\n".encode())
    assert g.statns("/bytes")["st_size"] == 12
    assert g.is_file("/bytes") and not g.is_dir("/bytes")
    assert g.is_dir("/", followsymlinks=True)
    names = {d["name"]: d["ftyp"] for d in g.readdir("/")}
    assert names == {".": "d", "..": "d", "lost+found": "d", "bytes": "r",
                     "text": "r"}
    with pytest.raises(guestfs.GuestFSError) as e:
        g.read_file("/nosuchfile")
    assert "/nosuchfile" in str(e.value)
    assert e.value.errno == 2  # ENOENT, carried over from the daemon

    # Upload and download a file big enough for progress messages.
    data = os.urandom(48 * 1024 * 1024)
    src = tmp_path / "src"
    src.write_bytes(data)
    before = ev.count(guestfs.EVENT_PROGRESS)
    g.upload(src, "/big")
    assert g.checksum("sha256", "/big") == hashlib.sha256(data).hexdigest()
    dst = tmp_path / "dst"
    g.download("/big", str(dst))
    assert dst.read_bytes() == data
    g.debug("progress", ["2"])
    progress = [a for _, a in ev.of(guestfs.EVENT_PROGRESS)][before:]
    assert progress, "no progress events"
    for proc_nr, serial, position, total in progress:
        assert position <= total
    # The last call sent progress and succeeded: it ended at 100%.
    assert progress[-1][2] == progress[-1][3]

    g.umount_all()
    assert g.mounts() == []
    g.close()
    assert ev.count(guestfs.EVENT_SUBPROCESS_QUIT) == 1
    assert ev.count(guestfs.EVENT_CLOSE) == 1
    assert gone(pid), "qemu %d still running after close" % pid


def test_launch_failure_leaves_handle_usable(appliance_handle):
    g = appliance_handle
    g.set_qemu("/bin/false")
    with pytest.raises(guestfs.GuestFSError) as e:
        g.launch()
    assert str(e.value)
    assert g.is_config()
    g.set_qemu(None)
    assert g.get_memsize() > 0
