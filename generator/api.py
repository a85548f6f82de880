"""The API description: every action, struct and event of the library.

This one file drives the public header, the C entry points, the wire
protocol, the daemon's dispatch, the manual and the language bindings.
Documentation strings are POD (C<code>, I<italic>, B<bold>, L<link>).

Procedure numbers of daemon actions are part of the protocol: never
change or reuse one.  Each area below has a block of one hundred
numbers (1-99 for the first actions); a new daemon action takes the
next free number of its area's block.
"""

from model import (
    Action, Event, Struct, Test,
    String, OptString, Pathname, Device, Dev_or_Path, Mountable,
    Mountable_or_Path, Key,
    FileIn, FileOut, StringList, DeviceList, Bool, Int, Int64, BufferIn,
    OBool, OInt, OInt64, OString, OStringList,
    RErr, RInt, RInt64, RBool, RConstString, RConstOptString, RString,
    RStringList, RHashtable, RBufferOut, RStruct, RStructList,
)

VERSION = (1, 0, 0)
VERSION_EXTRA = "ng"

# ------------------------------------------------------------------- events

EVENTS = [
    Event("close", 0x0001,
          "The handle is being closed (by C<guestfs_close> or at exit)."),
    Event("subprocess_quit", 0x0002,
          "The appliance went away: shutdown, kill, or it died."),
    Event("launch_done", 0x0004,
          "The appliance finished launching; the handle is READY."),
    Event("progress", 0x0008,
          "Progress of a long call.  C<array> holds four numbers: "
          "C<proc_nr>, C<serial>, C<position>, C<total>.  None is sent "
          "for a short call; then about three a second, and a final one "
          "with C<position> equal to C<total> unless the call fails.  "
          "When the length of the work is unknown the daemon sends "
          "C<position> 0 and C<total> 1 (pulse mode) until the final "
          "1/1."),
    Event("appliance", 0x0010,
          "A message from the appliance (kernel, init, daemon), sent "
          "only when verbose is on.  C<buf> may hold partial lines."),
    Event("library", 0x0020,
          "A debug message from the library, sent only when verbose "
          "is on."),
    Event("trace", 0x0040,
          "A trace message (call and return value), sent only when "
          "trace is on."),
    Event("enter", 0x0080,
          "An API call is about to run.  C<buf> is the function name "
          "without the C<guestfs_> prefix."),
    Event("libvirt_auth", 0x0100,
          "Reserved for libvirt authentication requests."),
    Event("warning", 0x0200,
          "A warning message from the library, sent always."),
]

# ------------------------------------------------------------------ structs

STRUCTS = [
    Struct("int_bool", [("i", "FInt32"), ("b", "FInt32")]),
    Struct("version", [("major", "FInt64"), ("minor", "FInt64"),
                       ("release", "FInt64"), ("extra", "FString")]),
    Struct("dirent", [("ino", "FInt64"), ("ftyp", "FChar"),
                      ("name", "FString")],
           "C<ftyp> is C<b> block device, C<c> char device, C<d> "
           "directory, C<f> FIFO, C<l> symlink, C<r> regular file, "
           "C<s> socket, C<u> unknown, C<?> could not be determined."),
    Struct("stat", [(n, "FInt64") for n in (
        "dev", "ino", "mode", "nlink", "uid", "gid", "rdev", "size",
        "blksize", "blocks", "atime", "mtime", "ctime")]),
    Struct("statns", [(n, "FInt64") for n in (
        "st_dev", "st_ino", "st_mode", "st_nlink", "st_uid", "st_gid",
        "st_rdev", "st_size", "st_blksize", "st_blocks",
        "st_atime_sec", "st_atime_nsec", "st_mtime_sec", "st_mtime_nsec",
        "st_ctime_sec", "st_ctime_nsec", "st_spare1", "st_spare2",
        "st_spare3", "st_spare4", "st_spare5", "st_spare6")]),
    Struct("statvfs", [(n, "FInt64") for n in (
        "bsize", "frsize", "blocks", "bfree", "bavail", "files", "ffree",
        "favail", "fsid", "flag", "namemax")]),
    Struct("partition", [("part_num", "FInt32"), ("part_start", "FBytes"),
                         ("part_end", "FBytes"), ("part_size", "FBytes")]),
]

# ---------------------------------------------------------- library actions

CONFIG = ("CONFIG",)
NOT_CONFIG = ("LAUNCHING", "READY", "BUSY")


def prop(name, argtype, rettype, short, long, env=None, default=None,
         param=None):
    """A set_NAME / get_NAME pair of configuration properties.  The
    setter's parameter is named as libguestfs names it (PARAM, or NAME):
    bindings use it as the keyword argument."""
    doc = long
    if env:
        doc += "\n\nThe default is taken from the environment variable " \
               "C<%s> when the handle is created." % env
    if default:
        doc += "\n\nWithout it the value is %s." % default
    return [
        Action("set_" + name, RErr(), [argtype(param or name)],
               shortdesc="set " + short, longdesc=doc),
        Action("get_" + name, rettype, [],
               shortdesc="get " + short,
               longdesc="Return the value set by C<guestfs_set_%s>." % name),
    ]


LIBRARY_ACTIONS = [
    Action("launch", RErr(), [], states=CONFIG, from_callback=False,
           shortdesc="launch the backend",
           longdesc="""Boot the appliance (or, with the C<unix:PATH> attach
method, connect to a running daemon) after the drives have been added.
The handle moves from CONFIG through LAUNCHING to READY, and a
C<GUESTFS_EVENT_LAUNCH_DONE> event fires.  A launch that does not come up
within the launch timeout fails with an error that quotes the last lines
the appliance printed, and the handle returns to CONFIG."""),
    Action("shutdown", RErr(), [], from_callback=False,
           shortdesc="shut down the backend",
           longdesc="""Sync the disks and stop the appliance cleanly, then wait
for qemu to exit.  Errors from the sync or from qemu's exit status are
reported.  Calling it in the CONFIG state does nothing.  The handle
returns to CONFIG and may be launched again."""),
    Action("kill_subprocess", RErr(), [], states=NOT_CONFIG,
           from_callback=False,
           deprecated_by="shutdown",
           shortdesc="kill the backend",
           longdesc="Kill the appliance without syncing. The handle "
                    "returns to CONFIG."),
    Action("add_drive", RErr(), [String("filename")],
           # libguestfs's order: the bit numbers are ABI.
           [OBool("readonly"), OString("format"), OString("iface"),
            OString("name"), OString("label"), OString("protocol"),
            OStringList("server"), OString("username"), OString("secret"),
            OString("cachemode"), OString("discard"), OBool("copyonread"),
            OInt("blocksize")],
           once_had_no_optargs=True, states=CONFIG,
           shortdesc="add an image to examine or modify",
           longdesc="""Add the disk image or device C<filename> to the list of
drives the appliance will see.  The first drive added is C</dev/sda>, the
second C</dev/sdb> and so on.

C<readonly>: if true the drive is attached read-only: writes fail in the
appliance and the image is never modified.

C<format>: C<raw> or C<qcow2> (or any format qemu knows).  If not given
the format is NOT guessed: the image is treated as raw, so a hostile image
cannot make qemu open files named in its header; an image that starts
with a qcow2 header is then refused (say C<qcow2> or C<raw>).  With
C<raw> qemu never opens a backing file, whatever the image holds; with
C<qcow2> it opens the backing file the header names.

C<iface>: ignored (all drives are virtio-scsi), accepted for
compatibility.

C<name>: accepted for compatibility (the name inside the guest the drive
had).

C<label>: a label for the drive, reachable as C</dev/disk/guestfs/LABEL>
(not implemented yet: an error).

C<protocol>: where the image is.  C<file> (the default) is a local file
or device.  C<nbd> reads the NBD export named C<filename> (C<""> for the
server's default export); C<http>, C<https>, C<ftp> and C<ftps> read the
file at path C<filename> on the server (read-only: such drives must be
added with C<readonly>, and qemu's curl block driver, in Debian's
C<qemu-block-extra>, must be installed); C<ssh> opens path C<filename>
over SFTP (also from C<qemu-block-extra>).  The other protocols
libguestfs knows (C<gluster>, C<iscsi>, C<rbd>, C<sheepdog>, C<tftp>) are
refused with an error naming the protocol.

C<server>: for a network protocol, a list of exactly one server:
C<HOST>, C<HOST:PORT>, C<tcp:HOST>, C<tcp:HOST:PORT>, C<[IPV6]:PORT>, or
(C<nbd> only) C<unix:/SOCKET>.

C<username>: the user name on the server (C<ssh>, C<http>, C<https>,
C<ftp>, C<ftps>).

C<secret>: a password; not implemented for any protocol yet (an error).

C<cachemode>: C<writeback> (default) or C<unsafe>.

C<discard>: whether the guest's discard (trim) requests free space in
the image: C<disable> (the default) ignores them; C<enable> passes them
on (our drives are raw or qcow2 files, which can always discard);
C<besteffort> passes them on where the drive can discard, and never
fails.

C<copyonread>: if true, blocks read from an image's backing file are
copied into the image as they are read (qemu's C<copy-on-read>), so a
slow backing file is read once.  No effect on a C<readonly> drive.

C<blocksize>: the drive's logical and physical sector size, C<512>
(the default) or C<4096>.

The special name C</dev/null> adds an empty drive."""),
    Action("add_drive_ro", RErr(), [String("filename")], states=CONFIG,
           shortdesc="add a drive in read-only mode",
           longdesc="The same as C<guestfs_add_drive_opts> with "
                    "C<readonly> set."),
    Action("add_drive_scratch", RErr(), [Int64("size")],
           [OString("name"), OString("label"), OInt("blocksize")],
           states=CONFIG,
           shortdesc="add a temporary scratch drive",
           longdesc="""Add a blank drive of C<size> bytes that is deleted when
the handle is closed.  Useful for tests.  C<blocksize> is the drive's
sector size, as for C<guestfs_add_drive_opts>."""),
    *prop("verbose", Bool, RBool(), "verbose messages",
          "Turn on debug messages from the library and the appliance "
          "(C<GUESTFS_EVENT_LIBRARY> and C<GUESTFS_EVENT_APPLIANCE>); "
          "with no callback registered they go to stderr.",
          env="LIBGUESTFS_DEBUG=1", default="false"),
    *prop("trace", Bool, RBool(), "command trace",
          "Trace every API call and its result as C<GUESTFS_EVENT_TRACE> "
          "messages; with no callback registered they go to stderr.",
          env="LIBGUESTFS_TRACE=1", default="false"),
    *prop("path", OptString, RConstString(), "the search path",
          "Set the directory in which the appliance (C<supermin.d>, or a "
          "prebuilt C<kernel>, C<initrd> and C<root>) is found.  "
          "C<NULL> restores the default.",
          env="LIBGUESTFS_PATH", default="the installed appliance "
          "directory", param="searchpath"),
    *prop("qemu", OptString, RConstString(), "the hypervisor binary",
          "Set the qemu binary to run.  It may be a wrapper script, "
          "provided its last command is C<exec qemu \"$@\">.  C<NULL> "
          "restores the default.",
          env="LIBGUESTFS_QEMU", default="C<qemu-system-x86_64> on the "
          "C<PATH>", param="hv"),
    *prop("append", OptString, RConstOptString(),
          "extra kernel command line parameters",
          "Append these parameters to the appliance kernel's command "
          "line.  C<NULL> for none.", env="LIBGUESTFS_APPEND"),
    *prop("memsize", Int, RInt(), "memory allocated to the hypervisor",
          "Set the appliance's memory in megabytes.",
          env="LIBGUESTFS_MEMSIZE", default="512"),
    *prop("smp", Int, RInt(), "number of virtual CPUs",
          "Set the appliance's number of virtual CPUs.", default="1"),
    *prop("autosync", Bool, RBool(), "autosync mode",
          "When true, C<guestfs_umount_all> and C<guestfs_sync> run "
          "before the handle is closed or shut down.", default="true"),
    *prop("program", String, RConstString(), "the program name",
          "The program name, used in messages.",
          default="the short name of the running program"),
    *prop("recovery_proc", Bool, RBool(), "enable or disable the "
          "recovery process",
          "When true, launch also forks a small watchdog process that "
          "kills qemu if the program dies without closing the handle "
          "(even by C<SIGKILL>).  Turn it off only if something else "
          "reaps qemu.",
          default="true", param="recoveryproc"),
    Action("set_attach_method", RErr(), [String("backend")],
           states=CONFIG, deprecated_by="set_backend",
           shortdesc="set the backend",
           longdesc="Set the backend: C<appliance> (also called "
                    "C<direct>) boots an appliance under qemu; "
                    "C<unix:PATH> connects to a daemon listening on the "
                    "Unix socket C<PATH>."),
    Action("get_attach_method", RString(), [],
           deprecated_by="get_backend",
           shortdesc="get the backend",
           longdesc="Return the backend set by C<guestfs_set_backend>."),
    Action("set_backend", RErr(), [String("backend")], states=CONFIG,
           shortdesc="set the backend",
           longdesc="Set the backend: C<appliance> (also called "
                    "C<direct>) boots an appliance under qemu; "
                    "C<unix:PATH> connects to a daemon listening on the "
                    "Unix socket C<PATH>.\n\nThe default is taken from "
                    "C<LIBGUESTFS_BACKEND> (or the older "
                    "C<LIBGUESTFS_ATTACH_METHOD>) when the handle is "
                    "created."),
    Action("get_backend", RString(), [],
           shortdesc="get the backend",
           longdesc="Return the backend set by C<guestfs_set_backend>."),
    Action("set_backend_settings", RErr(), [StringList("settings")],
           states=CONFIG,
           shortdesc="replace the backend settings",
           longdesc="""Set backend-specific settings.  Those understood are
C<force_tcg> (never use KVM), C<force_kvm> (use KVM without probing it,
fail if it is missing), C<launch_timeout=SECONDS> and
C<call_timeout=SECONDS> (a call fails, and the appliance is shut down,
when the daemon sends nothing for that long; unset by default).

The default is taken from C<LIBGUESTFS_BACKEND_SETTINGS> (settings
separated by colons) when the handle is created."""),
    Action("get_backend_settings", RStringList(), [],
           shortdesc="get the backend settings",
           longdesc="Return the settings set by "
                    "C<guestfs_set_backend_settings>."),
    Action("set_tmpdir", RErr(), [OptString("tmpdir")],
           shortdesc="set the temporary directory",
           longdesc="Set the directory for temporary files (sockets, "
                    "overlays).  The default is C<$TMPDIR> or C</tmp>."),
    Action("get_tmpdir", RString(), [],
           shortdesc="get the temporary directory",
           longdesc="Return the temporary directory."),
    Action("set_cachedir", RErr(), [OptString("cachedir")],
           shortdesc="set the appliance cache directory",
           longdesc="Set the directory under which the built appliance "
                    "is cached.  The default is C<$TMPDIR> or "
                    "C</var/tmp>."),
    Action("get_cachedir", RString(), [],
           shortdesc="get the appliance cache directory",
           longdesc="Return the appliance cache directory."),
    Action("is_config", RBool(), [], shortdesc="is in configuration state",
           longdesc="True if the handle is in the CONFIG state."),
    Action("is_launching", RBool(), [], shortdesc="is launching subprocess",
           longdesc="True if the handle is in the LAUNCHING state."),
    Action("is_ready", RBool(), [], shortdesc="is ready to accept commands",
           longdesc="True if the handle is in the READY state."),
    Action("is_busy", RBool(), [], shortdesc="is busy processing a command",
           longdesc="True if the handle is in the BUSY state."),
    Action("get_state", RInt(), [], shortdesc="get the current state",
           longdesc="Return the handle's state: 0 CONFIG, 1 LAUNCHING, "
                    "2 READY, 3 BUSY."),
    Action("get_pid", RInt(), [], states=NOT_CONFIG,
           shortdesc="get PID of hypervisor",
           longdesc="Return the process ID of qemu.  Fails with the "
                    "C<unix:> backend."),
    Action("canonical_device_name", RString(), [String("device")],
           since="1.19.7",
           shortdesc="return canonical device name",
           longdesc="""Return a device name in the form the API uses, for
display: C</dev/hdX...> and C</dev/vdX...> (a disk or a partition)
become C</dev/sdX...>.  Other strings are returned unchanged, except
the LVM names C</dev/mapper/...> and C</dev/dm-N>, which are an error
until LVM is supported.  Needs no appliance.""",
           tests=[Test("none", [["canonical_device_name", "/dev/vda1"]],
                    ("string", "/dev/sda1")),
                  Test("none", [["canonical_device_name", "/dev/hdab"]],
                    ("string", "/dev/sdab")),
                  Test("none", [["canonical_device_name", "/dev/sdb"]],
                    ("string", "/dev/sdb")),
                  Test("none", [["canonical_device_name", "/dev/vd"]],
                    ("string", "/dev/vd")),
                  Test("none", [["canonical_device_name", "/dev/mapper/a-b"]],
                    ("fail",))]),
    Action("version", RStruct("version"), [],
           shortdesc="get the library version number",
           longdesc="Return the library's version: C<major>, C<minor>, "
                    "C<release> and C<extra>."),
    # The shared test bed of the bindings: see tests/bindings/.
    Action("internal_test", RErr(),
           [String("str"), OptString("optstr"), StringList("strlist"),
            Bool("b"), Int("integer"), Int64("integer64"),
            FileIn("filein"), FileOut("fileout"), BufferIn("bufferin")],
           [OBool("obool"), OInt("oint"), OInt64("oint64"),
            OString("ostring"), OStringList("ostringlist")],
           visible=False,
           shortdesc="internal test function - do not use",
           longdesc="Print every argument in a canonical format to "
                    "stdout, for the bindings' tests."),
    Action("internal_test_only_optargs", RErr(), [], [OInt("test")],
           visible=False,
           shortdesc="internal test function - do not use",
           longdesc="Print the optional argument to stdout."),
]

