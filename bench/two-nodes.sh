#!/usr/bin/env bash
# Two application nodes on one PostgreSQL (results in docs/reliability.md):
#   1. a login on node A is valid on node B; a logout on B ends it on A; a session survives the loss of its node;
#   2. a password change on one node ends the user's other sessions on the other;
#   3. each scheduled job runs once per occurrence although both nodes schedule it (ShedLock; the lock table names
#      the node that ran it);
#   4. hazards are reported through both nodes by parallel clients, node A is killed with SIGKILL mid-load, every
#      unacknowledged request is sent again with its Idempotency-Key to node B, and then: every key gave exactly one
#      hazard, the event publications node A left unfinished are redelivered by node B until none is left, the audit
#      chain verifies and the statistics (built from those events) agree with a recount.
# The database is a private PostgreSQL cluster of this script (port 5434), so nothing else is disturbed.
#   bench/two-nodes.sh [seconds-of-load-before-the-kill] [clients]  (needs PostgreSQL binaries, curl, jq; run as root)
set -euo pipefail
cd "$(dirname "$0")/.."
PHASE=${1:-30}
CLIENTS=${2:-6}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/zhiben-two-nodes.XXXX); chmod 777 "$WORK"
PORT_A=18101; PORT_B=18102; PGPORT=5434; RUN=$(date +%s)
A=""; B=""
as_pg() { su postgres -s /bin/bash -c "$*"; }
sql() { psql -h 127.0.0.1 -p $PGPORT -U postgres -d zhiben -Atc "$1"; }
cleanup() {
  [ -n "$A" ] && kill -9 "$A" 2>/dev/null || true
  [ -n "$B" ] && kill -9 "$B" 2>/dev/null || true
  pkill -f "two-nodes-client $RUN" 2>/dev/null || true
  as_pg "$PGBIN/pg_ctl -D $WORK/pg -m immediate stop" > /dev/null 2>&1 || true
  [ -n "${KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== private PostgreSQL on $PGPORT"
as_pg "$PGBIN/initdb -D $WORK/pg -A trust -U postgres -E UTF8 --locale=C.UTF-8" > /dev/null
as_pg "$PGBIN/pg_ctl -D $WORK/pg -o '-p $PGPORT -k $WORK' -l $WORK/pg.log -w start" > /dev/null
psql -h 127.0.0.1 -p $PGPORT -U postgres -qc "create database zhiben"
[ -f target/zhiben.jar ] || ./mvnw -B -ntp -q -Dmaven.test.skip=true package

# a node: same database, its own port, log and name; incomplete event publications older than 15 s are resubmitted
# every 10 s (in production: 10 minutes, every 5 minutes)
start_node() { # name port
  SPRING_PROFILES_ACTIVE=postgres ZHIBEN_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/zhiben" ZHIBEN_DB_USER=postgres \
    java -Xmx768m -jar target/zhiben.jar --server.port="$2" --zhiben.node-name="$1" --zhiben.demo.enabled=true \
    --zhiben.monitoring.simulator.enabled=false --zhiben.files.root="$WORK/files" \
    --zhiben.notify.redelivery.interval=PT10S --zhiben.notify.redelivery.min-age=PT15S >> "$WORK/$1.log" 2>&1 &
  echo $!
}
await_ready() { # port
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$1/actuator/health/readiness" > /dev/null 2>&1 && return 0
    sleep 0.5
  done
  tail -n 40 "$WORK"/*.log >&2; fail "node on $1 did not become ready"
}

echo "== node A (seeds the demo data), then node B"
A=$(start_node node-a $PORT_A); await_ready $PORT_A
B=$(start_node node-b $PORT_B); await_ready $PORT_B

# form login: the login page's session and CSRF token, then the form; prints the SESSION cookie
login() { # port username password
  local jar="$WORK/jar-$RANDOM" page token
  page=$(curl -fs -c "$jar" "http://127.0.0.1:$1/login")
  token=$(echo "$page" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -b "$jar" -c "$jar" "http://127.0.0.1:$1/login" \
    --data-urlencode "username=$2" --data-urlencode "password=$3" --data-urlencode "_csrf=$token"
  awk '$6 == "SESSION" {print $7}' "$jar"
}
page_status() { # port cookie path
  curl -s -o "$WORK/page" -w '%{http_code} %{redirect_url}' -b "SESSION=$2" "http://127.0.0.1:$1$3"
}
csrf_of() { grep -o 'name="_csrf"[^>]*value="[^"]*"' "$WORK/page" | head -1 | sed 's/.*value="//; s/"$//'; }

echo "== 1. sessions: a login on A is valid on B, a logout on B ends it on A"
S1=$(login $PORT_A county.yjj Demo@12345)
[ -n "$S1" ] || fail "no session cookie from the login on A"
[ "$(page_status $PORT_B "$S1" /)" = "200 " ] || fail "A's session is not valid on B"
grep -q "county.yjj\|退出" "$WORK/page" || fail "B's page does not show the signed-in user"
curl -s -o /dev/null -b "SESSION=$S1" "http://127.0.0.1:$PORT_B/logout" --data-urlencode "_csrf=$(csrf_of)"
case "$(page_status $PORT_A "$S1" /)" in 302\ *login*) ;; *) fail "a logout on B left the session valid on A" ;; esac
echo "login on A valid on B: yes; logout on B ends it on A: yes"

echo "== 2. a password change on B ends the user's session on A"
S2=$(login $PORT_A county.zjj Demo@12345)
S3=$(login $PORT_B county.zjj Demo@12345)
[ "$(page_status $PORT_A "$S2" /)" = "200 " ] && [ "$(page_status $PORT_B "$S3" /account/password)" = "200 " ] \
  || fail "county.zjj could not sign in on both nodes"
curl -s -o /dev/null -b "SESSION=$S3" "http://127.0.0.1:$PORT_B/account/password" --data-urlencode "_csrf=$(csrf_of)" \
  --data-urlencode "currentPassword=Demo@12345" --data-urlencode "newPassword=Quartz-Heron-73" \
  --data-urlencode "confirmPassword=Quartz-Heron-73"
case "$(page_status $PORT_A "$S2" /)" in 302\ *login*) ;; *) fail "the session on A outlived a password change on B" ;; esac
[ "$(page_status $PORT_A "$S3" /)" = "200 " ] || fail "the session that changed the password was ended"
echo "password change on B ends the session on A, keeps its own: yes"

echo "== 3. scheduled jobs: one run per occurrence"
# the offline check runs at second 30 of every minute on both nodes; sample the lock table for 130 s,
# while both nodes run
: > "$WORK/locks"
for _ in $(seq 1 130); do
  sql "select name, locked_at, locked_by from common_shedlock where name = 'monitoring-offline-escalation'" >> "$WORK/locks"
  sleep 1
done
RUNS=$(sort -u "$WORK/locks" | grep -c . || true)
MINUTES=$(sort -u "$WORK/locks" | cut -d'|' -f2 | cut -c1-16 | sort -u | grep -c . || true)
echo "monitoring-offline-escalation: $RUNS runs in $MINUTES distinct minutes (one per minute expected), by: \
$(sort -u "$WORK/locks" | cut -d'|' -f3 | sort | uniq -c | tr -s ' \n' ' ')"
echo "every lock (name, last run, node): $(sql "select string_agg(name || '@' || locked_by, ', ' order by name) from common_shedlock")"

echo "== 4. creation load on both nodes for ${PHASE}s, then kill -9 node A"
ENT=$(curl -fs -u ent.a.safety:Demo@12345 http://127.0.0.1:$PORT_A/api/v1/me | jq -r .enterpriseId)
S4=$(login $PORT_A ent.a.safety Demo@12345)   # a session opened on the node that will be killed
client() { # client number: requests alternate between the nodes
  local n=0 port key body out
  while [ ! -f "$WORK/stop" ]; do
    n=$((n + 1)); port=$([ $((n % 2)) = 0 ] && echo "$PORT_A" || echo "$PORT_B")
    key="two-nodes-$RUN-$1-$n"
    body='{"enterpriseId":"'$ENT'","source":"DAILY","type":"EQUIPMENT","description":"双节点测试 '$key' 冲床防护罩缺失","location":"一车间"}'
    out=$(curl -s -m 20 -o "$WORK/resp-$1" -w '%{http_code}' -u ent.a.safety:Demo@12345 -H "Idempotency-Key: $key" \
      -H 'Content-Type: application/json' "http://127.0.0.1:$port/api/v1/hazards" -d "$body" || true)
    if [ "$out" = 201 ]; then echo "$key $(jq -r .id "$WORK/resp-$1")" >> "$WORK/acked-$1"
    else echo "$key $body" >> "$WORK/unacked-$1"; fi
  done
}
export -f client
export WORK RUN ENT PORT_A PORT_B
for c in $(seq 1 "$CLIENTS"); do bash -c "exec -a 'two-nodes-client $RUN' bash -c 'client $c'" & done
sleep "$PHASE"
# stop node A at a moment when event publications are unfinished, note them and the time, then kill it: what node A
# left is finished by node B's redelivery job (publications older than 15 s, every 10 s), B's own within a second
for _ in $(seq 1 100); do
  kill -STOP "$A"
  sql "select id from event_publication where completion_date is null" > "$WORK/unfinished"
  [ -s "$WORK/unfinished" ] && break
  kill -CONT "$A"; sleep 0.2
done
KILL_TS=$(sql "select now()")
kill -9 "$A"; wait "$A" 2>/dev/null || true; A=""
INCOMPLETE_BEFORE_KILL=$(grep -c . "$WORK/unfinished" || true)
KILLED_AT=$(date +%T)
sleep 10
touch "$WORK/stop"; wait $(jobs -p | grep -v "^$B$") 2>/dev/null || true
cat "$WORK"/acked-* > "$WORK/acked" 2>/dev/null || true
cat "$WORK"/unacked-* > "$WORK/unacked" 2>/dev/null || true
echo "acknowledged: $(wc -l < "$WORK/acked"), not acknowledged (node A gone): $(wc -l < "$WORK/unacked")"
echo "incomplete event publications when node A was stopped: $INCOMPLETE_BEFORE_KILL, 10 s after the kill: \
$(sql "select count(*) from event_publication where completion_date is null")"

[ "$(page_status $PORT_B "$S4" /account)" = "200 " ] || fail "a session opened on the killed node is not valid on B"
echo "a session opened on node A still works on node B after A was killed: yes"

while read -r key body; do
  code=$(curl -s -m 30 -o "$WORK/resp-retry" -w '%{http_code}' -u ent.a.safety:Demo@12345 -H "Idempotency-Key: $key" \
    -H 'Content-Type: application/json' "http://127.0.0.1:$PORT_B/api/v1/hazards" -d "$body")
  case "$code" in
    201|200) echo "$key $(jq -r .id "$WORK/resp-retry")" >> "$WORK/acked" ;;
    *) fail "retry of $key answered $code: $(cat "$WORK/resp-retry")" ;;
  esac
done < "$WORK/unacked"

echo "== waiting for node B to redeliver what node A left unfinished"
for i in $(seq 1 90); do
  LEFT=$(sql "select count(*) from event_publication where completion_date is null")
  [ "$LEFT" = 0 ] && break
  sleep 2
done
DRAINED=$((i * 2))
echo "incomplete event publications left: $LEFT (after ${DRAINED}s)"
IDS_UNFINISHED=$(sed "s/.*/'&'/" "$WORK/unfinished" | paste -sd, -)
[ -n "$IDS_UNFINISHED" ] && echo "the $INCOMPLETE_BEFORE_KILL publications unfinished at the kill, seconds from the kill to their completion: \
$(sql "select string_agg(round(extract(epoch from completion_date - timestamptz '$KILL_TS'))::text, ' ' order by completion_date)
  from event_publication where id in ($IDS_UNFINISHED)") (≥ 15 s: redelivered by node B)"

echo "== checks"
KEYS=$(cut -d' ' -f1 "$WORK/acked" | sort -u | wc -l)
IDS=$(cut -d' ' -f2 "$WORK/acked" | sort -u | wc -l)
ROWS=$(sql "select count(*) from hazard_hazard where description like '双节点测试 two-nodes-$RUN-%'")
DUPES=$(sql "select count(*) from (select description from hazard_hazard where description like '双节点测试 two-nodes-$RUN-%'
  group by description having count(*) > 1) d")
AUDIT=$(curl -fs -u admin:Demo@12345 http://127.0.0.1:$PORT_B/api/v1/admin/audit/verify)
STATS=$(curl -fs -u admin:Demo@12345 http://127.0.0.1:$PORT_B/api/v1/admin/stats/consistency)
echo "keys: $KEYS, distinct ids: $IDS, rows: $ROWS, duplicated descriptions: $DUPES; node A killed at $KILLED_AT"
echo "audit chain: $(echo "$AUDIT" | jq -c '{intact, entriesChecked}')"
echo "statistics:  $(echo "$STATS" | jq -c '{consistent, hazards, enterprises}')"
[ "$KEYS" = "$IDS" ] && [ "$IDS" = "$ROWS" ] && [ "$DUPES" = 0 ] || fail "a key gave no hazard or more than one"
[ "$LEFT" = 0 ] || fail "$LEFT event publications were never completed"
[ "$RUNS" -ge 2 ] && [ "$RUNS" = "$MINUTES" ] || fail "the minute job ran $RUNS times in $MINUTES minutes"
[ "$(echo "$AUDIT" | jq -r .intact)" = true ] || fail "audit chain"
[ "$(echo "$STATS" | jq -r .consistent)" = true ] || fail "statistics"
echo "OK: sessions shared, jobs run once, $ROWS hazards each exactly once and every event delivered across the loss of a node"
