# shellcheck shell=bash
# Throwaway PostgreSQL cluster for the plan-store suite (sourced by .ci/run; issue 9).
# pg_start installs PostgreSQL from the OS packages when missing, starts a cluster in a temp folder on a
# free local port (as the `postgres` user when run as root, since initdb refuses root) and exports
# SOLVEREIGN_TEST_PG_URL / SOLVEREIGN_TEST_PG_USER for the tests; pg_stop stops it and removes the folder.

pg_run() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -q && apt-get install -y -q postgresql
  fi
  PG_BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
  PG_DIR=$(mktemp -d /tmp/solvereign-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PG_DIR"; fi
  PG_PORT=""
  for p in $(seq 54320 54420); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then PG_PORT=$p; break; fi
  done
  [ -n "$PG_PORT" ] || { echo "no free port for PostgreSQL" >&2; return 1; }
  pg_run "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 >/dev/null
  pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  export SOLVEREIGN_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
  export SOLVEREIGN_TEST_PG_USER=postgres
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') for the store suite on 127.0.0.1:$PG_PORT"
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
