# shellcheck shell=bash
# Benchmarks on the running platform (deploy/bench, docs/performance.md).

# ./kohtaamo bench knowledge-search [articles|keep] [rate] [seconds]: generates the corpus in the running
# platform's database, then puts an open-loop load on knowledge-portal's search API (127.0.0.1 only).
cmd_bench() {
  case "${1:-}" in
    knowledge-search) shift; bench_knowledge_search "$@" ;;
    contact-intake) shift; bench_contact_intake "$@" ;;
    contact-claims) shift; bench_contact_claims "$@" ;;
    contact-search) shift; bench_contact_search "$@" ;;
    webhook-delivery) shift; bench_webhook_delivery "$@" ;;
    gateway-limiter) shift; bench_gateway_limiter "$@" ;;
    gateway-limiter-e2e) shift; bench_gateway_limiter_e2e "$@" ;;
    pages) shift; bench_pages "$@" ;;
    memory) shift; bench_memory "$@" ;;
    startup) shift; bench_startup "$@" ;;
    *) fail "usage: ./kohtaamo bench knowledge-search [articles|keep] [rate] [seconds]
       ./kohtaamo bench contact-intake [rate] [seconds]
       ./kohtaamo bench contact-claims [agents] [contacts per round] [pace ms]
       ./kohtaamo bench contact-search [contacts|keep] [rate] [seconds]
       ./kohtaamo bench webhook-delivery [rate] [seconds] [retry minutes]
       ./kohtaamo bench gateway-limiter [requests]
       ./kohtaamo bench gateway-limiter-e2e [requests] [threads]
       ./kohtaamo bench pages [rate] [seconds]
       ./kohtaamo bench memory
       ./kohtaamo bench startup [service]" ;;
  esac
}

# The benchmarks' own checks read the database as the superuser; PostgreSQL's binaries are looked
# up here, so that every bench has them (contact-intake once ended on an unset PG_BIN).
psql_bench() { psql_super "$KOHTAAMO_DB_NAME" "$@"; }

require_ready() {
  service_answers_ready "$1" || fail "$1 is not ready: ./kohtaamo up first"
}

# The new corpus has no search vectors: the running knowledge portal analyses the texts (SearchIndex,
# every few seconds in batches); this waits for it and reports the time per text and per article,
# then counts the lexemes afresh and vacuums what the load left. Afresh: the service adds each
# analysed text's lexemes to the counts, so a rerun's would add up, and the lexemes of a corpus
# deleted by the generator would stay (10 million rows after a few reruns against 2.4 million
# counted), to be offered as prefix expansions no text has. Vacuumed: the analysis rewrote every
# text once and every lexeme's count thousands of times, and autovacuum would otherwise work
# through those gigabytes during the measured minutes, as it does after any bulk load (an operator
# runs VACUUM ANALYZE after one; publication one article at a time leaves little to vacuum).
index_knowledge_corpus() {
  local pending texts articles started elapsed last_report=$SECONDS
  texts=$(psql_bench -tA -c "select count(*) from knowledge.translation where published_version is not null and index_vector is null")
  articles=$(psql_bench -tA -c "select count(distinct article_id) from knowledge.translation where published_version is not null and index_vector is null")
  say "Waiting for knowledge-portal to analyse $texts texts of $articles articles for search"
  started=$SECONDS
  while :; do
    pending=$(psql_bench -tA -c "select count(*) from knowledge.translation where published_version is not null and index_vector is null")
    [ "$pending" = 0 ] && break
    [ $((SECONDS - started)) -lt "${KOHTAAMO_BENCH_INDEX_TIMEOUT:-10800}" ] || fail "texts still not analysed after $((SECONDS - started)) s; see $LOGS/knowledge-portal.log"
    if [ $((SECONDS - last_report)) -ge 60 ]; then ok "$pending texts left"; last_report=$SECONDS; fi
    sleep 2
  done
  elapsed=$((SECONDS - started))
  ok "analysed in $elapsed s: $(awk -v s="$elapsed" -v n="$texts" 'BEGIN { printf "%.2f", n ? 1000 * s / n : 0 }') ms a text, $(awk -v s="$elapsed" -v n="$articles" 'BEGIN { printf "%.2f", n ? 1000 * s / n : 0 }') ms an article"
  psql_bench -q -c "begin; truncate knowledge.search_lexeme;
      insert into knowledge.search_lexeme (language, lexeme, docs)
      select l.language, s.word, s.ndoc from (values ('fi'), ('sv'), ('en')) l(language),
        ts_stat(format('select index_vector from knowledge.translation where language = %L and published_version is not null', l.language)) s;
    commit" || fail "could not count the lexemes"
  psql_bench -q -c "vacuum (analyze) knowledge.translation" -c "vacuum (analyze) knowledge.search_lexeme" \
    || fail "could not vacuum the corpus"
}

