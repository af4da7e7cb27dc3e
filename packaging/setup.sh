#!/usr/bin/env bash
# SafetyNet quick start. Idempotent: run it as often as you like.
#   bash packaging/setup.sh run    install what is missing, build, start the app on a demo database
#   bash packaging/setup.sh test   install what is missing, build, run the whole test suite (ctest)
#   bash packaging/setup.sh bench  install what is missing, build in Release, run the benchmarks W1-W7 beside
#                                  the raw tools and print the table (tests/bench/run-all.sh)
#   bash packaging/setup.sh sanitize   the suite again, built with ASan+UBSan (gcc, Debug) in build-asan
#   bash packaging/setup.sh fuzz   build the libFuzzer targets (clang) in build-fuzz, run each SN_FUZZ_SECONDS (20)
# Options come from the environment: BUILD_DIR (default build), BUILD_TYPE (RelWithDebInfo),
# SN_CMAKE_ARGS (extra CMake arguments), SN_DEMO_HOUSEHOLDS (2000), SANITIZE_BUILD_DIR (build-asan),
# SN_FUZZ_SECONDS (20).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
mode=${1:-}
build_dir=${BUILD_DIR:-$root/build}
build_type=${BUILD_TYPE:-RelWithDebInfo}

case "$mode" in
    run|test|build|deps|bench|sanitize|fuzz) ;;
    *) echo "usage: bash packaging/setup.sh run|test|build|deps|bench|sanitize|fuzz" >&2; exit 1 ;;
esac
if [ "$mode" = sanitize ]; then
    build_dir=${SANITIZE_BUILD_DIR:-$root/build-asan}
    build_type=Debug
    SN_CMAKE_ARGS="-DSN_SANITIZE=ON ${SN_CMAKE_ARGS:-}"
fi

install_packages() {
    local wanted missing=()
    wanted=$(grep -v '^\s*#' "$here/debian-packages.txt" | awk 'NF {print $1}')
    for p in $wanted; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "setup: all Debian packages present"
        return
    fi
    echo "setup: installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE="$build_type" ${SN_CMAKE_ARGS:-}
    fi
    cmake --build "$build_dir" -j "$(nproc)"
}

install_packages
[ "$mode" = deps ] && exit 0
shift || true
[ "$mode" = bench ] && exec bash "$root/tests/bench/run-all.sh" "$@" # its own Release build; --strict
if [ "$mode" = fuzz ]; then
    exec bash "$root/tests/fuzz/run.sh" "${SN_FUZZ_SECONDS:-20}"
fi
build
[ "$mode" = build ] && exit 0

if [ "$mode" = test ]; then
    cd "$build_dir"
    exec ctest --output-on-failure -j "$(nproc)" --timeout 600
fi
if [ "$mode" = sanitize ]; then
    # Any ASan or UBSan report fails its test. Left out: package_deb (packages and installs a release build,
    # not this instrumented one) and crash_harness (SIGKILLs the CLI at random: tests crash consistency, which
    # the sanitizers do not check, and takes minutes more under them; it runs in the normal suite).
    # LeakSanitizer is on; the only suppressions are FreeXL's own (tests/fuzz/*.supp).
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:suppressions=$root/tests/fuzz/asan.supp}"
    export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0}"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
    cd "$build_dir"
    exec ctest --output-on-failure -j "$(nproc)" --timeout 1800 -E '^(package_deb|crash_harness)$'
fi

# run: a demo station in the user's data folder (the same place the app keeps real data), then the app.
data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/SafetyNet/safetynet"
demo_db="$data_dir/demo.sqlite"
cli="$build_dir/app/safetynet-cli"
if [ ! -f "$demo_db" ]; then
    mkdir -p "$data_dir"
    password_file=$(mktemp)
    chmod 600 "$password_file"
    printf 'demo-2026\n' > "$password_file"
    "$cli" demo --db "$demo_db" --households "${SN_DEMO_HOUSEHOLDS:-2000}" --seed 2026 --admin admin --password-file "$password_file"
    printf 'demo-2026\n' | "$cli" user add --db "$demo_db" --username clerk --name "朝阳街道窗口" --role township_clerk \
        --township 朝阳街道 --password-stdin --user admin --password-file "$password_file"
    rm -f "$password_file"
    echo "setup: demo database $demo_db (log in as admin / demo-2026, or clerk / demo-2026)"
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "setup: no display; to try the app headless: QT_QPA_PLATFORM=offscreen or xvfb-run" >&2
fi
exec "$build_dir/app/safetynet" --db "$demo_db"
