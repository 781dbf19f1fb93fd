# shellcheck shell=bash
# The services: their environment (the wiring), their JVM options, starting them, and dev mode.

# The registry's key pair for GDPR export parts (docs/adr/0006): generated once per install into the
# state folder, never committed. The services seal their parts to the public key; the registry opens
# them with the private one. Both base64 DER (PKCS#8, X.509), as the services read them.
export_keys() {
  local dir="$KOHTAAMO_STATE/keys"
  [ -s "$dir/registry-export.pub" ] && return 0
  mkdir -p "$dir"; chmod 700 "$dir"
  (umask 077
   openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 2>/dev/null \
     | openssl pkcs8 -topk8 -nocrypt -outform DER > "$dir/registry-export.der" \
     && base64 -w 0 "$dir/registry-export.der" > "$dir/registry-export.key" \
     && openssl pkey -inform DER -in "$dir/registry-export.der" -pubout -outform DER | base64 -w 0 > "$dir/registry-export.pub" \
     && rm -f "$dir/registry-export.der") || fail "could not generate the registry's export key pair in $dir"
  ok "registry export key pair generated in $dir"
}

export_key() { cat "$KOHTAAMO_STATE/keys/registry-export.$1" 2>/dev/null; }  # key or pub

service_env() {  # the environment one service runs with
  local service=$1 role; role=$(role_of "$service")
  echo "QUARKUS_HTTP_PORT=$(port_of "$service")"
  echo "QUARKUS_HTTP_HOST=127.0.0.1"
  echo "QUARKUS_MANAGEMENT_PORT=$(management_port_of "$service")"
  echo "QUARKUS_MANAGEMENT_HOST=127.0.0.1"
  # A span for every SQL statement only when spans go somewhere: with no collector they were 15 % of
  # routing's CPU per contact (JFR, docs/performance.md), and the request's own span, whose trace the
  # events carry, stays either way.
  if [ -n "$KOHTAAMO_OTLP_ENDPOINT" ]; then
    echo "KOHTAAMO_OTLP_ENDPOINT=$KOHTAAMO_OTLP_ENDPOINT"
  elif [ -z "${QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT:-}" ]; then
    echo "QUARKUS_DATASOURCE_JDBC_TELEMETRY_ENABLED=false"
    [ "$service" != knowledge-portal ] || echo "QUARKUS_DATASOURCE_SEARCH_JDBC_TELEMETRY_ENABLED=false"
  fi
  echo "KOHTAAMO_LOG_FORMAT=$KOHTAAMO_LOG_FORMAT"
  echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$KOHTAAMO_DB_HOST:$KOHTAAMO_DB_PORT/$KOHTAAMO_DB_NAME"
  echo "QUARKUS_DATASOURCE_USERNAME=$role"
  echo "QUARKUS_DATASOURCE_PASSWORD=$role$KOHTAAMO_DB_PASSWORD_SUFFIX"
  echo "KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP_SERVERS"
  # Its own Kafka principal (deploy/lib/kafka.sh): the password generated for this install, over
  # TLS trusting the broker's certificate, as the chart's services trust the cluster CA.
  echo "KAFKA_SECURITY_PROTOCOL=SASL_SSL"
  echo "KAFKA_SSL_TRUSTSTORE_TYPE=PEM"
  echo "KAFKA_SSL_TRUSTSTORE_LOCATION=$(kafka_ca)"
  echo "KAFKA_SASL_MECHANISM=SCRAM-SHA-512"
  echo "KAFKA_SASL_JAAS_CONFIG=$(kafka_jaas "$service")"
  echo "QUARKUS_OIDC_AUTH_SERVER_URL=$QUARKUS_OIDC_AUTH_SERVER_URL"
  if [ "$service" = gateway ]; then   # its sign-in's ID token names the gateway's own client
    echo "QUARKUS_OIDC_TOKEN_AUDIENCE=$KOHTAAMO_OIDC_AUDIENCE,kohtaamo-gateway"
  else
    echo "QUARKUS_OIDC_TOKEN_AUDIENCE=$KOHTAAMO_OIDC_AUDIENCE"
  fi
  case "$service" in
    gateway)
      echo "QUARKUS_OIDC_CREDENTIALS_SECRET=$KOHTAAMO_GATEWAY_CLIENT_SECRET"
      echo "KOHTAAMO_GATEWAY_ROUTES_CATALOGUE_URL=http://127.0.0.1:$KOHTAAMO_PORT_SERVICE_CATALOGUE"
      echo "KOHTAAMO_GATEWAY_ROUTES_REGISTRY_URL=http://127.0.0.1:$KOHTAAMO_PORT_CLIENT_REGISTRY"
      echo "KOHTAAMO_GATEWAY_ROUTES_ROUTING_URL=http://127.0.0.1:$KOHTAAMO_PORT_CONTACT_ROUTING"
      echo "KOHTAAMO_GATEWAY_ROUTES_FEEDBACK_URL=http://127.0.0.1:$KOHTAAMO_PORT_FEEDBACK"
      echo "KOHTAAMO_GATEWAY_ROUTES_KNOWLEDGE_URL=http://127.0.0.1:$KOHTAAMO_PORT_KNOWLEDGE_PORTAL"
      echo "KOHTAAMO_GATEWAY_ROUTES_WEBHOOKS_URL=http://127.0.0.1:$KOHTAAMO_PORT_WEBHOOKS"
      echo "KOHTAAMO_GATEWAY_ROUTES_WEB_URL=http://127.0.0.1:$KOHTAAMO_PORT_WEB_CHANNEL" ;;
    client-registry)
      echo "KOHTAAMO_REGISTRY_EXPORT_PRIVATE_KEY=$(export_key key)"
      echo "KOHTAAMO_REGISTRY_ENCRYPTION_KEY=$KOHTAAMO_REGISTRY_ENCRYPTION_KEY"
      echo "KOHTAAMO_REGISTRY_HASH_KEY=$KOHTAAMO_REGISTRY_HASH_KEY"
      echo "KOHTAAMO_REGISTRY_DEMO_KEYS_ALLOWED=true" ;;
    contact-routing)
      echo "KOHTAAMO_EXPORT_REGISTRY_PUBLIC_KEY=$(export_key pub)"
      echo "KOHTAAMO_ROUTING_OPEN311_DEMO_KEY=$KOHTAAMO_OPEN311_DEMO_KEY"
      echo "KOHTAAMO_ROUTING_SURVEY_PAGE_URL=http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY/surveys"
      # Mail goes out through the local mail server (deploy/lib/mail.sh), not the mock mailer.
      echo "QUARKUS_MAILER_MOCK=false"
      echo "QUARKUS_MAILER_HOST=127.0.0.1"
      echo "QUARKUS_MAILER_PORT=$KOHTAAMO_MAIL_SMTP_PORT"
      if [ "${KOHTAAMO_DEMO:-1}" != 0 ]; then   # the demo mailboxes' server and password secret
        echo "KOHTAAMO_ROUTING_MAIL_ALLOWED_HOSTS=127.0.0.1"
        local region
        for region in $KOHTAAMO_MAIL_DEMO_REGIONS; do
          echo "KOHTAAMO_MAILBOX_SECRET_$(echo "ely-${region}_$KOHTAAMO_MAIL_DEMO_SECRET" | tr 'a-z-' 'A-Z_')=$KOHTAAMO_MAIL_DEMO_PASSWORD"
        done
      fi ;;
    web-channel)
      echo "QUARKUS_REST_CLIENT_CATALOGUE_URL=http://127.0.0.1:$KOHTAAMO_PORT_SERVICE_CATALOGUE"
      echo "QUARKUS_REST_CLIENT_CONTACT_ROUTING_URL=http://127.0.0.1:$KOHTAAMO_PORT_CONTACT_ROUTING"
      echo "QUARKUS_REST_CLIENT_FEEDBACK_URL=http://127.0.0.1:$KOHTAAMO_PORT_FEEDBACK"
      echo "QUARKUS_REST_CLIENT_KNOWLEDGE_URL=http://127.0.0.1:$KOHTAAMO_PORT_KNOWLEDGE_PORTAL"
      echo "QUARKUS_REST_CLIENT_REGISTRY_URL=http://127.0.0.1:$KOHTAAMO_PORT_CLIENT_REGISTRY"
      echo "QUARKUS_REST_CLIENT_WEBHOOKS_URL=http://127.0.0.1:$KOHTAAMO_PORT_WEBHOOKS" ;;
    webhooks)
      # Locally the demo's receivers run on this machine: plain http and loopback are allowed here
      # only (the chart keeps https and refuses local and private addresses).
      echo "KOHTAAMO_WEBHOOKS_API_BASE_URL=http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY"
      echo "KOHTAAMO_WEBHOOKS_TARGETS_ALLOW_HTTP=true"
      echo "KOHTAAMO_WEBHOOKS_TARGETS_ALLOWED_RANGES=127.0.0.0/8" ;;
    feedback)
      echo "KOHTAAMO_EXPORT_REGISTRY_PUBLIC_KEY=$(export_key pub)"
      echo "KOHTAAMO_FEEDBACK_SURVEY_PAGE_URL=http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY/surveys"
      # Sent surveys' recipients come from the registry; their mails (and answers to senders) go
      # out through the local mail server, like routing's.
      echo "QUARKUS_REST_CLIENT_REGISTRY_URL=http://127.0.0.1:$KOHTAAMO_PORT_CLIENT_REGISTRY"
      # A recurring survey's scheduled rounds ask the registry as the service itself (client kohtaamo-feedback).
      echo "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET=$KOHTAAMO_FEEDBACK_CLIENT_SECRET"
      echo "QUARKUS_MAILER_MOCK=false"
      echo "QUARKUS_MAILER_HOST=127.0.0.1"
      echo "QUARKUS_MAILER_PORT=$KOHTAAMO_MAIL_SMTP_PORT" ;;
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
  export_keys
  for service in $KOHTAAMO_SERVICES; do start_service "$service"; done
  for service in $KOHTAAMO_SERVICES; do
    if ! service_ready "$service"; then
      pid_alive "$service" && { tail -n 30 "$LOGS/$service.log" >&2; fail "$service did not become ready in $KOHTAAMO_SERVICE_START_SECONDS s; see $LOGS/$service.log"; }
      # It ended before it was ready (killed, or a start that failed on a busy machine, e.g. a
      # database connection that timed out): one more start, so that one up is enough.
      cp "$LOGS/$service.log" "$LOGS/$service.failed.log" 2>/dev/null
      warn "$service ended before it was ready ($(last_error "$service")); starting it again (old log: $LOGS/$service.failed.log)"
      start_service "$service"
      service_ready "$service" || { tail -n 30 "$LOGS/$service.log" >&2; fail "$service did not become ready; see $LOGS/$service.log"; }
    fi
    ok "$service ready"
  done
}

