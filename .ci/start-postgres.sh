#!/usr/bin/env bash
# Starts a throw-away PostgreSQL (Debian's package) on loopback, in a temp directory, as the
# non-root `postgres` user, and prints its URL on stdout; .ci/stop-postgres.sh stops it.
#   TEST_DATABASE_URL="$(.ci/start-postgres.sh)"
set -euo pipefail
PORT="${PG_TEST_PORT:-54329}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$BIN/initdb" ] || { echo "[postgres] no PostgreSQL server in /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2; exit 1; }
STATE="${PG_TEST_STATE:-${TMPDIR:-/tmp}/compute-advisor-pg-test}"
DIR="$(mktemp -d "${TMPDIR:-/tmp}/compute-advisor-pg.XXXXXX")"
chmod 755 "$DIR"
as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = "0" ] && chown postgres:postgres "$DIR"
as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1
# fsync off: the data is thrown away after the run (the crash test kills the client, not the server).
as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off" start >&2
printf '%s\n%s\n' "$BIN" "$DIR" >"$STATE"
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
