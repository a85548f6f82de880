# Handles still open at exit are closed once, by the module's END block,
# while the interpreter can run their CLOSE callbacks; no warning.
use strict;
use warnings;
use Test::More tests => 6;

sub run_script
{
    my $code = shift;
    my $out = qx{"$^X" -e '$code' 2>&1};
    return ($? >> 8, $out);
}

my ($status, $out) = run_script (q{
    use Sys::Guestfs;
    our $g = Sys::Guestfs->new ();
    my $h = Sys::Guestfs->new ();
    for my $x ([$g, "g"], [$h, "h"]) {
        my $name = $x->[1];
        $x->[0]->set_event_callback (sub { print "close $name\n" },
                                     $Sys::Guestfs::EVENT_CLOSE);
    }
    END { print "user END: ", $g->get_memsize () > 0 ? "ok" : "bad", "\n" }
    exit 3;
});
is ($status, 3, "the exit status is kept");
like ($out, qr/^user END: ok\n(?:.*\n)*close g\n/m,
      "the program's END blocks run first, with the handles open");
is (scalar (() = $out =~ /^close g$/mg), 1, "a global handle: CLOSE ran once");
is (scalar (() = $out =~ /^close h$/mg), 1, "a file-scope lexical: CLOSE ran once");
unlike ($out, qr/warn|Attempt|during global destruction/i, "no warning");

($status, $out) = run_script (q{
    use Sys::Guestfs;
    our $g = Sys::Guestfs->new (close_on_exit => 0);
    $g->set_event_callback (sub { print "close\n" },
                            $Sys::Guestfs::EVENT_CLOSE);
});
is ($out, "", "close_on_exit => 0: left to the operating system");
