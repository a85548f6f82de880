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
]

# --------------------------------------------- LUKS, MD RAID and swap
# Procedure numbers 400-499.

STRUCTS += [
    Struct("mdstat", [("mdstat_device", "FString"),
                      ("mdstat_index", "FInt32"),
                      ("mdstat_flags", "FString")],
           "One member of an MD array: its device, its slot in the "
           "array and its flags (C<W> write-mostly, C<F> faulty, C<S> "
           "spare, C<R> replacement)."),
]

# Three partitions on /dev/sda: sda1 and sda2 of 100 MiB, sda3 the rest.
SDA_3PARTS = [["part_init", "/dev/sda", "mbr"],
              ["part_add", "/dev/sda", "p", "64", "204799"],
              ["part_add", "/dev/sda", "p", "204800", "409599"],
              ["part_add", "/dev/sda", "p", "409600", "-1"]]
# /dev/sda1 as LUKS with key "key1" in slot 0.
LUKS_SDA1 = SDA_3PARTS + [["luks_format", "/dev/sda1", "key1", "0"]]
# A raid1 array /dev/md/r1 on /dev/sda1 and /dev/sda2.
MD_R1 = SDA_3PARTS + [["md_create", "r1", "/dev/sda1 /dev/sda2"]]
SWAP_UUID = "a1d0c6e8-3f2b-4c5d-9e7f-0123456789ab"

LUKS_KEYS_DOC = (
    "\n\nThe key is passed to C<cryptsetup> through a file in the "
    "appliance's memory, never on a command line.")

