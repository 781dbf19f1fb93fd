# shellcheck shell=bash
# Demo content for the local platform only (never the Helm chart): knowledge articles, contacts,
# feedback, survey answers and a year of contact history, through the gateway's public APIs with
# real Keycloak tokens. Once: a platform that has the demo articles is left alone. The data and the
# program are in deploy/demo (README.md there). KOHTAAMO_DEMO=0 skips it.

seed_demo() {
  if [ "${KOHTAAMO_DEMO:-1}" = 0 ]; then ok "demo content skipped (KOHTAAMO_DEMO=0)"; return; fi
  say "Demo content (once; KOHTAAMO_DEMO=0 skips it; log: $LOGS/demo.log)"
  "$JAVA_HOME/bin/java" -cp "$KOHTAAMO_ROOT/deploy/kafka/target/libs/*" "$KOHTAAMO_ROOT/deploy/demo/Seed.java" \
      "http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY" "$KOHTAAMO_KEYCLOAK_URL" "$KOHTAAMO_DEMO_PASSWORD" \
      "$KOHTAAMO_ROOT/deploy/demo" 2> "$LOGS/demo.log" \
    || { tail -n 20 "$LOGS/demo.log" >&2; fail "demo content could not be seeded; see $LOGS/demo.log (KOHTAAMO_DEMO=0 skips it)"; }
}
