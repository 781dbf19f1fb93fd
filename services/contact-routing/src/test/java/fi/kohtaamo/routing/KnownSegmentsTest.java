package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.KnownClient;
import fi.kohtaamo.routing.domain.KnownSegment;
import fi.kohtaamo.routing.service.ContactIntake;
import fi.kohtaamo.routing.service.NewContact;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * A segment's preferred channels guide routing (issue 23): the registry's segment definitions reach
 * routing's copy through real Kafka (an older version never overwrites a newer one, a removal forgets
 * the copy); a rule's {@code preferredChannel} condition routes a segment member who came through
 * another channel, the simulator says why, and the opened contact carries the client's preferences.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class KnownSegmentsTest {

    private static final Path DEFINED = Path.of("../client-registry/events/client.segment-defined.v1.example.json");
    private static final Path REMOVED = Path.of("../client-registry/events/client.segment-removed.v1.example.json");
    private static final Path REGISTERED = Path.of("../client-registry/events/client.registered.v1.example.json");

    @Inject
    ObjectMapper mapper;

    @Inject
    ContactIntake intake;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void feedCatalogue() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
    }

    @Test
    @TestSecurity(user = "steering-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aSegmentsPreferredChannelsSteerItsMembersContacts() throws Exception {
        String code = "e-service-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);

        // the registry's definition reaches the copy
        kafka.publish("kohtaamo.clients.v1", "segment:" + code, defined(UUID.randomUUID(), code, 2, "WEB", "EMAIL"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> channelsOf(code) != null);
        assertThat(channelsOf(code)).containsExactly("WEB", "EMAIL");

        // an older version arriving late (a replay) changes nothing
        UUID older = UUID.randomUUID();
        kafka.publish("kohtaamo.clients.v1", "segment:" + code, defined(older, code, 1, "PHONE"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> handled(older));
        assertThat(channelsOf(code)).as("the newer version stays").containsExactly("WEB", "EMAIL");

        // a client of the segment
        UUID clientId = UUID.randomUUID();
        ObjectNode registered = (ObjectNode) mapper.readTree(Files.readString(REGISTERED));
        registered.put("id", UUID.randomUUID().toString()).put("subject", clientId.toString());
        ObjectNode client = (ObjectNode) registered.get("data");
        client.put("clientId", clientId.toString());
        client.putArray("segments").add(code);
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), registered.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> KnownClient.findById(clientId) != null));

        // a bad value is refused by name
        given().contentType(ContentType.JSON).body(Map.of("position", 1, "name", "x", "targetQueue", "uusimaa-triage",
                        "conditions", Map.of("preferredChannel", "maybe")))
                .when().post("/api/v1/routing-rules").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", containsString("preferredChannel"));

        // came by phone, but the segment prefers e-service: to the steering queue
        String ruleId = given().contentType(ContentType.JSON).body(Map.of("position", 1, "name", "Steer to e-service",
                        "conditions", Map.of("segments", List.of(code), "preferredChannel", false),
                        "targetQueue", "uusimaa-triage", "priority", 2))
                .when().post("/api/v1/routing-rules").then().statusCode(201)
                .body("conditions.preferredChannel", equalTo(false)).extract().path("id");
        given().when().get("/api/v1/routing-rules/" + ruleId).then().statusCode(200)
                .body("conditions.preferredChannel", equalTo(false));
        try {
            given().contentType(ContentType.JSON).body(sample(code, "PHONE")).when().post("/api/v1/routing-rules/simulate")
                    .then().statusCode(200).body("ruleId", equalTo(ruleId)).body("queue", equalTo("uusimaa-triage"))
                    .body("priority", equalTo(2)).body("reason", containsString("channel not preferred by the client's segments"))
                    .body("preferredChannels", contains("WEB", "EMAIL")).body("viaPreferredChannel", equalTo(false));
            given().contentType(ContentType.JSON).body(sample(code, "WEB")).when().post("/api/v1/routing-rules/simulate")
                    .then().statusCode(200).body("ruleId", not(equalTo(ruleId))).body("viaPreferredChannel", equalTo(true));
            given().contentType(ContentType.JSON).body(sample("no-such-segment", "PHONE")).when().post("/api/v1/routing-rules/simulate")
                    .then().statusCode(200).body("ruleId", not(equalTo(ruleId))).body("viaPreferredChannel", nullValue());

            Caller agent = new Caller("steering-agent", "steering-agent", "ely-uusimaa", Set.of("agent"), false);
            UUID byPhone = intake.receive(new NewContact(RoutingTestSupport.PERMIT_SERVICE, "Soitan asiasta", "fi", Channel.PHONE,
                    null, null, null, clientId, RoutingTestSupport.PERMIT_ANSWERS), agent, null).contact().id;
            QuarkusTransaction.requiringNew().run(() -> {
                Contact contact = Contact.findById(byPhone);
                assertThat(contact.queue.code).isEqualTo("uusimaa-triage");
                assertThat(contact.priority).isEqualTo(2);
            });
            given().when().get("/api/v1/contacts/" + byPhone).then().statusCode(200)
                    .body("preferredChannels", contains("WEB", "EMAIL")).body("viaPreferredChannel", equalTo(false));
            UUID byWeb = intake.receive(new NewContact(RoutingTestSupport.PERMIT_SERVICE, "Kirjoitan asiasta", "fi", Channel.EMAIL,
                    null, null, null, clientId, RoutingTestSupport.PERMIT_ANSWERS), agent, null).contact().id;
            given().when().get("/api/v1/contacts/" + byWeb).then().statusCode(200)
                    .body("queue.code", not(equalTo("uusimaa-triage"))).body("viaPreferredChannel", equalTo(true));
        } finally {
            given().header("If-Match", "\"1\"").when().delete("/api/v1/routing-rules/" + ruleId).then().statusCode(204);
        }

        // a removal forgets the copy; the member's contacts are no longer said to prefer anything
        ObjectNode removed = (ObjectNode) mapper.readTree(Files.readString(REMOVED));
        removed.put("id", UUID.randomUUID().toString()).put("subject", "segment:" + code);
        ((ObjectNode) removed.get("data")).put("code", code).put("version", 3);
        kafka.publish("kohtaamo.clients.v1", "segment:" + code, removed.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> channelsOf(code) == null);
    }

    private String defined(UUID id, String code, int version, String... channels) throws Exception {
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(DEFINED));
        event.put("id", id.toString()).put("subject", "segment:" + code)
                .put("time", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("code", code).put("version", version);
        var list = data.putArray("preferredChannels");
        for (String channel : channels) {
            list.add(channel);
        }
        return event.toString();
    }

    private static Map<String, Object> sample(String segment, String channel) {
        return Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(), "language", "fi", "channel", channel,
                "segments", List.of(segment), "description", "Asia");
    }

    private List<String> channelsOf(String code) {
        return QuarkusTransaction.requiringNew().call(() -> {
            KnownSegment segment = KnownSegment.findById(code);
            return segment == null ? null : List.copyOf(segment.preferredChannels);
        });
    }

    private boolean handled(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from inbox_event where consumer = 'contact-routing.segments' and event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue() == 1);
    }
}
