#!/usr/bin/env bash
# PostgreSQL backup of the portal: one compressed custom-format dump (pg_dump -Fc), consistent
# (one snapshot) and restorable with restore.sh. Usage: backup.sh [DATABASE_URL] [FILE]
# DATABASE_URL defaults to $DATABASE_URL; FILE to backups/portal-<UTC timestamp>.dump.
set -euo pipefail
url=${1:-${DATABASE_URL:-}}
if [ -z "$url" ]; then
	echo "usage: $0 DATABASE_URL [FILE]  (or set DATABASE_URL)" >&2
	exit 2
fi
file=${2:-backups/portal-$(date -u +%Y%m%dT%H%M%SZ).dump}
mkdir -p "$(dirname "$file")"
# Owner and privileges are left out so the dump restores into any role's database.
umask 077
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$file.partial" "$url"
mv "$file.partial" "$file"
echo "$file"
