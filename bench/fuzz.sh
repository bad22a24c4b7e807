#!/usr/bin/env bash
# Fuzz scenario (issue 10): malformed requests to every public and API endpoint of a running Vern,
# from a separate process (src/test/java/no/vern/fuzz, JDK only, compiled here with javac). It
# counts answers by status, 5xx, API errors that are not problem+json and answers without the
# security headers, then searches Vern's log (and PostgreSQL's, when readable) for the run's
# canary, a random word carried in every value, header and path the requests send.
# There is no PostgreSQL baseline: the figures are counts, and the target is zero for each.
#
# Needs: VERN_URL, VERN_TOKEN (an ADMIN API token), a JDK, Vern's log in bench/out/vern.log (as
# run.sh writes it). Optional: REQUESTS (10000), SEED (random), PG_LOG (PostgreSQL's log file).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${VERN_URL:?}" "${VERN_TOKEN:?}"
requests=${REQUESTS:-10000}
seed=${SEED:-$RANDOM$RANDOM}
log="$here/out/vern.log"
pg_log=${PG_LOG:-$(ls -t /var/log/postgresql/postgresql-*.log 2>/dev/null | head -1 || true)}

echo "== fuzz =="
classes="$here/out/fuzz-classes"
rm -rf "$classes" && mkdir -p "$classes"
src="$here/../src/test/java/no/vern/fuzz"
javac -nowarn -d "$classes" "$src"/RawHttp.java "$src"/Endpoint.java "$src"/Endpoints.java \
  "$src"/Inputs.java "$src"/FuzzRequests.java "$src"/FuzzTally.java "$src"/FuzzRun.java

pg_start=0
if [ -n "$pg_log" ] && [ -r "$pg_log" ]; then pg_start=$(stat -c %s "$pg_log"); fi
set +e
report=$(java -cp "$classes" no.vern.fuzz.FuzzRun "$VERN_URL" "$VERN_TOKEN" "$requests" "$log" "$seed")
status=$?
set -e
echo "$report"
canary=$(echo "$report" | sed -n 's/.*canary: \([a-z]*\),.*/\1/p')
if [ -n "$pg_log" ] && [ -r "$pg_log" ]; then
  pg_lines=$(tail -c +"$((pg_start + 1))" "$pg_log" | grep -c "$canary" || true)
  echo "PostgreSQL log lines holding the canary: $pg_lines ($pg_log)"
else
  echo "PostgreSQL log: not readable here (set PG_LOG)"
fi
echo "command: REQUESTS=$requests SEED=$seed bench/run.sh fuzz"
exit $status
