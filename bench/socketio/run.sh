#!/usr/bin/env bash
# Socket.IO broadcast benchmark: Kilo Guardian's server (the production runner in its conformance/bench
# profile) against the reference Node socket.io v4 server, same load generator, same machine.
#
#   bench/socketio/run.sh [clients ...]        default: 1000 5000
#   BENCH_DURATION_MS=30000 BENCH_RATE=10 BENCH_SIZE=100 BENCH_SCRATCH=/tmp/kilo-socketio-bench
#   BENCH_APP=<a quarkus-app folder of a -Pproduction build>  (default: build one now)
#   BENCH_WARMUP_MS=60000 (uncounted broadcast before the measured one; spans two heartbeats, see load.mjs)  BENCH_RUNS=1 (repeat the whole set; latency tails vary from run to run on a shared 2-core box)
#   BENCH_SERVERS="kilo node" (alternating order from run to run)  BENCH_JAVA_OPTS=<extra JVM options for the runner, e.g. a JFR recording>
#   BENCH_BEFORE_APP=<quarkus-app folder of an older build>: adds server "before" (the same runner, that build),
#     for before/after figures side by side in one run on the same noisy box
#   BENCH_BEFORE_JAVA_OPTS=<extra JVM options for "before" instead of BENCH_JAVA_OPTS> (e.g. -XX:TieredStopAtLevel=4
#     to compare the image's options with both compilers, on the same build)
#   BENCH_JAVA=<java of the runner> (default the image's Java 25, /usr/lib/jvm/temurin-25-jdk-amd64/bin/java)
#   BENCH_BEFORE_JAVA=<java of "before"> (default java on the PATH)
#   BENCH_AOT=1: train the runner's AOT cache first (deploy/train-aot-cache.sh, as the image does)
#   BENCH_BEFORE_AOT=1: the same for "before" (with BENCH_BEFORE_JAVA a JDK 25)
#   BENCH_SCENARIO=broadcast (default) | fresh | storm
#     fresh: connect latency of a server that has just started: 3 waves of [clients] (default 1000)
#            websocket clients at BENCH_CONNECT_RATE (500) per second, p50/p99 per wave (fresh-connect.mjs)
#     storm: [clients] (default 5000) stock clients (default reconnection, polling then websocket);
#            the server is killed with -9 and started again on the same port; how long until every
#            client is back after the server answers, whether any gave up, and the loss of a
#            broadcast sent after they are back (storm.mjs)
# The runner gets the image's JVM options (JDK_JAVA_OPTIONS in deploy/Dockerfile) and the
# deployment's memory limit (BENCH_MAX_RAM=768m, as in deploy/k3s/app.yaml), so the figures are the
# ones the household's box would see.
#
# Builds the production runner (-Pproduction) and copies it to the scratch folder; installs socket.io + socket.io-client from npm (package-lock.json)
# into a scratch folder. Figures, not a pass/fail test: see docs/realtime.md for what was measured.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCRATCH=${BENCH_SCRATCH:-/tmp/kilo-socketio-bench}
RATE=${BENCH_RATE:-10}
DURATION_MS=${BENCH_DURATION_MS:-30000}
SIZE=${BENCH_SIZE:-100}
SCENARIO=${BENCH_SCENARIO:-broadcast}
CLIENTS=("$@")
if [ ${#CLIENTS[@]} -eq 0 ]; then
  case "$SCENARIO" in fresh) CLIENTS=(1000) ;; storm) CLIENTS=(5000) ;; *) CLIENTS=(1000 5000) ;; esac
fi
mkdir -p "$SCRATCH"
if [ -z "${BENCH_APP:-}" ]; then
  (cd "$ROOT" && ./mvnw -B -q package -Pproduction -pl gateway -am -DskipTests)
  BENCH_APP=$ROOT/gateway/target/quarkus-app
