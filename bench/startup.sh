#!/usr/bin/env bash
# Startup benchmark: seconds from `java -jar` to readiness (GET /actuator/health/readiness answers UP), on the
# embedded default (H2 file database in a fresh temporary directory, so every run migrates an empty database).
# Builds target/zhiben.jar first if it is missing. Usage: bench/startup.sh   (RUNS=3 PORT=8080 JAVA_OPTS=… MVN_FLAGS=-o)
# CDS=1 runs the extracted jar with an AppCDS archive made by one training run first (see docs/deploy.md).
# AOT=1 (JDK 25: JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java) runs it with an AOT cache (JEP 483/514/515) made by
# one training run that goes all the way to readiness, demo seeding included, and is written when that JVM exits.
# RUN=1 launches the application the way `./mvnw spring-boot:run` forks it: target/classes and the dependency jars
# on the class path (no fat jar) and the plugin's optimized launch, -XX:TieredStopAtLevel=1 (C1 only).
# JAVA=… chooses the java launcher (default: java on the PATH).
# Each run prints where the time went, read from the application's own log lines (see phases() below).
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

# Seconds between the log's own landmarks: JVM start to the first log line, context (of which Flyway, Hibernate
# bootstrap, the rest of the beans up to Tomcat), then the start-up runners (demo seeding: one BCrypt hash, the
# enterprise A/B data, every module's runner, the county generator) up to the last of them, and the wait for the
# readiness probe.
phases() {
    local log=$1 launched=$2 ready=$3
    awk -v launched="$launched" -v ready="$ready" '
        function t(line,   hms, parts) {
            hms = substr(line, 12, 12); split(hms, parts, ":")
            return parts[1] * 3600 + parts[2] * 60 + parts[3]
        }
        /^20[0-9][0-9]-/ { last = t($0); if (!first) first = last }
        /Starting [A-Za-z]*Application/ { starting = t($0) }
        /FlywayExecutor/ && !flyway0 { flyway0 = t($0) }
        /Successfully applied|Schema .* is up to date/ { flyway1 = t($0) }
        /HHH008540/ { hib0 = t($0) }
        /Initialized JPA EntityManagerFactory/ { hib1 = t($0) }
        /Tomcat started on port/ { tomcat = t($0) }
        /Started [A-Za-z]*Application in/ { started = t($0) }
        /o\.zhiben\.demo\.|org\.zhiben\.demo\./ { demo = t($0) }
        END {
            # the log is in UTC, the launch and ready times are epoch seconds: compare within the day
            day0 = launched - (launched % 86400)
            l = launched - day0; r = ready - day0
            printf "       phases: jvm→log %.1f s | context %.1f s (scan→datasource %.1f, flyway %.1f, hibernate %.1f, beans→tomcat %.1f) | runners/demo %.1f s | →ready %.1f s\n",
                starting - l, started - starting, flyway0 - starting, flyway1 - flyway0, hib1 - hib0, tomcat - hib1,
                demo - started, r - demo
        }' "$log"
}

# Each demo runner logs its own milliseconds ("… in N ms"): one line with all of them, in the order they ran.
seeders() {
    grep -v 'rows planned' "$1" | perl -ne 'print "$1 $2\n" if /[.]demo[.](\w+)\s*: .*?(?:in |\()(\d+) ms/' \
        | awk '{ printf "%s%s %s ms", (NR > 1 ? ", " : "       seeders: "), $1, $2 } END { if (NR) print "" }'
}

# Polls readiness until UP (up to 180 s) while the process lives; prints the epoch seconds of UP, or fails.
await_ready() {
    local pid=$1
    for _ in $(seq 1 1800); do
        kill -0 "$pid" 2>/dev/null || return 1
        if curl -fs --max-time 1 "$URL" 2>/dev/null | grep -q '"UP"'; then
            now
            return 0
        fi
        sleep 0.1
    done
    return 1
}

