#!/usr/bin/env bash
# Retention scenario: a sweep of the due records among many, through POST /api/v1/retention/sweeps
# (batches of one transaction each, identifiers of people left without records, counts, a signed
# certificate), next to a raw set-based DELETE of the same rows in plain SQL in the same run, as a
# ratio; and the forecast's latency over the same records. See bench/RETENTION.md.
#
# Needs: VERN_URL, VERN_TOKEN (an ADMIN token) and the libpq variables for Vern's database
# (run.sh exports them). Optional: RECORDS (10000000; a tenth of them are due), FORECASTS (100).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
records=${RECORDS:-10000000}
forecasts=${FORECASTS:-100}
: "${VERN_URL:?}" "${VERN_TOKEN:?}" "${PGHOST:?}" "${PGDATABASE:?}"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
sql() { psql -qAtX -v ON_ERROR_STOP=1 "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
now() { date +%s.%N; }
elapsed() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.2f", e - s }'; }
per_second() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
auth=(-H "Authorization: Bearer $VERN_TOKEN")
due=$((records / 10))
# Vern's current AEAD key id on the synthetic rows, so the re-encryption task leaves them alone.
keys=${VERN_KEY_DIR:-${VERN_DATA_DIR:-$here/out/data}/keys}
aead=$(python3 "$here/tink-hmac-key.py" --primary-id "$keys/subject/aead-keyset.json")

echo "== retention ($due due among $records records) =="
start=$(now)
sql -v records="$records" -v aead="$aead" -f "$here/retention-fill.sql"
echo "fill: $records records, $((records / 10)) subjects in $(elapsed "$start" "$(now)") s (SQL generate_series)"

forecast_p() { # label -> p50 and p95 of $forecasts sequential forecasts for 28 days
  # One request first, printed but not counted: the first after a start or a sweep pays for the
  # JIT and for cold pages, and with 20 requests two such outliers would be the p95.
  first=$(curl -fsS -o /dev/null -w '%{time_total}' "${auth[@]}" "$VERN_URL/api/v1/retention/forecast?days=28")
  awk -v t="$first" -v label="$1" 'BEGIN { printf "forecast %s: first request %.0f ms (not counted)\n", label, 1000 * t }'
  for _ in $(seq 1 "$forecasts"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' "${auth[@]}" "$VERN_URL/api/v1/retention/forecast?days=28"
  done | sort -n | awk -v label="$1" '{ t[NR] = $1 } END {
    printf "forecast %s, 28 days, %d requests: p50 %.0f ms, p95 %.0f ms\n", label, NR,
      1000 * t[int(NR * 0.5)], 1000 * t[int(NR * 0.95)] }'
}
forecast_p "with $due overdue"
left=$(curl -fsS "${auth[@]}" "$VERN_URL/api/v1/retention/forecast?days=0" | grep -o '"processed":[0-9]*' | cut -d: -f2 | awk '{ s += $1 } END { print s + 0 }')
echo "due now by the forecast: $left"

# The raw baseline first, on the very rows and layout the sweep then takes (every tenth row of the
# table): one DELETE in a transaction that is rolled back, then VACUUM so the sweep meets the rows
# as they were. (Deleting for real and filling the rows in again would pack them at the end of
# the table, a layout the sweep never sees.)
start=$(now)
raw=$(sql -c "BEGIN" -c "WITH gone AS (DELETE FROM personal_data_record WHERE activity = 'enquiries'
                AND last_contact_at < timestamptz '2020-01-16' RETURNING 1) SELECT count(*) FROM gone" -c "ROLLBACK")
raw_s=$(elapsed "$start" "$(now)")
raw_rate=$(per_second "$raw" "$raw_s")
echo "raw: DELETE of the same $raw rows in one statement (rolled back): $raw_s s = $raw_rate records/s"
sql -c "VACUUM ANALYZE personal_data_record"

start=$(now)
answer=$(curl -fsS "${auth[@]}" -X POST "$VERN_URL/api/v1/retention/sweeps")
sweep_s=$(elapsed "$start" "$(now)")
processed=$(grep -o '"processed":[0-9]*' <<<"$answer" | cut -d: -f2 | awk '{ s += $1 } END { print s + 0 }')
verified=$(grep -o '"verified":[a-z]*' <<<"$answer")
sweep_rate=$(per_second "$processed" "$sweep_s")
echo "sweep (POST /api/v1/retention/sweeps): $processed records in $sweep_s s = $sweep_rate records/s, $verified"
forecast_p "after the sweep"
# The erased rows' pages are no longer all-visible until VACUUM, so the forecast's index-only
# counts visit the table for them; autovacuum does this in time (the steady state of a daily sweep).
start=$(now)
sql -c "VACUUM ANALYZE personal_data_record"
echo "VACUUM ANALYZE personal_data_record after the sweep: $(elapsed "$start" "$(now)") s"
forecast_p "after the sweep and VACUUM"

echo "load average: $(uptime | sed 's/.*load average: //')"
echo "ratio sweep/raw: $(ratio "$sweep_rate" "$raw_rate") (target >= 0.5)"
echo
