#!/usr/bin/env bash
# Restores a dump written by backup.sh into database $PGDATABASE, replacing it.
#   DUMP_FILE=latest             the newest $BACKUP_DIR/<database>-*.dump or .dump.age (the default)
#   DUMP_FILE=kilo-...dump.age   that file in $BACKUP_DIR
#   DUMP_FILE=/some/path.dump    that file
# An encrypted dump (.age) is decrypted with the age identity (private key) in the file
# $BACKUP_AGE_IDENTITY_FILE into $TMPDIR (an emptyDir in the restore Job), readable by its owner only.
# The dump is restored into a fresh database first and swapped in only when pg_restore succeeded,
# so a bad dump leaves the current database untouched. Refuses while anything else is connected to
# the database (stop the app first: deploy/README.md, "Restore").
# Connection: the libpq variables PGHOST, PGPORT, PGUSER (must be allowed to create databases),
# PGPASSWORD, PGDATABASE. Run by the postgres-restore Job (deploy/restore) and by BackupRestoreIT.
set -euo pipefail
umask 077

database="${PGDATABASE:?PGDATABASE is not set}"
backup_dir="${BACKUP_DIR:-/backups}"
dump="${DUMP_FILE:-latest}"
if [ "$dump" = latest ]; then
    dump="$(find "$backup_dir" -maxdepth 1 -type f \( -name "$database-*.dump" -o -name "$database-*.dump.age" \) | sort | tail -n 1)"
    [ -n "$dump" ] || { echo "restore: no $database-*.dump or .dump.age in $backup_dir" >&2; exit 1; }
elif [[ "$dump" != */* ]]; then
    dump="$backup_dir/$dump"
fi
[ -f "$dump" ] || { echo "restore: no dump at $dump" >&2; exit 1; }
chosen="$dump"
if [[ "$dump" == *.age ]]; then
    identity="${BACKUP_AGE_IDENTITY_FILE:-}"
    if [ -z "$identity" ] || [ ! -r "$identity" ]; then
        echo "restore: $dump is encrypted: give the restore the age identity (private key) in BACKUP_AGE_IDENTITY_FILE" \
             "(deploy/README.md, \"Restore\")" >&2
        exit 1
    fi
    scratch="$(mktemp -d "${TMPDIR:-/tmp}/restore.XXXXXX")"
    trap 'rm -rf "$scratch"' EXIT
    dump="$scratch/$(basename "${chosen%.age}")"
    age --decrypt --identity "$identity" --output "$dump" "$chosen"
fi
pg_restore --list "$dump" > /dev/null

staging="${database}_restoring"
# every statement on the maintenance database, never on the one being replaced
admin() { psql --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --dbname=postgres --set=db="$database" --set=staging="$staging" "$@"; }

others="$(admin --tuples-only --no-align <<'SQL'
SELECT count(*) FROM pg_stat_activity WHERE datname = :'db' AND pid <> pg_backend_pid();
SQL
)"
if [ "$others" != 0 ] && [ "${RESTORE_FORCE:-0}" != 1 ]; then
    echo "restore: $others session(s) still use database $database; stop the app first" \
         "(kubectl -n kilo-guardian scale deployment/kilo-guardian --replicas=0) or set RESTORE_FORCE=1" >&2
    exit 1
fi

echo "restore: restoring $chosen into a new database $staging"
admin <<'SQL'
DROP DATABASE IF EXISTS :"staging";
CREATE DATABASE :"staging";
SQL
pg_restore --dbname="$staging" --no-owner --exit-on-error --single-transaction "$dump"

echo "restore: replacing database $database"
admin <<'SQL'
DROP DATABASE IF EXISTS :"db" WITH (FORCE);
ALTER DATABASE :"staging" RENAME TO :"db";
SQL
echo "restore: database $database now holds $chosen"
