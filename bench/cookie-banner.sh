#!/usr/bin/env bash
# Cookie banner scenario: the size of banner.js gzipped, and in Chromium the time from
# DOMContentLoaded to the banner in the page (median of 21 loads, cache off) next to the same page
# showing a trivial element at DOMContentLoaded, as a ratio, and the cumulative layout shift.
# See bench/COOKIE-BANNER.md.
#
# Size: from the running Vern at VERN_URL when set (what a site downloads), else from the source.
# Timing: CookieBannerBrowserIT's measuring test, which starts Vern on the test database named by
# VERN_TEST_DB_URL, VERN_TEST_DB_USER, VERN_TEST_DB_PASSWORD (skipped when these are not set), and
# needs /usr/bin/chromium and /usr/bin/chromedriver. Targets: under 10 kB gzipped, under 100 ms.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
source_file="$root/src/main/resources/cookie/banner/banner.js"

echo "== cookie banner =="
if [ -n "${VERN_URL:-}" ]; then
  raw=$(curl -fsS "$VERN_URL/public/cookies/banner.js" | wc -c)
  gz=$(curl -fsS "$VERN_URL/public/cookies/banner.js" | gzip -9 | wc -c)
  echo "banner.js from $VERN_URL: $raw bytes, $gz bytes gzipped (gzip -9); target < 10240"
else
  raw=$(wc -c < "$source_file")
  gz=$(gzip -9 < "$source_file" | wc -c)
  echo "banner.js (source): $raw bytes, $gz bytes gzipped (gzip -9); target < 10240"
fi

if [ -z "${VERN_TEST_DB_URL:-}" ]; then
  echo "timing skipped: set VERN_TEST_DB_URL, VERN_TEST_DB_USER, VERN_TEST_DB_PASSWORD"
  exit 0
fi
(cd "$root" && ./mvnw -B -q -Dspotless.check.skip=true -DskipTests=false -Dtest=NONE \
  -Dsurefire.failIfNoSpecifiedTests=false \
  '-Dit.test=CookieBannerBrowserIT#theScriptIsSmallAndTheBannerAppearsSoonAfterTheDocumentIsReady' \
  verify >"$root/target/cookie-banner-bench.log" 2>&1) || {
  echo "the measuring test failed: see target/cookie-banner-bench.log"
  exit 1
}
cat "$root/target/cookie-banner-figures.md"
median=$(awk -F'|' '/median of/ { split($3, a, " "); print a[1] }' "$root/target/cookie-banner-figures.md")
awk -v m="$median" 'BEGIN { if (m < 100) print "time to banner: target met (" m " ms < 100 ms)";
  else print "time to banner: target MISSED (" m " ms >= 100 ms)" }'
