# shellcheck shell=bash
# PostgreSQL: one local server, one database, one login role and schema per service.

PG_BIN=""

pg_bin() {
  local dir
  for dir in $(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V -r); do
    [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }
  done
}

as_pg() {  # PostgreSQL refuses to run as root: use the postgres user then
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_data() { echo "$KOHTAAMO_STATE/postgres/data"; }
pg_socket() { echo "$KOHTAAMO_STATE/postgres/run"; }

postgres_running() {
  [ -n "$PG_BIN" ] || PG_BIN=$(pg_bin)
  [ -n "$PG_BIN" ] && as_pg "$PG_BIN/pg_ctl" -D "$(pg_data)" status >/dev/null 2>&1
}

ensure_pg_binaries() {
  PG_BIN=$(pg_bin)
  if [ -z "$PG_BIN" ]; then
    apt_install postgresql && PG_BIN=$(pg_bin)
    [ -n "$PG_BIN" ] || fail "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin. Install them: sudo apt-get update && sudo apt-get install postgresql"
  fi
}

# psql as the superuser over the local socket; database, then psql's own arguments.
psql_super() {
  local database=$1; shift
  [ -n "$PG_BIN" ] || PG_BIN=$(pg_bin)
  [ -n "$PG_BIN" ] || fail "PostgreSQL binaries not found: ./kohtaamo up first"
  PGOPTIONS="-c client_min_messages=warning" as_pg "$PG_BIN/psql" -q -h "$(pg_socket)" -p "$KOHTAAMO_DB_PORT" -U postgres -d "$database" -v ON_ERROR_STOP=1 "$@"
}

start_postgres() {
  ensure_pg_binaries
  local data sock
  data=$(pg_data) sock=$(pg_socket)
  install -d "$KOHTAAMO_STATE/postgres" "$sock"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$KOHTAAMO_STATE/postgres" "$sock"
  if [ ! -f "$data/PG_VERSION" ]; then
    say "Initialising PostgreSQL in $data"
    as_pg "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$LOGS/postgres-init.log" 2>&1 \
      || fail "initdb failed; see $LOGS/postgres-init.log"
  fi
  if postgres_running; then
    ok "PostgreSQL already running on $KOHTAAMO_DB_PORT"
  else
    say "Starting PostgreSQL on $KOHTAAMO_DB_HOST:$KOHTAAMO_DB_PORT"
    as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$sock/postgres.log" -w -t 60 \
      -o "-p $KOHTAAMO_DB_PORT -c listen_addresses=$KOHTAAMO_DB_HOST -k $sock -c shared_buffers=$KOHTAAMO_DB_SHARED_BUFFERS" start > "$LOGS/postgres-start.log" 2>&1 \
      || fail "PostgreSQL did not start; see $sock/postgres.log"
    ok "PostgreSQL ready"
  fi
  ln -sf "$sock/postgres.log" "$LOGS/postgres.log"
  psql_super postgres >/dev/null <<<"select 'create database $KOHTAAMO_DB_NAME' where not exists (select from pg_database where datname = '$KOHTAAMO_DB_NAME')\\gexec" \
    || fail "cannot create database $KOHTAAMO_DB_NAME"
  psql_super "$KOHTAAMO_DB_NAME" >/dev/null <<<"$(service_roles_sql)" || fail "cannot create the services' roles and schemas"
  ok "database $KOHTAAMO_DB_NAME with one role and schema per service"
}

service_roles_sql() {
  local service role
  for service in $KOHTAAMO_SERVICES; do
    role=$(role_of "$service")
    cat <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$role') then create role $role login; end if;
end \$\$;
alter role $role with login password '$role$KOHTAAMO_DB_PASSWORD_SUFFIX';
create schema if not exists $role authorization $role;
alter role $role set search_path = $role;
revoke all on schema public from $role;
SQL
  done
  # knowledge-portal's "did you mean" uses trigram similarity (pg_trgm, created by the superuser)
  echo "create extension if not exists pg_trgm with schema knowledge;"
}

stop_postgres() {
  postgres_running || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$(pg_data)" -m fast -w stop >/dev/null 2>&1 && ok "PostgreSQL stopped"
}
