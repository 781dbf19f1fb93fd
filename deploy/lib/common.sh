# shellcheck shell=bash
# Output, names and process helpers every other part of the launcher uses (sourced by launcher.sh).

say()  { printf '\033[1m==>\033[0m %s\n' "$*"; }
ok()   { printf '    \033[32mok\033[0m %s\n' "$*"; }
warn() { printf '    \033[33mwarning\033[0m %s\n' "$*" >&2; }
fail() { printf '\033[31mFAILED:\033[0m %s\n' "$*" >&2; exit 1; }

role_of() {  # service → database role and schema
  case "$1" in
    service-catalogue) echo catalogue ;; client-registry) echo registry ;; contact-routing) echo routing ;;
    feedback) echo feedback ;; knowledge-portal) echo knowledge ;; webhooks) echo webhooks ;;
    web-channel) echo webchannel ;; gateway) echo gateway ;;
  esac
}

port_of() { local var; var="KOHTAAMO_PORT_$(echo "$1" | tr 'a-z-' 'A-Z_')"; echo "${!var}"; }

# Where a service serves its health and metrics (Quarkus's management interface), never its HTTP port.
management_port_of() { echo $(( $(port_of "$1") + KOHTAAMO_MANAGEMENT_PORT_OFFSET )); }

# A service's readiness, from its management port.
service_answers_ready() { curl -fsS "http://127.0.0.1:$(management_port_of "$1")/q/health/ready" >/dev/null 2>&1; }

is_service() { case " $KOHTAAMO_SERVICES " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# Something answers on 127.0.0.1:port (whoever it is).
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------- processes
# A process that was killed stays a zombie until its parent (here PID 1, since the launcher's shell
# is gone) reaps it, a second or two in a container: kill -0 still answers for it. Counting that as
# running made the first up after a kill -9 say "already running", then "did not become ready" when
# the zombie was reaped; only a second up started the service. So zombies and dying processes
# (state Z or X) are dead here.
pid_alive() {
  local f="$RUN/$1.pid" pid state
  [ -f "$f" ] || return 1
  pid=$(cat "$f")
  kill -0 "$pid" 2>/dev/null || return 1
  state=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}

wait_for() {  # name, seconds, command…: until the command succeeds, while the named process lives
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
