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
         param=None, replaced_by=None):
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
               shortdesc="set " + short, longdesc=doc,
               deprecated_by=replaced_by and "set_" + replaced_by),
        Action("get_" + name, rettype, [],
               shortdesc="get " + short,
               deprecated_by=replaced_by and "get_" + replaced_by,
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
C</dev/disk/guestfs/LABELN> (see L</Disk labels>).

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
          "C<PATH>", param="hv", replaced_by="hv"),
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
    Action("set_hv", RErr(), [String("hv")],
           shortdesc="set the hypervisor binary",
           longdesc="Set the hypervisor (qemu) binary to run, as "
                    "C<guestfs_set_qemu> does.  The default is taken "
                    "from C<LIBGUESTFS_HV> (or C<LIBGUESTFS_QEMU>) when "
                    "the handle is created, else C<qemu-system-x86_64> "
                    "on the C<PATH>.  Set it before launch.",
           since="1.23.17",
           # Tested in tests/c-api/test-properties.c: a test here would
           # leave the shared handle with a wrong hypervisor.
           ),
    Action("get_hv", RString(), [],
           shortdesc="get the hypervisor binary",
           longdesc="Return the hypervisor binary; never C<NULL>.",
           since="1.23.17"),
    Action("set_identifier", RErr(), [String("identifier")],
           shortdesc="set the handle identifier",
           longdesc="""Give the handle a name for debugging output: when it is
not empty, trace messages read C<ID: call ...> instead of C<call ...>.
It may contain only ASCII letters, digits, C<_> and C<->.  The default
is the empty string.""",
           since="1.31.14",
           tests=[Test("none", [["set_identifier", "disk-1_a"],
                             ["get_identifier"]], ("string", "disk-1_a")),
                  Test("none", [["set_identifier", "a b"]], ("fail",))]),
    Action("get_identifier", RConstString(), [],
           shortdesc="get the handle identifier",
           longdesc="Return the identifier set by "
                    "C<guestfs_set_identifier> (empty by default).",
           since="1.31.14"),
    Action("set_network", RErr(), [Bool("network")],
           shortdesc="set enable network flag",
           longdesc="""When true, the appliance gets a network at the next
launch: qemu's user-mode network, on which the appliance is 10.0.2.15,
reaches the host through the gateway 10.0.2.2 and resolves names
through 10.0.2.3, which asks the host's resolver.  Programs run by
C<guestfs_command> and C<guestfs_sh> can then use it.  The default is
false.  It has no effect on an appliance already running.""",
           since="1.5.4"),
    Action("get_network", RBool(), [],
           shortdesc="get enable network flag",
           longdesc="Return the flag set by C<guestfs_set_network>.",
           since="1.5.4"),
    Action("set_pgroup", RErr(), [Bool("pgroup")],
           shortdesc="set process group flag",
           longdesc="""In libguestfs, true puts the processes the library
starts (qemu and its helpers) in their own process group, so that a
terminal's C<^C> reaches only the program, which may then call
C<guestfs_user_cancel>.  This library always does that, whatever the
flag: a child in its own group can be killed with everything it started
(a wrapper script's children too), and one the program did not mean to
stop never sees C<^C>.  The flag is kept and returned by
C<guestfs_get_pgroup>; the default is false.""",
           since="1.11.18"),
    Action("get_pgroup", RBool(), [],
           shortdesc="get process group flag",
           longdesc="Return the flag set by C<guestfs_set_pgroup>.",
           since="1.11.18"),
    Action("get_sockdir", RString(), [],
           shortdesc="get the socket directory",
           longdesc="""Return the directory in which the handle keeps its
sockets: a private directory (mode 0700) made on first use in the
temporary directory (C<guestfs_get_tmpdir>) and removed with everything
in it when the handle is closed.""",
           since="1.33.8"),
    Action("set_backend_setting", RErr(), [String("name"), String("val")],
           shortdesc="set a single per-backend settings string",
           longdesc="""Set the backend setting C<name> to C<val>: replace
every setting C<name> or C<name=...> with C<name=val>, or append it.
See C<guestfs_set_backend_settings>.""",
           since="1.27.2",
           tests=[Test("none", [["set_backend_setting", "foo", "bar"],
                             ["get_backend_setting", "foo"]],
                    ("string", "bar"))]),
    Action("get_backend_setting", RString(), [String("name")],
           shortdesc="get a single per-backend settings string",
           longdesc="""Return the value of the backend setting C<name>: the
part after C<name=>, or C<1> for a setting C<name> without C<=>.  It
fails with errno C<ESRCH> if there is no such setting.""",
           since="1.27.2",
           tests=[Test("none", [["get_backend_setting", "nosuchsetting"]],
                    ("fail",))]),
    Action("clear_backend_setting", RInt(), [String("name")],
           shortdesc="remove a single per-backend settings string",
           longdesc="""Remove every backend setting C<name> or C<name=...>
and return how many were removed (perhaps 0).""",
           since="1.27.2",
           tests=[Test("none", [["set_backend_setting", "foo", "1"],
                             ["clear_backend_setting", "foo"]], ("int", 1)),
                  Test("none", [["clear_backend_setting", "nosuchsetting"]],
                    ("int", 0))]),
    Action("c_pointer", RInt64(), [],
           shortdesc="return the C pointer to the guestfs_h handle",
           longdesc="""Return the address of the C handle (C<guestfs_h *>),
so that a program in another language can pass the handle to a C
library working with libguestfs handles.""",
           since="1.29.17"),
    Action("user_cancel", RErr(), [], signal_safe=True,
           shortdesc="cancel the current upload or download operation",
           longdesc="""Cancel the upload or download running on the handle
(C<guestfs_upload>, C<guestfs_download>, C<guestfs_tar_in>, ...): it
stops shortly afterwards and fails with errno C<EINTR>.  What was
transferred so far stays (a partly uploaded file, say); cleaning up is
the caller's job.  With no transfer running it does nothing.

Unlike every other call it takes no lock and does nothing but set a
flag, so it is safe to call from a signal handler (a C<SIGINT> handler
for C<^C>) or from another thread (a progress window's cancel button)
while a call runs, and from a callback.

Stopping needs the daemon's answer.  If the appliance sends nothing for
10 seconds after the cancel (qemu was stopped with C<SIGSTOP>, say), the
library gives up on it: the call fails, still with C<EINTR>, the
appliance is shut down, C<GUESTFS_EVENT_SUBPROCESS_QUIT> fires and the
handle is back in CONFIG.  (For calls other than transfers see the
C<call_timeout> backend setting.)""",
           since="1.11.18"),
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
become C</dev/sdX...>; C</dev/mapper/VG-LV> and C</dev/dm-N> naming a
logical volume become C</dev/VG/LV> (as C<guestfs_lvm_canonical_lv_name>
does, which needs the appliance); another device-mapper name is
returned unchanged, and a device-mapper name that does not exist is an
error.  Other strings are returned unchanged.""",
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
    ("rstruct", RStruct("lvm_pv"),
     "an lvm_pv with C<pv_name> C<val>, C<pv_uuid> "
     "C<12345678901234567890123456789012>, C<pv_fmt> C<lvm2>, C<pv_attr> "
     "C<a-->, C<pv_tags> empty and every number C<val>"),
    ("rstructlist", RStructList("lvm_pv"),
     "C<val> lvm_pvs numbered from 0 (in C<pv_name> and every number), "
     "otherwise as for C<internal_test_rstruct>"),
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
      "partitioned are not listed, nor are containers whose contents "
      "are: LVM physical volumes (their logical volumes are listed), "
      "LUKS devices (their open mappings are) and members of running "
      "MD arrays (the arrays are).",
      tests=[T("basicfs", [["list_filesystems"]], ("len", 2)),
             # /dev/sdb1 (the scratch filesystem) only: a PV is not listed.
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["pvcreate", "/dev/sda1"],
                         ["list_filesystems"]], ("len", 1))]),
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
    d(72, "available", RErr(), [StringList("groups")],
      "test availability of some parts of the API",
      "Check that every optional group of functions named in C<groups> "
      "is available in this appliance; see L</AVAILABILITY> for the "
      "groups and their functions, and "
      "C<guestfs_available_all_groups> for their names.  It fails if "
      "one of them is not available, naming it, and always fails on a "
      "name that is not a group.  A group being available means the "
      "appliance has the tools and kernel support its functions need; "
      "each call can still fail.  It needs a launched handle: only the "
      "appliance knows what it has.  C<guestfs_feature_available> is "
      "the same with a true/false answer.",
      since="1.0.80",
      tests=[T("none", [["available", ""]]),
             T("none", [["available", "nosuchgroup"]], ("fail",))]),
    d(73, "available_all_groups", RStringList(), [],
      "return a list of all optional groups",
      "Return the names of all the optional groups this daemon knows, "
      "available or not (see C<guestfs_available>).",
      since="1.3.15",
      tests=[T("none", [["available_all_groups"]])]),
    d(74, "feature_available", RBool(), [StringList("groups")],
      "test availability of some parts of the API",
      "Like C<guestfs_available>, but answer true if every group in "
      "C<groups> is available and false otherwise.  A name that is "
      "not a group is still an error.",
      since="1.21.26",
      tests=[T("none", [["feature_available", ""]], ("true",)),
             T("none", [["feature_available", "nosuchgroup"]],
               ("fail",))]),
]

# -------------- LVM: physical volumes, volume groups, logical volumes
# Procedure numbers 100-199.

STRUCTS += [
    Struct("lvm_pv", [
        ("pv_name", "FString"), ("pv_uuid", "FUUID"), ("pv_fmt", "FString"),
        ("pv_size", "FBytes"), ("dev_size", "FBytes"),
        ("pv_free", "FBytes"), ("pv_used", "FBytes"),
        ("pv_attr", "FString"), ("pv_pe_count", "FInt64"),
        ("pv_pe_alloc_count", "FInt64"), ("pv_tags", "FString"),
        ("pe_start", "FBytes"), ("pv_mda_count", "FInt64"),
        ("pv_mda_free", "FBytes")],
           "An LVM physical volume as C<pvs> reports it: sizes in "
           "bytes; C<pv_uuid> without the dashes."),
    Struct("lvm_vg", [
        ("vg_name", "FString"), ("vg_uuid", "FUUID"), ("vg_fmt", "FString"),
        ("vg_attr", "FString"), ("vg_size", "FBytes"),
        ("vg_free", "FBytes"), ("vg_sysid", "FString"),
        ("vg_extent_size", "FBytes"), ("vg_extent_count", "FInt64"),
        ("vg_free_count", "FInt64"), ("max_lv", "FInt64"),
        ("max_pv", "FInt64"), ("pv_count", "FInt64"),
        ("lv_count", "FInt64"), ("snap_count", "FInt64"),
        ("vg_seqno", "FInt64"), ("vg_tags", "FString"),
        ("vg_mda_count", "FInt64"), ("vg_mda_free", "FBytes")],
           "An LVM volume group as C<vgs> reports it: sizes in bytes; "
           "C<vg_uuid> without the dashes."),
    Struct("lvm_lv", [
        ("lv_name", "FString"), ("lv_uuid", "FUUID"), ("lv_attr", "FString"),
        ("lv_major", "FInt64"), ("lv_minor", "FInt64"),
        ("lv_kernel_major", "FInt64"), ("lv_kernel_minor", "FInt64"),
        ("lv_size", "FBytes"), ("seg_count", "FInt64"),
        ("origin", "FString"), ("snap_percent", "FOptPercent"),
        ("copy_percent", "FOptPercent"), ("move_pv", "FString"),
        ("lv_tags", "FString"), ("mirror_log", "FString"),
        ("modules", "FString")],
           "An LVM logical volume as C<lvs> reports it: C<lv_name> is "
           "the name inside its volume group, C<lv_size> in bytes, "
           "C<lv_uuid> without the dashes; a percentage is -1 where it "
           "does not apply."),
]

# What the LVM tests start from.  Most use all of /dev/sda (512 MiB) as
# one physical volume: after its 1 MiB metadata area, 127 extents of
# 4 MiB.  Those that need two PVs partition it: /dev/sda1 (sectors
# 64-204799, about 100 MiB) and /dev/sda2 (the rest).  Every call runs
# lvm, about a second under TCG: the setups are kept short.
_VG = [["vgcreate", "VG", "/dev/sda"]]
_LV = _VG + [["lvcreate", "LV", "VG", "8"]]
_TWO_PARTS = [["part_init", "/dev/sda", "mbr"],
              ["part_add", "/dev/sda", "p", "64", "204799"],
              ["part_add", "/dev/sda", "p", "204800", "-1"]]
_TWO_PVS = _TWO_PARTS + [["pvcreate", "/dev/sda1"],
                         ["pvcreate", "/dev/sda2"]]
_MIB = 1024 * 1024
_EXTENTS = 127

LVM_ACTIONS = [
    d(100, "pvcreate", RErr(), [Device("device")],
      "create an LVM physical volume",
      "Create an LVM physical volume on C<device>, usually a partition "
      "such as C</dev/sda1>.", optional="lvm2", since="0.8",
      tests=[T("empty", _TWO_PVS + [["pvs"]],
               ("strings", ["/dev/sda1", "/dev/sda2"])),
             T("empty", [["pvcreate", "/dev/sda"], ["pvs"]],
               ("strings", ["/dev/sda"])),
             T("empty", [["pvcreate", "/dev/sda9"]], ("fail",)),
             # LVM refuses a PV that is in a volume group.
             T("empty", _VG + [["pvcreate", "/dev/sda"]], ("fail",))]),
    d(101, "vgcreate", RErr(), [String("volgroup"), DeviceList("physvols")],
      "create an LVM volume group",
      "Create the LVM volume group C<volgroup> from the non-empty list "
      "of physical volumes C<physvols>.", optional="lvm2", since="0.8",
      tests=[T("empty", _TWO_PVS + [["vgcreate", "VG", "/dev/sda1 /dev/sda2"],
                                    ["vgs"]], ("strings", ["VG"])),
             T("empty", [["vgcreate", "VG", ""]], ("fail",)),
             T("empty", [["vgcreate", "-v", "/dev/sda"]], ("fail",)),
             T("empty", [["vgcreate", "VG", "/dev/sda7"]], ("fail",)),
             T("empty", _TWO_PARTS + [["vgcreate", "VG", "/dev/sda1"],
                                      ["vgcreate", "VG", "/dev/sda2"]],
               ("fail",))]),
    d(102, "lvcreate", RErr(),
      [String("logvol"), String("volgroup"), Int("mbytes")],
      "create an LVM logical volume",
      "Create the LVM logical volume C<logvol> of C<mbytes> megabytes "
      "in the volume group C<volgroup>; it appears as "
      "C</dev/volgroup/logvol>.", optional="lvm2", since="0.8",
      tests=[T("empty", _LV + [["lvs"]], ("strings", ["/dev/VG/LV"])),
             T("empty", _LV + [["blockdev_getsize64", "/dev/VG/LV"]],
               ("int", 8 * _MIB)),
             T("empty", _LV + [["blockdev_getsize64", "/dev/mapper/VG-LV"]],
               ("int", 8 * _MIB)),
             # A filesystem on the LV: write, unmount, mount, read back.
             T("empty", _LV + [["mkfs", "ext4", "/dev/VG/LV"],
                               ["mount", "/dev/VG/LV", "/"],
                               ["write", "/f", "on an LV"],
                               ["umount_all"],
                               ["mount", "/dev/mapper/VG-LV", "/"],
                               ["cat", "/f"]], ("string", "on an LV")),
             T("empty", _VG + [["lvcreate", "LV", "VG", "600"]], ("fail",)),
             T("empty", _VG + [["lvcreate", "LV", "NOVG", "8"]], ("fail",)),
             T("empty", _VG + [["lvcreate", "-LV", "VG", "8"]], ("fail",)),
             T("empty", _VG + [["lvcreate", "LV", "VG", "-1"]], ("fail",)),
             T("empty", _LV + [["lvcreate", "LV", "VG", "8"]], ("fail",))]),
    d(103, "lvcreate_free", RErr(),
      [String("logvol"), String("volgroup"), Int("percent")],
      "create an LVM logical volume in % remaining free space",
      "Create the LVM logical volume C<logvol> in C<volgroup> using "
      "about C<percent>% of the free space left in the volume group "
      "(100 makes the largest possible LV).", optional="lvm2",
      since="1.17.18",
      tests=[T("empty", _VG + [["lvcreate_free", "LV", "VG", "100"],
                               ["blockdev_getsize64", "/dev/VG/LV"]],
               ("int", _EXTENTS * 4 * _MIB)),
             T("empty", _LV + [["lvcreate_free", "LV2", "VG", "50"],
                               ["blockdev_getsize64", "/dev/VG/LV2"]],
               ("int", (_EXTENTS - 2) // 2 * 4 * _MIB)),
             T("empty", _VG + [["lvcreate_free", "LV", "VG", "101"]],
               ("fail",)),
             T("empty", _VG + [["lvcreate_free", "LV", "VG", "0"]],
               ("fail",))]),
    d(104, "lvs", RStringList(), [], "list the LVM logical volumes (LVs)",
      "List the logical volumes, as C</dev/VG/LV> device names.  See "
      "also C<guestfs_lvs_full>, C<guestfs_list_filesystems>.",
      optional="lvm2", since="0.4",
      tests=[T("empty", _LV + [["lvcreate", "LV2", "VG", "4"], ["lvs"]],
               ("strings", ["/dev/VG/LV", "/dev/VG/LV2"])),
             T("empty", [["lvs"]], ("strings", []))]),
    d(105, "pvs", RStringList(), [], "list the LVM physical volumes (PVs)",
      "List the devices that hold physical volumes (for example "
      "C</dev/sda2>).  See also C<guestfs_pvs_full>.",
      optional="lvm2", since="0.4",
      tests=[T("empty", _TWO_PVS + [["pvs"]],
               ("strings", ["/dev/sda1", "/dev/sda2"])),
             T("empty", _VG + [["pvs"]], ("strings", ["/dev/sda"])),
             T("empty", [["pvs"]], ("strings", []))]),
    d(106, "vgs", RStringList(), [], "list the LVM volume groups (VGs)",
      "List the volume groups by name (for example C<VolGroup00>).  "
      "See also C<guestfs_vgs_full>.", optional="lvm2", since="0.4",
      tests=[T("empty", _TWO_PARTS + [["vgcreate", "VG2", "/dev/sda1"],
                                      ["vgcreate", "VG", "/dev/sda2"],
                                      ["vgs"]],
               ("strings", ["VG", "VG2"])),
             T("empty", [["vgs"]], ("strings", []))]),
    d(107, "lvs_full", RStructList("lvm_lv"), [],
      "list the LVM logical volumes (LVs)",
      "List the logical volumes with every field C<lvs> reports.",
      optional="lvm2", since="0.4",
      tests=[T("empty", _LV + [["lvs_full"]],
               ("struct", {"lv_name": "LV", "lv_size": 8 * _MIB,
                           "seg_count": 1, "origin": ""})),
             T("empty", _LV + [["lvresize", "/dev/VG/LV", "12"],
                               ["lvs_full"]],
               ("struct", {"lv_size": 12 * _MIB})),
             T("empty", [["lvs_full"]], ("len", 0))]),
    d(108, "pvs_full", RStructList("lvm_pv"), [],
      "list the LVM physical volumes (PVs)",
      "List the physical volumes with every field C<pvs> reports.",
      optional="lvm2", since="0.4",
      tests=[T("empty", _VG + [["pvs_full"]],
               ("struct", {"pv_name": "/dev/sda", "pe_start": _MIB,
                           "pv_pe_count": _EXTENTS, "pv_pe_alloc_count": 0,
                           "pv_fmt": "lvm2", "dev_size": 512 * _MIB})),
             T("empty", [["pvs_full"]], ("len", 0))]),
    d(109, "vgs_full", RStructList("lvm_vg"), [],
      "list the LVM volume groups (VGs)",
      "List the volume groups with every field C<vgs> reports.",
      optional="lvm2", since="0.4",
      tests=[T("empty", _LV + [["vgs_full"]],
               ("struct", {"vg_name": "VG", "vg_extent_size": 4 * _MIB,
                           "vg_extent_count": _EXTENTS,
                           "vg_free_count": _EXTENTS - 2,
                           "pv_count": 1, "lv_count": 1})),
             T("empty", [["vgs_full"]], ("len", 0))]),
    d(110, "lvremove", RErr(), [Device("device")],
      "remove an LVM logical volume",
      "Remove the logical volume C<device>, such as C</dev/VG/LV>.  "
      "Given a volume group's directory C</dev/VG>, remove every "
      "logical volume in it.", optional="lvm2", since="1.0.13",
      tests=[T("empty", _LV + [["lvcreate", "LV2", "VG", "4"],
                               ["lvremove", "/dev/VG/LV"], ["lvs"]],
               ("strings", ["/dev/VG/LV2"])),
             T("empty", _LV + [["lvcreate", "LV2", "VG", "4"],
                               ["lvremove", "/dev/VG"], ["lvs"]],
               ("strings", [])),
             T("empty", _LV + [["lvremove", "/dev/VG/NOLV"]], ("fail",)),
             T("empty", _LV + [["lvremove", "/dev/sda"]], ("fail",))]),
    d(111, "vgremove", RErr(), [String("vgname")],
      "remove an LVM volume group",
      "Remove the volume group C<vgname> (for example C<VG>), and with "
      "it every logical volume in it.", optional="lvm2", since="1.0.13",
      tests=[T("empty", _LV + [["vgremove", "VG"], ["vgs"]],
               ("strings", [])),
             T("empty", _LV + [["vgremove", "VG"], ["lvs"]],
               ("strings", [])),
             T("empty", _VG + [["vgremove", "NOVG"]], ("fail",))]),
    d(112, "pvremove", RErr(), [Device("device")],
      "remove an LVM physical volume",
      "Wipe the physical volume C<device> so that LVM no longer sees "
      "it.  A physical volume in a volume group is refused: remove the "
      "group first.", optional="lvm2", since="1.0.13",
      tests=[T("empty", _TWO_PVS + [["pvremove", "/dev/sda1"], ["pvs"]],
               ("strings", ["/dev/sda2"])),
             T("empty", _VG + [["pvremove", "/dev/sda"]], ("fail",)),
             T("empty", [["pvremove", "/dev/sda"]], ("fail",))]),
    d(113, "lvm_remove_all", RErr(), [],
      "remove all LVM LVs, VGs and PVs",
      "Remove every logical volume, volume group and physical volume.",
      optional="lvm2", since="0.8",
      tests=[T("empty", _LV + [["lvm_remove_all"], ["pvs"]],
               ("strings", [])),
             T("empty", _LV + [["lvm_remove_all"], ["vgs"]],
               ("strings", [])),
             # A mounted LV is in use.
             T("empty", _LV + [["mkfs", "ext2", "/dev/VG/LV"],
                               ["mount", "/dev/VG/LV", "/"],
                               ["lvm_remove_all"]], ("fail",))]),
    d(114, "lvresize", RErr(), [Device("device"), Int("mbytes")],
      "resize an LVM logical volume",
      "Grow or shrink the logical volume C<device> to C<mbytes> "
      "megabytes.  Data in the part removed by shrinking is lost.",
      optional="lvm2", since="1.0.27",
      tests=[T("empty", _LV + [["lvresize", "/dev/VG/LV", "20"],
                               ["blockdev_getsize64", "/dev/VG/LV"]],
               ("int", 20 * _MIB)),
             T("empty", _LV + [["lvresize", "/dev/VG/LV", "4"],
                               ["blockdev_getsize64", "/dev/VG/LV"]],
               ("int", 4 * _MIB)),
             T("empty", _LV + [["lvresize", "/dev/VG/LV", "1000"]],
               ("fail",)),
             T("empty", _LV + [["lvresize", "/dev/VG/LV", "0"]], ("fail",)),
             T("empty", _LV + [["lvresize", "/dev/sda", "8"]], ("fail",))]),
    d(115, "lvresize_free", RErr(), [Device("lv"), Int("percent")],
      "expand an LV to fill free space",
      "Grow the logical volume C<lv> by C<percent>% of the free space "
      "left in its volume group (100 takes all of it).",
      optional="lvm2", since="1.3.3",
      tests=[T("empty", _LV + [["lvresize_free", "/dev/VG/LV", "100"],
                               ["blockdev_getsize64", "/dev/VG/LV"]],
               ("int", _EXTENTS * 4 * _MIB)),
             T("empty", _LV + [["lvresize_free", "/dev/VG/LV", "101"]],
               ("fail",)),
             T("empty", _LV + [["lvresize_free", "/dev/sda", "50"]],
               ("fail",))]),
    d(116, "pvresize", RErr(), [Device("device")],
      "resize an LVM physical volume",
      "Grow or shrink the physical volume C<device> to the size of the "
      "device it is on.", optional="lvm2", since="1.0.26",
      tests=[T("empty", _VG + [["pvresize_size", "/dev/sda",
                                str(64 * _MIB)],
                               ["pvresize", "/dev/sda"], ["pvs_full"]],
               ("struct", {"pv_pe_count": _EXTENTS})),
             T("empty", [["pvresize", "/dev/sda"]], ("fail",))]),
    d(117, "pvresize_size", RErr(), [Device("device"), Int64("size")],
      "resize an LVM physical volume (with size)",
      "As C<guestfs_pvresize>, but to C<size> bytes.",
      optional="lvm2", since="1.3.14",
      tests=[T("empty", _VG + [["pvresize_size", "/dev/sda",
                                str(64 * _MIB)],
                               ["pvs_full"]],
               ("struct", {"pv_pe_count": 15})),
             # More than the device holds.
             T("empty", _VG + [["pvresize_size", "/dev/sda",
                                str(600 * _MIB)]], ("fail",)),
             # Less than the LV on it needs.
             T("empty", _LV + [["lvresize", "/dev/VG/LV", "100"],
                               ["pvresize_size", "/dev/sda",
                                str(64 * _MIB)]], ("fail",)),
             T("empty", _VG + [["pvresize_size", "/dev/sda", "-1"]],
               ("fail",))]),
    d(118, "vg_activate", RErr(), [Bool("activate"),
                                   StringList("volgroups")],
      "activate or deactivate some volume groups",
      "Activate (or with C<activate> false deactivate) every logical "
      "volume of the volume groups C<volgroups>, as C<vgchange -a y|n> "
      "does.  An empty list means every volume group.",
      optional="lvm2", since="1.0.26",
      tests=[T("empty", _LV + [["vg_activate", "false", "VG"],
                               ["blockdev_getsize64", "/dev/VG/LV"]],
               ("fail",)),
             T("empty", _LV + [["vg_activate", "false", "VG"],
                               ["vg_activate", "true", "VG"],
                               ["blockdev_getsize64", "/dev/VG/LV"]],
               ("int", 8 * _MIB)),
             T("empty", _LV + [["vg_activate", "false", ""],
                               ["is_lv", "/dev/mapper/VG-LV"]], ("fail",)),
             T("empty", _LV + [["vg_activate", "true", "NOVG"]], ("fail",)),
             T("empty", _LV + [["vg_activate", "true", "-an"]], ("fail",))]),
    d(119, "vg_activate_all", RErr(), [Bool("activate")],
      "activate or deactivate all volume groups",
      "Activate (or with C<activate> false deactivate) every logical "
      "volume of every volume group, as C<vgchange -a y|n> does.",
      optional="lvm2", since="1.0.26",
      tests=[T("empty", _LV + [["vg_activate_all", "false"],
                               ["blockdev_getsize64", "/dev/VG/LV"]],
               ("fail",)),
             T("empty", _LV + [["vg_activate_all", "false"],
                               ["vg_activate_all", "true"],
                               ["blockdev_getsize64", "/dev/VG/LV"]],
               ("int", 8 * _MIB)),
             # A mounted LV cannot be deactivated.
             T("empty", _LV + [["mkfs", "ext2", "/dev/VG/LV"],
                               ["mount", "/dev/VG/LV", "/"],
                               ["vg_activate_all", "false"]], ("fail",))]),
    d(120, "lvrename", RErr(), [String("logvol"), String("newlogvol")],
      "rename an LVM logical volume",
      "Rename the logical volume C<logvol> (C</dev/VG/LV>) to "
      "C<newlogvol> (C</dev/VG/NEWLV>).", since="1.0.83",
      tests=[T("empty", _LV + [["lvrename", "/dev/VG/LV", "/dev/VG/LV2"],
                               ["lvs"]], ("strings", ["/dev/VG/LV2"])),
             T("empty", _LV + [["lvrename", "/dev/VG/LV", "/dev/VG/LV2"],
                               ["blockdev_getsize64", "/dev/VG/LV2"]],
               ("int", 8 * _MIB)),
             T("empty", _LV + [["lvrename", "/dev/VG/NOLV", "/dev/VG/X"]],
               ("fail",)),
             T("empty", _LV + [["lvrename", "/dev/VG/LV", "-LV"]],
               ("fail",))]),
    d(121, "vgrename", RErr(), [String("volgroup"), String("newvolgroup")],
      "rename an LVM volume group",
      "Rename the volume group C<volgroup> to C<newvolgroup>.",
      since="1.0.83",
      tests=[T("empty", _LV + [["vgrename", "VG", "VG2"], ["vgs"]],
               ("strings", ["VG2"])),
             T("empty", _LV + [["vgrename", "VG", "VG2"], ["lvs"]],
               ("strings", ["/dev/VG2/LV"])),
             T("empty", _LV + [["vgrename", "NOVG", "VG2"]], ("fail",)),
             T("empty", _LV + [["vgrename", "VG", "--help"]], ("fail",))]),
    d(122, "pvuuid", RString(), [Device("device")],
      "get the UUID of a physical volume",
      "Return the UUID of the physical volume C<device>, as LVM "
      "prints it (with dashes).", since="1.0.87",
      tests=[T("empty", _VG + [["pvuuid", "/dev/sda"]], ("len", 38)),
             T("empty", [["pvuuid", "/dev/sda"]], ("fail",))]),
    d(123, "vguuid", RString(), [String("vgname")],
      "get the UUID of a volume group",
      "Return the UUID of the volume group C<vgname>.", since="1.0.87",
      tests=[T("empty", _VG + [["vguuid", "VG"]], ("len", 38)),
             T("empty", _VG + [["vguuid", "NOVG"]], ("fail",))]),
    d(124, "lvuuid", RString(), [Device("device")],
      "get the UUID of a logical volume",
      "Return the UUID of the logical volume C<device>.", since="1.0.87",
      tests=[T("empty", _LV + [["lvuuid", "/dev/VG/LV"]], ("len", 38)),
             T("empty", _LV + [["lvuuid", "/dev/sda"]], ("fail",))]),
    d(125, "vgpvuuids", RStringList(), [String("vgname")],
      "get the PV UUIDs containing the volume group",
      "Return the UUIDs of the physical volumes the volume group "
      "C<vgname> is on.  With C<guestfs_pvs> and C<guestfs_pvuuid> "
      "this tells which physical volumes belong to which group.  See "
      "also C<guestfs_vglvuuids>.", since="1.0.87",
      tests=[T("empty", _TWO_PVS + [["vgcreate", "VG", "/dev/sda1 "
                                     "/dev/sda2"],
                                    ["vgpvuuids", "VG"]], ("len", 2)),
             T("empty", _VG + [["vgpvuuids", "NOVG"]], ("fail",))]),
    d(126, "vglvuuids", RStringList(), [String("vgname")],
      "get the LV UUIDs of all LVs in the volume group",
      "Return the UUIDs of the logical volumes in the volume group "
      "C<vgname>.  With C<guestfs_lvs> and C<guestfs_lvuuid> this "
      "tells which logical volumes belong to which group.  See also "
      "C<guestfs_vgpvuuids>.", since="1.0.87",
      tests=[T("empty", _LV + [["lvcreate", "LV2", "VG", "4"],
                               ["vglvuuids", "VG"]], ("len", 2)),
             T("empty", _VG + [["vglvuuids", "VG"]], ("len", 0)),
             T("empty", _VG + [["vglvuuids", "NOVG"]], ("fail",))]),
    d(127, "vgmeta", RBufferOut(), [String("vgname")],
      "get volume group metadata",
      "Return the metadata of the volume group C<vgname>, in LVM's "
      "text format.  It is LVM's internal structure, which may change "
      "at any time: for information only.", optional="lvm2",
      since="1.17.20",
      tests=[T("empty", _LV + [["vgmeta", "VG"]], ("contains", "\\nVG {")),
             T("empty", _LV + [["vgmeta", "VG"]], ("contains", "LV {")),
             T("empty", _VG + [["vgmeta", "NOVG"]], ("fail",)),
             T("empty", _VG + [["vgmeta", "-h"]], ("fail",))]),
    d(128, "pvchange_uuid", RErr(), [Device("device")],
      "generate a new random UUID for a physical volume",
      "Give the physical volume C<device> a new random UUID.",
      optional="lvm2", since="1.19.26",
      tests=[T("empty", _VG + [["pvchange_uuid", "/dev/sda"],
                               ["pvuuid", "/dev/sda"]], ("len", 38)),
             T("empty", [["pvchange_uuid", "/dev/sda"]], ("fail",)),
             # Not under active logical volumes.
             T("empty", _LV + [["pvchange_uuid", "/dev/sda"]], ("fail",))]),
    d(129, "pvchange_uuid_all", RErr(), [],
      "generate new random UUIDs for all physical volumes",
      "Give every physical volume a new random UUID.",
      optional="lvm2", since="1.19.26",
      tests=[T("empty", _TWO_PVS + [["pvchange_uuid_all"], ["pvs"]],
               ("strings", ["/dev/sda1", "/dev/sda2"]))]),
    d(130, "vgchange_uuid", RErr(), [String("vg")],
      "generate a new random UUID for a volume group",
      "Give the volume group C<vg> a new random UUID.",
      optional="lvm2", since="1.19.26",
      tests=[T("empty", _LV + [["vg_activate", "false", "VG"],
                               ["vgchange_uuid", "VG"], ["vguuid", "VG"]],
               ("len", 38)),
             T("empty", _VG + [["vgchange_uuid", "NOVG"]], ("fail",)),
             # Not with active logical volumes.
             T("empty", _LV + [["vgchange_uuid", "VG"]], ("fail",))]),
    d(131, "vgchange_uuid_all", RErr(), [],
      "generate new random UUIDs for all volume groups",
      "Give every volume group a new random UUID.",
      optional="lvm2", since="1.19.26",
      tests=[T("empty", _VG + [["vgchange_uuid_all"], ["vgs"]],
               ("strings", ["VG"])),
             T("empty", _LV + [["vgchange_uuid_all"]], ("fail",))]),
    d(132, "lvm_scan", RErr(), [Bool("activate")],
      "scan for LVM physical volumes, volume groups and logical volumes",
      "Scan every block device and rebuild the list of physical "
      "volumes, volume groups and logical volumes.  With C<activate> "
      "true, volume groups and logical volumes found are activated: "
      "their C</dev/VG/LV> devices appear.\n\nThe handle scans when it "
      "is launched; call this after adding or removing a device (as "
      "C<guestfs_luks_open> does).", since="1.39.8",
      tests=[T("empty", _LV + [["vg_activate_all", "false"],
                               ["lvm_scan", "true"],
                               ["blockdev_getsize64", "/dev/VG/LV"]],
               ("int", 8 * _MIB)),
             T("empty", _LV + [["vg_activate_all", "false"],
                               ["lvm_scan", "false"],
                               ["blockdev_getsize64", "/dev/VG/LV"]],
               ("fail",))]),
    d(133, "vgscan", RErr(), [], "rescan for LVM physical volumes, volume "
      "groups and logical volumes",
      "Rescan every block device and rebuild the list of physical "
      "volumes, volume groups and logical volumes.",
      deprecated_by="lvm_scan", since="1.3.2",
      tests=[T("empty", _LV + [["vgscan"], ["vgs"]], ("strings", ["VG"]))]),
    d(134, "lvm_set_filter", RErr(), [DeviceList("devices")],
      "set LVM device filter",
      "Let LVM see only the block devices (whole devices or "
      "partitions) in C<devices> and ignore the others: useful when "
      "disk images hold duplicate (cloned) physical volumes or volume "
      "groups.  The volume groups are deactivated, the devices "
      "rescanned and what is visible activated again, so no volume "
      "group may be in use (hold a mounted filesystem), filtered or "
      "not.  C<guestfs_lvm_clear_filter> undoes it.",
      optional="lvm2", since="1.5.1",
      tests=[T("empty", _TWO_PARTS + [["vgcreate", "VG", "/dev/sda1"],
                                      ["vgcreate", "VG2", "/dev/sda2"],
                                      ["lvm_set_filter", "/dev/sda2"],
                                      ["vgs"]], ("strings", ["VG2"])),
             T("empty", _TWO_PVS + [["lvm_set_filter", "/dev/sda1"],
                                    ["pvs"]], ("strings", ["/dev/sda1"])),
             # The hidden VG's LV is deactivated.
             T("empty", _TWO_PARTS + [["vgcreate", "VG", "/dev/sda1"],
                                      ["lvcreate", "LV", "VG", "8"],
                                      ["lvm_set_filter", "/dev/sda2"],
                                      ["is_lv", "/dev/mapper/VG-LV"]],
               ("fail",)),
             T("empty", [["lvm_set_filter", "/dev/sda9"]], ("fail",)),
             T("empty", _LV + [["mkfs", "ext2", "/dev/VG/LV"],
                               ["mount", "/dev/VG/LV", "/"],
                               ["lvm_set_filter", "/dev/sda"]], ("fail",))]),
    d(135, "lvm_clear_filter", RErr(), [], "clear LVM device filter",
      "Undo C<guestfs_lvm_set_filter>: LVM sees every block device "
      "again.  Rescans and activates as C<guestfs_lvm_set_filter> "
      "does.", since="1.5.1",
      tests=[T("empty", _TWO_PARTS + [["vgcreate", "VG", "/dev/sda1"],
                                      ["vgcreate", "VG2", "/dev/sda2"],
                                      ["lvcreate", "LV", "VG", "8"],
                                      ["lvm_set_filter", "/dev/sda2"],
                                      ["lvm_clear_filter"], ["vgs"]],
               ("strings", ["VG", "VG2"])),
             T("empty", _LV + [["lvm_set_filter", "/dev/sdb"],
                               ["lvm_clear_filter"],
                               ["blockdev_getsize64", "/dev/VG/LV"]],
               ("int", 8 * _MIB))]),
    d(136, "lvm_canonical_lv_name", RString(), [Device("lvname")],
      "get canonical name of an LV",
      "Return the canonical name C</dev/VG/LV> of a logical volume "
      "given by another of its names, such as C</dev/mapper/VG-LV> "
      "(where a dash in either name is doubled) or C</dev/dm-N>.  "
      "Anything that is not a logical volume is an error with errno "
      "C<EINVAL>.  See also C<guestfs_is_lv>, "
      "C<guestfs_canonical_device_name>.", since="1.5.24",
      tests=[T("empty", _LV + [["lvm_canonical_lv_name",
                                "/dev/mapper/VG-LV"]],
               ("string", "/dev/VG/LV")),
             T("empty", _LV + [["lvm_canonical_lv_name", "/dev/VG/LV"]],
               ("string", "/dev/VG/LV")),
             T("empty", [["vgcreate", "my-vg", "/dev/sda"],
                         ["lvcreate", "a-b--c", "my-vg", "4"],
                                    ["lvm_canonical_lv_name",
                                     "/dev/mapper/my--vg-a--b----c"]],
               ("string", "/dev/my-vg/a-b--c")),
             T("empty", _LV + [["lvm_canonical_lv_name", "/dev/sda"]],
               ("fail",)),
             T("empty", _LV + [["canonical_device_name",
                                "/dev/mapper/VG-LV"]],
               ("string", "/dev/VG/LV")),
             T("empty", _LV + [["lvm_canonical_lv_name",
                                "/dev/mapper/VG-NOLV"]], ("fail",))]),
    d(137, "is_lv", RBool(), [Mountable("mountable")],
      "test if mountable is a logical volume",
      "True if C<mountable> is a logical volume.", since="1.5.3",
      tests=[T("empty", _LV + [["is_lv", "/dev/VG/LV"]], ("true",)),
             T("empty", _LV + [["is_lv", "/dev/mapper/VG-LV"]], ("true",)),
             T("empty", _LV + [["is_lv", "/dev/sda"]], ("false",)),
             T("empty", _LV + [["is_lv", "/dev/VG/NOLV"]], ("fail",))]),
    d(138, "list_dm_devices", RStringList(), [],
      "list device mapper devices",
      "List the device mapper devices as C</dev/mapper/NAME>, such as "
      "those C<guestfs_luks_open> makes.  Logical volumes are not "
      "listed: see C<guestfs_lvs>.", since="1.11.15",
      tests=[T("empty", _LV + [["list_dm_devices"]], ("strings", [])),
             T("empty", [["list_dm_devices"]], ("strings", []))]),
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

# A disk group GUID no test disk has.
NO_DG = "01234567-89ab-cdef-0123-456789abcdef"

LDM_ACTIONS = [
    d(500, "ldmtool_create_all", RErr(), [],
      "scan and create Windows dynamic disk volumes",
      "This function scans all block devices looking for Windows "
      "dynamic disk volumes and partitions, and creates devices for any "
      "that were found.\n\n"
      "Call C<guestfs_list_ldm_volumes> and "
      "C<guestfs_list_ldm_partitions> to return all devices.\n\n"
      "Note that you don't normally need to call this explicitly: the "
      "appliance does it once, the first time LDM volumes are listed "
      "(C<guestfs_list_ldm_volumes>, C<guestfs_list_ldm_partitions>, "
      "C<guestfs_list_filesystems>) or a call names one.  A volume "
      "whose disks are not all present is left out.",
      since="1.20.0", optional="ldm",
      tests=[T("empty", [["ldmtool_create_all"], ["list_ldm_volumes"]],
               ("strings", []))]),
    d(501, "ldmtool_remove_all", RErr(), [],
      "remove all Windows dynamic disk volumes",
      "This is essentially the opposite of "
      "C<guestfs_ldmtool_create_all>.  It removes the device mapper "
      "mappings for all Windows dynamic disk volumes.  It fails, naming "
      "the volume, if one of them is in use (mounted).",
      since="1.20.0", optional="ldm",
      tests=[T("empty", [["ldmtool_create_all"], ["ldmtool_remove_all"],
                         ["list_ldm_volumes"]], ("strings", []))]),
    d(502, "ldmtool_scan", RStringList(), [],
      "scan for Windows dynamic disks",
      "This function scans for Windows dynamic disks.  It returns a "
      "list of identifiers (GUIDs) for all disk groups that were found. "
      " These identifiers can be passed to other C<guestfs_ldmtool_*> "
      "functions.\n\n"
      "This function scans all block devices.  To scan a subset of "
      "block devices, call C<guestfs_ldmtool_scan_devices> instead.",
      since="1.20.0", optional="ldm",
      tests=[T("empty", [["ldmtool_scan"]], ("strings", []))]),
    d(503, "ldmtool_scan_devices", RStringList(), [DeviceList("devices")],
      "scan for Windows dynamic disks",
      "This function scans for Windows dynamic disks.  It returns a "
      "list of identifiers (GUIDs) for all disk groups that were found. "
      " These identifiers can be passed to other C<guestfs_ldmtool_*> "
      "functions.\n\n"
      "The parameter C<devices> is a list of block devices which are "
      "scanned.  If this list is empty, all block devices are scanned.",
      since="1.20.0", optional="ldm",
      tests=[T("empty", [["ldmtool_scan_devices", "/dev/sda /dev/sdb"]],
               ("strings", [])),
             T("empty", [["ldmtool_scan_devices", ""]], ("strings", [])),
             T("empty", [["ldmtool_scan_devices", "/dev/sdz"]],
               ("fail",))]),
    d(504, "ldmtool_diskgroup_name", RString(), [String("diskgroup")],
      "return the name of a Windows dynamic disk group",
      "Return the name of a Windows dynamic disk group.  The "
      "C<diskgroup> parameter should be the GUID of a disk group, one "
      "element from the list returned by C<guestfs_ldmtool_scan>.",
      since="1.20.0", optional="ldm",
      tests=[T("empty", [["ldmtool_diskgroup_name", NO_DG]], ("fail",)),
             T("empty", [["ldmtool_diskgroup_name", "-h"]], ("fail",))]),
    d(505, "ldmtool_diskgroup_volumes", RStringList(),
      [String("diskgroup")],
      "return the volumes in a Windows dynamic disk group",
      "Return the volumes in a Windows dynamic disk group.  The "
      "C<diskgroup> parameter should be the GUID of a disk group, one "
      "element from the list returned by C<guestfs_ldmtool_scan>.",
      since="1.20.0", optional="ldm",
      tests=[T("empty", [["ldmtool_diskgroup_volumes", NO_DG]],
               ("fail",))]),
    d(506, "ldmtool_diskgroup_disks", RStringList(), [String("diskgroup")],
      "return the disks in a Windows dynamic disk group",
      "Return the disks in a Windows dynamic disk group.  The "
      "C<diskgroup> parameter should be the GUID of a disk group, one "
      "element from the list returned by C<guestfs_ldmtool_scan>.",
      since="1.20.0", optional="ldm",
      tests=[T("empty", [["ldmtool_diskgroup_disks", NO_DG]],
               ("fail",))]),
    d(507, "ldmtool_volume_type", RString(),
      [String("diskgroup"), String("volume")],
      "return the type of a Windows dynamic disk volume",
      "Return the type of the volume named C<volume> in the disk group "
      "with GUID C<diskgroup>.\n\n"
      "Possible volume types that can be returned here include: "
      "C<simple>, C<spanned>, C<striped>, C<mirrored>, C<raid5>.  Other "
      "types may also be returned.",
      since="1.20.0", optional="ldm",
      tests=[T("empty", [["ldmtool_volume_type", NO_DG, "Volume1"]],
               ("fail",))]),
    d(508, "ldmtool_volume_hint", RString(),
      [String("diskgroup"), String("volume")],
      "return the hint field of a Windows dynamic disk volume",
      "Return the hint field of the volume named C<volume> in the disk "
      "group with GUID C<diskgroup>.  This may not be defined, in which "
      "case the empty string is returned.  The hint field is often, "
      "though not always, the name of a Windows drive, eg. C<E:>.",
      since="1.20.0", optional="ldm",
      tests=[T("empty", [["ldmtool_volume_hint", NO_DG, "Volume1"]],
               ("fail",))]),
    d(509, "ldmtool_volume_partitions", RStringList(),
      [String("diskgroup"), String("volume")],
      "return the partitions in a Windows dynamic disk volume",
      "Return the list of partitions in the volume named C<volume> in "
      "the disk group with GUID C<diskgroup>.",
      since="1.20.0", optional="ldm",
      tests=[T("empty", [["ldmtool_volume_partitions", NO_DG, "Volume1"]],
               ("fail",))]),
    d(510, "list_ldm_volumes", RStringList(), [],
      "list all Windows dynamic disk volumes",
      "This function returns all Windows dynamic disk volumes that were "
      "found at launch time.  It returns a list of device names "
      "(C</dev/mapper/ldm_vol_GROUP_VOLUME>), sorted.",
      since="1.20.0", optional="ldm",
      tests=[T("empty", [["list_ldm_volumes"]], ("strings", []))]),
    d(511, "list_ldm_partitions", RStringList(), [],
      "list all Windows dynamic disk partitions",
      "This function returns all Windows dynamic disk partitions that "
      "were found at launch time.  It returns a list of device names "
      "(C</dev/mapper/ldm_part_GROUP_PARTITION>), sorted.  Only the "
      "partitions of mirrored and RAID-5 volumes get devices of their "
      "own.",
      since="1.20.0", optional="ldm",
      tests=[T("empty", [["list_ldm_partitions"]], ("strings", []))]),
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
               ("hash", {"Name": "sub2"})),
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
               ("hash", {"Subvolume ID": "256"})),
             T("empty", BTRFS_SUBVOLS + [
                 ["btrfs_subvolume_snapshot", "/sub", "/snap"],
                 ["btrfs_subvolume_snapshot", "/sub", "/dir/snap2"],
                 ["btrfs_subvolume_show", "/sub"]],
               ("hash", {"Snapshot(s)": "snap,dir/snap2"})),
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
    b(641, "btrfs_scrub_full", RErr(), [Pathname("path")],
      "run a full scrub of a btrfs filesystem",
      "Scrub the btrfs filesystem holding C<path> from start to end "
      "and wait for it, like a filesystem check: it fails if the "
      "scrub finds errors it cannot correct.  With C<readonly> "
      "nothing is repaired.",
      optargs=[OBool("readonly")], since="1.56.0",
      tests=[T("empty", BTRFS1 + [["write", "/f", "x"],
                                  ["btrfs_scrub_full", "/",
                                   "readonly:true"],
                                  ["btrfs_scrub_status", "/"]],
               ("struct", {"btrfsscrub_csum_errors": 0,
                           "btrfsscrub_uncorrectable_errors": 0})),
             T("empty", BTRFS1 + [["btrfs_scrub_full", "/"]]),
             T("basicfs", [["btrfs_scrub_full", "/"]], ("fail",))]),
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
    d(729, "xfs_info2", RHashtable(), [Dev_or_Path("pathordevice")],
      "get geometry of XFS filesystem",
      "Everything L<xfs_info(8)> prints about the XFS filesystem mounted "
      "at the directory, or held by the device, C<pathordevice>, as "
      "pairs: C<SECTION.FIELD> (C<meta-data.crc>, C<data.bsize>, "
      "C<log.blocks>, ...) with the value as printed (a count may keep "
      "its unit, as in C<4 blks>), and C<SECTION> with the section's "
      "first, unnamed value (C<meta-data> is the device, C<log> is "
      "C<internal log>).  New versions of xfsprogs add fields: unlike "
      "C<guestfs_xfs_info> this shows them.",
      since="1.59.2", optional="xfs",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "xfs", "/dev/sda1"],
                         ["xfs_info2", "/dev/sda1"]],
               ("hash", {"meta-data": "/dev/sda1", "meta-data.crc": "1",
                         "data.bsize": "4096",
                         "naming": "version 2", "log": "internal log",
                         "realtime": "none"})),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ext4", "/dev/sda1"],
                         ["xfs_info2", "/dev/sda1"]], ("fail",))]),
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
    d(821, "ntfs_chmod", RErr(),
      [Device("device"), Int("perms"), String("path")],
      "set permissions on a path in an NTFS filesystem",
      "Give the file or directory C<path> (a path inside the NTFS "
      "filesystem on C<device>, which must not be mounted) the "
      "permissions C<perms>, Unix mode bits (C<0755>), as a new ACL "
      "that Windows and Linux both honour.  With C<recursive> and a "
      "directory, everything under it too.",
      optargs=[OBool("recursive")], since="1.58.0", optional="ntfs3g",
      tests=[T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["mount", "/dev/sda1", "/"],
                         ["mkdir", "/dir"], ["touch", "/dir/f"],
                         ["umount", "/"],
                         ["ntfs_chmod", "/dev/sda1", "0700", "/dir",
                          "recursive:true"],
                         ["mount_options", "permissions", "/dev/sda1", "/"],
                         ["stat", "/dir/f"]], ("struct", {"mode": 0o100700})),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["ntfs_chmod", "/dev/sda1", "0700", "/nosuch"]],
               ("fail",)),
             T("empty", [["part_disk", "/dev/sda", "mbr"],
                         ["mkfs", "ntfs", "/dev/sda1"],
                         ["ntfs_chmod", "/dev/sda1", "010000", "/"]],
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

# -------------------------------------------------- files: queries
# Procedure numbers 900-999.


def is_type(nr, kind, what, tests):
    return d(nr, "is_" + kind, RBool(), [Pathname("path")],
             "test if %s" % what,
             "True if C<path> is %s.  With C<followsymlinks> a symlink "
             "to one counts." % what,
             optargs=[OBool("followsymlinks")], once_had_no_optargs=True,
             since="1.5.10", tests=tests)


FILE_QUERY_ACTIONS = [
    is_type(900, "blockdev", "a block device", [
        T("scratchfs", [["mknod_b", "0600", "8", "0", "/is_blockdev"],
                        ["is_blockdev", "/is_blockdev"]], ("true",)),
        T("scratchfs", [["mknod_b", "0600", "8", "0", "/is_blockdev_l"],
                        ["ln_s", "is_blockdev_l", "/is_blockdev_link"],
                        ["is_blockdev", "/is_blockdev_link",
                         "followsymlinks:true"]], ("true",)),
        T("scratchfs", [["is_blockdev", "/"]], ("false",)),
        T("scratchfs", [["is_blockdev", "relative"]], ("fail",))]),
    is_type(901, "chardev", "a character device", [
        T("scratchfs", [["mknod_c", "0600", "1", "3", "/is_chardev"],
                        ["is_chardev", "/is_chardev"]], ("true",)),
        T("scratchfs", [["is_chardev", "/nosuchfile"]], ("false",))]),
    is_type(902, "fifo", "a FIFO (named pipe)", [
        T("scratchfs", [["mkfifo", "0600", "/is_fifo"],
                        ["is_fifo", "/is_fifo"]], ("true",)),
        T("scratchfs", [["is_fifo", "/"]], ("false",))]),
    is_type(903, "socket", "a Unix domain socket", [
        T("scratchfs", [["is_socket", "/"]], ("false",)),
        T("scratchfs", [["is_socket", ""]], ("fail",))]),
    d(904, "head_n", RStringList(), [Int("nrlines"), Pathname("path")],
      "return first N lines of a file",
      "With C<nrlines> positive, return the first C<nrlines> lines of "
      "the file C<path>; negative, every line but the last "
      "C<-nrlines>; zero, no lines.  The lines must fit in one "
      "protocol message (see C<guestfs_read_lines>).",
      since="1.0.54",
      tests=[T("scratchfs", [["write", "/head_n", "1\n2\n3\n4\n"],
                             ["head_n", "2", "/head_n"]],
               ("strings", ["1", "2"])),
             T("scratchfs", [["write", "/head_n_neg", "1\n2\n3\n4\n"],
                             ["head_n", "-3", "/head_n_neg"]],
               ("strings", ["1"])),
             T("scratchfs", [["write", "/head_n_0", "1\n"],
                             ["head_n", "0", "/head_n_0"]], ("strings", [])),
             T("scratchfs", [["head_n", "0", "/nosuchfile"]], ("fail",))]),
    d(905, "tail_n", RStringList(), [Int("nrlines"), Pathname("path")],
      "return last N lines of a file",
      "With C<nrlines> positive, return the last C<nrlines> lines of "
      "the file C<path>; negative, the lines from line C<-nrlines> on "
      "(the first line is 1, as in C<tail -n +N>); zero, no lines.",
      since="1.0.54",
      tests=[T("scratchfs", [["write", "/tail_n", "1\n2\n3\n4\n"],
                             ["tail_n", "2", "/tail_n"]],
               ("strings", ["3", "4"])),
             T("scratchfs", [["write", "/tail_n_neg", "1\n2\n3\n4\n"],
                             ["tail_n", "-3", "/tail_n_neg"]],
               ("strings", ["3", "4"])),
             T("scratchfs", [["tail_n", "-1", "/"]], ("fail",))]),
    d(906, "wc_l", RInt(), [Pathname("path")],
      "count lines in a file",
      "Return the number of newline characters in the file, as "
      "C<wc -l> counts them.",
      since="1.0.54",
      tests=[T("scratchfs", [["write", "/wc_l", "a b\nc\n\nd"],
                             ["wc_l", "/wc_l"]], ("int", 3)),
             T("scratchfs", [["wc_l", "/nosuchfile"]], ("fail",))]),
    d(907, "wc_w", RInt(), [Pathname("path")],
      "count words in a file",
      "Return the number of words in the file (runs of characters "
      "that are not white space), as C<wc -w> counts them.",
      since="1.0.54",
      tests=[T("scratchfs", [["write", "/wc_w", " a b\nc\n\n d"],
                             ["wc_w", "/wc_w"]], ("int", 4)),
             T("scratchfs", [["wc_w", "/"]], ("fail",))]),
    d(908, "wc_c", RInt(), [Pathname("path")],
      "count characters in a file",
      "Return the size of the file in bytes, as C<wc -c> counts them.",
      since="1.0.54",
      tests=[T("scratchfs", [["write", "/wc_c", "a b\nc\n"],
                             ["wc_c", "/wc_c"]], ("int", 6)),
             T("scratchfs", [["wc_c", "/nosuchfile"]], ("fail",))]),
    d(909, "equal", RBool(), [Pathname("file1"), Pathname("file2")],
      "test if two files have equal contents",
      "True if the files C<file1> and C<file2> hold exactly the same "
      "bytes.",
      since="1.0.18",
      tests=[T("scratchfs", [["write", "/equal_a", "same"],
                             ["write", "/equal_b", "same"],
                             ["equal", "/equal_a", "/equal_b"]], ("true",)),
             T("scratchfs", [["write", "/equal_c", "same"],
                             ["write", "/equal_d", "samE"],
                             ["equal", "/equal_c", "/equal_d"]], ("false",)),
             T("scratchfs", [["write", "/equal_e", "same"],
                             ["equal", "/equal_e", "/nosuchfile"]],
               ("fail",))]),
    d(910, "realpath", RString(), [Pathname("path")],
      "canonicalized absolute pathname",
      "Return the absolute path in the guest that C<path> names, with "
      "no C<.>, C<..> or symbolic link left in it.  Symbolic links are "
      "followed inside the guest: an absolute link target starts at "
      "the guest's root, and C<..> stops there.",
      since="1.0.66",
      tests=[T("scratchfs", [["mkdir_p", "/realpath/a/b"],
                             ["ln_s", "../../..", "/realpath/a/b/up"],
                             ["realpath", "/realpath/a/./b/up/realpath/a"]],
               ("string", "/realpath/a")),
             T("scratchfs", [["mkdir", "/realpath_abs"],
                             ["ln_s", "/realpath_abs/../../..",
                              "/realpath_abs/up"],
                             ["realpath", "/realpath_abs/up"]],
               ("string", "/")),
             T("scratchfs", [["realpath", "/nosuchfile"]], ("fail",))]),
    d(911, "lstatlist", RStructList("stat"),
      [Pathname("path"), StringList("names")],
      "lstat on multiple files",
      "The C<guestfs_lstat> of each of the C<names> in the directory "
      "C<path>, in the same order; a name that cannot be looked at "
      "gets C<ino> C<-1>.  The list must fit in one protocol message.",
      deprecated_by="lstatnslist", since="1.0.77",
      tests=[T("scratchfs", [["mkdir", "/lstatlist"],
                             ["touch", "/lstatlist/a"],
                             ["lstatlist", "/lstatlist", "a nosuch"]],
               ("len", 2)),
             T("scratchfs", [["lstatlist", "/nosuchdir", "a"]], ("fail",))]),
    d(912, "lstatnslist", RStructList("statns"),
      [Pathname("path"), StringList("names")],
      "lstat on multiple files",
      "The C<guestfs_lstatns> of each of the C<names> in the directory "
      "C<path>, in the same order; a name that cannot be looked at "
      "gets C<st_ino> C<-1>.  The list must fit in one protocol "
      "message.",
      since="1.27.53",
      tests=[T("scratchfs", [["mkdir", "/lstatnslist"],
                             ["touch", "/lstatnslist/a"],
                             ["touch", "/lstatnslist/b"],
                             ["lstatnslist", "/lstatnslist", "a b"]],
               ("len", 2)),
             T("scratchfs", [["touch", "/lstatnslist_file"],
                             ["lstatnslist", "/lstatnslist_file", "a"]],
               ("fail",))]),
    d(913, "readlinklist", RStringList(),
      [Pathname("path"), StringList("names")],
      "readlink on multiple files",
      "The C<guestfs_readlink> of each of the C<names> in the directory "
      "C<path>, in the same order; a name that is not a symbolic link "
      "(or cannot be read) gets the empty string.  The list must fit "
      "in one protocol message.",
      since="1.0.77",
      tests=[T("scratchfs", [["mkdir", "/readlinklist"],
                             ["ln_s", "../x", "/readlinklist/a"],
                             ["touch", "/readlinklist/b"],
                             ["readlinklist", "/readlinklist", "a b c"]],
               ("strings", ["../x", "", ""])),
             T("scratchfs", [["readlinklist", "/nosuchdir", "a"]],
               ("fail",))]),
    d(914, "df_h", RString(), [],
      "report file system disk space usage (human readable)",
      "Run C<df -h> in the appliance and return its output, for people "
      "to read (programs should use C<guestfs_statvfs>).",
      since="1.0.54",
      tests=[T("basicfs", [["df_h"]], ("contains", "/dev/sda1"))]),
]

# -------------------------------------------- files: create and write
# Procedure numbers 1000-1099.


def mknod_typed(nr, name, what, tests):
    return d(nr, name, RErr(),
             [Int("mode"), Int("devmajor"), Int("devminor"),
              Pathname("path")],
             "make %s" % what,
             "Make %s C<path> with device numbers C<devmajor> and "
             "C<devminor>: C<guestfs_mknod> with the file type added.  "
             "C<mode> holds only permission bits (the umask applies)."
             % what,
             optional="mknod", since="1.0.55", tests=tests)


FILE_WRITE_ACTIONS = [
    d(1000, "mknod", RErr(),
      [Int("mode"), Int("devmajor"), Int("devminor"), Pathname("path")],
      "make block, character or FIFO devices",
      "Make the special file C<path>, as L<mknod(2)>: C<mode> is the "
      "file type (C<S_IFBLK>, C<S_IFCHR>, C<S_IFIFO> or C<S_IFSOCK>; "
      "none makes a regular file) ORed with the permission bits (the "
      "umask applies), and C<devmajor> and C<devminor> are the device "
      "numbers of a block or character device.",
      optional="mknod", since="1.0.55",
      tests=[T("scratchfs", [["mknod", "0010600", "0", "0", "/mknod"],
                             ["is_fifo", "/mknod"]], ("true",)),
             T("scratchfs", [["mknod", "0060600", "8", "1", "/mknod_b"],
                             ["stat", "/mknod_b"]],
               ("struct", {"rdev": 2049})),
             T("scratchfs", [["mknod", "0600", "0", "0", "/nosuchdir/x"]],
               ("fail",))]),
    mknod_typed(1001, "mknod_b", "a block device", [
        T("scratchfs", [["mknod_b", "0600", "8", "16", "/mknod_b2"],
                        ["stat", "/mknod_b2"]],
          ("struct", {"mode": 0o60600, "rdev": 2064})),
        T("scratchfs", [["mknod_b", "0060600", "8", "16", "/mknod_b3"]],
          ("fail",)),
        T("scratchfs", [["mknod_b", "0600", "-1", "0", "/mknod_b4"]],
          ("fail",))]),
    mknod_typed(1002, "mknod_c", "a character device", [
        T("scratchfs", [["mknod_c", "0666", "1", "3", "/mknod_c"],
                        ["is_chardev", "/mknod_c"]], ("true",)),
        T("scratchfs", [["mknod_c", "0666", "1", "3", "/mknod_c_twice"],
                        ["mknod_c", "0666", "1", "3", "/mknod_c_twice"]],
          ("fail",))]),
    d(1003, "mkfifo", RErr(), [Int("mode"), Pathname("path")],
      "make FIFO (named pipe)",
      "Make the FIFO (named pipe) C<path>: C<guestfs_mknod> with "
      "C<S_IFIFO> added.  C<mode> holds only permission bits (the umask "
      "applies).",
      optional="mknod", since="1.0.55",
      tests=[T("scratchfs", [["mkfifo", "0640", "/mkfifo"],
                             ["stat", "/mkfifo"]],
               ("struct", {"mode": 0o10640})),
             T("scratchfs", [["mkfifo", "0010640", "/mkfifo2"]], ("fail",))]),
]

ACTIONS = (LIBRARY_ACTIONS + DAEMON_ACTIONS + LVM_ACTIONS + PARTITION_ACTIONS
           + BLOCKDEV_ACTIONS + CRYPT_MD_SWAP_ACTIONS + LDM_ACTIONS
           + BTRFS_ACTIONS + EXT_XFS_ACTIONS + FS_MAINT_ACTIONS
           + FILE_QUERY_ACTIONS + FILE_WRITE_ACTIONS)
