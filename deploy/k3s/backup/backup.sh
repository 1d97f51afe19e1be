#!/usr/bin/env bash
# Dumps database $PGDATABASE into $BACKUP_DIR/<database>-<UTC time>.dump.age (pg_dump custom format,
# encrypted with age to $BACKUP_AGE_RECIPIENTS), or <database>-<UTC time>.dump when that is empty,
# then deletes dumps older than $BACKUP_KEEP_DAYS days. Only a dump that pg_restore can read gets its
# final name, and old dumps are deleted only after a new one succeeded, so a failing night never eats
# the last good backups. Files are readable by their owner only (umask 077); the unencrypted dump
# exists only in $TMPDIR (an emptyDir in the CronJob), never next to the backups.
#   BACKUP_AGE_RECIPIENTS  age public keys (age1…), separated by commas or spaces; must be set, and
#                          may be empty only on purpose (dumps then unencrypted)
# Connection: the libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
# Run by the postgres-backup CronJob (deploy/k3s/backup.yaml) and by BackupRestoreIT.
set -euo pipefail
umask 077

database="${PGDATABASE:?PGDATABASE is not set}"
backup_dir="${BACKUP_DIR:?BACKUP_DIR is not set}"
keep_days="${BACKUP_KEEP_DAYS:-14}"
[[ "$keep_days" =~ ^[1-9][0-9]*$ ]] || { echo "BACKUP_KEEP_DAYS must be a whole number of days >= 1, not '$keep_days'" >&2; exit 2; }
listed="${BACKUP_AGE_RECIPIENTS?BACKUP_AGE_RECIPIENTS is not set: age public keys to encrypt the dumps to, or empty for unencrypted dumps}"
read -r -a recipients <<< "${listed//,/ }"
encrypt=()
for recipient in "${recipients[@]}"; do
    encrypt+=(--recipient "$recipient")
done
# a wrong key must stop the backup before anything is written, not after the dump
if [ "${#encrypt[@]}" -gt 0 ] && ! age --encrypt "${encrypt[@]}" < /dev/null > /dev/null; then
    echo "backup: BACKUP_AGE_RECIPIENTS must hold age public keys (age1…, from age-keygen), not '$listed'" >&2
    exit 2
fi

scratch="$(mktemp -d "${TMPDIR:-/tmp}/backup.XXXXXX")"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
if [ "${#encrypt[@]}" -gt 0 ]; then
    target="$backup_dir/$database-$stamp.dump.age"
else
    target="$backup_dir/$database-$stamp.dump"
fi
partial="$target.partial"
trap 'rm -rf "$scratch"; rm -f "$partial"' EXIT
# left over by a run that was killed (runs never overlap: concurrencyPolicy Forbid)
find "$backup_dir" -maxdepth 1 -type f -name "$database-*.partial" -delete

pg_dump --format=custom --file="$scratch/$database.dump" "$database"
pg_restore --list "$scratch/$database.dump" > /dev/null
if [ "${#encrypt[@]}" -gt 0 ]; then
    age --encrypt "${encrypt[@]}" --output "$partial" "$scratch/$database.dump"
else
    echo "backup: BACKUP_AGE_RECIPIENTS is empty: this dump is not encrypted" >&2
    mv "$scratch/$database.dump" "$partial"
fi
mv "$partial" "$target"
echo "backup: wrote $target ($(du -h "$target" | cut -f1))"

dumps=(-maxdepth 1 -type f \( -name "$database-*.dump" -o -name "$database-*.dump.age" \))
find "$backup_dir" "${dumps[@]}" -mmin "+$((keep_days * 24 * 60))" -print -delete \
    | sed 's/^/backup: deleted (older than '"$keep_days"' days) /'
echo "backup: $(find "$backup_dir" "${dumps[@]}" | wc -l) dumps kept in $backup_dir"
