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

C<label>: a label for the drive, 1 to 20 ASCII letters C<[a-zA-Z]>: the
drive is also named C</dev/disk/guestfs/LABEL> and its partitions
C</dev/disk/guestfs/LABELN> (see L</DISK LABELS>).

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

_PARTNUM_DOC = "  Partitions are numbered from 1."
_GUID_DOC = ("  C<guid> is written C<XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX> "
             "in hexadecimal digits (either case).")
_GUID1 = "01234567-89AB-CDEF-0123-456789ABCDEF"
_GUID2 = "0FC63DAF-8483-4772-8E79-3D69D8477DE4"  # Linux filesystem data
_GUID_ESP = "C12A7328-F81F-11D2-BA4B-00A0C93EC93B"


def _gpt2(*seq):
    """A GPT on /dev/sda with partitions 1 and 2, then seq."""
    return [["part_init", "/dev/sda", "gpt"],
            ["part_add", "/dev/sda", "p", "2048", "206847"],
            ["part_add", "/dev/sda", "p", "206848", "411647"]] + list(seq)


def _mbr3(*seq):
    """An MBR on /dev/sda: primary 1, extended 2 holding logical 5."""
    return [["part_init", "/dev/sda", "mbr"],
            ["part_add", "/dev/sda", "p", "2048", "206847"],
            ["part_add", "/dev/sda", "e", "206848", "819199"],
            ["part_add", "/dev/sda", "l", "208896", "411647"]] + list(seq)


def _grown_gpt(*seq):
    """/dev/sda holding a GPT whose backup header is at 100 MiB."""
    return [["part_init", "/dev/sda", "mbr"],
            ["part_add", "/dev/sda", "p", "2048", "206847"],
            ["sfdisk", "/dev/sda1", "0", "0", "0", "label:gpt"],
            ["dd", "/dev/sda1", "/dev/sda"]] + list(seq)


