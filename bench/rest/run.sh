#!/usr/bin/env bash
# REST, memory and start-time benchmark of the production runner on a seeded household (issue 18).
#
#   bench/rest/run.sh
#   BENCH_APP=<a quarkus-app folder of a -Pproduction build>  (default: build one now)
#   BENCH_BEFORE_APP=<quarkus-app folder of an older build>: adds server "before" (its own database,
#     a copy of the same seeded database), for before/after figures side by side in one run on the same noisy box
#   BENCH_JAVA_OPTS / BENCH_BEFORE_JAVA_OPTS: the JVM options of each (default: the image's, read from
#     deploy/Dockerfile; give the older build its own image's options when they differed)
#   BENCH_JAVA / BENCH_BEFORE_JAVA: the java binary of each (default: the image's Java 25 for the
#     current build, /usr/lib/jvm/temurin-25-jdk-amd64/bin/java; java on the PATH for the older one)
#   BENCH_AOT=1 / BENCH_BEFORE_AOT=0: train an AOT cache for that server's copy first
#     (deploy/train-aot-cache.sh, as the image does; needs a JDK 25) and start it with -XX:AOTCache
#   BENCH_MAX_RAM=768m (the k3s limit)  BENCH_RUNS=3  BENCH_SECONDS=15 (wrk, per endpoint, after a warm-up
#   of BENCH_WARMUP_SECONDS=10)  BENCH_CONNECTIONS=32  BENCH_SOCKETS=1000  BENCH_SCRATCH=/tmp/kilo-rest-bench
#   BENCH_EXTRA_OPTS: more JVM options for both (e.g. a JFR recording)
#
# Per run and server: start the runner (time to "started in" and to /q/health/ready), its resident
# memory (VmRSS) once ready and after one dashboard page in headless Chromium, then wrk with a bearer
# token at BENCH_CONNECTIONS connections on GET /api/habits/today and GET /api/financial/transactions?size=50
# (req/s, p50, p99, and the server's CPU time per request, which the box's other load hardly moves),
# then GET /api/habits/today again while a habit is completed every BENCH_CHANGE_MS=100 (each a change:
# the checklist is read from the database again after it), then the RSS while it holds BENCH_SOCKETS
# Socket.IO clients. The database is a
# throwaway PostgreSQL 15 (Debian's initdb/pg_ctl) seeded once through the REST API (the "before"
# server runs on a copy)
# (seed.mjs: 10 medications, 30 habits with a year of history, 10,000 transactions by CSV import).
# Needs node/npm, and wrk, chromium and postgresql-15 (Debian packages, installed here when missing).
# Figures, not a pass/fail test: see docs/performance.md for what was measured.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCRATCH=${BENCH_SCRATCH:-/tmp/kilo-rest-bench}
RUNS=${BENCH_RUNS:-3}
SECONDS_PER_ENDPOINT=${BENCH_SECONDS:-15}
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
SOCKETS=${BENCH_SOCKETS:-1000}
CHANGE_SECONDS=$(awk "BEGIN {print ${BENCH_CHANGE_MS:-100} / 1000}")
ADMIN=bench PASSWORD=bench-password-$RANDOM$RANDOM
mkdir -p "$SCRATCH"

