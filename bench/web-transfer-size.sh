#!/bin/bash
# Transfer size of the public notice and admin pages, as docs/web.md reports them.
# Usage: bench/web-transfer-size.sh <base URL> <admin password>
# against a running Vern (any database); prints bytes on the wire without and with gzip.
set -euo pipefail
B=${1:-http://localhost:8080}
PASSWORD=${2:?the admin password}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
size() { curl -s -b "$JAR" -o /dev/null -w '%{size_download}' -H 'Accept-Language: nb' "$@"; }
for p in "/privacy?lang=nb" "/privacy?lang=en"; do
  echo "$p plain=$(size "$B$p") compressed=$(size --compressed "$B$p")"
done
CSRF=$(curl -s -c "$JAR" -b "$JAR" "$B/admin/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "username=admin" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" "$B/admin/login"
for p in /admin/audit /admin/inventory /admin; do
  echo "$p plain=$(size "$B$p") compressed=$(size --compressed "$B$p")"
done
for a in /css/vern.css /css/privacy.css /webjars/htmx.org/dist/htmx.min.js; do
  echo "$a compressed=$(size --compressed "$B$a")"
done
