# shellcheck shell=bash
# Dead letters: list and replay a consumer's dead-letter topic (kohtaamo.<consumer>.dlq) with
# deploy/lib/DeadLetters.java on Kafka's own client jars. The same program runs as a Kubernetes Job
# (docs/operations.md).

# A broker that authenticates (SASL) is reached with the client properties in this file when it exists.
: "${KOHTAAMO_KAFKA_CLIENT_PROPERTIES:=$KOHTAAMO_STATE/kafka/admin.properties}"

cmd_dlq() {
  local action=${1:-} consumer=${2:-}
  case "$action" in list|replay) ;; *) fail "usage: ./kohtaamo dlq list|replay <consumer> [event-id]   consumers: $(dlq_consumers)" ;; esac
  [ -n "$consumer" ] || fail "usage: ./kohtaamo dlq $action <consumer> [event-id]   consumers: $(dlq_consumers)"
  case " $(dlq_consumers) " in *" $consumer "*) ;; *) fail "no consumer named $consumer; consumers: $(dlq_consumers)" ;; esac
  local libs="$KOHTAAMO_ROOT/deploy/kafka/target/libs"
  [ -d "$libs" ] || fail "Kafka jars missing at $libs (run ./kohtaamo build)"
  find_jdk
  KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP_SERVERS" KOHTAAMO_KAFKA_CLIENT_PROPERTIES="$KOHTAAMO_KAFKA_CLIENT_PROPERTIES" \
    java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dlog4j2.level=WARN -cp "$libs/*" \
    "$KOHTAAMO_ROOT/deploy/lib/DeadLetters.java" "$action" "$consumer" "${@:3}"
}

# The services that consume events, each with a dead-letter topic of its own.
dlq_consumers() { echo "client-registry contact-routing feedback knowledge-portal webhooks"; }