service_ready() {
  wait_for "$1" "$KOHTAAMO_SERVICE_START_SECONDS" service_answers_ready "$1"
}

last_error() {
  local line
  line=$(grep -m 1 -E 'ERROR|Exception' "$LOGS/$1.log" 2>/dev/null | cut -c 1-160)
  echo "${line:-no error in its log}"
}

start_service() {
  local service=$1
  if pid_alive "$service"; then ok "$service already running"; return; fi
  rm -f "$RUN/$service.pid"
  say "Starting $service on port $(port_of "$service")"
  (
    while IFS= read -r line; do export "${line?}"; done < <(service_env "$service")
    cd "$KOHTAAMO_ROOT/services/$service" || exit 1
    # A simple command in the background: $! is the JVM itself, which down stops.
    # shellcheck disable=SC2046,SC2086 # the options are words
    nohup java -Xms32m -Xmx"$KOHTAAMO_SERVICE_HEAP" ${KOHTAAMO_JVM_FOOTPRINT:-} $(jvm_options "$service") \
      -jar "$(service_jar "$service")" > "$LOGS/$service.log" 2>&1 < /dev/null &
    echo $! > "$RUN/$service.pid"
  )
}

# ./kohtaamo dev <service>: the service in Quarkus dev mode (live reload, Dev UI) with the launcher's
# wiring, against the launcher's PostgreSQL, Kafka and Keycloak; the launcher's copy is stopped
# first, since both would want the same port, consumer groups and outbox.
cmd_dev() {
  local service=${1:-}
  is_service "$service" || fail "usage: ./kohtaamo dev <service>   services: $KOHTAAMO_SERVICES"
  preflight
  start_postgres
  start_kafka
  start_keycloak
  stop_process "$service"
  export_keys
  say "$service in Quarkus dev mode on port $(port_of "$service") (q to quit; ./kohtaamo up starts the launcher's copy again)"
  while IFS= read -r line; do export "${line?}"; done < <(service_env "$service")
  cd "$KOHTAAMO_ROOT" || exit 1
  # Dev mode compiles into target/classes but never removes a class whose source is gone; a stale
  # resource class from before a rename would then declare its paths twice.
  rm -rf "services/$service/target/classes"
  exec ./mvnw quarkus:dev -pl "services/$service"
}
