#!/usr/bin/env bash
# Plan-indicator benchmarks (issue 12, docs/benchmarks.md), each beside a floor measured in the same run, over the
# data bench/training.sh builds (the demo data plus 1,000,000 imported talents and 5,000,000 enrollments), which it
# builds first when target/bench-training holds none:
#  - the backfill of every dated source's months since 2021-01 (< 10 min) and its slowest month, which is the monthly
#    snapshot's work for every indicator and region (< 60 s), from the platform's own log;
#  - the dashboard at 20 concurrent clients (< 150 ms p95): the API's indicators and the home page, against the same
#    aggregates written by hand in SQL (bench/planning-floor.sql through pgbench, 20 clients);
#  - one indicator's regional breakdown (< 300 ms), for the country's provinces and for a province's cities, against
#    the health endpoint.
# BENCH_JAR: a jar built before (else built here).
# Needs wrk and pgbench (PostgreSQL's client tools). Usage: bench/planning.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
data=target/bench-training
out=target/bench-planning
[ -d "$data/pg" ] || bench/training.sh
rm -rf "$out" && mkdir -p "$out"
bench_jar
port=18082
base="http://localhost:$port"

# 1. the data as a registry that grew for years, and no history yet
bench_start "$data" --iptalent.planning.history.catch-up-on-start=false
bench_wait_health
bench_db "$data"
s=$(date +%s)
sql -f bench/planning-dates.sql
sql -c "alter table indicator_snapshot disable trigger indicator_snapshot_not_truncated" \
    -c "truncate indicator_snapshot, indicator_current" \
    -c "alter table indicator_snapshot enable trigger indicator_snapshot_not_truncated"
log "== $(git rev-parse --short HEAD): $(sql -c "select count(*) from talent") talents, \
$(sql -c "select count(*) from enrollment") enrollments; dates spread in $(( $(date +%s) - s )) s"
kill $app; wait $app 2>/dev/null || true

# 2. the first start brings the history up to date in the background: the backfill, then the values now
bench_start "$data"
bench_wait_health
bench_wait_history 1800
log "$(bench_history_line)"
bench_db "$data"
log "snapshot rows: $(sql -c "select count(*) from indicator_snapshot"), regions: \
$(sql -c "select count(distinct region_code) from indicator_snapshot")"

token=$(bench_token)
auth="Authorization: Bearer $token"
run_wrk() { # name connections seconds urls-file [wrk args]
  local name=$1 c=$2 d=$3 urls=$4
  shift 4
  local t=$(( c < 2 ? 1 : 2 ))
  NAME=$name URLS="$urls" wrk -t$t -c"$c" -d10s -s bench/training.lua "$@" "$base" >/dev/null
  log "$(NAME=$name URLS="$urls" wrk -t$t -c"$c" -d"${d}s" -s bench/training.lua "$@" "$base" | grep "^$name")"
}
curl -sf "$base/api/v1/indicators" -H "$auth" -o "$out/indicators.json"
log "indicators: $(grep -o '"code":"[^"]*","name":"[^"]*"' "$out/indicators.json" | wc -l), \
ip-talents $(grep -o '"code":"ip-talents".\{0,200\}"value":[0-9.]*' "$out/indicators.json" | grep -o '"value":[0-9.]*')"

log "== dashboard, 20 concurrent clients"
echo "/api/v1/indicators" > "$out/dashboard.txt"
run_wrk dashboard-api 20 60 "$out/dashboard.txt" -H "$auth"
jar_cookies="$out/cookies.txt"
csrf=$(curl -sf -c "$jar_cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -sf -b "$jar_cookies" -c "$jar_cookies" -o /dev/null "$base/login" --data-urlencode "username=national" \
  --data-urlencode "password=Demo#IPTalent2026" --data-urlencode "_csrf=$csrf"
session=$(awk '$6 == "JSESSIONID" {print $6 "=" $7}' "$jar_cookies" | tail -1)
echo "/" > "$out/home.txt"
curl -sf -H "Cookie: $session" "$base/" | grep -c 'data-indicator=' | sed 's/^/home page indicator rows: /' | tee -a "$out/results.txt"
run_wrk dashboard-page 20 60 "$out/home.txt" -H "Cookie: $session"
pgbench -h localhost -p "$pgport" -U postgres -n -c 20 -j 2 -T 60 -f bench/planning-floor.sql \
  --log --log-prefix="$out/floor" iptalent > "$out/pgbench.txt" 2>&1
log "floor (hand-written aggregates, pgbench 20 clients): $(grep -E '^number of transactions actually processed|^latency average' "$out/pgbench.txt" | tr '\n' ' ')"
log "floor p95: $(cat "$out"/floor.* | awk '{print $3 / 1000}' | sort -n | awk '{a[NR]=$1} END {print a[int(NR*0.95)] " ms (" NR " transactions)"}')"

log "== regional breakdown of ip-talents, one client"
echo "/api/v1/indicators/ip-talents/regions" > "$out/provinces.txt"
echo "/api/v1/indicators/ip-talents/regions?province=440000" > "$out/cities.txt"
run_wrk regions-provinces 1 30 "$out/provinces.txt" -H "$auth"
run_wrk regions-cities 1 30 "$out/cities.txt" -H "$auth"
echo "/plans/$(sql -c "select id from plan where status = 'IN_FORCE'")/indicators/ip-talents/regions" > "$out/regions-page.txt"
run_wrk regions-page 1 30 "$out/regions-page.txt" -H "Cookie: $session"
echo "/actuator/health" > "$out/health.txt"
run_wrk health 1 30 "$out/health.txt"
run_wrk health 20 60 "$out/health.txt"