CRYPT_MD_SWAP_ACTIONS = [
    # ---- LUKS
    d(400, "luks_format", RErr(),
      [Device("device"), Key("key"), Int("keyslot")],
      "format a block device as a LUKS encrypted device",
      "Erase C<device> and make it a LUKS encrypted device (in the "
      "default LUKS format of the appliance's C<cryptsetup>, LUKS2), "
      "with C<key> as its first key, in key slot C<keyslot> (LUKS1 "
      "has 8 key slots, 0 to 7; LUKS2 has 32)." + LUKS_KEYS_DOC,
      since="1.5.2", optional="luks",
      tests=[T("empty", LUKS_SDA1 + [["vfs_type", "/dev/sda1"]],
               ("string", "crypto_LUKS")),
             T("empty", SDA_3PARTS + [["luks_format", "/dev/sda1", "k",
                                       "-1"]], ("fail",)),
             T("empty", SDA_3PARTS + [["luks_format", "/dev/sda1", "k",
                                       "32"]], ("fail",)),
             T("empty", [["luks_format", "/dev/sdz1", "k", "0"]],
               ("fail",))]),
    d(401, "luks_format_cipher", RErr(),
      [Device("device"), Key("key"), Int("keyslot"), String("cipher")],
      "format a block device as a LUKS encrypted device",
      "As C<guestfs_luks_format>, with the cipher C<cipher> "
      "(a C<cryptsetup> cipher specification such as "
      "C<aes-cbc-essiv:sha256>) in place of the default.",
      since="1.5.2", optional="luks",
      tests=[T("empty", SDA_3PARTS + [
                 ["luks_format_cipher", "/dev/sda1", "key1", "0",
                  "aes-cbc-essiv:sha256"],
                 ["cryptsetup_open", "/dev/sda1", "key1", "lt"],
                 ["mkfs", "ext4", "/dev/mapper/lt"],
                 ["vfs_type", "/dev/mapper/lt"]], ("string", "ext4")),
             T("empty", SDA_3PARTS + [
                 ["luks_format_cipher", "/dev/sda1", "key1", "0",
                  "nosuchcipher-xts-plain64"]], ("fail",)),
             T("empty", SDA_3PARTS + [
                 ["luks_format_cipher", "/dev/sda1", "key1", "0",
                  "--help"]], ("fail",))]),
    d(402, "cryptsetup_open", RErr(),
      [Device("device"), Key("key"), String("mapname")],
      "open an encrypted block device",
      "Open the encrypted block device C<device> (LUKS, or Windows "
      "BitLocker) with C<key>, one of its keys, as the new device "
      "C</dev/mapper/MAPNAME>: what is read from that device is "
      "decrypted from C<device>, what is written to it is encrypted "
      "to C<device>.  C<mapname> cannot be C<control>, which "
      "device-mapper reserves.\n\n"
      "Without C<crypttype> the type is probed; C<crypttype> may be "
      "C<luks> or C<bitlk> (BitLocker) to set it.  With C<readonly> "
      "true the mapping is read-only.\n\n"
      "Volume groups inside the device appear after "
      "C<guestfs_lvm_scan> with C<activate> true; "
      "C<guestfs_list_dm_devices> lists the device-mapper devices." +
      LUKS_KEYS_DOC,
      optargs=[OBool("readonly"), OString("crypttype")],
      since="1.43.2", optional="luks",
      tests=[T("empty", LUKS_SDA1 + [
                 ["cryptsetup_open", "/dev/sda1", "key1", "lt"],
                 ["mkfs", "ext4", "/dev/mapper/lt"],
                 ["mount", "/dev/mapper/lt", "/"],
                 ["write", "/f", "secret data"],
                 ["umount", "/"],
                 ["cryptsetup_close", "/dev/mapper/lt"],
                 ["cryptsetup_open", "/dev/sda1", "key1", "lt2",
                  "crypttype:luks"],
                 ["mount", "/dev/mapper/lt2", "/"],
                 ["cat", "/f"]], ("string", "secret data")),
             # The LUKS device is a container: its mapping is listed.
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["luks_format", "/dev/sda1", "key1", "0"],
                         ["cryptsetup_open", "/dev/sda1", "key1", "lt"],
                         ["mkfs", "ext2", "/dev/mapper/lt"],
                         ["list_filesystems"]],
               ("strings", ["/dev/sdb1", "ext4", "/dev/mapper/lt",
                            "ext2"])),
             # Wrong keys, read-only mappings and the other refusals
             # on a real LUKS device: tests/crypt-md-swap (one
             # luks_format for all: each costs seconds under TCG).
             T("basicfs", [["umount", "/"],
                           ["cryptsetup_open", "/dev/sda1", "key1",
                            "lt"]], ("fail",)),
             T("basicfs", [["umount", "/"],
                           ["cryptsetup_open", "/dev/sda1", "key1",
                            "control"]], ("fail",))]),
    d(403, "cryptsetup_close", RErr(), [Device("device")],
      "close an encrypted device",
      "Close the device C</dev/mapper/MAPNAME> that "
      "C<guestfs_cryptsetup_open> made.  C<device> is that mapping, "
      "not the encrypted device under it.",
      since="1.43.2", optional="luks",
      tests=[T("empty", LUKS_SDA1 + [
                 ["cryptsetup_open", "/dev/sda1", "key1", "lt"],
                 ["cryptsetup_close", "/dev/mapper/lt"],
                 ["cryptsetup_close", "/dev/mapper/lt"]], ("fail",)),
             T("basicfs", [["cryptsetup_close", "/dev/sda1"]],
               ("fail",))]),
    d(404, "luks_open", RErr(),
      [Device("device"), Key("key"), String("mapname")],
      "open a LUKS-encrypted block device",
      "Open the LUKS device C<device> with C<key>, one of its keys, "
      "as C</dev/mapper/MAPNAME>: see C<guestfs_cryptsetup_open>, "
      "which this is with no optional arguments, the type being "
      "LUKS." + LUKS_KEYS_DOC,
      since="1.5.1", optional="luks", deprecated_by="cryptsetup_open",
      tests=[T("empty", LUKS_SDA1 + [
                 ["luks_open", "/dev/sda1", "key1", "lt"],
                 ["mkfs", "ext2", "/dev/mapper/lt"],
                 ["vfs_type", "/dev/mapper/lt"]], ("string", "ext2")),
             T("basicfs", [["umount", "/"],
                           ["luks_open", "/dev/sda1", "key1", "lt"]],
               ("fail",))]),
    d(405, "luks_open_ro", RErr(),
      [Device("device"), Key("key"), String("mapname")],
      "open a LUKS-encrypted block device read-only",
      "As C<guestfs_luks_open>, but the mapping is read-only." +
      LUKS_KEYS_DOC,
      since="1.5.1", optional="luks", deprecated_by="cryptsetup_open",
      tests=[T("empty", LUKS_SDA1 + [
                 ["luks_open_ro", "/dev/sda1", "key1", "lt"],
                 ["mkfs", "ext2", "/dev/mapper/lt"]], ("fail",)),
             T("basicfs", [["umount", "/"],
                           ["luks_open_ro", "/dev/sda1", "key1", "lt"]],
               ("fail",))]),
    d(406, "luks_close", RErr(), [Device("device")],
      "close a LUKS device",
      "Close the mapping C</dev/mapper/MAPNAME> made by "
      "C<guestfs_luks_open> or C<guestfs_luks_open_ro>; C<device> is "
      "the mapping, not the LUKS device under it.",
      since="1.5.1", optional="luks", deprecated_by="cryptsetup_close",
      tests=[T("empty", LUKS_SDA1 + [
                 ["luks_open", "/dev/sda1", "key1", "lt"],
                 ["luks_close", "/dev/mapper/lt"],
                 ["luks_close", "/dev/mapper/lt"]], ("fail",)),
             T("empty", [["luks_close", "/dev/mapper/nosuchmap"]],
               ("fail",))]),
    d(407, "luks_add_key", RErr(),
      [Device("device"), Key("key"), Key("newkey"), Int("keyslot")],
      "add a key on a LUKS encrypted device",
      "Add C<newkey> to the LUKS device C<device> in key slot "
      "C<keyslot>; C<key>, an existing key, unlocks the device.  "
      "The key slot must be empty: remove the key in it first with "
      "C<guestfs_luks_kill_slot>." + LUKS_KEYS_DOC,
      since="1.5.2", optional="luks",
      tests=[T("empty", LUKS_SDA1 + [
                 ["cryptsetup_open", "/dev/sda1", "key1", "lt"],
                 ["mkfs", "ext4", "/dev/mapper/lt"],
                 ["mount", "/dev/mapper/lt", "/"],
                 ["write", "/f", "two keys"],
                 ["umount", "/"],
                 ["cryptsetup_close", "/dev/mapper/lt"],
                 ["luks_add_key", "/dev/sda1", "key1", "key2", "1"],
                 ["cryptsetup_open", "/dev/sda1", "key2", "lt"],
                 ["mount", "/dev/mapper/lt", "/"],
                 ["cat", "/f"]], ("string", "two keys")),
             T("basicfs", [["luks_add_key", "/dev/sda1", "key1", "key2",
                            "1"]], ("fail",)),
             T("basicfs", [["luks_add_key", "/dev/sda1", "key1", "key2",
                            "-1"]], ("fail",))]),
    d(408, "luks_kill_slot", RErr(),
      [Device("device"), Key("key"), Int("keyslot")],
      "remove a key from a LUKS encrypted device",
      "Remove the key in key slot C<keyslot> of the LUKS device "
      "C<device>; C<key> must be one of the other keys." +
      LUKS_KEYS_DOC,
      since="1.5.2", optional="luks",
      tests=[T("empty", LUKS_SDA1 + [
                 ["luks_add_key", "/dev/sda1", "key1", "key2", "1"],
                 ["luks_kill_slot", "/dev/sda1", "key2", "0"],
                 ["cryptsetup_open", "/dev/sda1", "key1", "lt"]],
               ("fail",)),
             T("basicfs", [["luks_kill_slot", "/dev/sda1", "key1", "0"]],
               ("fail",))]),
    d(409, "luks_uuid", RString(), [Device("device")],
      "get the UUID of a LUKS device",
      "Return the UUID of the LUKS device C<device>.",
      since="1.41.9", optional="luks",
      tests=[T("empty", LUKS_SDA1 + [["luks_uuid", "/dev/sda1"]],
               ("len", 36)),
             T("basicfs", [["luks_uuid", "/dev/sda1"]], ("fail",))]),
    d(410, "clevis_luks_unlock", RErr(),
      [Device("device"), String("mapname")],
      "open an encrypted LUKS block device with Clevis and Tang",
      "Open the LUKS device C<device> as C</dev/mapper/MAPNAME> "
      "with the key that its Clevis binding recovers (from a Tang "
      "server over the network, or a TPM), as "
      "C<clevis luks unlock> does.  The appliance has no network "
      "and no TPM unless the caller gave it one; a device with no "
      "Clevis binding fails.  Otherwise it is as "
      "C<guestfs_cryptsetup_open>.",
      since="1.49.3", optional="clevisluks",
      # The appliance has no clevis (nor network, nor TPM): refused.
      tests=[T("basicfs", [["umount", "/"],
                           ["clevis_luks_unlock", "/dev/sda1", "lt"]],
               ("fail",))]),
    # ---- MD RAID
    d(420, "md_create", RErr(), [String("name"), DeviceList("devices")],
      "create a Linux md (RAID) device",
      "Create the MD (software RAID) array C<name> on the devices "
      "C<devices>.  C<name> is the array's name (C</dev/md/NAME> "
      "then names it; the array itself is C</dev/mdN>, as "
      "C<guestfs_list_md_devices> shows).  The optional arguments "
      "are:\n\n"
      "=over 4\n\n"
      "=item C<missingbitmap>\n\n"
      "Bit I<i> set: a missing device takes place I<i> of the array "
      "(the devices of C<devices> fill the other places, in order).  "
      "For example C<devices> = C<[\"/dev/sda\"]> with "
      "C<missingbitmap> = C<1> makes the array "
      "C<[missing, /dev/sda]>; with C<2>, C<[/dev/sda, missing]>.  "
      "Default 0.  The number of C<devices> plus the bits set must "
      "be C<nrdevices> + C<spare>.\n\n"
      "=item C<nrdevices>\n\n"
      "The number of active devices; default: the number of "
      "C<devices> plus the bits set in C<missingbitmap>.\n\n"
      "=item C<spare>\n\n"
      "The number of spare devices; default 0.\n\n"
      "=item C<chunk>\n\n"
      "The chunk size, in bytes.  Not for C<raid1>.\n\n"
      "=item C<level>\n\n"
      "The RAID level: C<linear>, C<raid0> (C<0>, C<stripe>), "
      "C<raid1> (C<1>, C<mirror>), C<raid4> (C<4>), C<raid5> "
      "(C<5>), C<raid6> (C<6>) or C<raid10> (C<10>).  Default "
      "C<raid1>.\n\n"
      "=back",
      optargs=[OInt64("missingbitmap"), OInt("nrdevices"), OInt("spare"),
               OInt64("chunk"), OString("level")],
      since="1.15.6", optional="mdadm",
      tests=[T("empty", MD_R1 + [["mkfs", "ext4", "/dev/md/r1"],
                                 ["mount", "/dev/md/r1", "/"],
                                 ["write", "/f", "mirrored"],
                                 ["cat", "/f"]], ("string", "mirrored")),
             T("empty", SDA_3PARTS + [
                 ["md_create", "r0", "/dev/sda1 /dev/sda2 /dev/sda3",
                  "level:raid0", "chunk:65536"],
                 ["list_md_devices"]], ("len", 1)),
             T("empty", SDA_3PARTS + [
                 ["md_create", "r5", "/dev/sda1 /dev/sda2",
                  "missingbitmap:4", "level:5"],
                 ["md_stat", "/dev/md/r5"]], ("len", 2)),
             T("empty", SDA_3PARTS + [
                 ["md_create", "rs", "/dev/sda1 /dev/sda2 /dev/sda3",
                  "nrdevices:2", "spare:1"],
                 ["md_stat", "/dev/md/rs"]], ("len", 3)),
             T("empty", SDA_3PARTS + [
                 ["md_create", "bad", "/dev/sda1 /dev/sda2",
                  "level:nosuchlevel"]], ("fail",)),
             T("empty", SDA_3PARTS + [
                 ["md_create", "bad", "/dev/sda1 /dev/sda2",
                  "nrdevices:3"]], ("fail",)),
             T("empty", SDA_3PARTS + [
                 ["md_create", "bad", "/dev/sda1 /dev/sda2",
                  "missingbitmap:-1"]], ("fail",)),
             T("empty", SDA_3PARTS + [
                 ["md_create", "-bad", "/dev/sda1 /dev/sda2"]], ("fail",)),
             T("empty", [["md_create", "bad", "/dev/sdz1 /dev/sdz2"]],
               ("fail",))]),
    d(421, "list_md_devices", RStringList(), [],
      "list Linux md (RAID) devices",
      "List the running MD (software RAID) arrays, as canonical "
      "names C</dev/mdN>.",
      since="1.15.4",
      tests=[T("empty", [["list_md_devices"]], ("strings", [])),
             # The members are in the array: only it is listed.
             T("empty", [["part_init", "/dev/sda", "mbr"],
                         ["part_add", "/dev/sda", "p", "64", "204799"],
                         ["part_add", "/dev/sda", "p", "204800", "-1"],
                         ["md_create", "r1", "/dev/sda1 /dev/sda2"],
                         ["mkfs", "ext4", "/dev/md127"],
                         ["list_filesystems"]],
               ("strings", ["/dev/sdb1", "ext4", "/dev/md127", "ext4"])),
             T("empty", MD_R1 + [["list_md_devices"]],
               ("strings", ["/dev/md127"]))]),
    d(422, "md_detail", RHashtable(), [Device("md")],
      "obtain metadata for an MD device",
      "What C<mdadm -D --export> says of the MD array C<md>, as pairs "
      "of lower-case keys without the C<MD_> prefix and values.  "
      "There are usually: C<level> (the RAID level), C<devices> (the "
      "number of member devices), C<metadata> (the metadata "
      "version), C<uuid> and C<name> (the array's name); there may "
      "be others.",
      since="1.15.6", optional="mdadm",
      # level, devices, metadata, uuid, devname, name, and each
      # member's device_dev_sdaN_role and device_dev_sdaN_dev.
      tests=[T("empty", MD_R1 + [["md_detail", "/dev/md/r1"]],
               ("len", 10)),
             T("empty", [["md_detail", "/dev/sda"]], ("fail",))]),
    d(423, "md_stat", RStructList("mdstat"), [Device("md")],
      "get underlying devices from an MD device",
      "The member devices of the MD array C<md> (see "
      "C<guestfs_list_md_devices> for the arrays): for each, its "
      "canonical device name C<mdstat_device>, its place in the array "
      "C<mdstat_index>, and C<mdstat_flags>, made of zero or more "
      "of the letters C<W> (write-mostly), C<F> (faulty), C<S> "
      "(spare) and C<R> (replacement), in no set order.",
      since="1.17.21", optional="mdadm",
      tests=[T("empty", MD_R1 + [["md_stat", "/dev/md/r1"]], ("len", 2)),
             T("empty", [["md_stat", "/dev/sda"]], ("fail",))]),
    d(424, "md_stop", RErr(), [Device("md")], "stop a Linux md device",
      "Stop the MD array C<md>.  Its member devices are left as they "
      "are: the array can be assembled again.",
      since="1.15.6", optional="mdadm",
      tests=[T("empty", MD_R1 + [["md_stop", "/dev/md/r1"],
                                 ["list_md_devices"]], ("strings", [])),
             T("empty", MD_R1 + [["md_stop", "/dev/md127"],
                                 ["md_stop", "/dev/md127"]], ("fail",)),
             T("empty", [["md_stop", "/dev/sda"]], ("fail",))]),
    # ---- swap
    d(430, "mkswap", RErr(), [Device("device")],
      "create a swap partition",
      "Make C<device> a Linux swap partition.  C<label> and C<uuid> "
      "set its label and UUID.",
      optargs=[OString("label"), OString("uuid")],
      once_had_no_optargs=True, since="1.0.55",
      tests=[T("empty", SDA_3PARTS + [["mkswap", "/dev/sda1"],
                                      ["vfs_type", "/dev/sda1"]],
               ("string", "swap")),
             T("empty", SDA_3PARTS + [["mkswap", "/dev/sda1",
                                       "label:SWAPLBL",
                                       "uuid:" + SWAP_UUID],
                                      ["vfs_uuid", "/dev/sda1"]],
               ("string", SWAP_UUID)),
             T("empty", SDA_3PARTS + [["mkswap", "/dev/sda1",
                                       "label:SWAPLBL"],
                                      ["vfs_label", "/dev/sda1"]],
               ("string", "SWAPLBL")),
             T("empty", SDA_3PARTS + [["mkswap", "/dev/sda1",
                                       "uuid:notauuid"]], ("fail",)),
             T("empty", SDA_3PARTS + [["mkswap", "/dev/sda1",
                                       "label:" + "x" * 17]], ("fail",)),
             T("empty", [["mkswap", "/dev/sdz1"]], ("fail",))]),
    d(431, "mkswap_L", RErr(), [String("label"), Device("device")],
      "create a swap partition with a label",
      "Make C<device> a swap partition labelled C<label>.  "
      "Label a partition, not a whole disk.",
      since="1.0.55", deprecated_by="mkswap",
      tests=[T("empty", SDA_3PARTS + [["mkswap_L", "SWAPL", "/dev/sda2"],
                                      ["vfs_label", "/dev/sda2"]],
               ("string", "SWAPL")),
             T("empty", SDA_3PARTS + [["mkswap_L", "-x", "/dev/sda2"],
                                      ["vfs_label", "/dev/sda2"]],
               ("string", "-x"))]),
    d(432, "mkswap_U", RErr(), [String("uuid"), Device("device")],
      "create a swap partition with an explicit UUID",
      "Make C<device> a swap partition with the UUID C<uuid>.",
      since="1.0.55", deprecated_by="mkswap", optional="linuxfsuuid",
      tests=[T("empty", SDA_3PARTS + [["mkswap_U", SWAP_UUID, "/dev/sda2"],
                                      ["vfs_uuid", "/dev/sda2"]],
               ("string", SWAP_UUID)),
             T("empty", SDA_3PARTS + [["mkswap_U", "-1", "/dev/sda2"]],
               ("fail",))]),
    d(433, "mkswap_file", RErr(), [Pathname("path")], "create a swap file",
      "Write a swap signature to the existing file C<path> (make the "
      "file first, with C<guestfs_fill> for example).",
      since="1.0.66",
      tests=[T("basicfs", [["fill", "0", "16777216", "/swap"],
                           ["mkswap_file", "/swap"],
                           ["swapon_file", "/swap"],
                           ["swapoff_file", "/swap"]]),
             T("basicfs", [["mkswap_file", "/nosuchfile"]], ("fail",))]),
    d(434, "swapon_device", RErr(), [Device("device")],
      "enable swap on device",
      "Let the appliance swap to the swap device or partition "
      "C<device>: all the commands it runs (such as "
      "C<guestfs_command>) get the memory.\n\n"
      "Do not swap to the guest's own swap partitions unless you know "
      "it is safe: they may hold a hibernated system or other data "
      "the guest needs, and the appliance's memory could leak to the "
      "guest.  Add a new drive for it instead.",
      since="1.0.66",
      tests=[T("empty", SDA_3PARTS + [["mkswap", "/dev/sda1"],
                                      ["swapon_device", "/dev/sda1"],
                                      ["swapoff_device", "/dev/sda1"]]),
             T("empty", SDA_3PARTS + [["mkswap", "/dev/sda1"],
                                      ["swapon_device", "/dev/sda1"],
                                      ["swapon_device", "/dev/sda1"]],
               ("fail",)),
             T("empty", SDA_3PARTS + [["swapon_device", "/dev/sda1"]],
               ("fail",))]),
    d(435, "swapoff_device", RErr(), [Device("device")],
      "disable swap on device",
      "Stop the appliance swapping to C<device> (see "
      "C<guestfs_swapon_device>).",
      since="1.0.66",
      tests=[T("empty", SDA_3PARTS + [["mkswap", "/dev/sda1"],
                                      ["swapon_device", "/dev/sda1"],
                                      ["swapoff_device", "/dev/sda1"],
                                      ["swapoff_device", "/dev/sda1"]],
               ("fail",))]),
    d(436, "swapon_file", RErr(), [Pathname("file")],
      "enable swap on file",
      "Let the appliance swap to the swap file C<file>; see "
      "C<guestfs_swapon_device>.",
      since="1.0.66",
      tests=[T("basicfs", [["fill", "0", "16777216", "/swap"],
                           ["mkswap_file", "/swap"],
                           ["swapon_file", "/swap"],
                           ["umount", "/"]], ("fail",)),
             T("basicfs", [["fill", "0", "16777216", "/swap"],
                           ["swapon_file", "/swap"]], ("fail",)),
             T("basicfs", [["swapon_file", "/nosuchfile"]], ("fail",))]),
    d(437, "swapoff_file", RErr(), [Pathname("file")],
      "disable swap on file",
      "Stop the appliance swapping to the file C<file>.",
      since="1.0.66",
      tests=[T("basicfs", [["fill", "0", "16777216", "/swap"],
                           ["mkswap_file", "/swap"],
                           ["swapon_file", "/swap"],
                           ["swapoff_file", "/swap"],
                           ["umount", "/"],
                           ["mounts"]], ("strings", [])),
             T("basicfs", [["fill", "0", "16777216", "/swap"],
                           ["mkswap_file", "/swap"],
                           ["swapoff_file", "/swap"]], ("fail",))]),
    d(438, "swapon_label", RErr(), [String("label")],
      "enable swap on labeled swap partition",
      "Let the appliance swap to the swap partition labelled C<label>; "
      "see C<guestfs_swapon_device>.",
      since="1.0.66",
      tests=[T("empty", SDA_3PARTS + [["mkswap", "/dev/sda2",
                                       "label:SWAPLBL"],
                                      ["swapon_label", "SWAPLBL"],
                                      ["swapon_device", "/dev/sda2"]],
               ("fail",)),
             T("empty", [["swapon_label", "nosuchlabel"]], ("fail",))]),
    d(439, "swapoff_label", RErr(), [String("label")],
      "disable swap on labeled swap partition",
      "Stop the appliance swapping to the swap partition labelled "
      "C<label>.",
      since="1.0.66",
      tests=[T("empty", SDA_3PARTS + [["mkswap", "/dev/sda2",
                                       "label:SWAPLBL"],
                                      ["swapon_device", "/dev/sda2"],
                                      ["swapoff_label", "SWAPLBL"],
                                      ["swapon_device", "/dev/sda2"],
                                      ["swapoff_device", "/dev/sda2"]]),
             T("empty", SDA_3PARTS + [["mkswap", "/dev/sda2",
                                       "label:SWAPLBL"],
                                      ["swapoff_label", "SWAPLBL"]],
               ("fail",))]),
    d(440, "swapon_uuid", RErr(), [String("uuid")],
      "enable swap on swap partition by UUID",
      "Let the appliance swap to the swap partition with the UUID "
      "C<uuid>; see C<guestfs_swapon_device>.",
      since="1.0.66", optional="linuxfsuuid",
      tests=[T("empty", SDA_3PARTS + [["mkswap", "/dev/sda3",
                                       "uuid:" + SWAP_UUID],
                                      ["swapon_uuid", SWAP_UUID],
                                      ["swapon_device", "/dev/sda3"]],
               ("fail",)),
             T("empty", [["swapon_uuid", SWAP_UUID]], ("fail",))]),
    d(441, "swapoff_uuid", RErr(), [String("uuid")],
      "disable swap on swap partition by UUID",
      "Stop the appliance swapping to the swap partition with the "
      "UUID C<uuid>.",
      since="1.0.66", optional="linuxfsuuid",
      tests=[T("empty", SDA_3PARTS + [["mkswap", "/dev/sda3",
                                       "uuid:" + SWAP_UUID],
                                      ["swapon_uuid", SWAP_UUID],
                                      ["swapoff_uuid", SWAP_UUID],
                                      ["swapoff_device", "/dev/sda3"]],
               ("fail",))]),
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
