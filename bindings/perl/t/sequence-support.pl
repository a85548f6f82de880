# The printing half of the shared bindings test (bindings-sequence.pl,
# generated): each result in the format of tests/bindings/README.md.

use strict;
use warnings;

$| = 1;

sub format_struct
{
    my ($fields, %s) = @_;
    return "{" . join (", ", map { "$_: $s{$_}" } @$fields) . "}";
}

sub format_result
{
    my ($kind, $fields, @r) = @_;
    return "[" . join (", ", @r) . "]" if $kind eq "RStringList";
    return format_struct ($fields, @r) if $kind eq "RStruct";
    return "[" . join (", ", map { format_struct ($fields, %$_) } @r) . "]"
        if $kind eq "RStructList";
    if ($kind eq "RHashtable") {
        my @pairs;
        push @pairs, shift (@r) . ": " . shift (@r) while @r;
        return "{" . join (", ", @pairs) . "}";
    }
    return $r[0] ? "true" : "false" if $kind eq "RBool";
    return defined $r[0] ? $r[0] : "null";
}

# Call $code in list context and print "NAME: RESULT", or
# "NAME: error: MESSAGE" if it croaks.
sub show
{
    my ($name, $kind, $fields, $code) = @_;
    my @r = eval { $code->() };
    if ($@) {
        (my $msg = $@) =~ s/ at \S+ line \d+\.\n\z//;
        print "$name: error: $msg\n";
    } else {
        print "$name: ", format_result ($kind, $fields, @r), "\n";
    }
}

1;
