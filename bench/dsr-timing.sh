#!/usr/bin/env bash
# Timing of /rights for a known and an unknown address (issue 13: "the same answer and timing
# profile"). Posts N requests for addresses Vern knows and N for addresses it does not, interleaved
# (known, unknown, known, ...) over one keep-alive connection, each to a fresh address, and prints
# p50 and p95 of both and the ratio unknown/known. No baseline SQL: the figure that matters is the
# ratio of the two paths, measured side by side in the same run. See bench/DSR.md.
#
# Needs: VERN_URL, VERN_TOKEN (an ADMIN token) (run.sh exports them).
# Optional: N (500 per kind), WARMUP (50 per kind, not counted).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out"
mkdir -p "$out"
n=${N:-500}
warmup=${WARMUP:-50}
: "${VERN_URL:?}" "${VERN_TOKEN:?}"
total=$((n + warmup))
run=$(date +%s)

echo "== dsr-timing (/rights, known and unknown addresses) =="

# 1. The known people: one record each through the ordinary import (real encryption and blind
#    index). Synthetic addresses only.
awk -v n="$total" -v run="$run" 'BEGIN {
  print "email,claim,amount,collectedAt"
  for (i = 1; i <= n; i++) printf "known-%s-%d@example.invalid,Synthetic claim %d,%d.00,2025-01-15\n", run, i, i, i
}' >"$out/dsr-timing-people.csv"
curl -sS --fail-with-body -H "Authorization: Bearer $VERN_TOKEN" -H "Content-Type: text/csv" \
  --data-binary @"$out/dsr-timing-people.csv" \
  "$VERN_URL/api/v1/imports?activity=debt-collection&source=third-party" >/dev/null
rm -f "$out/dsr-timing-people.csv"

# 2. One curl, one connection, alternating known and unknown: whatever the machine does meanwhile
#    (other builds, the mail dispatcher, autovacuum) falls on both kinds alike.
config="$out/dsr-timing.curl"
: >"$config"
for i in $(seq 1 "$total"); do
  for kind in known unknown; do
    cat >>"$config" <<EOF
url = "$VERN_URL/rights?lang=en"
data = "right=access&right=portability&email=$kind-$run-$i%40example.invalid&description=Synthetic+request"
output = "/dev/null"
write-out = "$kind %{http_code} %{size_download} %{time_total}\n"
next
EOF
  done
done
sed -i '$ d' "$config" # no "next" after the last request
curl -sS --config "$config" >"$out/dsr-timing.txt"
rm -f "$config"

# 3. Figures, without the warm-up; a non-200 or a different page size is reported, not hidden.
stats() {
  awk -v k="$1" -v skip="$warmup" '$1 == k && ++seen > skip {print $4 * 1000}' "$out/dsr-timing.txt" |
    sort -n | awk '{v[NR] = $1} END { printf "%.2f %.2f %d\n", v[int(NR * 0.5)], v[int(NR * 0.95)], NR }'
}
read -r k50 k95 kn < <(stats known)
read -r u50 u95 un < <(stats unknown)
bad=$(awk '$2 != 200' "$out/dsr-timing.txt" | wc -l)
sizes=$(awk '{print $1, $3}' "$out/dsr-timing.txt" | sort -u | awk '{s[$1] = s[$1] " " $2} END {for (k in s) printf "%s:%s; ", k, s[k]}')
echo "known   POST /rights ($kn requests): p50 ${k50} ms, p95 ${k95} ms"
echo "unknown POST /rights ($un requests): p50 ${u50} ms, p95 ${u95} ms"
echo "ratio unknown/known: p50 $(awk -v a="$u50" -v b="$k50" 'BEGIN {printf "%.2f", a / b}')," \
  "p95 $(awk -v a="$u95" -v b="$k95" 'BEGIN {printf "%.2f", a / b}'); non-200 answers: $bad;" \
  "page sizes in bytes by kind: $sizes"
echo
