# shellcheck shell=bash
# Keycloak: the distribution from Maven Central, started in dev mode with the realm imported.

keycloak_home() { echo "$KOHTAAMO_STATE/keycloak/keycloak-$KOHTAAMO_KEYCLOAK_VERSION"; }
keycloak_built() { [ -d "$(keycloak_home)/data/h2" ]; }

start_keycloak() { launch_keycloak && await_keycloak; }

# Launched before Kafka and waited for after it (up does so once it is built): its ten seconds of
# start overlap Kafka's (it keeps its own database), and the services, which need its realm at
# start, come after both.
launch_keycloak() {
  local home; home=$(keycloak_home)
  if pid_alive keycloak; then return; fi  # perhaps still starting: await_keycloak waits for it
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
  if [ -d "$home/data/h2" ]; then say "Starting Keycloak on $KOHTAAMO_KEYCLOAK_URL"
  else say "Starting Keycloak on $KOHTAAMO_KEYCLOAK_URL (a first start builds it and imports the realm: a minute or more)"; fi
  (
    cd "$home" || exit 1
    # kc.sh forwards SIGTERM to Keycloak, so its pid is the one to stop. The serial collector, as
    # the services have: G1's regions and remembered sets cost a local Keycloak about 100 MB. Its
    # young generation of 16 MB rather than a third of the heap, as Kafka's.
    KC_BOOTSTRAP_ADMIN_USERNAME="$KC_BOOTSTRAP_ADMIN_USERNAME" KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_BOOTSTRAP_ADMIN_PASSWORD" \
      JAVA_OPTS_KC_HEAP="-Xms32m -Xmn16m -Xmx512m" JAVA_OPTS_APPEND="-XX:-UseG1GC -XX:+UseSerialGC ${KOHTAAMO_JVM_FOOTPRINT:-}" nohup bin/kc.sh start-dev --http-host 127.0.0.1 \
      --http-port "$KOHTAAMO_KEYCLOAK_PORT" --import-realm > "$LOGS/keycloak.log" 2>&1 < /dev/null &
    echo $! > "$RUN/keycloak.pid"
  )
}

await_keycloak() {
  wait_for keycloak "$KOHTAAMO_KEYCLOAK_START_SECONDS" curl -fsS "$QUARKUS_OIDC_AUTH_SERVER_URL/.well-known/openid-configuration" \
    || fail "Keycloak did not become ready; see $LOGS/keycloak.log"
  ok "Keycloak ready with realm kohtaamo"
}
