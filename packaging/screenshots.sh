#!/usr/bin/env bash
# Renders the desk on a demo station (3000 households, seed 2026, Chinese UI) into resources/screenshots/.
#   bash packaging/screenshots.sh            build dir: $BUILD_DIR or build
# Needs xvfb-run (Debian package xvfb) and the Noto CJK fonts (fonts-noto-cjk) for readable Chinese.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
out=${SN_SCREENSHOTS_DIR:-$root/resources/screenshots}

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" --target sn_screenshots -j"${SN_JOBS:-2}"

mkdir -p "$out"
# xcb under a virtual X server renders like a desktop; the offscreen platform is the fallback.
if command -v xvfb-run >/dev/null 2>&1; then
    QT_QPA_PLATFORM=xcb LANG=C.UTF-8 TZ=Asia/Shanghai \
        xvfb-run -a -s "-screen 0 1920x1080x24" "$build_dir/tests/ui/sn_screenshots" "$out" "$@"
else
    echo "screenshots: xvfb-run not found, using the offscreen platform" >&2
    QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 TZ=Asia/Shanghai "$build_dir/tests/ui/sn_screenshots" "$out" "$@"
fi
echo "screenshots: written to $out"
