#!/usr/bin/env bash
# Stops the PostgreSQL that .ci/start-postgres.sh started and removes its directory.
set -euo pipefail
STATE="${PG_TEST_STATE:-${TMPDIR:-/tmp}/compute-advisor-pg-test}"
[ -f "$STATE" ] || exit 0
BIN="$(sed -n 1p "$STATE")"
DIR="$(sed -n 2p "$STATE")"
if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR/data" -m fast stop; else "$BIN/pg_ctl" -D "$DIR/data" -m fast stop; fi
rm -rf "$DIR" "$STATE"
