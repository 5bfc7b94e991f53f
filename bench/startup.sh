#!/usr/bin/env bash
# Startup benchmark: seconds from `java -jar` to readiness (GET /actuator/health/readiness answers UP), on the
# embedded default (H2 file database in a fresh temporary directory, so every run migrates an empty database).
# Builds target/zhiben.jar first if it is missing. Usage: bench/startup.sh   (RUNS=3 PORT=8080 JAVA_OPTS=… MVN_FLAGS=-o)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
PORT=${PORT:-8080}
JAR=target/zhiben.jar
URL="http://localhost:$PORT/actuator/health/readiness"

if [[ ! -f $JAR ]]; then
    echo "building $JAR …"
    ./mvnw -q -B ${MVN_FLAGS:-} -DskipTests package
fi
if curl -s -o /dev/null --max-time 2 "http://localhost:$PORT/"; then
    echo "port $PORT is already in use; set PORT=…" >&2
    exit 1
fi

now() { date +%s.%N; }
total=0
for run in $(seq 1 "$RUNS"); do
    TMP=$(mktemp -d)
    start=$(now)
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" \
        "--spring.datasource.url=jdbc:h2:file:$TMP/zhiben;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        "--zhiben.files.root=$TMP/files" \
        --zhiben.bootstrap.admin-password=Bench@12345 >"$TMP/app.log" 2>&1 &
    pid=$!
    ready=""
    for _ in $(seq 1 1800); do # up to 180 s
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "run $run: the application exited before it was ready; last log lines:" >&2
            tail -40 "$TMP/app.log" >&2
            rm -rf "$TMP"
            exit 1
        fi
        if curl -fs --max-time 1 "$URL" 2>/dev/null | grep -q '"UP"'; then
            ready=$(now)
            break
        fi
        sleep 0.1
    done
    if [[ -z $ready ]]; then
        echo "run $run: not ready after 180 s" >&2
        kill "$pid"; wait "$pid" 2>/dev/null || true
        rm -rf "$TMP"
        exit 1
    fi
    seconds=$(echo "$ready - $start" | bc -l)
    total=$(echo "$total + $seconds" | bc -l)
    printf 'run %d: ready after %.2f s (polled every 0.1 s)\n' "$run" "$seconds"
    grep -o 'Started [A-Za-z]* in [0-9.]* seconds[^)]*)' "$TMP/app.log" | sed 's/^/       /' || true
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$TMP"
done
printf 'mean of %d runs: %.2f s to ready\n' "$RUNS" "$(echo "$total / $RUNS" | bc -l)"
