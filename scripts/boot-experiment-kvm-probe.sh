#!/bin/bash
# boot-experiment-kvm-probe.sh: reference implementation of the KVM probe
# described in docs/appliance-boot.md (the library does the same in C and
# caches the verdict).
#
# usage: scripts/boot-experiment-kvm-probe.sh VMLINUX [kvm|tcg]
#   VMLINUX  the appliance kernel as made by appliance/make-vmlinux
#   kvm|tcg  accelerator to probe (default kvm; tcg exercises the
#            "works" path on a machine whose KVM is broken)
# Prints "VERDICT ELAPSED_MS REASON"; exit 0 if the accelerator works.
#
# Why it works: with no initrd and no disk the kernel runs its whole init
# and panics ("VFS: Unable to mount root fs"); panic=-1 reboots at once
# and -no-reboot turns that into qemu exiting.  earlyprintk makes the
# kernel print within milliseconds of its entry, so a hypervisor that
# never runs the kernel shows up as silence long before the exit deadline.
set -e

vmlinux=${1:?usage: $0 VMLINUX [kvm|tcg]}
accel=${2:-kvm}
first_byte_ms=3000   # no console output by then: the guest is not running
exit_ms=20000        # output but no exit by then: guest is crawling/stuck

if [ "$accel" = kvm ]; then cpu=host; else cpu=qemu64; fi
fw=
[ -r /usr/share/qemu/qboot.rom ] && fw="-bios /usr/share/qemu/qboot.rom"

out=$(mktemp)
trap 'rm -f "$out"' EXIT
start=$(date +%s%3N)
qemu-system-x86_64 -nodefaults -no-user-config -display none -no-reboot \
  -machine q35 -accel "$accel" -cpu "$cpu" -m 128 $fw \
  -kernel "$vmlinux" \
  -append "console=ttyS0 earlyprintk=serial,ttyS0,115200 panic=-1" \
  -serial stdio </dev/null >"$out" 2>&1 &
pid=$!

verdict= reason=
while :; do
  now=$(( $(date +%s%3N) - start ))
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" && rc=0 || rc=$?
    if [ "$rc" = 0 ] && grep -q 'Kernel panic' "$out"; then
      verdict=works reason="kernel ran to its final panic"
    else
      verdict=broken reason="qemu exited $rc: $(grep -m1 -v '^$' "$out" | tr -d '\r')"
    fi
    break
  fi
  if [ ! -s "$out" ] && [ "$now" -ge "$first_byte_ms" ]; then
    verdict=broken reason="no console output in ${first_byte_ms} ms"
    break
  fi
  if [ "$now" -ge "$exit_ms" ]; then
    verdict=broken reason="no exit in ${exit_ms} ms"
    break
  fi
  sleep 0.05
done
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"
  wait "$pid" 2>/dev/null || :
fi
echo "$verdict $(( $(date +%s%3N) - start )) $reason"
[ "$verdict" = works ]
