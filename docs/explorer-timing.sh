#!/usr/bin/env bash
# How long each kind of explorer page takes to serve: median and worst of 20 requests after 5 to warm up.
# Run from the repository root against a running server: ./kg serve data/corpus, then docs/explorer-timing.sh
set -euo pipefail
base=${1:-http://localhost:3030}
measure() { # label, then curl's arguments
  local label=$1; shift
  for i in $(seq 5); do curl -s -o /dev/null -H 'Accept: text/html' "$@"; done
  for i in $(seq 20); do curl -s -o /dev/null -w '%{time_total}\n' -H 'Accept: text/html' "$@"; done |
    sort -n | awk -v p="$label" '{t[NR]=$1} END {printf "%-44s median %5.1f ms  max %5.1f ms\n", p, t[int((NR+1)/2)]*1000, t[NR]*1000}'
}
measure "home" "$base/"
measure "search: apprenticeship" "$base/search?q=apprenticeship"
measure "query form with an example" "$base/query?example=who-answered-whom"
measure "query: who-answered-whom, run" -G "$base/query" --data-urlencode query@data/queries/who-answered-whom.rq
for p in doc/four-day-week doc/learning-in-the-flow doc/platform-cooperatives-digest doc/four-day-week/response/3 \
         person/marguerite-oyelaran idea/apprentice doc/platform-cooperatives-digest/signals/2; do
  measure "/id/$p" "$base/id/$p"
done
for p in people/odile-marchetti/acts ideas/apprentice/timeline unanswered-questions disputed-posts discussed-signals; do
  measure "/$p" "$base/$p"
done
