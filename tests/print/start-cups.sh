#!/usr/bin/env bash
# A private CUPS for the print tests: its own cupsd (config, spool, logs and socket under DIR, so a system CUPS
# is left alone) with cups-pdf queues that write the PDFs a real printer would be sent into DIR/out.
#   start-cups.sh start DIR   prints CUPS_SERVER=DIR/run/cups.sock when the queues accept jobs
#   start-cups.sh stop DIR    stops that cupsd and removes its cups-pdf instance files
# Exit 77 (with the reason on stderr) when CUPS cannot be started here: not root (cupsd and cups-pdf need it),
# or Debian's cups / printer-driver-cups-pdf not installed. Any other failure is an error (exit 1).
# Queues: SafetyNetPDF (Debian's CUPS-PDF PPD, no margins) and SafetyNetPDFMargins (the same PPD with a 36 pt,
# 12.7 mm, unprintable border on every side, as an office laser printer has a few millimetres).
set -euo pipefail

mode=${1:-}
dir=${2:-}
if [ -z "$mode" ] || [ -z "$dir" ]; then
    echo "usage: start-cups.sh start|stop DIR" >&2
    exit 2
fi
dir=$(cd "$dir" && pwd)
# cups-pdf reads /etc/cups/cups-pdf-INSTANCE.conf for the device URI cups-pdf:/INSTANCE (a compiled-in path).
instance="SafetyNetTest$(printf '%s' "$dir" | md5sum | cut -c1-8)"
pdf_conf="/etc/cups/cups-pdf-$instance.conf"

if [ "$mode" = stop ]; then
    if [ -f "$dir/run/cupsd.pid" ]; then
        pid=$(cat "$dir/run/cupsd.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        rm -f "$dir/run/cupsd.pid"
    fi
    rm -f "$pdf_conf"
    exit 0
fi
[ "$mode" = start ] || { echo "start-cups.sh: unknown mode $mode" >&2; exit 2; }

skip() { echo "$*" >&2; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "not root: a private cupsd and the cups-pdf backend need root (CI runs as root)"
cupsd=$(command -v cupsd || true)
[ -n "$cupsd" ] || [ ! -x /usr/sbin/cupsd ] || cupsd=/usr/sbin/cupsd
[ -n "$cupsd" ] || skip "cupsd not installed (Debian package cups)"
command -v lpadmin >/dev/null || skip "lpadmin not installed (Debian package cups-client)"
[ -x /usr/lib/cups/backend/cups-pdf ] || skip "the cups-pdf backend is not installed (Debian printer-driver-cups-pdf)"
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
[ -f "$ppd" ] || skip "$ppd is missing (Debian printer-driver-cups-pdf)"

mkdir -p "$dir"/{etc/ppd,spool,cache,run,tmp,log,out,pdf-spool}
# cupsd runs filters as lp, and cups-pdf writes as the job's user: they must reach into DIR.
chmod 0755 "$dir" "$dir"/{etc,cache,run,log}
chmod 1777 "$dir/tmp" "$dir/out" "$dir/pdf-spool"
chown root:lp "$dir/spool" && chmod 0710 "$dir/spool"

cat > "$dir/etc/cupsd.conf" <<CONF
Listen $dir/run/cups.sock
LogLevel warn
Browsing Off
WebInterface No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
cat > "$dir/etc/cups-files.conf" <<CONF
ServerRoot $dir/etc
RequestRoot $dir/spool
CacheDir $dir/cache
StateDir $dir/run
TempDir $dir/tmp
AccessLog $dir/log/access_log
ErrorLog $dir/log/error_log
PageLog $dir/log/page_log
SystemGroup root lpadmin
CONF
cat > "$pdf_conf" <<CONF
# Written by SafetyNet's tests/print/start-cups.sh for its private cupsd in $dir; removed by "stop".
Out $dir/out
Spool $dir/pdf-spool
AnonDirName $dir/out
Log $dir/log
LogType 3
Grp root
UserUMask 0022
CONF

"$cupsd" -f -c "$dir/etc/cupsd.conf" -s "$dir/etc/cups-files.conf" > "$dir/log/cupsd.out" 2>&1 &
echo $! > "$dir/run/cupsd.pid"
export CUPS_SERVER="$dir/run/cups.sock"
for _ in $(seq 100); do
    [ -S "$CUPS_SERVER" ] && lpstat -r >/dev/null 2>&1 && break
    sleep 0.1
done
if ! lpstat -r >/dev/null 2>&1; then
    echo "start-cups.sh: cupsd did not start; its log:" >&2
    cat "$dir/log/cupsd.out" "$dir/log/error_log" >&2 2>/dev/null || true
    exit 1
fi

sed 's/^\*ImageableArea \(A4\/A4\): .*/*ImageableArea A4\/A4: "36 36 559 806"/; s/^\*ImageableArea \(A5\/A5\): .*/*ImageableArea A5\/A5: "36 36 385 559"/' \
    "$ppd" > "$dir/margins.ppd"
# lpadmin warns on every call that printer drivers (PPDs) are deprecated in CUPS 2.4: kept in its log, shown on failure.
add_queue() {
    if ! lpadmin "$@" 2>> "$dir/log/lpadmin.err"; then
        echo "start-cups.sh: lpadmin $* failed:" >&2
        cat "$dir/log/lpadmin.err" >&2
        exit 1
    fi
}
add_queue -p SafetyNetPDF -E -v "cups-pdf:/$instance" -P "$ppd"
add_queue -p SafetyNetPDFMargins -E -v "cups-pdf:/$instance" -P "$dir/margins.ppd"
add_queue -d SafetyNetPDF
echo "CUPS_SERVER=$CUPS_SERVER"