bench_knowledge_search() {
  local articles=${1:-100000} rate=${2:-50} seconds=${3:-60}
  find_jdk
  local dir="$KOHTAAMO_ROOT/deploy/bench/knowledge-search"
  require_ready knowledge-portal
  if [ "$articles" = keep ]; then
    ok "keeping the corpus already generated"
  else
    say "Generating $articles articles (a few minutes for 100,000)"
    local started=$SECONDS
    psql_bench -v articles="$articles" < "$dir/generate.sql" || fail "corpus generation failed"
    ok "corpus in $((SECONDS - started)) s"
    index_knowledge_corpus
  fi
  psql_bench -A -F ' ' -c "select 'language versions', count(*) from knowledge.translation where published_version is not null
    union all select 'search indexes (body, fi sv en)', pg_relation_size('knowledge.translation_index_fi_idx')
      + pg_relation_size('knowledge.translation_index_sv_idx') + pg_relation_size('knowledge.translation_index_en_idx')
    union all select 'search indexes (title, fi sv en)', pg_relation_size('knowledge.translation_index_title_fi_idx')
      + pg_relation_size('knowledge.translation_index_title_sv_idx') + pg_relation_size('knowledge.translation_index_title_en_idx')
    union all select 'translation table with TOAST and indexes', pg_total_relation_size('knowledge.translation')
    union all select 'did-you-mean words', count(*) from knowledge.search_word
    union all select 'did-you-mean index', pg_relation_size('knowledge.search_word_trgm_idx')"
  # Cold, as a newcomer meets it: a restarted service has an empty term cache and a cold JIT, and
  # its first period is measured and reported apart from the steady one.
  say "Restarting knowledge-portal so that the load starts cold"
  stop_process knowledge-portal
  start_service knowledge-portal
  service_ready knowledge-portal || fail "knowledge-portal did not become ready; see $LOGS/knowledge-portal.log"
  say "Search load: $rate queries/s, a first and a steady period of $seconds s each"
  local service_cpu
  service_cpu=$(cpu_ticks "$(cat "$RUN/knowledge-portal.pid")")
  "$JAVA_HOME/bin/java" "$dir/SearchBench.java" "http://127.0.0.1:$(port_of knowledge-portal)" "$rate" "$seconds"
  report_cpu_per_query knowledge-portal "$service_cpu" knowledge $((2 * rate * seconds))
}

# A process's CPU time so far in clock ticks (user and system, /proc/<pid>/stat fields 14 and 15).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# CPU time per request, independent of how busy the machine was: the service's since the load
# began, and that of the database sessions of its role, all of which were opened after its
# restart (the benchmark restarts it), so their whole CPU time belongs to the run.
report_cpu_per_query() {
  local service=$1 before=$2 role=$3 requests=$4 ticks_per_second after database=0 pid
  ticks_per_second=$(getconf CLK_TCK)
  after=$(cpu_ticks "$(cat "$RUN/$service.pid")")
  for pid in $(psql_bench -tA -c "select pid from pg_stat_activity where usename = '$role'"); do
    database=$((database + $(cpu_ticks "$pid")))
  done
  ok "CPU per request over $requests requests: $service $(awk -v t=$((after - before)) -v hz="$ticks_per_second" -v n="$requests" \
    'BEGIN { printf "%.2f", 1000 * t / hz / n }') ms, PostgreSQL ($role sessions) $(awk -v t="$database" -v hz="$ticks_per_second" -v n="$requests" \
    'BEGIN { printf "%.2f", 1000 * t / hz / n }') ms"
}

