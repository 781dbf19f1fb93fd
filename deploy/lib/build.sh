# shellcheck shell=bash
# Building the services' runnable applications, the Kafka broker's and GreenMail's jars with Maven.

service_jar() { echo "$KOHTAAMO_ROOT/services/$1/target/quarkus-app/quarkus-run.jar"; }

needs_build() {
  [ -d "$KOHTAAMO_ROOT/deploy/kafka/target/libs" ] || return 0
  [ -f "$KOHTAAMO_ROOT/deploy/greenmail/target/libs/greenmail-standalone.jar" ] || return 0
  local service jar
  for service in $KOHTAAMO_SERVICES; do
    jar=$(service_jar "$service")
    [ -f "$jar" ] || return 0
    # sources (or any library's sources: outbox, caller, problem-details, contracts...) newer than the
    # built application
    if [ -n "$(find "$KOHTAAMO_ROOT"/services/*/src/main "$KOHTAAMO_ROOT"/services/*/*/src/main \
          -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
      return 0
    fi
  done
  return 1
}

# A first build takes minutes: Maven's reactor lines ("Building <module> [n/m]") are shown as they
# come, with the time since the start, and the whole output goes to the build log. `package`, not
# `install`: the reactor resolves the modules from each other, and ~/.m2 is left alone.
build() {
  say "Building (./mvnw package, tests skipped; log: $LOGS/build.log)"
  mkdir -p "$LOGS"
  local started=$SECONDS status
  (cd "$KOHTAAMO_ROOT" && ./mvnw -B -DskipTests package) 2>&1 | tee "$LOGS/build.log" | show_reactor_progress "$started"
  status=${PIPESTATUS[0]}
  [ "$status" = 0 ] || { tail -n 40 "$LOGS/build.log" >&2; fail "build failed; see $LOGS/build.log"; }
  ok "built in $((SECONDS - started)) s"
}

show_reactor_progress() {  # started (SECONDS)
  local line
  while IFS= read -r line; do
    if [[ $line =~ ^\[INFO\]\ Building\ (.+)\ [^\ ]+\ +\[([0-9]+)/([0-9]+)\]$ ]]; then
      printf '    [%s/%s] %s (%d s)\n' "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}" "${BASH_REMATCH[1]#Kohtaamo :: }" $((SECONDS - $1))
    fi
  done
}
