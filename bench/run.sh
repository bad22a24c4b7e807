#!/usr/bin/env bash
# Vern's benchmark runner. Starts Debian's PostgreSQL server (installing it if needed), builds
# and starts Vern on it, then runs each scenario in bench/scenarios.d order. Every scenario
# drives load from a separate process and prints its figures next to the raw PostgreSQL
# baseline of the same operation, measured in the same run, as a ratio.
#
# Usage: bench/run.sh [scenario ...]     (default: all scenarios)
# Results are printed and written to bench/out/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/out"
mkdir -p "$out"

export DEBIAN_FRONTEND=noninteractive
need=()
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
command -v pgbench >/dev/null || need+=(postgresql-contrib)
command -v wrk >/dev/null || need+=(wrk)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
pg_ctlcluster $cluster start 2>/dev/null || true
port=$(pg_lsclusters -h | awk -v v="${cluster% *}" '$1==v {print $3; exit}')

# A fresh database per run, so figures never depend on what an earlier run left. BENCH_DB names
# another one when a colleague's run holds vern_bench on a shared machine.
db=${BENCH_DB:-vern_bench}
su postgres -c "psql -q -p $port -c 'DROP DATABASE IF EXISTS $db'"
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_roles WHERE rolname='vern_bench'\" | grep -q 1 \
  || psql -q -p $port -c \"CREATE ROLE vern_bench LOGIN PASSWORD 'vern_bench'\""
su postgres -c "psql -q -p $port -c 'CREATE DATABASE $db OWNER vern_bench'"

export PGHOST=localhost PGPORT=$port PGUSER=vern_bench PGPASSWORD=vern_bench PGDATABASE=$db
export VERN_PORT=${VERN_PORT:-18080}
export VERN_URL="http://localhost:$VERN_PORT"
export VERN_TOKEN="vern_bench_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
export VERN_JAR="$root/target/vern.jar"

if [ ! -f "$VERN_JAR" ] || [ -n "$(find src pom.xml -newer "$VERN_JAR" -print -quit)" ]; then
  echo "bench: building target/vern.jar"
  ./mvnw -q -B -DskipTests package
fi

rm -rf "$out/data"
echo "bench: starting Vern on PostgreSQL port $port"
VERN_DB_URL="jdbc:postgresql://localhost:$port/$db" VERN_DB_USER=vern_bench VERN_DB_PASSWORD=vern_bench \
  VERN_DATA_DIR="$out/data" VERN_BOOTSTRAP_TOKEN="$VERN_TOKEN" VERN_ADMIN_PASSWORD="bench-admin-password-1234" \
  VERN_PUBLIC_RATE_LIMIT=100000000 \
  VERN_INVENTORY="${VERN_INVENTORY:-classpath:examples/debt-collection-group.yaml}" \
  java -Xmx2g -jar "$VERN_JAR" >"$out/vern.log" 2>&1 &
vern_pid=$!
trap 'kill $vern_pid 2>/dev/null; wait $vern_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$VERN_URL/actuator/health" >/dev/null 2>&1 && break
  kill -0 $vern_pid 2>/dev/null || { echo "bench: Vern did not start; see bench/out/vern.log"; exit 1; }
  sleep 1
done

{
  echo "Vern benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, PostgreSQL $(psql -tAc 'SHOW server_version')"
  echo "Vern and the load generators share this machine; read the ratios, not the absolute numbers."
  echo
} | tee "$out/results.txt"

scenarios=("$@")
[ ${#scenarios[@]} -gt 0 ] || scenarios=(audit intake consent dsr dsr-timing fuzz)
for scenario in "${scenarios[@]}"; do
  bash "$root/bench/$scenario.sh" | tee -a "$out/results.txt"
done
