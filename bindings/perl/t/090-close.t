# Closing: explicitly, by undef, by leaving scope; each exactly once;
# a closed handle croaks.
use strict;
use warnings;
use Test::More tests => 9;

use Sys::Guestfs;

sub counted
{
    my $count = shift;
    my $g = Sys::Guestfs->new ();
    $g->set_event_callback (sub { $$count++ }, $Sys::Guestfs::EVENT_CLOSE);
    return $g;
}

my $n = 0;
my $g = counted (\$n);
$g->close ();
is ($n, 1, "explicit close");
eval { $g->get_verbose () };
like ($@, qr/^get_verbose: the handle is closed at \S+090-close\.t line \d+\.$/,
      "a method of a closed handle croaks");
undef $g;
is ($n, 1, "undef after close does not close again");

$n = 0;
$g = counted (\$n);
undef $g;
is ($n, 1, "undef closes");

$n = 0;
{
    my $scoped = counted (\$n);
}
is ($n, 1, "leaving scope closes");

# A callback that refers to its own handle makes a cycle: close breaks
# it.
$n = 0;
$g = Sys::Guestfs->new ();
$g->set_event_callback (sub { $n++; $g->get_verbose () if 0 },
                        $Sys::Guestfs::EVENT_CLOSE);
$g->close ();
is ($n, 1, "a callback holding its handle: closed once");
undef $g;
is ($n, 1, "and not again");

# A callback dropping the last reference to its handle: the handle
# lives until the call returns, then closes.
$n = 0;
$g = counted (\$n);
$g->set_trace (1);
$g->set_event_callback (sub { undef $g }, $Sys::Guestfs::EVENT_TRACE);
my @warnings;
{
    local $SIG{__WARN__} = sub { push @warnings, $_[0] };
    $g->get_memsize ();
}
is ($n, 1, "undef \$g in a callback: closed once, after the call");
is (scalar @warnings, 0, "without a warning");
