#!/usr/bin/env bash
# Backs up Zhiben: the PostgreSQL database (pg_dump, custom format, consistent snapshot) and the file store
# (zhiben.files.root), with a SHA-256 manifest of every file. See docs/backup.md.
#   ops/backup.sh <jdbc-free PostgreSQL connection string or database name> <files root> <backup directory>
#   e.g. ops/backup.sh "host=127.0.0.1 user=postgres dbname=zhiben" /srv/zhiben/files /backups/2026-12-06
set -euo pipefail
DB=${1:?database (libpq connection string or name)}
FILES=${2:?files root}
OUT=${3:?backup directory}
mkdir -p "$OUT"
# the database first: a file written after the dump started is in the store but not referenced, never the reverse
pg_dump --format=custom --no-owner --file="$OUT/db.dump" "$DB"
# files are written once under a fresh name and never changed, so copying them after the dump is consistent
tar -C "$FILES" -czf "$OUT/files.tar.gz" .
(cd "$FILES" && find . -type f ! -name '*.part' -print0 | sort -z | xargs -0 -r sha256sum) > "$OUT/files.sha256"
pg_restore --list "$OUT/db.dump" > /dev/null # the dump is readable
echo "backup written to $OUT: $(du -sh "$OUT" | cut -f1), $(wc -l < "$OUT/files.sha256") files"