# The internal_test_r* family: one per return type and an ...err twin.
for _rname, _ret, _doc in [
    ("rint", RInt(), "the integer in C<val>"),
    ("rint64", RInt64(), "the integer in C<val>"),
    ("rbool", RBool(), "true if C<val> is C<true>"),
    ("rconststring", RConstString(), "the static string C<static string>"),
    ("rconstoptstring", RConstOptString(),
     "the static string C<static string>"),
    ("rstring", RString(), "a copy of C<val>"),
    ("rstringlist", RStringList(), "C<val> strings C<0>, C<1>, ..."),
    ("rstruct", RStruct("dirent"),
     "a dirent with C<ino> C<val>, C<ftyp> C<r>, C<name> C<val>"),
    ("rstructlist", RStructList("dirent"),
     "C<val> dirents numbered from 0 as for C<internal_test_rstruct>"),
    ("rhashtable", RHashtable(),
     "C<val> pairs C<0>/C<0>, C<1>/C<1>, ..."),
    ("rbufferout", RBufferOut(), "the bytes of C<val>"),
]:
    LIBRARY_ACTIONS.append(Action(
        "internal_test_" + _rname, _ret, [String("val")], visible=False,
        shortdesc="internal test function - do not use",
        longdesc="Return %s." % _doc))
    LIBRARY_ACTIONS.append(Action(
        "internal_test_" + _rname + "err", _ret, [], visible=False,
        shortdesc="internal test function - do not use",
        longdesc="Always fail with an error."))

# ----------------------------------------------------------- daemon actions


def d(nr, name, ret, args, short, long, optargs=(), tests=(), **kw):
    return Action(name, ret, list(args), list(optargs), proc_nr=nr,
                  shortdesc=short, longdesc=long, tests=list(tests), **kw)


T = Test

