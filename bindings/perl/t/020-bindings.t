# The shared bindings test sequence (tests/bindings/): the same output as
# C and Python, byte for byte.
use strict;
use warnings;
use FindBin;
use Test::More tests => 2;

my $srcdir = "$FindBin::Bin/..";
my $top = $ENV{abs_top_srcdir} // "$srcdir/../..";
open my $fh, "<", "$top/tests/bindings/expected.txt" or die "expected.txt: $!";
my $expected = do { local $/; <$fh> };
close $fh;

my $out = qx{"$^X" "$srcdir/t/bindings-sequence.pl" 2>&1};
is ($?, 0, "the sequence exits with status 0");
is ($out, $expected, "its output is tests/bindings/expected.txt");
