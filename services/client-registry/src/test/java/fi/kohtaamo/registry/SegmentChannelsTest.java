package fi.kohtaamo.registry;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import fi.kohtaamo.testsupport.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A segment's preferred channels: kept with its definition, and given to a signed-in client of
 * the segment in their own record (segmentChannels), first segment by code first, each channel once.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "registry"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SegmentChannelsTest {

    @Test
    @Order(1)
    @TestSecurity(user = "registry-admin-9", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aSegmentNamesTheChannelsItsClientsAreSteeredTo() {
        given().contentType(ContentType.JSON)
                .body(Map.of("nameFi", "Inarilaiset", "rule", Map.of("kinds", List.of("PERSON"), "municipalities", List.of("148")),
                        "preferredChannels", List.of("PHONE", "IN_PERSON", "PHONE")))
                .when().put("/api/v1/segments/zz-inari").then().statusCode(200);
        // a manual tag sorting first, preferring chat and then phone (already named above)
        given().contentType(ContentType.JSON)
                .body(Map.of("nameFi", "Chat-asiakkaat", "preferredChannels", List.of("CHAT", "PHONE")))
                .when().put("/api/v1/segments/aa-chat").then().statusCode(200);
        given().when().get("/api/v1/segments").then().statusCode(200)
                .body("find { it.code == 'zz-inari' }.preferredChannels", contains("PHONE", "IN_PERSON"))
                .body("find { it.code == 'aa-chat' }.preferredChannels", contains("CHAT", "PHONE"));
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "firstName", "Inka", "lastName", "Inarilainen", "municipalityCode", "148",
                        "keycloakSubject", "citizen-inari"))
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        given().when().put("/api/v1/clients/" + id + "/segments/aa-chat").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "firstName", "Olli", "lastName", "Oulusta", "municipalityCode", "564",
                        "keycloakSubject", "citizen-oulu"))
                .when().post("/api/v1/clients").then().statusCode(201);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "registry-admin-9", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anUnknownChannelIsRefusedByName() {
        given().contentType(ContentType.JSON).body(Map.of("nameFi", "Huono", "preferredChannels", List.of("PIGEON")))
                .when().put("/api/v1/segments/bad-channel").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", startsWith("preferredChannels"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "citizen-inari", roles = "citizen")
    void aClientInSegmentsGetsTheirPreferredChannels() {
        given().when().get("/api/v1/me").then().statusCode(200)
                .body("segments", contains("aa-chat", "zz-inari"))
                .body("segmentChannels", contains("CHAT", "PHONE", "IN_PERSON"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "citizen-oulu", roles = "citizen")
    void aClientInNoSegmentGetsNone() {
        given().when().get("/api/v1/me").then().statusCode(200)
                .body("segments", empty()).body("segmentChannels", empty());
    }

    @Inject
    EntityManager entityManager;

    @Test
    @Order(5)
    @TestSecurity(user = "registry-admin-9", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void definitionsAreAnnouncedOnCreateChangeAndRemoval() {
        given().contentType(ContentType.JSON).body(Map.of("nameFi", "Ohjattavat", "preferredChannels", List.of("WEB", "EMAIL")))
                .when().put("/api/v1/segments/steered").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("nameFi", "Ohjattavat", "preferredChannels", List.of("EMAIL")))
                .when().put("/api/v1/segments/steered").then().statusCode(200);
        String member = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "firstName", "Sanna", "lastName", "Segmentoitu"))
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        given().when().put("/api/v1/clients/" + member + "/segments/steered").then().statusCode(200);

        // a removal names the version it removes
        given().when().delete("/api/v1/segments/steered").then().statusCode(428);
        given().header("If-Match", "\"1\"").when().delete("/api/v1/segments/steered").then().statusCode(412)
                .body("currentVersion", equalTo(2));
        given().header("If-Match", "\"2\"").when().delete("/api/v1/segments/steered").then().statusCode(200)
                .body("clientsChanged", equalTo(1));
        given().header("If-Match", "\"2\"").when().delete("/api/v1/segments/steered").then().statusCode(404);
        given().queryParam("purpose", "Testing segments").when().get("/api/v1/clients/" + member)
                .then().statusCode(200).body("segments", empty());

        List<Object[]> events = announcements("steered");
        assertThat(events).extracting(row -> row[0]).containsExactly("fi.kohtaamo.client.segment-defined.v1",
                "fi.kohtaamo.client.segment-defined.v1", "fi.kohtaamo.client.segment-removed.v1");
        assertThat((String) events.get(0)[1]).contains("\"preferredChannels\":[\"WEB\",\"EMAIL\"]", "\"version\":1");
        assertThat((String) events.get(1)[1]).contains("\"preferredChannels\":[\"EMAIL\"]", "\"version\":2");
        assertThat((String) events.get(2)[1]).contains("\"code\":\"steered\"", "\"version\":3");
        // a definition, never its members
        assertThat(events).allSatisfy(row -> assertThat((String) row[1]).doesNotContain(member, "Sanna", "Segmentoitu"));
        // the member's own event says they left it
        assertThat(new KafkaTestClient(bootstrapServers).await("kohtaamo.clients.v1",
                record -> member.equals(record.key()) && record.value().contains("client.updated.v1")
                        && record.value().contains("\"segments\":[]"), 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(new KafkaTestClient(bootstrapServers).await("kohtaamo.clients.v1",
                record -> "segment:steered".equals(record.key()), 3, Duration.ofSeconds(30))).hasSize(3);
    }

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    /**
     * The segments defined before the event existed are announced once by migration V10: run again
     * here (in a transaction rolled back, so the relay never sees it), each segment gets an outbox
     * row that is the outbox's own CloudEvent, which routing's receiver reads.
     */
    @Test
    @Order(6)
    void theMigrationAnnouncesExistingSegmentsAsCloudEvents() throws Exception {
        String sql = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/main/resources/db/migration/V10__announce_existing_segments.sql"));
        List<String> payloads;
        io.quarkus.narayana.jta.QuarkusTransaction.begin();
        try {
            long before = ((Number) entityManager.createNativeQuery("select coalesce(max(seq), 0) from outbox_event")
                    .getSingleResult()).longValue();
            entityManager.createNativeQuery(sql).executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> added = entityManager.createNativeQuery(
                    "select payload from outbox_event where seq > ?1 and aggregate_id = 'segment:zz-inari'")
                    .setParameter(1, before).getResultList();
            payloads = added;
        } finally {
            io.quarkus.narayana.jta.QuarkusTransaction.rollback();
        }
        assertThat(payloads).hasSize(1);
        fi.kohtaamo.outbox.CloudEvent event = fi.kohtaamo.outbox.CloudEvent.parse(mapper, payloads.get(0));
        assertThat(event.type()).isEqualTo("fi.kohtaamo.client.segment-defined.v1");
        assertThat(event.source()).isEqualTo("/kohtaamo/client-registry");
        assertThat(event.subject()).isEqualTo("segment:zz-inari");
        assertThat(event.data().path("code").asText()).isEqualTo("zz-inari");
        assertThat(event.data().path("version").asInt()).isEqualTo(1);
        assertThat(event.data().path("preferredChannels").toString()).isEqualTo("[\"PHONE\",\"IN_PERSON\"]");
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @SuppressWarnings("unchecked")
    private List<Object[]> announcements(String code) {
        return entityManager.createNativeQuery(
                        "select event_type, payload from outbox_event where aggregate_id = ?1 order by seq")
                .setParameter(1, "segment:" + code).getResultList();
    }
}
