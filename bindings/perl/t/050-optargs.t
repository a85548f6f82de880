# Arguments: optional ones as trailing name => value pairs, counts,
# types and ranges; each error croaks naming what was wrong, and the
# handle stays usable.
use strict;
use warnings;
use Test::More tests => 18;

use Sys::Guestfs;

my $g = Sys::Guestfs->new ();

ok (defined eval { $g->add_drive ("/dev/null"); 1 }, "no optional arguments");
ok (defined eval { $g->add_drive ("/dev/null", readonly => 1); 1 },
    "one optional argument");
ok (defined eval { $g->add_drive_opts ("/dev/null", format => "raw",
                                        readonly => 1); 1 },
    "add_drive_opts is an alias taking the same");
ok (defined eval { $g->add_drive ("/dev/null", format => undef); 1 },
    "name => undef leaves one out");

sub err (&) { my $code = shift; eval { $code->() }; return $@ }

like (err { $g->add_drive ("/dev/null", nosuch => 1) },
      qr/^add_drive: unknown optional argument 'nosuch' at \S+050-optargs\.t line \d+\.$/,
      "an unknown optional argument");
like (err { $g->add_drive ("/dev/null", "readonly") },
      qr/^add_drive: expected 1 argument then name => value pairs, got 2 at /,
      "an odd number of trailing arguments");
like (err { $g->add_drive () }, qr/^add_drive: expected 1 argument/,
      "a missing required argument");
like (err { $g->set_verbose (1, 2) },
      qr/^set_verbose: expected 1 argument, got 2 at /, "too many arguments");
like (err { $g->set_memsize ("lots") },
      qr/^set_memsize: memsize: 'lots' is not a number at /, "not a number");
like (err { $g->set_memsize (2 ** 40) },
      qr/^set_memsize: memsize: \d+ does not fit in 32 bits/,
      "an int out of range");
like (err { $g->set_path ("a\0b") },
      qr/^set_path: searchpath: embedded NUL character/, "an embedded NUL");
like (err { $g->mkdir (undef) }, qr/^mkdir: path: undefined value/,
      "undef for a string");
like (err { $g->internal_test ("a", undef, "notalist", 0, 0, 0, "", "", "") },
      qr/^internal_test: strlist: expected an array reference/,
      "a string list that is not an array reference");
like (err { $g->internal_test_only_optargs (test => "x") },
      qr/^internal_test_only_optargs: test: 'x' is not a number/,
      "a bad optional argument");
like (err { Sys::Guestfs::get_verbose ("x") },
      qr/^get_verbose: not a Sys::Guestfs handle/, "not a handle");

# The library's own errors.
like (err { $g->mkdir ("/x") }, qr/^mkdir: /, "a daemon call before launch");
is ($g->get_memsize () > 0, 1, "the handle is still usable");
$g->set_memsize (600);
is ($g->get_memsize (), 600, "and still accepts calls");
