#!/usr/bin/env bash
# Dumps database $PGDATABASE into $BACKUP_DIR/<database>-<UTC time>.dump (pg_dump custom format,
# compressed), then deletes dumps older than $BACKUP_KEEP_DAYS days. Only a dump that pg_restore can
# read gets its final name, and old dumps are deleted only after a new one succeeded, so a failing
# night never eats the last good backups.
# Connection: the libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
# Run by the postgres-backup CronJob (deploy/k3s/backup.yaml) and by BackupRestoreIT.
set -euo pipefail

database="${PGDATABASE:?PGDATABASE is not set}"
backup_dir="${BACKUP_DIR:?BACKUP_DIR is not set}"
keep_days="${BACKUP_KEEP_DAYS:-14}"
[[ "$keep_days" =~ ^[1-9][0-9]*$ ]] || { echo "BACKUP_KEEP_DAYS must be a whole number of days >= 1, not '$keep_days'" >&2; exit 2; }

target="$backup_dir/$database-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$target.partial"
trap 'rm -f "$partial"' EXIT

pg_dump --format=custom --file="$partial" "$database"
pg_restore --list "$partial" > /dev/null
mv "$partial" "$target"
echo "backup: wrote $target ($(du -h "$target" | cut -f1))"

find "$backup_dir" -maxdepth 1 -type f -name "$database-*.dump" -mmin "+$((keep_days * 24 * 60))" -print -delete \
    | sed 's/^/backup: deleted (older than '"$keep_days"' days) /'
echo "backup: $(find "$backup_dir" -maxdepth 1 -type f -name "$database-*.dump" | wc -l) dumps kept in $backup_dir"
