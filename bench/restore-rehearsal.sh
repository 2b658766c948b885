#!/usr/bin/env bash
# Rehearses a backup and a restore on PostgreSQL, as the README describes them: fills a
# database with the demo data, backs it up with pg_dump, restores it into a fresh one with
# pg_restore, starts Steget on the copy, and checks that every table holds as many rows,
# the kept summaries are the same row for row, and the audit chain verifies.
# Needs the packaged jar (mvn -DskipTests package) and the PostgreSQL server at
# 127.0.0.1:5432 (user postgres, trust).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/steget-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || mvn -B -ntp -q -DskipTests package
pg="-h 127.0.0.1 -U postgres"
original="steget_backup_$(date +%s)_$$"
copy="${original}_restored"
dump="$(mktemp -d)/steget.dump"
trap 'psql $pg -q -c "drop database if exists $original with (force)"; psql $pg -q -c "drop database if exists $copy with (force)"; rm -rf "$(dirname "$dump")"' EXIT

on() {
	STEGET_DB_URL="jdbc:postgresql://127.0.0.1:5432/$1" STEGET_DB_USER=postgres STEGET_DB_PASSWORD= \
		STEGET_DEMO="$2" exec java -jar "$jar" --logging.level.root=WARN --logging.level.se.steget.access=INFO "${@:3}"
}

echo "== Filling $original with the demo data and some use"
psql $pg -q -c "create database $original"
port=$((20000 + RANDOM % 20000))
on "$original" true --server.port=$port > /dev/null &
app=$!
for _ in $(seq 1 180); do
	case "$(curl -s "http://127.0.0.1:$port/actuator/health" || true)" in *'"UP"'*) break ;; esac
	sleep 1
done
for path in participants enrollments projects; do
	curl -sf -u coach:steget-demo-1 "http://127.0.0.1:$port/api/v1/$path" > /dev/null
done
kill "$app"
wait "$app" || true

echo "== Backing up and restoring into $copy"
pg_dump $pg -Fc -f "$dump" "$original"
psql $pg -q -c "create database $copy"
pg_restore $pg --no-owner -d "$copy" "$dump"

echo "== Starting Steget on the copy"
verified="$(on "$copy" false --server.port=0 --steget.audit.verify || true)"
echo "$verified" | grep "Audit log"
echo "$verified" | grep -q "Audit log intact"

# Every table's row count, and the kept summaries row for row, in a stable order.
fingerprint() {
	psql $pg -At -d "$1" <<'SQL'
select string_agg(table_name || '=' || (xpath('/row/n/text()',
	query_to_xml('select count(*) as n from ' || quote_ident(table_name), false, true, '')))[1]::text, ',' order by table_name)
	from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE';
select md5(coalesce(string_agg(s::text, '|' order by s::text), '')) from starter_fact s;
select md5(coalesce(string_agg(s::text, '|' order by s::text), '')) from outcome_summary s;
SQL
}
before="$(fingerprint "$original")"
after="$(fingerprint "$copy")"
if [ "$before" != "$after" ]; then
	echo "The copy differs from the original:" >&2
	diff <(echo "$before" | tr ',' '\n') <(echo "$after" | tr ',' '\n') >&2 || true
	exit 1
fi
tables=$(echo "$before" | head -n 1 | tr ',' '\n' | wc -l)
audited=$(psql $pg -At -d "$copy" -c "select count(*) from audit_entry")
echo "Restore rehearsed: $tables tables with equal counts, equal kept summaries, $audited audit entries verified"
