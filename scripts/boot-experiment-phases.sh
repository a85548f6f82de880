#!/bin/sh
# boot-experiment-phases.sh: split the boots logged by boot-experiment.sh
# into phases, using the host-side millisecond stamps on console lines.
#
# usage: scripts/boot-experiment-phases.sh [LOGDIR]
#   LOGDIR defaults to /tmp/guestfs-boot-experiment/logs
#
# Columns (medians over the runs of each candidate, ms since qemu start):
#   kernel  first kernel console line (qemu start + firmware + early boot;
#           the kernel prints its early messages when the console comes up)
#   init    "Run /init": kernel initialisation finished
#   chroot  supermin's mini-initrd done (modules loaded, root mounted)
#   flag    launch flag received by the host
# Phases a log does not show (quiet boots) are printed as "-".
set -e
dir=${1:-/tmp/guestfs-boot-experiment/logs}

printf '%-16s %7s %7s %7s %7s\n' candidate kernel init chroot flag
for c in $(ls "$dir" | sed -n 's/^\(.*\)\.[0-9]*\.log$/\1/p' | sort -u); do
  for f in "$dir/$c".*.log; do
    awk '
      function ms(line) { sub(/^\[ */, "", line); sub(/\].*/, "", line); return line + 0 }
      !k && /^\[ *[0-9.]+\] \[ *[0-9]+\.[0-9]+\]/ { k = ms($0) }
      !i && /Run \/init as init process/         { i = ms($0) }
      !c && /supermin: chroot/                   { c = ms($0) }
      !f && /<timer: received 0xf5f55ff5>/       { f = ms($0) }
      END { printf "%s %s %s %s\n", k ? k : "-", i ? i : "-", c ? c : "-", f ? f : "-" }
    ' "$f"
  done | awk -v c="$c" '
    function med(col,   n, i, j, t, v) {
      n = 0
      for (i = 1; i <= NR; i++) if (val[i, col] != "-") v[n++] = val[i, col] + 0
      if (n == 0) return "-"
      for (i = 1; i < n; i++) for (j = i; j > 0 && v[j-1] > v[j]; j--) { t = v[j]; v[j] = v[j-1]; v[j-1] = t }
      return sprintf("%d", (n % 2) ? v[(n-1)/2] : (v[n/2-1] + v[n/2]) / 2)
    }
    { for (k = 1; k <= 4; k++) val[NR, k] = $k }
    END { printf "%-16s %7s %7s %7s %7s\n", c, med(1), med(2), med(3), med(4) }'
done