# What one contact costs each part of the platform: the CPU time of each component's process tree
# from before the load until every consumer of the contact events has caught up, divided by the
# contacts accepted (warm-up included). Exited children count through their parent's cutime and
# cstime (PostgreSQL's backends), so fields 14 to 17 of /proc/<pid>/stat for every process, counted
# after the name's closing parenthesis (a name may hold spaces).
INTAKE_COMPONENTS="gateway contact-routing client-registry feedback webhooks postgres kafka keycloak"
tree_ticks() {
  local pid=$1 total child
  total=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 + $14 + $15 }')
  total=${total:-0}
  for child in $(pgrep -P "$pid"); do total=$((total + $(tree_ticks "$child"))); done
  echo "$total"
}
component_pid() {
  if [ "$1" = postgres ]; then head -1 "$KOHTAAMO_STATE/postgres/data/postmaster.pid"; else cat "$RUN/$1.pid"; fi
}
tree_pss_kb() {  # a process and its descendants: shared pages counted once across them, as PSS does
  local pid=$1 total child
  total=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null)
  total=${total:-0}
  for child in $(pgrep -P "$pid"); do total=$((total + $(tree_pss_kb "$child"))); done
  echo "$total"
}
cpu_snapshot() {
  local component
  for component in $INTAKE_COMPONENTS; do printf '%s=%s ' "$component" "$(tree_ticks "$(component_pid "$component")")"; done
}
report_cpu_per_contact() {
  local before=$1 contacts=$2 after component was now line="" total=0 hz
  [ "${contacts:-0}" -gt 0 ] 2>/dev/null || { warn "no contact accepted: no CPU per contact"; return; }
  hz=$(getconf CLK_TCK)
  after=$(cpu_snapshot)
  for component in $INTAKE_COMPONENTS; do
    was=$(tr ' ' '\n' <<< "$before" | sed -n "s/^$component=//p")
    now=$(tr ' ' '\n' <<< "$after" | sed -n "s/^$component=//p")
    total=$((total + now - was))
    line+="$(awk -v t=$((now - was)) -v hz="$hz" -v n="$contacts" -v c="$component" 'BEGIN { printf "%s %.2f, ", c, 1000 * t / hz / n }')"
  done
  ok "CPU ms per contact over $contacts contacts: ${line}all $(awk -v t="$total" -v hz="$hz" -v n="$contacts" 'BEGIN { printf "%.2f", 1000 * t / hz / n }')"
}

