#!/usr/bin/env bash
# Benchmarks W1-W9 (issues 10, 19, 20), each timed in the same run as the tool it is compared with, on a
# district-sized database. Builds in Release (the "release" preset), makes the data once (cached in the
# build folder, keyed by version and schema), prints a table and writes it to $BUILD/bench-results.md.
#   bash packaging/setup.sh bench        (or: bash tests/bench/run-all.sh)
# Environment: SN_BENCH_HOUSEHOLDS (100000), SN_BENCH_SYNC_HOUSEHOLDS (8800, about 100000 changes),
# BENCH_BUILD_DIR (build-release), SN_BENCH_SKIP_BUILD=1 to use the binaries as they are, SN_BENCH_ONLY=W1 to
# build, make the data for and run the registry search alone; SN_BENCH_ONLY=W8 the ledger import alone;
# SN_BENCH_ONLY=W9 a new station joining a compacted share alone (SN_BENCH_W9_HOUSEHOLDS, 1000).
# --strict: exit non-zero when a workload misses its target (the misses are listed after the table either way).
set -euo pipefail
only=${SN_BENCH_ONLY:-}
strict=0
for arg; do
    case $arg in
        --strict) strict=1 ;;
        *) echo "usage: run-all.sh [--strict]" >&2; exit 2 ;;
    esac
done

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BENCH_BUILD_DIR:-$root/build-release}
# Absolute: LibreOffice's profile is given as a file:// URL under it, and "file://build/..." names a host, not a
# folder (soffice then waited forever for the default profile).
build=$(realpath -ms "$build")
households=${SN_BENCH_HOUSEHOLDS:-100000}
sync_households=${SN_BENCH_SYNC_HOUSEHOLDS:-8800}
targets=(safetynet-cli safetynet bench_search bench_cards bench_makedata bench_desk minimal_window)
if [ "$only" = W1 ]; then targets=(safetynet-cli bench_search); fi
if [ "$only" = W8 ]; then targets=(safetynet-cli bench_makedata); fi
if [ "$only" = W9 ]; then targets=(safetynet-cli); fi

for tool in sqlite3 python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "run-all: $tool is needed (see packaging/debian-packages.txt)" >&2; exit 1; }
done

# --- build -------------------------------------------------------------------------------------------
if [ "${SN_BENCH_SKIP_BUILD:-0}" != 1 ]; then
    if [ ! -f "$build/CMakeCache.txt" ]; then
        if [ "$build" = "$root/build-release" ]; then
            (cd "$root" && cmake --preset release)
        else
            cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSN_BUILD_BENCH=ON
        fi
    fi
    cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"
