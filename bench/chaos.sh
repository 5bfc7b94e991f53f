#!/usr/bin/env bash
# Chaos under creation load (results in docs/reliability.md):
#   hazards are reported through the API by parallel clients, each with its own Idempotency-Key, while
#   1. the JVM is killed with SIGKILL and started again, and
#   2. PostgreSQL is restarted (fast shutdown: open connections are cut).
# Afterwards every request that was not acknowledged is sent again with the same key, and the run checks that every
# key gave exactly one hazard, every acknowledged id exists, the audit chain verifies and the statistics agree with a
# recount. The database is a private PostgreSQL cluster of this script (port 5433), so nothing else is disturbed.
#   bench/chaos.sh [seconds-of-load-per-phase] [clients]      (needs PostgreSQL 15 binaries, curl, jq; run as root)
set -euo pipefail
cd "$(dirname "$0")/.."
PHASE=${1:-20}
CLIENTS=${2:-6}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/zhiben-chaos.XXXX); chmod 777 "$WORK"
PORT=18090; PGPORT=5433; RUN=$(date +%s)
APP=""
as_pg() { su postgres -s /bin/bash -c "$*"; }
cleanup() {
  [ -n "$APP" ] && kill -9 "$APP" 2>/dev/null || true
  pkill -f "chaos-client $RUN" 2>/dev/null || true
  as_pg "$PGBIN/pg_ctl -D $WORK/pg -m immediate stop" > /dev/null 2>&1 || true
  [ -n "${KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

echo "== private PostgreSQL on $PGPORT"
as_pg "$PGBIN/initdb -D $WORK/pg -A trust -U postgres -E UTF8 --locale=C.UTF-8" > /dev/null
as_pg "$PGBIN/pg_ctl -D $WORK/pg -o '-p $PGPORT -k $WORK' -l $WORK/pg.log -w start" > /dev/null
psql -h 127.0.0.1 -p $PGPORT -U postgres -qc "create database zhiben"
[ -f target/zhiben.jar ] || ./mvnw -B -ntp -q -Dmaven.test.skip=true package

start_app() {
  SPRING_PROFILES_ACTIVE=postgres ZHIBEN_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/zhiben" ZHIBEN_DB_USER=postgres \
    java -jar target/zhiben.jar --server.port=$PORT --zhiben.demo.enabled=true \
    --zhiben.monitoring.simulator.enabled=false --zhiben.files.root="$WORK/files" >> "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "the application did not become ready" >&2; tail -40 "$WORK/app.log" >&2; exit 1
}

echo "== application"
start_app
ENT=$(curl -fs -u ent.a.safety:Demo@12345 http://127.0.0.1:$PORT/api/v1/me | jq -r .enterpriseId)
BEFORE=$(psql -h 127.0.0.1 -p $PGPORT -U postgres -d zhiben -Atc "select count(*) from hazard_hazard")

# one client: reports hazards with fresh keys; writes "key id" when acknowledged (201), "key -" otherwise
client() {
  local n=0
  while [ ! -f "$WORK/stop" ]; do
    n=$((n + 1))
    local key="chaos-$RUN-$1-$n"
    local body='{"enterpriseId":"'$ENT'","source":"DAILY","type":"EQUIPMENT","description":"混沌测试 '$key' 冲床防护罩缺失","location":"一车间"}'
    local out
    out=$(curl -s -m 20 -o "$WORK/resp-$1" -w '%{http_code}' -u ent.a.safety:Demo@12345 -H "Idempotency-Key: $key" \
      -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/api/v1/hazards" -d "$body" || true)
    if [ "$out" = 201 ]; then
      echo "$key $(jq -r .id "$WORK/resp-$1")" >> "$WORK/acked-$1"
    else
      echo "$key $body" >> "$WORK/unacked-$1"
      sleep 0.5
    fi
  done
}
export -f client
export WORK RUN ENT PORT
for c in $(seq 1 "$CLIENTS"); do
  bash -c "exec -a 'chaos-client $RUN' bash -c 'client $c'" &
done

echo "== load for ${PHASE}s, then kill -9 the JVM"
sleep "$PHASE"
kill -9 "$APP"; wait "$APP" 2>/dev/null || true
KILLED_AT=$(date +%T)
sleep 2
start_app
echo "== load for ${PHASE}s, then restart PostgreSQL"
sleep "$PHASE"
as_pg "$PGBIN/pg_ctl -D $WORK/pg -o '-p $PGPORT -k $WORK' -l $WORK/pg.log -m fast -w restart" > /dev/null
RESTARTED_AT=$(date +%T)
echo "== load for ${PHASE}s more"
sleep "$PHASE"
touch "$WORK/stop"; wait $(jobs -p | grep -v "^$APP$") 2>/dev/null || true

cat "$WORK"/acked-* > "$WORK/acked" 2>/dev/null || true
cat "$WORK"/unacked-* > "$WORK/unacked" 2>/dev/null || true
echo "acknowledged: $(wc -l < "$WORK/acked"), not acknowledged (timeouts, 5xx during the faults): $(wc -l < "$WORK/unacked")"

echo "== sending every unacknowledged request again with its key"
retried=0
while read -r key body; do
  code=$(curl -s -m 30 -o "$WORK/resp-retry" -w '%{http_code}' -u ent.a.safety:Demo@12345 -H "Idempotency-Key: $key" \
    -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/api/v1/hazards" -d "$body")
  case "$code" in
    201|200) echo "$key $(jq -r .id "$WORK/resp-retry")" >> "$WORK/acked"; retried=$((retried + 1)) ;;
    *) echo "FAIL: retry of $key answered $code: $(cat "$WORK/resp-retry")" >&2; exit 1 ;;
  esac
done < "$WORK/unacked"

echo "== checks"
KEYS=$(cut -d' ' -f1 "$WORK/acked" | sort -u | wc -l)
IDS=$(cut -d' ' -f2 "$WORK/acked" | sort -u | wc -l)
ROWS=$(psql -h 127.0.0.1 -p $PGPORT -U postgres -d zhiben -Atc \
  "select count(*) from hazard_hazard where description like '混沌测试 chaos-$RUN-%'")
DUPES=$(psql -h 127.0.0.1 -p $PGPORT -U postgres -d zhiben -Atc "select count(*) from (select description from hazard_hazard
  where description like '混沌测试 chaos-$RUN-%' group by description having count(*) > 1) d")
MISSING=0
while read -r key id; do
  [ "$(psql -h 127.0.0.1 -p $PGPORT -U postgres -d zhiben -Atc "select count(*) from hazard_hazard where id = '$id'")" = 1 ] \
    || { echo "missing: $key $id" >&2; MISSING=$((MISSING + 1)); }
done < <(sort -u "$WORK/acked")
AUDIT=$(curl -fs -u admin:Demo@12345 http://127.0.0.1:$PORT/api/v1/admin/audit/verify)
STATS=$(curl -fs -u admin:Demo@12345 http://127.0.0.1:$PORT/api/v1/admin/stats/consistency)
echo "keys: $KEYS, distinct ids: $IDS, rows: $ROWS, duplicated descriptions: $DUPES, acknowledged ids missing: $MISSING"
echo "retried after the faults: $retried; JVM killed at $KILLED_AT, PostgreSQL restarted at $RESTARTED_AT"
echo "audit chain: $(echo "$AUDIT" | jq -c '{intact, entriesChecked}')"
echo "statistics:  $(echo "$STATS" | jq -c '{consistent, hazards, enterprises}')"
[ "$KEYS" = "$IDS" ] && [ "$IDS" = "$ROWS" ] && [ "$DUPES" = 0 ] && [ "$MISSING" = 0 ] \
  || { echo "FAIL: a key gave no hazard or more than one" >&2; exit 1; }
[ "$(echo "$AUDIT" | jq -r .intact)" = true ] || { echo "FAIL: audit chain" >&2; exit 1; }
[ "$(echo "$STATS" | jq -r .consistent)" = true ] || { echo "FAIL: statistics" >&2; exit 1; }
echo "OK: $ROWS hazards, each acknowledged or retried key exactly once, across a SIGKILL and a database restart"
