#!/usr/bin/env bash
# Annual report benchmark (issue 14, docs/benchmarks.md): a year's statistical report as a PDF under 20 s with the
# heap capped at 512 MB, beside a floor measured in the same run. Over the data bench/training.sh builds (the demo
# data plus 1,000,000 imported talents), which it builds first when target/bench-training holds none; the start
# brings the indicators' monthly history up to date before anything is measured.
#  - POST /api/v1/annual-reports/<last year>: drafting, which computes and freezes the figures (the history's values
#    and the registry's structure: education, discipline, age, qualifications over the talents present), 3 runs;
#  - GET /api/v1/annual-reports/<last year>.pdf: the PDF with its charts drawn on the server, 3 warm-up calls and
#    10 timed ones; and the workbook (.xlsx), 10 timed;
#  - the floor: the figures' SQL alone (the four structure statements and the history's reads), psql's timing.
# BENCH_DATA may name another bench's data (bench/experts.sh's target/bench-experts); BENCH_JAR: a jar built before;
# BENCH_LOCK: a file locked while measuring, so that no build shares the cores.
# Needs curl and psql. Usage: bench/annual-report.sh [year]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
data=${BENCH_DATA:-target/bench-training}
out=target/bench-annual-report
year=${1:-$(( $(date +%Y) - 1 ))}
[ -d "$data/pg" ] || bench/training.sh
rm -rf "$out" && mkdir -p "$out"
bench_jar
port=18084
base="http://localhost:$port"
jvm=(-Xmx512m -XX:+UseG1GC -Djava.awt.headless=true)
bench_start "$data"
bench_wait_health
bench_wait_history
log "== $(git rev-parse --short HEAD), -Xmx512m, year $year: $(bench_history_line)"
bench_db "$data"
bench_lock
log "talents: $(sql -c "select count(*) from talent")"
# a published report never changes: the benchmark drafts a year still in draft (or none)
if [ "$(sql -c "select count(*) from annual_report where year = $year and status = 'PUBLISHED'")" != "0" ]; then
  log "the report of $year is published already: its PDF is measured, drafting is not"
  draft=no
else
  draft=yes
fi

token=$(bench_token)
auth="Authorization: Bearer $token"
stats() { sort -n "$1" | awk '{a[NR]=$1} END {printf "median %.3f s, max %.3f s (%d runs)", a[int((NR+1)/2)], a[NR], NR}'; }
if [ "$draft" = yes ]; then
  for _ in 1 2 3; do
    curl -sf -o "$out/draft.json" -w '%{time_total}\n' -X POST -H "$auth" "$base/api/v1/annual-reports/$year"
  done > "$out/draft.times"
  log "draft (compute and freeze the figures): $(stats "$out/draft.times")"
fi
timed() { # name url: 3 warm-up calls, then 10 timed ones
  local name=$1 url=$2
  for _ in 1 2 3; do curl -sf -o "$out/$name" -H "$auth" "$base$url"; done
  for _ in $(seq 1 10); do curl -sf -o /dev/null -w '%{time_total}\n' -H "$auth" "$base$url"; done > "$out/$name.times"
  log "$name: $(stats "$out/$name.times"), $(wc -c < "$out/$name") bytes"
}
timed report.pdf "/api/v1/annual-reports/$year.pdf"
timed report.xlsx "/api/v1/annual-reports/$year.xlsx"

end="$((year + 1))-01-01 00:00:00+08"
day="$year-12-31"
cat > "$out/floor.sql" <<SQL
\\timing on
with moved as (select distinct on (f.talent_id) f.talent_id, f.from_region_code from talent_flow f
  where f.moved_at >= '$end' order by f.talent_id, f.moved_at, f.id),
present as (select t.id from talent t left join moved m on m.talent_id = t.id
  where t.merged_into_id is null and t.created_at < '$end' and (t.left_at is null or t.left_at >= '$end'))
select t.education, t.discipline, case when t.birth_date is null then null
  when t.birth_date > date '$day' - interval '30 years' then 1 when t.birth_date > date '$day' - interval '40 years' then 2
  when t.birth_date > date '$day' - interval '50 years' then 3 when t.birth_date > date '$day' - interval '60 years' then 4
  else 5 end, count(*)
from present p join talent t on t.id = p.id group by grouping sets ((1), (2), (3));
select q.type, count(distinct q.talent_id) from qualification q join talent t on t.id = q.talent_id
where t.merged_into_id is null and t.created_at < '$end' and (t.left_at is null or t.left_at >= '$end')
  and q.verification <> 'REJECTED' and coalesce(q.issued_on <= date '$day', q.created_at < '$end')
  and (q.expires_on is null or q.expires_on >= date '$day') group by 1;
select source_code, region_code, value from (select distinct on (source_code, region_code) source_code, region_code,
  value from indicator_snapshot where month = date '$year-12-01' and region_code like '__0000'
  order by source_code, region_code, (kind = 'CORRECTION') desc, id desc) s;
SQL
for _ in 1 2 3; do sql -f "$out/floor.sql" | grep -o 'Time: [0-9.]* ms' | grep -o '[0-9.]*' \
  | awk '{s+=$1} END {printf "%.3f\n", s/1000}'; done > "$out/floor.times"
log "floor (the figures' SQL alone, by hand): $(stats "$out/floor.times")"
