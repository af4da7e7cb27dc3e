#!/usr/bin/env bash
# Runs a full command-line session and scans everything it printed to stderr (where logging goes) for
# ID numbers, names and phone numbers: personal data must not leak into logs.
set -uo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_LOGGING_RULES="*.debug=true"
log="$work/stderr.log"
run() { "$cli" "$@" 2>>"$log" >/dev/null; }
run demo --db "$work/a.sqlite" --households 200 --seed 9 --quiet
run check --db "$work/a.sqlite"
run stats --db "$work/a.sqlite" --json
run reviews --db "$work/a.sqlite" --json
run keygen --out "$work/k.key"
mkdir -p "$work/share"
run sync --db "$work/a.sqlite" --share "$work/share" --key "$work/k.key"
run demo --db "$work/b.sqlite" --households 5 --quiet
run sync --db "$work/b.sqlite" --share "$work/share" --key "$work/k.key"
run backup --db "$work/a.sqlite" --out "$work/copy.sqlite"
printf 'secret\n' | "$cli" user add --db "$work/a.sqlite" --username admin --role district_admin --password-stdin 2>>"$log" >/dev/null
run household add --db "$work/a.sqlite" --json /dev/null  # invalid input path prints a message, not data
ids=$(sqlite3 "$work/a.sqlite" "SELECT id_number FROM members LIMIT 200")
names=$(sqlite3 "$work/a.sqlite" "SELECT name FROM members WHERE length(name) >= 2 LIMIT 200")
phones=$(sqlite3 "$work/a.sqlite" "SELECT phone FROM households LIMIT 200")
leaks=0
for v in $ids $phones; do grep -qF "$v" "$log" && { echo "leak: $v"; leaks=$((leaks+1)); }; done
for v in $names; do grep -qF "$v" "$log" && { echo "leak: a name"; leaks=$((leaks+1)); }; done
grep -qE '[0-9]{17}[0-9Xx]' "$log" && { echo "leak: an 18-character ID number"; leaks=$((leaks+1)); }
grep -q 'secret' "$log" && { echo "leak: a password"; leaks=$((leaks+1)); }
echo "scanned $(wc -l < "$log") lines of stderr: $leaks leaks"
[ "$leaks" -eq 0 ] && echo "1 passed, 0 failed" || { echo "0 passed, 1 failed"; exit 1; }
