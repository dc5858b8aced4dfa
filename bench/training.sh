#!/usr/bin/env bash
# Training benchmarks (issue 11, docs/benchmarks.md), each beside a floor measured in the same run, over the demo
# data plus 1,000,000 imported talents and 5,000,000 enrollments:
#  - enrolling a cohort of a city's ~55,600 talents through the API, against an INSERT … SELECT of the same rows;
#  - a province's rotation coverage, a certificate's verification at 50 concurrent clients and a certificate's PDF,
#    each against the platform's health endpoint (the HTTP stack and one database round trip) at the same load.
# Usage: bench/training.sh [talents]   (default 1000000; the registry's demo talents come on top)
#        bench/training.sh latency    (the latencies again, over the data the last full run left)
# Needs wrk (apt-get install wrk). The embedded database is durable, as users run it.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
out=target/bench-training
latency_only=false
if [ "${1:-}" = latency ]; then
  latency_only=true
  [ -d "$out/pg" ] || { echo "no data from an earlier run in $out" >&2; exit 1; }
else
  n=${1:-1000000}
  rm -rf "$out" && mkdir -p "$out"
fi
./mvnw -B -q -DskipTests package
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"
jar=$(ls target/iptalent-*.jar | head -1)
port=18081
base="http://localhost:$port"

$latency_only || java -Xmx1g -cp "$cp" org.iptalent.bench.BenchFiles "$n" 0 "$out" | tee -a "$out/results.txt"

# the verification limit is raised: every wrk connection comes from one address, which a real client never shares
# with 49 others; the bucket is still looked up on every request
start=$(date +%s.%N)
bench_start "$out" --iptalent.planning.history.catch-up-on-start=false \
  --iptalent.certificate.verification.per-minute=100000000 --iptalent.certificate.verification.burst=100000000 \
  --iptalent.import.max-file-size=200MB --spring.servlet.multipart.max-file-size=200MB \
  --spring.servlet.multipart.max-request-size=210MB
bench_wait_health
$latency_only || log "first start with the demo data: $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s"
bench_db "$out"
token=$(bench_token)
auth=(-H "Authorization: Bearer $token")

if ! $latency_only; then
java -cp "$cp" org.iptalent.bench.ImportRun "$base" "$token" "$out/talents-$n.xlsx" | tee -a "$out/results.txt"
have=$(sql -c "select count(*) from enrollment")
classes=$(( (5000000 - have) / 2000 ))
s=$(date +%s)
sql -v classes="$classes" -f bench/training-seed.sql
sql -c "vacuum analyze enrollment" -c "vacuum analyze training_class"
log "seeded $classes classes of 2,000 in $(( $(date +%s) - s )) s: $(sql -c "select count(*) from talent") talents, \
$(sql -c "select count(*) from enrollment") enrollments, $(sql -c "select count(*) from certificate") certificates"

# --- a cohort of a city: the platform's request against the bare INSERT … SELECT, three rounds each
city=440300
template=$(sql -c "select level_id || ',' || base_id || ',''' || region_code || '''' from training_class
  where filling = 'ENROLLMENT' order by id limit 1")
new_class() {
  sql -c "insert into training_class (level_id, base_id, region_code, title, mode, filling, starts_on, ends_on,
    capacity, enrollment_opens, enrollment_closes, created_at, updated_at)
    values ($template, 'bench cohort $1', 'ONLINE', 'ENROLLMENT', date '2027-03-01', date '2027-03-05', 60000,
    date '2026-11-01', date '2027-02-20', now(), now()) returning id" | head -1
}
cohort=$(sql -c "select count(*) from talent where region_code like '${city:0:4}%' and merged_into_id is null")
log "== cohort: the $cohort talents of city $city"
# the two alternate which runs first, so that neither always meets the other's warm pages
floor_run() {
  local floor s
  floor=$(new_class "floor $1")
  s=$(date +%s.%N)
  sql -c "insert into enrollment (class_id, talent_id, status, source, region_code, queued_at, attended_hours,
    version, created_at, updated_at) select $floor, id, 'ENROLLED', 'COHORT', region_code, now(), 0, 0, now(), now()
    from talent where region_code like '${city:0:4}%' and merged_into_id is null"
  f=$(echo "$(date +%s.%N) - $s" | bc)
}
platform_run() {
  local class
  class=$(new_class "platform $1")
  r=$(curl -s -o "$out/cohort-$1.json" -w '%{http_code} %{time_total}' -X POST "$base/api/v1/classes/$class/enrollments" \
    "${auth[@]}" -H 'Content-Type: application/json' -d "{\"filter\": {\"city\": \"$city\"}}")
}
for round in 1 2 3 4; do
  if [ $((round % 2)) -eq 1 ]; then floor_run $round; platform_run $round; first=floor; else platform_run $round; floor_run $round; first=platform; fi
  log "round $round ($first first): platform ${r#* } s (HTTP ${r%% *}: $(cat "$out/cohort-$round.json")) / floor INSERT … SELECT $(printf '%.2f' "$f") s"
