package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.testsupport.Concurrently;
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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** An organisation's history from an earlier system: imported with its own times, announced, once. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class ContactImportTest {

    private static final String PATH = "/api/v1/contacts/imports";
    private static final Instant RECEIVED = Instant.now().minus(Duration.ofDays(200)).truncatedTo(ChronoUnit.SECONDS);

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void feedCatalogue() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
    }

    private static Map<String, Object> past(String externalId, Duration resolvedAfter) {
        Map<String, Object> past = new HashMap<>();
        past.put("externalId", externalId);
        past.put("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString());
        past.put("channel", "PHONE");
        past.put("language", "sv");
        past.put("receivedAt", RECEIVED.toString());
        past.put("firstRespondedAt", RECEIVED.plus(Duration.ofHours(2)).toString());
        past.put("resolvedAt", RECEIVED.plus(resolvedAfter).toString());
        past.put("resolutionCode", "DECISION_MADE");
        past.put("closedAt", RECEIVED.plus(resolvedAfter).plus(Duration.ofDays(14)).toString());
        return past;
    }

    @Test
    @TestSecurity(user = "import-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void pastContactsAreClosedWithTheirOwnTimesAnnouncedAndImportedOnce() {
        String first = "old-" + UUID.randomUUID();
        String second = "old-" + UUID.randomUUID();
        Map<String, Object> batch = Map.of("contacts", List.of(past(first, Duration.ofDays(1)), past(second, Duration.ofDays(90))));

        String id = given().contentType(ContentType.JSON).body(batch).when().post(PATH)
                .then().statusCode(200).body("created", equalTo(2)).body("existing", equalTo(0))
                .body("contacts.externalId", hasItem(first))
                .extract().path("contacts[1].contactId");

        Contact late = QuarkusTransaction.requiringNew().call(() -> Contact.<Contact>findById(UUID.fromString(id)));
        assertThat(late.status.name()).isEqualTo("CLOSED");
        assertThat(late.receivedAt).isEqualTo(RECEIVED);
        assertThat(late.closedAt).isEqualTo(RECEIVED.plus(Duration.ofDays(104)));
        assertThat(late.resolutionBreached).as("the service promises a resolution well within 90 days").isTrue();
        assertThat(late.contactEmail).isNull();

        List<ConsumerRecord<String, String>> records = new KafkaTestClient(bootstrapServers)
                .await("kohtaamo.contacts.v1", record -> id.equals(record.key()), 2, Duration.ofSeconds(30));
        assertThat(records).extracting(record -> CloudEvent.parse(mapper, record.value()).type())
                .containsExactly("fi.kohtaamo.contact.received.v1", "fi.kohtaamo.contact.closed.v1");
        CloudEvent closed = CloudEvent.parse(mapper, records.get(1).value());
        assertThat(closed.source()).as("contact routing's own source, so consumers accept it").isEqualTo(
                CloudEvent.parse(mapper, records.get(0).value()).source());
        assertThat(Instant.parse(closed.data().path("occurredAt").asText())).isEqualTo(late.closedAt);
        assertThat(Instant.parse(closed.data().path("receivedAt").asText())).isEqualTo(RECEIVED);
        assertThat(closed.data().path("queueCode").asText()).as("routed by today's rules").isEqualTo("uusimaa-permits");
        assertThat(closed.data().path("resolutionCode").asText()).isEqualTo("DECISION_MADE");

        given().contentType(ContentType.JSON).body(batch).when().post(PATH)
                .then().statusCode(200).body("created", equalTo(0)).body("existing", equalTo(2))
                .body("contacts[1].contactId", equalTo(id));

        Map<String, Object> changed = past(first, Duration.ofDays(2));
        given().contentType(ContentType.JSON).body(Map.of("contacts", List.of(past("old-" + UUID.randomUUID(), Duration.ofDays(1)), changed)))
                .when().post(PATH)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("contacts[1].externalId"));
    }

    @Test
    @TestSecurity(user = "import-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void twoConcurrentBatchesWithTheSameNewIdImportItOnceAndTheOtherIsA409() throws Exception {
        String shared = "race-" + UUID.randomUUID();
        // Each batch goes on with 60 contacts of its own after the shared one, so that the other
        // batch meets the shared id while the first still holds it uncommitted.
        List<Map<String, Object>> first = new ArrayList<>(List.of(past(shared, Duration.ofDays(1))));
        List<Map<String, Object>> second = new ArrayList<>(List.of(past(shared, Duration.ofDays(1))));
        for (int i = 0; i < 60; i++) {
            first.add(past("race-a-" + UUID.randomUUID(), Duration.ofDays(1)));
            second.add(past("race-b-" + UUID.randomUUID(), Duration.ofDays(1)));
        }

        List<Response> answers = Concurrently.post(PATH, Map.of("contacts", first), Map.of("contacts", second));

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        Response refused = answers.stream().filter(answer -> answer.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("violations[0].field")).isEqualTo("contacts[0].externalId");
        long stored = QuarkusTransaction.requiringNew().call(() -> Contact.count("idempotencyKey", shared));
        assertThat(stored).isEqualTo(1);

        List<Map<String, Object>> repeated = answers.get(0).statusCode() == 409 ? first : second;
        given().contentType(ContentType.JSON).body(Map.of("contacts", repeated)).when().post(PATH)
                .then().statusCode(200).body("existing", equalTo(1)).body("created", equalTo(60));
    }

    @Test
    @TestSecurity(user = "import-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aRefusedContactRefusesTheWholeBatchNamingItsField() {
        String kept = "old-" + UUID.randomUUID();
        Map<String, Object> backwards = past("old-" + UUID.randomUUID(), Duration.ofDays(1));
        backwards.put("closedAt", RECEIVED.minus(Duration.ofDays(1)).toString());

        given().contentType(ContentType.JSON).body(Map.of("contacts", List.of(past(kept, Duration.ofDays(1)), backwards)))
                .when().post(PATH)
                .then().statusCode(400).body("violations[0].field", equalTo("contacts[1].closedAt"));
        given().contentType(ContentType.JSON).body(Map.of("contacts", List.of(past(kept, Duration.ofDays(1)))))
                .when().post(PATH)
                .then().statusCode(200).body("created", equalTo(1));

        Map<String, Object> wrongType = past("old-" + UUID.randomUUID(), Duration.ofDays(1));
        wrongType.put("channel", "CARRIER_PIGEON");
        given().contentType(ContentType.JSON).body(Map.of("contacts", List.of(wrongType))).when().post(PATH)
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("contacts", List.of())).when().post(PATH)
                .then().statusCode(400).body("violations[0].field", equalTo("contacts"));
    }

    @Test
    @TestSecurity(user = "other-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsServiceIsNotImportable() {
        given().contentType(ContentType.JSON).body(Map.of("contacts", List.of(past("old-" + UUID.randomUUID(), Duration.ofDays(1)))))
                .when().post(PATH)
                .then().statusCode(400).body("violations[0].field", equalTo("contacts[0].serviceId"));
    }

    @Test
    @TestSecurity(user = "import-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void onlySupervisorsImport() {
        given().contentType(ContentType.JSON).body(Map.of("contacts", List.of(past("old-" + UUID.randomUUID(), Duration.ofDays(1)))))
                .when().post(PATH)
                .then().statusCode(403);
    }
}
