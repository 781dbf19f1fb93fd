# shellcheck shell=bash
# The README's test command: the launcher's own checks (shellcheck, wiring), every module's tests
# (they start their own PostgreSQL and Kafka), then the end-to-end tests against the launched
# platform, which is stopped afterwards unless it was running before.

launcher_scripts() {  # relative to the root, one a line
  (cd "$KOHTAAMO_ROOT" && { echo kohtaamo; echo .ci/run; find deploy docker -name '*.sh' -not -path '*/target/*' | sort; })
}

cmd_lint() {
  say "Launcher checks: shellcheck and wiring"
  require_tools shellcheck
  local scripts; mapfile -t scripts < <(launcher_scripts)
  (cd "$KOHTAAMO_ROOT" && shellcheck -x "${scripts[@]}") || fail "shellcheck found problems in the launcher's scripts"
  ok "shellcheck: deploy/, docker/postgres, .ci/run and ./kohtaamo"
  bash "$KOHTAAMO_ROOT/deploy/lib/wiring.sh" || fail "the local wiring drifted from deploy/kohtaamo.env"
}

cmd_test() {
  find_jdk
  mkdir -p "$LOGS" "$RUN"
  cmd_lint
  ensure_search_dictionaries  # RelevanceTest holds the levels reached with Voikko and Hunspell
  say "Module tests and images: ./mvnw -B -Pimages install (real PostgreSQL and Kafka started by services/test-support)"
  (cd "$KOHTAAMO_ROOT" && ./mvnw -B -Pimages install) || fail "module tests failed"
  local was_running=0
  pid_alive gateway && was_running=1
  # A platform started here sends its spans to the end-to-end suite's own OTLP receiver (TraceIT);
  # one that was already running is traced only if it was started with KOHTAAMO_OTLP_ENDPOINT.
  [ "$was_running" = 1 ] || : "${KOHTAAMO_OTLP_ENDPOINT:=$KOHTAAMO_E2E_OTLP_ENDPOINT}"
  # The end-to-end tests make their own data; demo content only when asked (KOHTAAMO_DEMO=1).
  KOHTAAMO_DEMO=${KOHTAAMO_DEMO:-0} cmd_up
  [ "$was_running" = 1 ] || trap cmd_down EXIT
  say "End-to-end tests through the gateway: ./mvnw -B -pl e2e verify -Pe2e"
  (cd "$KOHTAAMO_ROOT" && ./mvnw -B -pl e2e verify -Pe2e \
     -Dkohtaamo.otlp.endpoint="$KOHTAAMO_OTLP_ENDPOINT" \
     -Dkohtaamo.gateway.url="http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY" \
     -Dkohtaamo.keycloak.url="$KOHTAAMO_KEYCLOAK_URL" \
     -Dkohtaamo.demo.password="$KOHTAAMO_DEMO_PASSWORD" \
     -Dkohtaamo.agency.secret="$KOHTAAMO_AGENCY_CLIENT_SECRET" \
     -Dkohtaamo.feedback.secret="$KOHTAAMO_FEEDBACK_CLIENT_SECRET") || fail "end-to-end tests failed"
  check_logs_hold_no_personal_data
  say "All tests passed"
}

# After the end-to-end tests have sent contacts, feedback and registrations with e-mail addresses and
# identity codes, no service's log may hold one: personal data never goes into logs.
check_logs_hold_no_personal_data() {
  say "Service logs: no e-mail addresses or identity codes"
  local service found=0
  for service in $KOHTAAMO_SERVICES; do
    # e-mail addresses other than the platform's own sender; Finnish personal identity codes
    if grep -E -o '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|\b[0-3][0-9][01][0-9][0-9]{2}[-+A-FU-Y][0-9]{3}[0-9A-Y]\b' \
        "$LOGS/$service.log" | grep -v -E '^no-reply@kohtaamo\.invalid$' | head -n 3 | sed "s/^/    $service: /" | grep .; then
      found=1
    fi
  done
  [ "$found" = 0 ] || fail "personal data in the service logs (above)"
  ok "no personal data in the service logs"
}
