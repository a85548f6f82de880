# The POD is well-formed and documents every method.
use strict;
use warnings;
use Test::More;

eval "use Test::Pod 1.00; use Test::Pod::Coverage 1.00; 1"
    or plan skip_all => "Test::Pod and Test::Pod::Coverage are needed";
plan tests => 2;

require Sys::Guestfs;
pod_file_ok ($INC{"Sys/Guestfs.pm"}, "the POD is valid");
# internal_test*: the bindings' own tests, not the API.
pod_coverage_ok ("Sys::Guestfs",
                 { also_private => [qr/^internal_test/, qr/^CLONE_SKIP$/] },
                 "every method is documented");
