#!/usr/bin/env bash
# Start-up and memory (issue 17, item 5): with the embedded database already initialised, how long
# until /actuator/health answers UP, and how much memory the Vern JVM holds resident after start.
# The first start (extract PostgreSQL, initdb, migrations, example inventory) is made once and not
# counted. Raw baseline in the same run: the embedded PostgreSQL's own start (pg_ctl start to
# accepting connections) on the same data directory.
#
#   bench/startup.sh                      # RUNS=5 starts of target/vern.jar
#   JAVA_OPTS="-XX:+UseSerialGC" bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/vern.jar}
RUNS=${RUNS:-5}
PORT=${VERN_PORT:-18099}
SETTLE=${SETTLE:-5}
DIR=${BENCH_DIR:-$(mktemp -d /tmp/vern-startup.XXXXXX)}
JAVA_OPTS=${JAVA_OPTS:-}

now_ms() { date +%s%3N; }

start() { # $1 log file; prints the JVM's pid
  # shellcheck disable=SC2086
  VERN_PORT=$PORT VERN_DATA_DIR=$DIR/data setsid java $JAVA_OPTS -jar "$JAR" >"$1" 2>&1 &
  echo $!
}

healthy() {
  curl -fsS "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'
}

stop() { # $1 pid
  kill "$1" 2>/dev/null || true
  while kill -0 "$1" 2>/dev/null; do sleep 0.1; done
}

kb() { awk -v k="$2" '$1 == k":" {print $2}' "/proc/$1/status"; }

echo "jar: $JAR  runs: $RUNS  JAVA_OPTS: ${JAVA_OPTS:-(none)}  data: $DIR/data"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
pid=$(start "$DIR/first.log")
t0=$(now_ms)
until healthy; do sleep 0.2; done
echo "first start (initialises the embedded database, not counted): $(( $(now_ms) - t0 )) ms"
stop "$pid"

printf '%-4s %10s %12s %12s %12s %14s\n' run healthy_ms started_ms rss_mb heap_used_mb pg_rss_mb
for run in $(seq 1 "$RUNS"); do
  log="$DIR/run$run.log"
  t0=$(now_ms)
  pid=$(start "$log")
  until healthy; do sleep 0.05; done
  up=$(( $(now_ms) - t0 ))
  sleep "$SETTLE"
  rss=$(( $(kb "$pid" VmRSS) / 1024 ))
  heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|tenured/ {for (i=1;i<=NF;i++) if ($i=="used") {gsub(/K,?/,"",$(i+1)); s+=$(i+1)}} END {print int(s/1024)}')
  pg=0
  for p in $(pgrep -f "$DIR/data" || true); do
    [ "$p" = "$pid" ] && continue
    pg=$(( pg + $(kb "$p" VmRSS 2>/dev/null || echo 0) ))
  done
  started=$(grep -o 'Started VernApplication in [0-9.]* seconds' "$log" | awk '{print int($4*1000)}')
  printf '%-4s %10s %12s %12s %12s %14s\n' "$run" "$up" "$started" "$rss" "$heap" "$(( pg / 1024 ))"
  stop "$pid"
done

# The raw part: the embedded server's own start on the same data directory.
bin=$(ls -d "$DIR"/data/pg-binaries/*/bin | head -1)
pgdata=$(ls -d "$DIR"/data/postgres* 2>/dev/null | head -1 || true)
if [ -n "$pgdata" ] && [ -x "$bin/pg_ctl" ]; then
  t0=$(now_ms)
  su nobody -s /bin/sh -c "$bin/pg_ctl -D $pgdata -o '-p 18199' -w start" >/dev/null 2>&1 \
    || "$bin/pg_ctl" -D "$pgdata" -o "-p 18199" -w start >/dev/null 2>&1 || true
  echo "raw: embedded PostgreSQL pg_ctl start -w: $(( $(now_ms) - t0 )) ms"
  su nobody -s /bin/sh -c "$bin/pg_ctl -D $pgdata -w stop" >/dev/null 2>&1 \
    || "$bin/pg_ctl" -D "$pgdata" -w stop >/dev/null 2>&1 || true
fi
echo "logs: $DIR"
