#!/usr/bin/env bash
# Audit trail scenario: durable appends through the API and chain verification, each next to the
# raw PostgreSQL baseline of the same work measured in the same run, as a ratio.
#
# Needs: VERN_URL, VERN_TOKEN (an ADMIN or INTEGRATOR API token), VERN_JAR, a JDK (javac), the libpq
# variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE for the database Vern uses.
# Optional: DURATION (seconds per measurement, 20), VERIFY_ENTRIES (500000), VERN_DATA_DIR (where
# Vern keeps its keys, so the command line can check purge checkpoints).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
duration=${DURATION:-20}
verify_entries=${VERIFY_ENTRIES:-500000}
: "${VERN_URL:?}" "${VERN_TOKEN:?}" "${PGHOST:?}" "${PGDATABASE:?}"
jar=${VERN_JAR:-$here/../target/vern.jar}
sql() { psql -qAtX -v ON_ERROR_STOP=1 "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
now() { date +%s.%N; }
elapsed() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.3f", e - s }'; }
per_second() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }

echo "== audit trail =="

# 1a. The writers themselves, from a separate process: bench/AuditBench.java, compiled against
#     the jar's classes (extracted with Spring Boot's jar tools; the tool is not in the jar) and
#     run through the same AuditTrail the service uses. 32 threads, each appending one entry after
#     another: "chain" recordDurably outside a transaction (the group commit, the figure the
#     target is about); "transaction" one transaction per entry with record inside it, as an
#     action does; "transaction-durably" the same with recordDurably (back once on the chain).
vern_env() {
  env VERN_DB_URL="jdbc:postgresql://${PGHOST}:${PGPORT:-5432}/${PGDATABASE}" \
    VERN_DB_USER="${PGUSER:-}" VERN_DB_PASSWORD="${PGPASSWORD:-}" \
    VERN_DATA_DIR="${VERN_DATA_DIR:-$here/out/data}" "$@"
}
vern_cli() { vern_env java -Xmx1g -jar "$jar" "$@"; }
tool="$here/out/audit-bench"
rm -rf "$tool" && mkdir -p "$tool/classes"
java -Djarmode=tools -jar "$jar" extract --destination "$tool/vern" >/dev/null
javac -nowarn -d "$tool/classes" -cp "$tool/vern/vern.jar" "$here/AuditBench.java"
bench_out=$(vern_env java -Xmx1g -cp "$tool/classes:$tool/vern/vern.jar" AuditBench \
  --synthetic-entries-ok --writers=32 --seconds="$duration" \
  2>/tmp/vern-bench-audit-cli.err | grep -E '^audit bench' || true)
rate_of() { sed -nE "s/^audit bench $1: .* ([0-9]+) appends\/second.*/\1/p" <<<"$bench_out"; }
writer_rate=$(rate_of chain)
tx_rate=$(rate_of transaction)
tx_durable_rate=$(rate_of transaction-durably)
echo "writers (bench/AuditBench.java, 32 threads, ${duration}s each):"
echo "${bench_out:-  failed, see /tmp/vern-bench-audit-cli.err}" | sed 's/^/  /'

# 1b. Durable appends through the HTTP API, after a warm-up so the JIT has compiled the path.
#     Every call also records its own token use, so entries are counted in the database (max id
#     before and after), not from HTTP answers.
wrk -t2 -c32 -d5s -s "$here/audit-post.lua" "$VERN_URL/api/v1/audit/events" >/dev/null
first=$(sql -c "SELECT coalesce(max(id), 0) FROM audit_entry")
start=$(now)
wrk -t2 -c32 -d"${duration}s" --latency -s "$here/audit-post.lua" "$VERN_URL/api/v1/audit/events" \
  >/tmp/vern-bench-audit-wrk.txt
end=$(now)
last=$(sql -c "SELECT coalesce(max(id), 0) FROM audit_entry")
seconds=$(elapsed "$start" "$end")
http_rate=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' /tmp/vern-bench-audit-wrk.txt)
bad=$(awk '/Non-2xx or 3xx responses/ {print $5}' /tmp/vern-bench-audit-wrk.txt)
p50=$(awk '$1 == "50%" {print $2}' /tmp/vern-bench-audit-wrk.txt)
p99=$(awk '$1 == "99%" {print $2}' /tmp/vern-bench-audit-wrk.txt)
entry_rate=$(per_second $((last - first)) "$seconds")
echo "HTTP API (wrk -t2 -c32, ${duration}s): ${http_rate} requests/s, ${entry_rate} entries/s" \
  "($((last - first)) entries), p50 ${p50:-?}, p99 ${p99:-?}, non-2xx ${bad:-0}"

# 2. Baselines: the same rows into a same-shaped table without trigger or chain, 32 clients.
sql -f "$here/audit-baseline-setup.sql"
pgbench_tps() {
  pgbench -n -c 32 -j 2 -T "$duration" -f "$1" 2>/dev/null | awk '/^tps = / {printf "%.0f", $3}'
}
one_tps=$(pgbench_tps "$here/audit-baseline-one.sql")
batch_tps=$(pgbench_tps "$here/audit-baseline-batch.sql")
one_rows=$one_tps
batch_rows=$((batch_tps * 100))
sql -c "DROP TABLE bench_audit_entry; DROP SEQUENCE bench_audit_entry_id"
echo "pgbench baseline, 1 row per transaction:    ${one_rows} rows/s"
echo "pgbench baseline, 100 rows per transaction: ${batch_rows} rows/s"

# 3. Ratios.
echo "ratio writers to 1-row baseline:            $(ratio "${writer_rate:-0}" "$one_rows")   (target >= 1)"
echo "ratio in-transaction to 1-row baseline:     $(ratio "${tx_rate:-0}" "$one_rows")"
echo "ratio in-transaction, durably, to 1-row:    $(ratio "${tx_durable_rate:-0}" "$one_rows")"
echo "ratio writers to 100-row baseline:          $(ratio "${writer_rate:-0}" "$batch_rows")"
echo "ratio HTTP API entries/s to 1-row baseline: $(ratio "$entry_rate" "$one_rows")"

# 4. Verification: top the trail up with valid chain entries, then verify with the command line
#    and compare with the raw cost of reading the same rows out of PostgreSQL.
while [ "$(sql -c "SELECT count(*) FROM audit_entry")" -lt "$verify_entries" ]; do
  sql -v target="$verify_entries" -f "$here/audit-fill.sql" >/dev/null
done
rows=$(sql -c "SELECT count(*) FROM audit_entry")
start=$(now)
verify_out=$(vern_cli audit verify 2>/tmp/vern-bench-audit-verify.err) && status=0 || status=$?
end=$(now)
line=$(grep -E '^audit trail' <<<"$verify_out" || true)
verify_rate=$(sed -nE 's/.* ([0-9]+) entries\/second.*/\1/p' <<<"$line")
echo "verify (java -jar vern.jar audit verify): exit ${status}, ${line:-no result line}" \
  "(wall time with JVM start $(elapsed "$start" "$end") s)"
start=$(now)
sql -c "\\copy (SELECT * FROM audit_entry) TO '/dev/null'"
end=$(now)
copy_rate=$(per_second "$rows" "$(elapsed "$start" "$end")")
echo "baseline \\copy audit_entry to /dev/null: ${copy_rate} rows/s (${rows} rows)"
echo "ratio verification to copy: $(ratio "${verify_rate:-0}" "$copy_rate")   (target: verification >= 200000 entries/s)"
echo