DAEMON_ACTIONS = [
    d(1, "ping_daemon", RErr(), [], "ping the guest daemon",
      "A no-op call that checks the daemon answers.  Used to measure "
      "the round trip.",
      tests=[T("none", [["ping_daemon"]])]),
    d(2, "list_devices", RStringList(), [], "list the block devices",
      "List the block devices (whole disks) the appliance sees, as "
      "canonical names C</dev/sda>, C</dev/sdb>, ... in order; the "
      "appliance's own root disk is not listed.",
      tests=[T("empty", [["list_devices"]],
               ("strings", ["/dev/sda", "/dev/sdb"]))]),
    d(3, "list_partitions", RStringList(), [], "list the partitions",
      "List all partitions on all block devices, in canonical names.",
      tests=[T("basicfs", [["list_partitions"]],
               ("strings", ["/dev/sda1", "/dev/sdb1"]))]),
    d(4, "list_filesystems", RHashtable(), [], "list filesystems",
      "Return pairs of (device, filesystem type) for every device and "
      "partition that holds something recognisable: a filesystem type "
      "such as C<ext4>, C<swap>, or C<unknown>.  Whole disks that are "
      "partitioned are not listed.",
      tests=[T("basicfs", [["list_filesystems"]], ("len", 2))]),
    d(5, "blockdev_getsize64", RInt64(), [Device("device")],
      "get total size of device in bytes",
      "Return the size of the device in bytes.",
      tests=[T("empty", [["blockdev_getsize64", "/dev/sda"]],
               ("int", 512 * 1024 * 1024))]),
    d(6, "blockdev_getss", RInt(), [Device("device")],
      "get sectorsize of block device",
      "Return the logical sector size of the device, usually 512.",
      tests=[T("empty", [["blockdev_getss", "/dev/sda"]], ("int", 512))]),
    d(7, "part_init", RErr(), [Device("device"), String("parttype")],
      "create an empty partition table",
      "Create an empty partition table of type C<parttype> (C<msdos> "
      "or C<mbr>, C<gpt>) on C<device>, destroying what was there.",
      tests=[T("empty", [["part_init", "/dev/sda", "gpt"],
                         ["part_get_parttype", "/dev/sda"]],
               ("string", "gpt")),
             T("empty", [["part_init", "/dev/sda", "nosuchtype"]],
               ("fail",))]),
    d(8, "part_add", RErr(),
      [Device("device"), String("prlogex"), Int64("startsect"),
       Int64("endsect")],
      "add a partition to the device",
      "Add a partition from sector C<startsect> to C<endsect> "
      "(inclusive; C<-1> means the end of the disk minus what GPT "
      "needs).  C<prlogex> is C<p> (or C<primary>), C<l> (C<logical>) "
      "or C<e> (C<extended>).",
      tests=[T("empty", [["part_init", "/dev/sda", "mbr"],
                         ["part_add", "/dev/sda", "p", "64", "204799"],
                         ["part_add", "/dev/sda", "p", "204800", "-1"],
                         ["list_partitions"]],
               # /dev/sdb1 is the test runner's scratch filesystem.
               ("strings", ["/dev/sda1", "/dev/sda2", "/dev/sdb1"])),
             T("empty", [["part_init", "/dev/sda", "gpt"],
                         ["part_add", "/dev/sda", "x", "64", "1000"]],
               ("fail",))]),
    d(9, "part_disk", RErr(), [Device("device"), String("parttype")],
      "partition whole disk with a single primary partition",
      "Create a partition table of type C<parttype> with one partition "
      "covering the whole disk.",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["list_partitions"]],
               ("strings", ["/dev/sda1", "/dev/sdb1"]))]),
    d(10, "part_list", RStructList("partition"), [Device("device")],
      "list partitions on a device",
      "List the partitions of C<device>: number, start, end and size "
      "in bytes.",
      tests=[T("empty", [["part_disk", "/dev/sda", "gpt"],
                         ["part_list", "/dev/sda"]], ("len", 1))]),
    d(11, "part_get_parttype", RString(), [Device("device")],
      "get the partition table type",
      "Return C<msdos> or C<gpt> (or another parted type name).",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["part_get_parttype", "/dev/sda"]],
               ("string", "msdos"))]),
    d(12, "mkfs", RErr(), [String("fstype"), Device("device")],
      "make a filesystem",
      "Make a filesystem of type C<fstype> (C<ext2>, C<ext3>, C<ext4>, "
      "C<xfs>, C<vfat>) on C<device>.  C<blocksize> sets the block "
      "size (the cluster size for vfat), C<label> the label; "
      "C<features> (ext2/3/4), C<inode> (the inode size: ext2/3/4, "
      "xfs) and C<sectorsize> (xfs, vfat) pass through to the mkfs "
      "tool.",
      optargs=[OInt("blocksize"), OString("features"), OInt("inode"),
               OInt("sectorsize"), OString("label")],
      once_had_no_optargs=True, progress=False,
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ext4", "/dev/sda1", "label:TESTLBL"],
                         ["vfs_label", "/dev/sda1"]],
               ("string", "TESTLBL")),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["vfs_type", "/dev/sda1"]], ("string", "xfs")),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "vfat", "/dev/sda1", "blocksize:4096"],
                         ["vfs_type", "/dev/sda1"]], ("string", "vfat")),
             T("empty", [["mkfs", "nosuchfs", "/dev/sda"]], ("fail",))]),
    d(13, "mount", RErr(), [Mountable("mountable"), String("mountpoint")],
      "mount a guest disk at a position in the filesystem",
      "Mount C<mountable> at C<mountpoint> (a path inside the "
      "appliance's view, C</> first).  Filesystems are mounted with "
      "the options the kernel picks; see C<guestfs_mount_options>.",
      tests=[T("basicfs", [["umount", "/"],
                           ["mount", "/dev/sda1", "/"],
                           ["mounts"]], ("strings", ["/dev/sda1"]))]),
    d(14, "mount_ro", RErr(), [Mountable("mountable"), String("mountpoint")],
      "mount a guest disk, read-only",
      "Mount read-only.",
      tests=[T("basicfs", [["umount", "/"],
                           ["mount_ro", "/dev/sda1", "/"],
                           ["touch", "/new"]], ("fail",))]),
    d(15, "mount_options", RErr(),
      [String("options"), Mountable("mountable"), String("mountpoint")],
      "mount a guest disk with mount options",
      "Mount with the comma-separated C<options> (as C<mount -o>).",
      tests=[T("basicfs", [["umount", "/"],
                           ["mount_options", "ro,noatime", "/dev/sda1",
                            "/"],
                           ["touch", "/new"]], ("fail",))]),
    d(16, "umount", RErr(), [Dev_or_Path("pathordevice")],
      "unmount a filesystem",
      "Unmount the filesystem mounted at, or from, C<pathordevice>.",
      optargs=[OBool("force"), OBool("lazyunmount")],
      once_had_no_optargs=True,
      tests=[T("basicfs", [["umount", "/"], ["mounts"]], ("strings", [])),
             T("basicfs", [["umount", "/nosuchdir"]], ("fail",))]),
    d(17, "umount_all", RErr(), [], "unmount all filesystems",
      "Unmount every mounted filesystem, innermost first.",
      tests=[T("basicfs", [["umount_all"], ["mounts"]], ("strings", []))]),
    d(18, "mounts", RStringList(), [], "show mounted filesystems",
      "List the devices mounted, in canonical names, in mount order.",
      tests=[T("basicfs", [["mounts"]], ("strings", ["/dev/sda1"]))]),
    d(19, "sync", RErr(), [], "sync disks, writes are flushed through",
      "Flush all writes to the disks.",
      tests=[T("none", [["sync"]])]),
    d(20, "touch", RErr(), [Pathname("path")], "update file timestamps "
      "or create a new file",
      "Create an empty file or update its timestamps.",
      tests=[T("scratchfs", [["touch", "/touch"], ["exists", "/touch"]],
               ("true",)),
             T("scratchfs", [["touch", "/nosuchdir/x"]], ("fail",))]),
    d(21, "mkdir", RErr(), [Pathname("path")], "create a directory",
      "Create a directory.",
      tests=[T("scratchfs", [["mkdir", "/mkdir"], ["is_dir", "/mkdir"]],
               ("true",)),
             T("scratchfs", [["mkdir", "/mkdir2/a/b"]], ("fail",))]),
    d(22, "mkdir_p", RErr(), [Pathname("path")],
      "create a directory and its parents",
      "Create a directory and any missing parents; no error if it "
      "exists.",
      tests=[T("scratchfs", [["mkdir_p", "/mkdir_p/a/b"],
                             ["mkdir_p", "/mkdir_p/a/b"],
                             ["is_dir", "/mkdir_p/a/b"]], ("true",))]),
    d(23, "rmdir", RErr(), [Pathname("path")], "remove a directory",
      "Remove an empty directory.",
      tests=[T("scratchfs", [["mkdir", "/rmdir"], ["rmdir", "/rmdir"],
                             ["exists", "/rmdir"]], ("false",)),
             T("scratchfs", [["rmdir", "/rmdir-none"]], ("fail",))]),
    d(24, "rm", RErr(), [Pathname("path")], "remove a file",
      "Remove a single file.",
      tests=[T("scratchfs", [["touch", "/rm"], ["rm", "/rm"],
                             ["exists", "/rm"]], ("false",)),
             T("scratchfs", [["rm", "/rm-none"]], ("fail",))]),
    d(25, "rm_rf", RErr(), [Pathname("path")],
      "remove a file or directory recursively",
      "Remove a file or directory tree, like C<rm -rf>; no error if it "
      "does not exist.",
      tests=[T("scratchfs", [["mkdir_p", "/rm_rf/a/b"],
                             ["touch", "/rm_rf/a/b/c"],
                             ["rm_rf", "/rm_rf"],
                             ["exists", "/rm_rf"]], ("false",))]),
    d(26, "rename", RErr(), [Pathname("oldpath"), Pathname("newpath")],
      "rename a file on the same filesystem",
      "Rename C<oldpath> to C<newpath> (one C<rename(2)> call).",
      tests=[T("scratchfs", [["touch", "/rename"],
                             ["rename", "/rename", "/rename2"],
                             ["exists", "/rename2"]], ("true",))]),
    d(27, "cp", RErr(), [Pathname("src"), Pathname("dest")],
      "copy a file", "Copy a file, like C<cp>.",
      tests=[T("scratchfs", [["write", "/cp", "hello"],
                             ["cp", "/cp", "/cp2"],
                             ["cat", "/cp2"]], ("string", "hello"))]),
    d(28, "cp_a", RErr(), [Pathname("src"), Pathname("dest")],
      "copy a file or directory recursively",
      "Copy recursively keeping attributes, like C<cp -a>, with the "
      "guest as cp's root (see L</guestfs_tar_in>).",
      tests=[T("scratchfs", [["mkdir", "/cp_a"],
                             ["write", "/cp_a/f", "x"],
                             ["chmod", "0700", "/cp_a/f"],
                             ["cp_a", "/cp_a", "/cp_a2"],
                             ["stat", "/cp_a2/f"]],
               ("struct", {"mode": 0o100700}))]),
    d(29, "mv", RErr(), [Pathname("src"), Pathname("dest")],
      "move a file", "Move a file or directory, like C<mv>.",
      tests=[T("scratchfs", [["write", "/mv", "z"],
                             ["mv", "/mv", "/mv2"],
                             ["cat", "/mv2"]], ("string", "z"))]),
    d(30, "ln_s", RErr(), [String("target"), Pathname("linkname")],
      "create a symbolic link",
      "Create C<linkname> as a symbolic link to C<target>.",
      tests=[T("scratchfs", [["ln_s", "target", "/ln_s"],
                             ["readlink", "/ln_s"]],
               ("string", "target"))]),
    d(31, "readlink", RString(), [Pathname("path")],
      "read the target of a symbolic link",
      "Return the target of a symbolic link.",
      tests=[T("scratchfs", [["touch", "/readlink"],
                             ["readlink", "/readlink"]], ("fail",))]),
    d(32, "chmod", RErr(), [Int("mode"), Pathname("path")],
      "change file mode",
      "Change the mode of C<path>.  Write C<mode> in octal in C, "
      "e.g. C<0700>.",
      tests=[T("scratchfs", [["touch", "/chmod"],
                             ["chmod", "0640", "/chmod"],
                             ["stat", "/chmod"]],
               ("struct", {"mode": 0o100640}))]),
    d(33, "chown", RErr(), [Int("owner"), Int("group"), Pathname("path")],
      "change file owner and group",
      "Change the owner and group by number.",
      tests=[T("scratchfs", [["touch", "/chown"],
                             ["chown", "10", "11", "/chown"],
                             ["stat", "/chown"]],
               ("struct", {"uid": 10, "gid": 11}))]),
    d(34, "write", RErr(), [Pathname("path"), BufferIn("content")],
      "create a new file",
      "Create or truncate C<path> and write C<content> to it.  "
      "C<content> may hold any bytes, NULs included.",
      tests=[T("scratchfs", [["write", "/write", "abc"],
                             ["filesize", "/write"]], ("int", 3)),
             T("scratchfs", [["write", "/write-empty", ""],
                             ["filesize", "/write-empty"]], ("int", 0))]),
    d(35, "write_append", RErr(), [Pathname("path"), BufferIn("content")],
      "append content to end of file",
      "Append C<content> to C<path>, creating it if needed.",
      tests=[T("scratchfs", [["write", "/write_append", "ab"],
                             ["write_append", "/write_append", "cd"],
                             ["cat", "/write_append"]],
               ("string", "abcd"))]),
    d(36, "read_file", RBufferOut(), [Pathname("path")], "read a file",
      "Return the whole contents of a file as a buffer (any bytes).  "
      "Files bigger than the protocol's message limit fail; use "
      "C<guestfs_download> for them.",
      tests=[T("scratchfs", [["write", "/read_file", "a\\0b"],
                             ["read_file", "/read_file"]],
               ("string", "a\\0b"))]),
    d(37, "cat", RString(), [Pathname("path")], "list the contents of a file",
      "Return the contents of a text file.  Fails if it contains a "
      "NUL byte; see C<guestfs_read_file>.",
      tests=[T("scratchfs", [["write", "/cat", "hello\\nworld\\n"],
                             ["cat", "/cat"]],
               ("string", "hello\\nworld\\n")),
             T("scratchfs", [["cat", "/cat-none"]], ("fail",))]),
    d(38, "head", RStringList(), [Pathname("path")],
      "return first 10 lines of a file",
      "Return the first 10 lines of a file.",
      tests=[T("scratchfs", [["write", "/head",
                              "".join("%d\\n" % i for i in range(20))],
                             ["head", "/head"]], ("len", 10))]),
    d(39, "tail", RStringList(), [Pathname("path")],
      "return last 10 lines of a file",
      "Return the last 10 lines of a file.",
      tests=[T("scratchfs", [["write", "/tail",
                              "".join("%d\\n" % i for i in range(20))],
                             ["tail", "/tail"]],
               ("strings", [str(i) for i in range(10, 20)]))]),
    d(40, "read_lines", RStringList(), [Pathname("path")],
      "read file as lines",
      "Return the file's lines without their line endings (C<\\n> or "
      "C<\\r\\n>).  A final line without an ending is included.",
      tests=[T("scratchfs", [["write", "/read_lines", "a\\nb\\r\\nc"],
                             ["read_lines", "/read_lines"]],
               ("strings", ["a", "b", "c"]))]),
    d(41, "upload", RErr(), [FileIn("filename"),
                             Dev_or_Path("remotefilename")],
      "upload a file from the local machine",
      "Copy the local file C<filename> (C<-> for standard input) to "
      "C<remotefilename> in the appliance.  Sends progress events.",
      progress=True,
      tests=[T("scratchfs", [["upload", "/etc/hostname", "/upload"],
                             ["exists", "/upload"]], ("true",))]),
    d(42, "download", RErr(), [Dev_or_Path("remotefilename"),
                               FileOut("filename")],
      "download a file to the local machine",
      "Copy C<remotefilename> from the appliance to the local file "
      "C<filename> (C<-> for standard output).  Sends progress events.",
      progress=True,
      tests=[T("scratchfs", [["download", "/nosuchfile", "/dev/null"]],
               ("fail",))]),
    d(43, "tar_in", RErr(), [FileIn("tarfile"), Pathname("directory")],
      "unpack tarfile to directory",
      "Unpack the local tar file C<tarfile> into C<directory>.  "
      "C<compress> is C<compress>, C<gzip>, C<bzip2>, C<xz>, C<lzop> "
      "or C<zstd>, or unset for an uncompressed tar.  tar runs with the "
      "guest as its root: symlinks already in the guest are followed as "
      "the guest would follow them, never out of it.",
      optargs=[OString("compress"), OBool("xattrs"), OBool("selinux"),
               OBool("acls")],
      once_had_no_optargs=True, progress=True,
      # An empty file is not a tar archive.
      tests=[T("scratchfs", [["mkdir", "/tar_in"],
                             ["tar_in", "/dev/null", "/tar_in"]],
               ("fail",)),
             T("scratchfs", [["mkdir", "/tar_in2"],
                             ["tar_in", "/dev/null", "/tar_in2",
                              "compress:nosuch"]], ("fail",))]),
    d(44, "tar_out", RErr(), [String("directory"), FileOut("tarfile")],
      "pack directory into tarfile",
      "Pack C<directory> into the local tar file C<tarfile>, "
      "compressed as C<compress> says (see C<guestfs_tar_in>).  "
      "C<excludes> lists glob patterns to leave out; C<numericowner> "
      "stores numbers rather than names.",
      optargs=[OString("compress"), OBool("numericowner"),
               OStringList("excludes"), OBool("xattrs"), OBool("selinux"),
               OBool("acls")],
      once_had_no_optargs=True, progress=True,
      tests=[T("scratchfs", [["mkdir_p", "/tar_out/d"],
                             ["write", "/tar_out/d/f", "x"],
                             ["tar_out", "/tar_out", "/dev/null",
                              "compress:gzip", "excludes:./d/f"]]),
             T("scratchfs", [["tar_out", "/tar_out-none", "/dev/null"]],
               ("fail",))]),
    d(45, "ls", RStringList(), [Pathname("directory")],
      "list the files in a directory",
      "List the names in a directory, sorted, without C<.> and C<..>.",
      tests=[T("scratchfs", [["mkdir", "/ls"], ["touch", "/ls/b"],
                             ["touch", "/ls/a"], ["ls", "/ls"]],
               ("strings", ["a", "b"]))]),
    d(46, "ll", RString(), [Pathname("directory")],
      "list the files in a directory (long format)",
      "Return the output of C<ls -la> on the directory, for humans.",
      tests=[T("scratchfs", [["mkdir", "/ll"], ["touch", "/ll/zzz"],
                             ["ll", "/ll"]], ("contains", "zzz"))]),
    d(47, "readdir", RStructList("dirent"), [Pathname("dir")],
      "read directories entries",
      "Return every entry of a directory, C<.> and C<..> included, "
      "with inode numbers and types, in no set order.",
      tests=[T("scratchfs", [["mkdir", "/readdir"],
                             ["touch", "/readdir/f"],
                             ["readdir", "/readdir"]], ("len", 3))]),
    d(48, "stat", RStruct("stat"), [Pathname("path")],
      "get file information",
      "Return the C<stat(2)> information of C<path>, following "
      "symlinks.", deprecated_by="statns",
      tests=[T("scratchfs", [["write", "/stat", "12345"],
                             ["stat", "/stat"]],
               ("struct", {"size": 5}))]),
    d(49, "lstat", RStruct("stat"), [Pathname("path")],
      "get file information for a symbolic link",
      "Like C<guestfs_stat> but a symlink is described itself.",
      deprecated_by="lstatns",
      tests=[T("scratchfs", [["ln_s", "abc", "/lstat"],
                             ["lstat", "/lstat"]],
               ("struct", {"size": 3}))]),
    d(50, "statns", RStruct("statns"), [Pathname("path")],
      "get file information",
      "Return the C<stat(2)> information of C<path> with nanosecond "
      "timestamps, following symlinks.",
      tests=[T("scratchfs", [["write", "/statns", "12345"],
                             ["statns", "/statns"]],
               ("struct", {"st_size": 5}))]),
    d(51, "lstatns", RStruct("statns"), [Pathname("path")],
      "get file information for a symbolic link",
      "Like C<guestfs_statns> but a symlink is described itself.",
      tests=[T("scratchfs", [["ln_s", "abcd", "/lstatns"],
                             ["lstatns", "/lstatns"]],
               ("struct", {"st_size": 4}))]),
    d(52, "exists", RBool(), [Pathname("path")],
      "test if file or directory exists",
      "True if C<path> exists (following symlinks).",
      tests=[T("scratchfs", [["exists", "/"]], ("true",)),
             T("scratchfs", [["exists", "/exists-none"]], ("false",))]),
    d(53, "is_file", RBool(), [Pathname("path")], "test if a regular file",
      "True if C<path> is a regular file.  With C<followsymlinks> a "
      "symlink to one counts.",
      optargs=[OBool("followsymlinks")], once_had_no_optargs=True,
      tests=[T("scratchfs", [["touch", "/is_file"],
                             ["is_file", "/is_file"]], ("true",)),
             T("scratchfs", [["is_file", "/"]], ("false",))]),
    d(54, "is_dir", RBool(), [Pathname("path")], "test if a directory",
      "True if C<path> is a directory.  With C<followsymlinks> a "
      "symlink to one counts.",
      optargs=[OBool("followsymlinks")], once_had_no_optargs=True,
      tests=[T("scratchfs", [["is_dir", "/"]], ("true",))]),
    d(55, "is_symlink", RBool(), [Pathname("path")],
      "test if symbolic link", "True if C<path> is a symbolic link.",
      tests=[T("scratchfs", [["ln_s", "x", "/is_symlink"],
                             ["is_symlink", "/is_symlink"]], ("true",))]),
    d(56, "filesize", RInt64(), [Pathname("file")],
      "return the size of the file in bytes",
      "Return the size of a file in bytes.",
      tests=[T("scratchfs", [["fill", "0", "1000", "/filesize"],
                             ["filesize", "/filesize"]], ("int", 1000))]),
    d(57, "df", RString(), [], "report file system disk space usage",
      "Return the output of C<df>, for humans.",
      tests=[T("basicfs", [["df"]], ("contains", "/sysroot"))]),
    d(58, "statvfs", RStruct("statvfs"), [Pathname("path")],
      "get file system statistics",
      "Return the C<statvfs(3)> information of the filesystem holding "
      "C<path>.",
      tests=[T("basicfs", [["statvfs", "/"]],
               ("struct", {"namemax": 255}))]),
    d(59, "vfs_type", RString(), [Mountable("mountable")],
      "get the Linux VFS type corresponding to a mounted device",
      "Return the filesystem type of C<mountable> as C<blkid> sees "
      "it, e.g. C<ext2>, C<xfs>, C<vfat>, or the empty string if "
      "nothing is recognised.",
      tests=[T("basicfs", [["vfs_type", "/dev/sda1"]], ("string", "ext2"))]),
    d(60, "vfs_label", RString(), [Mountable("mountable")],
      "get the filesystem label",
      "Return the filesystem label, or the empty string.",
      tests=[T("basicfs", [["vfs_label", "/dev/sda1"]], ("string", ""))]),
    d(61, "vfs_uuid", RString(), [Mountable("mountable")],
      "get the filesystem UUID",
      "Return the filesystem UUID, or the empty string.",
      tests=[T("basicfs", [["vfs_uuid", "/dev/sda1"]], ("len", 36))]),
    d(62, "set_label", RErr(), [Mountable("mountable"), String("label")],
      "set filesystem label",
      "Set the label of the filesystem on C<mountable> (ext2/3/4, xfs "
      "unmounted, vfat).  A label longer than the filesystem holds "
      "(ext2/3/4: 16 bytes, xfs: 12) is an error, never truncated.",
      tests=[T("basicfs", [["set_label", "/dev/sda1", "newlabel"],
                           ["vfs_label", "/dev/sda1"]],
               ("string", "newlabel")),
             # A label that looks like an option is still a label.
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "vfat", "/dev/sda1"],
                         ["set_label", "/dev/sda1", "-R"],
                         ["vfs_label", "/dev/sda1"]], ("string", "-R")),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["set_label", "/dev/sda1", "xfslabel"],
                         ["vfs_label", "/dev/sda1"]],
               ("string", "xfslabel")),
             # xfs_admin passes the label through eval: nothing a shell
             # would interpret may reach it.
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["set_label", "/dev/sda1", "'$(true)'"]],
               ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["set_label", "/dev/sda1", "a b"]], ("fail",)),
             # XFS labels hold at most 12 bytes.
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["set_label", "/dev/sda1", "thirteenchar"
                                                    "s"]], ("fail",)),
             # ext2/3/4 labels hold at most 16 bytes: e2label would
             # truncate a longer one and succeed.
             T("basicfs", [["set_label", "/dev/sda1",
                            "seventeen-chars-x"]], ("fail",)),
             T("basicfs", [["set_label", "/dev/sda1", "sixteen-chars-xx"],
                           ["vfs_label", "/dev/sda1"]],
               ("string", "sixteen-chars-xx"))]),
    d(63, "checksum", RString(), [String("csumtype"), Pathname("path")],
      "compute MD5, SHAx or CRC checksum of file",
      "Return the checksum of a file as hex: C<csumtype> is C<crc>, "
      "C<md5>, C<sha1>, C<sha224>, C<sha256>, C<sha384> or C<sha512>.",
      tests=[T("scratchfs", [["write", "/checksum", "abc"],
                             ["checksum", "md5", "/checksum"]],
               ("string", "900150983cd24fb0d6963f7d28e17f72")),
             T("scratchfs", [["write", "/checksum2", "abc"],
                             ["checksum", "sha256", "/checksum2"]],
               ("string", "ba7816bf8f01cfea414140de5dae2223"
                          "b00361a396177a9cb410ff61f20015ad")),
             T("scratchfs", [["touch", "/checksum3"],
                             ["checksum", "nosuchsum", "/checksum3"]],
               ("fail",))]),
    d(64, "fill", RErr(), [Int("c"), Int("len"), Pathname("path")],
      "fill a file with octets",
      "Create C<path> holding C<len> bytes of value C<c>.",
      progress=True,
      tests=[T("scratchfs", [["fill", "65", "3", "/fill"],
                             ["cat", "/fill"]], ("string", "AAA"))]),
    d(65, "zero", RErr(), [Device("device")],
      "write zeroes to the device",
      "Zero the first few blocks of C<device>, enough to wipe any "
      "filesystem or partition table signature.", progress=True,
      tests=[T("basicfs", [["umount", "/"], ["zero", "/dev/sda1"],
                           ["vfs_type", "/dev/sda1"]], ("string", ""))]),
    d(66, "dd", RErr(), [Dev_or_Path("src"), Dev_or_Path("dest")],
      "copy from source to destination using dd",
      "Copy C<src> to C<dest> byte for byte; the destination must be "
      "at least as large.", progress=True,
      tests=[T("scratchfs", [["write", "/dd", "xyz"],
                             ["dd", "/dd", "/dd2"],
                             ["cat", "/dd2"]], ("string", "xyz"))]),
    d(67, "command", RString(), [StringList("arguments")],
      "run a command from the guest filesystem",
      "Run a program from the mounted guest filesystem (chrooted into "
      "it) and return its standard output.  Fails with its standard "
      "error if it exits non-zero.",
      tests=[T("none", [["command", ""]], ("fail",))]),
    d(68, "sh", RString(), [String("command")],
      "run a command via the shell",
      "Run C<command> through C</bin/sh -c> chrooted into the mounted "
      "guest filesystem; see C<guestfs_command>.",
      tests=[T("none", [["sh", "true"]], ("fail",))]),
    d(69, "debug", RString(), [String("subcmd"), StringList("extraargs")],
      "debugging and internals",
      "Run a debugging subcommand in the daemon: C<help> lists them, "
      "C<progress N> runs for C<N> seconds sending progress "
      "messages, C<echo ARGS...> returns its arguments.",
      progress=True,
      tests=[T("none", [["debug", "echo", "a b"]], ("string", "a b")),
             T("none", [["debug", "nosuchsubcmd", ""]], ("fail",))]),
]

