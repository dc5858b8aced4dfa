#!/usr/bin/env bash
# Registry benchmarks (docs/benchmarks.md): imports of 10k, 100k and 1M rows through the running
# platform (heap capped at 1 GB), each beside its floors measured in the same run — a bare fastexcel
# read of the file, PostgreSQL COPY of the same rows, a bare Lucene index of the same documents —
# then search and profile latency with 20 concurrent clients over the resulting registry.
# Usage: bench/run.sh [sizes...]   (default: 10000 100000 1000000)
#        bench/run.sh latency         (latency again, over the registry the last full run left)
# BENCH_DURABLE=false runs the embedded database without fsync and synchronous commit (to measure what
# durability costs; users always run durable); BENCH_LATENCY=false measures imports only.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
out=target/bench
latency_only=false
if [ "${1:-}" = latency ]; then
  latency_only=true
  sizes=()
  [ -d "$out/pg" ] || { echo "no registry from an earlier run in $out" >&2; exit 1; }
else
  sizes=("$@")
  [ $# -eq 0 ] && sizes=(10000 100000 1000000)
  rm -rf "$out" && mkdir -p "$out"
fi
./mvnw -B -q -DskipTests package
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"
jar=$(ls target/iptalent-*.jar | head -1)
port=18080
base="http://localhost:$port"

offset=0
for n in "${sizes[@]+"${sizes[@]}"}"; do
  java -Xmx1g -cp "$cp" org.iptalent.bench.BenchFiles "$n" "$offset" "$out" | tee -a "$out/results.txt"
  offset=$((offset + n))
done

bench_start "$out" --iptalent.embedded-db.durable="${BENCH_DURABLE:-true}" --iptalent.registry.demo.talents=0 \
  --iptalent.import.max-file-size=200MB --spring.servlet.multipart.max-file-size=200MB \
  --spring.servlet.multipart.max-request-size=210MB
bench_wait_health 120
# the embedded server requires the password it generated at its first start
bench_db "$out"
token=$(bench_token)

for n in "${sizes[@]+"${sizes[@]}"}"; do
  echo "== $n rows" | tee -a "$out/results.txt"
  java -Xmx1g -cp "$cp" org.iptalent.bench.BareRead "$out/talents-$n.xlsx" | sed 's/^/floor fastexcel: /' | tee -a "$out/results.txt"
  psql -h localhost -p "$pgport" -U postgres -d iptalent -q -c "create table bench_copy (c1 text, c2 text, c3 text,
    c4 text, c5 text, c6 text, c7 text, c8 text, c9 text, c10 text, c11 text, c12 text, c13 text, c14 text, c15 text,
    c16 text, c17 text, c18 text)"
  s=$(date +%s.%N)
  psql -h localhost -p "$pgport" -U postgres -d iptalent -q -c "\copy bench_copy from '$out/talents-$n.csv' csv"
  echo "floor COPY: $(echo "$(date +%s.%N) - $s" | bc) s" | tee -a "$out/results.txt"
  psql -h localhost -p "$pgport" -U postgres -d iptalent -q -c "drop table bench_copy"
  rm -rf "$out/bare-index"
  java -Xmx1g -cp "$cp" org.iptalent.bench.BareIndex "$out/talents-$n.csv" "$out/bare-index" | sed 's/^/floor Lucene: /' | tee -a "$out/results.txt"
  java -cp "$cp" org.iptalent.bench.ImportRun "http://localhost:$port" "$token" "$out/talents-$n.xlsx" | tee -a "$out/results.txt"
  jcmd $app GC.heap_info | grep -E "garbage-first heap" | sed 's/^/heap after import: /' | tee -a "$out/results.txt"
done

if [ "${BENCH_LATENCY:-true}" = false ]; then
  exit 0
fi
max=$(psql -h localhost -p "$pgport" -U postgres -d iptalent -tAc "select max(id) from talent")
echo "== latency over $max talents" | tee -a "$out/results.txt"
if command -v wrk >/dev/null; then
  # wrk (apt-get install wrk) costs the 2 cores far less than a JVM client would; 90 s of warm-up first
  # (a search's CPU falls from 4.9 to 3.4 ms over its first minute, as the JIT compiles Lucene's loops)
  for kind in search facets profile; do
    TOKEN=$token KIND=$kind MAX_ID=$max wrk -t2 -c20 -d90s -s bench/talents.lua "http://localhost:$port" >/dev/null
    TOKEN=$token KIND=$kind MAX_ID=$max wrk -t2 -c20 -d20s -s bench/talents.lua "http://localhost:$port" \
      | grep -E "^(search|facets|profile):" | sed 's/^/wrk /' | tee -a "$out/results.txt"
  done
else
  java -cp "$cp" org.iptalent.bench.LoadTest "http://localhost:$port" "$token" search 20 200 "$max" | tee -a "$out/results.txt"
  java -cp "$cp" org.iptalent.bench.LoadTest "http://localhost:$port" "$token" profile 20 500 "$max" | tee -a "$out/results.txt"
fi
jcmd $app GC.heap_info | grep -E "garbage-first heap" | sed 's/^/heap at the end: /' | tee -a "$out/results.txt"
