#!/usr/bin/env bash
# The local launcher: real PostgreSQL, Kafka and Keycloak, then every service, without Docker.
# Usage: ./kohtaamo up | down | status | logs <component> [-f] | test | build
set -uo pipefail

KOHTAAMO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deploy/kohtaamo.env
. "$KOHTAAMO_ROOT/deploy/kohtaamo.env"
LOGS="$KOHTAAMO_STATE/logs"
RUN="$KOHTAAMO_STATE/run"

say()  { printf '\033[1m==>\033[0m %s\n' "$*"; }
ok()   { printf '    \033[32mok\033[0m %s\n' "$*"; }
fail() { printf '\033[31mFAILED:\033[0m %s\n' "$*" >&2; exit 1; }

role_of() {  # service → database role and schema
  case "$1" in
    service-catalogue) echo catalogue ;; client-registry) echo registry ;; contact-routing) echo routing ;;
    feedback) echo feedback ;; knowledge-portal) echo knowledge ;; web-channel) echo webchannel ;; gateway) echo gateway ;;
  esac
}
port_of() { local var="KOHTAAMO_PORT_$(echo "$1" | tr 'a-z-' 'A-Z_')"; echo "${!var}"; }

# ---------------------------------------------------------------- JDK
find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  command -v java >/dev/null 2>&1 && candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  for dir in /usr/lib/jvm/*; do [ -x "$dir/bin/java" ] && candidates+=("$dir"); done
  local best="" best_version=0
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    local version
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    version=${version%%.*}
    if [ -n "$version" ] && [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then best=$home; best_version=$version; fi
  done
  [ -n "$best" ] || fail "no JDK 21 or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm/*). Install one, e.g. apt-get install openjdk-21-jdk-headless, or set JAVA_HOME."
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# ---------------------------------------------------------------- build
service_jar() { echo "$KOHTAAMO_ROOT/services/$1/target/quarkus-app/quarkus-run.jar"; }

needs_build() {
  [ -d "$KOHTAAMO_ROOT/deploy/kafka/target/libs" ] || return 0
  local service jar
  for service in $KOHTAAMO_SERVICES; do
    jar=$(service_jar "$service")
    [ -f "$jar" ] || return 0
    # sources (or a library's sources) newer than the built application
    if [ -n "$(find "$KOHTAAMO_ROOT/services/$service/src/main" "$KOHTAAMO_ROOT/services/outbox/src/main" \
          "$KOHTAAMO_ROOT/services/problem-details/src/main" -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
      return 0
    fi
  done
  return 1
}

build() {
  say "Building (./mvnw package, tests skipped; log: $LOGS/build.log)"
  mkdir -p "$LOGS"
  (cd "$KOHTAAMO_ROOT" && ./mvnw -B -DskipTests install) > "$LOGS/build.log" 2>&1 \
    || { tail -n 40 "$LOGS/build.log" >&2; fail "build failed; see $LOGS/build.log"; }
  ok "built"
}

# ---------------------------------------------------------------- PostgreSQL
pg_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }
  done
}

as_pg() {  # PostgreSQL refuses to run as root: use the postgres user then
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_pg_binaries() {
  PG_BIN=$(pg_bin)
  if [ -z "$PG_BIN" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ "${KOHTAAMO_NO_INSTALL:-}" != 1 ]; then
      say "Installing PostgreSQL server binaries (apt-get install postgresql)"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql > "$LOGS/apt-postgresql.log" 2>&1 \
        || fail "apt-get install postgresql failed; see $LOGS/apt-postgresql.log"
      PG_BIN=$(pg_bin)
    fi
    [ -n "$PG_BIN" ] || fail "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin. Install them: sudo apt-get install postgresql"
  fi
}

start_postgres() {
  ensure_pg_binaries
  local data="$KOHTAAMO_STATE/postgres/data" sock="$KOHTAAMO_STATE/postgres/run"
  install -d "$KOHTAAMO_STATE/postgres" "$sock"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$KOHTAAMO_STATE/postgres" "$sock"
  if [ ! -f "$data/PG_VERSION" ]; then
    say "Initialising PostgreSQL in $data"
    as_pg "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$LOGS/postgres-init.log" 2>&1 \
      || fail "initdb failed; see $LOGS/postgres-init.log"
  fi
  if as_pg "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    ok "PostgreSQL already running on $KOHTAAMO_DB_PORT"
  else
    say "Starting PostgreSQL on $KOHTAAMO_DB_HOST:$KOHTAAMO_DB_PORT"
    as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$sock/postgres.log" -w -t 60 \
      -o "-p $KOHTAAMO_DB_PORT -c listen_addresses=$KOHTAAMO_DB_HOST -k $sock -c shared_buffers=$KOHTAAMO_DB_SHARED_BUFFERS" start > "$LOGS/postgres-start.log" 2>&1 \
      || fail "PostgreSQL did not start; see $sock/postgres.log"
    ok "PostgreSQL ready"
  fi
  ln -sf "$sock/postgres.log" "$LOGS/postgres.log"
  local sql="" service role
  sql+="select 'create database $KOHTAAMO_DB_NAME' where not exists (select from pg_database where datname = '$KOHTAAMO_DB_NAME')\\gexec
"
  as_pg "$PG_BIN/psql" -q -h "$sock" -p "$KOHTAAMO_DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 <<<"$sql" >/dev/null \
    || fail "cannot create database $KOHTAAMO_DB_NAME"
  sql=""
  for service in $KOHTAAMO_SERVICES; do
    role=$(role_of "$service")
    sql+="do \$\$ begin
  if not exists (select from pg_roles where rolname = '$role') then create role $role login; end if;
end \$\$;
alter role $role with login password '$role$KOHTAAMO_DB_PASSWORD_SUFFIX';
create schema if not exists $role authorization $role;
alter role $role set search_path = $role;
revoke all on schema public from $role;
"
  done
  # knowledge-portal's "did you mean" uses trigram similarity (pg_trgm, created by the superuser)
  sql+="create extension if not exists pg_trgm with schema knowledge;
"
  as_pg "$PG_BIN/psql" -q -h "$sock" -p "$KOHTAAMO_DB_PORT" -U postgres -d "$KOHTAAMO_DB_NAME" -v ON_ERROR_STOP=1 <<<"$sql" >/dev/null \
    || fail "cannot create the services' roles and schemas"
  ok "database $KOHTAAMO_DB_NAME with one role and schema per service"
}

stop_postgres() {
  PG_BIN=$(pg_bin)
  local data="$KOHTAAMO_STATE/postgres/data"
  [ -n "$PG_BIN" ] && [ -f "$data/PG_VERSION" ] || return 0
  if as_pg "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_pg "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 && ok "PostgreSQL stopped"
  fi
}

# ---------------------------------------------------------------- processes
pid_alive() { local f="$RUN/$1.pid"; [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; }

wait_for() {  # name, seconds, command…
  local name=$1 seconds=$2; shift 2
  local deadline=$(( $(date +%s) + seconds ))
  until "$@" >/dev/null 2>&1; do
    if ! pid_alive "$name"; then return 1; fi
    [ "$(date +%s)" -ge "$deadline" ] && return 1
    sleep 1
  done
}

stop_process() {
  local name=$1 f="$RUN/$1.pid"
  [ -f "$f" ] || return 0
  local pid; pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
    ok "$name stopped"
  fi
  rm -f "$f"
}

# ---------------------------------------------------------------- Kafka
start_kafka() {
  local libs="$KOHTAAMO_ROOT/deploy/kafka/target/libs" dir="$KOHTAAMO_STATE/kafka"
  [ -d "$libs" ] || fail "Kafka jars missing at $libs (run ./kohtaamo build)"
  if pid_alive kafka; then ok "Kafka already running"; return; fi
  mkdir -p "$dir"
  local host=${KAFKA_BOOTSTRAP_SERVERS%%:*} port=${KAFKA_BOOTSTRAP_SERVERS##*:}
  cat > "$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=$host:$KOHTAAMO_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$host:$port,CONTROLLER://$host:$KOHTAAMO_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$host:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
EOF
  if [ ! -f "$dir/data/meta.properties" ]; then
    say "Formatting Kafka storage"
    local id; id=$(java -cp "$libs/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    java -cp "$libs/*" kafka.tools.StorageTool format -t "$id" -c "$dir/server.properties" --standalone > "$LOGS/kafka-format.log" 2>&1 \
      || fail "Kafka storage format failed; see $LOGS/kafka-format.log"
  fi
  say "Starting Kafka on $KAFKA_BOOTSTRAP_SERVERS"
  nohup java -Xms128m -Xmx384m -XX:+UseSerialGC -Dlog4j2.configurationFile="$KOHTAAMO_ROOT/deploy/kafka/log4j2.properties" -cp "$libs/*" kafka.Kafka "$dir/server.properties" > "$LOGS/kafka.log" 2>&1 < /dev/null &
  echo $! > "$RUN/kafka.pid"
  wait_for kafka 60 bash -c "exec 3<>/dev/tcp/$host/$port" || fail "Kafka did not start; see $LOGS/kafka.log"
  # The broker answers on its port a moment before it serves metadata.
  wait_for kafka 30 grep -q "Kafka Server started" "$LOGS/kafka.log" || fail "Kafka did not become ready; see $LOGS/kafka.log"
  ok "Kafka ready"
  # The parts of GDPR exports carry personal data: their topic keeps messages for 7 days only.
  java -cp "$libs/*" org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists \
    --topic kohtaamo.exports.v1 --partitions 3 --config retention.ms=604800000 >> "$LOGS/kafka-topics.log" 2>&1 \
    || fail "could not create topic kohtaamo.exports.v1; see $LOGS/kafka-topics.log"
  # Every other topic is created on first use with the broker's defaults (7 days' retention).
  # The catalogue's topic is the services' state: compacted, it keeps every service's latest event for
  # good, so that a service's read model can be rebuilt from the start at any time.
  java -cp "$libs/*" org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists \
    --topic kohtaamo.catalogue.v1 --partitions 3 --config cleanup.policy=compact >> "$LOGS/kafka-topics.log" 2>&1 \
    && java -cp "$libs/*" org.apache.kafka.tools.ConfigCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --alter \
      --entity-type topics --entity-name kohtaamo.catalogue.v1 --add-config cleanup.policy=compact >> "$LOGS/kafka-topics.log" 2>&1 \
    || fail "could not set up topic kohtaamo.catalogue.v1; see $LOGS/kafka-topics.log"
}

# ---------------------------------------------------------------- Keycloak
keycloak_home() { echo "$KOHTAAMO_STATE/keycloak/keycloak-$KOHTAAMO_KEYCLOAK_VERSION"; }

start_keycloak() {
  local home; home=$(keycloak_home)
  if pid_alive keycloak; then ok "Keycloak already running"; return; fi
  if [ ! -x "$home/bin/kc.sh" ]; then
    say "Fetching Keycloak $KOHTAAMO_KEYCLOAK_VERSION from Maven Central"
    mkdir -p "$KOHTAAMO_STATE/keycloak"
    (cd "$KOHTAAMO_ROOT" && ./mvnw -B -q dependency:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KOHTAAMO_KEYCLOAK_VERSION:zip" \
        -DoutputDirectory="$KOHTAAMO_STATE/keycloak") > "$LOGS/keycloak-fetch.log" 2>&1 \
      || fail "cannot fetch Keycloak; see $LOGS/keycloak-fetch.log"
    unzip -q -o "$KOHTAAMO_STATE/keycloak/keycloak-quarkus-dist-$KOHTAAMO_KEYCLOAK_VERSION.zip" -d "$KOHTAAMO_STATE/keycloak" \
      || fail "cannot unpack Keycloak"
    rm -f "$KOHTAAMO_STATE/keycloak/keycloak-quarkus-dist-$KOHTAAMO_KEYCLOAK_VERSION.zip"
  fi
  local realm="$KOHTAAMO_ROOT/deploy/keycloak/kohtaamo-realm.json" imported="$home/data/import/kohtaamo-realm.json"
  mkdir -p "$home/data/import"
  if [ -f "$imported" ] && ! cmp -s "$realm" "$imported"; then
    say "The realm changed: Keycloak's local database is reset to import it again"
    rm -rf "$home/data/h2"
  fi
  cp "$realm" "$imported"
  say "Starting Keycloak on $KOHTAAMO_KEYCLOAK_URL (first start builds it: about a minute)"
  (
    cd "$home" || exit 1
    # kc.sh forwards SIGTERM to Keycloak, so its pid is the one to stop.
    KC_BOOTSTRAP_ADMIN_USERNAME="$KC_BOOTSTRAP_ADMIN_USERNAME" KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_BOOTSTRAP_ADMIN_PASSWORD" \
      JAVA_OPTS_KC_HEAP="-Xms128m -Xmx512m" nohup bin/kc.sh start-dev --http-host 127.0.0.1 \
      --http-port "$KOHTAAMO_KEYCLOAK_PORT" --import-realm > "$LOGS/keycloak.log" 2>&1 < /dev/null &
    echo $! > "$RUN/keycloak.pid"
  )
  wait_for keycloak 240 curl -fsS "$QUARKUS_OIDC_AUTH_SERVER_URL/.well-known/openid-configuration" \
    || fail "Keycloak did not become ready; see $LOGS/keycloak.log"
  ok "Keycloak ready with realm kohtaamo"
}

# ---------------------------------------------------------------- services
service_env() {  # the environment one service runs with
  local service=$1 role; role=$(role_of "$service")
  echo "QUARKUS_HTTP_PORT=$(port_of "$service")"
  echo "QUARKUS_HTTP_HOST=127.0.0.1"
  echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$KOHTAAMO_DB_HOST:$KOHTAAMO_DB_PORT/$KOHTAAMO_DB_NAME"
  echo "QUARKUS_DATASOURCE_USERNAME=$role"
  echo "QUARKUS_DATASOURCE_PASSWORD=$role$KOHTAAMO_DB_PASSWORD_SUFFIX"
  echo "KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP_SERVERS"
  echo "QUARKUS_OIDC_AUTH_SERVER_URL=$QUARKUS_OIDC_AUTH_SERVER_URL"
  case "$service" in
    gateway)
      echo "QUARKUS_OIDC_CREDENTIALS_SECRET=$KOHTAAMO_GATEWAY_CLIENT_SECRET"
      echo "KOHTAAMO_GATEWAY_ROUTES_CATALOGUE_URL=http://127.0.0.1:$KOHTAAMO_PORT_SERVICE_CATALOGUE"
      echo "KOHTAAMO_GATEWAY_ROUTES_REGISTRY_URL=http://127.0.0.1:$KOHTAAMO_PORT_CLIENT_REGISTRY"
      echo "KOHTAAMO_GATEWAY_ROUTES_ROUTING_URL=http://127.0.0.1:$KOHTAAMO_PORT_CONTACT_ROUTING"
      echo "KOHTAAMO_GATEWAY_ROUTES_FEEDBACK_URL=http://127.0.0.1:$KOHTAAMO_PORT_FEEDBACK"
      echo "KOHTAAMO_GATEWAY_ROUTES_KNOWLEDGE_URL=http://127.0.0.1:$KOHTAAMO_PORT_KNOWLEDGE_PORTAL"
      echo "KOHTAAMO_GATEWAY_ROUTES_WEB_URL=http://127.0.0.1:$KOHTAAMO_PORT_WEB_CHANNEL" ;;
    client-registry)
      echo "KOHTAAMO_REGISTRY_ENCRYPTION_KEY=$KOHTAAMO_REGISTRY_ENCRYPTION_KEY"
      echo "KOHTAAMO_REGISTRY_HASH_KEY=$KOHTAAMO_REGISTRY_HASH_KEY" ;;
    web-channel)
      echo "QUARKUS_REST_CLIENT_CATALOGUE_URL=http://127.0.0.1:$KOHTAAMO_PORT_SERVICE_CATALOGUE"
      echo "QUARKUS_REST_CLIENT_CONTACT_ROUTING_URL=http://127.0.0.1:$KOHTAAMO_PORT_CONTACT_ROUTING"
      echo "QUARKUS_REST_CLIENT_FEEDBACK_URL=http://127.0.0.1:$KOHTAAMO_PORT_FEEDBACK"
      echo "QUARKUS_REST_CLIENT_KNOWLEDGE_URL=http://127.0.0.1:$KOHTAAMO_PORT_KNOWLEDGE_PORTAL"
      echo "QUARKUS_REST_CLIENT_REGISTRY_URL=http://127.0.0.1:$KOHTAAMO_PORT_CLIENT_REGISTRY" ;;
    feedback)
      echo "KOHTAAMO_FEEDBACK_SURVEY_PAGE_URL=http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY/surveys" ;;
  esac
}

# Most services start fast and small on the client compiler alone; those on the hot path of every
# contact (KOHTAAMO_HOT_SERVICES) get the optimising compiler too, which costs memory and warm-up.
jvm_options() {
  case " $KOHTAAMO_HOT_SERVICES " in
    *" $1 "*) echo "$KOHTAAMO_JVM_OPTIONS_HOT" ;;
    *) echo "$KOHTAAMO_JVM_OPTIONS" ;;
  esac
}

start_services() {
  local service
  for service in $KOHTAAMO_SERVICES; do
    if pid_alive "$service"; then ok "$service already running"; continue; fi
    say "Starting $service on port $(port_of "$service")"
    (
      while IFS= read -r line; do export "${line?}"; done < <(service_env "$service")
      cd "$KOHTAAMO_ROOT/services/$service" || exit 1
      # A simple command in the background: $! is the JVM itself, which down stops.
      # shellcheck disable=SC2086 # the options are words
      nohup java -Xms32m -Xmx"$KOHTAAMO_SERVICE_HEAP" $(jvm_options "$service") \
        -jar "$(service_jar "$service")" > "$LOGS/$service.log" 2>&1 < /dev/null &
      echo $! > "$RUN/$service.pid"
    )
  done
  for service in $KOHTAAMO_SERVICES; do
    wait_for "$service" 120 curl -fsS "http://127.0.0.1:$(port_of "$service")/q/health/ready" \
      || { tail -n 30 "$LOGS/$service.log" >&2; fail "$service did not become ready; see $LOGS/$service.log"; }
    ok "$service ready"
  done
}

# ---------------------------------------------------------------- commands
cmd_up() {
  local started; started=$(date +%s)
  mkdir -p "$LOGS" "$RUN"
  find_jdk
  ok "JDK: $JAVA_HOME"
  if [ "${1:-}" = "--rebuild" ] || needs_build; then build; else ok "build is current"; fi
  start_postgres
  start_kafka
  start_keycloak
  start_services
  local took=$(( $(date +%s) - started ))
  cat <<EOF

Kohtaamo is up (in ${took}s). State and logs: $KOHTAAMO_STATE

  Web (citizens, sign-in):  http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY/
  API through the gateway:  http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY/api/v1/services
  OpenAPI documents:        http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY/openapi
  Keycloak admin console:   $KOHTAAMO_KEYCLOAK_URL/admin/  (DEMO admin: $KC_BOOTSTRAP_ADMIN_USERNAME / $KC_BOOTSTRAP_ADMIN_PASSWORD)

DEMO users (password for all: $KOHTAAMO_DEMO_PASSWORD), realm kohtaamo:
  <role>.uusimaa   organisation ely-uusimaa
  <role>.pirkanmaa organisation ely-pirkanmaa
     roles: agent expert supervisor manager content-editor catalogue-admin registry-admin auditor feedback-handler
  steering.1 (a steering body: every organisation's aggregate figures)
  reviewer.uusimaa (a second content editor of ely-uusimaa: articles need a reviewer other than the author)
  citizen.1, citizen.2 (citizens, no organisation)
DEMO agency system (client credentials): demo-agency-system / $KOHTAAMO_AGENCY_CLIENT_SECRET

  ./kohtaamo status | logs <component> | down
EOF
}

cmd_down() {
  local service
  for service in $(echo "$KOHTAAMO_SERVICES" | tr ' ' '\n' | tac); do stop_process "$service"; done
  stop_process keycloak
  stop_process kafka
  stop_postgres
}

cmd_status() {
  local name state
  printf '%-18s %-9s %s\n' COMPONENT STATE DETAIL
  PG_BIN=$(pg_bin)
  if [ -n "$PG_BIN" ] && as_pg "$PG_BIN/pg_ctl" -D "$KOHTAAMO_STATE/postgres/data" status >/dev/null 2>&1; then
    printf '%-18s %-9s %s\n' postgres running "$KOHTAAMO_DB_HOST:$KOHTAAMO_DB_PORT"
  else printf '%-18s %-9s\n' postgres stopped; fi
  for name in kafka keycloak $KOHTAAMO_SERVICES; do
    if pid_alive "$name"; then
      state=running
      local detail="pid $(cat "$RUN/$name.pid")"
      case "$name" in
        kafka) detail+=", $KAFKA_BOOTSTRAP_SERVERS" ;;
        keycloak) detail+=", $KOHTAAMO_KEYCLOAK_URL" ;;
        *) local port; port=$(port_of "$name")
           if curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then detail+=", :$port ready"; else detail+=", :$port NOT ready"; fi ;;
      esac
      printf '%-18s %-9s %s\n' "$name" "$state" "$detail"
    else
      printf '%-18s %-9s\n' "$name" stopped
    fi
  done
}

cmd_logs() {
  local name=${1:-}
  [ -n "$name" ] || fail "usage: ./kohtaamo logs <component> [-f]   components: postgres kafka keycloak $KOHTAAMO_SERVICES build"
  local file="$LOGS/$name.log"
  [ -f "$file" ] || fail "no log for $name at $file"
  if [ "${2:-}" = "-f" ]; then tail -n 100 -f "$file"; else tail -n 200 "$file"; fi
}

# The README's test command: every module's tests (they start their own PostgreSQL and Kafka),
# then the end-to-end tests against the launched platform, which is stopped afterwards.
cmd_test() {
  find_jdk
  mkdir -p "$LOGS" "$RUN"
  say "Module tests: ./mvnw -B install (real PostgreSQL and Kafka started by services/test-support)"
  (cd "$KOHTAAMO_ROOT" && ./mvnw -B install) || fail "module tests failed"
  local was_running=0
  pid_alive gateway && was_running=1
  cmd_up
  [ "$was_running" = 1 ] || trap cmd_down EXIT
  say "End-to-end tests through the gateway: ./mvnw -B -pl e2e verify -Pe2e"
  (cd "$KOHTAAMO_ROOT" && ./mvnw -B -pl e2e verify -Pe2e \
     -Dkohtaamo.gateway.url="http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY" \
     -Dkohtaamo.keycloak.url="$KOHTAAMO_KEYCLOAK_URL" \
     -Dkohtaamo.demo.password="$KOHTAAMO_DEMO_PASSWORD" \
     -Dkohtaamo.agency.secret="$KOHTAAMO_AGENCY_CLIENT_SECRET") || fail "end-to-end tests failed"
  say "All tests passed"
}

# ---------------------------------------------------------------- benchmarks
# ./kohtaamo bench knowledge-search [articles|keep] [rate] [seconds]: generates the corpus in the running
# platform's database, then puts an open-loop load on knowledge-portal's search API (127.0.0.1 only).
cmd_bench() {
  case "${1:-}" in
    knowledge-search) shift; bench_knowledge_search "$@" ;;
    contact-intake) shift; bench_contact_intake "$@" ;;
    contact-claims) shift; bench_contact_claims "$@" ;;
    *) fail "usage: ./kohtaamo bench knowledge-search [articles|keep] [rate] [seconds]
       ./kohtaamo bench contact-intake [rate] [seconds]
       ./kohtaamo bench contact-claims [agents] [contacts per round] [pace ms]" ;;
  esac
}

psql_bench() {
  as_pg "$PG_BIN/psql" -q -h "$KOHTAAMO_STATE/postgres/run" -p "$KOHTAAMO_DB_PORT" -U postgres -d "$KOHTAAMO_DB_NAME" \
    -v ON_ERROR_STOP=1 "$@"
}

require_ready() {
  curl -fs "http://127.0.0.1:$(port_of "$1")/q/health/ready" >/dev/null || fail "$1 is not ready: ./kohtaamo up first"
}

bench_knowledge_search() {
  local articles=${1:-100000} rate=${2:-50} seconds=${3:-60}
  find_jdk
  PG_BIN=$(pg_bin)
  local dir="$KOHTAAMO_ROOT/deploy/bench/knowledge-search"
  require_ready knowledge-portal
  if [ "$articles" = keep ]; then
    ok "keeping the corpus already generated"
  else
    say "Generating $articles articles (a few minutes for 100,000)"
    local started=$SECONDS
    psql_bench -v articles="$articles" < "$dir/generate.sql" || fail "corpus generation failed"
    ok "corpus in $((SECONDS - started)) s"
  fi
  psql_bench -A -F ' ' -c "select 'language versions', count(*) from knowledge.translation where published_version is not null
    union all select 'search index (body)', pg_relation_size('knowledge.translation_search_idx')
    union all select 'search index (title)', pg_relation_size('knowledge.translation_title_idx')
    union all select 'translation table with TOAST and indexes', pg_total_relation_size('knowledge.translation')
    union all select 'did-you-mean words', count(*) from knowledge.search_word
    union all select 'did-you-mean index', pg_relation_size('knowledge.search_word_trgm_idx')"
  say "Search load: $rate queries/s for $seconds s"
  "$JAVA_HOME/bin/java" "$dir/SearchBench.java" "http://127.0.0.1:$(port_of knowledge-portal)" "$rate" "$seconds" 15
}

# Contacts submitted through the gateway at a constant rate by the demo agency system; the
# contact.routed events are read from Kafka (kafka-clients from the broker's own libraries).
bench_contact_intake() {
  local rate=${1:-300} seconds=${2:-60}
  find_jdk
  require_ready contact-routing
  require_ready gateway
  say "Intake load: $rate contacts/s for $seconds s through the gateway"
  "$JAVA_HOME/bin/java" -cp "$KOHTAAMO_ROOT/deploy/kafka/target/libs/*" "$KOHTAAMO_ROOT/deploy/bench/contact-routing/IntakeBench.java" \
    "http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY" "$rate" "$seconds" 20 "$KOHTAAMO_KEYCLOAK_URL" "$KAFKA_BOOTSTRAP_SERVERS" \
    "$KOHTAAMO_AGENCY_CLIENT_SECRET"
  psql_bench -A -F ' ' -c "select 'contacts without exactly one routed event (last hour)', count(*) from routing.contact c
    where c.received_at > now() - interval '1 hour' and (select count(*) from routing.outbox_event o
      where o.aggregate_id = c.id::text and o.event_type = 'fi.kohtaamo.contact.routed.v1') <> 1"
}

# Agents asking for their next contact at once: the queue bench-claims is created here and emptied
# before each run; the agents, their settings and the contacts go through the APIs.
bench_contact_claims() {
  local agents=${1:-200} contacts=${2:-4000} pace=${3:-2000}
  find_jdk
  PG_BIN=$(pg_bin)
  require_ready contact-routing
  psql_bench -c "insert into routing.queue (id, code, organisation, triage, tier, name_fi, name_sv, name_en)
      values ('7c1f0a00-0000-4000-8000-0000000be7c1', 'bench-claims', 'ely-uusimaa', false, 'FIRST_LINE',
              'Kuormitustesti', 'Belastningstest', 'Load test') on conflict (id) do nothing;
    update routing.contact set status = 'CLOSED', closed_at = now(), assigned_to = null
     where queue_id = '7c1f0a00-0000-4000-8000-0000000be7c1' and status <> 'CLOSED'" || fail "could not prepare the queue"
  say "Claims: $agents agents, $contacts contacts a round, paced every $pace ms"
  "$JAVA_HOME/bin/java" "$KOHTAAMO_ROOT/deploy/bench/contact-routing/ClaimBench.java" \
    "http://127.0.0.1:$KOHTAAMO_PORT_CONTACT_ROUTING" "$agents" "$contacts" "$pace" "http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY" \
    "$KOHTAAMO_KEYCLOAK_URL" "$KC_BOOTSTRAP_ADMIN_PASSWORD" "$KOHTAAMO_AGENCY_CLIENT_SECRET"
  psql_bench -A -F ' ' -c "select 'contacts assigned more than once without release', count(*) from (
      select e.contact_id from routing.contact_entry e join routing.contact c on c.id = e.contact_id
       where c.queue_id = '7c1f0a00-0000-4000-8000-0000000be7c1' and e.kind = 'ASSIGNED'
       group by e.contact_id having count(*) > 1) twice"
}

case "${1:-}" in
  up) shift; cmd_up "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  down|stop) cmd_down ;;
  status) cmd_status ;;
  logs) shift; cmd_logs "$@" ;;
  build) find_jdk; mkdir -p "$LOGS"; build ;;
  test) cmd_test ;;
  *) cat <<EOF
Kohtaamo local platform
  ./kohtaamo up [--rebuild]   build what is missing, start PostgreSQL, Kafka, Keycloak and every service
  ./kohtaamo down             stop everything (data is kept in ${KOHTAAMO_STATE})
  ./kohtaamo status           what runs, and whether each service is ready
  ./kohtaamo logs <name> [-f] a component's log (postgres, kafka, keycloak, a service, build)
  ./kohtaamo test             every test: module tests, then end-to-end tests on a launched platform
  ./kohtaamo build            build every module (tests skipped)
  ./kohtaamo bench knowledge-search [articles|keep] [rate] [seconds]
  ./kohtaamo bench contact-intake [rate] [seconds]
  ./kohtaamo bench contact-claims [agents] [contacts per round] [pace ms]
                              benchmarks on the running platform (see deploy/bench, docs/performance.md)
EOF
     [ -n "${1:-}" ] && exit 2 ;;
esac
