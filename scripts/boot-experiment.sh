#!/bin/bash
# boot-experiment.sh: build the guestfs-ng appliance with a stand-in
# daemon, boot it under qemu the way capi/launch-direct.c will, and time
# every boot from starting qemu to receiving the launch flag on the
# host-side socket.  Developer tool; see docs/appliance-boot.md.
#
# usage: scripts/boot-experiment.sh [-n RUNS] [-w WORKDIR] [-d GUESTFSD]
#                                   [-t TIMEOUT] [-l] [CANDIDATE...]
#   -n RUNS     boots per candidate (default 5); the table shows the median
#   -w WORKDIR  scratch directory (default /tmp/guestfs-boot-experiment)
#   -d GUESTFSD daemon binary to put in the appliance instead of the
#               stand-in (e.g. daemon/guestfsd once it exists)
#   -t TIMEOUT  seconds before a boot counts as hung (default 60)
#   -l          list the candidates and exit
#   CANDIDATE   names to run (default: all but microvm-nocal, which hangs)
#               "cinit" makes the daemon binary itself /init: only the
#               stand-in (which mounts when it is pid 1) supports that.
#
# Runs are interleaved (run 1 of every candidate, then run 2, ...) because
# on a shared host the CPU speed drifts by tens of percent over minutes;
# interleaving spreads that drift over all candidates alike.
#
# Output: a table of median/min wall ms and median qemu CPU ms per
# candidate, and WORKDIR/logs/CANDIDATE.RUN.log, the serial console of
# each boot with host-side millisecond stamps on every line.
set -e

top=$(cd "$(dirname "$0")/.." && pwd)
runs=5
work=/tmp/guestfs-boot-experiment
daemon=
timeout_s=60
list=

while getopts n:w:d:t:l opt; do
  case $opt in
    n) runs=$OPTARG ;;
    w) work=$OPTARG ;;
    d) daemon=$(readlink -f "$OPTARG") ;;
    t) timeout_s=$OPTARG ;;
    l) list=1 ;;
    *) sed -n '2,/^set -e/p' "$0" | sed 's/^# \{0,1\}//;$d' >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

# ---------------------------------------------------------------------
# Candidates.  Each is a function that changes the defaults set by
# defaults(); boot() turns the variables into the qemu command line.
# "best" (the defaults) is the configuration docs/appliance-boot.md
# recommends; the others change one thing (or say which) relative to it.

defaults() {
  MACHINE=q35        # -machine type
  FIRMWARE=qboot     # qboot | seabios (-bios; microvm always uses qboot)
  CPU=qemu64
  MEM=512
  SMP=1
  TCG_OPTS=          # extra ,key=value for -accel tcg
  KERNEL=vmlinux     # vmlinux (PVH) | bzimage
  INITRD=trim        # trim | full | trim-mmio
  BUS=pci            # pci | mmio (virtio transport)
  ROOTMODE=snapshot  # snapshot | overlay
  ROOTSPEC=uuid      # uuid | dev
  # Kernel options beyond console=, root= and panic= (see the doc).
  KOPTS="no_timer_check tsc_early_khz=$TSC_KHZ tsc=reliable"
  APPEND_EXTRA=
  APPLIANCE=main     # main (shell /init) | cinit (/init is the daemon)
}

# Run by default (microvm-nocal is left out: it usually hangs).
CANDIDATES="best cpu-max seabios pc microvm bzimage-full vmlinux-full
  full-initrd m768 m256 smp2 tb256 overlay rootdev tsccal scansync
  quiet verbose cryptonotests rodataoff mitigationsoff cinit"

cand_best()            { :; }
cand_cpu-max()         { CPU=max; }
cand_seabios()         { FIRMWARE=seabios; }
cand_pc()              { MACHINE=pc; }
cand_microvm()         { MACHINE=microvm BUS=mmio INITRD=trim-mmio; }
# microvm has no HPET: without tsc_early_khz the kernel's TSC calibration
# against the PIT often fails under TCG and the boot then hangs.
cand_microvm-nocal()   { MACHINE=microvm BUS=mmio INITRD=trim-mmio KOPTS=no_timer_check; }
# What you get from supermin + qemu with no tuning at all.
cand_bzimage-full()    { KERNEL=bzimage INITRD=full FIRMWARE=seabios CPU=max KOPTS=; }
cand_vmlinux-full()    { INITRD=full FIRMWARE=seabios CPU=max KOPTS=; }
cand_full-initrd()     { INITRD=full; }
cand_m768()            { MEM=768; }
cand_m256()            { MEM=256; }
cand_smp2()            { SMP=2 TCG_OPTS=,thread=multi; }
cand_tb256()           { TCG_OPTS=,tb-size=256; }
cand_overlay()         { ROOTMODE=overlay; }
cand_rootdev()         { ROOTSPEC=dev; }
cand_tsccal()          { KOPTS="no_timer_check"; }
cand_scansync()        { APPEND_EXTRA=scsi_mod.scan=sync; }
cand_quiet()           { APPEND_EXTRA=quiet; }
cand_verbose()         { APPEND_EXTRA=guestfs_verbose=1; }
cand_cryptonotests()   { APPEND_EXTRA=cryptomgr.notests=1; }
cand_rodataoff()       { APPEND_EXTRA=rodata=off; }
cand_mitigationsoff()  { APPEND_EXTRA=mitigations=off; }
cand_cinit()           { APPLIANCE=cinit; }

