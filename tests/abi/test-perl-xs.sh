#!/bin/sh
# Debian's Sys::Guestfs (its XS module, built against libguestfs) runs
# against our library.
set -e
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
build=${abs_top_builddir:-$src}
. "$src/tests/abi/foreign.sh"

# Debian's module, never an in-tree one that PERL5LIB could name.
unset PERL5LIB
if ! perl -MSys::Guestfs -e 1 2>/dev/null; then
    echo "1..0 # SKIP Sys::Guestfs (libguestfs-perl) is not installed"
    exit 0
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/abi-perl.XXXXXX")
trap 'rm -rf "$dir"' EXIT
truncate -s 64M "$dir/disk.img"
mke2fs -q -F -t ext4 -L perlfs "$dir/disk.img"

LD_LIBRARY_PATH=$build/capi/.libs foreign perl -e '
use strict;
use Sys::Guestfs;
my $n = 0;
sub ok { my ($pass, $what) = @_; $n++; print +($pass ? "" : "not "), "ok $n - $what\n"; }
print "1..4\n";
ok ($INC{"Sys/Guestfs.pm"} =~ m{^/usr/}, "Debian'"'"'s Sys::Guestfs: $INC{q{Sys/Guestfs.pm}}");
my $g = Sys::Guestfs->new ();
my %v = $g->version ();
ok ($v{extra} eq "ng", "it runs on guestfs-ng'"'"'s library");
$g->add_drive_opts ($ARGV[0], format => "raw", readonly => 1);
$g->launch ();
my %fs = $g->list_filesystems ();
ok ($fs{"/dev/sda"} eq "ext4", "list_filesystems: /dev/sda is ext4");
ok ($g->vfs_label ("/dev/sda") eq "perlfs", "vfs_label reads the label");
$g->shutdown ();
$g->close ();
' "$dir/disk.img"