DAEMON_ACTIONS += [
    d(70, "blockdev_rereadpt", RErr(), [Device("device")],
      "reread partition table",
      "Make the kernel reread the partition table of C<device>.",
      tests=[T("empty", [["blockdev_rereadpt", "/dev/sda"]])]),
    d(71, "mountable_device", RString(), [Mountable("mountable")],
      "extract the device part of a mountable",
      "Return the device of C<mountable>, in canonical form: the "
      "mountable itself for a device, the device part of a btrfs "
      "subvolume written C<btrfsvol:DEVICE/SUBVOLUME> (whose subvolume "
      "C<guestfs_mountable_subvolume> returns).  The device must "
      "exist; the subvolume is not checked.",
      since="1.33.15",
      tests=[T("basicfs", [["mountable_device", "/dev/vda1"]],
               ("string", "/dev/sda1")),
             T("empty", [["mountable_device", "/dev/sdz"]], ("fail",))]),
]

# -------------- LVM: physical volumes, volume groups, logical volumes
# Procedure numbers 100-199.

LVM_ACTIONS = [
]

# ---------------------------------------------- partitions and sfdisk
# Procedure numbers 200-299.

PARTITION_ACTIONS = [
]

# --------------- block devices, device names, disk images, mountables
# Procedure numbers 300-399.

