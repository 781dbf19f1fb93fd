package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.routing.domain.KnownOrganisation;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A queue names a responsibility area of its own organisation: a unit routing knows from the
 * catalogue's organisation events, which reach its copy once however often they are delivered.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class QueueAreaTest {

    private static final Path EXAMPLE = Path.of("../service-catalogue/events/organisation.upserted.v1.example.json");

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "queue-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aQueueNamesAnAreaOfItsOwnOrganisationOnly() throws Exception {
        UUID uusimaa = UUID.randomUUID();
        UUID uusimaaArea = UUID.randomUUID();
        UUID pirkanmaa = UUID.randomUUID();
        UUID pirkanmaaArea = UUID.randomUUID();
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        publish(kafka, organisation(uusimaa, "ely-uusimaa", null, "Uusimaa", 1));
        publish(kafka, organisation(uusimaaArea, "ely-uusimaa-l", uusimaa, "Uusimaa: liikenne", 1));
        publish(kafka, organisation(pirkanmaa, "ely-pirkanmaa", null, "Pirkanmaa", 1));
        publish(kafka, organisation(pirkanmaaArea, "ely-pirkanmaa-l", pirkanmaa, "Pirkanmaa: liikenne", 1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> known(pirkanmaaArea) != null && known(uusimaaArea) != null);
        assertThat(known(uusimaaArea).parentId).isEqualTo(uusimaa);
        assertThat(known(uusimaaArea).nameFi).isEqualTo("Uusimaa: liikenne");

        Map<String, Object> queue = new HashMap<>(Map.of("code", "uusimaa-roads-" + System.nanoTime() % 100000,
                "nameFi", "Uusimaa: tiet", "nameSv", "Nyland: vägar", "nameEn", "Uusimaa: roads", "tier", "EXPERT",
                "responsibilityArea", uusimaaArea.toString()));
        String id = given().contentType("application/json").body(queue).when().post("/api/v1/queues")
                .then().statusCode(201).body("responsibilityArea", equalTo(uusimaaArea.toString())).extract().path("id");
        given().when().get("/api/v1/queues").then()
                .body("find { it.id == '" + id + "' }.responsibilityArea", equalTo(uusimaaArea.toString()));

        queue.put("responsibilityArea", pirkanmaaArea.toString());
        given().contentType("application/json").header("If-Match", "\"0\"").body(queue).when().put("/api/v1/queues/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("responsibilityArea"));
        queue.put("responsibilityArea", uusimaa.toString()); // the agency itself is no area
        given().contentType("application/json").header("If-Match", "\"0\"").body(queue).when().put("/api/v1/queues/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("responsibilityArea"));
        queue.put("responsibilityArea", UUID.randomUUID().toString());
        given().contentType("application/json").header("If-Match", "\"0\"").body(queue).when().put("/api/v1/queues/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("responsibilityArea"));
        queue.put("responsibilityArea", "not-an-id");
        given().contentType("application/json").header("If-Match", "\"0\"").body(queue).when().put("/api/v1/queues/" + id)
                .then().statusCode(400).contentType("application/problem+json");
        queue.put("responsibilityArea", 12);
        given().contentType("application/json").header("If-Match", "\"0\"").body(queue).when().put("/api/v1/queues/" + id)
                .then().statusCode(400).contentType("application/problem+json");
        queue.remove("responsibilityArea");
        given().contentType("application/json").header("If-Match", "\"0\"").body(queue).when().put("/api/v1/queues/" + id)
                .then().statusCode(200).body("responsibilityArea", nullValue()).body("version", equalTo(1));
    }

    @Test
    void anOrganisationEventAppliesOnceAndAnOlderOneLeavesTheNewerCopy() throws Exception {
        UUID parent = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        ObjectNode first = organisation(area, "ely-kainuu-y", parent, "Kainuu: ympäristö", 2);
        publish(kafka, first);
        ObjectNode redelivered = first.deepCopy();
        ((ObjectNode) redelivered.get("data")).with("name").put("fi", "redelivered");
        publish(kafka, redelivered);
        publish(kafka, organisation(area, "ely-kainuu-y", parent, "older", 1));
        // A later, distinct event on the same key marks when the others have surely been consumed (in order).
        ObjectNode marker = organisation(UUID.randomUUID(), "marker", parent, "marker", 1);
        kafka.publish("kohtaamo.catalogue.v1", area.toString(), marker.toString());
        UUID markerId = UUID.fromString(marker.get("subject").asText());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> known(markerId) != null && known(area) != null);
        assertThat(known(area).nameFi).isEqualTo("Kainuu: ympäristö");
        assertThat(known(area).upstream.version()).isEqualTo(2);
    }

    private ObjectNode organisation(UUID id, String code, UUID parent, String name, int version) throws Exception {
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(EXAMPLE));
        event.put("id", UUID.randomUUID().toString()).put("subject", id.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("organisationId", id.toString()).put("code", code).put("version", version)
                .put("parentId", parent == null ? null : parent.toString());
        data.with("name").put("fi", name);
        data.set("areaCodes", mapper.valueToTree(List.of("01")));
        return event;
    }

    private static void publish(KafkaTestClient kafka, ObjectNode event) throws Exception {
        kafka.publish("kohtaamo.catalogue.v1", event.get("subject").asText(), event.toString());
    }

    private static KnownOrganisation known(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> KnownOrganisation.<KnownOrganisation>findById(id));
    }
}