fi
BENCH_JAVA=${BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
rm -rf "$SCRATCH/app" && cp -r "$BENCH_APP" "$SCRATCH/app" && rm -f "$SCRATCH/app/app.aot"
if [ -n "${BENCH_BEFORE_APP:-}" ]; then rm -rf "$SCRATCH/before" && cp -r "$BENCH_BEFORE_APP" "$SCRATCH/before" && rm -f "$SCRATCH/before/app.aot"; fi
# A cache holds only for the jars it saw (their time too), so it is trained on the copy that runs.
if [ "${BENCH_AOT:-1}" = 1 ]; then "$ROOT/deploy/train-aot-cache.sh" "$BENCH_JAVA" "$SCRATCH/app" >&2; fi
if [ -n "${BENCH_BEFORE_APP:-}" ] && [ "${BENCH_BEFORE_AOT:-0}" = 1 ]; then "$ROOT/deploy/train-aot-cache.sh" "${BENCH_BEFORE_JAVA:-java}" "$SCRATCH/before" >&2; fi
JAR=$SCRATCH/app/quarkus-run.jar
IMAGE_JAVA_OPTS=$(sed -n 's/^ENV JDK_JAVA_OPTIONS="\(.*\)"$/\1/p' "$ROOT/deploy/Dockerfile")
[ -n "$IMAGE_JAVA_OPTS" ] || { echo "no JDK_JAVA_OPTIONS in deploy/Dockerfile" >&2; exit 1; }
cp "$ROOT"/bench/socketio/{package.json,package-lock.json,load.mjs,fresh-connect.mjs,storm.mjs,reference-server.mjs} "$SCRATCH"/
(cd "$SCRATCH" && npm ci --no-audit --no-fund --loglevel=error)
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }
wait_ready() { # $1 = port, $2 = server: Kilo Guardian is ready when its readiness check says so (after
  # the connection-path warm-up, as k3s routes traffic), the reference when it answers a handshake.
  url="http://localhost:$1/socket.io/?EIO=4&transport=polling"
  [ "${2:-node}" = node ] || url="http://localhost:$1/q/health/ready"
  for _ in $(seq 1 480); do
    curl -fs "$url" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "server on port $1 did not start" >&2; return 1
}

# The runner needs its database in the bench profile too: a throwaway PostgreSQL unless one is given.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
stop_pg() { :; }
if [ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  PG_DIR=$(mktemp -d); chmod 755 "$PG_DIR"; PG_PORT=$(free_port)
  AS=(); if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DIR"; AS=(runuser -u postgres --); fi
  "${AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
  "${AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -o "-p $PG_PORT -k $PG_DIR" -l "$PG_DIR/log" -w start >/dev/null
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/postgres"
  # the "before" build gets a database of its own: its Flyway would refuse newer migrations
  "${AS[@]}" "$PG_BIN/createdb" -h "$PG_DIR" -p "$PG_PORT" -U postgres kilo_before
  BENCH_BEFORE_JDBC_URL=${BENCH_BEFORE_JDBC_URL:-jdbc:postgresql://localhost:$PG_PORT/kilo_before}
  export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=
  stop_pg() { "${AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
fi

SERVER_PID=
stop_server() { if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi; SERVER_PID=; }
trap 'stop_server; stop_pg' EXIT

start_server() { # $1 = kilo | before | node, $2 = port
  if [ "$1" = kilo ] || [ "$1" = before ]; then
    jar=$JAR; db=$QUARKUS_DATASOURCE_JDBC_URL; java=$BENCH_JAVA
    extra=${BENCH_JAVA_OPTS:-}
    if [ "$1" = before ]; then jar=$SCRATCH/before/quarkus-run.jar; db=${BENCH_BEFORE_JDBC_URL:-$db}; extra=${BENCH_BEFORE_JAVA_OPTS:-$extra}; java=${BENCH_BEFORE_JAVA:-java}; fi
    if [ -f "$(dirname "$jar")/app.aot" ]; then extra="$extra -XX:AOTCache=$(dirname "$jar")/app.aot"; fi
    # Production heartbeat (25 s / 20 s) instead of the conformance profile's 300 ms, like the reference.
    (cd "$SCRATCH" && QUARKUS_PROFILE=conformance QUARKUS_HTTP_PORT=$2 QUARKUS_DATASOURCE_JDBC_URL=$db KILO_REALTIME_PING_INTERVAL=25s \
      KILO_REALTIME_PING_TIMEOUT=20s KILO_REALTIME_CONNECT_TIMEOUT=45s \
      exec $java $IMAGE_JAVA_OPTS -XX:MaxRAM=${BENCH_MAX_RAM:-768m} $extra -jar "$jar" >>"$SCRATCH/$1-$2.log" 2>&1) &
  else
    (cd "$SCRATCH" && exec node reference-server.mjs "$2" >"$SCRATCH/node-$2.log" 2>&1) &
  fi
  SERVER_PID=$!
  wait_ready "$2" "$1"
}

# The scenario of one server: prints its JSON line (and, for the storm, restarts the server).
measure() { # $1 = server, $2 = port, $3 = clients
  case "$SCENARIO" in
    fresh) (cd "$SCRATCH" && node fresh-connect.mjs "http://localhost:$2" "$3" "${BENCH_CONNECT_RATE:-500}" 3) ;;
    storm)
      out=$SCRATCH/storm-$2.out; : >"$out"
      (cd "$SCRATCH" && node storm.mjs "http://localhost:$2" "$3" >"$out") & load=$!
      until grep -q '^@connected' "$out"; do kill -0 $load 2>/dev/null || { cat "$out" >&2; return 1; }; sleep 0.2; done
      # (no "wait" here: this runs in a subshell, where bash would wait for the killed server forever)
      kill -9 "$SERVER_PID"; sleep 0.3
      start_server "$1" "$2"; ready=$(date +%s%3N)
      wait $load
      back=$(sed -n 's/^@reconnected \([0-9]*\)$/\1/p' "$out")
      tail -1 "$out" | python3 -c "import json,sys; r=json.load(sys.stdin); r['backAfterReadyMs']=${back:-0}-$ready; print(json.dumps(r))"
      kill "$SERVER_PID" 2>/dev/null || true; sleep 1 ;; # the restarted server is this subshell's child
    *) (cd "$SCRATCH" && node load.mjs "http://localhost:$2" "$3" "$SERVER_PID" "$RATE" "$DURATION_MS" "$SIZE") || true ;; # a failed run prints {"failed": ...}
  esac
}

