# A launch in a real appliance: APPLIANCE and LIBRARY messages, progress
# events, struct results, and no qemu left after close.
use strict;
use warnings;
use File::Temp qw(tempdir);
use POSIX qw(mkfifo);
use Test::More tests => 18;

use Sys::Guestfs;

my $g = Sys::Guestfs->new ();
my %seen;
my @progress;
$g->set_event_callback (
    sub {
        my ($ev, $eh, $buf, $array) = @_;
        $seen{$ev}++;
        push @progress, [@$array] if $ev == $Sys::Guestfs::EVENT_PROGRESS;
    },
    $Sys::Guestfs::EVENT_APPLIANCE | $Sys::Guestfs::EVENT_LIBRARY |
    $Sys::Guestfs::EVENT_PROGRESS | $Sys::Guestfs::EVENT_LAUNCH_DONE);
$g->set_verbose (1);
$g->add_drive_scratch (64 * 1024 * 1024);
$g->launch ();
$g->set_verbose (0);
ok ($seen{$Sys::Guestfs::EVENT_APPLIANCE}, "APPLIANCE messages");
ok ($seen{$Sys::Guestfs::EVENT_LIBRARY}, "LIBRARY messages");
is ($seen{$Sys::Guestfs::EVENT_LAUNCH_DONE}, 1, "LAUNCH_DONE once");
my $pid = $g->get_pid ();
ok ($pid > 0, "qemu runs");

my @devices = $g->list_devices ();
is_deeply (\@devices, ["/dev/sda"], "list_devices");
is ($g->blockdev_getsize64 ("/dev/sda"), 64 * 1024 * 1024,
    "a 64-bit result");

$g->part_disk ("/dev/sda", "mbr");
my @parts = $g->part_list ("/dev/sda");
is ($parts[0]{part_num}, 1, "part_list: a list of hash references");
$g->mkfs ("ext2", "/dev/sda1");
$g->mount ("/dev/sda1", "/");

my $dir = tempdir (CLEANUP => 1);
open my $fh, ">", "$dir/f" or die;
print $fh "y" x (8 * 1024 * 1024);
close $fh;
$g->upload ("$dir/f", "/f");
is ($g->filesize ("/f"), 8 * 1024 * 1024, "upload");
# The daemon's progress test call sends progress events for a while.
@progress = ();
$g->debug ("progress", ["2"]);
ok (@progress > 0, "progress events");
is (scalar (grep { @$_ != 4 } @progress), 0, "each with 4 numbers");
is ($progress[-1][2], $progress[-1][3], "the last at position == total");

# user_cancel from a PROGRESS callback stops an upload from a pipe that
# never ends (a child writes to it until killed).
mkfifo ("$dir/fifo", 0600) or die "mkfifo: $!";
my $writer = fork ();
die "fork: $!" unless defined $writer;
if ($writer == 0) {
    open my $w, ">", "$dir/fifo" or POSIX::_exit (1);
    # Slowly: the first PROGRESS event comes after about two seconds,
    # which must not find the disk already full.
    my $block = "z" x 65536;
    select ($w);
    $| = 1;
    while (print $w $block) { select (undef, undef, undef, 0.02) }
    POSIX::_exit (0);
}
my $cancels = 0;
my $eh = $g->set_event_callback (
    sub { $cancels++; $g->user_cancel () }, $Sys::Guestfs::EVENT_PROGRESS);
eval { $g->upload ("$dir/fifo", "/endless") };
my $err = $@;
kill "KILL", $writer;
waitpid ($writer, 0);
$g->delete_event_callback ($eh);
ok ($cancels > 0, "user_cancel called from a progress callback");
like ($err, qr/^upload: .*cancel/i, "the upload croaks: cancelled");
ok ($g->is_file ("/f"), "the handle is usable after the cancel");

eval { $g->mkdir ("/f/x") };
like ($@, qr/^mkdir: /, "a daemon error croaks");
ok ($g->is_file ("/f"), "and the handle is usable");

$g->close ();
my $gone = 0;
for (1 .. 100) {
    if (!kill 0, $pid) { $gone = 1; last }
    select (undef, undef, undef, 0.1);
}
ok ($gone, "no qemu after close");
eval { $g->is_file ("/f") };
like ($@, qr/closed/, "a closed handle croaks");
