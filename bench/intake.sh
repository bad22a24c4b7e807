#!/usr/bin/env bash
# Intake scenario: a bulk CSV import through POST /api/v1/imports next to PostgreSQL's COPY of the
# same file, and subject look-ups through POST /api/v1/subjects/lookup next to pgbench making the
# same index look-up, each measured in the same run and printed as a ratio. See bench/INTAKE.md.
#
# Needs: VERN_URL, VERN_TOKEN (an ADMIN or INTEGRATOR API token) and the libpq variables PGHOST,
# PGPORT, PGUSER, PGPASSWORD, PGDATABASE for the database Vern uses (run.sh exports them all).
# Optional: ROWS (rows in the timed file, 1000000), SUBJECTS (subjects before the look-ups,
# 1000000), DURATION (seconds per look-up measurement, 20), CONNECTIONS (look-up concurrency
# levels, "1 4 16"), FLOOR (1 to also time the rows in tables of Vern's shape without Vern, 1),
# FLOOR_VARIANTS (1 to time that floor once more without foreign keys, 0).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out"
mkdir -p "$out"
rows=${ROWS:-1000000}
subjects=${SUBJECTS:-1000000}
duration=${DURATION:-20}
connections=${CONNECTIONS:-"1 4 16"}
: "${VERN_URL:?}" "${VERN_TOKEN:?}" "${PGHOST:?}" "${PGDATABASE:?}"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
sql() { psql -qAtX -v ON_ERROR_STOP=1 "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
now() { date +%s.%N; }
elapsed() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.2f", e - s }'; }
per_second() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
rows_file() { awk -v prefix="$1" -v from="$2" -v to="$3" -f "$here/intake-rows.awk"; }
import() { # file, activity&source -> prints Vern's report
  curl -sS --fail-with-body -H "Authorization: Bearer $VERN_TOKEN" -H "Content-Type: text/csv" \
    --data-binary @"$1" "$VERN_URL/api/v1/imports?activity=debt-collection&source=third-party"
}
imported() { sed -nE 's/.*"imported":([0-9]+).*/\1/p' <<<"$1"; }

echo "== intake =="

# 1. The file, and a small one to warm Vern's JIT up on the same path first.
csv="$out/intake-rows.csv"
rows_file bench 1 "$rows" >"$csv"
rows_file warm 1 20000 >"$out/intake-warm.csv"
echo "file: $rows rows, $(($(stat -c %s "$csv") / 1048576)) MiB (e-mail, customer number, claim," \
  "amount, collection date; activity debt-collection, source third-party: Art. 14 date per row)"
import "$out/intake-warm.csv" >/dev/null

# 2. Baseline: the same file into a plain table with the same five columns.
copy_once() {
  sql -c "DROP TABLE IF EXISTS bench_intake_copy" \
    -c "CREATE TABLE bench_intake_copy (email text, customer_number text, claim text, amount text, collected_at date)"
  local start end
  start=$(now)
  sql -c "\\copy bench_intake_copy FROM '$csv' WITH (FORMAT csv, HEADER true)"
  end=$(now)
  elapsed "$start" "$end"
}
copy_before=$(copy_once)

# 3. Vern: the same file through the HTTP import, one request.
start=$(now)
report=$(import "$csv")
end=$(now)
vern_seconds=$(elapsed "$start" "$end")
copy_after=$(copy_once)
sql -c "DROP TABLE bench_intake_copy"
copy_seconds=$(awk -v a="$copy_before" -v b="$copy_after" 'BEGIN { printf "%.2f", (a + b) / 2 }')
echo "baseline psql \\copy into a plain table: ${copy_seconds} s, $(per_second "$rows" "$copy_seconds") rows/s" \
  "(before ${copy_before} s, after ${copy_after} s)"
echo "Vern POST /api/v1/imports: ${vern_seconds} s, $(per_second "$rows" "$vern_seconds") rows/s," \
  "imported $(imported "$report") of $rows"
echo "ratio import to COPY: $(ratio "$vern_seconds" "$copy_seconds")   (target <= 4)"

# 4. The floor: the same rows in tables of Vern's shape, values computed beforehand, no Vern.
floor() { # fks (true/false) -> seconds
  sql -v rows="$rows" -v fks="$1" -f "$here/intake-floor-setup.sql" >/dev/null
  local start end
  start=$(now)
  sql -f "$here/intake-floor-insert.sql" >/dev/null
  end=$(now)
  sql -c "DROP SCHEMA bench_floor CASCADE" >/dev/null
  elapsed "$start" "$end"
}
if [ "${FLOOR:-1}" = 1 ]; then
  floor_seconds=$(floor true)
  echo "floor: the rows into tables of Vern's shape (indexes, unique blind index, foreign keys)," \
    "INSERT ... SELECT of precomputed values: ${floor_seconds} s"
  echo "ratio floor to COPY: $(ratio "$floor_seconds" "$copy_seconds");" \
    "ratio import to floor: $(ratio "$vern_seconds" "$floor_seconds")"
  if [ "${FLOOR_VARIANTS:-0}" = 1 ]; then
    no_fk_seconds=$(floor false)
    echo "floor without the foreign keys to subject: ${no_fk_seconds} s," \
      "ratio to COPY: $(ratio "$no_fk_seconds" "$copy_seconds")"
  fi
fi

# 5. Fill up to $subjects subjects through the same import (not timed).
have=$(sql -c "SELECT count(*) FROM subject")
from=1
while [ "$have" -lt "$subjects" ]; do
  to=$((from + (subjects - have < 200000 ? subjects - have : 200000) - 1))
  rows_file fill "$from" "$to" >"$out/intake-fill.csv"
  import "$out/intake-fill.csv" >/dev/null
  from=$((to + 1))
  have=$(sql -c "SELECT count(*) FROM subject")
done
rm -f "$out/intake-fill.csv"
echo "subjects for the look-ups: $have"

# 6. Look-ups: wrk against the API and pgbench on the index, at the same concurrency.
sql -c "DROP TABLE IF EXISTS bench_lookup" \
  -c "CREATE TABLE bench_lookup AS SELECT row_number() OVER () AS n, blind_index FROM subject_identifier WHERE type = 'email'" \
  -c "ALTER TABLE bench_lookup ADD PRIMARY KEY (n)" -c "ANALYZE bench_lookup"
lookup_rows=$(sql -c "SELECT count(*) FROM bench_lookup")
export LOOKUP_ROWS=$rows
wrk -t1 -c4 -d5s -s "$here/intake-lookup.lua" "$VERN_URL/api/v1/subjects/lookup" >/dev/null
for c in $connections; do
  threads=$((c < 2 ? 1 : 2))
  wrk -t"$threads" -c"$c" -d"${duration}s" --latency -s "$here/intake-lookup.lua" \
    "$VERN_URL/api/v1/subjects/lookup" >"$out/intake-wrk-$c.txt"
  http_rate=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$out/intake-wrk-$c.txt")
  bad=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$out/intake-wrk-$c.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$out/intake-wrk-$c.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$out/intake-wrk-$c.txt")
  echo "look-up over HTTP (wrk -t$threads -c$c, ${duration}s): ${http_rate} requests/s," \
    "p50 ${p50:-?}, p99 ${p99:-?} (target p99 < 5 ms), non-2xx ${bad:-0}"
  rm -f "$out"/pgbench_log.*
  (cd "$out" && pgbench -n -M prepared -c "$c" -j "$threads" -T "$duration" -D rows="$lookup_rows" \
    -l --log-prefix=pgbench_log -f "$here/intake-lookup-baseline.sql" >"$out/intake-pgbench-$c.txt" 2>&1)
  tps=$(awk '/^tps = / {printf "%.0f", $3}' "$out/intake-pgbench-$c.txt")
  read -r pg_p50 pg_p99 < <(cat "$out"/pgbench_log.* | awk '{print $3}' | sort -n |
    awk '{v[NR] = $1} END { printf "%.2fms %.2fms\n", v[int(NR * 0.5)] / 1000, v[int(NR * 0.99)] / 1000 }')
  rm -f "$out"/pgbench_log.*
  echo "baseline pgbench index look-up (-c$c -j$threads, ${duration}s): ${tps} transactions/s," \
    "p50 ${pg_p50}, p99 ${pg_p99}"
  echo "ratio look-ups/s HTTP to pgbench at -c$c: $(ratio "$http_rate" "$tps")"
done
sql -c "DROP TABLE bench_lookup"
echo