# Waits (at most five minutes) until the consumer groups that read every contact event have read
# the contact topic to its end, so that the CPU measured includes what they did with the load. A
# describe that fails or shows no partition's lag is not "caught up".
await_contact_consumers() {
  local group lag waited=0
  for group in feedback client-registry.contacts.v2 webhooks; do
    while :; do
      lag=$("$JAVA_HOME/bin/java" -cp "$KOHTAAMO_ROOT/deploy/kafka/target/libs/*" \
              -Dlog4j2.configurationFile="$KOHTAAMO_ROOT/deploy/kafka/log4j2.properties" \
              org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" \
              --command-config "$(kafka_admin_properties)" --describe --group "$group" 2>/dev/null \
            | awk '$2 == "kohtaamo.contacts.v1" { rows++; if ($6 ~ /^[0-9]+$/) lag += $6; else unknown++ }
                   END { print (rows == 0 || unknown > 0) ? "unknown" : lag + 0 }') || lag=unknown
      [ "$lag" = 0 ] && break
      [ "$waited" -ge 300 ] && { warn "consumer group $group still $lag events behind after 5 min"; break; }
      sleep 2; waited=$((waited + 2))
    done
  done
  ok "the consumers of the contact events have caught up (waited ${waited} s after the load)"
}

# The benchmarks' own contacts, closed when a benchmark is done with them: left waiting, each run
# added thousands to the queues (175,000 waiting after a few weeks of runs, where a year of a large
# ELY Centre leaves thousands) and every later figure measured a backlog no agency has. Closed here
# rather than through the API, which would cost as much as the intake measured; the events and
# checks of the run are complete by then.
close_bench_contacts() {
  local closed
  closed=$(psql_bench -tA -c "with closed as (
      update routing.contact set status = 'CLOSED', closed_at = now(), assigned_to = null
       where status <> 'CLOSED' and tracking_code not like 'KB-%'
         and (description like 'Benchmark contact %' or description like 'Webhook benchmark contact %'
              or description like 'Sivukuormitustesti %')
      returning 1)
    select count(*) from closed") || fail "could not close the benchmark's contacts"
  ok "closed the benchmark's $closed contacts, so that the next figures meet a year's backlog, not the benchmarks'"
}

# Contacts submitted through the gateway at a constant rate by the demo agency system; the
# contact.routed events are read from Kafka (kafka-clients from the broker's own libraries).
bench_contact_intake() {
  local rate=${1:-300} seconds=${2:-60}
  find_jdk
  require_ready contact-routing
  require_ready gateway
  say "Intake load: $rate contacts/s for $seconds s through the gateway"
  if [ "$rate" -gt 100 ]; then
    warn "above 100/s the demo agency system meets the gateway's limit of 6,000 contacts a minute (answered 429):" \
      "restart the gateway with KOHTAAMO_GATEWAY_RATE_LIMITS_INTAKE_AUTHENTICATED_PER_MINUTE raised to measure more"
  fi
  local warmup=20 cpu_before started
  started=$(psql_bench -tA -c "select now()") || fail "could not read the database's clock"
  cpu_before=$(cpu_snapshot)
  KOHTAAMO_KAFKA_CLIENT_PROPERTIES=$(kafka_admin_properties) "$JAVA_HOME/bin/java" -cp "$KOHTAAMO_ROOT/deploy/kafka/target/libs/*" "$KOHTAAMO_ROOT/deploy/bench/contact-routing/IntakeBench.java" \
    "http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY" "$rate" "$seconds" "$warmup" "$KOHTAAMO_KEYCLOAK_URL" "$KAFKA_BOOTSTRAP_SERVERS" \
    "$KOHTAAMO_AGENCY_CLIENT_SECRET"
  await_contact_consumers
  # Per contact accepted (warm-up included), not offered: a 429 or a timeout costs little.
  report_cpu_per_contact "$cpu_before" "$(psql_bench -tA -c "select count(*) from routing.contact
    where received_at >= '$started' and description like 'Benchmark contact %'")"
  # One pass over each table (a hash join): a count per contact, as this was written before, read the
  # outbox once per contact and ran for half an hour with a year of contacts, on the machine measured.
  # The contact-search benchmark's generated contacts (KB-) never went through intake.
  psql_bench -A -F ' ' -c "select 'contacts without exactly one routed event (last hour)', count(*) from routing.contact c
    left join (select aggregate_id, count(*) as routed from routing.outbox_event
               where event_type = 'fi.kohtaamo.contact.routed.v1' and created_at > now() - interval '2 hours' group by aggregate_id) o
      on o.aggregate_id = c.id::text
    where c.received_at > now() - interval '1 hour' and c.tracking_code not like 'KB-%' and coalesce(o.routed, 0) <> 1"
  close_bench_contacts
}

# The pages people meet, through the gateway: the citizen front page, a service's page, a contact's
# status page (five anonymous contacts submitted at start) and the workspace, agent.uusimaa signed
# in by the code flow at Keycloak's form; 10 s of warm-up, then the measured period. The password
# goes in the environment, not on the command line.
bench_pages() {
  local rate=${1:-50} seconds=${2:-60}
  find_jdk
  local service
  for service in web-channel service-catalogue contact-routing gateway; do require_ready "$service"; done
  say "Page load: $rate pages/s for $seconds s through the gateway (front, service, status, workspace)"
  KOHTAAMO_BENCH_PASSWORD=$KOHTAAMO_DEMO_PASSWORD "$JAVA_HOME/bin/java" "$KOHTAAMO_ROOT/deploy/bench/pages/PagesBench.java" \
    "http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY" "$rate" "$seconds" 10 agent.uusimaa
  close_bench_contacts
}

# The whole platform's memory as the kernel accounts it (PSS: a page shared by n processes counts
# 1/n to each), per component with its child processes (PostgreSQL's backends, kc.sh's Java).
bench_memory() {
  local component kb total=0 line=""
  for component in $KOHTAAMO_SERVICES postgres kafka keycloak mail; do
    if [ "$component" = postgres ]; then postgres_running || continue; else pid_alive "$component" || continue; fi
    kb=$(tree_pss_kb "$(component_pid "$component")")
    total=$((total + kb))
    line+="$component $((kb / 1024)), "
  done
  [ "$total" -gt 0 ] || fail "nothing of the platform is running: ./kohtaamo up first"
  ok "PSS in MB: ${line}all $((total / 1024))"
}

# How long the platform and one service take to start, with nothing to build: ./kohtaamo down, a
# timed up, each service's own "started in"; then the one service (default contact-routing)
# stopped and started alone, timed until it answers ready.
bench_startup() {
  local service=${1:-contact-routing} started took
  is_service "$service" || fail "usage: ./kohtaamo bench startup [service]   services: $KOHTAAMO_SERVICES"
  needs_build && fail "the build is not current: ./kohtaamo up once first, so that start is measured without a build"
  say "Warm up: ./kohtaamo down, then ./kohtaamo up without a build"
  # In subshells: a step that fails exits its subshell, and this says so.
  ( cmd_down ) > "$LOGS/bench-startup.log" 2>&1 || fail "down failed; see $LOGS/bench-startup.log"
  export KOHTAAMO_DEMO=0  # the service restarted alone below is wired as the timed platform was
  started=$(date +%s%N)
  ( cmd_up ) >> "$LOGS/bench-startup.log" 2>&1 || fail "up failed; see $LOGS/bench-startup.log"
  took=$(( ($(date +%s%N) - started) / 1000000 ))
  ok "platform up in $(awk -v ms="$took" 'BEGIN { printf "%.1f", ms / 1000 }') s; each service's own start: $(services_started_in)"
  stop_process "$service"
  started=$(date +%s%N)
  start_service "$service" > /dev/null
  # Asked every 0.1 s, not the launcher's every second: the figure is a few seconds.
  until service_answers_ready "$service" > /dev/null 2>&1; do
    if ! pid_alive "$service" || [ $(( ($(date +%s%N) - started) / 1000000000 )) -ge "$KOHTAAMO_SERVICE_START_SECONDS" ]; then
      fail "$service did not become ready; see $LOGS/$service.log"
    fi
    sleep 0.1
  done
  took=$(( ($(date +%s%N) - started) / 1000000 ))
  ok "$service alone: ready in $(awk -v ms="$took" 'BEGIN { printf "%.1f", ms / 1000 }') s (its own start: $(started_in "$service"))"
}
started_in() { grep -o 'started in [0-9.]*s' "$LOGS/$1.log" | tail -1 | sed 's/started in //'; }
services_started_in() {
  local service line=""
  for service in $KOHTAAMO_SERVICES; do line+="$service $(started_in "$service"), "; done
  echo "${line%, }"
}

# Webhook delivery: the demo agency system subscribes a receiver the benchmark starts on 127.0.0.1
# (the launcher lets webhooks call plain http on 127.0.0.0/8) and submits contacts through the
# gateway; each latency runs from the contact's 201 to the signed webhook's arrival.
bench_webhook_delivery() {
  local rate=${1:-100} seconds=${2:-60} retry=${3:-0}
  find_jdk
  require_ready contact-routing
  require_ready webhooks
  require_ready gateway
  say "Webhook delivery: $rate contacts/s for $seconds s through the gateway"
  "$JAVA_HOME/bin/java" "$KOHTAAMO_ROOT/deploy/bench/webhooks/WebhookBench.java" "http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY" \
    "$rate" "$seconds" "$KOHTAAMO_KEYCLOAK_URL" "$KOHTAAMO_AGENCY_CLIENT_SECRET" "$retry"
  close_bench_contacts
}

# Staff's contact search (GET /api/v1/contacts) as agent.uusimaa, against routing directly: the
# contacts are generated in the running platform's database (deploy/bench/contact-search), routing
# restarted so that the first requests meet a cold service, then an open-loop load.
bench_contact_search() {
  local contacts=${1:-100000} rate=${2:-20} seconds=${3:-60}
  find_jdk
  local dir="$KOHTAAMO_ROOT/deploy/bench/contact-search"
  require_ready contact-routing
  if [ "$contacts" = keep ]; then
    ok "keeping the contacts already generated"
  else
    say "Generating $contacts contacts (about a minute for 100,000)"
    local started=$SECONDS
    psql_bench -v contacts="$contacts" < "$dir/generate.sql" || fail "contact generation failed"
    ok "contacts in $((SECONDS - started)) s"
  fi
  psql_bench -A -F ' ' -c "select 'contacts', count(*) from routing.contact
    union all select 'search index', pg_relation_size('routing.contact_search_idx')"
  say "Restarting contact-routing so that the load starts cold"
  stop_process contact-routing
  start_service contact-routing
  service_ready contact-routing || fail "contact-routing did not become ready; see $LOGS/contact-routing.log"
  local token
  token=$(curl -fsS -d grant_type=password -d client_id=kohtaamo-cli -d username=agent.uusimaa \
    --data-urlencode "password=$KOHTAAMO_DEMO_PASSWORD" "$KOHTAAMO_KEYCLOAK_URL/realms/kohtaamo/protocol/openid-connect/token" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/') || fail "no token for agent.uusimaa"
  say "Search load: $rate searches/s for $seconds s"
  "$JAVA_HOME/bin/java" "$dir/ContactSearchBench.java" "http://127.0.0.1:$(port_of contact-routing)" "$token" "$rate" "$seconds"
}

# Agents asking for their next contact at once: the queue bench-claims is created here and emptied
# before each run; the agents, their settings and the contacts go through the APIs.
bench_contact_claims() {
  local agents=${1:-200} contacts=${2:-4000} pace=${3:-2000}
  find_jdk
  require_ready contact-routing
  psql_bench -c "insert into routing.queue (id, code, organisation, triage, tier, name_fi, name_sv, name_en)
      values ('7c1f0a00-0000-4000-8000-0000000be7c1', 'bench-claims', 'ely-uusimaa', false, 'FIRST_LINE',
              'Kuormitustesti', 'Belastningstest', 'Load test') on conflict (id) do nothing;
    update routing.contact set status = 'CLOSED', closed_at = now(), assigned_to = null
     where queue_id = '7c1f0a00-0000-4000-8000-0000000be7c1' and status <> 'CLOSED'" || fail "could not prepare the queue"
  say "Claims: $agents agents, $contacts contacts a round, paced every $pace ms"
  KOHTAAMO_KAFKA_BOOTSTRAP=$KAFKA_BOOTSTRAP_SERVERS KOHTAAMO_KAFKA_CLIENT_PROPERTIES=$(kafka_admin_properties) \
    "$JAVA_HOME/bin/java" -cp "$KOHTAAMO_ROOT/deploy/kafka/target/libs/*" "$KOHTAAMO_ROOT/deploy/bench/contact-routing/ClaimBench.java" \
    "http://127.0.0.1:$KOHTAAMO_PORT_CONTACT_ROUTING" "$agents" "$contacts" "$pace" "http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY" \
    "$KOHTAAMO_KEYCLOAK_URL" "$KC_BOOTSTRAP_ADMIN_PASSWORD" "$KOHTAAMO_AGENCY_CLIENT_SECRET"
  psql_bench -A -F ' ' -c "select 'contacts assigned more than once without release', count(*) from (
      select e.contact_id from routing.contact_entry e join routing.contact c on c.id = e.contact_id
       where c.queue_id = '7c1f0a00-0000-4000-8000-0000000be7c1' and e.kind = 'ASSIGNED'
       group by e.contact_id having count(*) > 1) twice"
}

# The gateway's rate limiter on its own: the time one check adds to a request (docs/performance.md).
# Needs the gateway built (./kohtaamo up builds it); runs without the platform.
bench_gateway_limiter() {
  local app="$KOHTAAMO_ROOT/services/gateway/target/quarkus-app"
  [ -d "$app" ] || fail "build the gateway first (./kohtaamo up)"
  "$JAVA_HOME/bin/java" -cp "$app/app/*:$app/lib/main/*" "$KOHTAAMO_ROOT/deploy/bench/gateway/LimiterBench.java" "${1:-1000000}"
}

# The limiter's cost through the running gateway: the same requests with the limiter off and on,
# twice (off, on, off, on), the gateway restarted for each run; then restarted with its own limits.
bench_gateway_limiter_e2e() {
  local requests=${1:-20000} threads=${2:-4} round mode
  find_jdk
  require_ready gateway
  require_ready service-catalogue
  for round in 1 2; do
    for mode in off on; do
      restart_gateway_with_limits "$mode"
      "$JAVA_HOME/bin/java" "$KOHTAAMO_ROOT/deploy/bench/gateway/GatewayLimiterBench.java" \
        "http://127.0.0.1:$KOHTAAMO_PORT_GATEWAY" "$requests" "$threads" "limiter $mode, round $round"
    done
  done
  say "Restarting the gateway with its configured limits"
  stop_process gateway
  start_service gateway
  service_ready gateway || fail "gateway did not become ready; see $LOGS/gateway.log"
}

# off: every group's limits 0, so a check matches the route group and takes no bucket; on: limits
# no bench reaches, so every request takes a token from its caller's bucket and none is refused.
restart_gateway_with_limits() {
  local per_minute=0 group
  [ "$1" = on ] && per_minute=1000000000
  stop_process gateway
  (
    for group in INTAKE LOOKUP SEARCH DEFAULT; do
      export "KOHTAAMO_GATEWAY_RATE_LIMITS_${group}_ANONYMOUS_PER_MINUTE=$per_minute"
      export "KOHTAAMO_GATEWAY_RATE_LIMITS_${group}_AUTHENTICATED_PER_MINUTE=$per_minute"
    done
    start_service gateway
  )
  service_ready gateway || fail "gateway did not become ready; see $LOGS/gateway.log"
}
