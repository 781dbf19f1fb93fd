package fi.kohtaamo.feedback;

import fi.kohtaamo.testsupport.GreenMailResource;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Contact routing's lifecycle events, read through Kafka, become service-level attainment figures. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class ServiceLevelAttainmentTest {

    private static final Path ROUTING_EVENTS = Path.of("../contact-routing/events");
    /** A service of its own, so that other tests' contacts do not count here. */
    private static final String SERVICE = UUID.randomUUID().toString();

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The producer's documented resolved example, made into this contact's change at the given instants. */
    private ObjectNode lifecycle(String type, UUID contact, Instant received, Instant occurred, Instant responded,
                                 Instant responseDue, Instant resolved, Instant resolutionDue) throws Exception {
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(ROUTING_EVENTS.resolve("contact.resolved.v1.example.json")));
        event.put("id", UUID.randomUUID().toString()).put("subject", contact.toString()).put("type", type)
                .put("time", occurred.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("contactId", contact.toString()).put("serviceId", SERVICE).put("receivedAt", received.toString())
                .put("occurredAt", occurred.toString()).put("status", resolved == null ? "ASSIGNED" : "RESOLVED");
        put(data, "firstRespondedAt", responded);
        put(data, "firstResponseDue", responseDue);
        put(data, "resolvedAt", resolved);
        put(data, "resolutionDue", resolutionDue);
        if (resolved == null) {
            data.putNull("resolutionCode");
        }
        return event;
    }

    private static void put(ObjectNode data, String field, Instant value) {
        if (value == null) {
            data.putNull(field);
        } else {
            data.put(field, value.toString());
        }
    }

    @Test
    @TestSecurity(user = "manager-uusimaa", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void answeredAndResolvedOnTimeAreCountedFromTheEvents() throws Exception {
        Instant received = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant due = received.plus(8, ChronoUnit.HOURS);
        Instant resolutionDue = received.plus(1, ChronoUnit.DAYS);
        UUID onTime = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        // On time in both; late to resolve; answered late and not resolved.
        ObjectNode resolvedOnTime = lifecycle("fi.kohtaamo.contact.resolved.v1", onTime, received, received.plusSeconds(7200),
                received.plusSeconds(3600), due, received.plusSeconds(7200), resolutionDue);
        kafka.publish("kohtaamo.contacts.v1", onTime.toString(), resolvedOnTime.toString());
        kafka.publish("kohtaamo.contacts.v1", onTime.toString(), resolvedOnTime.toString());
        // An older change arriving after the resolution does not undo it.
        kafka.publish("kohtaamo.contacts.v1", onTime.toString(), lifecycle("fi.kohtaamo.contact.assigned.v1", onTime,
                received, received.plusSeconds(60), null, due, null, resolutionDue).toString());
        kafka.publish("kohtaamo.contacts.v1", late.toString(), lifecycle("fi.kohtaamo.contact.resolved.v1", late, received,
                received.plus(2, ChronoUnit.DAYS), received.plusSeconds(600), due, received.plus(2, ChronoUnit.DAYS),
                resolutionDue).toString());
        kafka.publish("kohtaamo.contacts.v1", waiting.toString(), lifecycle("fi.kohtaamo.contact.message-added.v1", waiting,
                received, received.plus(10, ChronoUnit.HOURS), received.plus(10, ChronoUnit.HOURS), due, null,
                resolutionDue).toString());

        String row = "find { it.serviceId == '" + SERVICE + "' }";
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/api/v1/statistics/service-levels").then().statusCode(200)
                        .body(row + ".contacts", equalTo(3))
                        .body(row + ".answered", equalTo(3))
                        .body(row + ".answeredOnTime", equalTo(2))
                        .body(row + ".firstResponseAttainment", equalTo(0.667f))
                        .body(row + ".resolved", equalTo(2))
                        .body(row + ".resolvedOnTime", equalTo(1))
                        .body(row + ".resolutionAttainment", equalTo(0.5f))
                        .body(row + ".channel", equalTo("WEB")));
    }

    @Test
    @TestSecurity(user = "manager-pirkanmaa", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationSeesNoneOfThemAndBadPeriodsAreRefused() {
        given().when().get("/api/v1/statistics/service-levels").then().statusCode(200)
                .body("find { it.serviceId == '" + SERVICE + "' }", nullValue());
        given().queryParam("from", "yesterday").when().get("/api/v1/statistics/service-levels").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        given().queryParam("from", "2026-12-01T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .when().get("/api/v1/statistics/service-levels").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void agentsDoNotSeeTheFigures() {
        given().when().get("/api/v1/statistics/service-levels").then().statusCode(403);
    }
}
