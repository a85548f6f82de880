# Event callbacks without an appliance: registration, TRACE and LIBRARY
# messages, CLOSE, deletion (also from inside the callback), and what a
# callback may and may not call on its handle.
use strict;
use warnings;
use Test::More tests => 14;

use Sys::Guestfs;

my $g = Sys::Guestfs->new ();
my @seen;
my $eh = $g->set_event_callback (
    sub { push @seen, [@_] },
    $Sys::Guestfs::EVENT_TRACE | $Sys::Guestfs::EVENT_LIBRARY);
like ($eh, qr/^\d+$/, "set_event_callback returns an event handle");

$g->set_trace (1);
$g->get_memsize ();
my @trace = grep { $_->[0] == $Sys::Guestfs::EVENT_TRACE } @seen;
ok (scalar (grep { $_->[2] =~ /^get_memsize/ } @trace),
    "TRACE messages for a call");
is ($trace[0][1], $eh, "the callback gets its event handle");
is (ref $trace[0][3], "ARRAY", "and an array reference");

$g->set_trace (0);

$g->delete_event_callback ($eh);
@seen = ();
$g->set_trace (1);
$g->get_memsize ();
is (scalar @seen, 0, "no calls after delete_event_callback");
$g->set_trace (0);

# A callback may call the handle's property methods, and delete itself.
my ($memsize, $calls) = (undef, 0);
my $self_eh;
$self_eh = $g->set_event_callback (sub {
    $calls++;
    $g->delete_event_callback ($self_eh);
    $memsize = $g->get_memsize ();
}, $Sys::Guestfs::EVENT_TRACE);
$g->set_trace (1);
$g->get_memsize ();
$g->get_memsize ();
$g->set_trace (0);
is ($calls, 1, "a callback can delete itself");
ok ($memsize > 0, "and call a property method of its handle");

# It cannot close its handle, nor call the appliance.
my ($close_err, $mkdir_err);
$g->set_event_callback (sub {
    eval { $g->close () };
    $close_err //= $@;
    eval { $g->ping_daemon () };
    $mkdir_err //= $@;
}, $Sys::Guestfs::EVENT_TRACE);
$g->set_trace (1);
$g->get_memsize ();
like ($close_err, qr/^close: cannot be called from a callback/,
      "close from a callback croaks");
like ($mkdir_err, qr/^ping_daemon: /, "so does a daemon call");
is ($g->get_memsize () > 0, 1, "the handle is still open");

like (eval { $g->set_event_callback ("notcode", 1) } // $@,
      qr/^set_event_callback: the callback is not a code reference/,
      "a callback that is not code");
like (eval { Sys::Guestfs::event_to_string (1 << 62) } // $@,
      qr/^event_to_string: unknown event/, "an unknown event");

# CLOSE: once, when the handle is closed.
my $h = Sys::Guestfs->new ();
my $closes = 0;
$h->set_event_callback (sub { $closes++ }, $Sys::Guestfs::EVENT_CLOSE);
$h->close ();
is ($closes, 1, "the CLOSE callback runs once on close");
$h->close ();
is ($closes, 1, "closing again does nothing");
