#!/usr/bin/env bash
# Access-package scenario: the package (JSON) of one person with MINE records, among PEOPLE people
# and RECORDS records, through GET /api/v1/access-packages/{subject}, next to pgbench reading the
# same rows with the same SQL and no decryption, in the same run, as a ratio of p95. See bench/DSR.md.
#
# Needs: VERN_URL, VERN_TOKEN (an ADMIN token) and PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE
# for the database Vern uses (run.sh exports them all).
# Optional: PEOPLE (1000000), RECORDS (10000000), MINE (1000), DURATION (seconds per measurement,
# 20), CONNECTIONS ("1 4").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out"
mkdir -p "$out"
people=${PEOPLE:-1000000}
total=${RECORDS:-10000000}
mine=${MINE:-1000}
duration=${DURATION:-20}
connections=${CONNECTIONS:-"1 4"}
: "${VERN_URL:?}" "${VERN_TOKEN:?}" "${PGHOST:?}" "${PGDATABASE:?}"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
sql() { psql -qAtX -v ON_ERROR_STOP=1 "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

echo "== dsr (access package) =="

# 1. The person: MINE records under one e-mail address, through the ordinary import (real
#    encryption, real blind index). Synthetic values only.
email="dsr-bench-$(date +%s)@example.invalid"
awk -v email="$email" -v n="$mine" 'BEGIN {
  print "email,claim,amount,collectedAt"
  for (i = 1; i <= n; i++)
    printf "%s,\"Synthetic claim %d, reminder sent\",%d.%02d,2025-%02d-%02d\n", email, i, (i * 37) % 100000, i % 100, (i % 12) + 1, (i % 28) + 1
}' >"$out/dsr-person.csv"
curl -sS --fail-with-body -H "Authorization: Bearer $VERN_TOKEN" -H "Content-Type: text/csv" \
  --data-binary @"$out/dsr-person.csv" \
  "$VERN_URL/api/v1/imports?activity=debt-collection&source=third-party" >/dev/null
subject=$(curl -sS --fail-with-body -H "Authorization: Bearer $VERN_TOKEN" \
  -H "Content-Type: application/json" -d "{\"type\":\"email\",\"value\":\"$email\"}" \
  "$VERN_URL/api/v1/subjects/lookup" | sed -nE 's/.*"subject":"([0-9a-f-]{36})".*/\1/p')
[ -n "$subject" ] || { echo "dsr: the person was not found after the import"; exit 1; }
echo "person: $(sql -c "SELECT count(*) FROM personal_data_record WHERE subject_id = '$subject'") records"

# 2. Everyone else, straight into the tables (not timed): nobody reads them, so their ciphertext is
#    128 filler bytes (a realistic size); they make the tables and indexes as large as the target's.
have_people=$(sql -c "SELECT count(*) FROM subject")
have_records=$(sql -c "SELECT count(*) FROM personal_data_record")
add_people=$((people > have_people ? people - have_people : 0))
add_records=$((total > have_records ? total - have_records : 0))
key=$(sql -c "SELECT aead_key_id FROM personal_data_record WHERE subject_id = '$subject' LIMIT 1")
start=$(date +%s)
sql -c "DROP TABLE IF EXISTS bench_dsr_people" \
  -c "CREATE TABLE bench_dsr_people AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, $add_people) n" \
  -c "ALTER TABLE bench_dsr_people ADD PRIMARY KEY (n)" \
  -c "INSERT INTO subject (id, created_at) SELECT id, now() FROM bench_dsr_people"
batch=1000000
done_records=0
while [ "$done_records" -lt "$add_records" ]; do
  n=$((add_records - done_records < batch ? add_records - done_records : batch))
  sql -c "INSERT INTO personal_data_record (id, subject_id, controller, activity, source, collected_at,
            data_ciphertext, aead_key_id)
          SELECT gen_random_uuid(), p.id, 'group', 'debt-collection', 'third-party',
            now() - (g % 1000) * interval '1 day', decode(repeat(md5(g::text), 8), 'hex'), $key
          FROM generate_series($done_records + 1, $done_records + $n) g
          JOIN bench_dsr_people p ON p.n = 1 + (g % $add_people)"
  done_records=$((done_records + n))
done
sql -c "DROP TABLE bench_dsr_people" -c "VACUUM ANALYZE subject" -c "VACUUM ANALYZE personal_data_record"
echo "database: $(sql -c "SELECT count(*) FROM subject") people," \
  "$(sql -c "SELECT count(*) FROM personal_data_record") records (filled in $(($(date +%s) - start)) s)"

# 3. Warm both paths up, then measure at each concurrency: Vern over HTTP (wrk) and the same
#    rows by the same SQL (pgbench), p95 of each.
export DSR_SUBJECT=$subject
curl -sS --fail-with-body -H "Authorization: Bearer $VERN_TOKEN" \
  "$VERN_URL/api/v1/access-packages/$subject?lang=nb" >"$out/dsr-package.json"
bytes=$(stat -c %s "$out/dsr-package.json")
in_package=$(grep -o '"collectedAt"' "$out/dsr-package.json" | wc -l)
rm -f "$out/dsr-package.json"
echo "package: $in_package records, $bytes bytes of JSON"
wrk -t1 -c1 -d5s -s "$here/dsr-package.lua" "$VERN_URL" >/dev/null
for c in $connections; do
  threads=$((c < 2 ? 1 : 2))
  wrk -t"$threads" -c"$c" -d"${duration}s" -s "$here/dsr-package.lua" "$VERN_URL" >"$out/dsr-wrk-$c.txt"
  rate=$(awk '/^Requests\/sec/ {printf "%.1f", $2}' "$out/dsr-wrk-$c.txt")
  bad=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$out/dsr-wrk-$c.txt")
  read -r p50 p95 p99 < <(awk '/^latency-ms/ {print $2, $3, $4}' "$out/dsr-wrk-$c.txt")
  echo "Vern GET /api/v1/access-packages/{subject} (wrk -c$c, ${duration}s): ${rate} packages/s," \
    "p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms (target p95 < 200 ms), non-2xx ${bad:-0}"
  rm -f "$out"/pgbench_log.*
  (cd "$out" && pgbench -n -M prepared -c "$c" -j "$threads" -T "$duration" -D live="$subject" \
    -l --log-prefix=pgbench_log -f "$here/dsr-baseline.sql" >"$out/dsr-pgbench-$c.txt" 2>&1)
  tps=$(awk '/^tps = / {printf "%.1f", $3}' "$out/dsr-pgbench-$c.txt")
  read -r pg_p50 pg_p95 < <(cat "$out"/pgbench_log.* | awk '{print $3}' | sort -n |
    awk '{v[NR] = $1} END { printf "%.2f %.2f\n", v[int(NR * 0.5)] / 1000, v[int(NR * 0.95)] / 1000 }')
  rm -f "$out"/pgbench_log.*
  echo "baseline pgbench, the same $mine rows by the same SQL, no decryption (-c$c): ${tps} reads/s," \
    "p50 ${pg_p50} ms, p95 ${pg_p95} ms"
  echo "ratio p95 Vern to SQL at -c$c: $(ratio "$p95" "$pg_p95")"
done
rm -f "$out/dsr-person.csv"
echo
