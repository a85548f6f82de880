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

STRUCTS += [
    Struct("xfsinfo", [
        ("xfs_mntpoint", "FString"), ("xfs_inodesize", "FUInt32"),
        ("xfs_agcount", "FUInt32"), ("xfs_agsize", "FUInt32"),
        ("xfs_sectsize", "FUInt32"), ("xfs_attr", "FUInt32"),
        ("xfs_blocksize", "FUInt32"), ("xfs_datablocks", "FUInt64"),
        ("xfs_imaxpct", "FUInt32"), ("xfs_sunit", "FUInt32"),
        ("xfs_swidth", "FUInt32"), ("xfs_dirversion", "FUInt32"),
        ("xfs_dirblocksize", "FUInt32"), ("xfs_cimode", "FUInt32"),
        ("xfs_logname", "FString"), ("xfs_logblocksize", "FUInt32"),
        ("xfs_logblocks", "FUInt32"), ("xfs_logversion", "FUInt32"),
        ("xfs_logsectsize", "FUInt32"), ("xfs_logsunit", "FUInt32"),
        ("xfs_lazycount", "FUInt32"), ("xfs_rtname", "FString"),
        ("xfs_rtextsize", "FUInt32"), ("xfs_rtblocks", "FUInt64"),
        ("xfs_rtextents", "FUInt64")],
        "The geometry of an XFS filesystem, as C<xfs_info> prints it: "
        "the C<meta-data>, C<data>, C<naming>, C<log> and C<realtime> "
        "sections.  C<xfs_mntpoint> is the device or directory asked "
        "about, C<xfs_logname> and C<xfs_rtname> name the log and the "
        "realtime device (C<internal>, C<none>).  A number "
        "C<xfs_info> did not print is C<-1>, a name is empty."),
]

# /dev/sda split in two for the external journal tests: a 16 MiB
# partition 1 (the journal) and the rest.
_JOURNAL_PARTS = [["part_init", "/dev/sda", "mbr"],
                  ["part_add", "/dev/sda", "p", "2048", "34815"],
                  ["part_add", "/dev/sda", "p", "34816", "-1"]]
_UUID = "01234567-89ab-cdef-0123-456789abcdef"

