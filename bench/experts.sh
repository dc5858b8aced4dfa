#!/usr/bin/env bash
# Expert-pool benchmarks (issue 13, docs/benchmarks.md), each beside a floor measured in the same run, over the demo
# data with 100,000 experts (appointed from 110,000 demo talents), which it builds first when target/bench-experts
# holds none:
#  - a draw with three avoidance rules (the parties' staff and former staff, declared conflicts, drawn three times in
#    the last 12 months) and the region rule OUTSIDE_PARTIES, one client (< 50 ms), against the eligibility question
#    alone as hand-written SQL through pgbench (bench/expert-floor.sql);
#  - expert search at 20 concurrent clients (< 50 ms p95): Chinese words, facets and both, against the health
#    endpoint at the same load.
# Needs wrk and pgbench. Usage: bench/experts.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
data=target/bench-experts
out=target/bench-experts-run
rm -rf "$out" && mkdir -p "$out"
# The plan's history catch-up and its refresh of the values "now" are kept off: they count the whole pool in the
# background and would be measured with the requests.
# BENCH_ARGS: more settings for the platform;
# BENCH_JAR: a jar built before (else built here); BENCH_LOCK: a file locked while measuring, so that no build
# shares the cores with the requests measured
bench_jar
port=18083
base="http://localhost:$port"
# shellcheck disable=SC2086 # BENCH_ARGS: one word per setting
bench_start "$data" --iptalent.registry.demo.talents=110000 --iptalent.expert.demo.experts=100000 \
  --iptalent.planning.history.catch-up-on-start=false --iptalent.planning.current.initial-delay=PT5H ${BENCH_ARGS:-}
bench_wait_health 3600
bench_db "$data"
# the search index is built in the background after the demo data: wait for every expert to be in it
experts=$(sql -c "select count(*) from expert")
token=$(bench_token)
auth="Authorization: Bearer $token"
last=-1
for _ in $(seq 1 1800); do
  found=$(curl -sf "$base/api/v1/experts?size=1" -H "$auth" | grep -o '"totalElements":[0-9]*' | grep -o '[0-9]*$' || echo 0)
  [ "$found" -ge "$experts" ] && break
  [ "$found" -gt 0 ] && [ "$found" -eq "$last" ] && break
  last=$found
  sleep 15
done
bench_lock
sql -c "vacuum analyze"
log "== $(git rev-parse --short HEAD): $experts experts ($(sql -c "select count(*) from expert where status = 'APPOINTED'") \
appointed), $(sql -c "select count(*) from talent") talents, $(nproc) cores, $(java -version 2>&1 | head -1)"

# the parties: three employers of many experts, in three provinces
parties=$(sql -c "select string_agg(id::text, ',') from (select o.id from organisation o join talent t on t.employer_id = o.id
  join expert e on e.talent_id = t.id group by o.id, substr(o.region_code, 1, 2) order by count(*) desc limit 3) p")
provinces=$(sql -c "select string_agg(distinct substr(region_code, 1, 2) || '0000', ',') from organisation where id in ($parties)")
categories=$(sql -c "with recursive c(code) as (select 'LAW'::varchar union all select k.code from expert_category k
  join c on k.parent_code = c.code) select string_agg(code, ',') from c")
eligible=$(sed -e "s/:parties/'{$parties}'/g; s/:categories/'{$categories}'/g; s/:provinces/'{$provinces}'/g; s/:matter/'none'/g" \
  bench/expert-floor.sql | sql | wc -l)
log "draw: requirement LAW (and below: $categories) x 5 and 2 reserves, parties $parties (provinces $provinces): $eligible eligible"

