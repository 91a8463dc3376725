#!/usr/bin/env bash
# Builds the libFuzzer targets (tools/fuzz) with clang in their own tree and runs each for a
# bounded time. Exit 0 when every target ran without a crash, leak or sanitizer report.
#   tools/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [BUILD_DIR]
# Needs clang and libFuzzer (Debian: clang, libfuzzer-14-dev). Crash inputs are kept in
# BUILD_DIR/crashes; the corpora grow in BUILD_DIR/corpus (seeded from tools/fuzz/seeds).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-20}
build=${2:-$root/build/fuzz}
jobs=${C360_JOBS:-2}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build/build.ninja" ]; then
    CXX=${CXX:-clang++} cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j "$jobs"
mkdir -p "$build/crashes"
failed=0
for target in fuzz_record_mapper fuzz_sources_file fuzz_pop_url fuzz_search_query; do
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    seeds="$here/seeds/$target"
    [ -d "$seeds" ] || seeds=""
    log="$build/$target.log"
    set +e
    ASAN_OPTIONS=detect_leaks=1 QT_QPA_PLATFORM=offscreen "$build/$target" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$build/crashes/$target-" \
        -print_final_stats=1 "$corpus" $seeds >"$log" 2>&1
    rc=$?
    set -e
    execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" | tail -1)
    if [ $rc -ne 0 ]; then
        echo "FAIL $target (exit $rc) after ${execs:-?} runs; see $log"
        tail -30 "$log"
        failed=1
    else
        echo "ok   $target: ${execs:-?} runs in ${seconds}s, 0 crashes"
    fi
done
exit $failed
