package fi.kohtaamo.registry;

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
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "registry"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientRegistryTest {

    private static final String CODE = "131052-308T";
    private static String personId;
    private static String contactId;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static Map<String, Object> person(String code, String subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PERSON");
        body.put("firstName", "Maija");
        body.put("lastName", "Meikäläinen");
        body.put("identityCode", code);
        body.put("preferredLanguage", "sv");
        body.put("emails", List.of("maija@example.fi"));
        body.put("municipalityCode", "091");
        if (subject != null) {
            body.put("keycloakSubject", subject);
        }
        return body;
    }

    @Test
    @Order(1)
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aPersonIsRegisteredWithTheIdentityCodeEncrypted() {
        personId = given().contentType(ContentType.JSON).body(person(CODE.toLowerCase(), "citizen-77"))
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("identityCode", equalTo("131052-****"))
                .body("birthDate", equalTo("1952-10-13"))
                .extract().path("id");
        contactId = new RoutingEvents(bootstrapServers, entityManager).linkedContact(personId, "ely-pirkanmaa");

        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "select identity_code_encrypted, identity_code_hash from registry.client where id = cast(?1 as uuid)")
                .setParameter(1, personId).getSingleResult());
        assertThat((String) stored[0]).startsWith("v1:").doesNotContain(CODE).doesNotContain("131052");
        assertThat((String) stored[1]).hasSize(64).doesNotContain("131052");

        List<ConsumerRecord<String, String>> events = new KafkaTestClient(bootstrapServers)
                .await("kohtaamo.clients.v1", record -> personId.equals(record.key()), 1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).value()).contains("fi.kohtaamo.client.registered.v1", "\"preferredLanguage\":\"sv\"",
                        "\"signInSubject\":\"citizen-77\"")
                .doesNotContain("131052", "Meikäläinen", "maija@example.fi");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aKnownIdentityCodeIsAConflictNamingTheExistingClient() {
        given().contentType(ContentType.JSON).body(person(CODE, null)).when().post("/api/v1/clients")
                .then().statusCode(409).contentType("application/problem+json")
                .body("existingId", equalTo(personId))
                .body("violations[0].field", equalTo("identityCode"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void badIdentifiersAreProblemsNamingTheField() {
        given().contentType(ContentType.JSON).body(person("131052-308U", null)).when().post("/api/v1/clients")
                .then().statusCode(400).body("violations[0].field", equalTo("identityCode"));
        Map<String, Object> company = Map.of("kind", "ORGANISATION", "name", "Oy Esimerkki Ab", "businessId", "0245437-3");
        given().contentType(ContentType.JSON).body(company).when().post("/api/v1/clients")
                .then().statusCode(400).body("violations[0].field", equalTo("businessId"));
        Map<String, Object> nameless = new HashMap<>(person("010594Y9032", null));
        nameless.remove("lastName");
        given().contentType(ContentType.JSON).body(nameless).when().post("/api/v1/clients")
                .then().statusCode(400).body("violations[0].field", equalTo("lastName"));
        Map<String, Object> badContacts = new HashMap<>(person("010594Y9032", null));
        badContacts.put("emails", List.of("not-an-address"));
        badContacts.put("preferredLanguage", "de");
        given().contentType(ContentType.JSON).body(badContacts).when().post("/api/v1/clients")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("emails[0]", "preferredLanguage"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "agent-1", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void staffReadWithAPurposeAndEveryReadIsAudited() {
        given().when().get("/api/v1/clients/" + personId).then().statusCode(400).body("violations[0].field", equalTo("purpose"));
        given().queryParam("purpose", "Handling contact KH-7QM4-X2PD").queryParam("contactId", contactId)
                .when().get("/api/v1/clients/" + personId)
                .then().statusCode(200).body("identityCode", equalTo("131052-****")).body("lastName", equalTo("Meikäläinen"));
        search(Map.of("purpose", "Identifying a caller", "identityCode", CODE, "contactId", contactId))
                .then().statusCode(200).body("id", hasItem(personId)).body("[0].identityCode", nullValue());
        search(Map.of("purpose", "Identifying a caller", "q", "meikäl", "contactId", contactId))
                .then().statusCode(200).body("id", hasItem(personId)).body("[0].identityCode", nullValue());
        search(Map.of("purpose", "Identifying a caller", "q", "Maija@Example.fi", "contactId", contactId))
                .then().statusCode(200).body("id", hasItem(personId));
        search(Map.of("purpose", "Identifying a caller", "identityCode", "not-a-code", "contactId", contactId))
                .then().statusCode(400).body("violations[0].field", equalTo("identityCode"));
        search(Map.of("identityCode", CODE, "contactId", contactId)).then().statusCode(400).body("violations[0].field", equalTo("purpose"));
        search(Map.of("purpose", "Identifying a caller", "q", "x".repeat(100_000), "contactId", contactId))
                .then().statusCode(400).body("violations[0].field", equalTo("q"));
        // personal data never in a URL: the query-string forms are gone
        given().queryParam("purpose", "Identifying a caller").queryParam("identityCode", CODE).when().get("/api/v1/clients")
                .then().statusCode(405);
        given().when().get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "agent-1", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void aSimilarNameWithTheSameEmailIsADuplicateCandidate() {
        candidates(Map.of("firstName", "maija", "lastName", "Meikälänen", "email", "MAIJA@example.fi",
                "purpose", "Checking for duplicates")).then().statusCode(200)
                .body("id", hasItem(personId))
                .body("find { it.id == '" + personId + "' }.matchedOn", hasItem("email"));
        candidates(Map.of("firstName", "Matti", "lastName", "Virtanen", "email", "maija@example.fi",
                "purpose", "Checking for duplicates")).then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem(personId)));
        candidates(Map.of("firstName", "Maija", "lastName", "Meikäläinen", "purpose", "Checking for duplicates")).then().statusCode(400).body("violations[0].field", equalTo("email"));
        candidates(Map.of("firstName", "Maija", "email", "maija@example.fi", "purpose", "Checking for duplicates"))
                .then().statusCode(400).body("violations[0].field", equalTo("lastName"));
        candidates(Map.of("name", "Maija\u0000", "email", "maija@example.fi", "purpose", "Checking for duplicates"))
                .then().statusCode(400).body("violations[0].field", equalTo("name"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "auditor-1", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void theAuditorSeesWhoOfTheirOrganisationReadWhatWhenAndWhy() {
        given().queryParam("clientId", personId).when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("find { it.action == 'READ' }.actor", equalTo("agent-1"))
                .body("find { it.action == 'READ' }.organisation", equalTo("ely-pirkanmaa"))
                .body("find { it.action == 'READ' }.purpose", equalTo("Handling contact KH-7QM4-X2PD"))
                .body("action", hasItem("SEARCH"))
                .body("organisation", everyItem(equalTo("ely-pirkanmaa")));
        given().queryParam("clientId", personId).when().get("/api/v1/clients/" + personId).then().statusCode(403);
        given().queryParam("from", "yesterday").when().get("/api/v1/audit").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "auditor-2", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anotherOrganisationsAuditorSeesNoneOfItsEntries() {
        given().queryParam("clientId", personId).when().get("/api/v1/audit")
                .then().statusCode(200).body("action", hasItem("REGISTER"))
                .body("organisation", everyItem(equalTo("ely-uusimaa")));
        given().queryParam("actor", "agent-1").when().get("/api/v1/audit").then().statusCode(200).body("", empty());
    }

    @Test
    @Order(5)
    @TestSecurity(user = "auditor-3", roles = "platform-auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aPlatformAuditorSeesEveryOrganisation() {
        given().queryParam("clientId", personId).when().get("/api/v1/audit")
                .then().statusCode(200).body("organisation", hasItems("ely-uusimaa", "ely-pirkanmaa"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "citizen-77", roles = "citizen")
    void aCitizenReadsAndCorrectsTheirRecordAndSeesWhoReadIt() {
        given().when().get("/api/v1/me").then().statusCode(200).header("ETag", "\"1\"")
                .body("id", equalTo(personId)).body("identityCode", nullValue()).body("birthDate", equalTo("1952-10-13"));
        Map<String, Object> correction = Map.of("preferredLanguage", "fi", "emails", List.of("maija.m@example.fi"),
                "phones", List.of("+358 40 123 4567"));
        // a change names the version it replaces: none is a 428, another a 412 naming the current one
        given().contentType(ContentType.JSON).body(correction).when().put("/api/v1/me").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(correction).when().put("/api/v1/me")
                .then().statusCode(412).body("currentVersion", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(correction)
                .when().put("/api/v1/me")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("emails", containsInAnyOrder("maija.m@example.fi")).body("version", equalTo(2));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(correction).when().put("/api/v1/me")
                .then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("preferredLanguage", "xx"))
                .when().put("/api/v1/me").then().statusCode(400).body("violations[0].field", equalTo("preferredLanguage"));
        // bad input is a problem naming the field, never a 500
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("preferredLanguage", "fi", "addresses", List.of(Map.of("street", "Katu\u00001", "postalCode", "00100",
                        "postOffice", "Helsinki"))))
                .when().put("/api/v1/me").then().statusCode(400).body("violations[0].field", equalTo("addresses[0].street"));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("preferredLanguage", "fi", "emails", List.of("a".repeat(100_000) + "@example.fi")))
                .when().put("/api/v1/me").then().statusCode(400).body("violations[0].field", equalTo("emails[0]"));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("preferredLanguage", "fi", "preferredChannels", List.of("PIGEON")))
                .when().put("/api/v1/me").then().statusCode(400).body("violations[0].field", equalTo("preferredChannels[0]"));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{\"preferredLanguage\": 5, \"emails\": \"x\"}")
                .when().put("/api/v1/me").then().statusCode(400);
        given().when().get("/api/v1/me").then().statusCode(200).body("version", equalTo(2))
                .body("emails", containsInAnyOrder("maija.m@example.fi"));
        given().when().get("/api/v1/me/access-log").then().statusCode(200)
                .body("find { it.action == 'READ' }.organisation", equalTo("ely-pirkanmaa"))
                .body("find { it.action == 'READ' }.purpose", equalTo("Handling contact KH-7QM4-X2PD"))
                .body("find { it.action == 'READ' }.roles", equalTo("agent"));
        given().when().get("/api/v1/clients/" + personId + "?purpose=curiosity").then().statusCode(403);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "citizen-78", roles = "citizen")
    void aCitizenWithoutARecordGets404() {
        given().when().get("/api/v1/me").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @Order(8)
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void correctionsNeedTheCurrentVersion() {
        Map<String, Object> corrected = person(CODE, "citizen-77");
        corrected.put("lastName", "Virtanen");
        given().contentType(ContentType.JSON).body(corrected).when().put("/api/v1/clients/" + personId).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(corrected).when().put("/api/v1/clients/" + personId)
                .then().statusCode(412).body("currentVersion", equalTo(2));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(corrected).when().put("/api/v1/clients/" + personId)
                .then().statusCode(200).body("lastName", equalTo("Virtanen")).header("ETag", "\"3\"");
    }

    @Test
    @Order(9)
    @TestSecurity(user = "agent-1", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void agentsMayNotCorrect() {
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(person(CODE, null))
                .when().put("/api/v1/clients/" + personId).then().statusCode(403);
    }

    @Test
    @Order(10)
    @TestSecurity(user = "registry-admin-1", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void erasureRemovesThePersonalDataAndTellsOtherServices() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "x")).when().post("/api/v1/clients/" + personId + "/erasure")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "The client asked for erasure (GDPR art. 17)"))
                .when().post("/api/v1/clients/" + personId + "/erasure").then().statusCode(204);
        given().queryParam("purpose", "After erasure").when().get("/api/v1/clients/" + personId).then().statusCode(404);

        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "select first_name, last_name, identity_code_encrypted, identity_code_hash, emails::text, status"
                                + " from registry.client where id = cast(?1 as uuid)")
                .setParameter(1, personId).getSingleResult());
        assertThat(stored[0]).isNull();
        assertThat(stored[1]).isNull();
        assertThat(stored[2]).isNull();
        assertThat(stored[3]).isNull();
        assertThat(stored[4]).isEqualTo("{}");
        assertThat(stored[5]).isEqualTo("ERASED");

        List<ConsumerRecord<String, String>> events = new KafkaTestClient(bootstrapServers)
                .await("kohtaamo.clients.v1", record -> personId.equals(record.key()) && record.value().contains("client.erased.v1"),
                        1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        // the identity code is free again: the same person can be registered anew
        given().contentType(ContentType.JSON).body(person(CODE, null)).when().post("/api/v1/clients").then().statusCode(201);
    }

    @Test
    void anonymousIs401() {
        given().when().get("/api/v1/clients/00000000-0000-4000-8000-000000000000?purpose=testing").then().statusCode(401);
        given().when().get("/api/v1/me").then().statusCode(401);
        given().when().get("/api/v1/audit").then().statusCode(401);
    }

    private static io.restassured.response.Response search(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clients/search");
    }

    private static io.restassured.response.Response candidates(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clients/candidates");
    }

    @Test
    @TestSecurity(user = "agent-links", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void onlyARegistryAdminLinksAClientToASignIn() {
        // An agent registering a record under a citizen's sign-in would hand that citizen the record.
        given().contentType(ContentType.JSON).body(person("131052-308T", "citizen-someone-else"))
                .when().post("/api/v1/clients")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
