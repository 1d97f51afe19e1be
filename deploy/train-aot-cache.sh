#!/usr/bin/env bash
# Trains the JVM's ahead-of-time cache (JDK 25: JEP 483 and 514) for the production runner. It starts
# the runner once on a throwaway PostgreSQL with -XX:AOTCacheOutput, sends it the requests a
# household's day starts with, and stops it; at exit the JVM writes RUNNER/app.aot. Started with
# -XX:AOTCache=app.aot, the runner finds its classes already loaded and linked (docs/performance.md:
# "started in" ~1.1 s instead of ~3 s).
#
#   deploy/train-aot-cache.sh JAVA RUNNER_DIR
#
# A cache holds only for the JVM build that wrote it and for the runner's jars as they are, so it is
# made where it is used: in deploy/Dockerfile's training stage on the image's own JRE, and in the
# production build (gateway/pom.xml, before the ITs) on the JDK that the ITs run the runner with.
# The requests are real API calls: when the API changes under them, the training (and so the build)
# fails instead of quietly training less.
#
# JVM options: JDK_JAVA_OPTIONS when set (the image sets it), else the image's, read from
# deploy/Dockerfile beside this script. Needs curl and PostgreSQL's server binaries (PG_BIN, default
# the newest /usr/lib/postgresql/*/bin).
set -euo pipefail

JAVA=${1:?usage: $0 JAVA RUNNER_DIR}
RUNNER=$(cd "${2:?usage: $0 JAVA RUNNER_DIR}" && pwd)
test -f "$RUNNER/quarkus-run.jar" || { echo "no quarkus-run.jar in $RUNNER" >&2; exit 1; }
if [ -z "${JDK_JAVA_OPTIONS:-}" ]; then
    JDK_JAVA_OPTIONS=$(sed -n 's/^ENV JDK_JAVA_OPTIONS="\(.*\)"$/\1/p' "$(dirname "$0")/Dockerfile" | tail -1)
    [ -n "$JDK_JAVA_OPTIONS" ] || { echo "no JDK_JAVA_OPTIONS set and none in deploy/Dockerfile" >&2; exit 1; }
    export JDK_JAVA_OPTIONS
fi
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
test -x "$PG_BIN/pg_ctl" || { echo "no PostgreSQL server binaries (set PG_BIN)" >&2; exit 1; }

WORK=$(mktemp -d); chmod 755 "$WORK"
unused_port() { # nothing listens there (no python or ss in the image: bash's /dev/tcp)
    local port
    while port=$(( 20000 + RANDOM % 12000 )); (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do :; done
    echo "$port"
}
PG_PORT=$(unused_port) HTTP_PORT=$(unused_port)
AS=(); if [ "$(id -u)" = 0 ]; then chown postgres "$WORK"; AS=(runuser -u postgres --); fi
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    "${AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
"${AS[@]}" "$PG_BIN/initdb" -D "$WORK/data" -A trust -U postgres >/dev/null
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -o "-p $PG_PORT -k $WORK -c listen_addresses=localhost" -l "$WORK/pg.log" -w start >/dev/null
"${AS[@]}" "$PG_BIN/createdb" -h "$WORK" -p "$PG_PORT" -U postgres kilo

rm -f "$RUNNER/app.aot"
ADMIN=trainer PASSWORD=training-password-$RANDOM$RANDOM
# The memory limit of the k3s Deployment, so that the heap is sized as it will be. No method profiles
# in the cache (-AOTRecordTraining, JEP 515): only C1 compiles (-XX:TieredStopAtLevel=1), which does not
# use them, and they cost ~5 MiB of resident memory in every run (docs/performance.md, "Memory").
(cd "$WORK" && QUARKUS_HTTP_PORT=$HTTP_PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/kilo" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= KILO_ADMIN_USERNAME=$ADMIN KILO_ADMIN_PASSWORD=$PASSWORD \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=training-$RANDOM-$RANDOM-$RANDOM-$RANDOM-$RANDOM-$RANDOM \
    exec "$JAVA" -XX:AOTCacheOutput="$RUNNER/app.aot" -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -XX:MaxRAM=768m -jar "$RUNNER/quarkus-run.jar" >"$WORK/kilo.log" 2>&1) &
SERVER_PID=$!
BASE=http://localhost:$HTTP_PORT
for _ in $(seq 1 600); do
    curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the runner exited during training:" >&2; tail -40 "$WORK/kilo.log" >&2; exit 1; }
    sleep 0.2
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "the runner was not ready within 120 s:" >&2; tail -40 "$WORK/kilo.log" >&2; exit 1; }

fail() { echo "training request failed: $*" >&2; tail -20 "$WORK/kilo.log" >&2; exit 1; }
TOKEN=$(curl -fsS -u "$ADMIN:$PASSWORD" -H 'Content-Type: application/json' -d '{"name":"aot-training"}' "$BASE/api/tokens" \
    | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || fail "POST /api/tokens"
api() { # METHOD PATH [JSON]
    local args=(-fsS -o /dev/null -X "$1" -H "Authorization: Bearer $TOKEN")
    if [ $# -ge 3 ]; then args+=(-H 'Content-Type: application/json' -d "$3"); fi
    curl "${args[@]}" "$BASE$2" || fail "$1 $2"
}
# Yesterday (UTC): a past day in every household time zone, so that no date is refused as future.
DAY=$(date -u -d yesterday +%F)
HABIT=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"name":"Water the plants","schedule":{"type":"daily"}}' "$BASE/api/habits" | sed -n 's/^{"id":\([0-9]*\).*/\1/p')
[ -n "$HABIT" ] || fail "POST /api/habits"
api POST "/api/habits/$HABIT/completions" "{\"date\":\"$DAY\"}"
api POST /api/meds '{"name":"Vitamin D","dosage":"1000 IU","form":"tablet","times":["08:00"],"stock":60}'
printf 'Date,Description,Amount,Payee,Reference\n%s,Groceries,-42.10,Supermarket,t-1\n%s,Salary,2500.00,Employer,t-2\n' "$DAY" "$DAY" >"$WORK/training.csv"
curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/training.csv;type=text/csv" \
    "$BASE/api/financial/imports?dryRun=false" || fail "POST /api/financial/imports"
for _ in $(seq 1 30); do
    for path in /api/habits/today /api/habits /api/habits/stats /api/meds /api/meds/due /api/people \
        "/api/financial/transactions?size=50" /api/financial/accounts /api/financial/summary; do
        api GET "$path"
    done
    curl -fsS -o /dev/null "$BASE/login" || fail "GET /login"
    curl -fsS -o /dev/null "$BASE/socket.io/?EIO=4&transport=polling" || fail "GET /socket.io/"
done

# A clean stop: the JVM writes the cache as it exits (a second JVM assembles it, a few seconds).
kill "$SERVER_PID"; wait "$SERVER_PID" || true; SERVER_PID=
test -s "$RUNNER/app.aot" || { echo "the JVM wrote no AOT cache:" >&2; tail -40 "$WORK/kilo.log" >&2; exit 1; }
echo "AOT cache: $RUNNER/app.aot ($(du -h "$RUNNER/app.aot" | cut -f1))"
