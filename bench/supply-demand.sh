#!/usr/bin/env bash
# Supply-versus-demand map benchmark (issue 14, docs/benchmarks.md): the map data for one filter under 300 ms, beside
# the hand-written aggregate (the floor) measured in the same run. Over the data bench/training.sh builds (the demo
# data plus 1,000,000 imported talents), which it builds first when target/bench-training holds none; the employers'
# demand is topped up to 200,000 rows (random organisations, cities, categories and industries of 2021-2025) first.
#  - GET /api/v1/supply-demand for the country's provinces (team PROTECTION, the latest survey year, now) and for
#    Guangdong's cities (team APPLICATION, category APP_OPERATION), and every team at once, as the national office:
#    3 warm-up calls, then 20 timed by curl;
#  - the floor: the same figures written by hand in SQL (the supply's join and grouping, the demand's sum), psql's
#    timing, 20 runs each, with the plan of the first (EXPLAIN ANALYZE) kept in target/bench-supply-demand.
# BENCH_JAR: a jar built before (else built here).
# Needs curl and psql. Usage: bench/supply-demand.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
data=target/bench-training
out=target/bench-supply-demand
[ -d "$data/pg" ] || bench/training.sh
rm -rf "$out" && mkdir -p "$out"
bench_jar
port=18084
base="http://localhost:$port"
bench_start "$data" --iptalent.planning.history.catch-up-on-start=false
bench_wait_health
bench_db "$data"

# 200,000 demand rows: what the demo reported, topped up with random needs (a row's key is unique: repeats skipped)
for _ in $(seq 1 5); do
  missing=$(( 200000 - $(sql -c "select count(*) from demand_report") ))
  [ "$missing" -le 0 ] && break
  sql -c "
    with o as (select array_agg(id) ids from organisation where merged_into_id is null),
         c as (select array_agg(code) codes from ref_division where level = 2 and code < '710000'),
         k as (select array_agg(code || ':' || parent_code) codes from ref_taxonomy where kind = 'CATEGORY'),
         i as (select array_agg(code) codes from ref_industry where parent_code is not null)
    insert into demand_report (organisation_id, survey_year, horizon, region_code, province_code, city_code,
        industry_code, team, category, education, headcount, version, created_at, updated_at)
    select o.ids[1 + (random() * (cardinality(o.ids) - 1))::int], 2021 + (random() * 4)::int,
           (array['NOW', 'Y1', 'Y3', 'Y5'])[1 + (random() * 3)::int], city, substr(city, 1, 2) || '0000', city,
           i.codes[1 + (random() * (cardinality(i.codes) - 1))::int], split_part(cat, ':', 2),
           split_part(cat, ':', 1), 'BACHELOR', 1 + (random() * 20)::int, 0, now(), now()
    from o, c, k, i, generate_series(1, $missing) n,
         lateral (select c.codes[1 + (random() * (cardinality(c.codes) - 1) + n * 0)::int] city,
                         k.codes[1 + (random() * (cardinality(k.codes) - 1) + n * 0)::int] cat) r
    on conflict do nothing"
done
sql -c "vacuum analyze talent" -c "vacuum analyze talent_category" -c "vacuum analyze demand_report"
year=$(sql -c "select max(survey_year) from demand_report")
log "== $(git rev-parse --short HEAD): $(sql -c "select count(*) from talent where status = 'ACTIVE' and merged_into_id is null") active talents, $(sql -c "select count(*) from talent_category") categories, $(sql -c "select count(*) from demand_report") demand rows; survey year $year"

token=$(bench_token)
auth="Authorization: Bearer $token"
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)", a[int((NR+1)/2)], a[int(NR*0.95+0.5)], a[NR], NR}'; }
timed() { # name url: 3 warm-up calls, then 20 timed ones
  local name=$1 url=$2
  for _ in 1 2 3; do curl -sf -o "$out/$name.json" -H "$auth" "$base$url"; done
  for _ in $(seq 1 20); do curl -sf -o /dev/null -w '%{time_total}\n' -H "$auth" "$base$url"; done \
    | awk '{print $1 * 1000}' > "$out/$name.times"
  log "$name: $(stats < "$out/$name.times")"
}
floor() { # name sql: EXPLAIN ANALYZE kept, then 20 timed runs
  local name=$1 query=$2
  sql -c "explain (analyze, buffers) $query" > "$out/$name.plan"
  for _ in $(seq 1 20); do printf '\\timing on\n%s;\n' "$query" | sql | grep -o 'Time: [0-9.]*' | grep -o '[0-9.]*'; done \
    > "$out/$name.times"
  log "$name: $(stats < "$out/$name.times")"
}

log "== the country's provinces, team PROTECTION, $year, now"
timed api-provinces "/api/v1/supply-demand?level=PROVINCE&team=PROTECTION&year=$year&horizon=NOW"
floor floor-provinces "select coalesce(s.p, d.p), s.n, d.n from
  (select t.province_code p, count(distinct t.id) n from talent t join talent_category c on c.talent_id = t.id
   where t.status = 'ACTIVE' and t.merged_into_id is null and c.team = 'PROTECTION' group by 1) s
  full join (select province_code p, sum(headcount) n from demand_report
   where survey_year = $year and horizon = 'NOW' and team = 'PROTECTION' group by 1) d on d.p = s.p"

log "== Guangdong's cities, category APP_OPERATION, $year, now"
timed api-cities "/api/v1/supply-demand?level=CITY&region=440000&team=APPLICATION&category=APP_OPERATION&year=$year"
floor floor-cities "select coalesce(s.r, d.r), s.n, d.n from
  (select t.region_code r, count(distinct t.id) n from talent t join talent_category c on c.talent_id = t.id
   where t.status = 'ACTIVE' and t.merged_into_id is null and t.region_code like '44%' and c.category = 'APP_OPERATION'
   group by 1) s
  full join (select coalesce(city_code, province_code) r, sum(headcount) n from demand_report
   where survey_year = $year and horizon = 'NOW' and province_code = '440000' and category = 'APP_OPERATION'
   group by 1) d on d.r = s.r"

log "== every team, the country's provinces"
timed api-all-teams "/api/v1/supply-demand?level=PROVINCE&year=$year"
floor floor-all-teams "select coalesce(s.p, d.p), s.n, d.n from
  (select province_code p, count(*) n from talent where status = 'ACTIVE' and merged_into_id is null group by 1) s
  full join (select province_code p, sum(headcount) n from demand_report
   where survey_year = $year and horizon = 'NOW' group by 1) d on d.p = s.p"
echo "/actuator/health" > /dev/null
for _ in $(seq 1 20); do curl -sf -o /dev/null -w '%{time_total}\n' "$base/actuator/health"; done \
  | awk '{print $1 * 1000}' > "$out/health.times"
log "health endpoint: $(stats < "$out/health.times")"