BLOCKDEV_ACTIONS = [
]

# --------------------------------------------- LUKS, MD RAID and swap
# Procedure numbers 400-499.

CRYPT_MD_SWAP_ACTIONS = [
]

# ---------------------------------------- Windows dynamic disks (LDM)
# Procedure numbers 500-599.

LDM_ACTIONS = [
]

# -------------------------------------------------------------- btrfs
# Procedure numbers 600-699.

STRUCTS += [
    Struct("btrfssubvolume", [("btrfssubvolume_id", "FUInt64"),
                              ("btrfssubvolume_top_level_id", "FUInt64"),
                              ("btrfssubvolume_path", "FString")]),
    Struct("btrfsqgroup", [("btrfsqgroup_id", "FString"),
                           ("btrfsqgroup_rfer", "FUInt64"),
                           ("btrfsqgroup_excl", "FUInt64")]),
    Struct("btrfsbalance", [("btrfsbalance_status", "FString"),
                            ("btrfsbalance_total", "FUInt64"),
                            ("btrfsbalance_balanced", "FUInt64"),
                            ("btrfsbalance_considered", "FUInt64"),
                            ("btrfsbalance_left", "FUInt64")]),
    Struct("btrfsscrub", [("btrfsscrub_" + n, "FUInt64") for n in (
        "data_extents_scrubbed", "tree_extents_scrubbed",
        "data_bytes_scrubbed", "tree_bytes_scrubbed", "read_errors",
        "csum_errors", "verify_errors", "no_csum", "csum_discards",
        "super_errors", "malloc_errors", "uncorrectable_errors",
        "unverified_errors", "corrected_errors", "last_physical")]),
]


def b(nr, name, ret, args, short, long, **kw):
    """A daemon action of the optional group btrfs."""
    return d(nr, name, ret, args, short, long, optional="btrfs", **kw)


# Most tests start from "empty" and make a filesystem: BTRFS1 on the
# whole of /dev/sda, mounted on /; BTRFS2 on two 240 MiB partitions
# (mkfs.btrfs wants about 109 MiB per device), with a third partition
# left over.
BTRFS1 = [["part_disk", "/dev/sda", "mbr"],
          ["mkfs_btrfs", "/dev/sda1"],
          ["mount", "/dev/sda1", "/"]]
BTRFS_PARTS = [["part_init", "/dev/sda", "mbr"],
               ["part_add", "/dev/sda", "p", "2048", "493567"],
               ["part_add", "/dev/sda", "p", "493568", "985087"],
               ["part_add", "/dev/sda", "p", "985088", "-1"]]
BTRFS2 = BTRFS_PARTS + [["mkfs_btrfs", "/dev/sda1 /dev/sda2"],
                        ["mount", "/dev/sda1", "/"]]
BTRFS_SINGLE2 = BTRFS_PARTS + [["mkfs_btrfs", "/dev/sda1 /dev/sda2",
                                 "metadata:single"],
                                ["mount", "/dev/sda1", "/"]]
# The kernel resizes no btrfs device below 256 MiB: one 500 MiB
# partition.
BTRFS_BIG = [["part_init", "/dev/sda", "mbr"],
             ["part_add", "/dev/sda", "p", "2048", "1026047"]]
# One 128 MiB partition.
BTRFS_SMALL = [["part_init", "/dev/sda", "mbr"],
               ["part_add", "/dev/sda", "p", "2048", "264191"]]
BTRFS_SUBVOLS = BTRFS1 + [["btrfs_subvolume_create", "/sub"],
                          ["mkdir", "/dir"],
                          ["btrfs_subvolume_create", "/dir/sub2"]]