if [ -n "$list" ]; then
  for c in $CANDIDATES; do
    printf '%-16s %s\n' "$c" "$(declare -f "cand_$c" | sed -n 3p | sed 's/^ *//;s/;$//')"
  done
  exit 0
fi
[ $# -gt 0 ] || set -- $CANDIDATES
for c in "$@"; do
  declare -F "cand_$c" >/dev/null || { echo "unknown candidate $c" >&2; exit 2; }
done

for t in supermin qemu-system-x86_64 qemu-img gcc cpio; do
  command -v $t >/dev/null || { echo "$0: $t is required" >&2; exit 1; }
done

mkdir -p "$work"/bin "$work"/logs
cd "$work"
rm -f logs/*.log

# Milliseconds since the epoch, for timing the preparation steps.
now_ms() { date +%s%3N; }
step() { printf '%-44s %6d ms\n' "$1" $(( $(now_ms) - $2 )); }

# ---------------------------------------------------------------------
# Tools and the appliance.
gcc -O2 -Wall -o bin/timer "$top/scripts/boot-experiment-timer.c"
gcc -O2 -Wall -o bin/standin "$top/scripts/boot-experiment-standin.c"
TSC_KHZ=$(bin/timer --tsc-khz)
[ -n "$daemon" ] || daemon=$work/bin/standin

# Same contents as appliance/Makefile.am puts in init.tar.gz.
make_base() { # DIR INIT
  rm -rf "$1"
  mkdir -p "$1"/etc "$1"/usr/sbin "$1"/proc "$1"/sys "$1"/dev "$1"/run "$1"/tmp
  chmod 1777 "$1"/tmp
  install -m 755 "$2" "$1"/init
  install -m 644 "$top"/appliance/fstab "$1"/etc/fstab
  install -m 755 "$daemon" "$1"/usr/sbin/guestfsd
}

t=$(now_ms)
rm -rf supermin.d
supermin --prepare --use-installed -o supermin.d \
  $(grep -v '^#' "$top"/appliance/packages)
step "supermin --prepare --use-installed" "$t"

cp "$top"/appliance/excludefiles supermin.d/excludefiles
make_base base "$top"/appliance/init
tar -C base -czf supermin.d/init.tar.gz --owner=0 --group=0 .

# The "cinit" variant: /init is the (stand-in) daemon itself, which
# mounts with mount(2) when it is pid 1: what a shell-less /init saves.
rm -rf supermin-cinit.d
mkdir supermin-cinit.d
cp supermin.d/packages supermin.d/base.tar.gz supermin.d/excludefiles \
  supermin-cinit.d/
make_base base-cinit "$daemon"
tar -C base-cinit -czf supermin-cinit.d/init.tar.gz --owner=0 --group=0 .

# The command docs/appliance-boot.md prescribes for the library.  (No
# --copy-kernel: the copied kernel keeps /boot's old mtime and then
# --if-newer rebuilds every time.)
build() { # SUPERMIN.D OUTDIR
  supermin --build --format ext2 --if-newer --lock "$work/supermin.lock" \
    -o "$2" "$1"
}
rm -rf appliance.d appliance-cinit.d
t=$(now_ms); build supermin.d appliance.d
step "supermin --build (cold, warm page cache)" "$t"
t=$(now_ms); build supermin.d appliance.d
step "supermin --build --if-newer (hot)" "$t"
build supermin-cinit.d appliance-cinit.d

t=$(now_ms)
"$top"/appliance/make-vmlinux appliance.d/kernel vmlinux
step "make-vmlinux" "$t"
t=$(now_ms)
"$top"/appliance/trim-initrd appliance.d/initrd initrd.trim
step "trim-initrd" "$t"
"$top"/appliance/trim-initrd appliance.d/initrd initrd.trim-mmio \
  virtio_mmio virtio_scsi sd_mod virtio_console ext4 crc32c_generic

# ext2 superblock at 1024, s_uuid at +0x68: the UUID supermin's init
# matches against root=UUID=.
uuid_of() {
  od -A n -t x1 -j 1128 -N 16 "$1" | tr -d ' \n' |
    sed 's/^\(.\{8\}\)\(.\{4\}\)\(.\{4\}\)\(.\{4\}\)/\1-\2-\3-\4-/'
}

truncate -s 1G scratch.img   # the "user's" disk: sparse raw file

t=$(now_ms)
qemu-img create -q -f qcow2 -b "$work/appliance.d/root" -F raw overlay.qcow2
step "qemu-img create overlay" "$t"

# ---------------------------------------------------------------------
# One boot.  Prints "WALL_MS CPU_MS" or "FAIL(rc)".
boot() { # LOGFILE
  local app kernel initrd fw root hba ser rootarg append sock
  if [ "$APPLIANCE" = cinit ]; then app=appliance-cinit.d; else app=appliance.d; fi
  case $KERNEL in
    vmlinux) kernel=vmlinux ;;
    bzimage) kernel=$app/kernel ;;
  esac
  case $INITRD in
    full) initrd=$app/initrd ;;
    trim) initrd=initrd.trim ;;
    trim-mmio) initrd=initrd.trim-mmio ;;
  esac
  fw=
  [ "$FIRMWARE" = qboot ] && [ "$MACHINE" != microvm ] &&
    fw="-bios /usr/share/qemu/qboot.rom"
  case $BUS in
    pci)  hba=virtio-scsi-pci ser=virtio-serial-pci ;;
    mmio) hba=virtio-scsi-device ser=virtio-serial-device ;;
  esac
  case $ROOTMODE in
    snapshot) root="file=$app/root,format=raw,snapshot=on" ;;
    overlay)
      qemu-img create -q -f qcow2 -b "$work/$app/root" -F raw overlay.qcow2
      root="file=overlay.qcow2,format=qcow2" ;;
  esac
  case $ROOTSPEC in
    uuid) rootarg="root=UUID=$(uuid_of $app/root)" ;;
    dev)  rootarg="root=/dev/sdb" ;;
  esac
  append="console=ttyS0 $rootarg panic=1 $KOPTS $APPEND_EXTRA"
  sock=$work/sock.$$
  bin/timer "$sock" "$1" "$timeout_s" -- \
    timeout $((timeout_s + 10)) qemu-system-x86_64 \
    -nodefaults -no-user-config -display none -no-reboot \
    -machine "$MACHINE" -accel "tcg$TCG_OPTS" \
    -cpu "$CPU" -m "$MEM" -smp "$SMP" $fw \
    -kernel "$kernel" -initrd "$initrd" -append "$append" \
    -device $hba,id=scsi \
    -drive file=scratch.img,format=raw,if=none,id=hd0,cache=unsafe \
    -device scsi-hd,drive=hd0 \
    -drive "$root,if=none,id=appliance,cache=unsafe" \
    -device scsi-hd,drive=appliance \
    -device $ser \
    -chardev socket,path="$sock",id=channel0 \
    -device virtserialport,chardev=channel0,name=org.libguestfs.channel.0 \
    -serial stdio || echo "FAIL($?)"
}

echo
echo "boots: $runs per candidate, interleaved; timeout ${timeout_s}s"
declare -A results swapped clock
for r in $(seq "$runs"); do
  for c in "$@"; do
    defaults
    "cand_$c"
    log=logs/$c.$r.log
    res=$(boot "$log")
    # Anomalies worth knowing even when the boot worked: the first disk
    # added did not become sda (async SCSI probing), or the guest kernel
    # distrusted its clock (TSC calibration under TCG).
    note=
    if grep -q 'sd 0:0:[1-9]:0: \[sda\]' "$log"; then
      note="$note sda-is-not-first-disk"; swapped[$c]=$(( ${swapped[$c]:-0} + 1 ))
    fi
    if grep -q 'Marking TSC unstable\|Marking clocksource.*unstable' "$log"; then
      note="$note tsc-unstable"; clock[$c]=$(( ${clock[$c]:-0} + 1 ))
    fi
    results[$c]="${results[$c]} ${res// /:}"
    printf '  run %d %-16s %s%s\n' "$r" "$c" "$res" "$note"
  done
done

echo
printf '%-16s %9s %9s %9s %s\n' candidate median_ms min_ms cpu_ms "failed swapped tsc-unstable"
for c in "$@"; do
  printf '%s\n' ${results[$c]} |
  awk -v c="$c" -v sw="${swapped[$c]:-0}" -v ck="${clock[$c]:-0}" -F: '
    BEGIN { n = 0; fail = 0 }
    /^FAIL/ { fail++; next }
    { w[n] = $1 + 0; u[n] = $2 + 0; n++ }
    END {
      if (n == 0) { printf "%-16s %9s %9s %9s %6d %7d %12d\n", c, "-", "-", "-", fail, sw, ck; exit }
      # insertion sort: n is small
      for (i = 1; i < n; i++) for (j = i; j > 0 && w[j-1] > w[j]; j--) { t = w[j]; w[j] = w[j-1]; w[j-1] = t }
      for (i = 1; i < n; i++) for (j = i; j > 0 && u[j-1] > u[j]; j--) { t = u[j]; u[j] = u[j-1]; u[j-1] = t }
      med = (n % 2) ? w[(n-1)/2] : (w[n/2-1] + w[n/2]) / 2
      cmed = (n % 2) ? u[(n-1)/2] : (u[n/2-1] + u[n/2]) / 2
      printf "%-16s %9d %9d %9d %6d %7d %12d\n", c, med, w[0], cmed, fail, sw, ck
    }'
done
rm -f "$work"/sock.*
