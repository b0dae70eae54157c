#!/usr/bin/env bash
# Proves that a backup restores: fingerprints every table of the source database (row count and a
# hash of all rows), backs it up with backup.sh, restores it with restore.sh into a new database on
# the same server, fingerprints again and compares; also checks that the audit log's append-only
# trigger came back. The source should be quiet while this runs (it is a test, not the backup job).
# Usage: backup-restore-check.sh [DATABASE_URL]   (npm run db:backup:check)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_url=${1:-${DATABASE_URL:-${TEST_DATABASE_URL:-}}}
if [ -z "$source_url" ]; then
	echo "usage: $0 DATABASE_URL  (or set DATABASE_URL / TEST_DATABASE_URL)" >&2
	exit 2
fi

fingerprint() {
	local url=$1
	local tables
	tables=$(psql "$url" -XAtqc "select quote_ident(schemaname) || '.' || quote_ident(tablename)
		from pg_tables where schemaname not in ('pg_catalog', 'information_schema') order by 1")
	for table in $tables; do
		psql "$url" -XAtqc "select '$table', count(*),
			md5(coalesce(string_agg(h, '' order by h), '')) from (select md5(t::text) as h from $table t) rows"
	done
}

# The restore goes to a new database beside the source: same server, name with a suffix.
base=${source_url%%\?*}
source_db=${base##*/}
server=${base%/*}
restore_db="${source_db}_restore_$(date +%s)"
restore_url="$server/$restore_db"
work=$(mktemp -d)
cleanup() {
	psql "$server/postgres" -XAtqc "drop database if exists \"$restore_db\" with (force)" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT

fingerprint "$source_url" >"$work/before.txt"
tables=$(wc -l <"$work/before.txt")
rows=$(awk -F'|' '{ s += $2 } END { print s + 0 }' "$work/before.txt")
if [ "$tables" -eq 0 ]; then
	echo "the source database has no tables: nothing to check" >&2
	exit 1
fi

"$here/backup.sh" "$source_url" "$work/portal.dump" >/dev/null
psql "$server/postgres" -XAtqc "create database \"$restore_db\""
"$here/restore.sh" "$work/portal.dump" "$restore_url" >/dev/null
fingerprint "$restore_url" >"$work/after.txt"

if ! diff -u "$work/before.txt" "$work/after.txt"; then
	echo "FAIL: the restored database differs from the source (diff above)" >&2
	exit 1
fi
# The audit log must still refuse changes after a restore.
if psql "$restore_url" -XAtqc "delete from audit_event" >/dev/null 2>&1; then
	echo "FAIL: the restored audit log accepted a delete (append-only trigger missing)" >&2
	exit 1
fi
# A restore into a database that has data is refused.
if "$here/restore.sh" "$work/portal.dump" "$restore_url" >/dev/null 2>&1; then
	echo "FAIL: restore.sh restored over existing tables" >&2
	exit 1
fi
size=$(du -h "$work/portal.dump" | cut -f1)
echo "backup/restore OK: $tables tables, $rows rows identical after restore (dump $size); audit log still append-only"
