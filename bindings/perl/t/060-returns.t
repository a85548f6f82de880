# Every return type and its error twin (the internal_test_* actions).
use strict;
use warnings;
use Test::More tests => 31;

use Sys::Guestfs;

my $g = Sys::Guestfs->new ();

is ($g->internal_test_rint ("10"), 10, "RInt");
is ($g->internal_test_rint64 ("-10"), -10, "RInt64");
is ($g->internal_test_rint64 ("9223372036854775807"), 9223372036854775807,
    "RInt64 is exact at its top");
is ($g->internal_test_rint64 ("-9223372036854775808"),
    "-9223372036854775808", "and at its bottom");
is ($g->internal_test_rbool ("true"), 1, "RBool true is 1");
is ($g->internal_test_rbool ("false"), 0, "RBool false is 0");
is ($g->internal_test_rconststring ("x"), "static string", "RConstString");
is ($g->internal_test_rconstoptstring ("x"), "static string",
    "RConstOptString");
is ($g->internal_test_rstring ("string"), "string", "RString");

my @l = $g->internal_test_rstringlist ("3");
is_deeply (\@l, ["0", "1", "2"], "RStringList is a list");
@l = $g->internal_test_rstringlist ("0");
is_deeply (\@l, [], "an empty RStringList");

# What internal_test_rstruct returns for "$n".
sub pv
{
    my ($n) = @_;
    my %pv = map { $_ => $n }
        qw(pv_size dev_size pv_free pv_used pv_pe_count pv_pe_alloc_count
           pe_start pv_mda_count pv_mda_free);
    return {%pv, pv_name => "$n", pv_fmt => "lvm2", pv_attr => "a--",
            pv_tags => "", pv_uuid => "12345678901234567890123456789012"};
}

my %s = $g->internal_test_rstruct ("10");
is_deeply (\%s, pv (10), "RStruct is a hash");
my @sl = $g->internal_test_rstructlist ("2");
is_deeply (\@sl, [pv (0), pv (1)],
           "RStructList is a list of hash references");
@sl = $g->internal_test_rstructlist ("0");
is_deeply (\@sl, [], "an empty RStructList");

my %h = $g->internal_test_rhashtable ("2");
is_deeply (\%h, {0 => 0, 1 => 1}, "RHashtable is a hash");
my @flat = $g->internal_test_rhashtable ("2");
is_deeply (\@flat, [0, 0, 1, 1], "in the returned order");

my $buf = $g->internal_test_rbufferout ("abc");
is ($buf, "abc", "RBufferOut is a byte string");
ok (!utf8::is_utf8 ($buf), "without the UTF-8 flag");

my @void = $g->set_verbose (0);
is (scalar @void, 0, "RErr returns nothing");

for my $t (qw(rint rint64 rbool rconststring rconstoptstring rstring
              rstringlist rstruct rstructlist rhashtable rbufferout)) {
    my $f = "internal_test_${t}err";
    eval { my @r = $g->$f () };
    like ($@, qr/^${f}: error at \S+060-returns\.t line \d+\.\n\z/,
          "$f croaks with the library's message");
}

is ($g->internal_test_rint ("5"), 5, "the handle is usable after errors");
