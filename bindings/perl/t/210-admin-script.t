# examples/admin.pl, a script written for libguestfs's Sys::Guestfs,
# runs unchanged in a real appliance.
use strict;
use warnings;
use File::Temp qw(tempdir);
use FindBin;
use Test::More tests => 8;

my $dir = tempdir (CLEANUP => 1);
my $upload = "$dir/upload";
open my $fh, ">", $upload or die;
print $fh "x" x (4 * 1024 * 1024);
close $fh;

my $out = qx{"$^X" "$FindBin::Bin/../examples/admin.pl" "$dir/disk.img" "$upload" 2>"$dir/stderr"};
is ($?, 0, "the script exits with status 0") or do {
    open my $err, "<", "$dir/stderr";
    diag (<$err>);
};
like ($out, qr{^filesystem: /dev/sda1: ext4$}m, "list_filesystems");
like ($out, qr{^hostname: guest\.example\.com$}m, "write and cat /etc/hostname");
like ($out, qr{^size: 18$}m, "statns as a hash");
# A short upload may end before the daemon's first progress message.
my @last = $out =~ m{^progress: (\d+)/(\d+)$}m;
ok (!@last || $last[0] == $last[1],
    "the last progress event, if any, is at the total");
like ($out, qr{^uploaded: 4194304 bytes$}m, "upload");
like ($out, qr{^error: croaked$}m, "an error croaks");
ok (-s "$dir/disk.img", "the disk image is there");
