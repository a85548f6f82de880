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
fails.  Blocks of zeroes the guest writes are then freed the same way
(see C<guestfs_zero_free_space>, C<guestfs_zerofree>).

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

EXT_XFS_ACTIONS = [
]

# ----------------------------------- ntfs, fsck, trim, zeroing, scrub
# Procedure numbers 800-899.

FS_MAINT_ACTIONS = [
    # ---- ntfs
    d(800, "ntfs_3g_probe", RInt(), [Bool("rw"), Device("device")],
      "probe NTFS volume",
      "Run L<ntfs-3g.probe(8)> on C<device> to find out whether the "
      "NTFS volume there could be mounted: read-write if C<rw> is "
      "true, read-only if it is false.\n\n"
      "The result is the exit status of the probe: 0 if the mount "
      "would work, otherwise one of the non-zero codes its manual "
      "lists (12: no NTFS signature, 14: the volume is hibernated, "
      "...).  -1 means the probe could not run.",
      since="1.0.43", optional="ntfs3g",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["ntfs_3g_probe", "true", "/dev/sda1"]],
               ("int", 0)),
             # Not NTFS: the probe's code for a missing signature.
             T("basicfs", [["umount", "/"],
                           ["ntfs_3g_probe", "false", "/dev/sda1"]],
               ("int", 12)),
             T("empty", [["ntfs_3g_probe", "true", "/dev/sdz1"]],
               ("fail",))]),
    d(801, "ntfscat_i", RErr(),
      [Mountable("device"), Int64("inode"), FileOut("filename")],
      "download a file to the local machine given its inode",
      "Copy the file with inode (MFT record) number C<inode> of the "
      "NTFS filesystem on C<device> to the local file C<filename>.  "
      "This reaches files no path leads to, such as those in the "
      "C<$Extend> directory.\n\n"
      "The filesystem must not be mounted.",
      since="1.33.14", progress=True,
      tests=[  # The first file made on a new NTFS volume is inode 64.
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["write", "/first", "ntfs inode 64"],
                         ["umount", "/"],
                         ["ntfscat_i", "/dev/sda1", "64",
                          "test-actions-ntfscat.out"],
                         ["mount", "/dev/sdb1", "/"],
                         ["upload", "test-actions-ntfscat.out",
                          "/ntfscat_i"],
                         ["cat", "/ntfscat_i"]],
               ("string", "ntfs inode 64")),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["ntfscat_i", "/dev/sda1", "999999",
                          "/dev/null"]], ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["ntfscat_i", "/dev/sda1", "-1",
                          "/dev/null"]], ("fail",))]),
    d(802, "ntfsclone_in", RErr(), [FileIn("backupfile"), Device("device")],
      "restore NTFS from backup file",
      "Restore C<backupfile> (made by C<guestfs_ntfsclone_out>) to "
      "C<device>, overwriting what it holds.",
      since="1.17.9", optional="ntfs3g",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["write", "/kept", "cloned"],
                         ["umount", "/"],
                         ["ntfsclone_out", "/dev/sda1",
                          "test-actions-ntfsclone.img"],
                         ["mkfs", "ext2", "/dev/sda1"],
                         ["ntfsclone_in", "test-actions-ntfsclone.img",
                          "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["cat", "/kept"]], ("string", "cloned")),
             # Not an ntfsclone image.
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["ntfsclone_in", "/etc/hostname", "/dev/sda1"]],
               ("fail",)),
             T("empty", [["ntfsclone_in", "/etc/hostname", "/dev/sdz1"]],
               ("fail",))]),
    d(803, "ntfsclone_out", RErr(), [Device("device"), FileOut("backupfile")],
      "save NTFS to backup file",
      "Stream the NTFS filesystem on C<device> to the local file "
      "C<backupfile>, in the image format of L<ntfsclone(8)>; "
      "C<guestfs_ntfsclone_in> restores it.\n\n"
      "With C<metadataonly> only the metadata is saved, without the "
      "files' data (for diagnosing filesystem problems).  "
      "C<rescue>, C<ignorefscheck>, C<preservetimestamps> and "
      "C<force> are ntfsclone's options of those names.",
      optargs=[OBool("metadataonly"), OBool("rescue"),
               OBool("ignorefscheck"), OBool("preservetimestamps"),
               OBool("force")],
      since="1.17.9", optional="ntfs3g",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["ntfsclone_out", "/dev/sda1", "/dev/null",
                          "metadataonly:true", "preservetimestamps:true"]]),
             T("basicfs", [["umount", "/"],
                           ["ntfsclone_out", "/dev/sda1", "/dev/null"]],
               ("fail",))]),
    d(804, "ntfsfix", RErr(), [Device("device")],
      "fix common errors and force Windows to check NTFS",
      "Repair some basic NTFS inconsistencies, reset the NTFS journal "
      "and mark the volume so that Windows checks it at its next "
      "boot.  This is not Windows' C<chkdsk>: it does not look for "
      "inconsistencies.\n\n"
      "With C<clearbadsectors> the list of bad sectors is cleared, "
      "as wanted after cloning a disk with bad sectors to a new one.",
      optargs=[OBool("clearbadsectors")],
      since="1.17.9", optional="ntfs3g",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1", "label:WINVOL"],
                         ["ntfsfix", "/dev/sda1", "clearbadsectors:true"],
                         ["vfs_label", "/dev/sda1"]], ("string", "WINVOL")),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["write", "/f", "still here"],
                         ["umount", "/"],
                         ["ntfsfix", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["cat", "/f"]], ("string", "still here")),
             T("basicfs", [["umount", "/"], ["ntfsfix", "/dev/sda1"]],
               ("fail",))]),
    d(805, "ntfsresize", RErr(), [Device("device")],
      "resize an NTFS filesystem",
      "Resize the NTFS filesystem on C<device>, by default to the size "
      "of the device (e.g. its partition).\n\n"
      "C<size> is the new size in bytes instead.  C<force> resizes "
      "even a volume marked as needing a consistency check.  A resize "
      "always leaves that mark (Windows clears it at its next boot), "
      "so without C<force> a second resize fails until Windows has "
      "run.  See L<ntfsresize(8)>.",
      optargs=[OInt64("size"), OBool("force")], once_had_no_optargs=True,
      since="1.3.2", optional="ntfsprogs",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["ntfsresize", "/dev/sda1", "size:200000000"],
                         ["ntfsresize", "/dev/sda1", "force:true"],
                         ["mount", "/dev/sda1", "/"],
                         ["statvfs", "/"]],
               # Back to the whole partition: 130815 4 KiB clusters.
               ("struct", {"blocks": 130815})),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["ntfsresize", "/dev/sda1", "size:200000000"],
                         ["ntfsresize", "/dev/sda1"]], ("fail",)),
             # Bigger than the partition.
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["ntfsresize", "/dev/sda1", "size:1000000000"]],
               ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["ntfsresize", "/dev/sda1", "size:-5"]],
               ("fail",))]),
    d(806, "ntfsresize_size", RErr(), [Device("device"), Int64("size")],
      "resize an NTFS filesystem (with size)",
      "Like C<guestfs_ntfsresize>, to C<size> bytes.",
      since="1.3.14", deprecated_by="ntfsresize", optional="ntfsprogs",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["ntfsresize_size", "/dev/sda1", "200000000"],
                         ["mount", "/dev/sda1", "/"],
                         ["statvfs", "/"]],
               # 200000000 bytes in 4 KiB clusters, rounded up.
               ("struct", {"blocks": 48828})),
             T("basicfs", [["umount", "/"],
                           ["ntfsresize_size", "/dev/sda1", "200000000"]],
               ("fail",))]),
    # ---- checking, trimming, zeroing, minimum sizes
    d(807, "fsck", RInt(), [String("fstype"), Device("device")],
      "run the filesystem checker",
      "Run the filesystem checker on C<device>, which holds a "
      "filesystem of type C<fstype>, as C<fsck -a -t fstype device> "
      "does, and return its exit status (see L<fsck(8)>):\n\n"
      "=over 4\n\n=item *\n\n"
      "the codes add up (1: errors corrected, 4: errors left, 8: "
      "operational error, ...);\n\n=item *\n\n"
      "a non-zero code can mean success, for instance when errors "
      "were corrected;\n\n=item *\n\n"
      "NTFS volumes cannot be checked or repaired.\n\n=back\n\n"
      "-1 means the checker could not run.",
      since="1.0.16",
      tests=[T("basicfs", [["umount", "/"], ["fsck", "ext2", "/dev/sda1"]],
               ("int", 0)),
             # e2fsck finds no filesystem there: an operational error.
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["zero", "/dev/sda1"],
                         ["fsck", "ext2", "/dev/sda1"]], ("int", 8)),
             T("empty", [["fsck", "ext2", "/dev/sdz1"]], ("fail",)),
             T("basicfs", [["umount", "/"],
                           ["fsck", "-A", "/dev/sda1"]], ("fail",))]),
    d(808, "fstrim", RErr(), [Pathname("mountpoint")],
      "trim free space in a filesystem",
      "Trim the free space of the filesystem mounted on "
      "C<mountpoint>, which must be mounted read-write: the "
      "filesystem's contents stay, its free blocks are given back to "
      "the host device, so a disk image added with C<discard> becomes "
      "more sparse.\n\n"
      "C<offset> and C<length> (in bytes) limit the trim to part of "
      "the filesystem; free extents smaller than C<minimumfreeextent> "
      "bytes are left alone.\n\n"
      "It needs support from the filesystem, the appliance kernel, "
      "qemu and the host: without it the call fails with C<ENOTSUP> "
      "or succeeds without trimming anything.  See also "
      "C<guestfs_zero_free_space>, which writes zeroes instead; calling "
      "both is fine.",
      optargs=[OInt64("offset"), OInt64("length"),
               OInt64("minimumfreeextent")],
      since="1.19.6", optional="fstrim",
      tests=[T("basicfs", [["write", "/f", "data"], ["rm", "/f"],
                           ["fstrim", "/", "minimumfreeextent:4096"],
                           ["vfs_type", "/dev/sda1"]], ("string", "ext2")),
             T("basicfs", [["fstrim", "/", "offset:0", "length:1048576"]]),
             T("basicfs", [["fstrim", "/", "length:-1"]], ("fail",)),
             T("basicfs", [["fstrim", "/nosuchdir"]], ("fail",)),
             # Past the end of the filesystem.
             T("basicfs", [["fstrim", "/", "offset:10000000000"]],
               ("fail",)),
             T("basicfs", [["touch", "/f"], ["fstrim", "/f"]], ("fail",)),
             T("basicfs", [["umount", "/"],
                           ["mount_ro", "/dev/sda1", "/"],
                           ["fstrim", "/"]], ("fail",))]),
    d(809, "is_zero", RBool(), [Pathname("path")],
      "test if a file contains all zero bytes",
      "True if the file C<path> exists and is empty or holds only zero "
      "bytes.",
      since="1.11.8",
      tests=[T("scratchfs", [["fill", "0", "100000", "/is_zero"],
                             ["is_zero", "/is_zero"]], ("true",)),
             T("scratchfs", [["touch", "/is_zero-empty"],
                             ["is_zero", "/is_zero-empty"]], ("true",)),
             T("scratchfs", [["fill", "0", "100000", "/is_zero2"],
                             ["write_append", "/is_zero2", "\\001"],
                             ["is_zero", "/is_zero2"]], ("false",)),
             T("scratchfs", [["is_zero", "/is_zero-none"]], ("fail",)),
             T("scratchfs", [["is_zero", "/"]], ("fail",))]),
    d(810, "zero_free_space", RErr(), [Pathname("directory")],
      "zero free space in a filesystem",
      "Turn the free space of the filesystem mounted on C<directory> "
      "(read-write) into zeroes: a file of zeroes fills it, then is "
      "removed.  The filesystem's contents stay.  On a drive added "
      "with C<discard> the zeroes are given back to the host as holes "
      "in the image.\n\n"
      "The free space is not trimmed: call C<guestfs_fstrim> instead, "
      "or as well.",
      since="1.17.18", progress=True,
      tests=[T("empty", [["part_init", "/dev/sda", "mbr"],
                         ["part_add", "/dev/sda", "p", "64", "16383"],
                         ["mkfs", "ext2", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["fill", "0x55", "4000000", "/big"],
                         ["rm", "/big"],
                         ["zero_free_space", "/"],
                         ["umount", "/"],
                         ["zerofree", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["ls", "/"]], ("strings", ["lost+found"])),
             T("basicfs", [["zero_free_space", "/nosuchdir"]], ("fail",)),
             T("basicfs", [["umount", "/"],
                           ["mount_ro", "/dev/sda1", "/"],
                           ["zero_free_space", "/"]], ("fail",))]),
    d(811, "zerofree", RErr(), [Device("device")],
      "zero unused inodes and disk blocks on ext2/3 filesystem",
      "Run L<zerofree(8)> on C<device>: it writes zeroes over the "
      "unused inodes and blocks of an ext2, ext3 or ext4 filesystem, "
      "which then compresses better (or, on a drive added with "
      "C<discard>, leaves holes in the image).\n\n"
      "The filesystem must not be mounted read-write.  A bug in the "
      "tool could damage the filesystem.",
      since="1.0.26", optional="zerofree",
      tests=[T("basicfs", [["write", "/keep", "kept"],
                           ["umount", "/"],
                           ["zerofree", "/dev/sda1"],
                           ["mount_ro", "/dev/sda1", "/"],
                           ["cat", "/keep"]], ("string", "kept")),
             T("basicfs", [["zerofree", "/dev/sda1"]], ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["zero", "/dev/sda1"],
                         ["zerofree", "/dev/sda1"]], ("fail",))]),
    d(812, "wipefs", RErr(), [Device("device")],
      "wipe a filesystem signature from a device",
      "Erase the filesystem, partition table or RAID signatures on "
      "C<device>, so that L<blkid(8)> no longer recognises anything "
      "there; the rest of the data stays.  Compare "
      "C<guestfs_zero>, which zeroes the first blocks.",
      since="1.17.6", optional="wipefs",
      tests=[T("basicfs", [["umount", "/"],
                           ["wipefs", "/dev/sda1"],
                           ["vfs_type", "/dev/sda1"]], ("string", "")),
             T("basicfs", [["umount", "/"],
                           ["wipefs", "/dev/sda1"],
                           ["mount", "/dev/sda1", "/"]], ("fail",)),
             T("empty", [["wipefs", "/dev/sdz"]], ("fail",))]),
    d(813, "f2fs_expand", RErr(), [Device("device")],
      "expand a f2fs filesystem",
      "Grow the F2FS filesystem on C<device> to the size of the "
      "device.",
      since="1.39.3", optional="f2fs",
      tests=[T("empty", [["part_init", "/dev/sda", "mbr"],
                         ["part_add", "/dev/sda", "p", "64", "204799"],
                         ["mkfs", "f2fs", "/dev/sda1"],
                         # The same start, a bigger partition.
                         ["part_init", "/dev/sda", "mbr"],
                         ["part_add", "/dev/sda", "p", "64", "-1"],
                         ["f2fs_expand", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["statvfs", "/"]],
               # Not the 25000 or so blocks of the first partition.
               ("struct", {"blocks": 130552})),
             T("basicfs", [["umount", "/"], ["f2fs_expand", "/dev/sda1"]],
               ("fail",)),
             # mkfs makes f2fs over another filesystem too.
             T("basicfs", [["umount", "/"],
                           ["mkfs", "f2fs", "/dev/sda1", "label:F2"],
                           ["f2fs_expand", "/dev/sda1"],
                           ["vfs_label", "/dev/sda1"]], ("string", "F2"))]),
    d(814, "filesystem_available", RBool(), [String("filesystem")],
      "check if filesystem is available",
      "True if the appliance's kernel supports the filesystem type "
      "C<filesystem> (such as C<ext3>), loading its module if needed.  "
      "Call it once the handle is launched.\n\n"
      "This is mostly useful when false: true does not promise that "
      "a particular filesystem can be made or mounted (its version or "
      "features may be too new, or the C<mkfs> tool missing).  See "
      "also C<guestfs_available>.",
      since="1.19.5",
      tests=[T("none", [["filesystem_available", "ext4"]], ("true",)),
             # A module loaded on demand.
             T("none", [["filesystem_available", "squashfs"]], ("true",)),
             T("none", [["filesystem_available", "nosuchfs"]], ("false",)),
             T("none", [["filesystem_available", "../ext4"]], ("fail",)),
             T("none", [["filesystem_available", ""]], ("fail",))]),
    d(815, "vfs_minimum_size", RInt64(), [Mountable("mountable")],
      "get minimum filesystem size",
      "Return the smallest size in bytes the filesystem on "
      "C<mountable> can be shrunk to.  Supported: ext2/3/4, NTFS, "
      "btrfs (mounted for the question if it is not) and XFS (which cannot shrink: its "
      "current size).  Other types fail with C<ENOTSUP>.  See "
      "L<resize2fs(8)>, L<ntfsresize(8)>, L<btrfs(8)>, L<xfs_info(8)>.",
      since="1.31.18",
      # The sizes the tools give for the test's new filesystems.
      tests=[T("basicfs", [["umount", "/"],
                           ["vfs_minimum_size", "/dev/sda1"]],
               ("int", 841728)),
             T("basicfs", [["vfs_minimum_size", "/dev/sda1"]],
               ("int", 841728)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["vfs_minimum_size", "/dev/sda1"]],
               ("int", 3158016)),
             # XFS cannot shrink: the whole partition.
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["vfs_minimum_size", "/dev/sda1"]],
               ("int", 535822336)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "vfat", "/dev/sda1"],
                         ["vfs_minimum_size", "/dev/sda1"]], ("fail",)),
             T("empty", [["vfs_minimum_size", "/dev/sdz1"]], ("fail",))]),
    d(816, "mkfs_b", RErr(),
      [String("fstype"), Int("blocksize"), Device("device")],
      "make a filesystem with block size",
      "Like C<guestfs_mkfs> with its C<blocksize> option: make a "
      "filesystem of type C<fstype> on C<device> with blocks of "
      "C<blocksize> bytes (usually 1024, 2048 or 4096, as the type "
      "allows).  For VFAT and NTFS it is the cluster size.",
      since="1.0.68", deprecated_by="mkfs",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs_b", "ext4", "1024", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["statvfs", "/"]], ("struct", {"bsize": 1024})),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs_b", "ntfs", "8192", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["statvfs", "/"]], ("struct", {"bsize": 8192})),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs_b", "ext4", "0", "/dev/sda1"]], ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs_b", "ext4", "131072", "/dev/sda1"]],
               ("fail",))]),
    d(817, "mksquashfs", RErr(), [Pathname("path"), FileOut("filename")],
      "create a squashfs filesystem",
      "Make a squashfs filesystem of the directory C<path> and write "
      "it to the local file C<filename>.\n\n"
      "C<compress> picks the compression: C<gzip> (the default), "
      "C<lzma>, C<lzo>, C<lz4>, C<xz> or C<zstd>.  C<excludes> lists "
      "wildcards: files matching any of them are left out.\n\n"
      "The image is built in the appliance's memory before it is "
      "sent, so very big directories (several GB) may fail.",
      optargs=[OString("compress"), OStringList("excludes")],
      since="1.35.25", optional="squashfs",
      tests=[T("scratchfs", [["mkdir_p", "/mksquashfs/sub"],
                             ["write", "/mksquashfs/sub/f", "squashed"],
                             ["write", "/mksquashfs/skip.tmp", "left out"],
                             ["mksquashfs", "/mksquashfs",
                              "test-actions-squashfs.img", "compress:xz",
                              "excludes:*.tmp"],
                             ["umount", "/"],
                             ["upload", "test-actions-squashfs.img",
                              "/dev/sda"],
                             ["mount_ro", "/dev/sda", "/"],
                             ["ls", "/"]], ("strings", ["sub"])),
             T("scratchfs", [["mkdir_p", "/mksquashfs2"],
                             ["write", "/mksquashfs2/f", "squashed"],
                             ["mksquashfs", "/mksquashfs2",
                              "test-actions-squashfs.img"],
                             ["umount", "/"],
                             ["upload", "test-actions-squashfs.img",
                              "/dev/sda"],
                             ["mount_ro", "/dev/sda", "/"],
                             ["cat", "/f"]], ("string", "squashed")),
             T("scratchfs", [["mkdir_p", "/mksquashfs3"],
                             ["mksquashfs", "/mksquashfs3", "/dev/null",
                              "compress:nosuch"]], ("fail",)),
             T("scratchfs", [["mksquashfs", "/mksquashfs-none",
                              "/dev/null"]], ("fail",))]),
    # ---- scrub
    d(818, "scrub_device", RErr(), [Device("device")],
      "scrub (securely wipe) a device",
      "Write patterns over C<device> to make what it held harder to "
      "recover.  It runs L<scrub(1)>: see its manual.",
      since="1.0.52", optional="scrub",
      tests=[T("empty", [["part_init", "/dev/sda", "mbr"],
                         ["part_add", "/dev/sda", "p", "64", "8191"],
                         ["mkfs", "ext2", "/dev/sda1"],
                         ["scrub_device", "/dev/sda1"],
                         ["vfs_type", "/dev/sda1"]], ("string", "")),
             T("empty", [["scrub_device", "/dev/sdz"]], ("fail",))]),
    d(819, "scrub_file", RErr(), [Pathname("file")],
      "scrub (securely wipe) a file",
      "Write patterns over the file C<file> to make what it held "
      "harder to recover, then remove it.  It runs L<scrub(1)>: see "
      "its manual.",
      since="1.0.52", optional="scrub",
      tests=[T("scratchfs", [["write", "/scrub_file", "secret"],
                             ["scrub_file", "/scrub_file"],
                             ["exists", "/scrub_file"]], ("false",)),
             T("scratchfs", [["scrub_file", "/scrub_file-none"]],
               ("fail",)),
             T("scratchfs", [["mkdir", "/scrub_file-dir"],
                             ["scrub_file", "/scrub_file-dir"]],
               ("fail",))]),
    d(820, "scrub_freespace", RErr(), [Pathname("dir")],
      "scrub (securely wipe) free space",
      "Create the directory C<dir>, fill it with files until the "
      "filesystem is full, scrub them as C<guestfs_scrub_file> does "
      "and remove them: the free space of the filesystem holding "
      "C<dir> is scrubbed.  It runs L<scrub(1)>: see its manual.",
      since="1.0.52", optional="scrub",
      tests=[T("empty", [["part_init", "/dev/sda", "mbr"],
                         ["part_add", "/dev/sda", "p", "64", "8191"],
                         ["mkfs", "ext2", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["write", "/keep", "kept"],
                         ["scrub_freespace", "/scrub"],
                         ["cat", "/keep"]], ("string", "kept")),
             T("empty", [["part_init", "/dev/sda", "mbr"],
                         ["part_add", "/dev/sda", "p", "64", "8191"],
                         ["mkfs", "ext2", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["scrub_freespace", "/scrub"],
                         ["exists", "/scrub"]], ("false",)),
             T("basicfs", [["scrub_freespace", "/nosuchdir/scrub"]],
               ("fail",))]),
]

ACTIONS = (LIBRARY_ACTIONS + DAEMON_ACTIONS + LVM_ACTIONS + PARTITION_ACTIONS + BLOCKDEV_ACTIONS + CRYPT_MD_SWAP_ACTIONS + LDM_ACTIONS + BTRFS_ACTIONS + EXT_XFS_ACTIONS + FS_MAINT_ACTIONS)
