#!/usr/bin/env bash
# Forecast benchmark (issue 14, docs/benchmarks.md): every province × team forecast in one call under 5 s, beside a
# floor measured in the same run. Over the data bench/training.sh builds (the demo data plus 1,000,000 imported
# talents), which it builds first when target/bench-training holds none; the start brings the indicators' monthly
# history up to date (the registry's team sources since 2021-01) before anything is measured.
#  - GET /api/v1/forecasts/all?horizon=5: 31 provinces × 5 teams, each fitted (damped-trend smoothing), forecast 60
#    months with intervals, and backtested over 12 rolling origins (12 refits each), as the national office; 10 runs
#    after 3 to warm up, each timed by curl;
#  - the floor: the same histories read by hand in SQL (one statement for all 155 series), psql's timing, 10 runs;
#  - one region and team (GET /api/v1/forecasts?region=440000&team=PROTECTION&horizon=5), 10 runs.
#  - the same for the demand (measure=DEMAND: the demand.team.<TEAM> histories) and the gap of one region and team.
# The work is the series' (155 of at most 12 months a year since 2021), not the registry's size: BENCH_DATA may name
# another bench's data (bench/experts.sh's target/bench-experts) whose history the start backfills the same way.
# BENCH_JAR: a jar built before; BENCH_LOCK: a file locked while measuring, so no build shares the cores.
# Needs curl and psql. Usage: bench/forecasts.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
data=${BENCH_DATA:-target/bench-training}
out=target/bench-forecasts
[ -d "$data/pg" ] || bench/training.sh
rm -rf "$out" && mkdir -p "$out"
bench_jar
port=18083
base="http://localhost:$port"
bench_start "$data"
bench_wait_health
bench_wait_history
log "== $(git rev-parse --short HEAD): $(bench_history_line)"
bench_db "$data"
bench_lock
log "team history rows: $(sql -c "select count(*) from indicator_snapshot where source_code like 'registry.team.%' and region_code like '__0000'")"

token=$(bench_token)
auth="Authorization: Bearer $token"
timed() { # name url: 3 warm-up calls, then 10 timed ones
  local name=$1 url=$2
  for _ in 1 2 3; do curl -sf -o "$out/$name.json" -H "$auth" "$base$url"; done
  for _ in $(seq 1 10); do curl -sf -o /dev/null -w '%{time_total}\n' -H "$auth" "$base$url"; done > "$out/$name.times"
  log "$name: $(sort -n "$out/$name.times" | awk '{a[NR]=$1} END {printf "median %.3f s, max %.3f s (10 runs)", a[int((NR+1)/2)], a[NR]}')"
}
timed all "/api/v1/forecasts/all?horizon=5"
log "all: $(grep -o '"region"' "$out/all.json" | wc -l) province × team rows, $(grep -o '"atHorizon":{' "$out/all.json" | wc -l) with a forecast"
timed one "/api/v1/forecasts?region=440000&team=PROTECTION&horizon=5"
timed demand "/api/v1/forecasts/all?horizon=5&measure=DEMAND"
log "demand: $(grep -o '"region"' "$out/demand.json" | wc -l) province × team rows, $(grep -o '"atHorizon":{' "$out/demand.json" | wc -l) with a forecast"
timed gap "/api/v1/forecasts/gap?region=440000&team=PROTECTION&horizon=5"

cat > "$out/floor.sql" <<'SQL'
\timing on
select source_code, region_code, count(*), sum(value) from (
  select distinct on (source_code, region_code, month) source_code, region_code, month, value from indicator_snapshot
  where source_code like 'registry.team.%' and region_code like '__0000' and region_code <> '000000'
  order by source_code, region_code, month, (kind = 'CORRECTION') desc, id desc) h
group by 1, 2;
SQL
for _ in $(seq 1 10); do sql -f "$out/floor.sql" | grep -o 'Time: [0-9.]* ms' ; done > "$out/floor.times"
log "floor (the 155 histories read by hand in SQL): $(grep -o '[0-9.]*' "$out/floor.times" | sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms, max %.1f ms (10 runs)", a[int((NR+1)/2)], a[NR]}')"
