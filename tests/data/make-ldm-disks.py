#!/usr/bin/env python3
"""Write two small Windows dynamic disks (LDM) for the tests.

    make-ldm-disks.py DISK1 DISK2

Windows keeps the layout of a dynamic disk in a database of its own
(the Logical Disk Manager, LDM) instead of a partition table.  On an
MBR disk that is:

  sector 0     an MBR whose one partition has type 0x42 and covers the
               disk from sector 2048 (PART_START) to its end;
  sector 6     PRIVHEAD: the disk's GUID, the disk group's GUID and name,
               where the data area and the database are;
  the last 1 MiB (2048 sectors) is the database:
    +0         (unused here)
    +1, +2     TOCBLOCK: where the "config" and "log" areas start;
    +17        VMDB: the header of the config area (the disk group, how
               many records of each kind are committed), then from the
               next sector VBLK records of 128 bytes each, one object
               each: disk group, disks, volumes, components, partitions;
    +1856,+2047  copies of PRIVHEAD; +2045, +2046 copies of TOCBLOCK.

Every number is big-endian.  Inside a VBLK, most fields are "variable":
a length byte, then that many bytes (an integer, big-endian; or a
string).

The two disks form one disk group, DG_NAME, with:
  Volume1      a simple volume: partition Disk1-01 (4 MiB on disk 1),
               drive letter hint "E:";
  SPANNED_NAME a spanned volume: Disk1-02 (4 MiB on disk 1) followed by
               Disk2-01 (4 MiB on disk 2), no hint.  Its name has a
               quote, a backslash, a space and a non-ASCII letter, so
               the JSON ldmtool prints for it has escapes;
  Mirror       a mirrored volume: Disk1-03 (4 MiB on disk 1) and
               Disk2-02 (4 MiB on disk 2) hold the same data, hint "G:".
               Each of its partitions is a component of its own.
Partitions start in the data area of their disk (the LDM partition's
sectors); a volume is the concatenation of its partitions.

Both disks carry the same database (as on Windows); only PRIVHEAD
differs.  The GUIDs are fixed, so the tests know them (see GUIDS).
The layout follows the public descriptions of the format (the
linux-ntfs project's LDM documentation); libldm's ldmtool and the Linux
kernel's LDM partition parser read it.
"""

import struct
import sys

SECTOR = 512
DISK_SECTORS = 16 * 1024 * 1024 // SECTOR
PART_START = 2048                 # the 0x42 partition = the data area
DB_SECTORS = 2048                 # the LDM database: the last 1 MiB
DB_START = DISK_SECTORS - DB_SECTORS
DATA_SECTORS = DB_START - PART_START
VMDB_OFF = 17                     # the config area, in the database
CONFIG_SECTORS = 1472
LOG_OFF = VMDB_OFF + CONFIG_SECTORS
LOG_SECTORS = 224
VBLK_SIZE = 128
PART_SECTORS = 4 * 1024 * 1024 // SECTOR

DG_NAME = "TestDg0"
SPANNED_NAME = 'Sp"an \\ n\u00e9'
GUIDS = {
    "group": "5e1c1e7a-2b4d-11ef-9a3c-0123456789ab",
    "disk1": "5e1c1e7a-2b4d-11ef-9a3c-000000000001",
    "disk2": "5e1c1e7a-2b4d-11ef-9a3c-000000000002",
    "host": "5e1c1e7a-2b4d-11ef-9a3c-0000000000ff",
    "volume1": "5e1c1e7a-2b4d-11ef-9a3c-000000000101",
    "volume2": "5e1c1e7a-2b4d-11ef-9a3c-000000000102",
    "volume3": "5e1c1e7a-2b4d-11ef-9a3c-000000000103",
}
COMMITTED_SEQ = 9


def pad(data, size):
    assert len(data) <= size, (len(data), size)
    return data + b"\0" * (size - len(data))


