package fi.kohtaamo.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The derived ACL matrix on a real broker with the launcher's listener security: a service's
 * credentials write its own topics and read what it consumes, and nothing else.
 */
class KafkaAclTest {

    private static KafkaBroker broker;
    private static final Map<String, Map<String, Object>> CLIENTS = new HashMap<>();

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        broker = KafkaBroker.startSecured();
        List<KafkaAccess.ServiceAccess> services = KafkaAccess.derive(KafkaBroker.servicesFolder());
        Map<String, String> passwords = new HashMap<>();
        for (KafkaAccess.ServiceAccess service : services) {
            String password = UUID.randomUUID().toString();
            passwords.put(service.principal(), password);
            CLIENTS.put(service.principal(), KafkaAccess.clientConfig(broker.bootstrapServers(), service.principal(), password));
        }
        try (Admin admin = Admin.create(broker.adminConfig())) {
            KafkaAccess.apply(admin, services, passwords);
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void aServiceWritesItsOwnTopicAndDeadLettersAndReadsWhatItConsumes() throws Exception {
        send("contact-routing", "kohtaamo.contacts.v1", "routed");
        send("feedback", "kohtaamo.feedback.dlq", "poison");

        assertThat(read("feedback", "kohtaamo.contacts.v1", "feedback")).contains("routed");
    }

    @Test
    void aServiceCannotWriteAnotherServicesTopic() {
        // Feedback forging a contact event, or the registry's erasure.
        assertThatThrownBy(() -> send("feedback", "kohtaamo.contacts.v1", "forged"))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send("contact-routing", "kohtaamo.clients.v1", "forged erasure"))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send("feedback", "kohtaamo.contact-routing.dlq", "forged"))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceCannotReadATopicItDoesNotConsumeNorUseAnotherGroup() {
        assertThatThrownBy(() -> read("knowledge-portal", "kohtaamo.clients.v1", "knowledge-portal"))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> read("service-catalogue", "kohtaamo.contacts.v1", "service-catalogue"))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> read("feedback", "kohtaamo.contacts.v1", "client-registry.contacts.v2"))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void anUnauthenticatedOrWrongPasswordClientIsRefused() {
        Map<String, Object> anonymous = new HashMap<>(Map.of("bootstrap.servers", broker.bootstrapServers()));
        assertThatThrownBy(() -> describeCluster(anonymous)).isNotNull();
        Map<String, Object> wrongPassword = KafkaAccess.clientConfig(broker.bootstrapServers(), "feedback", "guessed");
        assertThatThrownBy(() -> describeCluster(wrongPassword)).hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void applyingTheMatrixAgainRemovesAGrantItDoesNotHold() throws Exception {
        AclBinding extra = new AclBinding(new ResourcePattern(ResourceType.TOPIC, "kohtaamo.clients.v1", PatternType.LITERAL),
                new AccessControlEntry("User:feedback", "*", AclOperation.WRITE, AclPermissionType.ALLOW));
        try (Admin admin = Admin.create(broker.adminConfig())) {
            admin.createAcls(List.of(extra)).all().get();
            KafkaAccess.apply(admin, KafkaAccess.derive(KafkaBroker.servicesFolder()), Map.of());

            assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get()).doesNotContain(extra);
        }
    }

    @Test
    void deadLettersAreKeptThirtyDaysAndTheCatalogueIsCompactedEvenOnATopicMadeBefore() throws Exception {
        ConfigResource deadLetters = new ConfigResource(ConfigResource.Type.TOPIC, "kohtaamo.webhooks.dlq");
        ConfigResource catalogue = new ConfigResource(ConfigResource.Type.TOPIC, "kohtaamo.catalogue.v1");
        try (Admin admin = Admin.create(broker.adminConfig())) {
            // As a broker set up by hand, or before the settings were the matrix's, would have it.
            admin.incrementalAlterConfigs(Map.of(deadLetters, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, "3600000"), AlterConfigOp.OpType.SET)))).all().get();
            KafkaAccess.apply(admin, KafkaAccess.derive(KafkaBroker.servicesFolder()), Map.of());

            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(deadLetters, catalogue)).all().get();
            assertThat(configs.get(deadLetters).get(TopicConfig.RETENTION_MS_CONFIG).value())
                    .isEqualTo(String.valueOf(Duration.ofDays(30).toMillis()));
            assertThat(configs.get(catalogue).get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            assertThat(configs.get(catalogue).get(TopicConfig.RETENTION_MS_CONFIG).isDefault()).isTrue();
        }
    }

    private static void send(String principal, String topic, String value) throws Exception {
        Map<String, Object> config = new HashMap<>(CLIENTS.get(principal));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get();
        }
    }

    private static List<String> read(String principal, String topic, String group) {
        Map<String, Object> config = new HashMap<>(CLIENTS.get(principal));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                List<String> values = new java.util.ArrayList<>();
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
                if (!values.isEmpty()) {
                    return values;
                }
            }
            return List.of();
        }
    }

    private static void describeCluster(Map<String, Object> client) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get();
        }
    }
}
