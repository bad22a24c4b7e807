#!/usr/bin/env bash
# Consent decisions scenario: 1,000,000 people with a consent state, decisions over HTTP (GET, one
# per request, and the batch POST, 100 per request) measured with wrk, next to pgbench doing the
# raw PostgreSQL look-ups of the same state in the same run, as ratios. See bench/CONSENT.md.
#
# Needs: VERN_URL, VERN_TOKEN (an ADMIN or INTEGRATOR API token), the libpq variables PGHOST,
# PGPORT, PGUSER, PGPASSWORD, PGDATABASE for Vern's database, python3, and Vern's key folder
# (VERN_DATA_DIR/keys, as run.sh starts it) to compute blind indexes with Vern's own key.
# Optional: SUBJECTS (1000000), DURATION (seconds per measurement, 20), CONNECTIONS (8), WARMUP
# (seconds, 40).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
subjects=${SUBJECTS:-1000000}
duration=${DURATION:-20}
connections=${CONNECTIONS:-8}
warmup=${WARMUP:-40}
keys=${VERN_KEY_DIR:-${VERN_DATA_DIR:-$here/out/data}/keys}
: "${VERN_URL:?}" "${VERN_TOKEN:?}" "${PGHOST:?}" "${PGDATABASE:?}"
export SUBJECTS=$subjects
sql() { psql -qAtX -v ON_ERROR_STOP=1 "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
now() { date +%s.%N; }
elapsed() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.1f", e - s }'; }
auth=(-H "Authorization: Bearer $VERN_TOKEN")

echo "== consent decisions ($subjects people) =="

# 1. The example inventory, so there is a published notice and the consent purpose 'newsletter'.
curl -fsS -o /dev/null "${auth[@]}" -X PUT -H "Content-Type: application/yaml" \
  --data-binary @"$here/../src/main/resources/examples/debt-collection-group.yaml" \
  "$VERN_URL/api/v1/inventory"
notice=$(sql -c "SELECT max(version) FROM privacy_notice")

# 2. The fill, with Vern's own blind-index key and current AEAD key id.
index_key=$(python3 "$here/tink-hmac-key.py" "$keys/subject/index-keyset.json")
aead_id=$(python3 "$here/tink-hmac-key.py" --primary-id "$keys/subject/aead-keyset.json")
if [ "$(sql -c "SELECT count(*) FROM consent_state WHERE subject_id = 'b0000000-0000-4000-8000-000000000001'")" = 0 ]; then
  start=$(now)
  sql -v count="$subjects" -v key="$index_key" -v aead="$aead_id" -v notice="$notice" \
    -f "$here/consent-fill.sql"
  echo "fill: $subjects subjects, identifiers, events and states in $(elapsed "$start" "$(now)") s (SQL generate_series)"
fi

# 3. Proof that the filled blind indexes are Vern's: it must find bench-1 (given) and bench-10
#    (withdrawn), and not a person never filled.
check() {
  curl -fsS "${auth[@]}" "$VERN_URL/api/v1/decisions?identifier=email:$1%40example.invalid&purpose=newsletter"
}
one=$(check bench-1); ten=$(check bench-10); none=$(check nobody-"$RANDOM")
case "$one|$ten|$none" in
  *consent-given*"|"*withdrawn*"|"*no-record*) echo "check: Vern finds the filled people ($one $ten $none)" ;;
  *) echo "check failed: $one | $ten | $none"; exit 1 ;;
esac

# 4. HTTP: a warm-up long enough for the JIT (the JVM sat idle during the fill), then GET one
#    decision per request and POST 100 per request with $connections connections, and both again
#    with a single connection: the latency of one decision without queueing behind others.
wrk -t2 -c"$connections" -d"${warmup}s" -s "$here/consent-get.lua" "$VERN_URL" >/dev/null
wrk -t2 -c"$connections" -d"$((warmup / 2))s" -s "$here/consent-batch.lua" "$VERN_URL/api/v1/decisions" >/dev/null
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/consent-get.lua" "$VERN_URL" \
  >/tmp/vern-bench-consent-get.txt
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/consent-batch.lua" \
  "$VERN_URL/api/v1/decisions" >/tmp/vern-bench-consent-batch.txt
