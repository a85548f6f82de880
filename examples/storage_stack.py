#!/usr/bin/python3
"""storage-stack.c in Python: build a GPT with an LVM volume group, a
LUKS volume and an MD mirror, an ext4 filesystem holding a file on each,
then open the image again and print the same report as the C
program (nothing random in it).  Runs unchanged with libguestfs's
Python binding.

    ./run examples/storage_stack.py disk.img
"""

import sys

import guestfs

DISK_SIZE = 256 * 1024 * 1024
KEY = "correct horse battery staple"
PARTS = [("lvm", 64), ("luks", 48), ("mirror-a", 32), ("mirror-b", 32)]
LV = "/dev/vg0/data"
CRYPT_NAME = "secret"
CRYPT = "/dev/mapper/" + CRYPT_NAME
MD_NAME = "md0"
MD = "/dev/md/" + MD_NAME


def fill(g, device, content):
    g.mkfs("ext4", device)
    g.mount(device, "/")
    g.write("/hello", content)
    g.umount("/")


def build(filename):
    with open(filename, "wb") as f:
        f.truncate(DISK_SIZE)
    g = guestfs.GuestFS(python_return_dict=True)
    g.add_drive_opts(filename, format="raw")
    g.launch()

    g.part_init("/dev/sda", "gpt")
    sector = 2048
    for i, (name, mib) in enumerate(PARTS):
        end = sector + mib * 2048 - 1
        g.part_add("/dev/sda", "p", sector, end)
        g.part_set_name("/dev/sda", i + 1, name)
        sector = end + 1

    g.pvcreate("/dev/sda1")
    g.vgcreate("vg0", ["/dev/sda1"])
    g.lvcreate("data", "vg0", 32)
    fill(g, LV, "on a logical volume\n")

    g.luks_format("/dev/sda2", KEY, 0)
    g.cryptsetup_open("/dev/sda2", KEY, CRYPT_NAME)
    fill(g, CRYPT, "in an encrypted volume\n")
    g.cryptsetup_close(CRYPT)

    g.md_create(MD_NAME, ["/dev/sda3", "/dev/sda4"], level="raid1")
    fill(g, MD, "on a mirror\n")

    g.shutdown()
    g.close()


def print_file(g, device):
    g.mount_ro(device, "/")
    print("%s: %s" % (device, g.cat("/hello")), end="")
    g.umount("/")


def report(filename):
    g = guestfs.GuestFS(python_return_dict=True)
    g.add_drive_opts(filename, format="raw")
    g.launch()

    for i in range(len(PARTS)):
        print("partition %d: %s" % (i + 1, g.part_get_name("/dev/sda", i + 1)))
    print("volume groups:", *sorted(g.vgs()))
    print("logical volumes:", *sorted(g.lvs()))
    for device, fstype in g.list_filesystems().items():
        print("filesystem %s: %s" % (device, fstype))
    for key, value in g.md_detail(MD).items():
        if key in ("level", "devices"):
            print("%s %s: %s" % (MD, key, value))

    print_file(g, LV)
    print_file(g, MD)
    g.cryptsetup_open("/dev/sda2", KEY, CRYPT_NAME, readonly=True)
    print_file(g, CRYPT)
    g.cryptsetup_close(CRYPT)
    g.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: %s DISK.img" % sys.argv[0])
    build(sys.argv[1])
    report(sys.argv[1])
