package fi.kohtaamo.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.registry.service.DataExports;
import fi.kohtaamo.registry.service.Retention;
import fi.kohtaamo.registry.contract.ExportPartV2;
import fi.kohtaamo.registry.contract.ExportSeal;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.TestServers;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** The GDPR rights: access (an export assembled from every service's part), erasure on request, retention. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "registry"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GdprTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String clientId;
    private static String exportId;
    private static String firstRequest;
    private static String secondRequest;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataExports exports;

    @Inject
    Retention retention;

    @Inject
    EntityManager entityManager;

    private static String registerPerson(String last, String subject) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", "PERSON", "firstName", "Eeva", "lastName", last,
                "emails", List.of(last.toLowerCase() + "@example.fi")));
        if (subject != null) {
            body.put("keycloakSubject", subject);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
    }

    /** A participant's answer as ClientDataContract sends it: sealed to the registry's key, on the service's own topic. */
    private void publishPart(String service, String export, Map<String, Object> data) throws Exception {
        publishPart(service, "/kohtaamo/" + service, export, data);
    }

    private void publishPart(String service, String source, String export, Map<String, Object> data) throws Exception {
        ExportSeal.Sealed sealed = ExportSeal.seal(TestServers.exportKeys().getPublic(), UUID.fromString(export), service,
                JSON.writeValueAsBytes(data));
        CloudEvent event = CloudEvent.create(source, ExportPartV2.TYPE, export,
                JSON.valueToTree(new ExportPartV2(UUID.fromString(export), service, sealed)));
        String topic = service.equals("feedback") ? "kohtaamo.feedback.v1" : "kohtaamo.contacts.v1";
        new KafkaTestClient(bootstrapServers).publish(topic, export, event.toJson(JSON));
    }

    @Test
    @Order(1)
    @TestSecurity(user = "registry-admin-3", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aCitizenIsRegistered() {
        clientId = registerPerson("Lahtinen", "citizen-gdpr-1");
        given().queryParam("purpose", "Handling a permit application").when().get("/api/v1/clients/" + clientId)
                .then().statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "citizen-gdpr-1", roles = "citizen")
    void aCitizensExportCollectsEveryServicesPartAndCompletes() throws Exception {
        exportId = given().when().post("/api/v1/me/exports")
                .then().statusCode(202).header("Location", notNullValue())
                .body("status", equalTo("COLLECTING"))
                .body("missingParts", containsInAnyOrder("contact-routing", "feedback"))
                .extract().path("id");
        given().when().post("/api/v1/me/exports").then().statusCode(202).body("id", equalTo(exportId));

        List<ConsumerRecord<String, String>> asked = new KafkaTestClient(bootstrapServers).await("kohtaamo.clients.v1",
                record -> record.value().contains("fi.kohtaamo.client.export-requested.v1") && record.value().contains(exportId),
                1, Duration.ofSeconds(30));
        assertThat(asked.get(0).key()).isEqualTo(clientId);
        assertThat(asked.get(0).value()).doesNotContain("Lahtinen");

        publishPart("contact-routing", exportId, Map.of("contacts", List.of(Map.of("trackingCode", "KH-TEST-0001"))));
        publishPart("contact-routing", exportId, Map.of("contacts", List.of()));
        // Feedback's part forged by contact routing (its own topic, its own source): refused.
        publishPart("feedback", "/kohtaamo/contact-routing", exportId, Map.of("contactFacts", List.of(Map.of("channel", "FORGED"))));
        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> given().when().get("/api/v1/me/exports")
                .then().statusCode(200).body("[0].receivedParts", equalTo(List.of("contact-routing")))
                .body("[0].status", equalTo("COLLECTING")));

        publishPart("feedback", exportId, Map.of("contactFacts", List.of(Map.of("channel", "WEB"))));
        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> given().when().get("/api/v1/me/exports/" + exportId)
                .then().statusCode(200).body("status", equalTo("COMPLETE"))
                .body("document.client-registry.record.lastName", equalTo("Lahtinen"))
                .body("document.client-registry.accessLog.purpose", hasItem("Handling a permit application"))
                // the first part to arrive is kept; a second one for the same export is ignored
                .body("document.contact-routing.contacts[0].trackingCode", equalTo("KH-TEST-0001"))
                .body("document.feedback.contactFacts[0].channel", equalTo("WEB")));
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        for (String topic : List.of("kohtaamo.contacts.v1", "kohtaamo.feedback.v1", "kohtaamo.clients.v1")) {
            assertThat(kafka.await(topic, record -> record.value().contains("KH-TEST-0001") || record.value().contains("Lahtinen"),
                    1, Duration.ofSeconds(3))).as("personal data in clear on " + topic).isEmpty();
        }
        assertThat(kafka.await("kohtaamo.client-registry.dlq", record -> exportId.equals(record.key()), 2, Duration.ofSeconds(10)))
                .as("the forged part, and only it, is dead-lettered").hasSize(1);
    }

    /**
     * The parts come through two channels (each service's own topic) and may be applied at the same
     * moment: each must see the other, or neither completes the export and it stays COLLECTING.
     */
    @Test
    @Order(2)
    @TestSecurity(user = "registry-admin-3", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void partsArrivingTogetherCompleteTheExport() throws Exception {
        String client = registerPerson("Rinnakkainen", "citizen-gdpr-parallel");
        for (int round = 0; round < 4; round++) {
            String export = given().when().post("/api/v1/clients/" + client + "/exports")
                    .then().statusCode(202).extract().path("id");
            java.util.concurrent.CompletableFuture<Void> routing = java.util.concurrent.CompletableFuture.runAsync(() ->
                    quietly(() -> publishPart("contact-routing", export, Map.of("contacts", List.of()))));
            java.util.concurrent.CompletableFuture<Void> feedback = java.util.concurrent.CompletableFuture.runAsync(() ->
                    quietly(() -> publishPart("feedback", export, Map.of("contactFacts", List.of()))));
            routing.join();
            feedback.join();
            await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> given().when().get("/api/v1/clients/" + client + "/exports/" + export)
                    .then().statusCode(200).body("status", equalTo("COMPLETE")));
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(3)
    @TestSecurity(user = "citizen-gdpr-2", roles = "citizen")
    void anotherCitizenCannotReadIt() {
        given().when().get("/api/v1/me/exports/" + exportId).then().statusCode(404);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "registry-admin-3", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anExportMissingAPartPastItsDeadlineIsIncomplete() throws Exception {
        String late = given().when().post("/api/v1/clients/" + clientId + "/exports")
                .then().statusCode(202).extract().path("id");
        assertThat(late).isNotEqualTo(exportId);
        publishPart("feedback", late, Map.of("contactFacts", List.of()));
        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> given().when().get("/api/v1/clients/" + clientId + "/exports")
                .then().body("find { it.id == '" + late + "' }.receivedParts", equalTo(List.of("feedback"))));

        assertThat(exports.expire(Instant.now().plus(2, ChronoUnit.DAYS))).isEqualTo(1);
        given().when().get("/api/v1/clients/" + clientId + "/exports/" + late)
                .then().statusCode(200).body("status", equalTo("INCOMPLETE"))
                .body("missingParts", equalTo(List.of("contact-routing")))
                .body("document.feedback.contactFacts", hasSize(0));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "agent-gdpr", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void staffOtherThanRegistryAdministrationExportNothing() {
        given().when().post("/api/v1/clients/" + clientId + "/exports").then().statusCode(403);
        given().when().get("/api/v1/erasure-requests").then().statusCode(403);
        given().when().post("/api/v1/me/exports").then().statusCode(403);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "citizen-gdpr-1", roles = "citizen")
    void aCitizenAsksToBeForgotten() {
        firstRequest = given().contentType(ContentType.JSON).body(Map.of("reason", "I no longer use the services"))
                .when().post("/api/v1/me/erasure-requests")
                .then().statusCode(202).body("status", equalTo("REQUESTED")).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/me/erasure-requests")
                .then().statusCode(409).body("existingId", equalTo(firstRequest));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Bad\u0000reason")).when().post("/api/v1/me/erasure-requests")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "registry-admin-3", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void registryAdministrationRejectsWithAReason() {
        given().when().get("/api/v1/erasure-requests").then().statusCode(200).body("id", hasItem(firstRequest));
        given().queryParam("status", "MAYBE").when().get("/api/v1/erasure-requests")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().contentType(ContentType.JSON).body(Map.of("approve", false))
                .when().post("/api/v1/erasure-requests/" + firstRequest + "/decision")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("approve", false, "reason", "Open\u0000matter"))
                .when().post("/api/v1/erasure-requests/" + firstRequest + "/decision")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("approve", false, "reason", "x".repeat(100_000)))
                .when().post("/api/v1/erasure-requests/" + firstRequest + "/decision")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("approve", "perhaps", "reason", "A permit matter is still open"))
                .when().post("/api/v1/erasure-requests/" + firstRequest + "/decision").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("approve", false, "reason", "A permit matter is still open"))
                .when().post("/api/v1/erasure-requests/" + UUID.randomUUID() + "/decision").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("approve", false, "reason", "A permit matter is still open"))
                .when().post("/api/v1/erasure-requests/" + firstRequest + "/decision")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        given().contentType(ContentType.JSON).body(Map.of("approve", true, "reason", "Changed my mind"))
                .when().post("/api/v1/erasure-requests/" + firstRequest + "/decision").then().statusCode(409);
    }

    @Test
    @Order(8)
    @TestSecurity(user = "citizen-gdpr-1", roles = "citizen")
    void theCitizenAsksAgain() {
        secondRequest = given().contentType(ContentType.JSON).body(Map.of("reason", "The permit matter is closed"))
                .when().post("/api/v1/me/erasure-requests").then().statusCode(202).extract().path("id");
    }

    @Test
    @Order(9)
    @TestSecurity(user = "registry-admin-3", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anApprovedRequestErasesTheClientEverywhere() {
        given().contentType(ContentType.JSON).body(Map.of("approve", true, "reason", "No obligation to keep the records"))
                .when().post("/api/v1/erasure-requests/" + secondRequest + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        List<ConsumerRecord<String, String>> erased = new KafkaTestClient(bootstrapServers).await("kohtaamo.clients.v1",
                record -> clientId.equals(record.key()) && record.value().contains("fi.kohtaamo.client.erased.v1"),
                1, Duration.ofSeconds(30));
        assertThat(erased.get(0).value()).contains("\"cause\":\"CITIZEN_REQUEST\"");
        given().queryParam("purpose", "Checking the erasure").when().get("/api/v1/clients/" + clientId).then().statusCode(404);
        Number exportsLeft = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                "select count(*) from registry.data_export where client_id = cast(?1 as uuid)").setParameter(1, clientId)
                .getSingleResult());
        assertThat(exportsLeft.intValue()).isZero();
    }

    @Test
    @Order(10)
    @TestSecurity(user = "citizen-gdpr-1", roles = "citizen")
    void theCitizenSeesTheOutcomeAfterTheErasure() {
        given().when().get("/api/v1/me").then().statusCode(404);
        given().when().get("/api/v1/me/erasure-requests").then().statusCode(200)
                .body("status", containsInAnyOrder("APPROVED", "REJECTED"))
                .body("find { it.id == '" + firstRequest + "' }.decisionReason", equalTo("A permit matter is still open"));
    }

    @Test
    @Order(11)
    @TestSecurity(user = "registry-admin-3", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theRetentionRuleAnonymisesInactivePersonsButNotThoseWithRecentContacts() {
        String inactive = registerPerson("Unohdettu", null);
        String contacted = registerPerson("Asioiva", null);
        String recent = registerPerson("Tuore", null);
        String company = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "ORGANISATION", "name", "Vanha Yhdistys ry", "organisationType", "ASSOCIATION"))
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update registry.client set last_activity_at = now() - interval '4 years' where id in (cast(?1 as uuid), cast(?2 as uuid), cast(?3 as uuid))")
                .setParameter(1, inactive).setParameter(2, contacted).setParameter(3, company).executeUpdate());

        // a contact by the client, as contact routing announces it, is activity
        ObjectNode contact = JSON.createObjectNode();
        contact.put("contactId", java.util.UUID.randomUUID().toString());
        contact.put("clientId", contacted);
        contact.put("organisation", "ely-uusimaa");
        contact.put("receivedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        new KafkaTestClient(bootstrapServers).publish("kohtaamo.contacts.v1", contacted,
                CloudEvent.create("/kohtaamo/contact-routing", "fi.kohtaamo.contact.received.v1", contacted, contact).toJson(JSON));
        await().atMost(30, TimeUnit.SECONDS).until(() -> QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager
                .createNativeQuery("select last_activity_at > now() - interval '1 day' from registry.client where id = cast(?1 as uuid)")
                .setParameter(1, contacted).getSingleResult()));

        assertThat(retention.run(Instant.now())).isEqualTo(1);
        given().queryParam("purpose", "Checking retention").when().get("/api/v1/clients/" + inactive).then().statusCode(404);
        given().queryParam("purpose", "Checking retention").when().get("/api/v1/clients/" + contacted).then().statusCode(200);
        given().queryParam("purpose", "Checking retention").when().get("/api/v1/clients/" + recent).then().statusCode(200);
        given().queryParam("purpose", "Checking retention").when().get("/api/v1/clients/" + company).then().statusCode(200);
        List<ConsumerRecord<String, String>> erased = new KafkaTestClient(bootstrapServers).await("kohtaamo.clients.v1",
                record -> inactive.equals(record.key()) && record.value().contains("fi.kohtaamo.client.erased.v1"),
                1, Duration.ofSeconds(30));
        assertThat(erased.get(0).value()).contains("\"cause\":\"RETENTION\"");
        assertThat(retention.run(Instant.now())).isZero();
    }
}
