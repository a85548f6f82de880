# Creating handles: plain, with flags, several at once.
use strict;
use warnings;
use Test::More tests => 10;

use Sys::Guestfs;

my $g = Sys::Guestfs->new ();
isa_ok ($g, "Sys::Guestfs");
$g->close ();

# environment => 0 ignores LIBGUESTFS_*.
{
    local $ENV{LIBGUESTFS_MEMSIZE} = 777;
    my $env = Sys::Guestfs->new ();
    is ($env->get_memsize (), 777, "LIBGUESTFS_MEMSIZE is read by default");
    my $noenv = Sys::Guestfs->new (environment => 0);
    isnt ($noenv->get_memsize (), 777, "environment => 0 ignores it");
}

my $g2 = Sys::Guestfs->new (environment => 0, close_on_exit => 0);
ok ($g2, "create with both flags");
$g2->close ();

eval { Sys::Guestfs->new (nosuch => 1) };
like ($@, qr/^Sys::Guestfs->new: unknown flag 'nosuch' at \S+030-create\.t line \d+\.$/,
      "an unknown flag croaks at the caller's line");
eval { Sys::Guestfs->new ("environment") };
like ($@, qr/expected name => value pairs/, "odd flags croak");

# Several handles, each with its own state.
my @gs = map { Sys::Guestfs->new () } 1 .. 3;
$gs[$_]->set_memsize (500 + $_) for 0 .. 2;
is_deeply ([map { $_->get_memsize () } @gs], [500, 501, 502],
           "three handles keep their own settings");
$_->close () for @gs;
ok (1, "and close");

my $h = Sys::Guestfs->new ();
my $h2 = Sys::Guestfs->new ();
isnt ("$h", "$h2", "distinct objects");
is (ref $h, "Sys::Guestfs", "a blessed Sys::Guestfs");
