#!/usr/bin/env bash
# Installs the two .debs of this build into a clean Debian 12 root (debootstrap, minbase) with
# apt, so that their declared dependencies are all that is there, then uses them as a user would:
# `c360 --version` without a display, the demo company's backend started from c360-demo,
# `c360 sync` into a fresh cache and `c360 search` that finds a customer.
#   deb-install.sh BUILD_DIR
# Needs root (debootstrap, chroot, mount) and Debian's package mirror. The clean root is made
# once and kept as a tarball (C360_CHROOT_CACHE, default /var/cache/c360-test-root); every run
# unpacks a fresh copy of it, so nothing of an earlier run is left inside.
set -euo pipefail

build=${1:?usage: deb-install.sh BUILD_DIR}
build=$(cd "$build" && pwd)
cache=${C360_CHROOT_CACHE:-/var/cache/c360-test-root}
suite=bookworm
say() { printf '[deb-install] %s\n' "$*"; }
fail() { printf '[deb-install] FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "this test installs packages into a chroot and needs root (CI runs as root)"
command -v debootstrap >/dev/null || fail "debootstrap is missing: ./dev.sh deps installs it"
command -v cpack >/dev/null || fail "cpack is missing"

mirror=${C360_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
    mirror=$(sed -n 's/^URIs: *\([^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n1)
    [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
    [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
fi

work=$(mktemp -d /tmp/c360-deb-install.XXXXXX)
root=$work/root
backend_pid=""
cleanup() {
    [ -n "$backend_pid" ] && kill "$backend_pid" 2>/dev/null || true
    for m in proc dev/pts dev; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m" || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

say "building the packages (cpack)"
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log" >&2; fail "cpack could not build the packages"; }
workstation_deb=$(ls "$work"/pkg/c360-workstation_*.deb 2>/dev/null | head -n1)
demo_deb=$(ls "$work"/pkg/c360-demo_*.deb 2>/dev/null | head -n1)
[ -f "$workstation_deb" ] || fail "no c360-workstation .deb in $work/pkg"
[ -f "$demo_deb" ] || fail "no c360-demo .deb in $work/pkg"
say "$(basename "$workstation_deb"): Depends: $(dpkg-deb -f "$workstation_deb" Depends)"
say "$(basename "$demo_deb"): Depends: $(dpkg-deb -f "$demo_deb" Depends)"
dpkg-deb -c "$workstation_deb" >"$work/workstation.list"
dpkg-deb -c "$demo_deb" >"$work/demo.list"
grep -q '/usr/bin/c360$' "$work/workstation.list" || fail "c360-workstation does not hold /usr/bin/c360"
grep -q 'icons/hicolor/256x256/apps/c360.png' "$work/workstation.list" || fail "c360-workstation has no icon"
grep -q 'bash-completion/completions/c360$' "$work/workstation.list" || fail "c360-workstation has no bash completion"
grep -q '/usr/bin/c360-backend$' "$work/demo.list" || fail "c360-demo does not hold /usr/bin/c360-backend"

mkdir -p "$cache"
tarball=$cache/$suite-minbase.tar
(
    flock 9
    if [ ! -s "$tarball" ]; then
        say "making a clean $suite root with debootstrap from $mirror (once; kept in $tarball)"
        debootstrap --variant=minbase "$suite" "$work/fresh" "$mirror" >"$work/debootstrap.log" 2>&1 ||
            { tail -n 30 "$work/debootstrap.log" >&2; exit 1; }
        tar -C "$work/fresh" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
        rm -rf "$work/fresh"
    fi
) 9>"$cache/.lock" || fail "debootstrap could not make a clean root"

say "unpacking a fresh root"
mkdir -p "$root"
tar -C "$root" -xf "$tarball"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp "$workstation_deb" "$demo_deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

say "apt-get install ./c360-workstation ./c360-demo (only their declared dependencies come along)"
in_root apt-get update -q >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get update failed in the clean root"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$workstation_deb")" "/tmp/$(basename "$demo_deb")" >>"$work/apt.log" 2>&1 ||
    { tail -n 40 "$work/apt.log" >&2; fail "apt-get could not install the packages"; }

say "c360 --version (no display)"
version=$(in_root c360 --version) || fail "c360 --version failed in the clean root"
say "  $version"
[[ $version == c360\ * ]] || fail "unexpected --version output: $version"

port=$((20000 + RANDOM % 20000))
say "starting c360-backend (c360-demo) on 127.0.0.1:$port"
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 \
    c360-backend --customers 40 --seed 3 --port "$port" --write-sources /tmp/sources.json >"$work/backend.log" 2>&1 &
backend_pid=$!
for _ in $(seq 1 100); do
    [ -s "$root/tmp/sources.json" ] && break
    kill -0 "$backend_pid" 2>/dev/null || { cat "$work/backend.log" >&2; fail "c360-backend did not start"; }
    sleep 0.1
done
[ -s "$root/tmp/sources.json" ] || fail "c360-backend wrote no sources file"

say "c360 sync"
in_root c360 sync --db /root/cache.db --sources /tmp/sources.json --quiet || fail "c360 sync failed in the clean root"
stats=$(in_root c360 stats --db /root/cache.db --json) || fail "c360 stats failed"
say "  $stats"
[[ $stats == *'"crm"'* ]] || fail "the synced cache has no CRM records: $stats"

say "c360 search"
name=$(in_root c360 timeline 1 --db /root/cache.db --json | sed -n 's/.*"party":{[^}]*"name":"\([^"]*\)".*/\1/p')
[ -n "$name" ] || fail "customer 1 has no name in the cache"
found=$(in_root c360 search "$name" --db /root/cache.db) || fail "c360 search failed"
say "  search \"$name\": $(printf '%s\n' "$found" | head -n1)"
[[ $found == *"$name"* ]] || fail "c360 search did not find \"$name\""
say "ok: both packages install into a clean $suite root and work there"
