#!/usr/bin/env bash
# Starts a throw-away PostgreSQL (Debian's package) on loopback, in a temp directory, as the
# non-root `postgres` user, and prints the connection URL on stdout. Used by .ci/run so the
# repository contract suite runs against a real server. Usage:
#   TEST_DATABASE_URL="$(.ci/start-postgres.sh)"   # stop: pg_ctl -D "$PGDATA_DIR" stop
set -euo pipefail
PORT="${PG_TEST_PORT:-54329}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$BIN/initdb" ] || { echo "[postgres] no PostgreSQL server in /usr/lib/postgresql/*/bin" >&2; exit 1; }
DIR="$(mktemp -d /tmp/compute-advisor-pg.XXXXXX)"
chmod 755 "$DIR"
as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$DIR"; fi
as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1
as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off" start >&2
echo "$DIR/data" >"$DIR/../compute-advisor-pg-last"
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