wrk -t1 -c1 -d"$((duration / 2))s" --latency -s "$here/consent-get.lua" "$VERN_URL" \
  >/tmp/vern-bench-consent-get1.txt
wrk -t1 -c1 -d"$((duration / 2))s" --latency -s "$here/consent-batch.lua" \
  "$VERN_URL/api/v1/decisions" >/tmp/vern-bench-consent-batch1.txt
wrk_rate() { awk '/^Requests\/sec/ {printf "%.0f", $2}' "$1"; }
wrk_pct() { awk -v p="$2" '$1 == p {print $2}' "$1"; }
wrk_bad() { awk '/Non-2xx or 3xx responses/ {print $5; f = 1} END {if (!f) print 0}' "$1"; }
get_rate=$(wrk_rate /tmp/vern-bench-consent-get.txt)
batch_requests=$(wrk_rate /tmp/vern-bench-consent-batch.txt)
batch_rate=$((batch_requests * 100))
echo "HTTP GET /api/v1/decisions, 1 per request (wrk -t2 -c$connections, ${duration}s):" \
  "$get_rate decisions/s, p50 $(wrk_pct /tmp/vern-bench-consent-get.txt 50%)," \
  "p99 $(wrk_pct /tmp/vern-bench-consent-get.txt 99%), non-2xx $(wrk_bad /tmp/vern-bench-consent-get.txt)"
echo "HTTP POST /api/v1/decisions, 100 per request (wrk -t2 -c$connections, ${duration}s):" \
  "$batch_requests requests/s = $batch_rate decisions/s, per request p50" \
  "$(wrk_pct /tmp/vern-bench-consent-batch.txt 50%), p99 $(wrk_pct /tmp/vern-bench-consent-batch.txt 99%)," \
  "non-2xx $(wrk_bad /tmp/vern-bench-consent-batch.txt)"
echo "one connection: GET p50 $(wrk_pct /tmp/vern-bench-consent-get1.txt 50%), p99" \
  "$(wrk_pct /tmp/vern-bench-consent-get1.txt 99%) ($(wrk_rate /tmp/vern-bench-consent-get1.txt)/s);" \
  "POST of 100 p50 $(wrk_pct /tmp/vern-bench-consent-batch1.txt 50%), p99" \
  "$(wrk_pct /tmp/vern-bench-consent-batch1.txt 99%) ($(wrk_rate /tmp/vern-bench-consent-batch1.txt)/s)"

# 5. Baselines: the same look-ups straight from PostgreSQL, as many clients.
pgbench_run() {
  pgbench -n -c "$connections" -j 2 -T "$duration" -D subjects="$subjects" -D key="$index_key" \
    -f "$1" 2>/dev/null
}
tps() { awk '/^tps = / {printf "%.0f", $3}'; }
latency() { awk '/^latency average/ {print $4 " " $5}'; }
out=$(pgbench_run "$here/consent-baseline-state.sql")
state_tps=$(tps <<<"$out")
echo "pgbench state by primary key ($connections clients): $state_tps look-ups/s, latency average $(latency <<<"$out")"
out=$(pgbench_run "$here/consent-baseline-path.sql")
path_tps=$(tps <<<"$out")
echo "pgbench blind index (HMAC in SQL) + state in one statement: $path_tps look-ups/s, latency average $(latency <<<"$out")"
out=$(pgbench_run "$here/consent-baseline-batch.sql")
batch_tps=$(tps <<<"$out")
echo "pgbench 100 states per statement: $((batch_tps * 100)) look-ups/s, latency average $(latency <<<"$out")"

# 6. Ratios. Target: p99 under 5 ms and at least a third of the raw look-up rate.
echo "ratio GET decisions/s to state look-ups/s:        $(ratio "$get_rate" "$state_tps")   (target >= 0.33)"
echo "ratio batch decisions/s to state look-ups/s:      $(ratio "$batch_rate" "$state_tps")   (target >= 0.33)"
echo "ratio GET decisions/s to blind index + state:     $(ratio "$get_rate" "$path_tps")"
echo "ratio batch decisions/s to 100-per-statement:     $(ratio "$batch_rate" "$((batch_tps * 100))")"
echo