MISSING=(); command -v wrk >/dev/null || MISSING+=(wrk); command -v chromium >/dev/null || MISSING+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || [ -n "${PG_BIN:-}" ] || MISSING+=(postgresql-15)
if [ ${#MISSING[@]} -gt 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${MISSING[@]}" >/dev/null; fi
if [ -z "${BENCH_APP:-}" ]; then
  (cd "$ROOT" && ./mvnw -B -q package -Pproduction -pl gateway -am -DskipTests)
  BENCH_APP=$ROOT/gateway/target/quarkus-app
fi
BENCH_JAVA=${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
rm -rf "$SCRATCH/kilo" && cp -r "$BENCH_APP" "$SCRATCH/kilo" && rm -f "$SCRATCH/kilo/app.aot"
SERVERS=(kilo)
if [ -n "${BENCH_BEFORE_APP:-}" ]; then rm -rf "$SCRATCH/before" && cp -r "$BENCH_BEFORE_APP" "$SCRATCH/before" && rm -f "$SCRATCH/before/app.aot"; SERVERS+=(before); fi
# A cache holds only for the jars it saw (their time too), so it is trained on the copy that runs.
if [ "${BENCH_AOT:-1}" = 1 ]; then "$ROOT/deploy/train-aot-cache.sh" "$BENCH_JAVA" "$SCRATCH/kilo" >&2; fi
if [ -n "${BENCH_BEFORE_APP:-}" ] && [ "${BENCH_BEFORE_AOT:-0}" = 1 ]; then "$ROOT/deploy/train-aot-cache.sh" "${BENCH_BEFORE_JAVA:-java}" "$SCRATCH/before" >&2; fi
IMAGE_JAVA_OPTS=$(sed -n 's/^ENV JDK_JAVA_OPTIONS="\(.*\)"$/\1/p' "$ROOT/deploy/Dockerfile" | tail -1)
[ -n "$IMAGE_JAVA_OPTS" ] || { echo "no JDK_JAVA_OPTIONS in deploy/Dockerfile" >&2; exit 1; }
cp "$ROOT"/bench/rest/{package.json,package-lock.json,seed.mjs,dashboard.mjs,sockets.mjs} "$SCRATCH"/
(cd "$SCRATCH" && npm ci --no-audit --no-fund --loglevel=error)
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_DIR=$(mktemp -d); chmod 755 "$PG_DIR"; PG_PORT=$(free_port)
AS=(); if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DIR"; AS=(runuser -u postgres --); fi
"${AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -o "-p $PG_PORT -k $PG_DIR" -l "$PG_DIR/log" -w start >/dev/null
"${AS[@]}" "$PG_BIN/createdb" -h "$PG_DIR" -p "$PG_PORT" -U postgres kilo

SERVER_PID=
stop_server() { if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi; SERVER_PID=; }
cleanup() { stop_server; "${AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap cleanup EXIT

START_MS=0 READY_MS=0
start_server() { # $1 = kilo | before, $2 = port; sets SERVER_PID, READY_MS (launch to ready)
  local java=$BENCH_JAVA opts=${BENCH_JAVA_OPTS:-$IMAGE_JAVA_OPTS}
  local flyway=
  # the copy of the seeded database holds the current build's migrations, some unknown to an older one
  if [ "$1" = before ]; then java=${BENCH_BEFORE_JAVA:-java}; opts=${BENCH_BEFORE_JAVA_OPTS:-$IMAGE_JAVA_OPTS}; flyway='*:future,*:missing'; fi
  if [ -f "$SCRATCH/$1/app.aot" ]; then opts="$opts -XX:AOTCache=app.aot"; fi
  : >"$SCRATCH/$1.log"
  START_MS=$(now_ms)
  (cd "$SCRATCH/$1" && QUARKUS_HTTP_PORT=$2 QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/$1" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS="$flyway" KILO_ADMIN_USERNAME=$ADMIN KILO_ADMIN_PASSWORD=$PASSWORD \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=bench-$RANDOM-$RANDOM-$RANDOM-$RANDOM-$RANDOM-$RANDOM \
    exec $java $opts -XX:MaxRAM=${BENCH_MAX_RAM:-768m} ${BENCH_EXTRA_OPTS:-} -jar quarkus-run.jar >>"$SCRATCH/$1.log" 2>&1) &
  SERVER_PID=$!
  for _ in $(seq 1 2400); do
    if curl -fs "http://localhost:$2/q/health/ready" >/dev/null 2>&1; then READY_MS=$(( $(now_ms) - START_MS )); return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.05
  done
  echo "server $1 did not start:" >&2; tail -30 "$SCRATCH/$1.log" >&2; return 1
}
rss() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # utime + stime, in clock ticks
new_token() { # $1 = port
  curl -fs -u "$ADMIN:$PASSWORD" -H 'Content-Type: application/json' -d '{"name":"bench-'$RANDOM$RANDOM'"}' \
    "http://localhost:$1/api/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
# wrk's --latency histogram: req/s, p50 and p99 in ms
wrk_figures() { # $1 = port, $2 = token, $3 = path, $4 = seconds
  wrk -t2 -c"$CONNECTIONS" -d"$4"s --latency -H "Authorization: Bearer $2" "http://localhost:$1$3" | python3 -c '
import re, sys
text = sys.stdin.read()
def ms(v, unit): return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p = {k: ms(v, u) for k, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)}
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: (.*)", text)
print("%.0f %.1f %.1f %s%s" % (rps, p["50"], p["99"], bad.group(1) if bad else 0, " (" + errors.group(1) + ")" if errors else ""))'
}

# Seed the database once through the current build, in a start of its own that is not measured; the
# older build gets a copy of it (the same rows; its Flyway is told to leave the newer migrations alone), so
# that an older build's slow import (the old code once ran out of its transaction timeout importing
# 10,000 rows on a busy box) cannot stop the run.
port=$(free_port); start_server kilo "$port"
seeded=$(cd "$SCRATCH" && node seed.mjs "http://localhost:$port" "$(new_token "$port")") # stops the run if it fails
echo "== seeding: $seeded" >&2
stop_server
if [ -n "${BENCH_BEFORE_APP:-}" ]; then "${AS[@]}" "$PG_BIN/createdb" -h "$PG_DIR" -p "$PG_PORT" -U postgres -T kilo before; fi
# Both databases vacuumed and analysed alike: a fresh copy has no visibility map, so its index-only
# scans (the transaction page's count and account total) were slower for "before" alone.
"${AS[@]}" "$PG_BIN/vacuumdb" -h "$PG_DIR" -p "$PG_PORT" -U postgres --all --analyze --quiet

ENDPOINTS=("/api/habits/today" "/api/financial/transactions?size=50")
RESULTS=()
for run in $(seq 1 "$RUNS"); do
  order=("${SERVERS[@]}")
  if [ $((run % 2)) -eq 0 ]; then order=(); for ((i = ${#SERVERS[@]} - 1; i >= 0; i--)); do order+=("${SERVERS[i]}"); done; fi
  for s in "${order[@]}"; do
    sleep 2
    port=$(free_port); start_server "$s" "$port"
    started=$(sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' "$SCRATCH/$s.log" | tail -1)
    rss_start=$(rss "$SERVER_PID")
    dash=$(cd "$SCRATCH" && node dashboard.mjs "http://localhost:$port" "$ADMIN" "$PASSWORD" | python3 -c 'import json,sys; print(json.load(sys.stdin)["dashboardMs"])')
    sleep 1; rss_dash=$(rss "$SERVER_PID")
    token=$(new_token "$port")
    line="$s $run ${started:-?} $READY_MS $rss_start $rss_dash $dash"
    for path in "${ENDPOINTS[@]}"; do
      wrk_figures "$port" "$token" "$path" "$WARMUP_SECONDS" >/dev/null
      ticks=$(cpu_ticks "$SERVER_PID")
      figures=$(wrk_figures "$port" "$token" "$path" "$SECONDS_PER_ENDPOINT")
      # the server's own CPU per request: unlike req/s, hardly moved by what else runs on the box
      cpu_us=$(( ($(cpu_ticks "$SERVER_PID") - ticks) * 1000000 / $(getconf CLK_TCK) / ( ${figures%% *} * SECONDS_PER_ENDPOINT + 1) ))
      line="$line | $figures ${cpu_us}us"
    done
    # The checklist again while a habit is completed every BENCH_CHANGE_MS: each completion is a change,
    # so the reads right after it build the list from the database again (kept reads, docs/performance.md)
    habit=$(curl -fs -H "Authorization: Bearer $token" "http://localhost:$port/api/habits/today" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
    (while :; do curl -fs -o /dev/null -X POST -H "Authorization: Bearer $token" "http://localhost:$port/api/habits/$habit/completions"; sleep "$CHANGE_SECONDS"; done) &
    changer=$!
    figures=$(wrk_figures "$port" "$token" "/api/habits/today" "$SECONDS_PER_ENDPOINT")
    kill "$changer"; wait "$changer" 2>/dev/null || true
    line="$line | $figures"
    socks=$(cd "$SCRATCH" && node sockets.mjs "http://localhost:$port" "$token" "$SERVER_PID" "$SOCKETS" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["rssMiB"], r["connectMs"])')
    line="$line | $socks | $(awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$SERVER_PID/status")"
    echo "$line" >&2
    RESULTS+=("$line")
    stop_server
  done
done

echo
printf '%-7s %3s %8s %8s %9s %9s %7s | %-38s | %-38s | %-30s | %9s %7s | %8s\n' server run started ready_ms rss_start rss_dash dash_ms \
  "habits/today rps p50 p99 non2xx cpu/req" "transactions rps p50 p99 non2xx cpu/req" "today+changes rps p50 p99 non2xx" \
  "rss_${SOCKETS}io" conn_ms peak_rss
for r in "${RESULTS[@]}"; do
  IFS='|' read -r head today tx changing socks peak <<<"$r"
  read -r s run started ready rs rd dm <<<"$head"
  read -r sr sc <<<"$socks"
  printf '%-7s %3s %8s %8s %9s %9s %7s | %-38s | %-38s | %-30s | %9s %7s | %8s\n' "$s" "$run" "$started" "$ready" "$rs" "$rd" "$dm" \
    "$(echo $today)" "$(echo $tx)" "$(echo $changing)" "$sr" "$sc" "$(echo $peak)"
done