draw() { # name requirement
  local body="{\"matter\": \"MATTER\", \"matterKind\": \"MEDIATION\", \"requirements\": [$2],
   \"regionRule\": \"OUTSIDE_PARTIES\", \"partyOrganisationIds\": [$parties], \"reserves\": 2,
   \"maxRecentDraws\": 3, \"recentMonths\": 12}"
  NAME=warm-up BODY="$body" wrk -t1 -c1 -d10s -s bench/expert-draw.lua -H "$auth" -H 'Content-Type: application/json' "$base" >/dev/null
  log "$(NAME=$1 BODY="$body" wrk -t1 -c1 -d30s -s bench/expert-draw.lua -H "$auth" \
    -H 'Content-Type: application/json' "$base" | grep "^$1")"
}
draw draw '{"category": "LAW", "count": 5}'
floor() { # name categories [ipc class]
  local sqlfile=$out/floor-$1.sql
  if [ -n "${3:-}" ]; then
    sed "s/^  and e.province_code/  and exists (select 1 from expert_field f where f.expert_id = e.id and f.ipc_class = '$3')\n  and e.province_code/" \
      bench/expert-floor.sql > "$sqlfile"
  else
    cp bench/expert-floor.sql "$sqlfile"
  fi
  pgbench -h localhost -p "$pgport" -U postgres -n -c1 -T30 -f "$sqlfile" -D parties="'{$parties}'" \
    -D categories="'{$2}'" -D provinces="'{$provinces}'" -D matter="'none'" -l --log-prefix="$out/$1" iptalent \
    > "$out/pgbench-$1.txt"
  log "$1 (the eligibility SQL through pgbench, 1 client): $(cat "$out/$1".* | awk '{print $3 / 1000}' | sort -n \
    | awk '{a[NR] = $1} END {printf "%d queries; p50 %.1f ms, p95 %.1f ms", NR, a[int(NR * 0.5)], a[int(NR * 0.95)]}')"
}
floor floor "$categories"
# the same with an IPC class, as a technical investigation asks: fewer eligible
ipc=$(sql -c "select f.ipc_class from expert_field f join expert_category_link l on l.expert_id = f.expert_id
  where l.category_code = 'TECHNICAL_FIELD' group by 1 order by count(*) desc limit 1")
log "draw with an IPC class: TECHNICAL_FIELD and $ipc x 5, $(sql -c "select count(*) from expert e join expert_field f
  on f.expert_id = e.id and f.ipc_class = '$ipc' join expert_category_link l on l.expert_id = e.id
  and l.category_code = 'TECHNICAL_FIELD' where e.status = 'APPOINTED'") appointed in both"
draw draw-ipc "{\"category\": \"TECHNICAL_FIELD\", \"ipcClass\": \"$ipc\", \"count\": 5}"
floor floor-ipc TECHNICAL_FIELD "$ipc"

# search: words from the experts' fields and achievements, facets, and both
run_wrk() { # name connections seconds urls-file [wrk args]
  local name=$1 c=$2 d=$3 urls=$4
  shift 4
  # a minute of warm-up: Lucene's loops are compiled by then (see the registry's search in docs/benchmarks.md)
  NAME=$name URLS="$urls" wrk -t2 -c"$c" -d60s -s bench/training.lua "$@" "$base" >/dev/null
  log "$(NAME=$name URLS="$urls" wrk -t2 -c"$c" -d"${d}s" -s bench/training.lua "$@" "$base" | grep "^$name")"
}
: > "$out/search.txt"
for q in 专利 商标 地理标志 商业秘密 知识产权 技术调查 调解 审查 法律 运营 人工智能 半导体 生物医药 新能源 集成电路; do
  qe=$(printf '%s' "$q" | od -An -tx1 | tr ' ' '%' | tr -d '\n' | tr 'a-f' 'A-F')
  echo "/api/v1/experts?q=$qe" >> "$out/search.txt"
  echo "/api/v1/experts?q=$qe&category=LAW" >> "$out/search.txt"
done
for f in "category=TRADE_SECRET" "ipcSection=H" "region=440000" "duty=MEDIATOR" "status=APPOINTED&page=3"; do
  echo "/api/v1/experts?$f" >> "$out/search.txt"
done
log "== search at 20 concurrent clients ($(wc -l < "$out/search.txt") queries at random)"
run_wrk search 20 60 "$out/search.txt" -H "$auth"
echo "/actuator/health" > "$out/health.txt"
run_wrk health 20 30 "$out/health.txt"
