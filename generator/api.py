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
    String, OptString, Pathname, Device, Dev_or_Path, Mountable, Key,
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
      "Return the device of C<mountable>, in canonical form.  Every "
      "mountable is a device for now (btrfs subvolumes are not "
      "supported yet), so this checks that it exists and returns its "
      "canonical name.", since="1.33.15",
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
    # ---- library side: the drive list, disk images
    Action("device_index", RInt(), [String("device")], since="1.19.7",
           shortdesc="convert device to index",
           longdesc="""Return the index (from 0) of the whole disk C<device>
(e.g. C</dev/sdb> is 1) in the list of drives added to the handle, the
order of C<guestfs_list_devices>.  C</dev/vdX> and C</dev/hdX> name the
same disks.  The device must be one that was added: an unknown name, a
partition or an index past the last drive is an error.  Needs no
appliance.""",
           tests=[Test("empty", [["device_index", "/dev/sdb"]], ("int", 1)),
                  Test("empty", [["device_index", "/dev/vda"]], ("int", 0)),
                  Test("empty", [["device_index", "/dev/sdc"]], ("fail",)),
                  Test("empty", [["device_index", "/dev/sda1"]], ("fail",)),
                  Test("empty", [["device_index", "sda"]], ("fail",))]),
    Action("device_name", RString(), [Int("index")], since="1.49.1",
           shortdesc="convert device index to name",
           longdesc="""Return the device name of the drive with index C<index>
(from 0): 0 is C</dev/sda>, 1 C</dev/sdb> and so on.  The inverse of
C<guestfs_device_index>.  An index outside the drives added is an
error.  Needs no appliance.""",
           tests=[Test("empty", [["device_name", "1"]],
                       ("string", "/dev/sdb")),
                  Test("empty", [["device_name", "2"]], ("fail",)),
                  Test("empty", [["device_name", "-1"]], ("fail",))]),
    Action("nr_devices", RInt(), [], since="1.19.15",
           shortdesc="return number of whole block devices (disks) added",
           longdesc="""Return the number of whole block devices (drives)
added to the handle: the number of devices C<guestfs_list_devices>
returns once launched.  See C<guestfs_max_disks> for how many may be
added.""",
           tests=[Test("empty", [["nr_devices"]], ("int", 2))]),
    Action("max_disks", RInt(), [], since="1.19.7",
           shortdesc="maximum number of disks that may be added",
           longdesc="""Return the maximum number of drives that may be added
to a handle (by C<guestfs_add_drive_opts> and similar calls): 255, the
virtio-scsi targets the appliance has left after its own root disk.""",
           tests=[Test("none", [["max_disks"]], ("int", 255))]),
    Action("remove_drive", RErr(), [String("label")], since="1.19.49",
           deprecated_no_replacement=True,
           shortdesc="remove a disk image",
           longdesc="""This call does nothing and returns an error, as in
libguestfs 1.48, which removed hotplugging: add only the drives needed
before C<guestfs_launch>.""",
           tests=[Test("empty", [["remove_drive", "label"]], ("fail",))]),
    Action("list_9p", RStringList(), [], since="1.11.12",
           deprecated_no_replacement=True,
           shortdesc="list 9p filesystems",
           longdesc="""This call does nothing and returns an error, as in
libguestfs 1.48, which removed virtio-9p support.""",
           tests=[Test("none", [["list_9p"]], ("fail",))]),
    Action("mount_9p", RErr(), [String("mounttag"), String("mountpoint")],
           [OString("options")], since="1.11.12",
           deprecated_no_replacement=True,
           shortdesc="mount 9p filesystem",
           longdesc="""This call does nothing and returns an error, as in
libguestfs 1.48, which removed virtio-9p support.""",
           tests=[Test("none", [["mount_9p", "tag", "/"]], ("fail",))]),
    Action("disk_create", RErr(),
           [String("filename"), String("format"), Int64("size")],
           [OString("backingfile"), OString("backingformat"),
            OString("preallocation"), OString("compat"),
            OInt("clustersize")], since="1.25.31",
           shortdesc="create a blank disk image",
           longdesc="""Create a blank disk image C<filename> (a host file) of
format C<format>, C<raw> or C<qcow2>, and C<size> bytes.  A host block
device is formatted instead (C<size> is then ignored).

With C<backingfile> (C<qcow2> only) the image is a snapshot on top of
it: C<size> must be C<-1>, and the size is the backing file's.  Pass
C<backingformat> too: without it the backing file must be one that
C<guestfs_disk_format> calls C<raw>, since guessing any other format
would let whoever wrote the backing file choose what its header makes
qemu open later.  A relative C<backingfile> is relative to the
directory of C<filename>, as qemu reads it.

C<preallocation>: C<off> (or C<sparse>, the default) or C<full> for
C<raw>; C<off> (C<sparse>), C<metadata> or C<full> for C<qcow2>.

C<compat> (C<qcow2> only): C<0.10> or C<1.1>.

C<clustersize> (C<qcow2> only): a power of two from 512 to 2097152
(default 65536).

The new disk is not added to the handle.""",
           tests=[Test("none", [["disk_create", "/nonexistent/dir/x.img",
                                 "raw", "1024"]], ("fail",))]),
    Action("disk_format", RString(), [String("filename")], since="1.19.38",
           shortdesc="detect the disk format of a disk image",
           longdesc="""Detect the format of the disk image (or host device)
C<filename> with C<qemu-img info> and return it, e.g. C<raw> or
C<qcow2>, or C<unknown> if qemu-img names none.  qemu-img never opens
a backing file here.  Beware: a format detected in an untrusted image
is not to be trusted (a raw image may hold a qcow2 header naming any
host file as its backing file); see C<guestfs_add_drive_opts>.""",
           tests=[Test("none", [["disk_format", "/dev/null"]],
                       ("string", "raw")),
                  Test("none", [["disk_format", "/nonexistent"]],
                       ("fail",))]),
    Action("disk_has_backing_file", RBool(), [String("filename")],
           since="1.19.39",
           shortdesc="return whether disk has a backing file",
           longdesc="""Detect whether the disk image C<filename> has a
backing file, with C<qemu-img info> (which does not open it).  The same
caution as for C<guestfs_disk_format> applies.""",
           tests=[Test("none", [["disk_has_backing_file", "/dev/null"]],
                       ("false",)),
                  Test("none", [["disk_has_backing_file", "/nonexistent"]],
                       ("fail",))]),
    Action("disk_virtual_size", RInt64(), [String("filename")],
           since="1.19.39",
           shortdesc="return virtual size of a disk",
           longdesc="""Detect the virtual size in bytes of the disk image
C<filename> with C<qemu-img info>.  The same caution as for
C<guestfs_disk_format> applies.""",
           tests=[Test("none", [["disk_virtual_size", "/dev/null"]],
                       ("int", 0)),
                  Test("none", [["disk_virtual_size", "/nonexistent"]],
                       ("fail",))]),

    # ---- daemon: block devices
    d(300, "blkid", RHashtable(), [Device("device")],
      "print block device attributes",
      """Return the attributes C<blkid -p -i> finds on C<device>, as
pairs such as C<TYPE>/C<ext2>, C<UUID>, C<LABEL>, C<USAGE>
(C<filesystem>, C<raid>, ...), C<VERSION>, partition attributes
(C<PART_ENTRY_NUMBER>, ...) and I/O limits (C<MINIMUM_IO_SIZE>, ...).
C<DEVNAME> is the canonical device name.""", since="1.15.9",
      tests=[T("basicfs", [["blkid", "/dev/sda1"]], ("run",)),
             T("empty", [["blkid", "/dev/sdz"]], ("fail",))]),
    d(301, "blockdev_flushbufs", RErr(), [Device("device")],
      "flush device buffers",
      "Make the kernel write out, then drop, the buffers of C<device> "
      "(C<BLKFLSBUF>, as C<blockdev --flushbufs>).", since="1.9.3",
      tests=[T("empty", [["blockdev_flushbufs", "/dev/sda"]]),
             T("empty", [["blockdev_flushbufs", "/dev/sdz"]], ("fail",))]),
    d(302, "blockdev_getbsz", RInt(), [Device("device")],
      "get blocksize of block device",
      "Return the kernel's block size for C<device> (C<BLKBSZGET>).  "
      "This is neither the sector size nor a filesystem's block size, "
      "and hardly anything uses it.", since="1.9.3",
      tests=[T("empty", [["blockdev_getbsz", "/dev/sda"]], ("int", 4096)),
             T("empty", [["blockdev_getbsz", "/dev/sdz"]], ("fail",))]),
    d(303, "blockdev_getro", RBool(), [Device("device")],
      "is block device set to read-only",
      "True if C<device> is read-only: set so by C<guestfs_blockdev_setro>"
      ", or a drive added read-only.", since="1.9.3",
      tests=[T("empty", [["blockdev_getro", "/dev/sda"]], ("false",)),
             T("empty", [["blockdev_setro", "/dev/sda"],
                         ["blockdev_getro", "/dev/sda"]], ("true",)),
             T("empty", [["blockdev_getro", "/dev/sdz"]], ("fail",))]),
    d(304, "blockdev_getsz", RInt64(), [Device("device")],
      "get total size of device in 512-byte sectors",
      "Return the size of C<device> in 512-byte sectors, whatever its "
      "real sector size (see C<guestfs_blockdev_getss>); "
      "C<guestfs_blockdev_getsize64> gives bytes.", since="1.9.3",
      tests=[T("empty", [["blockdev_getsz", "/dev/sda"]],
               ("int", 512 * 1024 * 2)),
             T("empty", [["blockdev_getsz", "/dev/sdz"]], ("fail",))]),
    d(305, "blockdev_setbsz", RErr(), [Device("device"), Int("blocksize")],
      "set blocksize of block device",
      "This call does nothing (as in libguestfs, where it never did "
      "anything because of a bug in blockdev) beyond checking that "
      "C<device> exists and C<blocksize> is a power of two from 512 to "
      "65536.  To choose a filesystem's block size use the "
      "C<blocksize> argument of C<guestfs_mkfs>.", since="1.9.3",
      deprecated_no_replacement=True,
      tests=[T("empty", [["blockdev_setbsz", "/dev/sda", "4096"],
                         ["blockdev_getbsz", "/dev/sda"]], ("int", 4096)),
             T("empty", [["blockdev_setbsz", "/dev/sda", "1000"]],
               ("fail",)),
             T("empty", [["blockdev_setbsz", "/dev/sda", "0"]], ("fail",)),
             T("empty", [["blockdev_setbsz", "/dev/sdz", "4096"]],
               ("fail",))]),
    d(306, "blockdev_setra", RErr(), [Device("device"), Int("sectors")],
      "set readahead",
      "Set the readahead of C<device> to C<sectors> 512-byte sectors "
      "(C<BLKRASET>, as C<blockdev --setra>).", since="1.29.10",
      tests=[T("empty", [["blockdev_setra", "/dev/sda", "1024"]]),
             T("empty", [["blockdev_setra", "/dev/sda", "-1"]], ("fail",)),
             T("empty", [["blockdev_setra", "/dev/sdz", "1024"]],
               ("fail",))]),
    d(307, "blockdev_setro", RErr(), [Device("device")],
      "set block device to read-only",
      "Make C<device> read-only in the appliance's kernel: writes to it "
      "fail until C<guestfs_blockdev_setrw>.", since="1.9.3",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["blockdev_setro", "/dev/sda"],
                         ["zero", "/dev/sda"]], ("fail",)),
             T("empty", [["blockdev_setro", "/dev/sdz"]], ("fail",))]),
    d(308, "blockdev_setrw", RErr(), [Device("device")],
      "set block device to read-write",
      "Make C<device> writable again after C<guestfs_blockdev_setro>.  "
      "A drive added read-only stays read-only: that is an error.",
      since="1.9.3",
      tests=[T("empty", [["blockdev_setro", "/dev/sda"],
                         ["blockdev_setrw", "/dev/sda"],
                         ["blockdev_getro", "/dev/sda"]], ("false",)),
             T("empty", [["blockdev_setro", "/dev/sda"],
                         ["blockdev_setrw", "/dev/sda"],
                         ["zero", "/dev/sda"]]),
             T("empty", [["blockdev_setrw", "/dev/sdz"]], ("fail",))]),
    d(309, "is_whole_device", RBool(), [Device("device")],
      "test if a device is a whole device",
      "True if C<device> is a whole disk, not a partition nor a logical "
      "device (LVM, device-mapper, md).", since="1.21.9",
      tests=[T("basicfs", [["is_whole_device", "/dev/sda"]], ("true",)),
             T("basicfs", [["is_whole_device", "/dev/sda1"]], ("false",)),
             T("basicfs", [["is_whole_device", "/dev/sdz"]], ("fail",))]),
    d(310, "is_zero_device", RBool(), [Device("device")],
      "test if a device contains all zero bytes",
      "True if C<device> exists and holds only zero bytes.  It reads "
      "the whole device, which can take long for a big one.",
      since="1.11.8", progress=True,
      tests=[T("empty", [["zero_device", "/dev/sda"],
                         ["is_zero_device", "/dev/sda"]], ("true",)),
             T("basicfs", [["is_zero_device", "/dev/sda"]], ("false",)),
             T("empty", [["is_zero_device", "/dev/sdz"]], ("fail",))]),
    d(311, "zero_device", RErr(), [Device("device")],
      "write zeroes to an entire device",
      "Write zeroes over all of C<device> (C<guestfs_zero> clears only "
      "the first blocks).  Blocks already zero are not written, so a "
      "sparse image stays sparse.", since="1.3.1", progress=True,
      tests=[T("basicfs", [["umount", "/"], ["zero_device", "/dev/sda1"],
                           ["is_zero_device", "/dev/sda1"]], ("true",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["blockdev_setro", "/dev/sda"],
                         ["zero_device", "/dev/sda"]], ("fail",)),
             T("empty", [["zero_device", "/dev/sdz"]], ("fail",))]),
    d(312, "blkdiscard", RErr(), [Device("device")],
      "discard all blocks on a device",
      """Discard all blocks of C<device> (C<BLKDISCARD>), giving the
space back to the host.  The drive must have been added with C<discard>
set to C<enable> or C<besteffort> (see C<guestfs_add_drive_opts>): on
other drives qemu ignores the request, and the call succeeds without
freeing anything.  A read-only device is
an error.  What the blocks read afterwards depends on the device: see
C<guestfs_blkdiscardzeroes>.""", since="1.25.44",
      optional="blkdiscard",
      # The test drives are added without discard: qemu ignores the
      # request (tests/launch/test-launch-blockdev.c has one that
      # frees space).
      tests=[T("empty", [["blkdiscard", "/dev/sda"]]),
             T("empty", [["blockdev_setro", "/dev/sda"],
                         ["blkdiscard", "/dev/sda"]], ("fail",)),
             T("empty", [["blkdiscard", "/dev/sdz"]], ("fail",))]),
    d(313, "blkdiscardzeroes", RBool(), [Device("device")],
      "return true if discarded blocks are read as zeroes",
      "True if blocks of C<device> discarded by C<guestfs_blkdiscard> "
      "read back as zeroes (C<BLKDISCARDZEROES>); if false they may "
      "read as anything.  Linux has answered false for every device "
      "since 4.12.", since="1.25.44", optional="blkdiscardzeroes",
      tests=[T("empty", [["blkdiscardzeroes", "/dev/sda"]], ("false",)),
             T("empty", [["blkdiscardzeroes", "/dev/sdz"]], ("fail",))]),
    d(314, "findfs_label", RString(), [String("label")],
      "find a filesystem by label",
      "Return the device (canonical name) of the filesystem whose label "
      "is C<label>; an error if there is none.  See "
      "C<guestfs_vfs_label>.", since="1.5.3",
      tests=[T("basicfs", [["set_label", "/dev/sda1", "findme"],
                           ["findfs_label", "findme"]],
               ("string", "/dev/sda1")),
             T("basicfs", [["findfs_label", "nosuchlabel"]], ("fail",))]),
    d(315, "findfs_uuid", RString(), [String("uuid")],
      "find a filesystem by UUID",
      "Return the device (canonical name) of the filesystem whose UUID "
      "is C<uuid>; an error if there is none.  See "
      "C<guestfs_vfs_uuid>.", since="1.5.3",
      tests=[T("empty", [["findfs_uuid",
                          "00000000-0000-0000-0000-000000000000"]],
               ("fail",))]),
    d(316, "findfs_partlabel", RString(), [String("label")],
      "find a partition by partition label",
      "Return the partition (canonical name) whose partition label "
      "(GPT name) is C<label>; an error if there is none.",
      since="1.53.5",
      tests=[T("empty", [["part_disk", "/dev/sda", "gpt"],
                         ["findfs_partlabel", "primary"]],
               ("string", "/dev/sda1")),
             T("empty", [["findfs_partlabel", "nosuchpartlabel"]],
               ("fail",))]),
    d(317, "findfs_partuuid", RString(), [String("uuid")],
      "find a partition by partition UUID",
      "Return the partition (canonical name) whose partition UUID "
      "(GPT partition GUID, or the MBR disk identifier and number) is "
      "C<uuid>; an error if there is none.", since="1.53.5",
      tests=[T("empty", [["findfs_partuuid",
                          "00000000-0000-0000-0000-000000000000"]],
               ("fail",))]),

    # ---- daemon: mountables
    d(330, "mount_vfs", RErr(),
      [String("options"), String("vfstype"), Mountable("mountable"),
       String("mountpoint")],
      "mount a guest disk with mount options and vfstype",
      "Mount like C<guestfs_mount>, with the mount options C<options> "
      "(comma-separated, as C<mount -o>; C<\"\"> for none) and the "
      "filesystem type C<vfstype> (as C<mount -t>).", since="1.0.10",
      tests=[T("basicfs", [["umount", "/"],
                           ["mount_vfs", "ro", "ext2", "/dev/sda1", "/"],
                           ["touch", "/new"]], ("fail",)),
             T("basicfs", [["umount", "/"],
                           ["mount_vfs", "", "ext2", "/dev/sda1", "/"],
                           ["mounts"]], ("strings", ["/dev/sda1"])),
             T("basicfs", [["umount", "/"],
                           ["mount_vfs", "", "xfs", "/dev/sda1", "/"]],
               ("fail",))]),
    d(331, "mountpoints", RHashtable(), [],
      "show mountpoints",
      "Like C<guestfs_mounts>, but return pairs: the device (canonical "
      "name) and the directory it is mounted on.", since="1.0.62",
      tests=[T("basicfs", [["mountpoints"]], ("len", 1)),
             T("none", [["mountpoints"]], ("len", 0))]),
    d(332, "mkmountpoint", RErr(), [String("exemptpath")],
      "create a mountpoint",
      """Create the directory C<exemptpath> in the appliance's root for
guest filesystems, before (or besides) mounting anything on C</>, so that
several unrelated or read-only filesystems can be mounted side by side
(for instance the nested filesystems of a live CD, with
C<guestfs_mount_loop>).  Remove it with C<guestfs_rmmountpoint>.

C<guestfs_umount_all> unmounts the innermost filesystems first, so give
inner mountpoints the longer paths.  Unmount filesystems and remove
mountpoints by hand when done.""", since="1.0.62",
      tests=[T("none", [["mkmountpoint", "/mp1"],
                        ["mount", "/dev/sdb1", "/mp1"],
                        ["mountpoints"]], ("len", 1)),
             T("none", [["mkmountpoint", "relative"]], ("fail",))]),
    d(333, "rmmountpoint", RErr(), [String("exemptpath")],
      "remove a mountpoint",
      "Remove a mountpoint made by C<guestfs_mkmountpoint>.",
      since="1.0.62",
      tests=[T("none", [["mkmountpoint", "/mp2"],
                        ["rmmountpoint", "/mp2"],
                        ["mkmountpoint", "/mp2"],
                        ["rmmountpoint", "/mp2"]]),
             T("none", [["rmmountpoint", "/nosuchmp"]], ("fail",))]),
    d(334, "mount_loop", RErr(), [Pathname("file"), Pathname("mountpoint")],
      "mount a file using the loop device",
      "Mount the filesystem image C<file> (a regular file in the "
      "mounted guest filesystems) on C<mountpoint>, as C<mount -o loop> "
      "does.",
      since="1.0.54",
      tests=[T("scratchfs", [["part_init", "/dev/sda", "mbr"],
                             ["part_add", "/dev/sda", "p", "64", "8255"],
                             ["mkfs", "ext2", "/dev/sda1"],
                             ["mkdir_p", "/mount_loop/mp"],
                             ["dd", "/dev/sda1", "/mount_loop/img"],
                             ["mount_loop", "/mount_loop/img",
                              "/mount_loop/mp"],
                             ["write", "/mount_loop/mp/f", "inner"],
                             ["umount", "/mount_loop/mp"],
                             ["mount_loop", "/mount_loop/img",
                              "/mount_loop/mp"],
                             ["cat", "/mount_loop/mp/f"]],
               ("string", "inner")),
             T("scratchfs", [["mkdir", "/mount_loop2"],
                             ["mount_loop", "/mount_loop2/none",
                              "/mount_loop2"]], ("fail",)),
             # Only a regular file: a device node in the guest could
             # name one of the appliance's own devices.
             T("scratchfs", [["mkdir", "/mount_loop3"],
                             ["mount_loop", "/mount_loop3",
                              "/mount_loop3"]], ("fail",))]),
    d(335, "remount", RErr(), [String("mountpoint")],
      "remount a filesystem with different options",
      "Change the read-only/read-write state of the filesystem mounted "
      "on C<mountpoint>: C<rw> true makes it read-write, false "
      "read-only.  C<rw> must be given (other flags may come later).",
      since="1.23.2", optargs=[OBool("rw")],
      tests=[T("basicfs", [["remount", "/", "rw:false"],
                           ["touch", "/remount"]], ("fail",)),
             T("basicfs", [["remount", "/", "rw:false"],
                           ["remount", "/", "rw:true"],
                           ["touch", "/remount"], ["exists", "/remount"]],
               ("true",)),
             T("basicfs", [["remount", "/"]], ("fail",)),
             T("basicfs", [["remount", "/nosuchdir", "rw:true"]],
               ("fail",))]),
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

BTRFS_ACTIONS = [
]

# --------------------------------------------------- ext2/3/4 and xfs
# Procedure numbers 700-799.

EXT_XFS_ACTIONS = [
]

# ----------------------------------- ntfs, fsck, trim, zeroing, scrub
# Procedure numbers 800-899.

FS_MAINT_ACTIONS = [
]

ACTIONS = (LIBRARY_ACTIONS + DAEMON_ACTIONS + LVM_ACTIONS + PARTITION_ACTIONS + BLOCKDEV_ACTIONS + CRYPT_MD_SWAP_ACTIONS + LDM_ACTIONS + BTRFS_ACTIONS + EXT_XFS_ACTIONS + FS_MAINT_ACTIONS)