JAVA=${JAVA:-java}
JAVA_CMD=("$JAVA")
TARGET=(-jar "$JAR")
if [[ ${AOT:-0} == 1 ]]; then
    AOT_DIR=target/aot
    rm -rf "$AOT_DIR"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$AOT_DIR" >/dev/null
    TRAIN=$(mktemp -d)
    echo "AOT: training run to readiness …"
    "$JAVA" ${JAVA_OPTS:-} -XX:AOTCacheOutput="$AOT_DIR/app.aot" -jar "$AOT_DIR/zhiben.jar" --server.port="$PORT" \
        "--spring.datasource.url=jdbc:h2:file:$TRAIN/zhiben;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        "--zhiben.files.root=$TRAIN/files" >"$TRAIN/train.log" 2>&1 &
    train=$!
    if ! await_ready "$train" >/dev/null; then
        echo "AOT: the training run did not get ready; last log lines:" >&2
        tail -20 "$TRAIN/train.log" >&2
        exit 1
    fi
    kill "$train"
    wait "$train" 2>/dev/null || true
    grep -h 'AOTCache creation is complete' "$TRAIN/train.log" || { echo "AOT: no cache written" >&2; exit 1; }
    rm -rf "$TRAIN"
    JAVA_CMD=("$JAVA" -XX:AOTCache="$AOT_DIR/app.aot")
    TARGET=(-jar "$AOT_DIR/zhiben.jar")
fi
if [[ ${CDS:-0} == 1 ]]; then
    CDS_DIR=target/cds
    rm -rf "$CDS_DIR"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$CDS_DIR" >/dev/null
    TRAIN=$(mktemp -d)
    echo "CDS: training run (spring.context.exit=onRefresh) …"
    "$JAVA" ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$CDS_DIR/app.jsa" -Dspring.context.exit=onRefresh -jar "$CDS_DIR/zhiben.jar" \
        "--spring.datasource.url=jdbc:h2:file:$TRAIN/zhiben;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        "--zhiben.files.root=$TRAIN/files" --server.port="$PORT" >"$TRAIN/train.log" 2>&1 || true
    rm -rf "$TRAIN"
    JAVA_CMD=("$JAVA" -XX:SharedArchiveFile="$CDS_DIR/app.jsa")
    TARGET=(-jar "$CDS_DIR/zhiben.jar")
fi
if [[ ${RUN:-0} == 1 ]]; then
    ./mvnw -q -B ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/run.classpath >/dev/null
    JAVA_CMD=("$JAVA" -XX:TieredStopAtLevel=1)
    TARGET=(-cp "target/classes:$(cat target/run.classpath)" org.zhiben.ZhibenApplication)
fi
total=0
times=()
for run in $(seq 1 "$RUNS"); do
    TMP=$(mktemp -d)
    start=$(now)
    # shellcheck disable=SC2086
    "${JAVA_CMD[@]}" ${JAVA_OPTS:-} "${TARGET[@]}" --server.port="$PORT" \
        "--spring.datasource.url=jdbc:h2:file:$TMP/zhiben;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        "--zhiben.files.root=$TMP/files" \
        --zhiben.bootstrap.admin-password=Bench@12345 >"$TMP/app.log" 2>&1 &
    pid=$!
    if ! ready=$(await_ready "$pid"); then
        echo "run $run: not ready after 180 s, or exited; last log lines:" >&2
        tail -40 "$TMP/app.log" >&2
        kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
        rm -rf "$TMP"
        exit 1
    fi
    seconds=$(echo "$ready - $start" | bc -l)
    total=$(echo "$total + $seconds" | bc -l)
    times+=("$seconds")
    printf 'run %d: ready after %.2f s (polled every 0.1 s)\n' "$run" "$seconds"
    grep -o 'Started [A-Za-z]* in [0-9.]* seconds[^)]*)' "$TMP/app.log" | sed 's/^/       /' || true
    phases "$TMP/app.log" "$start" "$ready"
    seeders "$TMP/app.log"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$TMP"
done
printf 'mean of %d runs: %.2f s to ready\n' "$RUNS" "$(echo "$total / $RUNS" | bc -l)"
printf 'median of %d runs: %.2f s to ready\n' "$RUNS" "$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
