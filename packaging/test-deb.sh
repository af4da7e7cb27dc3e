#!/usr/bin/env bash
# Builds the .deb from a configured, built tree, unpacks it into a scratch root and runs the CLI from it.
#   packaging/test-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$build"
cpack -G DEB -B "$scratch/out" > "$scratch/cpack.log" 2>&1 || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/*.deb | head -1)
[ -f "$deb" ] || { echo "no .deb produced"; exit 1; }
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
depends=$(dpkg-deb -f "$deb" Depends)
echo "depends: $depends"
for needed in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libqt6help6 libsqlite3-0 libsodium23; do
    grep -q "$needed" <<<"$depends" || { echo "Depends lacks $needed"; exit 1; }
done
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/safetynet usr/bin/safetynet-cli usr/share/applications/safetynet.desktop \
         usr/share/metainfo/io.github.safetynet.SafetyNet.metainfo.xml usr/share/icons/hicolor/scalable/apps/safetynet.svg \
         usr/share/icons/hicolor/48x48/apps/safetynet.png usr/share/man/man1/safetynet-cli.1 \
         usr/share/doc/safetynet/README.md usr/share/doc/safetynet/safetynet-handbook.pdf \
         usr/share/safetynet/handbook/safetynet-handbook.qch; do
    [ -e "$root/$f" ] || { echo "missing in package: $f"; exit 1; }
done
grep -q '^Name\[zh_CN\]=安全网' "$root/usr/share/applications/safetynet.desktop"
# The handbook: the PDF reads back in Chinese, and the help file is a Qt Help file (an SQLite database inside).
handbook_pdf="$root/usr/share/doc/safetynet/safetynet-handbook.pdf"
[ "$(head -c 5 "$handbook_pdf")" = "%PDF-" ] || { echo "the handbook PDF is not a PDF"; exit 1; }
if command -v pdftotext >/dev/null; then
    text=$(pdftotext -enc UTF-8 "$handbook_pdf" -)
    for phrase in 安全网用户手册 公示卡 登记家庭 同步与备份 快捷键; do
        grep -q "$phrase" <<<"$text" || { echo "the handbook PDF lacks $phrase"; exit 1; }
    done
    echo "handbook: $(pdfinfo "$handbook_pdf" | awk '/^Pages:/ {print $2}') pages"
fi
[ "$(head -c 15 "$root/usr/share/safetynet/handbook/safetynet-handbook.qch")" = "SQLite format 3" ] \
    || { echo "the handbook's .qch is not a Qt Help file"; exit 1; }
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$root/usr/share/applications/safetynet.desktop"; fi
version=$("$root/usr/bin/safetynet-cli" --version)
echo "$version"
[[ "$version" == safetynet-cli\ * ]] || { echo "unexpected version output"; exit 1; }
# The installed CLI works on its own: a station, demo data, a check.
printf 'package-test-2026\n' > "$scratch/admin.pw"
chmod 600 "$scratch/admin.pw"
HOME="$scratch/home" "$root/usr/bin/safetynet-cli" demo --db "$scratch/home/demo.sqlite" --households 20 --quiet \
    --admin admin --password-file "$scratch/admin.pw" >/dev/null
HOME="$scratch/home" "$root/usr/bin/safetynet-cli" check --db "$scratch/home/demo.sqlite" --user admin \
    --password-file "$scratch/admin.pw" >/dev/null
echo "package test passed"