BTRFS_ACTIONS = [
    b(600, "mkfs_btrfs", RErr(), [DeviceList("devices")],
      "make a btrfs filesystem on one or more devices",
      "Make one btrfs filesystem spanning all of C<devices> (at least "
      "one), overwriting whatever they held.  The optional arguments "
      "are passed to L<mkfs.btrfs(8)>: C<bytecount> (the size used on "
      "each device), C<datatype> and C<metadata> (the profiles: "
      "C<single>, C<dup>, C<raid0>, C<raid1>, ...), C<label>, "
      "C<nodesize> and C<sectorsize>.  C<leafsize> is the old name of "
      "C<nodesize>.  C<allocstart> is refused: current mkfs.btrfs has "
      "no such option.  Each device needs roughly 110 MiB at least.\n\n"
      "C<guestfs_mkfs> makes filesystems of other types.",
      optargs=[OInt64("allocstart"), OInt64("bytecount"),
               OString("datatype"), OInt("leafsize"), OString("label"),
               OString("metadata"), OInt("nodesize"), OInt("sectorsize")],
      since="1.17.25",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs_btrfs", "/dev/sda1", "label:BTRFSLBL"],
                         ["vfs_label", "/dev/sda1"]],
               ("string", "BTRFSLBL")),
             T("empty", BTRFS2 + [["btrfs_filesystem_show", "/dev/sda1"]],
               ("strings", ["/dev/sda1", "/dev/sda2"])),
             T("empty", BTRFS_PARTS + [
                 ["mkfs_btrfs", "/dev/sda1", "nodesize:16384",
                  "sectorsize:4096", "datatype:single", "metadata:dup"],
                 ["vfs_type", "/dev/sda1"]], ("string", "btrfs")),
             T("empty", [["mkfs_btrfs", ""]], ("fail",)),
             T("empty", [["mkfs_btrfs", "/dev/sdz"]], ("fail",)),
             T("empty", BTRFS_PARTS + [["mkfs_btrfs", "/dev/sda1",
                                        "nodesize:1000"]], ("fail",)),
             T("empty", BTRFS_PARTS + [["mkfs_btrfs", "/dev/sda1",
                                        "datatype:-x"]], ("fail",)),
             T("empty", BTRFS_PARTS + [["mkfs_btrfs", "/dev/sda1",
                                        "allocstart:0"]], ("fail",)),
             # 16 MiB is below the minimum size.
             T("empty", [["part_init", "/dev/sda", "mbr"],
                         ["part_add", "/dev/sda", "p", "2048", "34815"],
                         ["mkfs_btrfs", "/dev/sda1"]], ("fail",))]),
    b(601, "btrfs_subvolume_snapshot", RErr(),
      [Pathname("source"), Pathname("dest")],
      "snapshot a btrfs subvolume",
      "Make C<dest> (a new name in an existing directory) a snapshot "
      "of the subvolume C<source>.  The snapshot is writable unless "
      "C<ro> is true; C<qgroupid> adds it to that quota group.",
      optargs=[OBool("ro"), OString("qgroupid")],
      once_had_no_optargs=True, since="1.17.35",
      tests=[T("empty", BTRFS_SUBVOLS + [
                 ["write", "/sub/f", "hello"],
                 ["btrfs_subvolume_snapshot", "/sub", "/snap"],
                 ["write", "/sub/f", "changed"],
                 ["cat", "/snap/f"]], ("string", "hello")),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_snapshot", "/sub", "/snap", "ro:true"],
                 ["touch", "/snap/f"]], ("fail",)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_snapshot", "/sub", "/snap"],
                 ["btrfs_subvolume_list", "/"]], ("len", 3)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_snapshot", "/nosuch", "/snap"]],
               ("fail",)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_snapshot", "/sub", "/snap",
                  "qgroupid:-x"]], ("fail",))]),
    b(602, "btrfs_subvolume_delete", RErr(), [Pathname("subvolume")],
      "delete a btrfs subvolume or snapshot",
      "Remove the subvolume or snapshot C<subvolume> and everything in "
      "it.",
      since="1.17.35",
      tests=[T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_delete", "/sub"],
                 ["exists", "/sub"]], ("false",)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_delete", "/dir"]], ("fail",)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_delete", "/nosuch"]], ("fail",))]),
    b(603, "btrfs_subvolume_create", RErr(), [Pathname("dest")],
      "make a btrfs subvolume",
      "Make C<dest> (a new name in an existing directory of a btrfs "
      "filesystem) a new, empty subvolume.  C<qgroupid> adds it to that "
      "quota group.",
      optargs=[OString("qgroupid")], once_had_no_optargs=True,
      since="1.17.35",
      tests=[T("empty", BTRFS_SUBVOLS + [["btrfs_subvolume_list", "/"]],
               ("len", 2)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_show", "/dir/sub2"]],
               ("pair", "Name", "sub2")),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_create", "1/0", "/"],
                 ["btrfs_subvolume_create", "/q", "qgroupid:1/0"],
                 ["btrfs_qgroup_show", "/"]], ("len", 5)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_create", "/nosuchdir/x"]], ("fail",)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_create", "/sub"]], ("fail",)),
             T("basicfs", [["btrfs_subvolume_create", "/x"]], ("fail",))]),
    b(604, "btrfs_subvolume_list", RStructList("btrfssubvolume"),
      [Mountable_or_Path("fs")],
      "list the subvolumes and snapshots of a btrfs filesystem",
      "List every subvolume and snapshot of the btrfs filesystem at "
      "C<fs>: a path in the mounted filesystems, or a device or "
      "C<btrfsvol:> mountable, which is then mounted for the duration "
      "of the call.  Each path is relative to the top of the "
      "filesystem.",
      since="1.17.35",
      tests=[T("empty", BTRFS_SUBVOLS + [["btrfs_subvolume_list", "/"]],
               ("len", 2)),
             T("empty", BTRFS_SUBVOLS + [
                 ["umount", "/"],
                 ["btrfs_subvolume_list", "/dev/sda1"]], ("len", 2)),
             T("empty", BTRFS_SUBVOLS + [
                 ["umount", "/"],
                 ["btrfs_subvolume_list", "btrfsvol:/dev/sda1/sub"]],
               ("len", 2)),
             T("basicfs", [["btrfs_subvolume_list", "/"]], ("fail",)),
             T("empty", [["btrfs_subvolume_list", "/dev/sda"]],
               ("fail",))]),
    b(605, "btrfs_subvolume_set_default", RErr(),
      [Int64("id"), Pathname("fs")],
      "choose the subvolume a btrfs filesystem mounts by default",
      "Make the subvolume with the ID C<id> (see "
      "C<guestfs_btrfs_subvolume_list>; 5 is the top level) the one "
      "mounting the btrfs filesystem at C<fs> by its device gives.",
      since="1.17.35",
      tests=[T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_set_default", "256", "/"],
                 ["btrfs_subvolume_get_default", "/"]], ("int", 256)),
             # Mounted again, the device shows the default subvolume.
             T("empty", BTRFS_SUBVOLS + [
                 ["write", "/sub/insub", "x"],
                 ["btrfs_subvolume_set_default", "256", "/"],
                 ["umount", "/"],
                 ["mount", "/dev/sda1", "/"],
                 ["cat", "/insub"]], ("string", "x")),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_set_default", "9999", "/"]],
               ("fail",))]),
    b(606, "btrfs_filesystem_sync", RErr(), [Pathname("fs")],
      "flush a btrfs filesystem",
      "Write out everything pending on the btrfs filesystem at C<fs>.",
      since="1.17.35",
      tests=[T("empty", BTRFS1 + [["write", "/f", "x"],
                                  ["btrfs_filesystem_sync", "/"],
                                  ["cat", "/f"]], ("string", "x")),
             T("basicfs", [["btrfs_filesystem_sync", "/"]], ("fail",))]),
    b(607, "btrfs_filesystem_balance", RErr(), [Pathname("fs")],
      "rebalance a btrfs filesystem",
      "Rewrite every chunk of the btrfs filesystem at C<fs>, spreading "
      "them over its devices.  Returns when the balance is over.",
      since="1.17.35",
      tests=[T("empty", BTRFS2 + [["write", "/f", "x"],
                                  ["btrfs_filesystem_balance", "/"],
                                  ["cat", "/f"]], ("string", "x")),
             T("basicfs", [["btrfs_filesystem_balance", "/"]],
               ("fail",))]),
    b(608, "btrfs_device_add", RErr(),
      [DeviceList("devices"), Pathname("fs")],
      "add devices to a btrfs filesystem",
      "Make C<devices> part of the mounted btrfs filesystem at C<fs>.  "
      "An empty list changes nothing.",
      since="1.17.35",
      tests=[T("empty", BTRFS_PARTS + [
                 ["mkfs_btrfs", "/dev/sda1"],
                 ["mount", "/dev/sda1", "/"],
                 ["btrfs_device_add", "/dev/sda2", "/"],
                 ["btrfs_filesystem_show", "/dev/sda1"]],
               ("strings", ["/dev/sda1", "/dev/sda2"])),
             T("empty", BTRFS_PARTS + [
                 ["mkfs_btrfs", "/dev/sda1"],
                 ["mount", "/dev/sda1", "/"],
                 ["btrfs_device_add", "", "/"],
                 ["btrfs_filesystem_show", "/dev/sda1"]],
               ("strings", ["/dev/sda1"])),
             T("empty", BTRFS_PARTS + [
                 ["mkfs_btrfs", "/dev/sda1"],
                 ["mount", "/dev/sda1", "/"],
                 ["btrfs_device_add", "/dev/sdz1", "/"]], ("fail",))]),
    b(609, "btrfs_device_delete", RErr(),
      [DeviceList("devices"), Pathname("fs")],
      "remove devices from a btrfs filesystem",
      "Move the data off C<devices> and take them out of the mounted "
      "btrfs filesystem at C<fs>.  An empty list changes nothing.",
      since="1.17.35",
      # Two devices of raid1 metadata cannot become one.
      tests=[T("empty", BTRFS_SINGLE2 + [
                 ["write", "/f", "x"],
                 ["btrfs_device_delete", "/dev/sda2", "/"],
                 ["btrfs_filesystem_show", "/dev/sda1"]],
               ("strings", ["/dev/sda1"])),
             T("empty", BTRFS_SINGLE2 + [
                 ["write", "/f", "x"],
                 ["btrfs_device_delete", "/dev/sda1", "/"],
                 ["umount", "/"],
                 ["mount", "/dev/sda2", "/"],
                 ["cat", "/f"]], ("string", "x")),
             T("empty", BTRFS2 + [["btrfs_device_delete", "/dev/sda2",
                                   "/"]], ("fail",)),
             # A device not in the filesystem.
             T("empty", BTRFS2 + [["btrfs_device_delete", "/dev/sda3",
                                   "/"]], ("fail",))]),
    b(610, "btrfs_set_seeding", RErr(), [Device("device"), Bool("seeding")],
      "set or clear the seeding flag of a btrfs device",
      "Set (C<seeding> true) or clear the seeding flag of the unmounted "
      "btrfs filesystem on C<device>.  A seeding filesystem mounts "
      "read-only and can be the base of new filesystems.",
      since="1.17.43",
      tests=[T("empty", BTRFS1 + [["umount", "/"],
                                  ["btrfs_set_seeding", "/dev/sda1", "true"],
                                  ["mount", "/dev/sda1", "/"],
                                  ["touch", "/f"]], ("fail",)),
             T("empty", BTRFS1 + [["umount", "/"],
                                  ["btrfs_set_seeding", "/dev/sda1", "true"],
                                  ["btrfs_set_seeding", "/dev/sda1",
                                   "false"],
                                  ["mount", "/dev/sda1", "/"],
                                  ["touch", "/f"],
                                  ["exists", "/f"]], ("true",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ext4", "/dev/sda1"],
                         ["btrfs_set_seeding", "/dev/sda1", "true"]],
               ("fail",))]),
    b(611, "btrfs_fsck", RErr(), [Device("device")],
      "check a btrfs filesystem",
      "Check the unmounted btrfs filesystem on C<device>; fail if it "
      "has errors.  C<superblock> picks the superblock copy to use (0, "
      "1 or 2); C<repair> tries to fix what is found (risky: see "
      "L<btrfs-check(8)>).",
      optargs=[OInt64("superblock"), OBool("repair")],
      since="1.17.43",
      tests=[T("empty", BTRFS1 + [["write", "/f", "x"], ["umount", "/"],
                                  ["btrfs_fsck", "/dev/sda1"]]),
             T("empty", BTRFS1 + [["umount", "/"],
                                  ["btrfs_fsck", "/dev/sda1",
                                   "superblock:1"]]),
             T("empty", BTRFS1 + [["umount", "/"],
                                  ["btrfs_fsck", "/dev/sda1",
                                   "superblock:7"]], ("fail",)),
             T("basicfs", [["umount", "/"], ["btrfs_fsck", "/dev/sda1"]],
               ("fail",))]),
    b(612, "btrfs_filesystem_resize", RErr(), [Pathname("mountpoint")],
      "resize a btrfs filesystem",
      "Grow or shrink the mounted btrfs filesystem at C<mountpoint> "
      "(btrfs resizes only mounted filesystems, so this takes the "
      "mount point, not the device).\n\n"
      "C<size> is the new size in bytes; without it the filesystem "
      "fills its device.  The kernel refuses sizes below 256 MiB.  "
      "See L<btrfs-filesystem(8)>.",
      optargs=[OInt64("size")], since="1.11.17",
      # statvfs counts the size of the device in 4 KiB blocks.
      tests=[T("empty", BTRFS_BIG + [
                 ["mkfs_btrfs", "/dev/sda1"],
                 ["mount", "/dev/sda1", "/"],
                 ["btrfs_filesystem_resize", "/", "size:314572800"],
                 ["statvfs", "/"]], ("struct", {"blocks": 76800})),
             T("empty", BTRFS_BIG + [
                 ["mkfs_btrfs", "/dev/sda1", "bytecount:314572800"],
                 ["mount", "/dev/sda1", "/"],
                 ["btrfs_filesystem_resize", "/"],
                 ["statvfs", "/"]], ("struct", {"blocks": 128000})),
             # Below the kernel's minimum.
             T("empty", BTRFS_BIG + [
                 ["mkfs_btrfs", "/dev/sda1"],
                 ["mount", "/dev/sda1", "/"],
                 ["btrfs_filesystem_resize", "/", "size:209715200"]],
               ("fail",)),
             T("empty", BTRFS1 + [["btrfs_filesystem_resize", "/",
                                   "size:-1"]], ("fail",)),
             T("empty", BTRFS1 + [["btrfs_filesystem_resize", "/",
                                   "size:1048576"]], ("fail",)),
             T("basicfs", [["btrfs_filesystem_resize", "/"]], ("fail",))]),
    b(613, "btrfs_subvolume_get_default", RInt64(),
      [Mountable_or_Path("fs")],
      "the subvolume a btrfs filesystem mounts by default",
      "Return the ID of the subvolume that mounting the btrfs "
      "filesystem C<fs> by its device gives (5, the top level, unless "
      "C<guestfs_btrfs_subvolume_set_default> changed it).  C<fs> is a "
      "path in the mounted filesystems, or a device or mountable, then "
      "mounted for the call.",
      since="1.29.17",
      tests=[T("empty", BTRFS1 + [["btrfs_subvolume_get_default", "/"]],
               ("int", 5)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_set_default", "257", "/"],
                 ["umount", "/"],
                 ["btrfs_subvolume_get_default", "/dev/sda1"]],
               ("int", 257)),
             T("basicfs", [["btrfs_subvolume_get_default", "/"]],
               ("fail",))]),
    b(614, "btrfs_subvolume_show", RHashtable(), [Pathname("subvolume")],
      "details of a btrfs subvolume",
      "Return what L<btrfs-subvolume(8)> C<show> says about the "
      "subvolume at C<subvolume>, as pairs: C<path> (from the top of "
      "the filesystem), then C<Name>, C<UUID>, C<Subvolume ID>, ... as "
      "it names them.  A value shown as C<-> is the empty string; "
      "C<Snapshot(s)> holds the snapshots' paths separated by commas.  "
      "A directory that is not a subvolume is an error.",
      since="1.29.17",
      tests=[T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_show", "/sub"]],
               ("pair", "Subvolume ID", "256")),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_snapshot", "/sub", "/snap"],
                 ["btrfs_subvolume_snapshot", "/sub", "/dir/snap2"],
                 ["btrfs_subvolume_show", "/sub"]],
               ("pair", "Snapshot(s)", "snap,dir/snap2")),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_show", "/dir"]], ("fail",))]),
    b(615, "btrfs_quota_enable", RErr(),
      [Mountable_or_Path("fs"), Bool("enable")],
      "turn btrfs quotas on or off",
      "Turn quota groups on (C<enable> true) or off for the btrfs "
      "filesystem C<fs>: a path in the mounted filesystems, or a device "
      "or mountable, then mounted for the call.",
      since="1.29.17",
      tests=[T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_show", "/"]], ("len", 3)),
             T("empty", BTRFS_SUBVOLS + [
                 ["umount", "/"],
                 ["btrfs_quota_enable", "/dev/sda1", "true"],
                 ["mount", "/dev/sda1", "/"],
                 ["btrfs_qgroup_show", "/"]], ("len", 3)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_quota_enable", "/", "false"],
                 ["btrfs_qgroup_show", "/"]], ("fail",)),
             T("basicfs", [["btrfs_quota_enable", "/", "true"]],
               ("fail",))]),
    b(616, "btrfs_quota_rescan", RErr(), [Mountable_or_Path("fs")],
      "recount the usage of btrfs quota groups",
      "Throw away the usage counted for every quota group of the btrfs "
      "filesystem C<fs> and count it again; returns when done.  Quotas "
      "must be on.",
      since="1.29.17",
      tests=[T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_quota_rescan", "/"],
                 ["btrfs_qgroup_show", "/"]], ("len", 3)),
             # Quotas are off.
             T("empty", BTRFS_SUBVOLS + [["btrfs_quota_rescan", "/"]],
               ("fail",))]),
    b(617, "btrfs_qgroup_limit", RErr(),
      [Pathname("subvolume"), Int64("size")],
      "limit the space of a btrfs subvolume",
      "Limit the space the subvolume at C<subvolume> may refer to to "
      "C<size> bytes.  Quotas must be on.",
      since="1.29.17",
      tests=[T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_limit", "/sub", "65536"],
                 ["fill", "0", "1048576", "/sub/big"]], ("fail",)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_limit", "/sub", "10485760"],
                 ["fill", "0", "1048576", "/sub/big"],
                 ["filesize", "/sub/big"]], ("int", 1048576)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_limit", "/sub", "-5"]], ("fail",))]),
    b(618, "btrfs_qgroup_create", RErr(),
      [String("qgroupid"), Pathname("subvolume")],
      "make a btrfs quota group",
      "Make the quota group C<qgroupid> (C<LEVEL/ID>) in the btrfs "
      "filesystem holding C<subvolume>.",
      since="1.29.17",
      tests=[T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_create", "1/0", "/sub"],
                 ["btrfs_qgroup_show", "/"]], ("len", 4)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_create", "-x", "/sub"]], ("fail",)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_qgroup_create", "1/0", "/sub"]], ("fail",))]),
    b(619, "btrfs_qgroup_destroy", RErr(),
      [String("qgroupid"), Pathname("subvolume")],
      "remove a btrfs quota group",
      "Remove the quota group C<qgroupid> from the btrfs filesystem "
      "holding C<subvolume>.",
      since="1.29.17",
      tests=[T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_create", "1/0", "/sub"],
                 ["btrfs_qgroup_destroy", "1/0", "/sub"],
                 ["btrfs_qgroup_show", "/"]], ("len", 3)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_destroy", "1/7", "/sub"]], ("fail",))]),
    b(620, "btrfs_qgroup_show", RStructList("btrfsqgroup"),
      [Pathname("path")],
      "list btrfs quota groups",
      "List the quota groups of the btrfs filesystem holding C<path>, "
      "with the bytes each refers to (C<rfer>) and holds alone "
      "(C<excl>).  Quotas must be on.",
      since="1.29.17",
      tests=[T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_show", "/"]], ("len", 3)),
             T("empty", BTRFS_SUBVOLS + [["btrfs_qgroup_show", "/"]],
               ("fail",)),
             T("basicfs", [["btrfs_qgroup_show", "/"]], ("fail",))]),
    b(621, "btrfs_qgroup_assign", RErr(),
      [String("src"), String("dst"), Pathname("path")],
      "make a btrfs quota group a member of another",
      "Make quota group C<src> a member of the higher-level group "
      "C<dst>, in the btrfs filesystem holding C<path>, so that limits "
      "on C<dst> cover it.",
      since="1.29.17",
      tests=[T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_create", "1/0", "/"],
                 ["btrfs_qgroup_assign", "0/256", "1/0", "/"],
                 ["btrfs_qgroup_destroy", "1/0", "/"]], ("fail",)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_create", "1/0", "/"],
                 ["btrfs_qgroup_assign", "0/256", "1/0", "/"]]),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_assign", "0/256", "1/9", "/"]], ("fail",)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_assign", "0/256", "--help", "/"]],
               ("fail",))]),
    b(622, "btrfs_qgroup_remove", RErr(),
      [String("src"), String("dst"), Pathname("path")],
      "take a btrfs quota group out of another",
      "Undo C<guestfs_btrfs_qgroup_assign>: C<src> is no longer a "
      "member of C<dst>.",
      since="1.29.17",
      tests=[T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_create", "1/0", "/"],
                 ["btrfs_qgroup_assign", "0/256", "1/0", "/"],
                 ["btrfs_qgroup_remove", "0/256", "1/0", "/"],
                 ["btrfs_qgroup_destroy", "1/0", "/"],
                 ["btrfs_qgroup_show", "/"]], ("len", 3)),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_quota_enable", "/", "true"],
                 ["btrfs_qgroup_create", "1/0", "/"],
                 ["btrfs_qgroup_remove", "0/256", "1/0", "/"]],
               ("fail",))]),
    b(623, "btrfs_scrub_start", RErr(), [Pathname("path")],
      "scrub a btrfs filesystem",
      "Read all data and metadata of the btrfs filesystem holding "
      "C<path>, verify the checksums and repair what a good copy "
      "exists for.  Returns when the scrub is over; see "
      "C<guestfs_btrfs_scrub_status> for its counts.",
      since="1.29.22",
      tests=[T("empty", BTRFS1 + [["write", "/f", "x"],
                                  ["btrfs_scrub_start", "/"],
                                  ["btrfs_scrub_status", "/"]],
               ("struct", {"btrfsscrub_csum_errors": 0,
                           "btrfsscrub_read_errors": 0,
                           "btrfsscrub_uncorrectable_errors": 0})),
             T("basicfs", [["btrfs_scrub_start", "/"]], ("fail",))]),
    b(624, "btrfs_scrub_cancel", RErr(), [Pathname("path")],
      "stop a running btrfs scrub",
      "Stop the scrub running on the btrfs filesystem holding C<path>.  "
      "Fails if none is running.",
      since="1.29.22",
      tests=[T("empty", BTRFS1 + [["btrfs_scrub_cancel", "/"]], ("fail",)),
             T("basicfs", [["btrfs_scrub_cancel", "/"]], ("fail",))]),
    b(625, "btrfs_scrub_resume", RErr(), [Pathname("path")],
      "continue an interrupted btrfs scrub",
      "Continue a scrub of the btrfs filesystem holding C<path> that "
      "was cancelled or interrupted.  Fails if there is none to "
      "continue.",
      since="1.29.22",
      tests=[T("empty", BTRFS1 + [["btrfs_scrub_resume", "/"]], ("fail",)),
             T("empty", BTRFS1 + [["btrfs_scrub_start", "/"],
                                  ["btrfs_scrub_resume", "/"]], ("fail",))]),
    b(626, "btrfs_balance_pause", RErr(), [Pathname("path")],
      "pause a running btrfs balance",
      "Pause the balance running on the btrfs filesystem holding "
      "C<path>.  Fails if none is running.",
      since="1.29.22",
      tests=[T("empty", BTRFS1 + [["btrfs_balance_pause", "/"]], ("fail",)),
             T("basicfs", [["btrfs_balance_pause", "/"]], ("fail",))]),
    b(627, "btrfs_balance_resume", RErr(), [Pathname("path")],
      "resume a paused btrfs balance",
      "Continue a paused balance of the btrfs filesystem holding "
      "C<path>.  Fails if none is paused.",
      since="1.29.22",
      tests=[T("empty", BTRFS1 + [["btrfs_balance_resume", "/"]],
               ("fail",))]),
    b(628, "btrfs_filesystem_defragment", RErr(), [Pathname("path")],
      "defragment files of a btrfs filesystem",
      "Defragment C<path>, a file or a directory and everything under "
      "it.  C<flush> writes each file out once done; C<compress> "
      "(C<zlib> or C<lzo>) compresses the data it rewrites.",
      optargs=[OBool("flush"), OString("compress")],
      since="1.29.22",
      tests=[T("empty", BTRFS1 + [["fill", "65", "1048576", "/f"],
                                  ["btrfs_filesystem_defragment", "/",
                                   "flush:true", "compress:zlib"],
                                  ["checksum", "md5", "/f"]],
               ("string", "e6065c4aa2ab1603008fc18410f579d4")),
             T("empty", BTRFS1 + [["btrfs_filesystem_defragment", "/",
                                   "compress:gzip"]], ("fail",)),
             T("empty", BTRFS1 + [["btrfs_filesystem_defragment",
                                   "/nosuch"]], ("fail",))]),
    b(629, "btrfs_rescue_chunk_recover", RErr(), [Device("device")],
      "rebuild the chunk tree of a btrfs filesystem",
      "Rebuild the chunk tree of the unmounted btrfs filesystem on "
      "C<device> by scanning its devices.",
      since="1.29.22",
      # It reads all of the device: a small one (minutes for 512 MiB
      # under TCG).
      tests=[T("empty", BTRFS_SMALL + [["mkfs_btrfs", "/dev/sda1"],
                                       ["mount", "/dev/sda1", "/"],
                                       ["write", "/f", "x"],
                                       ["umount", "/"],
                                       ["btrfs_rescue_chunk_recover",
                                        "/dev/sda1"],
                                       ["mount", "/dev/sda1", "/"],
                                       ["cat", "/f"]], ("string", "x")),
             # Mounted.
             T("empty", BTRFS_SMALL + [["mkfs_btrfs", "/dev/sda1"],
                                       ["mount", "/dev/sda1", "/"],
                                       ["btrfs_rescue_chunk_recover",
                                        "/dev/sda1"]], ("fail",)),
             T("empty", [["btrfs_rescue_chunk_recover", "/dev/sdz1"]],
               ("fail",))]),
    b(630, "btrfs_rescue_super_recover", RErr(), [Device("device")],
      "repair btrfs superblocks from their copies",
      "Replace damaged superblocks of the unmounted btrfs filesystem "
      "on C<device> by good copies.  Succeeds with nothing to do when "
      "all are valid.",
      since="1.29.22",
      tests=[T("empty", BTRFS1 + [["write", "/f", "x"], ["umount", "/"],
                                  ["btrfs_rescue_super_recover",
                                   "/dev/sda1"],
                                  ["mount", "/dev/sda1", "/"],
                                  ["cat", "/f"]], ("string", "x")),
             T("basicfs", [["umount", "/"],
                           ["btrfs_rescue_super_recover", "/dev/sda1"]],
               ("fail",))]),
    b(631, "btrfs_balance_cancel", RErr(), [Pathname("path")],
      "stop a btrfs balance",
      "Stop the balance running or paused on the btrfs filesystem "
      "holding C<path>.  Fails if there is none.",
      since="1.29.22",
      tests=[T("empty", BTRFS1 + [["btrfs_balance_cancel", "/"]],
               ("fail",))]),
    b(632, "btrfs_balance_status", RStruct("btrfsbalance"),
      [Pathname("path")],
      "state of the balance of a btrfs filesystem",
      "Tell whether a balance runs on the btrfs filesystem holding "
      "C<path>: C<btrfsbalance_status> is C<none>, C<running> or "
      "C<paused>, and for the last two the counts of chunks in "
      "total, balanced and considered, and the percentage left.",
      since="1.29.26",
      tests=[T("empty", BTRFS1 + [["btrfs_filesystem_balance", "/"],
                                  ["btrfs_balance_status", "/"]],
               ("struct", {"btrfsbalance_status": "none",
                           "btrfsbalance_total": 0})),
             T("basicfs", [["btrfs_balance_status", "/"]], ("fail",))]),
    b(633, "btrfs_scrub_status", RStruct("btrfsscrub"), [Pathname("path")],
      "counts of the last btrfs scrub",
      "Return the counts of the running or last scrub of the btrfs "
      "filesystem holding C<path> (bytes and extents read, errors "
      "found and corrected, ...).  They are all 0 if it was never "
      "scrubbed.",
      since="1.29.26",
      tests=[T("empty", BTRFS1 + [["btrfs_scrub_status", "/"]],
               ("struct", {"btrfsscrub_tree_extents_scrubbed": 0,
                           "btrfsscrub_data_bytes_scrubbed": 0})),
             T("empty", BTRFS1 + [["fill", "65", "65536", "/f"],
                                  ["sync"],
                                  ["btrfs_scrub_start", "/"],
                                  ["btrfs_scrub_status", "/"]],
               ("struct", {"btrfsscrub_data_bytes_scrubbed": 65536,
                           "btrfsscrub_data_extents_scrubbed": 1})),
             T("basicfs", [["btrfs_scrub_status", "/"]], ("fail",))]),
    b(634, "btrfstune_seeding", RErr(), [Device("device"), Bool("seeding")],
      "set or clear the seeding flag of a btrfs device",
      "The same as C<guestfs_btrfs_set_seeding>: a seeding btrfs "
      "filesystem mounts read-only and serves as the base of new "
      "ones.",
      since="1.29.29",
      tests=[T("empty", BTRFS1 + [["umount", "/"],
                                  ["btrfstune_seeding", "/dev/sda1", "true"],
                                  ["mount", "/dev/sda1", "/"],
                                  ["touch", "/f"]], ("fail",)),
             T("empty", BTRFS1 + [["umount", "/"],
                                  ["btrfstune_seeding", "/dev/sda1", "true"],
                                  ["btrfstune_seeding", "/dev/sda1",
                                   "false"],
                                  ["mount", "/dev/sda1", "/"],
                                  ["touch", "/f"],
                                  ["exists", "/f"]], ("true",)),
             T("basicfs", [["umount", "/"],
                           ["btrfstune_seeding", "/dev/sda1", "true"]],
               ("fail",))]),
    b(635, "btrfstune_enable_extended_inode_refs", RErr(),
      [Device("device")],
      "turn on extended inode refs",
      "Turn on the C<extref> feature (more hard links per file) of the "
      "unmounted btrfs filesystem on C<device>.  New filesystems have "
      "it already.",
      since="1.29.29",
      tests=[T("empty", BTRFS1 + [["umount", "/"],
                                  ["btrfstune_enable_extended_inode_refs",
                                   "/dev/sda1"],
                                  ["btrfs_fsck", "/dev/sda1"]]),
             T("basicfs", [["umount", "/"],
                           ["btrfstune_enable_extended_inode_refs",
                            "/dev/sda1"]], ("fail",))]),
    b(636, "btrfstune_enable_skinny_metadata_extent_refs", RErr(),
      [Device("device")],
      "turn on skinny metadata extent refs",
      "Turn on the C<skinny-metadata> feature (smaller metadata "
      "extent items) of the unmounted btrfs filesystem on C<device>.  "
      "New filesystems have it already.",
      since="1.29.29",
      tests=[T("empty", BTRFS1 + [
                 ["umount", "/"],
                 ["btrfstune_enable_skinny_metadata_extent_refs",
                  "/dev/sda1"],
                 ["btrfs_fsck", "/dev/sda1"]]),
             T("basicfs", [["umount", "/"],
                           ["btrfstune_enable_skinny_metadata_extent_refs",
                            "/dev/sda1"]], ("fail",))]),
    b(637, "btrfs_image", RErr(),
      [DeviceList("source"), Pathname("image")],
      "save the metadata of a btrfs filesystem",
      "Write to C<image> (a file in the mounted filesystems) an image "
      "of the btrfs filesystem on the devices C<source>: its metadata, "
      "with the file data left out, as L<btrfs-image(8)> makes it.  "
      "C<compresslevel> (0 to 9) compresses it.  All of C<source> must "
      "be devices of the one filesystem (it is read from the first, "
      "which finds the others).",
      optargs=[OInt("compresslevel")], since="1.29.32",
      tests=[T("empty", BTRFS_PARTS + [
                 ["mkfs_btrfs", "/dev/sda1"],
                 ["mkfs", "ext4", "/dev/sda3"],
                 ["mount", "/dev/sda3", "/"],
                 ["btrfs_image", "/dev/sda1", "/img", "compresslevel:2"],
                 ["is_file", "/img"]], ("true",)),
             T("empty", BTRFS_PARTS + [
                 ["mkfs_btrfs", "/dev/sda1"],
                 ["mkfs", "ext4", "/dev/sda3"],
                 ["mount", "/dev/sda3", "/"],
                 ["btrfs_image", "/dev/sda1", "/img", "compresslevel:10"]],
               ("fail",)),
             T("empty", BTRFS_PARTS + [
                 ["mkfs_btrfs", "/dev/sda1 /dev/sda2"],
                 ["mkfs", "ext4", "/dev/sda3"],
                 ["mount", "/dev/sda3", "/"],
                 ["btrfs_image", "/dev/sda1 /dev/sda2", "/img"],
                 ["is_file", "/img"]], ("true",)),
             # Devices of two filesystems (btrfs-image would overwrite
             # the second).
             T("empty", BTRFS_PARTS + [
                 ["mkfs_btrfs", "/dev/sda1"],
                 ["mkfs_btrfs", "/dev/sda2"],
                 ["mkfs", "ext4", "/dev/sda3"],
                 ["mount", "/dev/sda3", "/"],
                 ["btrfs_image", "/dev/sda1 /dev/sda2", "/img"]],
               ("fail",)),
             T("empty", BTRFS_PARTS + [
                 ["mkfs", "ext4", "/dev/sda1"],
                 ["mkfs", "ext4", "/dev/sda3"],
                 ["mount", "/dev/sda3", "/"],
                 ["btrfs_image", "/dev/sda1", "/img"]], ("fail",))]),
    b(638, "btrfs_replace", RErr(),
      [Device("srcdev"), Device("targetdev"), Pathname("mntpoint")],
      "move a btrfs filesystem off one device onto another",
      "Copy what the mounted btrfs filesystem at C<mntpoint> holds on "
      "C<srcdev> to C<targetdev>, then take C<srcdev> out of it (and "
      "wipe its signature).  C<targetdev> must be at least as large and "
      "not mounted; what it held is lost.",
      since="1.29.48",
      tests=[T("empty", BTRFS_PARTS + [
                 ["mkfs_btrfs", "/dev/sda1"],
                 ["mount", "/dev/sda1", "/"],
                 ["write", "/f", "x"],
                 ["btrfs_replace", "/dev/sda1", "/dev/sda2", "/"],
                 ["btrfs_filesystem_show", "/dev/sda2"]],
               ("strings", ["/dev/sda2"])),
             T("empty", BTRFS_PARTS + [
                 ["mkfs_btrfs", "/dev/sda1"],
                 ["mount", "/dev/sda1", "/"],
                 ["write", "/f", "x"],
                 ["btrfs_replace", "/dev/sda1", "/dev/sda2", "/"],
                 ["umount", "/"],
                 ["mount", "/dev/sda2", "/"],
                 ["cat", "/f"]], ("string", "x")),
             # The target is smaller than the source.
             T("empty", [["part_init", "/dev/sda", "mbr"],
                         ["part_add", "/dev/sda", "p", "2048", "493567"],
                         ["part_add", "/dev/sda", "p", "493568", "780287"],
                         ["mkfs_btrfs", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["btrfs_replace", "/dev/sda1", "/dev/sda2", "/"]],
               ("fail",)),
             T("empty", BTRFS_PARTS + [
                 ["mkfs_btrfs", "/dev/sda1"],
                 ["mount", "/dev/sda1", "/"],
                 ["btrfs_replace", "/dev/sda1", "/dev/sdz1", "/"]],
               ("fail",))]),
    b(639, "btrfs_filesystem_show", RStringList(), [Device("device")],
      "the devices of a btrfs filesystem",
      "Return the devices that make up the btrfs filesystem on "
      "C<device>, in canonical names.  If one of them is missing the "
      "call fails with C<errno> C<ENODEV>.",
      since="1.33.29",
      tests=[T("empty", BTRFS2 + [["btrfs_filesystem_show", "/dev/sda2"]],
               ("strings", ["/dev/sda1", "/dev/sda2"])),
             T("empty", BTRFS_PARTS + [
                 ["mkfs_btrfs", "/dev/sda1 /dev/sda2"],
                 ["zero", "/dev/sda2"],
                 ["btrfs_filesystem_show", "/dev/sda1"]], ("fail",)),
             T("basicfs", [["btrfs_filesystem_show", "/dev/sda1"]],
               ("fail",))]),
    d(640, "mountable_subvolume", RString(), [Mountable("mountable")],
      "the subvolume of a btrfs mountable",
      "Return the subvolume path of a C<btrfsvol:DEVICE/SUBVOLUME> "
      "mountable (C<guestfs_mountable_device> returns the device).  "
      "Any other mountable is an error with C<errno> C<EINVAL>.",
      since="1.33.15",
      tests=[T("empty", BTRFS_SUBVOLS + [
                 ["mountable_subvolume", "btrfsvol:/dev/sda1/dir/sub2"]],
               ("string", "dir/sub2")),
             T("basicfs", [["mountable_subvolume", "/dev/sda1"]],
               ("fail",)),
             T("empty", [["mountable_subvolume", "btrfsvol:/dev/sdz1/x"]],
               ("fail",))]),
]


