#!/usr/bin/env bash
# C360 Workstation developer entry point.
#   ./dev.sh run     install what is missing, build (Release), start the reference backend
#                    with a demo company, sync it into a fresh cache and open the window
#   ./dev.sh test    install what is missing, build, run the whole CTest suite (offscreen)
#   ./dev.sh build   install what is missing and build only
#   ./dev.sh deps    install the Debian packages only
#   ./dev.sh bench   run the benchmark programs (small scale with --smoke)
#   ./dev.sh i18n    refresh the translation sources (resources/i18n/*.ts) from the code
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
BUILD_DIR=${C360_BUILD_DIR:-$ROOT/build/release}
JOBS=${C360_JOBS:-$(nproc)}
# ccache keys on paths relative to the checkout, so a fresh clone (CI) or a second worktree
# reuses what any other checkout on this machine already compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}

log() { printf '\033[1m[dev.sh]\033[0m %s\n' "$*" >&2; }

deps() {
    local wanted missing=()
    wanted=$(grep -v '^#' packaging/debian-build-deps.txt | sed 's/#.*//' | xargs)
    for p in $wanted; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing missing packages: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -q
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

build() {
    deps
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DC360_WERROR=$werror
    fi
    cmake --build "$BUILD_DIR" -j "$JOBS"
}

run() {
    build
    local data="${C360_DEMO_DIR:-$ROOT/build/demo}"
    mkdir -p "$data"
    local port=${C360_DEMO_PORT:-8360}
    local customers=${C360_DEMO_CUSTOMERS:-2000}
    log "starting the reference backend (demo company, $customers customers) on 127.0.0.1:$port"
    "$BUILD_DIR/bin/c360-backend" --customers "$customers" --seed 7 --port "$port" \
        --heavy-events 50000 --write-sources "$data/sources.json" >"$data/backend.log" 2>&1 &
    # The backend stops with this script: when the window closes, on Ctrl+C, on kill.
    # (Global, not local: the EXIT trap runs after this function has returned.)
    DEMO_BACKEND_PID=$!
    trap 'kill "$DEMO_BACKEND_PID" 2>/dev/null || true' EXIT
    trap 'exit 130' INT TERM
    for _ in $(seq 1 100); do
        [ -s "$data/sources.json" ] && break
        kill -0 "$DEMO_BACKEND_PID" 2>/dev/null || { cat "$data/backend.log" >&2; exit 1; }
        sleep 0.1
    done
    rm -f "$data/cache.db" "$data/cache.db-wal" "$data/cache.db-shm"
    log "syncing the demo company into $data/cache.db"
    "$BUILD_DIR/bin/c360" sync --db "$data/cache.db" --sources "$data/sources.json"
    log "opening the workstation"
    "$BUILD_DIR/bin/c360" --db "$data/cache.db" --sources "$data/sources.json" "$@"
}

test_() {
    build
    log "running the test suite"
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" --timeout 600
    log "benchmark smoke run (small scale)"
    bench --smoke
}

bench() {
    # Sync throughput + query latency, then screen-pop-to-ready latency of the real window.
    "$BUILD_DIR/bin/c360-bench" --out "$BUILD_DIR/bench" "$@"
    local popargs=()
    for a in "$@"; do [ "$a" = "--smoke" ] && popargs+=(--smoke); done
    QT_QPA_PLATFORM=offscreen "$BUILD_DIR/bin/c360-popbench" "${popargs[@]}" 2>/dev/null
    if [ -x "$BUILD_DIR/bin/c360-dashboard-bench" ]; then
        "$BUILD_DIR/bin/c360-dashboard-bench" "${popargs[@]}"
    fi
    if [ -x "$BUILD_DIR/bin/c360-nba-bench" ]; then
        "$BUILD_DIR/bin/c360-nba-bench"
    fi
    if [ -x "$BUILD_DIR/bin/c360-identity-bench" ]; then
        "$BUILD_DIR/bin/c360-identity-bench" "${popargs[@]}"
    fi
    if [ -x "$BUILD_DIR/bin/c360-nba-learnbench" ]; then
        "$BUILD_DIR/bin/c360-nba-learnbench" "${popargs[@]}"
    fi
}

i18n() {
    deps
    local lupdate=/usr/lib/qt6/bin/lupdate
    "$lupdate" -no-obsolete -locations relative -I . app ui models sync -ts resources/i18n/c360_zh_CN.ts resources/i18n/c360_zh_TW.ts
    "$lupdate" -pluralonly -no-obsolete -locations relative -I . app ui models sync -ts resources/i18n/c360_en.ts
}

cmd=${1:-help}
shift || true
case "$cmd" in
    deps) deps ;;
    build) build ;;
    run) run "$@" ;;
    test) test_ ;;
    bench) build; bench "$@" ;;
    i18n) i18n ;;
    *) sed -n '2,9p' "$0"; exit 2 ;;
esac
