#!/usr/bin/env bash
# The local launcher: real PostgreSQL, Kafka and Keycloak, then every service, without Docker.
# Usage: ./kohtaamo up | down | status | logs <component> [-f] | dev <service> | test | lint | build | bench | dlq
# Each job lives in deploy/lib/ (preflight, build, postgres, kafka, keycloak, services, demo,
# bench, test, wiring); this file holds the commands and reads the configuration.
set -uo pipefail

KOHTAAMO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deploy/kohtaamo.env
. "$KOHTAAMO_ROOT/deploy/kohtaamo.env"
LOGS="$KOHTAAMO_STATE/logs"
RUN="$KOHTAAMO_STATE/run"

# shellcheck source-path=SCRIPTDIR/..
{
  . "$KOHTAAMO_ROOT/deploy/lib/common.sh"     # output, names, processes
  . "$KOHTAAMO_ROOT/deploy/lib/preflight.sh"  # JDK, tools, ports, disk, memory, apt-get
  . "$KOHTAAMO_ROOT/deploy/lib/build.sh"      # Maven build with progress
  . "$KOHTAAMO_ROOT/deploy/lib/postgres.sh"
  . "$KOHTAAMO_ROOT/deploy/lib/kafka.sh"
  . "$KOHTAAMO_ROOT/deploy/lib/keycloak.sh"
  . "$KOHTAAMO_ROOT/deploy/lib/mail.sh"       # GreenMail: SMTP and IMAP, demo mailboxes
  . "$KOHTAAMO_ROOT/deploy/lib/services.sh"   # wiring per service, start, dev mode
  . "$KOHTAAMO_ROOT/deploy/lib/demo.sh"       # demo content through the APIs
  . "$KOHTAAMO_ROOT/deploy/lib/bench.sh"
  . "$KOHTAAMO_ROOT/deploy/lib/wiring.sh"     # one source for the local wiring, copies checked
  . "$KOHTAAMO_ROOT/deploy/lib/test.sh"       # the README's test command
  . "$KOHTAAMO_ROOT/deploy/lib/dlq.sh"        # list and replay dead letters
}

# ---------------------------------------------------------------- commands
cmd_up() {
  local started; started=$(date +%s)
  preflight
  if [ "${1:-}" = "--rebuild" ] || needs_build; then build; else ok "build is current"; fi
  start_postgres
  # A built Keycloak starts beside Kafka; a first start (its build and the realm's import, a minute
  # of both cores) waits until Kafka is up, so as not to slow Kafka past its start timeouts.
  if keycloak_built; then launch_keycloak; fi
  start_kafka
  start_mail
  launch_keycloak
  await_keycloak
  start_services
  seed_demo
  seed_demo_mailboxes
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

$(mail_usage)

  ./kohtaamo status | logs <component> | down
EOF
}

cmd_down() {
  local service
  for service in $(echo "$KOHTAAMO_SERVICES" | tr ' ' '\n' | tac); do stop_process "$service"; done
  stop_process keycloak
  stop_process mail
  stop_process kafka
  stop_postgres
}

cmd_status() {
  local name state
  printf '%-18s %-9s %s\n' COMPONENT STATE DETAIL
  if postgres_running; then
    printf '%-18s %-9s %s\n' postgres running "$KOHTAAMO_DB_HOST:$KOHTAAMO_DB_PORT"
  else printf '%-18s %-9s\n' postgres stopped; fi
  for name in kafka keycloak mail $KOHTAAMO_SERVICES; do
    if pid_alive "$name"; then
      state=running
      local detail
      detail="pid $(cat "$RUN/$name.pid")"
      case "$name" in
        kafka) detail+=", $KAFKA_BOOTSTRAP_SERVERS" ;;
        keycloak) detail+=", $KOHTAAMO_KEYCLOAK_URL" ;;
        mail) detail+=", SMTP :$KOHTAAMO_MAIL_SMTP_PORT, IMAP :$KOHTAAMO_MAIL_IMAP_PORT" ;;
        *) local port; port=$(port_of "$name")
           if service_answers_ready "$name"; then detail+=", :$port ready"; else detail+=", :$port NOT ready"; fi
           detail+=" (health :$(management_port_of "$name"))" ;;
      esac
      printf '%-18s %-9s %s\n' "$name" "$state" "$detail"
    else
      printf '%-18s %-9s\n' "$name" stopped
    fi
  done
}

cmd_logs() {
  local name=${1:-}
  [ -n "$name" ] || fail "usage: ./kohtaamo logs <component> [-f]   components: postgres kafka keycloak mail $KOHTAAMO_SERVICES build"
  local file="$LOGS/$name.log"
  [ -f "$file" ] || fail "no log for $name at $file"
  if [ "${2:-}" = "-f" ]; then tail -n 100 -f "$file"; else tail -n 200 "$file"; fi
}

case "${1:-}" in
  up) shift; cmd_up "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  down|stop) cmd_down ;;
  status) cmd_status ;;
  logs) shift; cmd_logs "$@" ;;
  build) find_jdk; mkdir -p "$LOGS"; build ;;
  dev) shift; cmd_dev "$@" ;;
  test) cmd_test ;;
  lint) find_jdk; mkdir -p "$LOGS"; cmd_lint ;;
  dlq) shift; cmd_dlq "$@" ;;
  *) cat <<EOF
Kohtaamo local platform
  ./kohtaamo up [--rebuild]   build what is missing, start PostgreSQL, Kafka, Keycloak, a mail server
                              (GreenMail) and every service, seed demo content once and the demo
                              organisations' mailboxes (KOHTAAMO_DEMO=0: skip)
  ./kohtaamo down             stop everything (data is kept in ${KOHTAAMO_STATE})
  ./kohtaamo status           what runs, and whether each service is ready
  ./kohtaamo logs <name> [-f] a component's log (postgres, kafka, keycloak, mail, a service, build)
  ./kohtaamo dev <service>    that service in Quarkus dev mode against the launcher's PostgreSQL, Kafka and Keycloak
  ./kohtaamo test             every test: launcher checks, module tests, end-to-end tests on a launched platform
  ./kohtaamo lint             the launcher checks alone: shellcheck and the wiring's copies
  ./kohtaamo build            build every module (tests skipped)
  ./kohtaamo dlq list|replay <consumer> [event-id]
                              a consumer's dead letters (type, id, reason, time), or send them back to
                              their topic (client-registry, contact-routing, feedback, knowledge-portal, webhooks)
  ./kohtaamo bench knowledge-search [articles|keep] [rate] [seconds]
  ./kohtaamo bench contact-intake [rate] [seconds]
  ./kohtaamo bench contact-claims [agents] [contacts per round] [pace ms]
  ./kohtaamo bench webhook-delivery [rate] [seconds] [retry minutes]
  ./kohtaamo bench pages [rate] [seconds]
                              benchmarks on the running platform (see deploy/bench, docs/performance.md)
EOF
     [ -n "${1:-}" ] && exit 2 ;;
esac