RESULTS=()
for run in $(seq 1 "${BENCH_RUNS:-1}"); do
SERVERS=(${BENCH_SERVERS:-kilo node})
for n in "${CLIENTS[@]}"; do
  # Every other run goes the other way round (kilo node, node kilo, ...): the server measured first
  # after the build or a quiet spell does not always get the same one.
  order=("${SERVERS[@]}")
  if [ $((run % 2)) -eq 0 ]; then order=(); for ((i = ${#SERVERS[@]} - 1; i >= 0; i--)); do order+=("${SERVERS[i]}"); done; fi
  for server in "${order[@]}"; do
    port=$(free_port)
    start_server "$server" "$port"
    echo "== $SCENARIO: $server, $n clients" >&2
    line=$(measure "$server" "$port" "$n")
    echo "$line" >&2
    RESULTS+=("$server $line")
    stop_server
    sleep 2
  done
done
done

if [ "$SCENARIO" = fresh ]; then
  printf '\n%-7s %7s %14s %14s %14s\n' server clients "wave1 p50/p99" "wave2 p50/p99" "wave3 p50/p99"
  for r in "${RESULTS[@]}"; do
    python3 - "${r%% *}" "${r#* }" <<'PY'
import json, sys
s, r = sys.argv[1], json.loads(sys.argv[2])
w = [f"{x['p50Ms']}/{x['p99Ms']}" + (f" ({x['failed']} failed)" if x['failed'] else "") for x in r['waves']]
print(f"{s:<7} {r['clients']:>7} " + " ".join(f"{x:>14}" for x in w))
PY
  done
  exit 0
fi
if [ "$SCENARIO" = storm ]; then
  printf '\n%-7s %7s %12s %16s %12s %7s %8s %8s\n' server clients reconnected back_after_ready_ms back_after_down gave_up dropped loss_%
  for r in "${RESULTS[@]}"; do
    python3 - "${r%% *}" "${r#* }" <<'PY'
import json, sys
s, r = sys.argv[1], json.loads(sys.argv[2])
print(f"{s:<7} {r['clients']:>7} {r['reconnected']:>12} {r['backAfterReadyMs']:>16} {r['backAfterDownMs']:>12} {r['gaveUp']:>7} {r.get('droppedDuringBroadcast', '-'):>8} {r['lossPercent']:>8}")
PY
  done
  exit 0
fi
printf '\n%-6s %7s %10s %9s %9s %8s %8s %8s %6s %7s %9s %9s %6s %9s %9s\n' server clients connect_ms p50_ms p99_ms max_ms loss_% cpu_% rss_MiB drops emit_p99 emit_max sys_% clients_% hb_tail_%
for r in "${RESULTS[@]}"; do
  server=${r%% *}; json=${r#* }
  python3 - "$server" "$json" <<'PY'
import json, sys
s, r = sys.argv[1], json.loads(sys.argv[2])
if "failed" in r:
    print(f"{s:<6} {r['clients']:>7} failed: {r['failed']}")
    sys.exit(0)
print(f"{s:<6} {r['clients']:>7} {r['connectAllMs']:>10} {r['p50Ms']:>9} {r['p99Ms']:>9} {r['maxMs']:>8} {r['lossPercent']:>8} {r['serverCpuPercent']:>8} {r['serverPeakRssMiB']:>6} {r['disconnects']:>7} {r['serverEmitP99Ms']:>9} {r['serverEmitMaxMs']:>9} {r['serverSystemCpuPercent']:>6} {r['clientCpuPercent']:>9} {r['heartbeatTailPercent']:>9}")
PY
done
