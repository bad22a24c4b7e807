#!/usr/bin/env bash
# Issue 17: two Vern instances on one database behind nginx, against one instance alone, in the
# same run. Run after `consent` (it uses the people consent.sh filled):
#   bench/run.sh consent two-instances
# Starts a second instance of the same jar on the next port (same database, same key files), and
# nginx (round robin, keep-alive to both) on the port after; measures GET /api/v1/decisions with
# wrk at 8 connections against each instance directly and through the balancer. On a 2-core
# machine two instances share the cores with PostgreSQL and wrk, so the figure to read is that the
# balanced pair is not slower (docs/architecture.md, "Several instances").
#
# Needs: VERN_URL, VERN_PORT, VERN_TOKEN, VERN_JAR and the PG* variables (run.sh exports them), nginx
# (installed here if missing). Optional: DURATION (20 s per figure), WARMUP (40 s for the second).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
duration=${DURATION:-20}
: "${VERN_URL:?}" "${VERN_PORT:?}" "${VERN_TOKEN:?}" "${VERN_JAR:?}" "${PGHOST:?}" "${PGDATABASE:?}"
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }
wrk_rate() { awk '/^Requests\/sec/ {printf "%.0f", $2}' "$1"; }
wrk_pct() { awk -v p="$2" '$1 == p {print $2}' "$1"; }
wrk_bad() { awk '/Non-2xx or 3xx responses/ {print $5; f = 1} END {if (!f) print 0}' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
out=/tmp/vern-bench-two-instances
rm -rf "$out" && mkdir -p "$out/nginx"
second_port=$((VERN_PORT + 1))
balancer_port=$((VERN_PORT + 2))
proxied_port=$((VERN_PORT + 3))

echo "== two instances behind nginx (issue 17) =="
VERN_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE" VERN_DB_USER="$PGUSER" VERN_DB_PASSWORD="$PGPASSWORD" \
  VERN_DATA_DIR="$out/data" VERN_KEY_DIR="$here/out/data/keys" VERN_PORT="$second_port" \
  VERN_PUBLIC_RATE_LIMIT=100000000 \
  VERN_INVENTORY="${VERN_INVENTORY:-classpath:examples/debt-collection-group.yaml}" \
  java -Xmx2g -jar "$VERN_JAR" >"$out/second.log" 2>&1 &
second=$!
cat >"$out/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $out/nginx/nginx.pid;
error_log $out/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $out/nginx/body;
  proxy_temp_path $out/nginx/proxy;
  fastcgi_temp_path $out/nginx/fastcgi;
  uwsgi_temp_path $out/nginx/uwsgi;
  scgi_temp_path $out/nginx/scgi;
  upstream vern { server 127.0.0.1:$VERN_PORT; server 127.0.0.1:$second_port; keepalive 32; }
  upstream first { server 127.0.0.1:$VERN_PORT; keepalive 32; }
  server {
    listen 127.0.0.1:$balancer_port;
    location / {
      proxy_pass http://vern;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
    }
  }
  # The first instance alone behind the same nginx: what the proxy hop itself costs.
  server {
    listen 127.0.0.1:$proxied_port;
    location / {
      proxy_pass http://first;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
    }
  }
}
CONF
nginx -p "$out/nginx" -c "$out/nginx/nginx.conf" &
balancer=$!
trap 'kill $balancer $second 2>/dev/null; wait $second 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$second_port/actuator/health" >/dev/null 2>&1 && break
  kill -0 $second 2>/dev/null || { echo "two-instances: the second instance did not start; see $out/second.log"; exit 1; }
  sleep 1
done

balanced="http://localhost:$balancer_port"
# Warm both instances through the balancer, then each directly. The first has already served the
# consent scenario; the second, just started, gets as long a run of its own (WARMUP, 40 s, as
# consent.sh's), or its JIT is still compiling while it is measured (a run with 10 s measured it at
# half the first's rate).
warmup=${WARMUP:-40}
wrk -t2 -c8 -d20s -s "$here/consent-get.lua" "$balanced" >/dev/null
wrk -t2 -c8 -d"${warmup}s" -s "$here/consent-get.lua" "http://localhost:$second_port" >/dev/null
wrk -t2 -c8 -d10s -s "$here/consent-get.lua" "$VERN_URL" >/dev/null
measure() { # label url file
  wrk -t2 -c8 -d"${duration}s" --latency -s "$here/consent-get.lua" "$2" >"$3"
  printf '%-40s %6s req/s  p50 %-8s p99 %-8s non-2xx %s\n' "$1" "$(wrk_rate "$3")" \
    "$(wrk_pct "$3" 50%)" "$(wrk_pct "$3" 99%)" "$(wrk_bad "$3")"
}
measure "GET /api/v1/decisions, one instance" "$VERN_URL" "$out/one.txt"
measure "GET /api/v1/decisions, the second alone" "http://localhost:$second_port" "$out/second.txt"
measure "GET /api/v1/decisions, one behind nginx" "http://localhost:$proxied_port" "$out/proxied.txt"
measure "GET /api/v1/decisions, two behind nginx" "$balanced" "$out/two.txt"
# The first again: how much the machine drifted between the first and the last figure.
measure "GET /api/v1/decisions, one instance again" "$VERN_URL" "$out/one-again.txt"
echo "ratio two behind nginx / one instance: $(ratio "$(wrk_rate "$out/two.txt")" "$(wrk_rate "$out/one.txt")") (target: not below about 1)"
echo "ratio two behind nginx / one behind nginx: $(ratio "$(wrk_rate "$out/two.txt")" "$(wrk_rate "$out/proxied.txt")") (the second instance, the proxy hop aside)"
echo "load average: $(uptime | sed 's/.*load average: //')"
echo
