package fi.kohtaamo.helm;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static fi.kohtaamo.helm.ChartTest.get;
import static fi.kohtaamo.helm.ChartTest.list;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka's authentication and ACLs against what each service's application.properties says it
 * writes and consumes: a topic added to a service without its ACL, or an ACL left for a topic the
 * service no longer uses, fails here rather than as an authorization error in production.
 */
@SuppressWarnings("unchecked")
class KafkaAccessTest {

    static final ChartTest.Manifests DEFAULTS = ChartTest.defaults();

    @Test
    void eachServiceMayWriteOnlyItsOwnTopicAndDeadLettersAndReadOnlyWhatItConsumes() {
        for (String service : ChartTest.SERVICE_NAMES) {
            ServiceSources sources = new ServiceSources(service);
            List<Map<String, Object>> users = DEFAULTS.of("KafkaUser").stream()
                    .filter(user -> service.equals(get(user, "metadata.name"))).toList();
            if (!sources.usesKafka()) {
                assertThat(users).as(service + " uses no Kafka: no principal").isEmpty();
                continue;
            }
            assertThat(users).as(service + "'s KafkaUser").hasSize(1);
            Map<String, Object> user = users.get(0);
            assertThat((String) get(user, "spec.authentication.type")).isEqualTo("scram-sha-512");
            List<Map<String, Object>> acls = list(user, "spec.authorization.acls");

            if (sources.writes() == null) { // a consumer only (webhooks): no topic of its own
                assertThat(topics(acls, "literal", "Write")).as(service + " writes no topic").isEmpty();
            } else {
                assertThat(topics(acls, "literal", "Write")).as(service + " writes its outbox topic only")
                        .containsExactly(sources.writes());
            }
            String deadLetters = "kohtaamo." + service + ".dlq";
            assertThat(topics(acls, "prefix", "Write")).as(service + " writes its dead letters").containsExactly(deadLetters);
            assertThat(sources.deadLetterTopics()).as(service + "'s dead-letter topics fall under its prefix")
                    .allMatch(topic -> topic.startsWith(deadLetters));
            assertThat(topics(acls, "literal", "Read")).as(service + " reads what it consumes").isEqualTo(sources.reads());
            assertThat(topics(acls, "prefix", "Read")).as("no topic prefix is readable").isEmpty();

            Set<String> groupPrefixes = names(acls, "group", "prefix", "Read");
            assertThat(groupPrefixes).as(service + "'s consumer groups")
                    .isEqualTo(sources.reads().isEmpty() ? Set.of() : Set.of(service));
            assertThat(sources.consumerGroups()).as(service + "'s groups carry its name")
                    .allMatch(group -> group.equals(service) || group.startsWith(service + "."));

            assertThat(acls).as("the outbox relay is an idempotent producer")
                    .anyMatch(acl -> "cluster".equals(get(acl, "resource.type"))
                            && ((List<String>) acl.get("operations")).contains("IdempotentWrite"));
            assertThat(acls).as(service + ": no wildcard, no All, no deny needed")
                    .noneMatch(acl -> "*".equals(get(acl, "resource.name")) || ((List<String>) acl.get("operations")).contains("All"));
        }
    }

    @Test
    void theGdprExportTopicIsReadByTheRegistryAloneAndWrittenByNobody() {
        Set<String> readers = new TreeSet<>();
        for (Map<String, Object> user : DEFAULTS.of("KafkaUser")) {
            List<Map<String, Object>> acls = list(user, "spec.authorization.acls");
            if (topics(acls, "literal", "Read").contains("kohtaamo.exports.v1")) {
                readers.add(get(user, "metadata.name"));
            }
            assertThat(topics(acls, "literal", "Write")).doesNotContain("kohtaamo.exports.v1");
        }
        assertThat(readers).isSubsetOf("client-registry");
    }

