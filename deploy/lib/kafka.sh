# shellcheck shell=bash
# Kafka: one KRaft node (broker and controller) from the jars deploy/kafka copies, with the same
# listener security as the cluster: SASL/SCRAM-SHA-512, StandardAuthorizer, no access without an
# ACL. One principal per service, its ACLs derived from its application.properties by
# services/test-support's KafkaAccess (docs/events.md, "Who may read and write what").
#
# Over TLS like the cluster's listener (SASL_SSL): the broker's certificate is made once per install
# (kafka_tls), and clients trust it through a PEM trust store, as they trust the Strimzi cluster CA
# in the chart. So a service's Kafka settings are the same here as there but for the file's path.

KAFKA_ACCESS_TOOL=services/test-support/src/main/java/fi/kohtaamo/testsupport/KafkaAccess.java

kafka_dir() { echo "$KOHTAAMO_STATE/kafka"; }

# A principal's password: generated once per install into the state folder (never committed).
kafka_password() {
  local file; file="$(kafka_dir)/credentials/$1"
  if [ ! -s "$file" ]; then
    mkdir -p "$(dirname "$file")"; chmod 700 "$(dirname "$file")"
    (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=\n' > "$file")
  fi
  cat "$file"
}

kafka_jaas() {  # the JAAS line of one principal (start_kafka made its password)
  printf 'org.apache.kafka.common.security.scram.ScramLoginModule required username="%s" password="%s";' \
    "$1" "$(cat "$(kafka_dir)/credentials/$1" 2>/dev/null)"
}

# The admin's client settings (a file), for the launcher's own tools: topics, demo content, benchmarks.
kafka_admin_properties() {
  local file; file="$(kafka_dir)/admin.properties"
  (umask 077; printf 'security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=%s\nssl.truststore.type=PEM\nssl.truststore.location=%s\n' \
    "$(kafka_jaas admin)" "$(kafka_ca)" > "$file")
  echo "$file"
}

kafka_ca() { echo "$(kafka_dir)/tls/ca.crt"; }

# The broker's TLS identity, made once: a self-signed certificate for 127.0.0.1 and localhost in a
# PKCS12 key store, and the certificate alone as the clients' PEM trust store (kafka_ca).
kafka_tls() {
  local tls; tls="$(kafka_dir)/tls"
  [ -s "$tls/broker.p12" ] && [ -s "$tls/ca.crt" ] && return
  mkdir -p "$tls"; chmod 700 "$tls"
  rm -f "$tls/broker.p12" "$tls/ca.crt"
  local password; password=$(kafka_password keystore)
  if ! "$JAVA_HOME/bin/keytool" -genkeypair -alias broker -keyalg EC -groupname secp256r1 -validity 3650 \
         -dname "CN=Kohtaamo local Kafka" -ext "SAN=IP:127.0.0.1,DNS:localhost" \
         -keystore "$tls/broker.p12" -storetype PKCS12 -storepass "$password" -keypass "$password" > "$LOGS/kafka-tls.log" 2>&1 \
     || ! "$JAVA_HOME/bin/keytool" -exportcert -rfc -alias broker -keystore "$tls/broker.p12" -storepass "$password" \
         -file "$tls/ca.crt" >> "$LOGS/kafka-tls.log" 2>&1; then
    fail "cannot make the Kafka broker's certificate; see $LOGS/kafka-tls.log"
  fi
  chmod 644 "$tls/ca.crt"
}

# KafkaAccess with the broker's jars: its class from the build when that is current (compiling the
# source costs each run about three seconds of CPU while up starts everything), else its source.
kafka_access() {
  local source="$KOHTAAMO_ROOT/$KAFKA_ACCESS_TOOL" classes="$KOHTAAMO_ROOT/services/test-support/target/classes"
  local libs="$KOHTAAMO_ROOT/deploy/kafka/target/libs/*" log="-Dlog4j2.configurationFile=$KOHTAAMO_ROOT/deploy/kafka/log4j2.properties"
  if [ "$classes/fi/kohtaamo/testsupport/KafkaAccess.class" -nt "$source" ]; then
    java -cp "$classes:$libs" "$log" fi.kohtaamo.testsupport.KafkaAccess "$@"
  else
    java -cp "$libs" "$log" "$source" "$@"
  fi
}

kafka_server_properties() {  # host port admin-password
  local host=$1 port=$2 admin=$3
  cat <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=$host:$KOHTAAMO_KAFKA_CONTROLLER_PORT
listeners=SASL_SSL://$host:$port,CONTROLLER://$host:$KOHTAAMO_KAFKA_CONTROLLER_PORT
advertised.listeners=SASL_SSL://$host:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SASL_PLAINTEXT
inter.broker.listener.name=SASL_SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=$(kafka_jaas admin)
ssl.keystore.type=PKCS12
ssl.keystore.location=$(kafka_dir)/tls/broker.p12
ssl.keystore.password=$(kafka_password keystore)
ssl.key.password=$(kafka_password keystore)
ssl.truststore.type=PEM
ssl.truststore.location=$(kafka_ca)
# SCRAM credentials live in the metadata the controller serves: the controller's listener uses PLAIN.
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$admin" user_admin="$admin";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false
log.dirs=$(kafka_dir)/data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
# The log cleaner (the compacted catalogue and offsets topics) keeps its key map on the heap: 128 MB
# by default, a third of the broker's memory. 16 MB maps about 650,000 keys a pass, for a broker
# whose compacted topics hold thousands.
log.cleaner.dedupe.buffer.size=16777216
EOF
}

start_kafka() {
  local libs="$KOHTAAMO_ROOT/deploy/kafka/target/libs" dir; dir=$(kafka_dir)
  [ -d "$libs" ] || fail "Kafka jars missing at $libs (run ./kohtaamo build)"
  if pid_alive kafka; then ok "Kafka already running"; return; fi
  mkdir -p "$dir"
  local host=${KAFKA_BOOTSTRAP_SERVERS%%:*} port=${KAFKA_BOOTSTRAP_SERVERS##*:} admin principals principal
  admin=$(kafka_password admin)
  kafka_tls
  principals=$(kafka_access principals "$KOHTAAMO_ROOT/services" 2>> "$LOGS/kafka-acls.log") \
    || fail "cannot derive the Kafka principals; see $LOGS/kafka-acls.log"
  (umask 077; kafka_server_properties "$host" "$port" "$admin" > "$dir/server.properties")
  if [ -f "$dir/data/meta.properties" ] && [ ! -f "$dir/data/.scram" ]; then
    # Formatted before the broker had authentication: it has no admin to authenticate as.
    warn "Kafka's data predates its authentication: formatting it anew (local topics are lost)"
    rm -rf "$dir/data"
  fi
  if [ ! -f "$dir/data/meta.properties" ]; then
    say "Formatting Kafka storage with the SCRAM credentials of admin and $(echo "$principals" | wc -w) services"
    local id scram=(--add-scram "SCRAM-SHA-512=[name=admin,password=$admin]")
    for principal in $principals; do
      scram+=(--add-scram "SCRAM-SHA-512=[name=$principal,password=$(kafka_password "$principal")]")
    done
    id=$(java -cp "$libs/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    java -cp "$libs/*" kafka.tools.StorageTool format -t "$id" -c "$dir/server.properties" --standalone "${scram[@]}" \
        > "$LOGS/kafka-format.log" 2>&1 \
      || fail "Kafka storage format failed; see $LOGS/kafka-format.log"
    touch "$dir/data/.scram"
  fi
  say "Starting Kafka on $KAFKA_BOOTSTRAP_SERVERS (TLS, SASL/SCRAM-SHA-512, ACLs)"
  # A young generation of 16 MB: the broker's is otherwise a third of its heap, 40 MB touched over
  # and over while it idles.
  # shellcheck disable=SC2086 # the options are words
  nohup java -Xms32m -Xmn16m -Xmx384m -XX:+UseSerialGC ${KOHTAAMO_JVM_FOOTPRINT:-} -Dlog4j2.configurationFile="$KOHTAAMO_ROOT/deploy/kafka/log4j2.properties" -cp "$libs/*" kafka.Kafka "$dir/server.properties" > "$LOGS/kafka.log" 2>&1 < /dev/null &
  echo $! > "$RUN/kafka.pid"
  wait_for kafka 60 bash -c "exec 3<>/dev/tcp/$host/$port" || fail "Kafka did not start; see $LOGS/kafka.log"
  # The broker answers on its port a moment before it serves metadata.
  wait_for kafka 30 grep -q "Kafka Server started" "$LOGS/kafka.log" || fail "Kafka did not become ready; see $LOGS/kafka.log"
  ok "Kafka ready"
  # Every topic of the matrix with its settings (dead letters kept 30 days, the catalogue's topic
  # compacted: see KafkaAccess), each service's credentials (a service added since the format gets
  # its own here) and exactly the ACLs its configuration calls for, in one run of the tool.
  for principal in $principals; do kafka_password "$principal" > /dev/null; done
  kafka_access apply "$KOHTAAMO_ROOT/services" "$KAFKA_BOOTSTRAP_SERVERS" "$dir/credentials" "$(kafka_ca)" >> "$LOGS/kafka-acls.log" 2>&1 \
    || fail "could not apply the Kafka topics and ACLs; see $LOGS/kafka-acls.log"
  ok "Kafka topics, and principals with their ACLs: $(echo "$principals" | tr '\n' ' ')"
}
