#!/usr/bin/perl
# A libguestfs-style admin script, written against libguestfs's
# documented Sys::Guestfs API only: make a disk image with a filesystem,
# write /etc/hostname, list the filesystems, read the file back, and
# upload a file with a progress bar.
#
#   ./run /usr/bin/perl bindings/perl/examples/admin.pl DISK.img UPLOAD

use strict;
use warnings;

use Sys::Guestfs;

die "usage: $0 DISK.img FILE-TO-UPLOAD\n" unless @ARGV == 2;
my ($disk, $upload) = @ARGV;

open my $fh, ">", $disk or die "$disk: $!";
truncate $fh, 256 * 1024 * 1024 or die "$disk: truncate: $!";
close $fh;

my $g = Sys::Guestfs->new ();
$g->add_drive ($disk, format => "raw");
$g->launch ();

$g->part_disk ("/dev/sda", "mbr");
$g->mkfs ("ext4", "/dev/sda1");

my %fses = $g->list_filesystems ();
foreach my $dev (sort keys %fses) {
    print "filesystem: $dev: $fses{$dev}\n";
}

$g->mount ("/dev/sda1", "/");
$g->mkdir ("/etc");
$g->write ("/etc/hostname", "guest.example.com\n");
print "hostname: ", $g->cat ("/etc/hostname");

my %st = $g->statns ("/etc/hostname");
print "size: $st{st_size}\n";

my $last = "";
my $eh = $g->set_event_callback (
    sub {
        my ($ev, $eh, $buf, $array) = @_;
        my ($proc, $serial, $position, $total) = @$array;
        $last = sprintf ("progress: %d/%d", $position, $total);
        printf STDERR "\r%3d%%", 100 * $position / $total if $total;
    },
    $Sys::Guestfs::EVENT_PROGRESS);
$g->upload ($upload, "/uploaded");
$g->delete_event_callback ($eh);
print STDERR "\n";
print "$last\n" if $last;
print "uploaded: ", $g->filesize ("/uploaded"), " bytes\n";

eval { $g->cat ("/nonexistent") };
print "error: ", ($@ =~ /^cat: / ? "croaked" : "missing: $@"), "\n";

$g->umount_all ();
$g->shutdown ();
$g->close ();