# btrfs subvolumes as mountables (btrfsvol:DEVICE/SUBVOLUME) in the
# actions that take a Mountable.
MOUNTABLE_TESTS = {
    "mount": [
        T("empty", BTRFS_SUBVOLS + [["write", "/sub/f", "in sub"],
                                    ["umount", "/"],
                                    ["mount", "btrfsvol:/dev/sda1/sub", "/"],
                                    ["cat", "/f"]], ("string", "in sub")),
        T("empty", BTRFS_SUBVOLS + [["umount", "/"],
                                    ["mount", "btrfsvol:/dev/sda1/dir/sub2",
                                     "/"],
                                    ["mounts"]], ("strings", ["/dev/sda1"])),
        T("empty", BTRFS_SUBVOLS + [["umount", "/"],
                                    ["mount", "btrfsvol:/dev/sda1/nosuch",
                                     "/"]], ("fail",)),
        T("empty", BTRFS_SUBVOLS + [["umount", "/"],
                                    ["mount", "btrfsvol:/dev/sda1", "/"]],
          ("fail",)),
        T("empty", [["mount", "btrfsvol:/dev/sdz1/sub", "/"]], ("fail",)),
    ],
    "mount_ro": [
        T("empty", BTRFS_SUBVOLS + [["umount", "/"],
                                    ["mount_ro", "btrfsvol:/dev/sda1/sub",
                                     "/"],
                                    ["touch", "/f"]], ("fail",)),
    ],
    "mount_options": [
        T("empty", BTRFS_SUBVOLS + [["write", "/sub/f", "in sub"],
                                    ["umount", "/"],
                                    ["mount_options", "subvol=sub",
                                     "/dev/sda1", "/"],
                                    ["cat", "/f"]], ("string", "in sub")),
        T("empty", BTRFS_SUBVOLS + [["write", "/dir/sub2/f", "in sub2"],
                                    ["umount", "/"],
                                    ["mount_options", "ro",
                                     "btrfsvol:/dev/sda1/dir/sub2", "/"],
                                    ["cat", "/f"]], ("string", "in sub2")),
    ],
    "set_label": [
        T("empty", BTRFS1 + [["set_label", "/dev/sda1", "btrfslabel"],
                             ["vfs_label", "/dev/sda1"]],
          ("string", "btrfslabel")),
        T("empty", BTRFS_SUBVOLS + [["set_label", "btrfsvol:/dev/sda1/sub",
                                     "-L"],
                                    ["vfs_label", "btrfsvol:/dev/sda1/sub"]],
          ("string", "-L")),
        T("empty", BTRFS1 + [["set_label", "/dev/sda1", "x" * 256]],
          ("fail",)),
    ],
    "vfs_type": [
        T("empty", BTRFS_SUBVOLS + [["vfs_type", "btrfsvol:/dev/sda1/sub"]],
          ("string", "btrfs")),
    ],
    "mountable_device": [
        T("empty", BTRFS_SUBVOLS + [["mountable_device",
                                     "btrfsvol:/dev/vda1/dir/sub2"]],
          ("string", "/dev/sda1")),
        T("empty", [["mountable_device", "btrfsvol:/dev/sda"]], ("fail",)),
    ],
    "list_filesystems": [
        T("empty", BTRFS_SUBVOLS + [["list_filesystems"]],
          ("strings", ["/dev/sda1", "btrfs",
                       "btrfsvol:/dev/sda1/sub", "btrfs",
                       "btrfsvol:/dev/sda1/dir/sub2", "btrfs",
                       "/dev/sdb1", "ext4"])),
        # The default subvolume is the device itself.
        T("empty", BTRFS_SUBVOLS + [["btrfs_subvolume_set_default", "256",
                                     "/"],
                                    ["umount", "/"],
                                    ["list_filesystems"]],
          ("strings", ["/dev/sda1", "btrfs",
                       "btrfsvol:/dev/sda1/dir/sub2", "btrfs",
                       "/dev/sdb1", "ext4"])),
        T("empty", BTRFS2 + [["list_filesystems"]], ("len", 4)),
        # Listing mounts the filesystem again, read-only, for a moment:
        # the mount on / stays writable.
        T("empty", BTRFS_SUBVOLS + [["list_filesystems"],
                                    ["touch", "/after"],
                                    ["exists", "/after"]], ("true",)),
    ],
}
for _a in DAEMON_ACTIONS:
    _a.tests.extend(MOUNTABLE_TESTS.get(_a.name, []))

# --------------------------------------------------- ext2/3/4 and xfs
# Procedure numbers 700-799.

EXT_XFS_ACTIONS = [
]

# ----------------------------------- ntfs, fsck, trim, zeroing, scrub
# Procedure numbers 800-899.

FS_MAINT_ACTIONS = [
]

ACTIONS = (LIBRARY_ACTIONS + DAEMON_ACTIONS + LVM_ACTIONS + PARTITION_ACTIONS + BLOCKDEV_ACTIONS + CRYPT_MD_SWAP_ACTIONS + LDM_ACTIONS + BTRFS_ACTIONS + EXT_XFS_ACTIONS + FS_MAINT_ACTIONS)