    @Test
    void theOnlyListenerIsTlsWithScramAndOnlyKafkaClientsMayConnect() {
        Map<String, Object> kafka = DEFAULTS.of("Kafka").get(0);
        assertThat((String) get(kafka, "apiVersion")).isEqualTo("kafka.strimzi.io/v1");
        assertThat((String) get(kafka, "spec.kafka.authorization.type")).isEqualTo("simple");
        List<Map<String, Object>> listeners = list(kafka, "spec.kafka.listeners");
        assertThat(listeners).singleElement().satisfies(listener -> {
            assertThat(listener).containsEntry("tls", true).containsEntry("port", 9093);
            assertThat((String) get(listener, "authentication.type")).isEqualTo("scram-sha-512");
            Map<String, Object> peer = list(listener, "networkPolicyPeers").get(0);
            assertThat((Map<String, String>) get(peer, "podSelector.matchLabels")).containsEntry("app.kubernetes.io/instance", "kohtaamo");
            Map<String, Object> names = list(peer, "podSelector.matchExpressions").get(0);
            Set<String> clients = new TreeSet<>();
            ChartTest.SERVICE_NAMES.stream().filter(service -> new ServiceSources(service).usesKafka()).forEach(clients::add);
            assertThat(names).containsEntry("key", "app.kubernetes.io/name").containsEntry("operator", "In");
            assertThat(new TreeSet<>((List<String>) names.get("values"))).isEqualTo(clients).doesNotContain("gateway", "web-channel");
        });
        assertThat((Map<String, Object>) get(kafka, "spec.entityOperator")).containsKeys("topicOperator", "userOperator");
    }

    @Test
    void eachKafkaClientSignsInWithItsOwnSecretAndTrustsTheClusterCa() {
        for (String service : ChartTest.SERVICE_NAMES) {
            boolean usesKafka = new ServiceSources(service).usesKafka();
            Map<String, String> config = get(DEFAULTS.named("ConfigMap", "kohtaamo-" + service), "data");
            Map<String, Object> pod = get(DEFAULTS.named("Deployment", "kohtaamo-" + service), "spec.template.spec");
            List<Map<String, Object>> env = list(list(pod, "containers").get(0), "env");
            if (!usesKafka) {
                assertThat(config.keySet()).as(service).noneMatch(key -> key.startsWith("KAFKA_"));
                continue;
            }
            // Quarkus maps these to kafka.bootstrap.servers, kafka.security.protocol, kafka.sasl.*, kafka.ssl.truststore.*.
            assertThat(config).as(service)
                    .containsEntry(ServiceSources.environmentName("kafka.bootstrap.servers"), "kohtaamo-kafka-kafka-bootstrap:9093")
                    .containsEntry(ServiceSources.environmentName("kafka.security.protocol"), "SASL_SSL")
                    .containsEntry(ServiceSources.environmentName("kafka.sasl.mechanism"), "SCRAM-SHA-512")
                    .containsEntry(ServiceSources.environmentName("kafka.ssl.truststore.type"), "PEM")
                    .containsEntry(ServiceSources.environmentName("kafka.ssl.truststore.location"), "/etc/kohtaamo/kafka-ca/ca.crt");
            assertThat(env).as(service).anyMatch(variable -> ServiceSources.environmentName("kafka.sasl.jaas.config").equals(variable.get("name"))
                    && service.equals(get(variable, "valueFrom.secretKeyRef.name"))
                    && "sasl.jaas.config".equals(get(variable, "valueFrom.secretKeyRef.key")));
            assertThat(list(pod, "volumes")).as(service).anyMatch(volume ->
                    "kohtaamo-kafka-cluster-ca-cert".equals(get(volume, "secret.secretName")));
        }
    }

    private static Set<String> topics(List<Map<String, Object>> acls, String patternType, String operation) {
        return names(acls, "topic", patternType, operation);
    }

    private static Set<String> names(List<Map<String, Object>> acls, String type, String patternType, String operation) {
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> acl : acls) {
            if (type.equals(get(acl, "resource.type")) && patternType.equals(get(acl, "resource.patternType"))
                    && ((List<String>) acl.get("operations")).contains(operation)) {
                names.add(get(acl, "resource.name"));
            }
        }
        return names;
    }
}