fi
cli=$build/app/safetynet-cli
bench=$build/tests/bench
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# --- data (cached) -----------------------------------------------------------------------------------
version=$("$cli" --version | awk '{print $NF}')
schema=$(cat "$root"/database/migrations/*.sql | sha256sum | cut -c1-12)
data=$build/bench-data/$version-$schema-$households
if [ ! -f "$data/big.sqlite" ]; then
    # Data of the same version and size made before a migration was added: SafetyNet migrates older
    # schemas when it opens a file, so the databases are migrated once here instead of made again (minutes).
    older=$(ls -1dt "$build"/bench-data/"$version"-*-"$households" 2>/dev/null | while read -r d; do
        [ -f "$d/big.sqlite" ] && [ -f "$d/station-a.sqlite" ] && [ -f "$d/signin" ] && { echo "$d"; break; }; done || true)
    if [ -n "$older" ] && [ "$older" != "$data" ]; then
        printf '\n== reusing %s (migrated to the current schema)\n' "$older" >&2
        rm -rf "$data"
        mv "$older" "$data"
        for db in big station-a; do
            "$cli" digest --db "$data/$db.sqlite" >/dev/null # opening migrates (a backup beside it first)
        done
        rm -f "$data"/*.bak
    fi
fi
mkdir -p "$data"
work=$(mktemp -d "$build/bench-run.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The commands sign in as the bench administrator every station here is made with.
printf 'bench-password-2026\n' > "$work/bench.pw"
chmod 600 "$work/bench.pw"
export SAFETYNET_USER=bench SAFETYNET_PASSWORD_FILE=$work/bench.pw
admin=(--admin bench --password-file "$work/bench.pw")

step() { printf '\n== %s\n' "$*" >&2; }

if [ "$only" != W8 ] && [ "$only" != W9 ] && [ ! -f "$data/big.sqlite" ]; then
    step "demo data: $households households (a few minutes, once per version)"
    rm -f "$data/big.tmp.sqlite"
    "$cli" demo --db "$data/big.tmp.sqlite" --households "$households" --seed 1 --quiet "${admin[@]}"
    mv "$data/big.tmp.sqlite" "$data/big.sqlite"
    mv -f "$data/big.tmp.sqlite.audit-head" "$data/big.sqlite.audit-head" 2>/dev/null || true
fi
for rows in 50000 10000; do
    if [ "$only" != W1 ] && [ "$only" != W8 ] && [ "$only" != W9 ] && [ ! -f "$data/table$rows.xlsx" ]; then
        step "department table, $rows rows"
        "$bench/bench_makedata" --db "$data/big.sqlite" --rows "$rows" --out "$data/table$rows.tmp.xlsx"
        mv "$data/table$rows.tmp.xlsx" "$data/table$rows.xlsx"
    fi
done
if [ "$only" != W1 ] && [ "$only" != W8 ] && [ "$only" != W9 ] && [ ! -f "$data/station-a.sqlite" ]; then
    step "the other station: $sync_households households"
    rm -f "$data/station-a.tmp.sqlite" "$data/district.key"
    "$cli" demo --db "$data/station-a.tmp.sqlite" --households "$sync_households" --seed 2 --quiet "${admin[@]}"
    "$cli" keygen --out "$data/district.key" >/dev/null
    mv "$data/station-a.tmp.sqlite" "$data/station-a.sqlite"
    touch "$data/signin" # made with the bench account (reused data must have it)
    mv -f "$data/station-a.tmp.sqlite.audit-head" "$data/station-a.sqlite.audit-head" 2>/dev/null || true
fi

# --- timing helpers ----------------------------------------------------------------------------------
# timed NAME CMD...: wall seconds in T[NAME], CPU seconds (user + sys) in C[NAME], peak RSS (MB) in RSS[NAME],
# via /usr/bin/time -v. The machine may be shared: CPU time says more than wall time then.
declare -A T C RSS
timed() {
    local name=$1
    shift
    local start end
    # Setting up (copying the 800 MB database) leaves dirty pages; written back during the run, they would be
    # charged to whichever command fsyncs first (ext4 commits them with its journal).
    sync
    start=$(date +%s.%N)
    if ! /usr/bin/time -v -o "$work/time.$name" "$@" >"$work/out.$name" 2>"$work/err.$name"; then
        echo "run-all: $name failed: $*" >&2
        tail -5 "$work/err.$name" >&2
        exit 1
    fi
    end=$(date +%s.%N)
    T[$name]=$(python3 -c "print(f'{$end - $start:.3f}')")
    RSS[$name]=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time.$name")
    C[$name]=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$work/time.$name")
}
# keep_best NAME after timed NAME: the fastest run so far (the machine is shared: the fastest run is the one
# least disturbed); use_best NAME... puts it back in T, C and RSS.
declare -A BT BC BRSS
keep_best() {
    local n=$1
    if [ -z "${BT[$n]:-}" ] || python3 -c "import sys; sys.exit(0 if ${T[$n]} < ${BT[$n]} else 1)"; then
        BT[$n]=${T[$n]}
        BC[$n]=${C[$n]}
        BRSS[$n]=${RSS[$n]}
        cp "$work/out.$n" "$work/best.$n"
    fi
}
use_best() {
    local n
    for n; do
        [ -n "${BT[$n]:-}" ] || continue
        T[$n]=${BT[$n]}
        C[$n]=${BC[$n]}
        RSS[$n]=${BRSS[$n]}
    done
}
sum() { python3 -c "import sys; print(f'{sum(map(float, sys.argv[1:])):.3f}')" "$@"; }
ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{a / b:.2f}x' if b > 0 else 'n/a')" "$1" "$2"; }
# meets WORKLOAD VALUE OP LIMIT WHAT: checks a target (OP is le or ge) and sets MET[WORKLOAD] to "met" or
# "**missed**"; a miss is listed after the table, and with --strict the run exits non-zero. Ratios are checked on
# wall time (the benchmark is meant for an otherwise idle machine; the CPU ratio is shown beside it) but W1's,
# which is of CPU time because sqlite3's .timer rounds wall time to whole milliseconds.
declare -A MET
misses=()
meets() {
    local name=$1 value=$2 op=$3 limit=$4 what=$5
    if python3 -c "import sys; v, l = float(sys.argv[1]), float(sys.argv[2]); sys.exit(0 if (v <= l if sys.argv[3] == 'le' else v >= l) else 1)" "$value" "$limit" "$op"; then
        MET[$name]="${MET[$name]:-met}"
    else
        MET[$name]="**missed**"
        misses+=("$name: $what is $value, target $([ "$op" = le ] && echo at most || echo at least) $limit")
    fi
}
quotient() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{a / b:.3f}' if b > 0 else 'inf')" "$1" "$2"; }
# "wall s (cpu s)"
wc_() { printf '%s s (%s)' "${T[$1]}" "${C[$1]}"; }
# sqlite3 with the same settings as SafetyNet's connection (Database::configure): WAL, a 64 MB page cache.
raw_settings=(-cmd "PRAGMA journal_mode = WAL" -cmd "PRAGMA cache_size = -65536")

soffice=$(command -v soffice || true)
lo=()
if [ -n "$soffice" ]; then
    lo=("$soffice" "-env:UserInstallation=file://$work/lo-profile" --headless)
    # CSV in and out as UTF-8 (44 = comma, 34 = double quote, 76 = UTF-8): LibreOffice's default is the
    # locale's character set, which under a C locale turns every Chinese character into '?'.
    csv_out='csv:Text - txt - csv (StarCalc):44,34,76'
    csv_in='--infilter=CSV:44,34,76'
    # The profile is made on the first start: not part of any measure.
    printf 'a,b\n1,2\n' >"$work/warm.csv"
    "${lo[@]}" --convert-to xlsx --outdir "$work/warm" "$work/warm.csv" >/dev/null 2>&1 || true
else
    echo "run-all: soffice (LibreOffice) is not installed: the W2, W3 and W8 comparisons are skipped" >&2
fi

# --- W8: a township's ledger of 20000 households (43525 persons) ---------------------------------------
# Ours: import-ledger into a new township station (made before each round, not timed): read, check, classify
# and store every household with its audit, search index, tiers and reviews. LibreOffice: open the same file
# and save it as CSV. Three rounds in turn, the fastest of each counts (as W2).
ledger_households=${SN_BENCH_LEDGER_HOUSEHOLDS:-20000}
ledger_persons=${SN_BENCH_LEDGER_PERSONS:-43525}
w8_row=
run_w8() {
    local ledger=$data/ledger$ledger_households.xlsx
    if [ ! -f "$ledger" ]; then
        step "ledger: $ledger_households households, $ledger_persons persons"
        "$bench/bench_makedata" --ledger "$ledger_households" --persons "$ledger_persons" --out "$data/ledger.tmp.xlsx"
        mv "$data/ledger.tmp.xlsx" "$ledger"
    fi
    step "W8 import a ledger of $ledger_households households, best of 3 (each beside LibreOffice)"
    for _ in 1 2 3; do
        rm -f "$work"/w8.sqlite*
        "$cli" init --db "$work/w8.sqlite" --township 朝阳街道 --station 朝阳-基准 "${admin[@]}" >/dev/null
        timed w8 "$cli" import-ledger --db "$work/w8.sqlite" "$ledger"
        keep_best w8
        if [ -n "$soffice" ]; then
            rm -rf "$work/w8csv"
            timed w8lo "${lo[@]}" --convert-to "$csv_out" --outdir "$work/w8csv" "$ledger"
            keep_best w8lo
        fi
    done
    use_best w8 w8lo
    local counts
    counts=$(tail -1 "$work/best.w8")
    if [ -n "$soffice" ]; then
        w8_row="| W8 import a township's ledger (${counts%.}), best of 3 | ${T[w8]} s (${C[w8]}) | soffice opening it (xlsx->csv) ${T[w8lo]} s (${C[w8lo]}) | $(ratio "${T[w8]}" "${T[w8lo]}") ($(ratio "${C[w8]}" "${C[w8lo]}")) | ${RSS[w8]} MB (soffice ${RSS[w8lo]} MB) | <= 1x |"
    else
        w8_row="| W8 import a township's ledger (${counts%.}), best of 3 | ${T[w8]} s (${C[w8]}) | skipped (no soffice) | n/a | ${RSS[w8]} MB | <= 1x |"
    fi
}

# --- W9: a new station joins a share holding five years of a district's changes (issue 19, item 7) -------------
# The district station's five years (demo --years 5) go out as bundles; a second district desk applies them and
# acknowledges; the first compacts (sync --compact) and each removes its covered bundles: the share holds one
# signed snapshot. Ours: a new station's first sync, which applies the snapshot. Beside it, on the same 2 cores:
# sqlite3 .import of the same rows (CSV of every synced table with rows, made untimed) into the same tables with
# their indexes (not their CHECK constraints) in one transaction, and the new station replaying every bundle of the share before compaction.
# Each round on a fresh copy of the share and a new station; the fastest of two rounds counts for each.
w9_households=${SN_BENCH_W9_HOUSEHOLDS:-1000}
w9_row=
w9_share() { # a folder's bundle count and size in MB
    printf '%s bundles, %s MB' "$(find "$1" -name '*.bundle' | wc -l)" \
        "$(du -sb "$1" | awk '{printf "%.1f", $1 / 1048576}')"
}
run_w9() {
    local src=$data/years5-$w9_households.sqlite w=$work/w9
    local key=(--key "$data/district.key")
    [ -f "$data/district.key" ] || "$cli" keygen --out "$data/district.key" >/dev/null
    if [ ! -f "$src" ]; then
        step "five years of a district: $w9_households households (demo --years 5, minutes, once per version)"
        rm -f "$data"/years5.tmp.sqlite*
        "$cli" demo --db "$data/years5.tmp.sqlite" --households "$w9_households" --seed 3 --years 5 --quiet "${admin[@]}"
        mv "$data/years5.tmp.sqlite" "$src"
        mv -f "$data/years5.tmp.sqlite.audit-head" "$src.audit-head" 2>/dev/null || true
    fi
    step "W9 the share of five years, compacted (untimed)"
    rm -rf "$w"
    mkdir -p "$w/share"
    cp "$src" "$w/a.sqlite"
    "$cli" init --db "$w/b.sqlite" --township 城北区 --station 基准W9B "${admin[@]}" >/dev/null
    for db in a b a b; do
        "$cli" sync --db "$w/$db.sqlite" --share "$w/share" "${key[@]}" --json >"$w/sync.json"
    done
    local changes
    changes=$(sqlite3 "$w/a.sqlite" "SELECT count(*) FROM sync_outbox")
    cp -r "$w/share" "$w/uncompacted"
    "$cli" sync --db "$w/a.sqlite" --share "$w/share" "${key[@]}" --compact --json >"$w/compact.json"
    "$cli" sync --db "$w/b.sqlite" --share "$w/share" "${key[@]}" --json >/dev/null
    local snapshot_rows
    snapshot_rows=$(python3 -c "import json,sys; c=json.load(open(sys.argv[1]))['compaction']; assert c['written'], c['reason']; print(c['rows'])" "$w/compact.json")
    # The same rows as CSV, and the schema of their tables with indexes, for sqlite3.
    local tables
    tables=$(sqlite3 "$w/a.sqlite" "SELECT DISTINCT table_name FROM sync_outbox WHERE table_name <> 'regions' ORDER BY 1")
    # Without the CHECK constraints: .import reads an empty CSV field as '' rather than NULL, which a CHECK on a
    # nullable column refuses. Columns, keys and indexes are the same (and sqlite3 has less to check than we do).
    for t in $tables; do
        sqlite3 "$w/a.sqlite" "SELECT sql || ';' FROM sqlite_master WHERE tbl_name = '$t' AND type IN ('table', 'index') AND sql IS NOT NULL"
    done | python3 -c '
import re, sys
text, out, i = sys.stdin.read(), "", 0
check = re.compile(r"(,\s*)?\bCHECK\s*\(", re.I)
while (m := check.search(text, i)) is not None:
    out, depth, i = out + text[i:m.start()], 1, m.end()
    while depth:
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        i += 1
sys.stdout.write(out + text[i:])' >"$w/schema.sql"
    {
        echo ".bail on"
        echo "BEGIN;"
        for t in $tables; do
            sqlite3 -csv "$w/a.sqlite" "SELECT * FROM $t" >"$w/$t.csv"
            echo ".import --csv $w/$t.csv $t"
        done
        echo "COMMIT;"
    } >"$w/import.sql"
    local csv_rows
    csv_rows=$(for t in $tables; do sqlite3 "$w/a.sqlite" "SELECT count(*) FROM $t"; done | awk '{s += $1} END {print s}')
    step "W9 a new station joins from the snapshot, best of 2 (each beside sqlite3 .import and replaying every bundle)"
    for round in 1 2; do
        rm -rf "$w/run" && cp -r "$w/share" "$w/run" && rm -f "$w"/c.sqlite*
        "$cli" init --db "$w/c.sqlite" --township 城北区 --station "基准W9C$round" "${admin[@]}" >/dev/null
        timed w9join "$cli" sync --db "$w/c.sqlite" --share "$w/run" "${key[@]}" --json
        keep_best w9join
        rm -f "$w"/raw.sqlite*
        sqlite3 "$w/raw.sqlite" <"$w/schema.sql"
        timed w9raw sqlite3 "${raw_settings[@]}" "$w/raw.sqlite" <"$w/import.sql"
        keep_best w9raw
        rm -rf "$w/run" && cp -r "$w/uncompacted" "$w/run" && rm -f "$w"/d.sqlite*
        "$cli" init --db "$w/d.sqlite" --township 城北区 --station "基准W9D$round" "${admin[@]}" >/dev/null
        timed w9replay "$cli" sync --db "$w/d.sqlite" --share "$w/run" "${key[@]}" --json
        keep_best w9replay
    done
    use_best w9join w9raw w9replay
    python3 - "$work/best.w9join" <<'EOF2'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["joined_from_snapshot"] and not r["held_back"] and not r["refused"], r
EOF2
    local households_a households_c
    households_a=$(sqlite3 "$w/a.sqlite" "SELECT count(*) FROM households")
    households_c=$(sqlite3 "$w/c.sqlite" "SELECT count(*) FROM households")
    [ "$households_a" = "$households_c" ] || { echo "run-all: W9 joined station holds $households_c households, not $households_a" >&2; exit 1; }
    w9_row="| W9 a new station joins a share of five years of a district ($w9_households households, demo --years 5: $changes changes, $(w9_share "$w/uncompacted")), compacted to one snapshot of $snapshot_rows rows ($(w9_share "$w/share")), best of 2 | $(wc_ w9join) | sqlite3 .import of the same $csv_rows rows $(wc_ w9raw); replaying every bundle $(wc_ w9replay) | $(ratio "${T[w9join]}" "${T[w9raw]}") ($(ratio "${C[w9join]}" "${C[w9raw]}")) against .import; $(ratio "${T[w9join]}" "${T[w9replay]}") against replaying | ${RSS[w9join]} MB (replaying ${RSS[w9replay]} MB) | within 3x of .import |"
}

load=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$only" = W8 ]; then
    run_w8
    printf '%s\n' "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, load average at start $load; SafetyNet $version." "$w8_row" | tee "$build/bench-results-w8.md"
    exit 0
fi
if [ "$only" = W9 ]; then
    run_w9
    printf '%s\n' "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, load average at start $load; SafetyNet $version." "$w9_row" | tee "$build/bench-results-w9.md"
    exit 0
fi

# --- W1: registry search -----------------------------------------------------------------------------
step "W1 registry search, 20 queries, best of 3 rounds (each beside sqlite3)"
# sqlite3 runs the same 20 FTS5 queries (page and count) once untimed, as bench_search warms up, then five
# times over, timing each statement. Three rounds, ours and sqlite3's in turn: the round with the lowest
# median CPU time counts for each (this machine's speed drifts by a third within a minute).
for round in 1 2 3; do
    timed w1 env SN_BENCH_DB="$data/big.sqlite" SN_BENCH_RAW_SQL="$work/w1.sql" \
        "$bench/bench_search" --benchmark_filter='BM_Registry20' --benchmark_format=json
    keep_best w1
    cp "$work/out.w1" "$work/w1.$round.json"
    if [ "$round" = 1 ]; then
        {
            sed '/^\.timer on$/d' "$work/w1.sql" | sed '1i .output /dev/null'
            echo ".output stdout"
            for _ in 1 2 3 4 5; do cat "$work/w1.sql"; done
        } >"$work/w1x5.sql"
    fi
    timed w1raw sqlite3 -readonly "$data/big.sqlite" <"$work/w1x5.sql"
    cp "$work/out.w1raw" "$work/w1raw.$round.txt"
done
use_best w1
read -r w1_median w1_p95 w1_cpu_median w1_cpu_p95 w1_raw_median w1_raw_p95 < <(python3 - "$work" <<'EOF'
import json, re, sys
work = sys.argv[1]
ours = []
for r in (1, 2, 3):
    b = json.load(open(f"{work}/w1.{r}.json"))["benchmarks"][0]
    ours.append((b["cpu_median_ms"], b["cpu_p95_ms"], b["median_ms"], b["p95_ms"]))
raw = []
for r in (1, 2, 3):
    # user + sys of each statement (.timer's wall time is rounded to whole milliseconds)
    times = [(float(u) + float(s)) * 1000 for u, s in re.findall(r"Run Time: real [0-9.]+ user ([0-9.]+) sys ([0-9.]+)", open(f"{work}/w1raw.{r}.txt").read())]
    per_query = sorted(times[i] + times[i + 1] for i in range(0, len(times) - 1, 2))  # page + count
    raw.append((per_query[len(per_query) // 2], per_query[min(len(per_query) - 1, int(len(per_query) * 0.95))]))
cm, cp, m, p = min(ours)
rm, rp = min(raw)
print(f"{m:.2f} {p:.2f} {cm:.2f} {cp:.2f} {rm:.2f} {rp:.2f}")
EOF
)

# The search index's size (issue 21): FTS5's shadow tables, per live member, as SQLite's dbstat counts pages.
read -r index_mb index_per_person < <(sqlite3 -readonly "$data/big.sqlite" "SELECT printf('%.1f %.0f', sum(pgsize) / 1048576.0,
    sum(pgsize) * 1.0 / (SELECT count(*) FROM members m JOIN households h ON h.id = m.household_id WHERE m.deleted = 0 AND h.deleted = 0))
    FROM dbstat WHERE name LIKE 'household_search%'")
w1_row="| W1 registry search, 20 queries (first page + count, as the registry runs them), 5 rounds after a warm-up, best of 3; search index ${index_mb} MB, ${index_per_person} bytes per person | median ${w1_median} ms, p95 ${w1_p95} ms wall; CPU median ${w1_cpu_median} ms, p95 ${w1_cpu_p95} ms | sqlite3, the same FTS5 MATCH (page + count), CPU: median ${w1_raw_median} ms, p95 ${w1_raw_p95} ms | CPU: $(ratio "$w1_cpu_median" "$w1_raw_median") median, $(ratio "$w1_cpu_p95" "$w1_raw_p95") p95 | ${RSS[w1]} MB | within 2x, p95 < 50 ms |"
if [ "$only" = W1 ]; then
    printf '%s\n' "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, load average at start $load; SafetyNet $version, $households households." "$w1_row" | tee "$build/bench-results-w1.md"
    exit 0
fi

# --- W2: import and match a 50000-row department table ------------------------------------------------
step "W2 import and match 50000 rows, best of 3 (each beside LibreOffice)"
# Three rounds, ours and LibreOffice's in turn, each on a fresh copy of the data (the same table twice is
# refused); the fastest round of each counts, as with W6.
for _ in 1 2 3; do
    rm -f "$work"/run.sqlite*
    cp "$data/big.sqlite" "$work/run.sqlite"
    timed w2 "$cli" import-suspicions --db "$work/run.sqlite" --department 人社局 --month 2026-11 "$data/table50000.xlsx"
    keep_best w2
    if [ -n "$soffice" ]; then
        rm -rf "$work/w2csv"
        timed w2lo "${lo[@]}" --convert-to "$csv_out" --outdir "$work/w2csv" "$data/table50000.xlsx"
        keep_best w2lo
        timed w2sql sqlite3 "$work/run.sqlite" ".import --csv --skip 1 $work/w2csv/table50000.csv department_raw"
        keep_best w2sql
    fi
done
use_best w2 w2lo w2sql
w2_counts=$(tail -1 "$work/best.w2")

# --- W3: annex-1 export of 10000 rows, the monthly report ----------------------------------------------
step "W3 annex-1 export of 10000 rows and the monthly report"
"$cli" import-suspicions --db "$work/run.sqlite" --department 医保局 --month 2026-10 "$data/table10000.xlsx" >/dev/null
timed w3annex "$cli" export-feedback --db "$work/run.sqlite" --month 2026-10 --department 医保局 --out "$work/annex1.xlsx"
timed w3report "$cli" report --db "$work/run.sqlite" --month 2026-11 --out "$work/report.xlsx"
if [ -n "$soffice" ]; then
    # The same rows as CSV (made with LibreOffice, not timed), then LibreOffice writing them as .xlsx.
    "${lo[@]}" --convert-to "$csv_out" --outdir "$work/w3csv" "$work/annex1.xlsx" >/dev/null 2>&1
    w3_rows=$(($(wc -l <"$work/w3csv/annex1.csv")))
    timed w3lo "${lo[@]}" "$csv_in" --convert-to xlsx --outdir "$work/w3xlsx" "$work/w3csv/annex1.csv"
fi

# --- W4: export and apply a bundle of about 100000 changes ---------------------------------------------
step "W4 sync: export at station A, apply at a new station B"
cp "$data/station-a.sqlite" "$work/a.sqlite"
"$cli" init --db "$work/b.sqlite" --township 城北区 --station 基准B "${admin[@]}" >/dev/null
mkdir -p "$work/share"
timed w4export "$cli" sync --db "$work/a.sqlite" --share "$work/share" --key "$data/district.key" --json
timed w4apply "$cli" sync --db "$work/b.sqlite" --share "$work/share" --key "$data/district.key" --json
w4_changes=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['exported'])" "$work/out.w4export")
w4_applied=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['imported'])" "$work/out.w4apply")
# The same rows inserted by sqlite3 into the same tables (with their indexes) in one transaction.
tables=$(sqlite3 "$work/a.sqlite" "SELECT group_concat(quote(t), ',') FROM (SELECT DISTINCT table_name AS t FROM sync_outbox WHERE table_name <> 'regions')")
{
    sqlite3 "$work/a.sqlite" "SELECT sql || ';' FROM sqlite_master WHERE type = 'table' AND name IN ($tables)"
    sqlite3 "$work/a.sqlite" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ($tables)"
} >"$work/w4schema.sql"
{
    echo "BEGIN;"
    for t in $(sqlite3 "$work/a.sqlite" "SELECT DISTINCT table_name FROM sync_outbox WHERE table_name <> 'regions'"); do
        sqlite3 -cmd ".mode insert $t" "$work/a.sqlite" "SELECT * FROM $t"
    done
    echo "COMMIT;"
} >"$work/w4rows.sql"
w4_rows=$(grep -c '^INSERT' "$work/w4rows.sql")
sqlite3 "$work/w4raw.sqlite" <"$work/w4schema.sql"
timed w4raw sqlite3 "${raw_settings[@]}" "$work/w4raw.sqlite" <"$work/w4rows.sql"
# The floor (issue 23): sqlite3's .import of the same rows as CSV, prepared statements in one transaction.
# sqlite3 writes NULL as an empty field and .import reads it back as '', which a CHECK on a nullable column
# refuses: the CHECKs are not evaluated (ignore_check_constraints), a little less work than ours; the rows
# .import stored are counted and shown.
mkdir -p "$work/w4csv"
{
    echo "BEGIN;"
    for t in $(sqlite3 "$work/a.sqlite" "SELECT DISTINCT table_name FROM sync_outbox WHERE table_name <> 'regions'"); do
        sqlite3 -csv "$work/a.sqlite" "SELECT * FROM $t" >"$work/w4csv/$t.csv"
        echo ".import --csv $work/w4csv/$t.csv $t"
    done
    echo "COMMIT;"
} >"$work/w4import.sql"
sqlite3 "$work/w4imp.sqlite" <"$work/w4schema.sql"
timed w4imp sqlite3 "${raw_settings[@]}" -cmd "PRAGMA ignore_check_constraints = ON" "$work/w4imp.sqlite" <"$work/w4import.sql"
w4_imported=$(for t in $(sqlite3 "$work/a.sqlite" "SELECT DISTINCT table_name FROM sync_outbox WHERE table_name <> 'regions'"); do
    sqlite3 "$work/w4imp.sqlite" "SELECT count(*) FROM $t"; done | awk '{s += $1} END {print s}')

# --- W5: regenerate every review schedule ------------------------------------------------------------
# Twice: first on the data as made (days have passed, some tasks fall due), then again with nothing changed, the
# case of the target. The floor (issue 23) is one read of every household with its members and incomes, the
# statements HouseholdRepository::forEach runs, by sqlite3; for the first run plus inserting the tasks it created.
step "W5 regenerate every tier and review schedule"
cp "$data/big.sqlite" "$work/w5.sqlite"
cp "$data/big.sqlite" "$work/w5before.sqlite"
timed w5 "$cli" reviews regenerate --db "$work/w5.sqlite"
w5_summary=$(tail -1 "$work/out.w5")
timed w5again "$cli" reviews regenerate --db "$work/w5.sqlite"
w5again_summary=$(tail -1 "$work/out.w5again")
cat >"$work/w5read.sql" <<'SQL'
.output /dev/null
SELECT h.rowid, h.id, h.township_code, coalesce(h.village_code, ''), h.area_type, h.category, h.start_date, h.status, h.has_capable_supporter, h.tier_override, h.tier_override_reason, substr(h.created_at, 1, 10) FROM households h WHERE h.deleted = 0 ORDER BY h.rowid;
SELECT h.rowid, m.id, m.name, m.relation, m.birth_date, m.labour, m.disability_grade, m.serious_illness, m.exclusion, m.disability_type FROM members m JOIN households h ON h.id = m.household_id WHERE m.deleted = 0 AND h.deleted = 0 ORDER BY h.rowid, m.position;
SELECT h.rowid, i.id, coalesce(i.member_id, ''), i.kind, i.monthly_fen, i.stable FROM incomes i JOIN households h ON h.id = i.household_id WHERE i.deleted = 0 AND h.deleted = 0 ORDER BY h.rowid;
.output stdout
SQL
{
    cat "$work/w5read.sql"
    echo "BEGIN;"
    sqlite3 -cmd "ATTACH '$work/w5before.sqlite' AS before" -cmd ".mode insert review_tasks" "$work/w5.sqlite" \
        "SELECT * FROM review_tasks WHERE id NOT IN (SELECT id FROM before.review_tasks)"
    echo "COMMIT;"
} >"$work/w5floor.sql"
w5_created=$(grep -c '^INSERT' "$work/w5floor.sql" || true)
timed w5floor sqlite3 "${raw_settings[@]}" "$work/w5before.sqlite" <"$work/w5floor.sql"
timed w5read sqlite3 "${raw_settings[@]}" "$work/w5.sqlite" <"$work/w5read.sql"
# The comparison before issue 23: sqlite3 inserting every task row.
w5_tasks=$(sqlite3 "$work/w5.sqlite" "SELECT count(*) FROM review_tasks")
sqlite3 "$work/w5.sqlite" "SELECT sql || ';' FROM sqlite_master WHERE tbl_name = 'review_tasks' AND type IN ('table', 'index') AND sql IS NOT NULL" >"$work/w5schema.sql"
{
    echo "BEGIN;"
    sqlite3 -cmd ".mode insert review_tasks" "$work/w5.sqlite" "SELECT * FROM review_tasks"
    echo "COMMIT;"
} >"$work/w5rows.sql"
sqlite3 "$work/w5raw.sqlite" <"$work/w5schema.sql"
timed w5raw sqlite3 "${raw_settings[@]}" "$work/w5raw.sqlite" <"$work/w5rows.sql"

# --- W6: the desk until the registry shows its first page ---------------------------------------------
step "W6 start the desk on $households households"
cp "$data/big.sqlite" "$work/w6.sqlite"
# Five rounds, the desk and the minimal window in turn; the fastest of each counts.
for _ in 1 2 3 4 5; do
    timed w6 "$bench/bench_desk" --db "$work/w6.sqlite" --user bench --password bench-password-2026
    keep_best w6
    timed w6min "$bench/minimal_window"
    keep_best w6min
done
use_best w6 w6min
w6_detail=$(head -1 "$work/best.w6")
w6_login_ms=$(sed -n 's/^login_ms=\([0-9]*\) .*/\1/p' "$work/best.w6")
# The same run less its sign-in (the Argon2id password hash, CPU-bound and slow by design).
w6_excl=$(python3 -c "print(f'{${T[w6]} - $w6_login_ms / 1000:.3f}')")
w6_excl_cpu=$(python3 -c "print(f'{max(0.0, ${C[w6]} - $w6_login_ms / 1000):.2f}')")

# --- W7: 1000 public-notice cards to PDF ---------------------------------------------------------------
step "W7 1000 cards to PDF"
timed w7 "$bench/bench_cards" --benchmark_filter='BM_CardsToPdf' --benchmark_format=json
read -r w7_a5 w7_a4x2 w7_a4x4 w7_ms < <(python3 - "$work/out.w7" <<'EOF'
import json, sys
b = json.load(open(sys.argv[1]))["benchmarks"]
rate = [x["cards/s"] for x in b]
print(f"{rate[0]:.0f} {rate[1]:.0f} {rate[2]:.0f} {b[0]['real_time']:.0f}")
EOF
)

run_w8
run_w9

# --- the targets (issue 23) ---------------------------------------------------------------------------
w4_total=$(sum "${T[w4export]}" "${T[w4apply]}")
w4_cpu=$(sum "${C[w4export]}" "${C[w4apply]}")
meets w1 "$(quotient "$w1_cpu_p95" "$w1_raw_p95")" le 2 "W1 p95 CPU against sqlite3's FTS5"
meets w1 "$w1_p95" le 50 "W1 p95 wall (ms)"
if [ -n "$soffice" ]; then
    meets w2 "$(quotient "${T[w2]}" "${T[w2lo]}")" le 0.7 "W2 against LibreOffice opening the table"
    w3_total=$(sum "${T[w3annex]}" "${T[w3report]}")
    meets w3 "$(quotient "$w3_total" "${T[w3lo]}")" le 1 "W3 against LibreOffice writing the rows"
    meets w8 "$(quotient "${T[w8]}" "${T[w8lo]}")" le 1 "W8 against LibreOffice opening the ledger"
fi
meets w4 "$(quotient "$w4_total" "${T[w4imp]}")" le 3 "W4 against sqlite3 .import"
meets w5 "$(quotient "${T[w5again]}" "${T[w5read]}")" le 3 "W5 with nothing changed against one read of every household"
meets w6 "$(quotient "$w6_excl" "${T[w6min]}")" le 2 "W6 less the sign-in against the minimal window"
meets w7 "$w7_a5" ge 1000 "W7 A5 cards a second"
meets w9 "$(quotient "${T[w9join]}" "${T[w9raw]}")" le 3 "W9 joining a compacted share against sqlite3 .import"

# --- the table ---------------------------------------------------------------------------------------
results=$build/bench-results.md
{
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, load average at start $load; SafetyNet $version, $households households."
    echo "Times are wall seconds with CPU seconds (user + sys) in brackets; ratios are ours / comparison, wall (CPU)."
    echo
    echo "| workload | ours | comparison | ratio | peak RSS (ours) | target | met |"
    echo "|---|---|---|---|---|---|---|"
    echo "$w1_row ${MET[w1]} |"
    if [ -n "$soffice" ]; then
        w2lo_total=$(sum "${T[w2lo]}" "${T[w2sql]}")
        w2lo_cpu=$(sum "${C[w2lo]}" "${C[w2sql]}")
        echo "| W2 import and match 50000 rows (${w2_counts}), best of 3 | $(wc_ w2) | soffice opening it (xlsx->csv) $(wc_ w2lo); with sqlite3 .import of the CSV $(wc_ w2sql) = $w2lo_total s ($w2lo_cpu) | $(ratio "${T[w2]}" "${T[w2lo]}") ($(ratio "${C[w2]}" "${C[w2lo]}")); with .import $(ratio "${T[w2]}" "$w2lo_total") ($(ratio "${C[w2]}" "$w2lo_cpu")) | ${RSS[w2]} MB (soffice ${RSS[w2lo]} MB) | at most 0.7x soffice | ${MET[w2]} |"
        w3_cpu=$(sum "${C[w3annex]}" "${C[w3report]}")
        echo "| W3 annex-1 export of 10000 rows + the monthly report workbook | $(wc_ w3annex) + $(wc_ w3report) = $w3_total s ($w3_cpu) | soffice csv->xlsx of the same $w3_rows lines $(wc_ w3lo) | annex $(ratio "${T[w3annex]}" "${T[w3lo]}") ($(ratio "${C[w3annex]}" "${C[w3lo]}")); both $(ratio "$w3_total" "${T[w3lo]}") ($(ratio "$w3_cpu" "${C[w3lo]}")) | ${RSS[w3annex]} MB | < 1x | ${MET[w3]} |"
    else
        echo "| W2 import and match 50000 rows (${w2_counts}), best of 3 | $(wc_ w2) | skipped (no soffice) | n/a | ${RSS[w2]} MB | at most 0.7x soffice | not measured |"
        echo "| W3 annex-1 export of 10000 rows + the monthly report | $(wc_ w3annex) + $(wc_ w3report) | skipped (no soffice) | n/a | ${RSS[w3annex]} MB | < 1x | not measured |"
    fi
    echo "| W4 sync: export $w4_changes changes + apply them at a new station ($w4_applied applied) | $(wc_ w4export) + $(wc_ w4apply) = $w4_total s ($w4_cpu) | sqlite3 .import of the same rows as CSV ($w4_imported of $w4_rows stored) $(wc_ w4imp); as INSERT statements $(wc_ w4raw) | $(ratio "$w4_total" "${T[w4imp]}") ($(ratio "$w4_cpu" "${C[w4imp]}")); against INSERTs $(ratio "$w4_total" "${T[w4raw]}") ($(ratio "$w4_cpu" "${C[w4raw]}")) | ${RSS[w4export]} / ${RSS[w4apply]} MB (sqlite3 ${RSS[w4imp]} MB) | within 3x of .import | ${MET[w4]} |"
    echo "| W5 regenerate every tier and review schedule, nothing changed (${w5again_summary%.}) | $(wc_ w5again) | sqlite3 reading every household, member and income once $(wc_ w5read) | $(ratio "${T[w5again]}" "${T[w5read]}") ($(ratio "${C[w5again]}" "${C[w5read]}")) | ${RSS[w5again]} MB (sqlite3 ${RSS[w5read]} MB) | within 3x | ${MET[w5]} |"
    echo "| W5 the first run on the data as made (${w5_summary%.}) | $(wc_ w5) | the same read and inserting the $w5_created tasks it created $(wc_ w5floor); inserting all $w5_tasks task rows $(wc_ w5raw) | $(ratio "${T[w5]}" "${T[w5floor]}") ($(ratio "${C[w5]}" "${C[w5floor]}")); against all rows $(ratio "${T[w5]}" "${T[w5raw]}") | ${RSS[w5]} MB | | |"
    echo "| W6 start the desk (sign-in, due reviews, main window) until the registry paints its first page, best of 5 | $(wc_ w6) | minimal Qt Widgets window $(wc_ w6min) | $(ratio "${T[w6]}" "${T[w6min]}") ($(ratio "${C[w6]}" "${C[w6min]}")) | ${RSS[w6]} MB (minimal ${RSS[w6min]} MB) | | |"
    echo "| W6 the same run less the sign-in's password hash (${w6_login_ms} ms, Argon2id by design) | ${w6_excl} s (${w6_excl_cpu}) | minimal Qt Widgets window $(wc_ w6min) | $(ratio "$w6_excl" "${T[w6min]}") ($(ratio "$w6_excl_cpu" "${C[w6min]}")) | | within 2x | ${MET[w6]} |"
    echo "| W7 1000 public-notice cards to PDF | A5 ${w7_a5} cards/s (${w7_ms} ms); A4x2 ${w7_a4x2}, A4x4 ${w7_a4x4} cards/s | (absolute) | | ${RSS[w7]} MB | over 1000 cards/s | ${MET[w7]} |"
    echo "$w8_row ${MET[w8]:-not measured} |"
    echo "$w9_row ${MET[w9]:-not measured} |"
    echo
    echo "W6 detail: $w6_detail"
    if [ ${#misses[@]} -gt 0 ]; then
        echo
        echo "Targets missed:"
        printf -- '- %s\n' "${misses[@]}"
    else
        echo
        echo "Every target met."
    fi
} | tee "$results"
echo "run-all: table written to $results" >&2
if [ "$strict" = 1 ] && [ ${#misses[@]} -gt 0 ]; then
    echo "run-all: ${#misses[@]} target(s) missed (--strict)" >&2
    exit 1
fi