def var_int(n):
    """A variable-length integer: length byte, big-endian bytes (>= 1)."""
    b = n.to_bytes(max(1, (n.bit_length() + 7) // 8), "big")
    return bytes([len(b)]) + b


def var_str(s):
    b = s.encode("utf-8")
    assert len(b) < 256
    return bytes([len(b)]) + b


def guid_bytes(text):
    """A GUID as the 16 bytes of its text form, in order."""
    return bytes.fromhex(text.replace("-", ""))


def privhead(disk_guid):
    h = b"PRIVHEAD"
    h += struct.pack(">IHH", 0x2C00, 2, 11)      # version 2.11 (MBR)
    h += struct.pack(">QQQQ", 0, COMMITTED_SEQ, 0, 0)
    h += pad(disk_guid.encode(), 64)
    h += pad(GUIDS["host"].encode(), 64)
    h += pad(GUIDS["group"].encode(), 64)
    h += pad(DG_NAME.encode(), 32)
    h += struct.pack(">H", 0) + b"\0" * 9
    h += struct.pack(">QQQQQQ", PART_START, DATA_SECTORS, DB_START,
                     DB_SECTORS, 2, 1)           # 2 TOCBLOCKs of 1 sector
    h += struct.pack(">IIQQ", 1, 1, CONFIG_SECTORS, LOG_SECTORS)
    h += struct.pack(">I", 0x12345678)           # MBR disk signature
    return pad(h, SECTOR)


def tocblock():
    t = b"TOCBLOCK" + struct.pack(">I4sI16s", 1, b"", 0, b"")
    t += pad(b"config", 8) + struct.pack(">HQQQ", 0, VMDB_OFF,
                                          CONFIG_SECTORS, 0)
    t += pad(b"log", 8) + struct.pack(">HQQQ", 0, LOG_OFF, LOG_SECTORS, 0)
    return pad(t, SECTOR)


# The objects of the disk group, in VBLK order: (type byte, flags, data).
# The type byte's high nibble is the record's revision, the low one its
# kind: 5 disk group, 4 disk, 1 volume, 2 component, 3 partition.
def records():
    ids = {"group": 1, "disk1": 2, "disk2": 3, "vol1": 4, "vol2": 5,
           "comp1": 6, "comp2": 7, "part11": 8, "part12": 9, "part21": 10,
           "vol3": 11, "comp31": 12, "comp32": 13, "part13": 14,
           "part22": 15}
    recs = []

    recs.append((0x35, 0, var_int(ids["group"]) + var_str(DG_NAME)
                 + var_str(GUIDS["group"]) + b"\0" * 12))
    for d in ("disk1", "disk2"):
        name = "Disk" + d[-1]
        recs.append((0x34, 0, var_int(ids[d]) + var_str(name)
                     + var_str(GUIDS[d]) + var_str("") + b"\0" * 12))

    def volume(key, number, name, guid, size, ncomps, hint):
        v = var_int(ids[key]) + var_str(name) + var_str("gen") + var_str("")
        v += pad(b"ACTIVE", 14)                  # state
        v += bytes([3, 0, number, 0, 0, 0, 0])   # type 3: "gen"
        v += var_int(ncomps)                     # 2: a mirror
        v += struct.pack(">QQ", COMMITTED_SEQ, 0)
        v += var_int(size)
        v += b"\0" * 4 + bytes([0x07])           # partition type: NTFS
        v += guid_bytes(guid)
        if hint is None:
            return (0x51, 0, v)
        v += var_str(hint)                       # flag 0x02: drive hint
        return (0x51, 0x02, v)

    recs.append(volume("vol1", 1, "Volume1", GUIDS["volume1"],
                       PART_SECTORS, 1, "E:"))
    recs.append(volume("vol2", 2, SPANNED_NAME, GUIDS["volume2"],
                       2 * PART_SECTORS, 1, None))
    recs.append(volume("vol3", 3, "Mirror", GUIDS["volume3"],
                       PART_SECTORS, 2, "G:"))

    def component(key, name, parent, nparts):
        c = var_int(ids[key]) + var_str(name) + var_str("ACTIVE")
        c += bytes([2]) + b"\0" * 4              # type 2: spanned/simple
        c += var_int(nparts) + struct.pack(">QQ", COMMITTED_SEQ, 0)
        c += var_int(ids[parent]) + b"\0"
        return (0x32, 0, c)

    recs.append(component("comp1", "Volume1-01", "vol1", 1))
    recs.append(component("comp2", "Volume2-01", "vol2", 2))
    recs.append(component("comp31", "Volume3-01", "vol3", 1))
    recs.append(component("comp32", "Volume3-02", "vol3", 1))

    def partition(key, name, start, vol_offset, comp, disk, index):
        p = var_int(ids[key]) + var_str(name) + b"\0" * 4
        p += struct.pack(">QQQ", COMMITTED_SEQ, start, vol_offset)
        p += var_int(PART_SECTORS) + var_int(ids[comp]) + var_int(ids[disk])
        p += var_int(index)                      # flag 0x08: index
        return (0x33, 0x08, p)

    recs.append(partition("part11", "Disk1-01", 0, 0, "comp1", "disk1", 0))
    recs.append(partition("part12", "Disk1-02", PART_SECTORS, 0,
                          "comp2", "disk1", 0))
    recs.append(partition("part21", "Disk2-01", 0, PART_SECTORS,
                          "comp2", "disk2", 1))
    recs.append(partition("part13", "Disk1-03", 2 * PART_SECTORS, 0,
                          "comp31", "disk1", 0))
    recs.append(partition("part22", "Disk2-02", PART_SECTORS, 0,
                          "comp32", "disk2", 0))
    return recs


def config_area():
    recs = records()
    # The VMDB takes the first 4 slots of 128 bytes; the VBLKs follow,
    # blank ones filling the last sector.
    nslots = 4 + len(recs)
    nslots += -nslots % (SECTOR // VBLK_SIZE)
    vblks = b""
    for i, (typ, flags, data) in enumerate(recs):
        head = b"VBLK" + struct.pack(">IIHH", 4 + i, i + 1, 0, 1)
        head += struct.pack(">HBBI", 0, flags, typ, len(data))
        vblks += pad(head + data, VBLK_SIZE)
    for i in range(len(recs), nslots - 4):
        head = b"VBLK" + struct.pack(">IIHH", 4 + i, 0, 0, 0)
        vblks += pad(head, VBLK_SIZE)

    def count(kind):
        return sum(1 for typ, _, _ in recs if typ & 0x0F == kind)

    v = b"VMDB" + struct.pack(">III", nslots, VBLK_SIZE, SECTOR)
    v += struct.pack(">HHH", 1, 4, 10)           # consistent; version 4.10
    v += pad(DG_NAME.encode(), 31) + pad(GUIDS["group"].encode(), 64)
    v += struct.pack(">QQ", COMMITTED_SEQ, COMMITTED_SEQ)
    counts = struct.pack(">IIII", count(1), count(2), count(3), count(4))
    v += counts + b"\0" * 12 + counts + b"\0" * 12
    v += struct.pack(">Q", 0)
    return pad(v, SECTOR) + vblks


def mbr():
    entry = struct.pack("<B3sB3sII", 0, b"\xfe\xff\xff", 0x42,
                        b"\xfe\xff\xff", PART_START,
                        DISK_SECTORS - PART_START)
    return pad(b"", 440) + struct.pack("<I", 0x12345678) + b"\0\0" \
        + pad(entry, 64) + b"\x55\xaa"


def write_disk(path, disk_guid):
    ph = privhead(disk_guid)
    toc = tocblock()
    with open(path, "wb") as f:
        f.truncate(DISK_SECTORS * SECTOR)

        def put(sector, data):
            f.seek(sector * SECTOR)
            f.write(data)

        put(0, mbr())
        put(6, ph)
        for off in (1, 2, 2045, 2046):
            put(DB_START + off, toc)
        for off in (1856, 2047):
            put(DB_START + off, ph)
        put(DB_START + VMDB_OFF, config_area())


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make-ldm-disks.py DISK1 DISK2")
    write_disk(sys.argv[1], GUIDS["disk1"])
    write_disk(sys.argv[2], GUIDS["disk2"])


if __name__ == "__main__":
    main()
