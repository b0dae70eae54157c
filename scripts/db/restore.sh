#!/usr/bin/env bash
# Restores a dump made by backup.sh into an EMPTY database (it refuses one that has tables, so a
# restore never mixes with live data). Usage: restore.sh FILE DATABASE_URL
set -euo pipefail
if [ $# -ne 2 ]; then
	echo "usage: $0 FILE DATABASE_URL" >&2
	exit 2
fi
file=$1
url=$2
tables=$(psql "$url" -XAtqc "select count(*) from pg_tables where schemaname not in ('pg_catalog','information_schema')")
if [ "$tables" != "0" ]; then
	echo "refusing to restore: the target database already has $tables tables" >&2
	exit 1
fi
pg_restore --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$url" "$file"
echo "restored $file"
