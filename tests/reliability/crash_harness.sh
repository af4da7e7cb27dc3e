#!/usr/bin/env bash
# Crash harness: run long safetynet-cli operations, kill them with SIGKILL at random moments, and check that
# the database still passes `check`, that an import or a sync is wholly there or wholly absent, and that
# everything committed before is still there.
#   crash_harness.sh CLI [ITERATIONS]      (CI runs a few; the README gives the figures of a long run)
set -uo pipefail
cli=$1
iterations=${2:-${CRASH_ITERATIONS:-6}}
work=$(mktemp -d)
[ -n "${CRASH_KEEP:-}" ] && echo "work folder: $work"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# Commands that read or change personal data sign in: the stations are made with this administrator.
printf 'harness-password-2026\n' > "$work/admin.pw"
chmod 600 "$work/admin.pw"
export SAFETYNET_USER=admin SAFETYNET_PASSWORD_FILE=$work/admin.pw
count() { "$cli" stats --db "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["households"])'; }
random_ms() { python3 -c "import random; print(random.randint($1, $2))"; }
kill_after() { # command... ; kills it after a random delay, returns 0 if it was killed, 1 if it finished first
    local delay=$1; shift
    "$@" > "$work/out.log" 2>&1 &
    local pid=$!
    sleep "$((delay / 1000)).$(printf %03d $((delay % 1000)))" # (no python here: its start-up would add ~30 ms)
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; echo 1 > "$work/killed"; return 0; fi
    wait "$pid"; echo 0 > "$work/killed"; return 1
}

# A station with some data, and a share holding another station's big bundle.
"$cli" demo --db "$work/base.sqlite" --households 300 --seed 3 --quiet --admin admin --password-file "$work/admin.pw" >/dev/null \
    || fail "demo base"
"$cli" keygen --out "$work/k.key" >/dev/null || fail "keygen"
# The other station starts as a copy of this one (so its 2500 new people cannot share an ID number with ours).
cp "$work/base.sqlite" "$work/other.sqlite"
sqlite3 "$work/other.sqlite" "UPDATE meta SET value = 'other-station' WHERE key = 'station_id'" || fail "other station id"
"$cli" demo --db "$work/other.sqlite" --households 2500 --seed 4 --quiet >/dev/null || fail "demo other"
mkdir -p "$work/share"
"$cli" sync --db "$work/other.sqlite" --share "$work/share" --key "$work/k.key" >/dev/null || fail "export"
# A ledger of 3000 new households and a department's suspicion table of 4000 rows, as a township sends them.
python3 - "$work" <<'PY'
import datetime, sys
work = sys.argv[1]
weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def ident(birth, seq):
    first = "630105" + birth.strftime("%Y%m%d") + "%03d" % seq
    return first + "10X98765432"[sum(int(c) * w for c, w in zip(first, weights)) % 11]
start = datetime.date(1941, 3, 1)
with open(work + "/ledger.csv", "w", encoding="utf-8") as f:
    f.write("序号,乡镇（街道）,村（社区）,户主姓名,身份证号,与户主关系,家庭住址,联系电话,救助类别,人口数,保障金额\n")
    for i in range(3000):
        f.write("%d,朝阳街道,北园村,台账户%d,%s,户主,北园村9社%d号,139%08d,低保,1,500\n"
                % (i + 1, i, ident(start + datetime.timedelta(days=5 * i), 997), i, i))
with open(work + "/suspicions.csv", "w", encoding="utf-8") as f:
    f.write("序号,户主姓名,家庭住址,疑点内容,联系电话,身份证号\n")
    for i in range(4000):
        f.write("%d,疑点人%d,朝阳街道北园村%d社%d号,大额医疗支出,,%s\n"
                % (i + 1, i, i % 20, i, ident(start + datetime.timedelta(days=3 * i), 995)))
PY
rows() { sqlite3 "$1" "SELECT count(*) FROM suspicion_rows"; }
ledger() { "$cli" import-ledger --db "$1" "$work/ledger.csv"; }
suspicions() { "$cli" import-suspicions --db "$1" --department 医保局 --month 2026-11 "$work/suspicions.csv"; }
# What each import leaves when it runs to the end: a killed run must leave exactly this or nothing.
cp "$work/base.sqlite" "$work/full.sqlite"
ledger "$work/full.sqlite" >/dev/null || fail "import-ledger on a copy"
ledger_count=$(count "$work/full.sqlite")
suspicions "$work/full.sqlite" >/dev/null || fail "import-suspicions on a copy"
suspicion_rows=$(rows "$work/full.sqlite")
[ "$ledger_count" -gt 300 ] && [ "$suspicion_rows" -eq 4000 ] || fail "imports on a copy: $ledger_count households, $suspicion_rows rows"

base_count=$(count "$work/base.sqlite")
other_count=$(count "$work/other.sqlite")
kills=0
declare -A killed=([demo]=0 [sync]=0 [backup]=0 [ledger]=0 [suspicions]=0)

for i in $(seq 1 "$iterations"); do
    for op in ${CRASH_OPS:-demo sync backup ledger suspicions}; do
        # A copied file over the old one: its audit head file goes too (else audit-verify rightly reports the
        # copy as a log that lost its tail). The backup copies the bigger station, so that it lasts long
        # enough (some 100 ms) to be killed.
        source=base; [ "$op" = backup ] && source=other
        cp "$work/$source.sqlite" "$work/run.sqlite"
        rm -f "$work/run.sqlite-wal" "$work/run.sqlite-shm" "$work/run.sqlite.audit-head" "$work/copy.sqlite"
        case $op in # about as long as each operation runs, so most kills land inside it
            ledger) delay=$(random_ms 20 2300) ;;
            suspicions) delay=$(random_ms 20 450) ;;
            backup) delay=$(random_ms 5 150) ;;
            *) delay=$(random_ms 20 1500) ;;
        esac
        case $op in
            demo) kill_after "$delay" "$cli" demo --db "$work/run.sqlite" --households 6000 --seed "$i" --quiet && kills=$((kills+1)) ;;
            sync) kill_after "$delay" "$cli" sync --db "$work/run.sqlite" --share "$work/share" --key "$work/k.key" && kills=$((kills+1)) ;;
            backup) kill_after "$delay" "$cli" backup --db "$work/run.sqlite" --out "$work/copy.sqlite" && kills=$((kills+1)) ;;
            # (the CLI itself, not a shell function: SIGKILL must hit the process that writes)
            ledger) kill_after "$delay" "$cli" import-ledger --db "$work/run.sqlite" "$work/ledger.csv" && kills=$((kills+1)) ;;
            suspicions) kill_after "$delay" "$cli" import-suspicions --db "$work/run.sqlite" --department 医保局 --month 2026-11 "$work/suspicions.csv" && kills=$((kills+1)) ;;
        esac
        [ "$(cat "$work/killed" 2>/dev/null)" = 1 ] && killed[$op]=$((killed[$op] + 1))
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
            backup) [ "$n" -eq "$other_count" ] || fail "backup changed the source"
                    if [ -f "$work/copy.sqlite" ]; then "$cli" check --db "$work/copy.sqlite" >/dev/null || fail "a finished backup fails check"; fi
                    ls "$work"/copy.sqlite.part >/dev/null 2>&1 && [ -f "$work/copy.sqlite" ] && fail "partial backup under the real name" ;;
            ledger) # one transaction: all of the ledger or none of it
                [ "$n" -eq "$base_count" ] || [ "$n" -eq "$ledger_count" ] || fail "import-ledger left $n households (expected $base_count or $ledger_count)" ;;
            suspicions) r=$(rows "$work/run.sqlite")
                [ "$r" -eq 0 ] || [ "$r" -eq "$suspicion_rows" ] || fail "import-suspicions left $r rows (expected 0 or $suspicion_rows)"
                [ "$n" -eq "$base_count" ] || fail "import-suspicions changed the households" ;;
        esac
        [ "$n" -ge "$base_count" ] || fail "$op lost committed households"
    done
done
echo "crash harness: $iterations iterations of ${CRASH_OPS:-demo sync backup ledger suspicions}, $kills killed mid-run (demo ${killed[demo]}, sync ${killed[sync]}, backup ${killed[backup]}, import-ledger ${killed[ledger]}, import-suspicions ${killed[suspicions]}), all checks passed"
echo "1 passed, 0 failed"