PARTITION_ACTIONS = [
    d(200, "part_del", RErr(), [Device("device"), Int("partnum")],
      "delete a partition",
      "This command deletes the partition numbered C<partnum> on "
      "C<device>.\n\n"
      "Note that in the case of MBR partitioning, deleting an extended "
      "partition also deletes any logical partitions it contains.",
      since="1.3.2",
      tests=[T("empty", _mbr3(["part_del", "/dev/sda", "1"],
                              ["list_partitions"]),
               ("strings", ["/dev/sda2", "/dev/sda5", "/dev/sdb1"])),
             T("empty", _mbr3(["part_del", "/dev/sda", "2"],
                              ["list_partitions"]),
               ("strings", ["/dev/sda1", "/dev/sdb1"])),
             T("empty", _gpt2(["part_del", "/dev/sda", "3"]), ("fail",)),
             T("empty", _gpt2(["part_del", "/dev/sda", "0"]), ("fail",)),
             T("empty", [["part_del", "/dev/sdz", "1"]], ("fail",))]),
    d(201, "part_get_bootable", RBool(), [Device("device"), Int("partnum")],
      "return true if a partition is bootable",
      "This command returns true if the partition C<partnum> on "
      "C<device> has the bootable flag set.\n\n"
      "See also L</guestfs_part_set_bootable>.",
      since="1.3.2",
      tests=[T("empty", _mbr3(["part_get_bootable", "/dev/sda", "1"]),
               ("false",)),
             T("empty", _mbr3(["part_set_bootable", "/dev/sda", "1", "true"],
                              ["part_get_bootable", "/dev/sda", "1"]),
               ("true",)),
             T("empty", _mbr3(["part_get_bootable", "/dev/sda", "3"]),
               ("fail",)),
             T("empty", [["part_get_bootable", "/dev/sda", "1"]],
               ("fail",))]),
    d(202, "part_set_bootable", RErr(),
      [Device("device"), Int("partnum"), Bool("bootable")],
      "make a partition bootable",
      "This sets the bootable flag on partition numbered C<partnum> on "
      "device C<device>.  Note that partitions are numbered from 1.\n\n"
      "The bootable flag is used by some operating systems (notably "
      "Windows) to determine which partition to boot from.  It is by no "
      "means universally recognized.",
      since="1.0.78",
      tests=[T("empty", _mbr3(["part_set_bootable", "/dev/sda", "1", "true"],
                              ["part_set_bootable", "/dev/sda", "1",
                               "false"],
                              ["part_get_bootable", "/dev/sda", "1"]),
               ("false",)),
             # On GPT the flag is the EFI system partition's type.
             T("empty", _gpt2(["part_set_bootable", "/dev/sda", "2", "true"],
                              ["part_get_gpt_type", "/dev/sda", "2"]),
               ("string", _GUID_ESP)),
             T("basicfs", [["part_set_bootable", "/dev/sda", "1", "true"],
                           ["part_get_bootable", "/dev/sda", "1"]],
               ("true",)),
             T("empty", _mbr3(["part_set_bootable", "/dev/sda", "4",
                               "true"]), ("fail",))]),
    d(203, "part_get_mbr_id", RInt(), [Device("device"), Int("partnum")],
      "get the MBR type byte (ID byte) from a partition",
      "Returns the MBR type byte (also known as the ID byte) from the "
      "numbered partition C<partnum>.\n\n"
      "Note that only MBR (old DOS-style) partitions have type bytes.  "
      "Called on another partition table type (see "
      "L</guestfs_part_get_parttype>) it fails.",
      since="1.3.2",
      tests=[T("empty", _mbr3(["part_get_mbr_id", "/dev/sda", "1"]),
               ("int", 0x83)),
             # parted makes extended partitions with LBA (0x0f).
             T("empty", _mbr3(["part_get_mbr_id", "/dev/sda", "2"]),
               ("int", 0x0f)),
             T("empty", _mbr3(["part_get_mbr_id", "/dev/sda", "3"]),
               ("fail",)),
             T("empty", _gpt2(["part_get_mbr_id", "/dev/sda", "1"]),
               ("fail",))]),
    d(204, "part_set_mbr_id", RErr(),
      [Device("device"), Int("partnum"), Int("idbyte")],
      "set the MBR type byte (ID byte) of a partition",
      "Sets the MBR type byte (also known as the ID byte) of the "
      "numbered partition C<partnum> to C<idbyte>.  Note that the type "
      "bytes quoted in most documentation are in fact hexadecimal "
      "numbers, but usually documented without any leading \"0x\" which "
      "might be confusing.\n\n"
      "Note that only MBR (old DOS-style) partitions have type bytes.  "
      "Called on another partition table type (see "
      "L</guestfs_part_get_parttype>) it fails.",
      since="1.3.2",
      tests=[T("empty", _mbr3(["part_set_mbr_id", "/dev/sda", "1", "0x7"],
                              ["part_get_mbr_id", "/dev/sda", "1"]),
               ("int", 7)),
             T("empty", _mbr3(["part_set_mbr_id", "/dev/sda", "5", "0xfd"],
                              ["part_get_mbr_id", "/dev/sda", "5"]),
               ("int", 0xfd)),
             # /dev/sda1 mounted.
             T("basicfs", [["part_set_mbr_id", "/dev/sda", "1", "0x0c"],
                           ["part_get_mbr_id", "/dev/sda", "1"]],
               ("int", 0x0c)),
             T("empty", _mbr3(["part_set_mbr_id", "/dev/sda", "1", "256"]),
               ("fail",)),
             T("empty", _mbr3(["part_set_mbr_id", "/dev/sda", "1", "-1"]),
               ("fail",)),
             T("empty", _mbr3(["part_set_mbr_id", "/dev/sda", "3", "0x83"]),
               ("fail",)),
             T("empty", _gpt2(["part_set_mbr_id", "/dev/sda", "1", "0x83"]),
               ("fail",))]),
    d(205, "part_get_mbr_part_type", RString(),
      [Device("device"), Int("partnum")],
      "get the MBR partition type",
      "This returns the partition type of an MBR partition numbered "
      "C<partnum> on device C<device>.\n\n"
      "It returns C<primary>, C<logical>, or C<extended>.",
      since="1.29.32",
      tests=[T("empty", _mbr3(["part_get_mbr_part_type", "/dev/sda", "1"]),
               ("string", "primary")),
             T("empty", _mbr3(["part_get_mbr_part_type", "/dev/sda", "2"]),
               ("string", "extended")),
             T("empty", _mbr3(["part_get_mbr_part_type", "/dev/sda", "5"]),
               ("string", "logical")),
             T("empty", _mbr3(["part_get_mbr_part_type", "/dev/sda", "3"]),
               ("fail",)),
             # As libguestfs: every GPT partition is primary.
             T("empty", _gpt2(["part_get_mbr_part_type", "/dev/sda", "1"]),
               ("string", "primary")),
             T("empty", _gpt2(["part_get_mbr_part_type", "/dev/sda", "0"]),
               ("fail",))]),
    d(206, "part_get_name", RString(), [Device("device"), Int("partnum")],
      "get partition name",
      "This gets the partition name on partition numbered C<partnum> on "
      "device C<device>.  Note that partitions are numbered from 1.\n\n"
      "The partition name can only be read on certain types of "
      "partition table.  This works on C<gpt> but not on C<mbr> "
      "partitions.",
      since="1.25.33",
      tests=[T("empty", _gpt2(["part_set_name", "/dev/sda", "2", "data"],
                              ["part_get_name", "/dev/sda", "2"]),
               ("string", "data")),
             T("empty", _gpt2(["part_get_name", "/dev/sda", "3"]),
               ("fail",)),
             T("empty", _mbr3(["part_get_name", "/dev/sda", "1"]),
               ("fail",))]),
    d(207, "part_set_name", RErr(),
      [Device("device"), Int("partnum"), String("name")],
      "set partition name",
      "This sets the partition name on partition numbered C<partnum> on "
      "device C<device>.  Note that partitions are numbered from 1.\n\n"
      "The partition name can only be set on certain types of partition "
      "table.  This works on C<gpt> but not on C<mbr> partitions.",
      since="1.0.78",
      tests=[T("empty", _gpt2(["part_set_name", "/dev/sda", "1",
                               "-a b\\\\c:d'e\"f;"],
                              ["part_get_name", "/dev/sda", "1"]),
               ("string", "-a b\\\\c:d'e\"f;")),
             T("empty", _gpt2(["part_set_name", "/dev/sda", "1", "x"],
                              ["part_set_name", "/dev/sda", "1", ""],
                              ["part_get_name", "/dev/sda", "1"]),
               ("string", "")),
             # 36 UTF-16 code units at most; U+1F600 takes two.
             T("empty", _gpt2(["part_set_name", "/dev/sda", "1",
                               "abcdefghijklmnopqrstuvwxyz0123456789"],
                              ["part_get_name", "/dev/sda", "1"]),
               ("string", "abcdefghijklmnopqrstuvwxyz0123456789")),
             T("empty", _gpt2(["part_set_name", "/dev/sda", "1",
                               "abcdefghijklmnopqrstuvwxyz0123456789x"]),
               ("fail",)),
             T("empty", _gpt2(["part_set_name", "/dev/sda", "1",
                               "abcdefghijklmnopqrstuvwxyz012345678"
                               "\\xf0\\x9f\\x98\\x80"]), ("fail",)),
             T("empty", _gpt2(["part_set_name", "/dev/sda", "1",
                               "\\xc3\\xa9t\\xc3\\xa9"],
                              ["part_get_name", "/dev/sda", "1"]),
               ("string", "\\xc3\\xa9t\\xc3\\xa9")),
             T("empty", _gpt2(["part_set_name", "/dev/sda", "3", "x"]),
               ("fail",)),
             T("empty", _mbr3(["part_set_name", "/dev/sda", "1", "x"]),
               ("fail",))]),
    d(208, "part_resize", RErr(),
      [Device("device"), Int("partnum"), Int64("endsect")],
      "resize a partition",
      "This command resizes the partition numbered C<partnum> on "
      "C<device> by moving the end position.\n\n"
      "Note that this does not modify any filesystem present in the "
      "partition.  If you wish to do this, you will need to use "
      "filesystem resizing commands like C<guestfs_resize2fs>.\n\n"
      "When growing a partition you will want to grow the filesystem "
      "afterwards, but when shrinking, you need to shrink the filesystem "
      "before the partition.",
      since="1.37.20",
      tests=[T("empty", _gpt2(["part_del", "/dev/sda", "2"],
                              ["part_resize", "/dev/sda", "1", "411647"],
                              ["blockdev_getsize64", "/dev/sda1"]),
               ("int", 409600 * 512)),
             # Shrinking.
             T("empty", _mbr3(["part_resize", "/dev/sda", "1", "104447"],
                              ["blockdev_getsize64", "/dev/sda1"]),
               ("int", 102400 * 512)),
             # Into partition 2.
             T("empty", _gpt2(["part_resize", "/dev/sda", "1", "300000"]),
               ("fail",)),
             T("empty", _gpt2(["part_resize", "/dev/sda", "1", "1000"]),
               ("fail",)),
             T("empty", _gpt2(["part_resize", "/dev/sda", "3", "500000"]),
               ("fail",))]),
    d(209, "part_to_dev", RString(), [Device("partition")],
      "convert partition name to device name",
      "This function takes a partition name (eg. \"/dev/sdb1\") and "
      "removes the partition number, returning the device name (eg. "
      "\"/dev/sdb\").\n\n"
      "The named partition must exist, for example as a string returned "
      "from L</guestfs_list_partitions>.\n\n"
      "See also L</guestfs_part_to_partnum>.",
      since="1.5.15",
      tests=[T("empty", _mbr3(["part_to_dev", "/dev/sda5"]),
               ("string", "/dev/sda")),
             T("none", [["part_to_dev", "/dev/sdb1"]],
               ("string", "/dev/sdb")),
             T("none", [["part_to_dev", "/dev/disk/guestfs/scratch1"]],
               ("string", "/dev/sdb")),
             T("none", [["part_to_dev", "/dev/sdb"]], ("fail",)),
             T("empty", [["part_to_dev", "/dev/sda1"]], ("fail",))]),
    d(210, "part_to_partnum", RInt(), [Device("partition")],
      "convert partition name to partition number",
      "This function takes a partition name (eg. \"/dev/sdb1\") and "
      "returns the partition number (eg. C<1>).\n\n"
      "The named partition must exist, for example as a string returned "
      "from L</guestfs_list_partitions>.\n\n"
      "See also L</guestfs_part_to_dev>.",
      since="1.13.25",
      tests=[T("empty", _mbr3(["part_to_partnum", "/dev/sda5"]),
               ("int", 5)),
             T("none", [["part_to_partnum", "/dev/disk/guestfs/scratch1"]],
               ("int", 1)),
             T("none", [["part_to_partnum", "/dev/sdb"]], ("fail",)),
             T("empty", [["part_to_partnum", "/dev/sda3"]], ("fail",))]),
    d(211, "part_get_gpt_type", RString(), [Device("device"), Int("partnum")],
      "get the type GUID of a GPT partition",
      "Return the type GUID of numbered GPT partition C<partnum>.  For "
      "MBR partitions, return an appropriate GUID corresponding to the "
      "MBR type.  Behaviour is undefined for other partition types.",
      since="1.21.1", optional="gdisk",
      tests=[T("empty", _gpt2(["part_get_gpt_type", "/dev/sda", "1"]),
               ("string", _GUID2)),
             T("empty", _mbr3(["part_get_gpt_type", "/dev/sda", "1"]),
               ("string", _GUID2)),
             T("empty", _gpt2(["part_get_gpt_type", "/dev/sda", "3"]),
               ("fail",))]),
    d(212, "part_set_gpt_type", RErr(),
      [Device("device"), Int("partnum"), String("guid")],
      "set the type GUID of a GPT partition",
      "Set the type GUID of numbered GPT partition C<partnum> to "
      "C<guid>.  Return an error if the partition table of C<device> "
      "isn't GPT, or if C<guid> is not a valid GUID." + _GUID_DOC + "\n\n"
      "See L<https://en.wikipedia.org/wiki/GUID_Partition_Table#Partition_type_GUIDs> "
      "for a useful list of type GUIDs.",
      since="1.21.1", optional="gdisk",
      tests=[T("empty", _gpt2(["part_set_gpt_type", "/dev/sda", "2",
                               _GUID1.lower()],
                              ["part_get_gpt_type", "/dev/sda", "2"]),
               ("string", _GUID1)),
             T("empty", _gpt2(["part_set_gpt_type", "/dev/sda", "2",
                               "R"]), ("fail",)),
             T("empty", _gpt2(["part_set_gpt_type", "/dev/sda", "2",
                               _GUID1 + "0"]), ("fail",)),
             T("empty", _gpt2(["part_set_gpt_type", "/dev/sda", "3",
                               _GUID1]), ("fail",)),
             T("empty", _mbr3(["part_set_gpt_type", "/dev/sda", "1",
                               _GUID1]), ("fail",))]),
    d(213, "part_get_gpt_guid", RString(), [Device("device"), Int("partnum")],
      "get the GUID of a GPT partition",
      "Return the GUID of numbered GPT partition C<partnum>.",
      since="1.29.25", optional="gdisk",
      tests=[T("empty", _gpt2(["part_get_gpt_guid", "/dev/sda", "1"]),
               ("len", 36)),
             T("empty", _gpt2(["part_get_gpt_guid", "/dev/sda", "3"]),
               ("fail",)),
             T("empty", _mbr3(["part_get_gpt_guid", "/dev/sda", "1"]),
               ("fail",))]),
    d(214, "part_set_gpt_guid", RErr(),
      [Device("device"), Int("partnum"), String("guid")],
      "set the GUID of a GPT partition",
      "Set the GUID of numbered GPT partition C<partnum> to C<guid>.  "
      "Return an error if the partition table of C<device> isn't GPT, "
      "or if C<guid> is not a valid GUID." + _GUID_DOC,
      since="1.29.25", optional="gdisk",
      tests=[T("empty", _gpt2(["part_set_gpt_guid", "/dev/sda", "1",
                               _GUID1],
                              ["part_get_gpt_guid", "/dev/sda", "1"]),
               ("string", _GUID1)),
             T("empty", _gpt2(["part_set_gpt_guid", "/dev/sda", "1",
                               "0123456789AB-CDEF-0123-456789ABCDEF"]),
               ("fail",)),
             T("empty", _gpt2(["part_set_gpt_guid", "/dev/sda", "1",
                               "-" + _GUID1[1:]]), ("fail",)),
             T("empty", _mbr3(["part_set_gpt_guid", "/dev/sda", "1",
                               _GUID1]), ("fail",))]),
    d(215, "part_get_gpt_attributes", RInt64(),
      [Device("device"), Int("partnum")],
      "get the attribute flags of a GPT partition",
      "Return the attribute flags of numbered GPT partition C<partnum>.  "
      "An error is returned for MBR partitions.",
      since="1.21.1", optional="gdisk",
      tests=[T("empty", _gpt2(["part_get_gpt_attributes", "/dev/sda", "1"]),
               ("int", 0)),
             T("empty", _mbr3(["part_get_gpt_attributes", "/dev/sda", "1"]),
               ("fail",)),
             T("empty", _gpt2(["part_get_gpt_attributes", "/dev/sda", "3"]),
               ("fail",))]),
    d(216, "part_set_gpt_attributes", RErr(),
      [Device("device"), Int("partnum"), Int64("attributes")],
      "set the attribute flags of a GPT partition",
      "Set the attribute flags of numbered GPT partition C<partnum> to "
      "C<attributes>.  Return an error if the partition table of "
      "C<device> isn't GPT.\n\n"
      "See L<https://en.wikipedia.org/wiki/GUID_Partition_Table#Partition_entries> "
      "for a useful list of partition attributes.",
      since="1.21.1", optional="gdisk",
      tests=[T("empty", _gpt2(["part_set_gpt_attributes", "/dev/sda", "1",
                               "0x1000000000000004"],
                              ["part_get_gpt_attributes", "/dev/sda", "1"]),
               ("int", 0x1000000000000004)),
             # Bit 63 makes it negative as an int64.
             T("empty", _gpt2(["part_set_gpt_attributes", "/dev/sda", "1",
                               "-9223372036854775807"],
                              ["part_get_gpt_attributes", "/dev/sda", "1"]),
               ("int", -9223372036854775807)),
             T("empty", _gpt2(["part_set_gpt_attributes", "/dev/sda", "3",
                               "4"]), ("fail",)),
             T("empty", _mbr3(["part_set_gpt_attributes", "/dev/sda", "1",
                               "4"]), ("fail",))]),
    d(217, "part_get_disk_guid", RString(), [Device("device")],
      "get the GUID of a GPT-partitioned disk",
      "Return the disk identifier (GUID) of a GPT-partitioned "
      "C<device>.  Behaviour is undefined for other partition types "
      "(here: an error).",
      since="1.33.2", optional="gdisk",
      tests=[T("empty", _gpt2(["part_get_disk_guid", "/dev/sda"]),
               ("len", 36)),
             T("empty", _mbr3(["part_get_disk_guid", "/dev/sda"]),
               ("fail",)),
             T("empty", [["part_get_disk_guid", "/dev/sdz"]], ("fail",))]),
    d(218, "part_set_disk_guid", RErr(), [Device("device"), String("guid")],
      "set the GUID of a GPT-partitioned disk",
      "Set the disk identifier (GUID) of a GPT-partitioned C<device> to "
      "C<guid>.  Return an error if the partition table of C<device> "
      "isn't GPT, or if C<guid> is not a valid GUID." + _GUID_DOC,
      since="1.33.2", optional="gdisk",
      tests=[T("empty", _gpt2(["part_set_disk_guid", "/dev/sda",
                               _GUID1.lower()],
                              ["part_get_disk_guid", "/dev/sda"]),
               ("string", _GUID1)),
             T("empty", _gpt2(["part_set_disk_guid", "/dev/sda",
                               "0123456g-89AB-CDEF-0123-456789ABCDEF"]),
               ("fail",)),
             T("empty", _mbr3(["part_set_disk_guid", "/dev/sda", _GUID1]),
               ("fail",))]),
    d(219, "part_set_disk_guid_random", RErr(), [Device("device")],
      "set the GUID of a GPT-partitioned disk to random value",
      "Set the disk identifier (GUID) of a GPT-partitioned C<device> to "
      "a randomly generated value.  Return an error if the partition "
      "table of C<device> isn't GPT.",
      since="1.33.2", optional="gdisk",
      tests=[T("empty", _gpt2(["part_set_disk_guid", "/dev/sda", _GUID1],
                              ["part_set_disk_guid_random", "/dev/sda"],
                              ["part_get_disk_guid", "/dev/sda"]),
               ("len", 36)),
             T("empty", _mbr3(["part_set_disk_guid_random", "/dev/sda"]),
               ("fail",))]),
    d(220, "part_expand_gpt", RErr(), [Device("device")],
      "move backup GPT header to the end of the disk",
      "Move backup GPT data structures to the end of the disk.  This is "
      "useful in case of in-place image expand since disk space after "
      "backup GPT header is not usable.  This is equivalent to "
      "C<sgdisk -e>.\n\n"
      "See also L<sgdisk(8)>.",
      since="1.33.2", optional="gdisk",
      # A GPT made for a 100 MiB disk (/dev/sda1), copied onto the
      # 512 MiB /dev/sda: a disk that grew.  sgdisk leaves the last
      # usable sector aligned down to 2048, at 1046528.
      tests=[T("empty", _grown_gpt(["part_expand_gpt", "/dev/sda"],
                                   ["part_add", "/dev/sda", "p", "2048",
                                    "1046528"],
                                   ["blockdev_getsize64", "/dev/sda1"]),
               ("int", (1046528 - 2048 + 1) * 512)),
             T("empty", _grown_gpt(["part_add", "/dev/sda", "p", "2048",
                                    "1046528"]), ("fail",)),
             T("empty", _gpt2(["part_expand_gpt", "/dev/sda"],
                              ["part_list", "/dev/sda"]), ("len", 2)),
             T("empty", _mbr3(["part_expand_gpt", "/dev/sda"]), ("fail",)),
             T("empty", [["part_expand_gpt", "/dev/sdz"]], ("fail",))]),
    d(221, "list_disk_labels", RHashtable(), [],
      "mapping of disk labels to devices",
      "If you add drives using the optional C<label> parameter of "
      "L</guestfs_add_drive>, you can use this call to map between "
      "disk labels, and raw block device and partition names (like "
      "F</dev/sda> and F</dev/sda1>).\n\n"
      "This returns a hashtable, where keys are the disk labels "
      "(I<without> the F</dev/disk/guestfs> prefix), and the values "
      "are the full raw block device and partition names (eg. "
      "F</dev/sda> and F</dev/sda1>).",
      since="1.19.49",
      # The test runner labels its scratch disk /dev/sdb "scratch".
      tests=[T("none", [["list_disk_labels"]],
               ("strings", ["scratch", "/dev/sdb",
                            "scratch1", "/dev/sdb1"])),
             T("empty", _mbr3(["list_disk_labels"]),
               ("strings", ["scratch", "/dev/sdb",
                            "scratch1", "/dev/sdb1"])),
             T("none", [["blockdev_getsize64", "/dev/disk/guestfs/scratch"]],
               ("int", 512 * 1024 * 1024)),
             T("none", [["blockdev_getsize64",
                         "/dev/disk/guestfs/scratch2"]], ("fail",)),
             T("none", [["blockdev_getsize64",
                         "/dev/disk/guestfs/nosuchlabel"]], ("fail",))]),
    d(222, "sfdisk", RErr(),
      [Device("device"), Int("cyls"), Int("heads"), Int("sectors"),
       StringList("lines")],
      "create partitions on a block device",
      "This is a direct interface to the L<sfdisk(8)> program for "
      "creating partitions on block devices.\n\n"
      "C<device> should be a block device, for example F</dev/sda>.\n\n"
      "C<cyls>, C<heads> and C<sectors> are the number of cylinders, "
      "heads and sectors on the device, which libguestfs passed to old "
      "versions of L<sfdisk(8)> as the I<-C>, I<-H> and I<-S> "
      "parameters.  Today's L<sfdisk(8)> has no such options: pass 0 "
      "for each (anything else is an error).\n\n"
      "C<lines> is a list of lines that we feed to L<sfdisk(8)> (its "
      "input script: numbers are in sectors, or with a suffix such as "
      "C<MiB>).  For more information refer to the L<sfdisk(8)> "
      "manpage.\n\n"
      "To create a single partition occupying the whole disk, you would "
      "pass C<lines> as a single element list, when the single element "
      "being the string C<,> (comma).\n\n"
      "See also: L</guestfs_sfdisk_l>, L</guestfs_sfdisk_N>, "
      "L</guestfs_part_init>",
      since="0.8", deprecated_by="part_add",
      tests=[T("empty", [["sfdisk", "/dev/sda", "0", "0", "0",
                          "2048,204800 ,"],
                         ["blockdev_getsize64", "/dev/sda1"]],
               ("int", 204800 * 512)),
             T("empty", [["sfdisk", "/dev/sda", "0", "0", "0", ","],
                         ["list_partitions"]],
               ("strings", ["/dev/sda1", "/dev/sdb1"])),
             T("empty", [["sfdisk", "/dev/sda", "1024", "16", "63", ","]],
               ("fail",)),
             T("empty", [["sfdisk", "/dev/sda", "0", "0", "0",
                          "nonsense"]], ("fail",))]),
    d(223, "sfdiskM", RErr(), [Device("device"), StringList("lines")],
      "create partitions on a block device",
      "This is a simplified interface to the L</guestfs_sfdisk> command, "
      "where partition sizes are specified in megabytes only (rounded "
      "to the nearest cylinder) and you don't need to specify the cyls, "
      "heads and sectors parameters which were rarely if ever used "
      "anyway.  (Today's L<sfdisk(8)> aligns partitions to 1 MiB rather "
      "than to cylinders.)\n\n"
      "See also: L</guestfs_sfdisk>, the L<sfdisk(8)> manpage and "
      "L</guestfs_part_disk>",
      since="1.0.55", deprecated_by="part_add",
      tests=[T("empty", [["sfdiskM", "/dev/sda", ",100 ,"],
                         ["blockdev_getsize64", "/dev/sda1"]],
               ("int", 100 * 1024 * 1024)),
             T("empty", [["sfdiskM", "/dev/sda", ",100 ,50 ,"],
                         ["list_partitions"]],
               ("strings", ["/dev/sda1", "/dev/sda2", "/dev/sda3",
                            "/dev/sdb1"])),
             T("empty", [["sfdiskM", "/dev/sda", "1,x"]], ("fail",))]),
    d(224, "sfdisk_N", RErr(),
      [Device("device"), Int("partnum"), Int("cyls"), Int("heads"),
       Int("sectors"), String("line")],
      "modify a single partition on a block device",
      "This runs L<sfdisk(8)> option to modify just the single "
      "partition C<n> (note: C<n> counts from 1).\n\n"
      "For other parameters, see L</guestfs_sfdisk>.  You should usually "
      "pass 0 for the cyls/heads/sectors parameters.\n\n"
      "See also: L</guestfs_part_add>",
      since="1.0.26", deprecated_by="part_add",
      tests=[T("empty", _mbr3(["sfdisk_N", "/dev/sda", "3", "0", "0", "0",
                               "819200,+"],
                              ["list_partitions"]),
               ("strings", ["/dev/sda1", "/dev/sda2", "/dev/sda3",
                            "/dev/sda5", "/dev/sdb1"])),
             T("empty", _mbr3(["sfdisk_N", "/dev/sda", "1", "0", "0", "0",
                               "2048,102400"],
                              ["blockdev_getsize64", "/dev/sda1"]),
               ("int", 102400 * 512)),
             T("empty", _mbr3(["sfdisk_N", "/dev/sda", "0", "0", "0", "0",
                               ","]), ("fail",)),
             T("empty", _mbr3(["sfdisk_N", "/dev/sda", "3", "1", "1", "1",
                               ","]), ("fail",))]),
    d(225, "sfdisk_l", RString(), [Device("device")],
      "display the partition table",
      "This displays the partition table on C<device>, in the "
      "human-readable output of the L<sfdisk(8)> command.  It is not "
      "intended to be parsed.\n\n"
      "See also: L</guestfs_part_list>",
      since="1.0.26", deprecated_by="part_list",
      tests=[T("empty", _mbr3(["sfdisk_l", "/dev/sda"]),
               ("contains", "/dev/sda5")),
             T("empty", [["sfdisk_l", "/dev/sdz"]], ("fail",))]),
    d(226, "sfdisk_kernel_geometry", RString(), [Device("device")],
      "display the kernel geometry",
      "This displays the kernel's idea of the geometry of C<device>.\n\n"
      "The result is in human-readable format, and not designed to be "
      "parsed.",
      since="1.0.26",
      tests=[T("empty", [["sfdisk_kernel_geometry", "/dev/sda"]],
               ("contains", "/dev/sda: ")),
             T("empty", [["sfdisk_kernel_geometry", "/dev/sdz"]],
               ("fail",))]),
    d(227, "sfdisk_disk_geometry", RString(), [Device("device")],
      "display the disk geometry from the partition table",
      "This displays the disk geometry of C<device> read from the "
      "partition table.  Especially in the case where the underlying "
      "block device has been resized, this can be different from the "
      "kernel's idea of the geometry (see "
      "L</guestfs_sfdisk_kernel_geometry>).  Today's L<sfdisk(8)> "
      "reads no geometry from the partition table and shows the "
      "kernel's.\n\n"
      "The result is in human-readable format, and not designed to be "
      "parsed.",
      since="1.0.26",
      tests=[T("empty", _mbr3(["sfdisk_disk_geometry", "/dev/sda"]),
               ("contains", "/dev/sda: ")),
             T("empty", [["sfdisk_disk_geometry", "/dev/sdz"]],
               ("fail",))]),
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

EXT_XFS_ACTIONS = [
]

# ----------------------------------- ntfs, fsck, trim, zeroing, scrub
# Procedure numbers 800-899.

FS_MAINT_ACTIONS = [
]

ACTIONS = (LIBRARY_ACTIONS + DAEMON_ACTIONS + LVM_ACTIONS + PARTITION_ACTIONS + BLOCKDEV_ACTIONS + CRYPT_MD_SWAP_ACTIONS + LDM_ACTIONS + BTRFS_ACTIONS + EXT_XFS_ACTIONS + FS_MAINT_ACTIONS)
