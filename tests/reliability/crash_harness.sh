#!/usr/bin/env bash
# Crash harness: run long safetynet-cli operations, kill them with SIGKILL at random moments, and check that
# the database still passes `check`, that an import or a sync is wholly there or wholly absent, and that
# everything committed before is still there.
#   crash_harness.sh CLI [ITERATIONS]      (CI runs a few; the README gives the figures of a long run)
set -uo pipefail
cli=$1
iterations=${2:-${CRASH_ITERATIONS:-6}}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
count() { "$cli" stats --db "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["households"])'; }
random_ms() { python3 -c "import random; print(random.randint($1, $2))"; }
kill_after() { # command... ; kills it after a random delay, returns 0 if it was killed, 1 if it finished first
    local delay=$1; shift
    "$@" > "$work/out.log" 2>&1 &
    local pid=$!
    sleep "$(python3 -c "print($delay/1000)")"
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; return 0; fi
    wait "$pid"; return 1
}

# A station with some data, and a share holding another station's big bundle.
"$cli" demo --db "$work/base.sqlite" --households 300 --seed 3 --quiet >/dev/null || fail "demo base"
"$cli" keygen --out "$work/k.key" >/dev/null || fail "keygen"
# The other station starts as a copy of this one (so its 2500 new people cannot share an ID number with ours).
cp "$work/base.sqlite" "$work/other.sqlite"
sqlite3 "$work/other.sqlite" "UPDATE meta SET value = 'other-station' WHERE key = 'station_id'" || fail "other station id"
"$cli" demo --db "$work/other.sqlite" --households 2500 --seed 4 --quiet >/dev/null || fail "demo other"
mkdir -p "$work/share"
"$cli" sync --db "$work/other.sqlite" --share "$work/share" --key "$work/k.key" >/dev/null || fail "export"
base_count=$(count "$work/base.sqlite")
kills=0

for i in $(seq 1 "$iterations"); do
    for op in demo sync backup; do
        cp "$work/base.sqlite" "$work/run.sqlite"
        rm -f "$work/run.sqlite-wal" "$work/run.sqlite-shm" "$work/copy.sqlite"
        delay=$(random_ms 20 1500)
        case $op in
            demo) kill_after "$delay" "$cli" demo --db "$work/run.sqlite" --households 6000 --seed "$i" --quiet && kills=$((kills+1)) ;;
            sync) kill_after "$delay" "$cli" sync --db "$work/run.sqlite" --share "$work/share" --key "$work/k.key" && kills=$((kills+1)) ;;
            backup) kill_after "$delay" "$cli" backup --db "$work/run.sqlite" --out "$work/copy.sqlite" && kills=$((kills+1)) ;;
        esac
        "$cli" check --db "$work/run.sqlite" > "$work/check.log" 2>&1 || { cat "$work/check.log"; fail "$op killed after ${delay} ms: check failed"; }
        n=$(count "$work/run.sqlite")
        case $op in
            demo) # committed in batches of 2000 households: whole batches only
                added=$((n - base_count)); [ $((added % 2000)) -eq 0 ] || [ "$added" -eq 6000 ] || fail "demo left $added households (not whole batches)" ;;
            sync) # bundles apply one by one, each all or nothing: any prefix is fine, and the next sync completes it
                [ "$n" -ge "$base_count" ] && [ "$n" -le $((base_count + 2500)) ] || fail "sync left $n households"
                "$cli" sync --db "$work/run.sqlite" --share "$work/share" --key "$work/k.key" >/dev/null || fail "sync after a kill failed"
                "$cli" check --db "$work/run.sqlite" >/dev/null || fail "check after the resumed sync failed"
                [ "$(count "$work/run.sqlite")" -eq $((base_count + 2500)) ] || fail "the resumed sync did not complete" ;;
            backup) [ "$n" -eq "$base_count" ] || fail "backup changed the source"
                    if [ -f "$work/copy.sqlite" ]; then "$cli" check --db "$work/copy.sqlite" >/dev/null || fail "a finished backup fails check"; fi
                    ls "$work"/copy.sqlite.part >/dev/null 2>&1 && [ -f "$work/copy.sqlite" ] && fail "partial backup under the real name" ;;
        esac
        [ "$n" -ge "$base_count" ] || fail "$op lost committed households"
    done
done
echo "crash harness: $iterations iterations x 3 operations, $kills killed mid-run, all checks passed"
echo "1 passed, 0 failed"
