# shellcheck shell=bash
# Before anything starts: a JDK, the tools the launcher calls, free ports, disk and memory.

find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  command -v java >/dev/null 2>&1 && candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  for dir in /usr/lib/jvm/*; do [ -x "$dir/bin/java" ] && candidates+=("$dir"); done
  local best="" best_version=0 home version
  for home in "${candidates[@]}"; do
    if [ ! -x "$home/bin/java" ] || [ ! -x "$home/bin/javac" ]; then continue; fi
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    version=${version%%.*}
    if [ -n "$version" ] && [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then best=$home; best_version=$version; fi
  done
  [ -n "$best" ] || fail "no JDK 21 or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm/*). Install one, e.g. apt-get install openjdk-21-jdk-headless, or set JAVA_HOME."
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
  footprint_options
}

# What every JVM the launcher starts gets for a smaller footprint (docs/performance.md, "Start and
# memory"): glibc keeps at most two malloc arenas instead of eight a core, and the JVM hands the
# native memory it freed (the compilers' scratch space above all) back to the system every ten
# seconds. That option is experimental in JDK 21's updates and a product option from 22; a JDK
# without it (21.0.0) starts without it.
footprint_options() {
  export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
  [ -n "${KOHTAAMO_JVM_FOOTPRINT+set}" ] && return
  KOHTAAMO_JVM_FOOTPRINT="-XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=10000"
  # shellcheck disable=SC2086 # the options are words
  java $KOHTAAMO_JVM_FOOTPRINT -version > /dev/null 2>&1 || KOHTAAMO_JVM_FOOTPRINT=""
  export KOHTAAMO_JVM_FOOTPRINT
}

# Installs Debian packages when allowed (root, apt-get, KOHTAAMO_NO_INSTALL unset); the package
# lists are refreshed first, once per run, since a fresh machine's lists are often stale or empty.
can_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ "${KOHTAAMO_NO_INSTALL:-}" != 1 ]; }
APT_UPDATED=0
apt_install() {
  can_install || return 1
  mkdir -p "$LOGS"
  if [ "$APT_UPDATED" = 0 ]; then
    say "Refreshing the package lists (apt-get update)"
    apt-get update -q > "$LOGS/apt-update.log" 2>&1 || fail "apt-get update failed; see $LOGS/apt-update.log"
    APT_UPDATED=1
  fi
  say "Installing $* (apt-get install)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" > "$LOGS/apt-$1.log" 2>&1 \
    || fail "apt-get install $* failed; see $LOGS/apt-$1.log"
}

require_tools() {
  local tool missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  [ "${#missing[@]}" = 0 ] && return 0
  apt_install "${missing[@]}" \
    || fail "missing: ${missing[*]}. Install them first, e.g. sudo apt-get update && sudo apt-get install ${missing[*]}"
}

# Knowledge search's morphology (services/knowledge-portal, TextAnalysis): libvoikko with its Finnish
# dictionary and the Swedish Hunspell dictionary. Installed when allowed; otherwise the service still
# runs, with a warning, on Snowball stems alone.
search_dictionaries_missing() {
  local missing=()
  compgen -G "/usr/lib/*/libvoikko.so.1" >/dev/null || missing+=(libvoikko1)
  [ -e /usr/lib/voikko/5/mor-standard/index.txt ] || missing+=(voikko-fi)
  [ -e /usr/share/hunspell/sv_SE.aff ] || missing+=(hunspell-sv-se)
  echo "${missing[*]}"
}

ensure_search_dictionaries() {
  local missing
  missing=$(search_dictionaries_missing)
  [ -z "$missing" ] && { ok "search dictionaries: Voikko (Finnish), Hunspell (Swedish)"; return 0; }
  # shellcheck disable=SC2086 # one package a word
  if apt_install $missing; then
    ok "search dictionaries installed: $missing"
  else
    warn "missing $missing: knowledge search runs without Finnish and Swedish morphology (Snowball stems only).
    Install them for base forms and compound parts: sudo apt-get install $missing"
  fi
}