EXT_XFS_ACTIONS = [
    d(700, "tune2fs_l", RHashtable(), [Device("device")],
      "get ext2/ext3/ext4 superblock details",
      "The superblock of the ext2, ext3 or ext4 filesystem on C<device> "
      "as C<tune2fs -l> prints it: pairs of a field name (such as "
      "C<Block count>) and its value.  Values C<tune2fs> shows as "
      "C<E<lt>noneE<gt>> or C<E<lt>not availableE<gt>> are empty.  "
      "Which fields there are depends on the filesystem and on the "
      "version of e2fsprogs in the appliance.",
      since="1.9.2",
      tests=[T("basicfs", [["umount", "/"], ["tune2fs_l", "/dev/sda1"]],
               ("hash", {"Filesystem magic number": "0xEF53",
                         "Filesystem volume name": "",
                         "Filesystem state": "clean"})),
             T("empty", [["tune2fs_l", "/dev/sda"]], ("fail",))]),
    d(701, "tune2fs", RErr(), [Device("device")],
      "adjust ext2/ext3/ext4 filesystem parameters",
      "Change parameters of the ext2, ext3 or ext4 filesystem on "
      "C<device>, as L<tune2fs(8)> does; C<guestfs_tune2fs_l> shows "
      "them.  Each optional argument is one option of C<tune2fs>:\n\n"
      "=over 4\n\n"
      "=item C<force> (C<-f>)\n\n"
      "Complete the change even if C<tune2fs> finds errors.\n\n"
      "=item C<maxmountcount> (C<-c>)\n\n"
      "The number of mounts after which the filesystem is checked; "
      "C<0> or C<-1>: never.\n\n"
      "=item C<mountcount> (C<-C>)\n\n"
      "The number of times the filesystem has been mounted.\n\n"
      "=item C<errorbehavior> (C<-e>)\n\n"
      "What the kernel does when it finds an error: C<continue>, "
      "C<remount-ro> or C<panic>.\n\n"
      "=item C<group> (C<-g>)\n\n"
      "The numeric group ID allowed to use the reserved blocks.\n\n"
      "=item C<intervalbetweenchecks> (C<-i>)\n\n"
      "The longest time between two checks, in seconds; C<0>: no "
      "time-based checks.\n\n"
      "=item C<reservedblockspercentage> (C<-m>)\n\n"
      "The percentage of blocks reserved for privileged processes.\n\n"
      "=item C<lastmounteddirectory> (C<-M>)\n\n"
      "The directory recorded as where it was last mounted.\n\n"
      "=item C<reservedblockscount> (C<-r>)\n\n"
      "The number of reserved blocks.\n\n"
      "=item C<user> (C<-u>)\n\n"
      "The numeric user ID allowed to use the reserved blocks.\n\n"
      "=back",
      optargs=[OBool("force"), OInt("maxmountcount"), OInt("mountcount"),
               OString("errorbehavior"), OInt64("group"),
               OInt("intervalbetweenchecks"),
               OInt("reservedblockspercentage"),
               OString("lastmounteddirectory"),
               OInt64("reservedblockscount"), OInt64("user")],
      since="1.15.4",
      tests=[T("basicfs", [["tune2fs", "/dev/sda1", "maxmountcount:7",
                            "mountcount:3", "errorbehavior:panic",
                            "force:true"],
                           ["tune2fs_l", "/dev/sda1"]],
               ("hash", {"Maximum mount count": "7", "Mount count": "3",
                         "Errors behavior": "Panic"})),
             T("basicfs", [["tune2fs", "/dev/sda1", "group:42", "user:43",
                            "intervalbetweenchecks:86400",
                            "lastmounteddirectory:/mnt/x",
                            "reservedblockscount:1000"],
                           ["tune2fs_l", "/dev/sda1"]],
               ("hash", {"Reserved block count": "1000",
                         "Last mounted on": "/mnt/x",
                         "Check interval": "86400 (1 day)",
                         "Reserved blocks uid": "43 (user unknown)",
                         "Reserved blocks gid": "42 (group unknown)"})),
             T("basicfs", [["tune2fs", "/dev/sda1",
                            "reservedblockspercentage:10"],
                           ["tune2fs_l", "/dev/sda1"]],
               ("hash", {"Reserved block count": "52326"})),
             T("basicfs", [["tune2fs", "/dev/sda1",
                            "errorbehavior:explode"]], ("fail",)),
             T("basicfs", [["tune2fs", "/dev/sda1", "user:-5"]],
               ("fail",)),
             T("basicfs", [["tune2fs", "/dev/sda1",
                            "reservedblockspercentage:101"]], ("fail",)),
             T("empty", [["tune2fs", "/dev/sda", "maxmountcount:5"]],
               ("fail",))]),
    d(702, "e2fsck", RErr(), [Device("device")],
      "check an ext2/ext3 filesystem",
      "Check the ext2, ext3 or ext4 filesystem on C<device> with "
      "L<e2fsck(8)>, even if it is marked clean.  It must not be "
      "mounted.  Without optional arguments the check only reports: "
      "a filesystem with errors makes the call fail.\n\n"
      "=over 4\n\n"
      "=item C<correct>\n\n"
      "Repair what can be repaired safely without asking "
      "(C<e2fsck -p>).\n\n"
      "=item C<forceall>\n\n"
      "Answer yes to every question (C<e2fsck -y>).\n\n"
      "=back\n\n"
      "C<correct> and C<forceall> cannot be given together.  Errors "
      "found and fixed are not a failure.",
      optargs=[OBool("correct"), OBool("forceall")],
      since="1.15.17",
      tests=[T("basicfs", [["umount", "/"],
                           ["e2fsck", "/dev/sda1", "correct:true"],
                           ["tune2fs_l", "/dev/sda1"]],
               ("hash", {"Filesystem state": "clean"})),
             T("basicfs", [["umount", "/"],
                           ["e2fsck", "/dev/sda1", "forceall:true"]]),
             T("basicfs", [["umount", "/"], ["e2fsck", "/dev/sda1"]]),
             T("basicfs", [["umount", "/"],
                           ["e2fsck", "/dev/sda1", "correct:true",
                            "forceall:true"]], ("fail",)),
             T("basicfs", [["e2fsck", "/dev/sda1", "correct:true"]],
               ("fail",)),
             T("empty", [["e2fsck", "/dev/sda", "correct:true"]],
               ("fail",))]),
    d(703, "e2fsck_f", RErr(), [Device("device")],
      "check an ext2/ext3 filesystem",
      "Check the ext2, ext3 or ext4 filesystem on C<device> even if it "
      "is marked clean, repairing what is safe to repair: "
      "C<e2fsck -p -f>.",
      since="1.0.29", deprecated_by="e2fsck",
      tests=[T("basicfs", [["umount", "/"], ["e2fsck_f", "/dev/sda1"],
                           ["tune2fs_l", "/dev/sda1"]],
               ("hash", {"Filesystem state": "clean"})),
             T("empty", [["e2fsck_f", "/dev/sda"]], ("fail",))]),
    d(704, "resize2fs", RErr(), [Device("device")],
      "resize an ext2, ext3 or ext4 filesystem",
      "Grow or shrink the ext2, ext3 or ext4 filesystem on C<device> "
      "to the size of the device, with L<resize2fs(8)>.  An unmounted "
      "filesystem is checked first (C<e2fsck -f -p>), as C<resize2fs> "
      "requires; a mounted one can only grow.\n\n"
      "See also L</RESIZE2FS ERRORS>.",
      since="1.0.27",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mke2fs", "/dev/sda1", "blocksize:4096",
                          "blockscount:10000"],
                         ["resize2fs", "/dev/sda1"],
                         ["tune2fs_l", "/dev/sda1"]],
               ("hash", {"Block count": "130816"})),
             T("empty", [["resize2fs", "/dev/sda"]], ("fail",))]),
    d(705, "resize2fs_size", RErr(), [Device("device"), Int64("size")],
      "resize an ext2, ext3 or ext4 filesystem (with size)",
      "As C<guestfs_resize2fs>, to C<size> bytes (rounded down to "
      "whole blocks) instead of the size of the device.",
      since="1.3.14",
      tests=[T("basicfs", [["umount", "/"],
                           ["resize2fs_size", "/dev/sda1", "104857600"],
                           ["tune2fs_l", "/dev/sda1"]],
               ("hash", {"Block count": "102400", "Block size": "1024"})),
             T("basicfs", [["umount", "/"],
                           ["resize2fs_size", "/dev/sda1", "1024"]],
               ("fail",)),
             T("basicfs", [["umount", "/"],
                           ["resize2fs_size", "/dev/sda1", "-1"]],
               ("fail",))]),
    d(706, "resize2fs_M", RErr(), [Device("device")],
      "resize an ext2, ext3 or ext4 filesystem to the minimum size",
      "As C<guestfs_resize2fs>, to the smallest size that still holds "
      "the files (C<resize2fs -M>).  C<Block count> times C<Block "
      "size> from C<guestfs_tune2fs_l> gives the size in bytes.",
      since="1.9.4",
      tests=[T("basicfs", [["write", "/f", "hello"], ["umount", "/"],
                           ["resize2fs_M", "/dev/sda1"],
                           ["resize2fs_M", "/dev/sda1"],
                           ["tune2fs_l", "/dev/sda1"]],
               ("hash", {"Block count": "821"})),
             T("empty", [["resize2fs_M", "/dev/sda"]], ("fail",))]),
    d(707, "mke2fs", RErr(), [Device("device")],
      "create an ext2/ext3/ext4 filesystem on device",
      "Make an ext2, ext3 or ext4 filesystem on C<device> with "
      "L<mke2fs(8)> (an ext2 one unless C<fstype> says otherwise or "
      "the appliance's F<mke2fs.conf> does).  The optional arguments "
      "are those of C<mke2fs>:\n\n"
      "=over 4\n\n"
      "=item C<blockscount>\n\n"
      "The size of the filesystem in blocks; the whole device without "
      "it.  A filesystem too small for a journal gets none.\n\n"
      "=item C<blocksize> (C<-b>), C<fragsize> (C<-f>, ignored by "
      "current e2fsprogs), C<blockspergroup> (C<-g>), "
      "C<numberofgroups> (C<-G>: groups packed together with "
      "C<flex_bg>), C<bytesperinode> (C<-i>), C<inodesize> (C<-I>), "
      "C<numberofinodes> (C<-N>), C<reservedblockspercentage> "
      "(C<-m>)\n\n"
      "Numbers, as L<mke2fs(8)> describes them.\n\n"
      "=item C<journalsize>\n\n"
      "The size of the journal in megabytes (C<-J size=>).\n\n"
      "=item C<journaldevice>\n\n"
      "An external journal (C<-J device=>): a device made by "
      "C<guestfs_mke2fs> with C<journaldev>, or C<LABEL=>I<label> or "
      "C<UUID=>I<uuid> naming one.\n\n"
      "=item C<stridesize>, C<stripewidth>, C<maxonlineresize>, "
      "C<mmpupdateinterval>\n\n"
      "The extended options C<stride>, C<stripe_width>, C<resize> "
      "and C<mmp_update_interval> (C<-E>).\n\n"
      "=item C<label> (C<-L>), C<lastmounteddir> (C<-M>), "
      "C<creatoros> (C<-o>), C<fstype> (C<-t>: C<ext2>, C<ext3> or "
      "C<ext4>), C<usagetype> (C<-T>), C<uuid> (C<-U>)\n\n"
      "Strings, as L<mke2fs(8)> describes them.  A label has at most "
      "16 bytes.\n\n"
      "=item C<forcecreate> (C<-F>), C<writesbandgrouponly> "
      "(C<-S>)\n\n"
      "=item C<lazyitableinit>, C<lazyjournalinit>, C<testfs>, "
      "C<discard>\n\n"
      "The extended options C<lazy_itable_init>, "
      "C<lazy_journal_init>, C<test_fs> and C<discard> or "
      "C<nodiscard> (C<-E>).  C<testfs> false leaves it out.\n\n"
      "=item C<quotatype>\n\n"
      "True: quota files for users and groups (C<-E "
      "quotatype=usrquota:grpquota>, with the C<quota> feature); "
      "false leaves it out.\n\n"
      "=item C<extent>, C<filetype>, C<flexbg>, C<hasjournal>, "
      "C<journaldev>, C<largefile>, C<quota>, C<resizeinode>, "
      "C<sparsesuper>, C<uninitbg>\n\n"
      "Turn the filesystem features C<extent>, C<filetype>, "
      "C<flex_bg>, C<has_journal>, C<journal_dev>, C<large_file>, "
      "C<quota>, C<resize_inode>, C<sparse_super> and C<uninit_bg> "
      "on (true) or off (false) (C<-O>).\n\n"
      "=back",
      optargs=[OInt64("blockscount"), OInt64("blocksize"),
               OInt64("fragsize"), OInt64("blockspergroup"),
               OInt64("numberofgroups"), OInt64("bytesperinode"),
               OInt64("inodesize"), OInt64("journalsize"),
               OInt64("numberofinodes"), OInt64("stridesize"),
               OInt64("stripewidth"), OInt64("maxonlineresize"),
               OInt("reservedblockspercentage"),
               OInt("mmpupdateinterval"), OString("journaldevice"),
               OString("label"), OString("lastmounteddir"),
               OString("creatoros"), OString("fstype"),
               OString("usagetype"), OString("uuid"),
               OBool("forcecreate"), OBool("writesbandgrouponly"),
               OBool("lazyitableinit"), OBool("lazyjournalinit"),
               OBool("testfs"), OBool("discard"), OBool("quotatype"),
               OBool("extent"), OBool("filetype"), OBool("flexbg"),
               OBool("hasjournal"), OBool("journaldev"),
               OBool("largefile"), OBool("quota"), OBool("resizeinode"),
               OBool("sparsesuper"), OBool("uninitbg")],
      since="1.19.44",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mke2fs", "/dev/sda1", "fstype:ext4",
                          "label:mk", "blockscount:20000",
                          "blocksize:1024", "uuid:" + _UUID,
                          "lastmounteddir:/srv", "inodesize:256",
                          "reservedblockspercentage:2"],
                         ["tune2fs_l", "/dev/sda1"]],
               ("hash", {"Filesystem volume name": "mk",
                         "Block count": "20000", "Block size": "1024",
                         "Filesystem UUID": _UUID,
                         "Last mounted on": "/srv", "Inode size": "256",
                         "Reserved block count": "400",
                         "Filesystem OS type": "Linux"})),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mke2fs", "/dev/sda1", "fstype:ext4",
                          "stridesize:16", "stripewidth:32",
                          "hasjournal:false", "flexbg:false",
                          "resizeinode:false", "uninitbg:false",
                          "quota:true", "blocksize:4096",
                          "blockspergroup:8192", "numberofinodes:5000",
                          "discard:false", "lazyitableinit:false",
                          "mmpupdateinterval:7"],
                         ["tune2fs_l", "/dev/sda1"]],
               ("hash", {"RAID stride": "16", "RAID stripe width": "32",
                         "Blocks per group": "8192",
                         "Inode count": "5120",
                         "Filesystem features":
                             "ext_attr dir_index filetype extent 64bit "
                             "sparse_super large_file huge_file dir_nlink "
                             "extra_isize quota metadata_csum"})),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mke2fs", "/dev/sda1", "fstype:ext4",
                          "extent:false"]], ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mke2fs", "/dev/sda1", "fstype:ext3",
                          "journalsize:8"],
                         ["vfs_type", "/dev/sda1"]], ("string", "ext3")),
             T("empty", _JOURNAL_PARTS + [
                   ["mke2fs", "/dev/sda1", "journaldev:true",
                    "uuid:" + _UUID, "blocksize:4096"],
                   ["mke2fs", "/dev/sda2", "fstype:ext4", "blocksize:4096",
                    "journaldevice:/dev/sda1"],
                   ["tune2fs_l", "/dev/sda2"]],
               ("hash", {"Journal UUID": _UUID})),
             T("empty", _JOURNAL_PARTS + [
                   ["mke2fs", "/dev/sda1", "journaldev:true",
                    "label:JLABEL", "blocksize:4096"],
                   ["mke2fs", "/dev/sda2", "fstype:ext4", "blocksize:4096",
                    "journaldevice:LABEL=JLABEL"],
                   ["vfs_type", "/dev/sda2"]], ("string", "ext4")),
             T("empty", _JOURNAL_PARTS + [
                   ["mke2fs", "/dev/sda2", "fstype:ext4",
                    "journaldevice:/dev/sdz1"]], ("fail",)),
             T("empty", _JOURNAL_PARTS + [
                   ["mke2fs", "/dev/sda2", "fstype:ext4",
                    "journalsize:8", "journaldevice:/dev/sda1"]],
               ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mke2fs", "/dev/sda1", "fstype:ext9"]],
               ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mke2fs", "/dev/sda1",
                          "label:01234567890123456"]], ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mke2fs", "/dev/sda1", "blocksize:-1024"]],
               ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mke2fs", "/dev/sda1", "blockscount:5"]],
               ("fail",)),
             T("empty", [["mke2fs", "/dev/sdz"]], ("fail",))]),
    d(708, "get_e2label", RString(), [Device("device")],
      "get the ext2/3/4 filesystem label",
      "The label of the ext2, ext3 or ext4 filesystem on C<device> "
      "(empty if it has none).",
      since="1.0.15", deprecated_by="vfs_label",
      tests=[T("basicfs", [["set_e2label", "/dev/sda1", "hello"],
                           ["get_e2label", "/dev/sda1"]],
               ("string", "hello")),
             T("basicfs", [["get_e2label", "/dev/sda1"]], ("string", "")),
             T("empty", [["get_e2label", "/dev/sda"]], ("fail",))]),
    d(709, "set_e2label", RErr(), [Device("device"), String("label")],
      "set the ext2/3/4 filesystem label",
      "Set the label of the ext2, ext3 or ext4 filesystem on "
      "C<device>: at most 16 bytes, or empty to remove it.",
      since="1.0.15", deprecated_by="set_label",
      tests=[T("basicfs", [["set_e2label", "/dev/sda1", "0123456789abcdef"],
                           ["vfs_label", "/dev/sda1"]],
               ("string", "0123456789abcdef")),
             T("basicfs", [["set_e2label", "/dev/sda1",
                            "0123456789abcdefg"]], ("fail",)),
             T("empty", [["set_e2label", "/dev/sda", "x"]], ("fail",))]),
    d(710, "get_e2uuid", RString(), [Device("device")],
      "get the ext2/3/4 filesystem UUID",
      "The UUID of the ext2, ext3 or ext4 filesystem on C<device> "
      "(empty if it is the null UUID).",
      since="1.0.15", deprecated_by="vfs_uuid",
      tests=[T("basicfs", [["umount", "/"],
                           ["set_e2uuid", "/dev/sda1", _UUID],
                           ["get_e2uuid", "/dev/sda1"]],
               ("string", _UUID)),
             T("empty", [["get_e2uuid", "/dev/sda"]], ("fail",))]),
    d(711, "set_e2uuid", RErr(), [Device("device"), String("uuid")],
      "set the ext2/3/4 filesystem UUID",
      "Set the UUID of the ext2, ext3 or ext4 filesystem on "
      "C<device> to C<uuid>, or, as L<tune2fs(8)> C<-U> takes them, "
      "C<clear> (the null UUID), C<random> or C<time> (a new random or "
      "time-based one).  C<guestfs_vfs_uuid> reads it.",
      since="1.0.15", deprecated_by="set_uuid",
      tests=[T("basicfs", [["umount", "/"],
                           ["set_e2uuid", "/dev/sda1", _UUID],
                           ["vfs_uuid", "/dev/sda1"]], ("string", _UUID)),
             T("basicfs", [["umount", "/"],
                           ["set_e2uuid", "/dev/sda1", "clear"],
                           ["get_e2uuid", "/dev/sda1"]], ("string", "")),
             T("basicfs", [["umount", "/"],
                           ["set_e2uuid", "/dev/sda1", "clear"],
                           ["set_e2uuid", "/dev/sda1", "random"],
                           ["get_e2uuid", "/dev/sda1"]], ("len", 36)),
             T("basicfs", [["umount", "/"],
                           ["set_e2uuid", "/dev/sda1", "not-a-uuid"]],
               ("fail",))]),
    d(712, "set_uuid", RErr(), [Device("device"), String("uuid")],
      "set the filesystem UUID",
      "Set the UUID of the filesystem on C<device> to C<uuid> (written "
      "C<xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx> in hexadecimal).  "
      "ext2/3/4 (L<tune2fs(8)>), xfs (L<xfs_admin(8)>: unmounted "
      "only), btrfs (L<btrfstune(8)>, when the appliance has it: "
      "unmounted only) and swap (L<swaplabel(8)>) are supported; on "
      "other types the call fails with errno C<ENOTSUP>.  "
      "C<guestfs_vfs_uuid> reads it.",
      since="1.23.10",
      tests=[T("basicfs", [["umount", "/"],
                           ["set_uuid", "/dev/sda1", _UUID],
                           ["vfs_uuid", "/dev/sda1"]], ("string", _UUID)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["set_uuid", "/dev/sda1", _UUID.upper()],
                         ["vfs_uuid", "/dev/sda1"]], ("string", _UUID)),
             T("basicfs", [["umount", "/"],
                           ["set_uuid", "/dev/sda1", "random"]],
               ("fail",)),
             T("basicfs", [["umount", "/"],
                           ["set_uuid", "/dev/sda1",
                            "01234567-89ab-cdef-0123-456789abcdeg"]],
               ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "vfat", "/dev/sda1"],
                         ["set_uuid", "/dev/sda1", _UUID]], ("fail",)),
             T("empty", [["set_uuid", "/dev/sda", _UUID]], ("fail",))]),
    d(713, "set_uuid_random", RErr(), [Device("device")],
      "set a random UUID for the filesystem",
      "Set the UUID of the filesystem on C<device> to a new random "
      "one.  The filesystem types are those of C<guestfs_set_uuid>; on "
      "others the call fails with errno C<ENOTSUP>.",
      since="1.29.50",
      tests=[T("basicfs", [["umount", "/"],
                           ["set_e2uuid", "/dev/sda1", "clear"],
                           ["set_uuid_random", "/dev/sda1"],
                           ["vfs_uuid", "/dev/sda1"]], ("len", 36)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["set_uuid", "/dev/sda1",
                          "00000000-0000-0000-0000-000000000001"],
                         ["set_uuid_random", "/dev/sda1"],
                         ["vfs_uuid", "/dev/sda1"]], ("len", 36)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "vfat", "/dev/sda1"],
                         ["set_uuid_random", "/dev/sda1"]], ("fail",))]),
    d(714, "get_e2attrs", RString(), [Pathname("file")],
      "get ext2 file attributes of a file",
      "The attributes of C<file> on an ext2, ext3 or ext4 filesystem, "
      "as the letters of L<chattr(1)> in the order L<lsattr(1)> shows "
      "them, without the dashes: empty if none is set.  The letters "
      "are:\n\n"
      "=over 4\n\n"
      "=item C<s> secure deletion\n\n"
      "=item C<u> undeletable\n\n"
      "=item C<S> synchronous updates\n\n"
      "=item C<D> synchronous directory updates\n\n"
      "=item C<i> immutable\n\n"
      "=item C<a> append only\n\n"
      "=item C<d> not dumped\n\n"
      "=item C<A> no atime updates\n\n"
      "=item C<c> compressed\n\n"
      "=item C<E> encrypted\n\n"
      "=item C<j> data journalling\n\n"
      "=item C<I> indexed directory\n\n"
      "=item C<t> no tail merging\n\n"
      "=item C<T> top of directory hierarchies\n\n"
      "=item C<e> extents\n\n"
      "=item C<C> no copy on write\n\n"
      "=item C<x> direct access (DAX)\n\n"
      "=item C<F> case-insensitive directory\n\n"
      "=item C<N> inline data\n\n"
      "=item C<P> project hierarchy\n\n"
      "=item C<V> verity\n\n"
      "=item C<m> not compressed\n\n"
      "=back\n\n"
      "Other filesystems may refuse the call.  These are not extended "
      "attributes.  See also C<guestfs_set_e2attrs>.",
      since="1.17.31",
      tests=[T("basicfs", [["touch", "/f"], ["get_e2attrs", "/f"]],
               ("string", "")),
             T("basicfs", [["touch", "/f"],
                           ["set_e2attrs", "/f", "aAdS"],
                           ["get_e2attrs", "/f"]], ("string", "AadS")),
             T("scratchfs", [["mkdir", "/get_e2attrs"],
                             ["touch", "/get_e2attrs/f"],
                             ["get_e2attrs", "/get_e2attrs/f"]],
               ("string", "e")),
             T("basicfs", [["get_e2attrs", "/nosuch"]], ("fail",))]),
    d(715, "set_e2attrs", RErr(),
      [Pathname("file"), String("attrs")],
      "set ext2 file attributes of a file",
      "Set the attributes named by the letters of C<attrs> (see "
      "C<guestfs_get_e2attrs>) on C<file>, or clear them if the "
      "optional C<clear> is true.  The other attributes stay as they "
      "are.  The letters C<E>, C<I>, C<N> and C<V> are read-only; "
      "the filesystem may refuse others.",
      optargs=[OBool("clear")],
      since="1.17.31",
      tests=[T("basicfs", [["touch", "/f"],
                           ["set_e2attrs", "/f", "Adu"],
                           ["set_e2attrs", "/f", "Au", "clear:true"],
                           ["get_e2attrs", "/f"]], ("string", "d")),
             T("basicfs", [["touch", "/f"],
                           ["set_e2attrs", "/f", "i"],
                           ["write", "/f", "x"]], ("fail",)),
             T("basicfs", [["touch", "/f"],
                           ["set_e2attrs", "/f", "i"],
                           ["set_e2attrs", "/f", "i", "clear:false"],
                           ["set_e2attrs", "/f", "i", "clear:true"],
                           ["write", "/f", "x"], ["cat", "/f"]],
               ("string", "x")),
             T("basicfs", [["touch", "/f"],
                           ["set_e2attrs", "/f", "Az"]], ("fail",)),
             T("basicfs", [["touch", "/f"],
                           ["set_e2attrs", "/f", "-d"]], ("fail",)),
             T("basicfs", [["touch", "/f"],
                           ["set_e2attrs", "/f", "I"]], ("fail",)),
             T("basicfs", [["set_e2attrs", "/nosuch", "d"]], ("fail",))]),
    d(716, "get_e2generation", RInt64(), [Pathname("file")],
      "get ext2 file generation of a file",
      "The generation number of the inode of C<file> on an ext2, ext3 "
      "or ext4 filesystem (NFS servers use it).  Other filesystems may "
      "refuse the call.  See C<guestfs_set_e2generation>.",
      since="1.17.31",
      tests=[T("basicfs", [["touch", "/f"],
                           ["set_e2generation", "/f", "123456"],
                           ["get_e2generation", "/f"]], ("int", 123456)),
             T("basicfs", [["get_e2generation", "/nosuch"]], ("fail",))]),
    d(717, "set_e2generation", RErr(),
      [Pathname("file"), Int64("generation")],
      "set ext2 file generation of a file",
      "Set the generation number of the inode of C<file> (from 0 to "
      "4294967295).  See C<guestfs_get_e2generation>.",
      since="1.17.31",
      tests=[T("basicfs", [["mkdir", "/d"],
                           ["set_e2generation", "/d", "4294967295"],
                           ["get_e2generation", "/d"]],
               ("int", 4294967295)),
             T("basicfs", [["touch", "/f"],
                           ["set_e2generation", "/f", "-1"]], ("fail",)),
             T("basicfs", [["touch", "/f"],
                           ["set_e2generation", "/f", "4294967296"]],
               ("fail",))]),
    d(718, "mklost_and_found", RErr(), [Pathname("mountpoint")],
      "make lost+found directory on an ext2/3/4 filesystem",
      "Make the C<lost+found> directory of an ext2, ext3 or ext4 "
      "filesystem in the directory C<mountpoint> (where it is "
      "mounted), with L<mklost+found(8)>, which reserves blocks for "
      "C<e2fsck> to put lost files in.  It fails if C<lost+found> "
      "exists already.",
      since="1.19.56",
      tests=[T("basicfs", [["rm_rf", "/lost+found"],
                           ["mklost_and_found", "/"],
                           ["is_dir", "/lost+found"]], ("true",)),
             T("basicfs", [["mklost_and_found", "/"]], ("fail",)),
             T("basicfs", [["mklost_and_found", "/nosuch"]], ("fail",))]),
    d(719, "mke2journal", RErr(), [Int("blocksize"), Device("device")],
      "make ext2/3/4 external journal",
      "Make an external journal for ext3/ext4 filesystems on "
      "C<device>, with blocks of C<blocksize> bytes: "
      "C<mke2fs -O journal_dev -b> I<blocksize>.",
      since="1.0.68", deprecated_by="mke2fs",
      tests=[T("empty", _JOURNAL_PARTS + [
                   ["mke2journal", "4096", "/dev/sda1"],
                   ["vfs_type", "/dev/sda1"]], ("string", "jbd")),
             T("empty", _JOURNAL_PARTS + [
                   ["mke2journal", "1000", "/dev/sda1"]], ("fail",))]),
    d(720, "mke2journal_L", RErr(),
      [Int("blocksize"), String("label"), Device("device")],
      "make ext2/3/4 external journal with label",
      "As C<guestfs_mke2journal>, labelled C<label>.",
      since="1.0.68", deprecated_by="mke2fs",
      tests=[T("empty", _JOURNAL_PARTS + [
                   ["mke2journal_L", "4096", "JOURNAL", "/dev/sda1"],
                   ["vfs_label", "/dev/sda1"]], ("string", "JOURNAL")),
             T("empty", _JOURNAL_PARTS + [
                   ["mke2journal_L", "4096", "01234567890123456",
                    "/dev/sda1"]], ("fail",))]),
    d(721, "mke2journal_U", RErr(),
      [Int("blocksize"), String("uuid"), Device("device")],
      "make ext2/3/4 external journal with UUID",
      "As C<guestfs_mke2journal>, with the UUID C<uuid>.",
      since="1.0.68", deprecated_by="mke2fs", optional="linuxfsuuid",
      tests=[T("empty", _JOURNAL_PARTS + [
                   ["mke2journal_U", "4096", _UUID, "/dev/sda1"],
                   ["vfs_uuid", "/dev/sda1"]], ("string", _UUID)),
             T("empty", _JOURNAL_PARTS + [
                   ["mke2journal_U", "4096", "bad", "/dev/sda1"]],
               ("fail",))]),
    d(722, "mke2fs_J", RErr(),
      [String("fstype"), Int("blocksize"), Device("device"),
       Device("journal")],
      "make ext2/3/4 filesystem with external journal",
      "Make an ext2, ext3 or ext4 (C<fstype>) filesystem on C<device> "
      "with blocks of C<blocksize> bytes, whose journal is the "
      "external journal on C<journal> (see C<guestfs_mke2journal>): "
      "C<mke2fs -t> I<fstype> C<-b> I<blocksize> C<-J device=>"
      "I<journal> I<device>.",
      since="1.0.68", deprecated_by="mke2fs",
      tests=[T("empty", _JOURNAL_PARTS + [
                   ["mke2journal_U", "4096", _UUID, "/dev/sda1"],
                   ["mke2fs_J", "ext4", "4096", "/dev/sda2", "/dev/sda1"],
                   ["tune2fs_l", "/dev/sda2"]],
               ("hash", {"Journal UUID": _UUID})),
             T("empty", _JOURNAL_PARTS + [
                   ["mke2journal", "4096", "/dev/sda1"],
                   ["mke2fs_J", "ext9", "4096", "/dev/sda2",
                    "/dev/sda1"]], ("fail",)),
             T("empty", _JOURNAL_PARTS + [
                   ["zero", "/dev/sda1"],
                   ["mke2fs_J", "ext4", "4096", "/dev/sda2",
                    "/dev/sda1"]], ("fail",))]),
    d(723, "mke2fs_JL", RErr(),
      [String("fstype"), Int("blocksize"), Device("device"),
       String("label")],
      "make ext2/3/4 filesystem with external journal",
      "As C<guestfs_mke2fs_J>, with the external journal labelled "
      "C<label> (see C<guestfs_mke2journal_L>).",
      since="1.0.68", deprecated_by="mke2fs",
      tests=[T("empty", _JOURNAL_PARTS + [
                   ["mke2fs", "/dev/sda1", "journaldev:true",
                    "label:JOURNAL", "uuid:" + _UUID, "blocksize:4096"],
                   ["mke2fs_JL", "ext4", "4096", "/dev/sda2", "JOURNAL"],
                   ["tune2fs_l", "/dev/sda2"]],
               ("hash", {"Journal UUID": _UUID})),
             T("empty", _JOURNAL_PARTS + [
                   ["mke2fs_JL", "ext4", "4096", "/dev/sda2",
                    "NOSUCHLABEL"]], ("fail",)),
             T("empty", _JOURNAL_PARTS + [
                   ["mke2fs_JL", "ext4", "4096", "/dev/sda2",
                    "01234567890123456"]], ("fail",))]),
    d(724, "mke2fs_JU", RErr(),
      [String("fstype"), Int("blocksize"), Device("device"),
       String("uuid")],
      "make ext2/3/4 filesystem with external journal",
      "As C<guestfs_mke2fs_J>, with the external journal whose UUID is "
      "C<uuid> (see C<guestfs_mke2journal_U>).",
      since="1.0.68", deprecated_by="mke2fs", optional="linuxfsuuid",
      tests=[T("empty", _JOURNAL_PARTS + [
                   ["mke2journal_U", "4096", _UUID, "/dev/sda1"],
                   ["mke2fs_JU", "ext4", "4096", "/dev/sda2", _UUID],
                   ["tune2fs_l", "/dev/sda2"]],
               ("hash", {"Journal UUID": _UUID})),
             T("empty", _JOURNAL_PARTS + [
                   ["zero", "/dev/sda1"],
                   ["mke2fs_JU", "ext4", "4096", "/dev/sda2", _UUID]],
               ("fail",))]),
    d(725, "xfs_info", RStruct("xfsinfo"), [Dev_or_Path("pathordevice")],
      "get geometry of XFS filesystem",
      "The geometry of the XFS filesystem mounted at the directory, or "
      "held by the device, C<pathordevice>, as L<xfs_info(8)> prints "
      "it.  Numbers it does not print are C<-1>, names empty.",
      since="1.19.21", optional="xfs",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["xfs_info", "/dev/sda1"]],
               ("struct", {"xfs_mntpoint": "/dev/sda1",
                           "xfs_blocksize": 4096,
                           "xfs_datablocks": 130816,
                           "xfs_logname": "internal",
                           "xfs_rtname": "none", "xfs_dirversion": 2,
                           "xfs_logversion": 2, "xfs_rtblocks": 0})),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1", "inode:512"],
                         ["mount", "/dev/sda1", "/"],
                         ["xfs_info", "/"]],
               ("struct", {"xfs_mntpoint": "/dev/sda1",
                           "xfs_inodesize": 512,
                           "xfs_datablocks": 130816,
                           "xfs_lazycount": 1, "xfs_cimode": 0})),
             T("basicfs", [["xfs_info", "/"]], ("fail",)),
             T("basicfs", [["xfs_info", "/dev/sda1"]], ("fail",))]),
    d(726, "xfs_growfs", RErr(), [Pathname("path")],
      "expand an existing XFS filesystem",
      "Grow the XFS filesystem mounted at C<path> with "
      "L<xfs_growfs(8)>:\n\n"
      "=over 4\n\n"
      "=item C<datasec>, C<logsec>, C<rtsec>\n\n"
      "Grow the data, log or realtime section (C<-d>, C<-l>, C<-r>); "
      "each to the size of its device unless C<datasize>, C<logsize> "
      "or C<rtsize> says otherwise.\n\n"
      "=item C<datasize>, C<logsize>, C<rtsize>\n\n"
      "The new size of a section in filesystem blocks (C<-D>, C<-L>, "
      "C<-R>).\n\n"
      "=item C<rtextsize>\n\n"
      "The realtime extent size, in bytes (C<-e>).\n\n"
      "=item C<maxpct>\n\n"
      "The most space inodes may take, in percent of the data section "
      "(C<-m>).\n\n"
      "=back",
      optargs=[OBool("datasec"), OBool("logsec"), OBool("rtsec"),
               OInt64("datasize"), OInt64("logsize"), OInt64("rtsize"),
               OInt64("rtextsize"), OInt("maxpct")],
      since="1.19.28", optional="xfs",
      tests=[T("empty", [["part_init", "/dev/sda", "mbr"],
                         ["part_add", "/dev/sda", "p", "2048", "718847"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["part_init", "/dev/sda", "mbr"],
                         ["part_add", "/dev/sda", "p", "2048", "-1"],
                         ["mount", "/dev/sda1", "/"],
                         ["xfs_growfs", "/", "datasec:true",
                          "maxpct:30"],
                         ["xfs_info", "/"]],
               ("struct", {"xfs_datablocks": 130816,
                           "xfs_imaxpct": 30})),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["xfs_growfs", "/", "datasec:true",
                          "datasize:100000000000"]], ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["xfs_growfs", "/", "maxpct:101"]], ("fail",)),
             T("basicfs", [["xfs_growfs", "/"]], ("fail",))]),
    d(727, "xfs_admin", RErr(), [Device("device")],
      "change parameters of an XFS filesystem",
      "Change parameters of the XFS filesystem on C<device>, which "
      "must not be mounted, with L<xfs_admin(8)>:\n\n"
      "=over 4\n\n"
      "=item C<extunwritten>, C<v2log>, C<projid32bit>\n\n"
      "True: turn on unwritten extents (C<-e>), version 2 logs "
      "(C<-j>) or 32-bit project IDs (C<-p>); these cannot be turned "
      "off.\n\n"
      "=item C<imgfile>\n\n"
      "C<device> is a file holding a filesystem image (C<-f>).\n\n"
      "=item C<lazycounter>\n\n"
      "Turn lazy superblock counters on or off (C<-c>).  Version 5 "
      "filesystems always have them.\n\n"
      "=item C<label>\n\n"
      "The label: at most 12 bytes of letters, digits and "
      "C<-_.+,:=@/> (other characters are refused).\n\n"
      "=item C<uuid>\n\n"
      "The UUID, or C<nil> (the null UUID) or C<generate> (a new "
      "random one).\n\n"
      "=back\n\n"
      "C<guestfs_xfs_info> shows the parameters.",
      optargs=[OBool("extunwritten"), OBool("imgfile"), OBool("v2log"),
               OBool("projid32bit"), OBool("lazycounter"),
               OString("label"), OString("uuid")],
      since="1.19.33", optional="xfs",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["xfs_admin", "/dev/sda1", "label:hello",
                          "uuid:" + _UUID],
                         ["vfs_label", "/dev/sda1"]], ("string", "hello")),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["xfs_admin", "/dev/sda1", "uuid:" + _UUID],
                         ["vfs_uuid", "/dev/sda1"]], ("string", _UUID)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["xfs_admin", "/dev/sda1", "lazycounter:true",
                          "v2log:true", "projid32bit:true",
                          "extunwritten:true", "label:x"],
                         ["xfs_admin", "/dev/sda1", "label:"],
                         ["vfs_label", "/dev/sda1"]], ("string", "")),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["xfs_admin", "/dev/sda1", "uuid:nil"],
                         ["vfs_uuid", "/dev/sda1"]], ("string", "")),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["xfs_admin", "/dev/sda1", "label:a b"]],
               ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["xfs_admin", "/dev/sda1", "uuid:$(reboot)"]],
               ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["xfs_admin", "/dev/sda1", "label:x"]],
               ("fail",)),
             T("basicfs", [["umount", "/"],
                           ["xfs_admin", "/dev/sda1", "label:x"]],
               ("fail",))]),
    d(728, "xfs_repair", RInt(), [Device("device")],
      "repair an XFS filesystem",
      "Check and repair the XFS filesystem on C<device>, which must "
      "not be mounted, with L<xfs_repair(8)>.  The result is C<1> if "
      "it found corruption it did not repair (with C<nomodify>), else "
      "C<0>.\n\n"
      "=over 4\n\n"
      "=item C<forcelogzero> (C<-L>)\n\n"
      "Clear the log even if it holds changes (they are lost).\n\n"
      "=item C<nomodify> (C<-n>)\n\n"
      "Only check; change nothing.\n\n"
      "=item C<noprefetch> (C<-P>)\n\n"
      "Do not prefetch inodes and directory blocks.\n\n"
      "=item C<forcegeometry> (C<-o force_geometry>)\n\n"
      "Use the geometry of the first superblock even if the others "
      "disagree.\n\n"
      "=item C<maxmem> (C<-m>)\n\n"
      "The most memory to use, in megabytes.\n\n"
      "=item C<ihashsize>, C<bhashsize>, C<agstride>\n\n"
      "The C<-o> options C<ihash>, C<bhash> and C<ag_stride>.\n\n"
      "=item C<logdev> (C<-l>), C<rtdev> (C<-r>)\n\n"
      "The devices of an external log and realtime section.\n\n"
      "=back",
      optargs=[OBool("forcelogzero"), OBool("nomodify"),
               OBool("noprefetch"), OBool("forcegeometry"),
               OInt64("maxmem"), OInt64("ihashsize"),
               OInt64("bhashsize"), OInt64("agstride"),
               OString("logdev"), OString("rtdev")],
      since="1.19.36", optional="xfs",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["xfs_repair", "/dev/sda1", "noprefetch:true",
                          "agstride:2", "maxmem:64"]], ("int", 0)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["xfs_repair", "/dev/sda1", "nomodify:true"]],
               ("int", 0)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["zero", "/dev/sda1"],
                         ["xfs_repair", "/dev/sda1", "nomodify:true"]],
               ("int", 1)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["xfs_repair", "/dev/sda1", "maxmem:-1"]],
               ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["xfs_repair", "/dev/sda1"]], ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["xfs_repair", "/dev/sda1",
                          "logdev:/dev/nosuch"]], ("fail",))]),
]

# ----------------------------------- ntfs, fsck, trim, zeroing, scrub
# Procedure numbers 800-899.

FS_MAINT_ACTIONS = [
]

ACTIONS = (LIBRARY_ACTIONS + DAEMON_ACTIONS + LVM_ACTIONS + PARTITION_ACTIONS + BLOCKDEV_ACTIONS + CRYPT_MD_SWAP_ACTIONS + LDM_ACTIONS + BTRFS_ACTIONS + EXT_XFS_ACTIONS + FS_MAINT_ACTIONS)
