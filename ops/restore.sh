#!/usr/bin/env bash
# Restores a backup of ops/backup.sh into an EMPTY database and an empty files root. See docs/backup.md.
#   ops/restore.sh <backup directory> <libpq connection string of the empty database> <empty files root>
set -euo pipefail
IN=${1:?backup directory}
DB=${2:?empty database (libpq connection string)}
FILES=${3:?empty files root}
if [ -n "$(psql "$DB" -Atqc "select 1 from information_schema.tables where table_schema = 'public' limit 1")" ]; then
  echo "refusing: the target database is not empty" >&2; exit 1
fi
mkdir -p "$FILES"
if [ -n "$(ls -A "$FILES")" ]; then echo "refusing: $FILES is not empty" >&2; exit 1; fi
pg_restore --no-owner --exit-on-error --single-transaction --dbname="$DB" "$IN/db.dump"
tar -C "$FILES" -xzf "$IN/files.tar.gz"
(cd "$FILES" && sha256sum --quiet -c "$IN/files.sha256")
echo "restored $(wc -l < "$IN/files.sha256") files and the database"
