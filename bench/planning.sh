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
# Needs wrk and pgbench (PostgreSQL's client tools). Usage: bench/planning.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data=target/bench-training
out=target/bench-planning
[ -d "$data/pg" ] || bench/training.sh
rm -rf "$out" && mkdir -p "$out"
./mvnw -B -q -DskipTests package
jar=$(ls target/iptalent-*.jar | head -1)
port=18082
base="http://localhost:$port"
log() { echo "$*" | tee -a "$out/results.txt"; }
start_app() { # extra arguments
  java -Xmx1g -XX:+UseG1GC -jar "$jar" --server.port=$port \
    --iptalent.embedded-db.data-directory="$data/pg" --iptalent.search.index-directory="$data/index" \
    --iptalent.import.directory="$data/imports" --iptalent.crypto.key-file="$data/key" \
    --iptalent.security.mfa-required-roles= "$@" >> "$out/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 1200); do curl -sf "$base/actuator/health" >/dev/null && return; sleep 1; done
}
trap 'kill $app 2>/dev/null || true' EXIT

# 1. the data as a registry that grew for years, and no history yet
start_app --iptalent.planning.history.catch-up-on-start=false
pgport=$(grep -o 'Embedded PostgreSQL running on port [0-9]*' "$out/app.log" | tail -1 | grep -o '[0-9]*$')
PGPASSWORD=$(cat "$data/pg/iptalent-superuser.password")
export PGPASSWORD
sql() { psql -h localhost -p "$pgport" -U postgres -d iptalent -v ON_ERROR_STOP=1 -qtA "$@"; }
s=$(date +%s)
sql -f bench/planning-dates.sql
sql -c "alter table indicator_snapshot disable trigger indicator_snapshot_not_truncated" \
    -c "truncate indicator_snapshot, indicator_current" \
    -c "alter table indicator_snapshot enable trigger indicator_snapshot_not_truncated"
log "== $(git rev-parse --short HEAD): $(sql -c "select count(*) from talent") talents, \
$(sql -c "select count(*) from enrollment") enrollments; dates spread in $(( $(date +%s) - s )) s"
kill $app; wait $app 2>/dev/null || true

# 2. the first start brings the history up to date in the background: the backfill, then the values now
start_app
for _ in $(seq 1 1800); do grep -q "Plan indicators: history up to date" "$out/app.log" && break; sleep 1; done
log "$(grep -o 'Plan indicators: history up to date.*' "$out/app.log" | tail -1)"
pgport=$(grep -o 'Embedded PostgreSQL running on port [0-9]*' "$out/app.log" | tail -1 | grep -o '[0-9]*$')
log "snapshot rows: $(sql -c "select count(*) from indicator_snapshot"), regions: \
$(sql -c "select count(distinct region_code) from indicator_snapshot")"

token=$(curl -sf -X POST "$base/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d '{"username":"national","password":"Demo#IPTalent2026"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
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
