#!/usr/bin/env bash
# A throwaway PostgreSQL on loopback for the tests (CTest fixture "postgres").
#   pg-fixture.sh start DIR   -> initdb + start; writes DIR/url (the superuser URL) and DIR/port
#   pg-fixture.sh stop DIR    -> fast shutdown and removal
# As root the server runs as the postgres user; otherwise as the current user.
# PG_FIXTURE_OPTS adds server options (e.g. TLS: -c ssl=on -c ssl_cert_file=...).
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?directory}
PGBIN=${SOCSTATION_PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$PGBIN/initdb" ] || { echo "pg-fixture: PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
start)
  rm -rf "$dir"; mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  # TCP connections authenticate with SCRAM, as the central store does; the superuser's password
  # is a random one for this throwaway server only, kept in DIR/password for the tests.
  /usr/bin/python3 -c 'import secrets; print(secrets.token_urlsafe(18))' >"$dir/password"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir/password"
  as_owner "$PGBIN/initdb" -D "$dir/data" -U postgres -A scram-sha-256 --auth-local=trust --pwfile="$dir/password" \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # A free port on loopback, chosen by the kernel.
  port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c password_encryption=scram-sha-256 ${PG_FIXTURE_OPTS:-}" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "$port" >"$dir/port"
  echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/url"
  [ "$(id -u)" -eq 0 ] && chmod 755 "$dir" && chmod 644 "$dir/url" "$dir/port" "$dir/password"
  echo "pg-fixture: PostgreSQL on 127.0.0.1:$port"
  ;;
stop)
  [ -d "$dir/data" ] && as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*) echo "usage: pg-fixture.sh start|stop DIR" >&2; exit 2 ;;
esac
