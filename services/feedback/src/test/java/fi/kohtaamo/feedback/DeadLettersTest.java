package fi.kohtaamo.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import fi.kohtaamo.testsupport.TestServers;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What feedback's consumers do with events they must not believe and with an outage of their own
 * database: the first go to the dead-letter topic with their reason and take no effect; the second
 * sends nothing there and loses nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class DeadLettersTest {

    private static final Path ROUTING_EVENTS = Path.of("../contact-routing/events");
    private static final Path REGISTRY_EVENTS = Path.of("../client-registry/events");
    private static final String DLQ = "kohtaamo.feedback.dlq";
    private static final int PER_PHASE = 100;
    private static final int PER_SECOND = 100;

    @Inject
    ObjectMapper mapper;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aContactEventFromAnotherSourceIsRefusedToTheDeadLetterTopicWithItsReason() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        double before = deadLetters("contact-events");
        ObjectNode forged = contactReceived(UUID.randomUUID(), UUID.randomUUID());
        forged.put("source", "/kohtaamo/feedback");
        kafka.publish("kohtaamo.contacts.v1", forged.path("subject").asText(), forged.toString());

        ConsumerRecord<String, String> letter = deadLetter(kafka, forged.path("id").asText());
        assertThat(header(letter, "dead-letter-reason")).contains("from source /kohtaamo/feedback")
                .contains("not from /kohtaamo/contact-routing");
        assertThat(header(letter, "dead-letter-topic")).isEqualTo("kohtaamo.contacts.v1");
        UUID contactId = UUID.fromString(forged.path("data").path("contactId").asText());
        assertThat(fact(contactId)).as("the forged contact never took effect").isNull();
        assertThat(deadLetters("contact-events")).isEqualTo(before + 1);
        assertThat(unhandledDeadLetters(forged.path("id").asText())).isEqualTo(1);
    }

    @Test
    void anErasureFromTheRegistrysSourceOnAnotherTopicIsRefused() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        UUID client = UUID.randomUUID();
        UUID contactId = UUID.randomUUID();
        ObjectNode contact = contactReceived(contactId, client);
        kafka.publish("kohtaamo.contacts.v1", contactId.toString(), contact.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> fact(contactId) != null);

        // Whoever can write the contacts topic claims to be the registry erasing the client.
        ObjectNode erasure = (ObjectNode) mapper.readTree(Files.readString(REGISTRY_EVENTS.resolve("client.erased.v1.example.json")));
        erasure.put("id", UUID.randomUUID().toString()).put("subject", client.toString());
        ((ObjectNode) erasure.get("data")).put("clientId", client.toString());
        kafka.publish("kohtaamo.contacts.v1", client.toString(), erasure.toString());

        ConsumerRecord<String, String> letter = deadLetter(kafka, erasure.path("id").asText());
        assertThat(header(letter, "dead-letter-reason")).contains("read from topic kohtaamo.contacts.v1")
                .contains("owner's topic kohtaamo.clients.v1");
        assertThat(fact(contactId).clientId).as("the client was not erased").isEqualTo(client);
    }

    @Test
    void anEventThatKeepsFailingIsRetriedWithBackOffThenDeadLettered() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        ObjectNode broken = contactReceived(UUID.randomUUID(), null);
        ((ObjectNode) broken.get("data")).put("contactId", "not-a-uuid");
        long sent = System.nanoTime();
        kafka.publish("kohtaamo.contacts.v1", broken.path("subject").asText(), broken.toString());

        ConsumerRecord<String, String> letter = deadLetter(kafka, broken.path("id").asText());
        assertThat(header(letter, "dead-letter-reason")).startsWith("failed 4 times: ").contains("not-a-uuid");
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("back-off of 1 + 2 + 4 s between the attempts")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    }

    /**
     * The consumer applies a poll's events in one transaction. A burst with an unbelievable event
     * and one that keeps failing among them: those two alone are dead-lettered, every other event
     * takes effect, events did go together, the failing one's batch was applied one event at a time,
     * and the group's offsets still reach the end (the dead letters are acknowledged apart from the
     * batch).
     */
    @Test
    void aBadEventInABatchIsDeadLetteredAloneAndTheRestTakeEffectOnce() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        DistributionSummary batches = registry.find("kohtaamo.consumer.batch.events").tag("consumer", "feedback.contacts")
                .summary();
        long batchesBefore = batches == null ? 0 : batches.count();
        double fallbacksBefore = fallbacks();
        List<ObjectNode> good = new ArrayList<>();
        for (int i = 0; i < PER_PHASE; i++) {
            good.add(contactReceived(UUID.randomUUID(), null));
        }
        ObjectNode forged = contactReceived(UUID.randomUUID(), null);
        forged.put("source", "/kohtaamo/feedback");
        ObjectNode broken = contactReceived(UUID.randomUUID(), null);
        ((ObjectNode) broken.get("data")).put("contactId", "not-a-uuid");
        List<ObjectNode> burst = new ArrayList<>(good.subList(0, PER_PHASE / 2));
        burst.add(forged);
        burst.add(broken);
        burst.addAll(good.subList(PER_PHASE / 2, PER_PHASE));
        // One key, so one partition: the bad events sit between good ones of the same poll.
        kafka.publishPaced("kohtaamo.contacts.v1", burst.stream().map(event -> Map.entry("batch", event.toString())).toList(),
                100_000);

        List<UUID> contacts = good.stream().map(e -> UUID.fromString(e.path("data").path("contactId").asText())).toList();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(missing(contacts)).as("contacts whose event took no effect").isEmpty());
        List<String> ids = good.stream().map(e -> e.path("id").asText()).toList();
        assertThat(inboxRecords(ids)).as("each event recorded as applied").isEqualTo(ids.size());
        assertThat(header(deadLetter(kafka, forged.path("id").asText()), "dead-letter-reason")).startsWith("refused: ");
        assertThat(header(deadLetter(kafka, broken.path("id").asText()), "dead-letter-reason")).startsWith("failed 4 times: ");
        assertThat(kafka.await(DLQ, record -> ids.stream().anyMatch(record.value()::contains), 1, Duration.ofSeconds(3)))
                .as("no good event dead-lettered").isEmpty();
        DistributionSummary after = registry.find("kohtaamo.consumer.batch.events").tag("consumer", "feedback.contacts")
                .summary();
        assertThat(after).as("some events were applied together").isNotNull();
        assertThat(after.count()).as("a batch of several events committed together").isGreaterThan(batchesBefore);
        assertThat(fallbacks()).as("the failing event's batch applied one event at a time").isGreaterThan(fallbacksBefore);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(kafka.uncommitted("feedback", "kohtaamo.contacts.v1"))
                        .as("records the group has not committed").isZero());
    }

    /**
     * A refused event at the end of a poll whose other events wait for the database: its dead letter
     * waits too. Sent at once, the failure strategy would acknowledge it, commit the partition's
     * offsets past the waiting events, and a stop or crash during the outage would lose them.
     */
    @Test
    void aDeadLetterAtAPollsEndCommitsNothingBeforeTheEventsAheadOfItApply() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> kafka.uncommitted("feedback", "kohtaamo.contacts.v1") == 0);
        List<ObjectNode> good = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            good.add(contactReceived(UUID.randomUUID(), null));
        }
        ObjectNode forged = contactReceived(UUID.randomUUID(), null);
        forged.put("source", "/kohtaamo/feedback");
        List<ObjectNode> burst = new ArrayList<>(good);
        burst.add(forged);
        TestServers.postgres().stopHard();
        try {
            kafka.publishPaced("kohtaamo.contacts.v1", burst.stream().map(event -> Map.entry("tail", event.toString())).toList(),
                    100_000);
            Thread.sleep(12_000); // the poll is read and waits for the database; the group commits every 5 s
            assertThat(kafka.uncommitted("feedback", "kohtaamo.contacts.v1"))
                    .as("records not committed while their events wait for the database").isGreaterThanOrEqualTo(burst.size());
        } finally {
            TestServers.postgres().startAgain();
        }
        List<UUID> contacts = good.stream().map(e -> UUID.fromString(e.path("data").path("contactId").asText())).toList();
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(missing(contacts)).as("contacts whose event took no effect").isEmpty());
        assertThat(header(deadLetter(kafka, forged.path("id").asText()), "dead-letter-reason")).startsWith("refused: ");
    }

    /**
     * The incident of issue 18: PostgreSQL stopped hard while contact events flowed. Every event
     * must take effect once after the database is back, and none may reach the dead-letter topic.
     * Longer than the Kafka connector's 60 s stall check, which must not stop the channel.
     */
    @Test
    void anOutageOfTheDatabaseDeadLettersNothingAndLosesNothing() throws Exception {
        eventsAcross(() -> TestServers.postgres().stopHard(), () -> TestServers.postgres().startAgain(), true,
                Duration.ofSeconds(65));
    }

    /** The broker killed and started again: the consumer reconnects and resumes where it committed. */
    @Test
    void aRestartOfKafkaLosesNothingAndDoublesNothing() throws Exception {
        eventsAcross(() -> TestServers.kafka().stopHard(), () -> TestServers.kafka().startAgain(), false,
                Duration.ofSeconds(8));
    }

    /**
     * Publishes contacts at about 100 a second (the load of the incident): 100 before {@code stop},
     * 100 while stopped when the test's own producer can still reach Kafka
     * ({@code publishWhileStopped}), 100 after {@code start}; then counts every one's effect.
     */
    private void eventsAcross(Runnable stop, Runnable start, boolean publishWhileStopped, Duration outage)
            throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        List<ObjectNode> events = new ArrayList<>();
        for (int i = 0; i < 3 * PER_PHASE; i++) {
            events.add(contactReceived(UUID.randomUUID(), null));
        }
        publish(kafka, events.subList(0, PER_PHASE));
        stop.run();
        try {
            if (publishWhileStopped) {
                publish(kafka, events.subList(PER_PHASE, 2 * PER_PHASE));
            }
            Thread.sleep(outage.toMillis()); // the consumer meets the outage and waits
        } finally {
            start.run();
        }
        publish(kafka, events.subList(publishWhileStopped ? 2 * PER_PHASE : PER_PHASE, 3 * PER_PHASE));

        List<UUID> contacts = events.stream().map(e -> UUID.fromString(e.path("data").path("contactId").asText())).toList();
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(missing(contacts)).as("contacts whose event took no effect").isEmpty());
        assertThat(facts(contacts)).as("every contact once").isEqualTo(contacts.size());
        List<String> ids = events.stream().map(e -> e.path("id").asText()).toList();
        assertThat(inboxRecords(ids)).as("each event applied once").isEqualTo(ids.size());
        assertThat(kafka.await(DLQ, record -> ids.stream().anyMatch(record.value()::contains), 1, Duration.ofSeconds(3)))
                .as("nothing dead-lettered").isEmpty();
    }

    private void publish(KafkaTestClient kafka, List<ObjectNode> events) {
        kafka.publishPaced("kohtaamo.contacts.v1", events.stream()
                .map(event -> Map.entry(event.path("subject").asText(), event.toString())).toList(), PER_SECOND);
    }

    private ObjectNode contactReceived(UUID contactId, UUID clientId) throws Exception {
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(ROUTING_EVENTS.resolve("contact.received.v1.example.json")));
        event.put("id", UUID.randomUUID().toString()).put("subject", contactId.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("contactId", contactId.toString());
        if (clientId == null) {
            data.putNull("clientId");
        } else {
            data.put("clientId", clientId.toString());
        }
        return event;
    }

    private ConsumerRecord<String, String> deadLetter(KafkaTestClient kafka, String eventId) {
        List<ConsumerRecord<String, String>> letters = kafka.await(DLQ, record -> record.value().contains(eventId), 1,
                Duration.ofSeconds(30));
        assertThat(letters).hasSize(1);
        return letters.get(0);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private double fallbacks() {
        var counter = registry.find("kohtaamo.consumer.batch.fallbacks").tag("consumer", "feedback.contacts").counter();
        return counter == null ? 0 : counter.count();
    }

    private double deadLetters(String channel) {
        var counter = registry.find("kohtaamo.dead.letters").tag("channel", channel).counter();
        return counter == null ? 0 : counter.count();
    }

    private static ContactFact fact(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> ContactFact.<ContactFact>findById(contactId));
    }

    private static long facts(List<UUID> contacts) {
        return QuarkusTransaction.requiringNew().call(() -> ContactFact.count("contactId in ?1", contacts));
    }

    private static List<UUID> missing(List<UUID> contacts) {
        List<UUID> known = QuarkusTransaction.requiringNew().call(() -> ContactFact.<ContactFact>list("contactId in ?1", contacts)
                .stream().map(fact -> fact.contactId).toList());
        return contacts.stream().filter(contact -> !known.contains(contact)).toList();
    }

    private long inboxRecords(List<String> eventIds) throws Exception {
        return count("select count(*) from inbox_event where consumer = 'feedback.contacts' and event_id::text = any(?)", eventIds);
    }

    private long unhandledDeadLetters(String eventId) throws Exception {
        return count("select count(*) from dead_letter where handled_at is null and event_id::text = any(?)", List.of(eventId));
    }

    private long count(String sql, List<String> eventIds) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
