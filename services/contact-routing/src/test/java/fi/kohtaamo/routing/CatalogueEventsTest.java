package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's events reach this service's copy once, however often Kafka delivers them. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class CatalogueEventsTest {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theProducersExampleIsReadAndARedeliveryHasNoSecondEffect() throws Exception {
        UUID serviceId = UUID.randomUUID();
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(RoutingTestSupport.CATALOGUE_EXAMPLE));
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", serviceId.toString());
        ((ObjectNode) event.get("data")).put("serviceId", serviceId.toString()).put("code", "redelivery-test");
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.catalogue.v1", serviceId.toString(), event.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> RoutingTestSupport.knownService(serviceId) != null);
        assertThat(RoutingTestSupport.knownService(serviceId).defaultQueue).isEqualTo("uusimaa-permits");

        // The same event id again, with other content: the inbox must drop it.
        ((ObjectNode) event.get("data")).put("defaultQueue", "pirkanmaa-roads");
        kafka.publish("kohtaamo.catalogue.v1", serviceId.toString(), event.toString());
        // A later, distinct event marks when the redelivery has surely been consumed (same partition, in order).
        ObjectNode later = event.deepCopy();
        later.put("id", UUID.randomUUID().toString());
        ((ObjectNode) later.get("data")).put("defaultQueue", "uusimaa-triage").put("code", "after-redelivery");
        later.put("time", "2030-01-01T00:00:00Z");
        kafka.publish("kohtaamo.catalogue.v1", serviceId.toString(), later.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> "after-redelivery".equals(RoutingTestSupport.knownService(serviceId).code));

        KnownService service = RoutingTestSupport.knownService(serviceId);
        assertThat(service.defaultQueue).isEqualTo("uusimaa-triage");
        assertThat(inboxRecords(event)).isEqualTo(1);
    }

    @Test
    void anOlderVersionDeliveredLateLeavesTheNewerCopy() throws Exception {
        UUID serviceId = UUID.randomUUID();
        ObjectNode newer = (ObjectNode) mapper.readTree(Files.readString(RoutingTestSupport.CATALOGUE_EXAMPLE));
        newer.put("id", UUID.randomUUID().toString()).put("subject", serviceId.toString());
        ((ObjectNode) newer.get("data")).put("serviceId", serviceId.toString()).put("version", 5)
                .put("defaultQueue", "uusimaa-triage");
        // Version 4 stamped later by a producer replica whose clock runs ahead: the version decides.
        ObjectNode older = newer.deepCopy();
        older.put("id", UUID.randomUUID().toString()).put("time", "2030-01-01T00:00:00Z");
        ((ObjectNode) older.get("data")).put("version", 4).put("defaultQueue", "pirkanmaa-roads");
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.catalogue.v1", serviceId.toString(), newer.toString());
        kafka.publish("kohtaamo.catalogue.v1", serviceId.toString(), older.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> inboxRecords(older) == 1);

        KnownService service = RoutingTestSupport.knownService(serviceId);
        assertThat(service.defaultQueue).isEqualTo("uusimaa-triage");
        assertThat(service.upstream.version()).isEqualTo(5);
    }

    private static long inboxRecords(ObjectNode event) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ((Number) KnownService.getEntityManager().createNativeQuery(
                        "select count(*) from routing.inbox_event where consumer = 'contact-routing.catalogue.v2' and event_id = ?1")
                        .setParameter(1, UUID.fromString(event.get("id").asText())).getSingleResult()).longValue());
    }

    @Test
    void aWithdrawnServiceTakesNoNewContacts() throws Exception {
        UUID serviceId = UUID.randomUUID();
        ObjectNode published = (ObjectNode) mapper.readTree(Files.readString(RoutingTestSupport.CATALOGUE_EXAMPLE));
        published.put("id", UUID.randomUUID().toString()).put("subject", serviceId.toString());
        ((ObjectNode) published.get("data")).put("serviceId", serviceId.toString());
        ObjectNode withdrawn = (ObjectNode) mapper.readTree(Files.readString(
                java.nio.file.Path.of("../service-catalogue/events/service.withdrawn.v1.example.json")));
        withdrawn.put("id", UUID.randomUUID().toString()).put("subject", serviceId.toString());
        ((ObjectNode) withdrawn.get("data")).put("serviceId", serviceId.toString());
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.catalogue.v1", serviceId.toString(), published.toString());
        kafka.publish("kohtaamo.catalogue.v1", serviceId.toString(), withdrawn.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            KnownService service = RoutingTestSupport.knownService(serviceId);
            return service != null && "WITHDRAWN".equals(service.status);
        });
        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("serviceId", serviceId.toString(), "description", "x", "language", "fi"))
                .when().post("/api/v1/contacts")
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("serviceId"));
    }
}
