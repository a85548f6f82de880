# The module loads, with its version and event constants.
use strict;
use warnings;
use Test::More tests => 4;
no warnings "once";

use_ok ("Sys::Guestfs");
like ($Sys::Guestfs::VERSION, qr/^\d+\.\d+\.\d+$/, "\$VERSION is set");
is ($Sys::Guestfs::EVENT_CLOSE, 1, "\$EVENT_CLOSE");
is (Sys::Guestfs::event_to_string ($Sys::Guestfs::EVENT_CLOSE |
                                   $Sys::Guestfs::EVENT_PROGRESS),
    "close,progress", "event_to_string");
