#!/usr/bin/env bash
# Cookie-consent log scenario: visitors' choices posted over HTTP (POST /public/cookies/consents,
# one choice per request, the way the banner posts) with wrk at 32 connections, next to pgbench
# inserting the same rows straight into PostgreSQL in the same run (one row per transaction, and 100
# rows per statement), as ratios. See bench/COOKIE.md.
#
# Needs: VERN_URL, VERN_TOKEN (an ADMIN API token), the libpq variables PGHOST, PGPORT, PGUSER,
# PGPASSWORD, PGDATABASE for Vern's database, and Vern started with a public rate limit high enough
# for the load (run.sh sets VERN_PUBLIC_RATE_LIMIT). Optional: DURATION (seconds per measurement,
# 20), CONNECTIONS (32), WARMUP (seconds, 90).
#
# The warm-up is long on purpose: a CPU profile of Vern under this load (bench/COOKIE.md) showed
# the JIT compiler taking 32-57 % of the JVM's CPU for the first minute of posts and under 4 % from
# the second minute on. A 20-second warm-up measured a JVM still compiling itself on two cores.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
duration=${DURATION:-20}
connections=${CONNECTIONS:-32}
warmup=${WARMUP:-90}
: "${VERN_URL:?}" "${VERN_TOKEN:?}" "${PGHOST:?}" "${PGDATABASE:?}"
sql() { psql -qAtX -v ON_ERROR_STOP=1 "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

echo "== cookie-consent log ($connections connections) =="

# 1. The example inventory, so the banner has its cookies, a notice version and hashes.
curl -fsS -o /dev/null -H "Authorization: Bearer $VERN_TOKEN" -X PUT \
  -H "Content-Type: application/yaml" \
  --data-binary @"$here/../src/main/resources/examples/debt-collection-group.yaml" \
  "$VERN_URL/api/v1/inventory"
config=$(curl -fsS "$VERN_URL/public/cookies/config?lang=nb")
export COOKIE_BANNER_VERSION=$(field bannerVersion <<<"$config")
export COOKIE_MATERIAL_HASH=$(field materialHash <<<"$config")
export COOKIE_TEXT_HASH=$(field textHash <<<"$config")

# 2. Proof the posts are stored: one choice, then its receipt.
id=$(curl -fsS -H "Content-Type: application/json" -d '{"method":"accept-all"}' \
  "$VERN_URL/public/cookies/consents" | field consentId)
curl -fsS -o /dev/null "$VERN_URL/public/cookies/consents/$id/receipt"
echo "check: choice $id stored and its receipt signed"

# 3. HTTP: warm-up, then the measurement.
before=$(sql -c "SELECT count(*) FROM cookie_consent")
wrk -t2 -c"$connections" -d"${warmup}s" -s "$here/cookie-post.lua" "$VERN_URL" >/dev/null
mid=$(sql -c "SELECT count(*) FROM cookie_consent")
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/cookie-post.lua" "$VERN_URL" \
  >/tmp/vern-bench-cookie.txt
after=$(sql -c "SELECT count(*) FROM cookie_consent")
wrk_rate() { awk '/^Requests\/sec/ {printf "%.0f", $2}' "$1"; }
wrk_pct() { awk -v p="$2" '$1 == p {print $2}' "$1"; }
wrk_bad() { awk '/Non-2xx or 3xx responses/ {print $5; f = 1} END {if (!f) print 0}' "$1"; }
http_rate=$(wrk_rate /tmp/vern-bench-cookie.txt)
echo "HTTP POST /public/cookies/consents, 1 choice per request (wrk -t2 -c$connections, ${duration}s):" \
  "$http_rate choices/s, p50 $(wrk_pct /tmp/vern-bench-cookie.txt 50%)," \
  "p99 $(wrk_pct /tmp/vern-bench-cookie.txt 99%), non-2xx $(wrk_bad /tmp/vern-bench-cookie.txt);" \
  "rows stored during the measurement: $((after - mid)) (warm-up: $((mid - before)))"

# 4. What the same HTTP stack answers with no database and no log: the banner's GPC statement, a
#    constant JSON answer through the same filters, security chain and Spring MVC. The ceiling any
#    endpoint of this server reaches on this machine, next to which the log's rate is read.
#    Its own short warm-up: its answer is written by code the posts do not run.
wrk -t2 -c"$connections" -d15s "$VERN_URL/.well-known/gpc.json" >/dev/null
wrk -t2 -c"$connections" -d"${duration}s" --latency "$VERN_URL/.well-known/gpc.json" \
  >/tmp/vern-bench-cookie-ceiling.txt
ceiling_rate=$(wrk_rate /tmp/vern-bench-cookie-ceiling.txt)
echo "HTTP GET /.well-known/gpc.json, constant answer, no database (wrk -t2 -c$connections, ${duration}s):" \
  "$ceiling_rate answers/s, p50 $(wrk_pct /tmp/vern-bench-cookie-ceiling.txt 50%)," \
  "p99 $(wrk_pct /tmp/vern-bench-cookie-ceiling.txt 99%)"

# 5. Baselines: the same rows inserted by pgbench, as many clients, in the same run.
pgbench_run() {
  pgbench -n -c "$connections" -j 2 -T "$duration" -D banner="$COOKIE_BANNER_VERSION" \
    -D material="$COOKIE_MATERIAL_HASH" -D text="$COOKIE_TEXT_HASH" -f "$1" 2>/dev/null
}
tps() { awk '/^tps = / {printf "%.0f", $3}'; }
latency() { awk '/^latency average/ {print $4 " " $5}'; }
out=$(pgbench_run "$here/cookie-baseline-one.sql")
one_tps=$(tps <<<"$out")
echo "pgbench one row per transaction, synchronous commit ($connections clients): $one_tps rows/s, latency average $(latency <<<"$out")"
out=$(pgbench_run "$here/cookie-baseline-batch.sql")
batch_tps=$(tps <<<"$out")
echo "pgbench 100 rows per statement ($connections clients): $((batch_tps * 100)) rows/s, latency average $(latency <<<"$out")"

# 6. Ratios. Target: at least 0.35 of the raw batched insert rate, p99 under 25 ms.
echo "ratio HTTP choices/s to one-row inserts/s:        $(ratio "$http_rate" "$one_tps")"
echo "ratio HTTP choices/s to 100-row batched inserts/s: $(ratio "$http_rate" "$((batch_tps * 100))")   (target >= 0.35)"
echo "ratio constant GET answers/s to 100-row batched inserts/s: $(ratio "$ceiling_rate" "$((batch_tps * 100))")"
echo "ratio HTTP choices/s to constant GET answers/s:  $(ratio "$http_rate" "$ceiling_rate")"
echo
