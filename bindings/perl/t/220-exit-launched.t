# A program that exits with a launched handle still open: the END block
# closes it once (CLOSE callback in a live interpreter) and no qemu is
# left behind.
use strict;
use warnings;
use Test::More tests => 4;

my $out = qx{"$^X" -e '
    use Sys::Guestfs;
    my \$g = Sys::Guestfs->new ();
    \$g->set_event_callback (sub { print "close\\n" },
                             \$Sys::Guestfs::EVENT_CLOSE);
    \$g->add_drive_scratch (16 * 1024 * 1024);
    \$g->launch ();
    print "pid ", \$g->get_pid (), "\\n";
    our \$keep = \$g;
    exit 0;
' 2>&1};
is ($?, 0, "the program exits with status 0");
my ($pid) = $out =~ /^pid (\d+)$/m;
ok ($pid, "it launched qemu") or diag ($out);
is (scalar (() = $out =~ /^close$/mg), 1, "the CLOSE callback ran once");
my $gone = 0;
for (1 .. 100) {
    if (!$pid || !kill 0, $pid) { $gone = 1; last }
    select (undef, undef, undef, 0.1);
}
ok ($gone, "no qemu is left");
