# Properties of a handle (settings, state, version) and the user's own
# keys in the handle's hash, as libguestfs's binding allows.
use strict;
use warnings;
use Test::More tests => 11;

use Sys::Guestfs;

my $g = Sys::Guestfs->new ();
$g->set_verbose (1);
is ($g->get_verbose (), 1, "set_verbose/get_verbose");
$g->set_verbose (0);
is ($g->get_verbose (), 0, "booleans are 0/1");
$g->set_memsize (1024);
is ($g->get_memsize (), 1024, "set_memsize/get_memsize");
$g->set_path ("/nonexistent");
is ($g->get_path (), "/nonexistent", "set_path/get_path (strings)");
is ($g->get_state (), 0, "get_state: CONFIG");
ok ($g->is_config (), "is_config");
ok (!$g->is_ready (), "not is_ready");

my %v = $g->version ();
is ($v{major}, 1, "version is a hash, major 1");
ok (exists $v{minor} && exists $v{release} && exists $v{extra},
    "version has minor, release, extra");

$g->{my_key} = "mine";
$g->set_trace (0);
is ($g->{my_key}, "mine", "a user's key in the handle is kept");
is_deeply ([sort grep { !/^_/ } keys %$g], ["my_key"],
           "the binding's own keys start with _");
