#!/usr/bin/env bash
# Issue 17: the authenticated API request path. Run after `consent` in the same run (it uses the
# people consent.sh filled): `bench/run.sh consent auth-path`. Measures, with wrk at 1 and 8
# connections, a public page (no token), the authenticated floor (a trivial authenticated GET that
# touches no table: the inventory's JSON schema) and GET /api/v1/decisions, next to pgbench's raw
# state look-up at the same concurrency; then profiles GET /api/v1/decisions under load with JFR
# and prints the hottest methods. See bench/README.md, "Issue 17".
#
# Needs: VERN_URL, VERN_PORT, VERN_TOKEN, the PG* variables (run.sh exports them), Vern started
# by run.sh (the profile attaches to the process listening on VERN_PORT with jcmd).
# Optional: DURATION (10 s per figure), PROFILE (20 s), JFR_TOOL (a JDK 25 `jfr` for `view`).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
duration=${DURATION:-10}
profile=${PROFILE:-20}
subjects=${SUBJECTS:-1000000}
export SUBJECTS=$subjects
jfr_tool=${JFR_TOOL:-$(ls /usr/lib/jvm/*25*/bin/jfr 2>/dev/null | head -1)}
: "${VERN_URL:?}" "${VERN_PORT:?}" "${VERN_TOKEN:?}" "${PGHOST:?}" "${PGDATABASE:?}"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
wrk_rate() { awk '/^Requests\/sec/ {printf "%.0f", $2}' "$1"; }
wrk_pct() { awk -v p="$2" '$1 == p {print $2}' "$1"; }
wrk_bad() { awk '/Non-2xx or 3xx responses/ {print $5; f = 1} END {if (!f) print 0}' "$1"; }
out=/tmp/vern-bench-auth-path
mkdir -p "$out"

echo "== the authenticated request path (issue 17) =="
cat >"$out/floor.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $VERN_TOKEN"
LUA

# measure <key> <label> <connections> <url> [script]
measure() {
  local key=$1 label=$2 c=$3 url=$4 script=${5:-}
  local t=$((c > 1 ? 2 : 1)) f="$out/$1-$3.txt"
  wrk -t"$t" -c"$c" -d"${duration}s" --latency ${script:+-s "$script"} "$url" >"$f"
  printf '%-44s c=%s  %6s req/s  p50 %-8s p99 %-8s non-2xx %s\n' "$label" "$c" \
    "$(wrk_rate "$f")" "$(wrk_pct "$f" 50%)" "$(wrk_pct "$f" 99%)" "$(wrk_bad "$f")"
}

# Warm every path first (the JIT), then measure.
wrk -t2 -c8 -d10s "$VERN_URL/privacy" >/dev/null
wrk -t2 -c8 -d10s -s "$out/floor.lua" "$VERN_URL/api/v1/inventory/schema" >/dev/null
wrk -t2 -c8 -d20s -s "$here/consent-get.lua" "$VERN_URL" >/dev/null
for c in 1 8; do
  measure public "public GET /privacy" "$c" "$VERN_URL/privacy"
  measure floor "authenticated GET /api/v1/inventory/schema" "$c" \
    "$VERN_URL/api/v1/inventory/schema" "$out/floor.lua"
  measure decision "GET /api/v1/decisions" "$c" "$VERN_URL" "$here/consent-get.lua"
done

index_key=$(python3 "$here/tink-hmac-key.py" "${VERN_KEY_DIR:-${VERN_DATA_DIR:-$here/out/data}/keys}/subject/index-keyset.json")
for c in 1 8; do
  tps=$(pgbench -n -c "$c" -j $((c > 1 ? 2 : 1)) -T "$duration" -D subjects="$subjects" \
    -D key="$index_key" -f "$here/consent-baseline-state.sql" 2>/dev/null |
    awk '/^tps = / {printf "%.0f", $3}')
  echo "pgbench state by primary key, $c client(s): $tps look-ups/s;" \
    "GET decisions / pgbench = $(ratio "$(wrk_rate "$out/decision-$c.txt")" "$tps")"
done

# The profile: JFR (settings=profile) on Vern's process during GET decisions at 8 connections.
pid=$(ss -ltnpH "sport = :$VERN_PORT" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
if [ -n "$pid" ] && command -v jcmd >/dev/null; then
  rm -f "$out/get.jfr"
  jcmd "$pid" JFR.start name=issue17 settings=profile duration="${profile}s" \
    filename="$out/get.jfr" >/dev/null
  wrk -t2 -c8 -d"${profile}s" -s "$here/consent-get.lua" "$VERN_URL" >/dev/null
  sleep 3
  if [ -n "$jfr_tool" ] && [ -f "$out/get.jfr" ]; then
    echo "JFR hot methods, GET /api/v1/decisions at 8 connections (${profile}s; $out/get.jfr):"
    "$jfr_tool" view --width 160 hot-methods "$out/get.jfr" | sed -n '1,30p'
  fi
else
  echo "profile skipped: no process listening on $VERN_PORT, or no jcmd"
fi
echo
