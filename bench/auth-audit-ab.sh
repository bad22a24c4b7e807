#!/usr/bin/env bash
# Issue 17: an interleaved A/B of two builds of Vern on the database a `consent` run left filled
# (BENCH_DB, default vern_bench): GET decisions in alternating 5-second wrk runs at 1 and 8
# connections, so both builds see the same noise. Used to measure the read audit: A as built (the
# entry awaited), B a build with CONSENT_DECISION_READ queued and not awaited.
# Usage: bench/auth-audit-ab.sh A.jar B.jar
set -euo pipefail
a_jar=${1:?the build as is}; b_jar=${2:?the experiment}
cd "$(dirname "$0")/.."
export PGHOST=localhost PGPORT=5432 PGUSER=vern_bench PGPASSWORD=vern_bench PGDATABASE=${BENCH_DB:-vern_bench}
export SUBJECTS=1000000
export VERN_TOKEN="vern_$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 43)"
psql -qAtX -c "INSERT INTO access_api_token (id, name, token_hash, prefix, roles, expires_at, created_at, created_by, scope_all) VALUES (gen_random_uuid(), 'ab', sha256(convert_to('$VERN_TOKEN', 'UTF8')), 'vern_ab', ARRAY['ADMIN','INTEGRATOR','AUDITOR'], now() + interval '1 day', now(), 'system:bench', true)"
start() {
  VERN_PORT=$2 VERN_DATA_DIR="$(pwd)/bench/out/data" \
  VERN_DB_URL="jdbc:postgresql://localhost:5432/$PGDATABASE" VERN_DB_USER=vern_bench VERN_DB_PASSWORD=vern_bench \
  VERN_PUBLIC_RATE_LIMIT=100000000 VERN_INVENTORY=classpath:examples/debt-collection-group.yaml \
  java -Xmx1g -jar "$1" >/tmp/vern-ab-$2.log 2>&1 &
  echo $!
}
a=$(start "$a_jar" 18097); b=$(start "$b_jar" 18098)
trap 'kill $a $b 2>/dev/null; wait 2>/dev/null || true' EXIT
for p in 18097 18098; do for _ in $(seq 1 180); do curl -fs "http://localhost:$p/actuator/health" >/dev/null 2>&1 && break; sleep 1; done; done
for p in 18097 18098; do wrk -t2 -c8 -d15s -s bench/consent-get.lua "http://localhost:$p" >/dev/null; done
run() { wrk -t$(( $2 > 1 ? 2 : 1 )) -c$2 -d5s --latency -s bench/consent-get.lua "http://localhost:$1" | awk -v p=$1 -v c=$2 '/^Requests\/sec/ {r=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2} END {print p, "c=" c, r, p50, p99}'; }
for round in 1 2 3 4; do for c in 1 8; do run 18097 $c; run 18098 $c; done; done
