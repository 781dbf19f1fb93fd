# shellcheck shell=bash
# Local wiring has one source: deploy/kohtaamo.env (with the environment service_env derives from it).
# The copies that cannot read it are checked against it here, so that they fail the test command
# when they drift: each service's application.properties defaults (the values a service has when
# run without the launcher, e.g. from an IDE), docker/compose.yaml and docker/postgres, and the
# Helm chart's copy of the realm, and the realm's audience mappers. Run alone: bash deploy/lib/wiring.sh

WIRING_ERRORS=0
drift() { printf '    \033[31mdrift\033[0m %s\n' "$*" >&2; WIRING_ERRORS=$((WIRING_ERRORS + 1)); }

# Every property whose environment name (MicroProfile Config's mapping: non-alphanumerics to _,
# upper case) the launcher sets must have the launcher's value as its default.
check_properties() {
  local service=$1 file="$KOHTAAMO_ROOT/services/$1/src/main/resources/application.properties"
  local -A launcher=()
  local line name key value
  while IFS= read -r line; do launcher[${line%%=*}]=${line#*=}; done < <(service_env "$service")
  while IFS= read -r line; do
    [[ $line =~ ^[a-z] ]] || continue   # comments and %profile. lines
    key=${line%%=*} value=${line#*=}
    name=${key//[^A-Za-z0-9]/_}; name=${name^^}
    [ -n "${launcher[$name]+set}" ] || continue
    [[ $value == "\${"* ]] && continue   # read from a variable by name: the launcher's by construction
    [ "${launcher[$name]}" = "$value" ] \
      || drift "services/$service application.properties: $key=$value, the launcher sets $name=${launcher[$name]}"
  done < "$file"
}

has_database() {  # whether the service owns data (the gateway and the web channel own none)
  grep -q '^quarkus.datasource' "$KOHTAAMO_ROOT/services/$1/src/main/resources/application.properties"
}

compose_has() {  # a line docker/compose.yaml must contain
  grep -qF -- "$1" "$KOHTAAMO_ROOT/docker/compose.yaml" || drift "docker/compose.yaml lacks: $1"
}

check_compose() {
  local service role upper
  compose_has "image: quay.io/keycloak/keycloak:$KOHTAAMO_KEYCLOAK_VERSION"
  compose_has "KC_BOOTSTRAP_ADMIN_PASSWORD: \${KC_BOOTSTRAP_ADMIN_PASSWORD:-$KC_BOOTSTRAP_ADMIN_PASSWORD}"
  compose_has "../deploy/keycloak/kohtaamo-realm.json:/opt/keycloak/data/import/kohtaamo-realm.json"
  compose_has "POSTGRES_DB: $KOHTAAMO_DB_NAME"
  compose_has "jdbc:postgresql://postgres:5432/$KOHTAAMO_DB_NAME"
  compose_has "QUARKUS_OIDC_AUTH_SERVER_URL: http://keycloak:$KOHTAAMO_KEYCLOAK_PORT/realms/kohtaamo"
  compose_has "QUARKUS_OIDC_CREDENTIALS_SECRET: \${KOHTAAMO_GATEWAY_CLIENT_SECRET:-$KOHTAAMO_GATEWAY_CLIENT_SECRET}"
  compose_has "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET: \${KOHTAAMO_FEEDBACK_CLIENT_SECRET:-$KOHTAAMO_FEEDBACK_CLIENT_SECRET}"
  local kafka_version
  kafka_version=$(sed -n 's|.*<kafka.version>\(.*\)</kafka.version>.*|\1|p' "$KOHTAAMO_ROOT/deploy/kafka/pom.xml" | head -n 1)
  [ -z "$kafka_version" ] || compose_has "image: apache/kafka:$kafka_version"
  for service in $KOHTAAMO_SERVICES; do
    grep -q "^  $service:" "$KOHTAAMO_ROOT/docker/compose.yaml" || drift "docker/compose.yaml has no service $service"
    has_database "$service" || continue
    role=$(role_of "$service") upper=${role^^}
    compose_has "DB_PASSWORD_$upper: \${DB_PASSWORD_$upper:-$role$KOHTAAMO_DB_PASSWORD_SUFFIX}"
    compose_has "QUARKUS_DATASOURCE_USERNAME: $role"
  done
  local roles=""
  for service in $KOHTAAMO_SERVICES; do
    if has_database "$service"; then roles+="$(role_of "$service") "; fi
  done
  grep -qF "for role in ${roles% }; do" "$KOHTAAMO_ROOT/docker/postgres/01-service-roles.sh" \
    || drift "docker/postgres/01-service-roles.sh does not create the roles ${roles% }"
}

# Every client of the realm puts the platform's audience in its access tokens, or the services refuse them.
check_realm_audience() {
  local realm="$KOHTAAMO_ROOT/deploy/keycloak/kohtaamo-realm.json" clients mappers
  clients=$(grep -c '"clientId"' "$realm")
  mappers=$(grep -c "\"included.custom.audience\": \"$KOHTAAMO_OIDC_AUDIENCE\"" "$realm")
  [ "$clients" = "$mappers" ] \
    || drift "deploy/keycloak/kohtaamo-realm.json: $mappers of $clients clients add the audience $KOHTAAMO_OIDC_AUDIENCE"
}

# The confidential clients' demo secrets are the realm's: the launcher's services sign in with them.
check_realm_secrets() {
  local realm="$KOHTAAMO_ROOT/deploy/keycloak/kohtaamo-realm.json" secret
  for secret in "$KOHTAAMO_GATEWAY_CLIENT_SECRET" "$KOHTAAMO_AGENCY_CLIENT_SECRET" "$KOHTAAMO_FEEDBACK_CLIENT_SECRET"; do
    grep -qF "\"secret\": \"$secret\"" "$realm" \
      || drift "deploy/keycloak/kohtaamo-realm.json has no client with the secret $secret of deploy/kohtaamo.env"
  done
}

check_wiring() {
  local service
  WIRING_ERRORS=0
  for service in $KOHTAAMO_SERVICES; do check_properties "$service"; done
  check_compose
  check_realm_audience
  check_realm_secrets
  cmp -s "$KOHTAAMO_ROOT/deploy/keycloak/kohtaamo-realm.json" "$KOHTAAMO_ROOT/helm/kohtaamo/files/kohtaamo-realm.json" \
    || drift "helm/kohtaamo/files/kohtaamo-realm.json differs from deploy/keycloak/kohtaamo-realm.json (copy it over)"
  [ "$WIRING_ERRORS" = 0 ] || fail "$WIRING_ERRORS places disagree with deploy/kohtaamo.env"
  ok "wiring: application.properties, docker/ and the chart's realm agree with deploy/kohtaamo.env"
}

# Alone: with kohtaamo.env's own values, whatever this shell's environment overrides.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  # shellcheck disable=SC2016 # expanded by the inner shell
  exec env -i PATH="$PATH" bash -c '
    set -uo pipefail
    KOHTAAMO_ROOT=$(cd "$(dirname "$1")/../.." && pwd)
    . "$KOHTAAMO_ROOT/deploy/kohtaamo.env"
    for part in common kafka services wiring; do . "$KOHTAAMO_ROOT/deploy/lib/$part.sh"; done
    check_wiring' wiring "$0"
fi
