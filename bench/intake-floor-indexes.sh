#!/usr/bin/env bash
# Issue 17, item 4: which indexes make the import's floor. Times the floor (intake-floor-setup.sql
# and intake-floor-insert.sql: the rows of an import in tables of Vern's shape, no Vern) with all of
# Vern's indexes and foreign keys, and again with named indexes left out, interleaved over ROUNDS so
# that a machine's drift falls on every variant alike. Needs a database migrated by Vern (PG*
# variables, as bench/run.sh exports them, or psql's defaults).
#
#   PGDATABASE=vern_bench ROWS=1000000 ROUNDS=3 bench/intake-floor-indexes.sh
#   VARIANTS="all;personal_data_record_activity" bench/intake-floor-indexes.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ROWS=${ROWS:-300000}
ROUNDS=${ROUNDS:-3}
# Variants separated by ';', each a space-separated list of public index names to leave out
# ("all" leaves out none).
VARIANTS=${VARIANTS:-"all;personal_data_record_activity;personal_data_record_activity personal_data_record_key subject_identifier_key"}

sql() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# Drops from bench_floor the copies of the named public indexes (same definition, other name).
leave_out() {
  for name in "$@"; do
    [ "$name" = all ] && continue
    sql -At <<SQL
DO \$\$
DECLARE wanted text; copy text;
BEGIN
  SELECT regexp_replace(indexdef, '^CREATE (UNIQUE )?INDEX \S+ ON \S+', '') INTO wanted
    FROM pg_indexes WHERE schemaname = 'public' AND indexname = '$name';
  SELECT indexname INTO copy FROM pg_indexes WHERE schemaname = 'bench_floor'
    AND regexp_replace(indexdef, '^CREATE (UNIQUE )?INDEX \S+ ON \S+', '') = wanted;
  IF copy IS NULL THEN RAISE EXCEPTION 'no copy of index %', '$name'; END IF;
  EXECUTE format('DROP INDEX bench_floor.%I', copy);
END \$\$;
SQL
  done
}

floor() { # index names to leave out -> seconds
  sql -v rows="$ROWS" -v fks=true -f "$here/intake-floor-setup.sql" >/dev/null
  # shellcheck disable=SC2086
  leave_out $1
  sql -c CHECKPOINT >/dev/null
  local t0 t1
  t0=$(date +%s.%N)
  sql -f "$here/intake-floor-insert.sql" >/dev/null
  t1=$(date +%s.%N)
  sql -c "DROP SCHEMA bench_floor CASCADE" >/dev/null
  echo "$t1 - $t0" | bc
}

echo "rows: $ROWS  rounds: $ROUNDS  load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
IFS=';' read -r -a variants <<<"$VARIANTS"
declare -A total
for round in $(seq 1 "$ROUNDS"); do
  for v in "${variants[@]}"; do
    s=$(floor "$v")
    total[$v]=$(echo "${total[$v]:-0} + $s" | bc)
    printf 'round %s  %-90s %8.2f s\n' "$round" "without: $v" "$s"
  done
done
base=$(echo "${total[all]} / $ROUNDS" | bc -l)
for v in "${variants[@]}"; do
  mean=$(echo "${total[$v]} / $ROUNDS" | bc -l)
  printf 'mean  %-90s %8.2f s  %5.3f of all indexes\n' "without: $v" "$mean" "$(echo "$mean / $base" | bc -l)"
done
