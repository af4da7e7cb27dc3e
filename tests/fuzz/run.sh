#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, in build-fuzz) and runs each for N seconds from its seed corpus.
# Fails on any crash, sanitizer report, timeout (10 s for one input) or out-of-memory (2 GB).
#   tests/fuzz/run.sh [seconds-per-target] [target...]      (default 30 s, every target)
# FUZZ_BUILD_DIR overrides the build folder. A finding is saved in <build>/fuzz-artifacts/<target>/;
# reproduce it with <build>/tests/fuzz/fuzz_<target> <file>, then add it to tests/fuzz/regressions/<target>/.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-30}
[ $# -gt 0 ] && shift
all=(idnumber csv xlsx xlsx_parts xls ods ods_content sheet bundle bundle_payload)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}

if [ ! -f "$build/CMakeCache.txt" ]; then
    generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSN_BUILD_FUZZ=ON
fi
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

work=$(mktemp -d "${TMPDIR:-/tmp}/sn-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:suppressions=$here/asan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/lsan.supp}
failed=()
for t in "${targets[@]}"; do
    mkdir -p "$work/$t" "$build/fuzz-artifacts/$t"
    dict=()
    [ -f "$here/$t.dict" ] && dict=(-dict="$here/$t.dict")
    log="$build/fuzz-artifacts/$t.log"
    # New inputs go to the scratch corpus; the committed seeds are only read.
    if "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        "${dict[@]}" -artifact_prefix="$build/fuzz-artifacts/$t/" "$work/$t" "$here/corpus/$t" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
        cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
        echo "fuzz: $t ok: ${seconds}s, $runs runs, $rate exec/s, $cov"
    else
        echo "fuzz: $t FAILED (log $log):" >&2
        grep -E 'ERROR|runtime error|SUMMARY|Test unit written|^    #[0-9] ' "$log" | head -30 >&2
        failed+=("$t")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: findings in ${failed[*]}" >&2
    exit 1
fi