# This launcher's own running copy of a component (its ports are no conflict).
component_running() {
  case "$1" in
    postgres) postgres_running ;;
    *) pid_alive "$1" ;;
  esac
}

check_ports() {
  local wanted=("postgres:$KOHTAAMO_DB_PORT" "kafka:${KAFKA_BOOTSTRAP_SERVERS##*:}" "kafka:$KOHTAAMO_KAFKA_CONTROLLER_PORT"
                "keycloak:$KOHTAAMO_KEYCLOAK_PORT" "mail:$KOHTAAMO_MAIL_SMTP_PORT" "mail:$KOHTAAMO_MAIL_IMAP_PORT") taken=() entry name port
  for name in $KOHTAAMO_SERVICES; do wanted+=("$name:$(port_of "$name")" "$name:$(management_port_of "$name")"); done
  for entry in "${wanted[@]}"; do
    name=${entry%%:*} port=${entry##*:}
    component_running "$name" && continue
    port_in_use "$port" && taken+=("$port (wanted by $name$(port_holder "$port"))")
  done
  [ "${#taken[@]}" = 0 ] || fail "ports in use on 127.0.0.1 by something this launcher did not start: ${taken[*]}.
    Stop what holds them, or choose other ports in the environment (deploy/kohtaamo.env names them)."
  ok "ports free (or ours)"
}

port_holder() {  # ", held by <process> pid <n>" when ss can tell
  command -v ss >/dev/null 2>&1 || return 0
  local line; line=$(ss -Hltnp "sport = :$1" 2>/dev/null | head -n 1)
  [[ $line =~ \"([^\"]+)\",pid=([0-9]+) ]] && printf ', held by %s pid %s' "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
}

check_disk() {
  local dir=$KOHTAAMO_STATE free_mb
  while [ ! -d "$dir" ]; do dir=$(dirname "$dir"); done
  free_mb=$(( $(df -Pk "$dir" | awk 'NR == 2 {print $4}') / 1024 ))
  [ "$free_mb" -ge "$KOHTAAMO_MIN_DISK_MB" ] \
    || fail "only ${free_mb} MB free on the disk of $KOHTAAMO_STATE; the platform needs $KOHTAAMO_MIN_DISK_MB MB (build, Keycloak, data)"
  ok "disk: ${free_mb} MB free"
}

# Memory matters only for what is still to start: with everything up, little is left free.
check_memory() {
  local available_mb needed_mb=0 name
  available_mb=$(( $(awk '/^MemAvailable:/ {print $2}' /proc/meminfo 2>/dev/null || echo 0) / 1024 ))
  [ "$available_mb" -gt 0 ] || return 0
  postgres_running || needed_mb=$(( needed_mb + 1200 ))
  pid_alive kafka || needed_mb=$(( needed_mb + 500 ))
  pid_alive keycloak || needed_mb=$(( needed_mb + 700 ))
  pid_alive mail || needed_mb=$(( needed_mb + 150 ))
  for name in $KOHTAAMO_SERVICES; do pid_alive "$name" || needed_mb=$(( needed_mb + 300 )); done
  [ "$available_mb" -ge "$needed_mb" ] \
    || fail "only ${available_mb} MB of memory available; what is to start needs about ${needed_mb} MB.
    Free memory, or lower KOHTAAMO_DB_SHARED_BUFFERS and KOHTAAMO_SERVICE_HEAP (deploy/kohtaamo.env)."
  ok "memory: ${available_mb} MB available, about ${needed_mb} MB needed"
}

preflight() {
  say "Preflight"
  mkdir -p "$LOGS" "$RUN"
  find_jdk
  ok "JDK: $JAVA_HOME"
  require_tools curl unzip openssl
  ok "curl, unzip and openssl present"
  ensure_search_dictionaries
  check_ports
  check_disk
  check_memory
}
