# Sourced by the benchmarks (bench/*.sh): build or take the jar, start the platform on a bench's data directory,
# wait for it, reach its embedded PostgreSQL and sign in, written once. The caller sets out (its results and app.log),
# port and base (http://localhost:$port) first; jvm may replace the JVM's options (an array, default below).
# shellcheck shell=bash

jvm=(-Xmx1g -XX:+UseG1GC)

log() { echo "$*" | tee -a "$out/results.txt"; }

bench_jar() { # sets jar: BENCH_JAR when given (a jar built before), else the one built now
  [ -n "${BENCH_JAR:-}" ] || ./mvnw -B -q -DskipTests package
  jar=${BENCH_JAR:-$(ls target/iptalent-*.jar | head -1)}
}

bench_start() { # data-directory [platform arguments...]: the platform in the background as $app, stopped on exit
  local data=$1
  shift
  java "${jvm[@]}" -jar "$jar" --server.port="$port" \
    --iptalent.embedded-db.data-directory="$data/pg" --iptalent.search.index-directory="$data/index" \
    --iptalent.import.directory="$data/imports" --iptalent.crypto.key-file="$data/key" \
    --iptalent.security.mfa-required-roles= "$@" >> "$out/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true' EXIT
}

bench_wait_health() { # [seconds, default 1200]: until the health endpoint answers; fails (and says so) after that
  local i
  for i in $(seq 1 "${1:-1200}"); do
    curl -sf "$base/actuator/health" >/dev/null && return 0
    kill -0 "$app" 2>/dev/null || { echo "the platform stopped: see $out/app.log" >&2; return 1; }
    sleep 1
  done
  echo "no health after ${1:-1200} s: see $out/app.log" >&2
  return 1
}

bench_wait_history() { # [seconds, default 3600]: until the start has brought the indicators' history up to date
  local i
  for i in $(seq 1 "${1:-3600}"); do
    grep -q "Plan indicators: history up to date" "$out/app.log" && return 0
    sleep 1
  done
  echo "the indicators' history not up to date after ${1:-3600} s: see $out/app.log" >&2
  return 1
}

bench_history_line() { # what the start logged when the history was up to date
  grep -o 'Plan indicators: history up to date.*' "$out/app.log" | tail -1
}

bench_db() { # data-directory: pgport and PGPASSWORD of the embedded PostgreSQL the platform last started
  pgport=$(grep -o 'Embedded PostgreSQL running on port [0-9]*' "$out/app.log" | tail -1 | grep -o '[0-9]*$')
  PGPASSWORD=$(cat "$1/pg/iptalent-superuser.password")
  export PGPASSWORD
}

sql() { psql -h localhost -p "$pgport" -U postgres -d iptalent -v ON_ERROR_STOP=1 -qtA "$@"; }

bench_token() { # prints a bearer token of the demo's national administrator
  curl -sf -X POST "$base/api/v1/auth/tokens" -H 'Content-Type: application/json' \
    -d '{"username":"national","password":"Demo#IPTalent2026"}' | sed 's/.*"token":"\([^"]*\)".*/\1/'
}

bench_lock() { # holds BENCH_LOCK, when given, until the bench ends: no build shares the cores while it measures
  if [ -n "${BENCH_LOCK:-}" ]; then
    exec 9>"$BENCH_LOCK"
    flock 9
  fi
}
