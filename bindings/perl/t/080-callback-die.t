# A callback that dies: the call that fired it completes, then croaks
# with the callback's error (docs/bindings.md); nothing crashes and
# nothing is lost.
use strict;
use warnings;
use Test::More tests => 11;

use Sys::Guestfs;

my $g = Sys::Guestfs->new ();
# Every call sends TRACE messages (set_trace itself too, so the dying
# callbacks are only there between the two).
$g->set_trace (1);

sub with_callback
{
    my ($cb, $code) = @_;
    my $eh = $g->set_event_callback ($cb, $Sys::Guestfs::EVENT_TRACE);
    eval { $code->() };
    my $err = $@;
    $g->delete_event_callback ($eh);
    return $err;
}

is (with_callback (sub { die "boom\n" }, sub { $g->set_memsize (700) }),
    "boom\n", "the call croaks with the callback's error");
is ($g->get_memsize (), 700, "after the call completed");

is (with_callback (sub { die "boom\n" },
                   sub { $g->internal_test_rinterr () }),
    "boom\n", "the callback's error wins over the call's own");

my $err = with_callback (sub { die { code => 42 } },
                         sub { $g->get_memsize () });
is (ref $err, "HASH", "a reference thrown by the callback");
is ($err->{code}, 42, "arrives unchanged");

# A second error during the same call is a warning.
my @warnings;
local $SIG{__WARN__} = sub { push @warnings, $_[0] };
my $n = 0;
is (with_callback (sub { $n++; die "err$n\n" }, sub { $g->get_memsize () }),
    "err1\n", "the first error is croaked");
like (join ("", @warnings), qr/event callback died: err2/,
      "the second is a warning");

# In a CLOSE callback: croaked by an explicit close, after closing.
my $h = Sys::Guestfs->new ();
$h->set_event_callback (sub { die "closing\n" }, $Sys::Guestfs::EVENT_CLOSE);
eval { $h->close () };
is ($@, "closing\n", "close croaks with the CLOSE callback's error");
like (eval { $h->get_memsize () } // $@, qr/handle is closed/,
      "and the handle is closed");

# Without a caller (undef $h): a warning.
@warnings = ();
$h = Sys::Guestfs->new ();
$h->set_event_callback (sub { die "gone\n" }, $Sys::Guestfs::EVENT_CLOSE);
undef $h;
like (join ("", @warnings), qr/event callback died: gone/,
      "undef: a warning");
is ($g->get_memsize (), 700, "other handles are unaffected");
