# shellcheck shell=bash
# Kafka: one KRaft node (broker and controller) from the jars deploy/kafka copies, and the topics
# that need settings of their own.

start_kafka() {
  local libs="$KOHTAAMO_ROOT/deploy/kafka/target/libs" dir="$KOHTAAMO_STATE/kafka"
  [ -d "$libs" ] || fail "Kafka jars missing at $libs (run ./kohtaamo build)"
  if pid_alive kafka; then ok "Kafka already running"; return; fi
  mkdir -p "$dir"
  local host=${KAFKA_BOOTSTRAP_SERVERS%%:*} port=${KAFKA_BOOTSTRAP_SERVERS##*:}
  cat > "$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=$host:$KOHTAAMO_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$host:$port,CONTROLLER://$host:$KOHTAAMO_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$host:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
EOF
  if [ ! -f "$dir/data/meta.properties" ]; then
    say "Formatting Kafka storage"
    local id; id=$(java -cp "$libs/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    java -cp "$libs/*" kafka.tools.StorageTool format -t "$id" -c "$dir/server.properties" --standalone > "$LOGS/kafka-format.log" 2>&1 \
      || fail "Kafka storage format failed; see $LOGS/kafka-format.log"
  fi
  say "Starting Kafka on $KAFKA_BOOTSTRAP_SERVERS"
  nohup java -Xms128m -Xmx384m -XX:+UseSerialGC -Dlog4j2.configurationFile="$KOHTAAMO_ROOT/deploy/kafka/log4j2.properties" -cp "$libs/*" kafka.Kafka "$dir/server.properties" > "$LOGS/kafka.log" 2>&1 < /dev/null &
  echo $! > "$RUN/kafka.pid"
  wait_for kafka 60 bash -c "exec 3<>/dev/tcp/$host/$port" || fail "Kafka did not start; see $LOGS/kafka.log"
  # The broker answers on its port a moment before it serves metadata.
  wait_for kafka 30 grep -q "Kafka Server started" "$LOGS/kafka.log" || fail "Kafka did not become ready; see $LOGS/kafka.log"
  ok "Kafka ready"
  # The parts of GDPR exports carry personal data: their topic keeps messages for 7 days only.
  java -cp "$libs/*" org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists \
    --topic kohtaamo.exports.v1 --partitions 3 --config retention.ms=604800000 >> "$LOGS/kafka-topics.log" 2>&1 \
    || fail "could not create topic kohtaamo.exports.v1; see $LOGS/kafka-topics.log"
  # Dead letters are kept 30 days, not the broker's 7: long enough to notice one (the alert fires
  # within minutes, a GDPR one stays up until handled), find the cause over a holiday, fix it and
  # replay (./kohtaamo dlq replay). The inbox remembers events 35 days, longer than that, so a replay
  # of a letter that was handled meanwhile has no second effect (docs/operations.md).
  local consumer
  for consumer in $(dlq_consumers); do
    if ! java -cp "$libs/*" org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists \
           --topic "kohtaamo.$consumer.dlq" --partitions 3 --config retention.ms=2592000000 >> "$LOGS/kafka-topics.log" 2>&1 \
       || ! java -cp "$libs/*" org.apache.kafka.tools.ConfigCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --alter \
           --entity-type topics --entity-name "kohtaamo.$consumer.dlq" --add-config retention.ms=2592000000 >> "$LOGS/kafka-topics.log" 2>&1; then
      fail "could not set up topic kohtaamo.$consumer.dlq; see $LOGS/kafka-topics.log"
    fi
  done
  # Every other topic is created on first use with the broker's defaults (7 days' retention).
  # The catalogue's topic is the services' state: compacted, it keeps every service's latest event for
  # good, so that a service's read model can be rebuilt from the start at any time.
  if ! java -cp "$libs/*" org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --create --if-not-exists \
         --topic kohtaamo.catalogue.v1 --partitions 3 --config cleanup.policy=compact >> "$LOGS/kafka-topics.log" 2>&1 \
     || ! java -cp "$libs/*" org.apache.kafka.tools.ConfigCommand --bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --alter \
         --entity-type topics --entity-name kohtaamo.catalogue.v1 --add-config cleanup.policy=compact >> "$LOGS/kafka-topics.log" 2>&1; then
    fail "could not set up topic kohtaamo.catalogue.v1; see $LOGS/kafka-topics.log"
  fi
}
