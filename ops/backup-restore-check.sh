#!/usr/bin/env bash
# The backup procedure, tested end to end on this machine (results in docs/backup.md):
# a platform with demo data on PostgreSQL → ops/backup.sh → ops/restore.sh into an empty database and directory →
# the application starts on the copy, the audit chain verifies, the statistics check passes, every file the
# database references exists.   Usage: ops/backup-restore-check.sh   (needs PostgreSQL on 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
PGHOST=${PGHOST:-127.0.0.1}
WORK=$(mktemp -d /tmp/zhiben-backup.XXXX)
SRC=zhiben_bk_src_$$; DST=zhiben_bk_dst_$$
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -h "$PGHOST" -U postgres -d postgres -qc "drop database if exists $SRC" -c "drop database if exists $DST" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql -h "$PGHOST" -U postgres -d postgres -qc "create database $SRC" -c "create database $DST"
[ -f target/zhiben.jar ] || ./mvnw -B -ntp -q -Dmaven.test.skip=true package

start() { # database, files root, port
  SPRING_PROFILES_ACTIVE=postgres ZHIBEN_DB_URL="jdbc:postgresql://$PGHOST:5432/$1" ZHIBEN_DB_USER=postgres \
    java -jar target/zhiben.jar --server.port="$3" --zhiben.files.root="$2" --zhiben.demo.enabled=true --zhiben.monitoring.simulator.enabled=false > "$WORK/app-$3.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$3/actuator/health/readiness" > /dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the application on $1 did not become ready" >&2; tail -50 "$WORK/app-$3.log" >&2; exit 1
}
stop() { kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true; unset 'PIDS[-1]'; }

echo "== a platform with demo data (photos included) on $SRC"
start "$SRC" "$WORK/src-files" 18081
stop

echo "== backup"
ops/backup.sh "host=$PGHOST user=postgres dbname=$SRC" "$WORK/src-files" "$WORK/backup"

echo "== restore into the empty $DST and an empty directory"
ops/restore.sh "$WORK/backup" "host=$PGHOST user=postgres dbname=$DST" "$WORK/dst-files"

echo "== the application on the copy"
start "$DST" "$WORK/dst-files" 18082
AUTH=(-u admin:Demo@12345)
AUDIT=$(curl -fs "${AUTH[@]}" http://127.0.0.1:18082/api/v1/admin/audit/verify)
STATS=$(curl -fs "${AUTH[@]}" http://127.0.0.1:18082/api/v1/admin/stats/consistency)
stop
echo "audit chain: $AUDIT"
echo "statistics:  $(echo "$STATS" | jq -c '{consistent, hazards, enterprises, millis}')"
[ "$(echo "$AUDIT" | jq -r .intact)" = true ] || { echo "FAIL: the audit chain does not verify" >&2; exit 1; }
[ "$(echo "$STATS" | jq -r .consistent)" = true ] || { echo "FAIL: the statistics are inconsistent" >&2; exit 1; }
[ "$(echo "$AUDIT" | jq -r .entriesChecked)" -gt 0 ] || { echo "FAIL: no audit entries restored" >&2; exit 1; }

echo "== every file the database references exists in the restored store"
# every column that holds file keys (one key, or several separated by commas)
missing=0; referenced=0
while IFS='|' read -r table column; do
  while read -r key; do
    [ -z "$key" ] && continue
    referenced=$((referenced + 1))
    [ -f "$WORK/dst-files/$key" ] || { echo "missing: $table.$column $key" >&2; missing=$((missing + 1)); }
  done < <(psql -h "$PGHOST" -U postgres -d "$DST" -Atqc \
      "select trim(k) from $table, regexp_split_to_table(coalesce($column, ''), ',') k")
done < <(psql -h "$PGHOST" -U postgres -d "$DST" -Atqc "select table_name || '|' || column_name
    from information_schema.columns where table_schema = 'public'
    and (column_name in ('file_key', 'photo_key', 'photo_keys', 'storage_key') or column_name like '%file_key')")
echo "files referenced: $referenced, missing: $missing, files in the store: $(find "$WORK/dst-files" -type f | wc -l)"
[ "$referenced" -gt 0 ] || { echo "FAIL: no file references found to check" >&2; exit 1; }
[ "$missing" -eq 0 ] || { echo "FAIL: $missing referenced files are missing" >&2; exit 1; }
echo "OK: backup restored to a verified platform"
