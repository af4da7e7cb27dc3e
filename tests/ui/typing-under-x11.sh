#!/usr/bin/env bash
# A clerk's keystrokes through a real X server and window manager (issue 24): the offscreen platform of
# the GUI tests delivers keys synchronously, the X server does not. Signs in on a fresh demo station, opens
# a new household, tabs into the head's name cell, types a name, Tab, and an ID number at 120 ms a key,
# then saves screenshots of the form.
#   bash tests/ui/typing-under-x11.sh [BUILD_DIR] [OUT_DIR] [TABS]
# TABS: Tabs from the first field of the form to the head's name cell (3 since issue 24: village, address,
# phone). Needs xvfb-run, openbox, xdotool and scrot (Debian packages xvfb, openbox, xdotool, scrot).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
out=${2:-$(mktemp -d)}
tabs=${3:-3}
mkdir -p "$out"
db=$out/demo.sqlite
password=$out/password
rm -f "$db" "$db"-*
printf 'demo-2026\n' >"$password"
chmod 600 "$password"
"$build/app/safetynet-cli" demo --db "$db" --households 50 --seed 2026 --admin admin --password-file "$password" >/dev/null
printf 'demo-2026\n' | "$build/app/safetynet-cli" user add --db "$db" --username clerk --name "朝阳街道窗口" \
    --role township_clerk --township 朝阳街道 --password-stdin --user admin --password-file "$password" >/dev/null

inner=$out/inner.sh
cat >"$inner" <<'INNER'
#!/usr/bin/env bash
set -u
app=$1; db=$2; out=$3; tabs=$4
openbox >/dev/null 2>&1 &
sleep 1
XDG_CONFIG_HOME=$out/config LANG=C.UTF-8 QT_QPA_PLATFORM=xcb "$app" --db "$db" >"$out/app.log" 2>&1 &
xdotool search --sync --name "Sign in" >/dev/null
sleep 3
xdotool type --delay 60 clerk; xdotool key Tab; xdotool type --delay 60 demo-2026; xdotool key Return
sleep 8
xdotool key ctrl+n
sleep 3
for _ in $(seq 1 "$tabs"); do xdotool key Tab; sleep 0.15; done
xdotool type --delay 120 Wang
xdotool key Tab
xdotool type --delay 120 370102201509100227
sleep 0.5
scrot "$out/typed.png"
xdotool key Return
sleep 1
scrot "$out/committed.png"
INNER
chmod +x "$inner"
timeout 180 xvfb-run -a -s "-screen 0 1366x768x24" "$inner" "$build/app/safetynet" "$db" "$out" "$tabs" || true
echo "typing-under-x11: screenshots in $out (typed.png, committed.png); the ID cell must read 370102201509100227"