done
fi

# --- latency: wrk, one thread per core, after a warm-up; the floor is the health endpoint at the same load
run_wrk() { # name connections seconds path [header]
  local name=$1 c=$2 d=$3 path=$4
  shift 4
  local t=$(( c < 2 ? 1 : 2 ))
  NAME=$name URLS="$path" wrk -t$t -c"$c" -d20s -s bench/training.lua "$@" "$base" >/dev/null
  local result
  result=$(NAME=$name URLS="$path" wrk -t$t -c"$c" -d"${d}s" -s bench/training.lua "$@" "$base" | grep "^$name")
  # a vacuum running meanwhile would share the two cores with the requests measured
  log "$result; autovacuum workers at the end: $(sql -c "select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'")"
}
log "== latency $(git rev-parse --short HEAD 2>/dev/null || cat REV 2>/dev/null || echo '')"
for campaign in "PROT_ADMIN_ADJUDICATION:category" "MASTER:education"; do
  value=${campaign%%:*}
  field=${campaign#*:}
  id=$(sql -c "select id from rotation_campaign where name = 'bench $value'")
  if [ -z "$id" ]; then
    id=$(curl -sf "$base/api/v1/rotation-campaigns" "${auth[@]}" -H 'Content-Type: application/json' -d \
      "{\"name\": \"bench $value\", \"regionCode\": \"440000\", \"cycleStart\": \"2026-01-01\", \"cycleEnd\": \"2026-12-31\",
       \"$field\": \"$value\"}" | sed 's/^{"campaign":{"id":\([0-9]*\).*/\1/')
    sql -v campaign="$id" -f bench/training-rotation.sql
    sql -c "vacuum analyze enrollment"
  fi
  members=$(sql -c "select count(*) from rotation_member where campaign_id = $id")
  log "== coverage of campaign $id (province 440000, $field $value): $members members"
  curl -sf "$base/api/v1/rotation-campaigns/$id" "${auth[@]}" -o "$out/coverage.json"
  log "$(sed 's/.*"coverage":\({[^}]*}\).*/total \1/' "$out/coverage.json")"
  echo "/api/v1/rotation-campaigns/$id" > "$out/coverage.txt"
  run_wrk coverage 1 30 "$out/coverage.txt" -H "Authorization: Bearer $token"
done
echo "/actuator/health" > "$out/health.txt"
run_wrk health 1 30 "$out/health.txt"

sql -c "select '/api/v1/certificates/' || code || '/verification' from certificate where state = 'ISSUED'" > "$out/codes.txt"
log "== verification of $(wc -l < "$out/codes.txt") certificates, 50 concurrent clients, each asking again at once"
run_wrk verification 50 60 "$out/codes.txt"
run_wrk health 50 60 "$out/health.txt"
log "== the same, each client pausing 50 ms between requests"
DELAY=50 run_wrk verification 50 60 "$out/codes.txt"
DELAY=50 run_wrk health 50 60 "$out/health.txt"

log "== certificate PDF, one client"
jar_cookies="$out/cookies.txt"
csrf=$(curl -sf -c "$jar_cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -sf -b "$jar_cookies" -c "$jar_cookies" -o /dev/null "$base/login" --data-urlencode "username=national" \
  --data-urlencode "password=Demo#IPTalent2026" --data-urlencode "_csrf=$csrf"
session=$(awk '$6 == "JSESSIONID" {print $6 "=" $7}' "$jar_cookies" | tail -1)
sql -c "select '/certificates/' || id || '/pdf' from certificate where state = 'ISSUED' order by random() limit 2000" > "$out/pdfs.txt"
curl -sf -H "Cookie: $session" -o "$out/sample.pdf" "$base$(head -1 "$out/pdfs.txt")"
log "sample: $(file -b "$out/sample.pdf" | cut -c1-40), $(stat -c %s "$out/sample.pdf") bytes"
run_wrk pdf 1 30 "$out/pdfs.txt" -H "Cookie: $session"
run_wrk health 1 30 "$out/health.txt"
jcmd $app GC.heap_info | grep -E "garbage-first heap" | sed 's/^/heap at the end: /' | tee -a "$out/results.txt"
