package fi.kohtaamo.registry;

import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "registry"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RelationsAndMergesTest {

    private static String company;
    private static String person;
    private static String survivor;
    private static String duplicate;
    private static String representative;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> person(String first, String last, String code, String subject, List<String> emails,
                                              List<String> phones) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PERSON");
        body.put("firstName", first);
        body.put("lastName", last);
        body.put("emails", emails);
        body.put("phones", phones);
        if (code != null) {
            body.put("identityCode", code);
        }
        if (subject != null) {
            body.put("keycloakSubject", subject);
        }
        return body;
    }

    private static Map<String, Object> relation(String organisationId, String kind, String agency) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisationId);
        body.put("kind", kind);
        if (agency != null) {
            body.put("agency", agency);
        }
        return body;
    }

    @Test
    @Order(1)
    @TestSecurity(user = "registry-admin-2", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void registryAdministrationRecordsWhoActsForWhomPerAgency() {
        company = register(Map.of("kind", "ORGANISATION", "name", "Rakennus Virtanen Oy", "businessId", "1572860-0",
                "organisationType", "COMPANY"));
        person = register(person("Ville", "Virtanen", "150385-1230", "citizen-rel-1", List.of("ville@virtanen.fi"), List.of()));

        representative = given().contentType(ContentType.JSON).body(relation(company, "REPRESENTATIVE", null))
                .when().post("/api/v1/clients/" + person + "/relations")
                .then().statusCode(201).body("agency", equalTo("ely-uusimaa")).body("version", equalTo(1)).header("ETag", "\"1\"")
                .body("organisationName", equalTo("Rakennus Virtanen Oy")).body("personName", equalTo("Ville Virtanen"))
                .extract().path("id");
        // Registry administration records its own agency's relations only.
        given().contentType(ContentType.JSON).body(relation(company, "OWNER", "ely-pirkanmaa"))
                .when().post("/api/v1/clients/" + person + "/relations")
                .then().statusCode(400).body("violations[0].field", equalTo("agency"));

        given().contentType(ContentType.JSON).body(relation(company, "REPRESENTATIVE", null))
                .when().post("/api/v1/clients/" + person + "/relations")
                .then().statusCode(409).contentType("application/problem+json")
                .body("violations[0].field", equalTo("organisationId")).body("existingId", equalTo(representative));
        given().contentType(ContentType.JSON).body(relation(person, "REPRESENTATIVE", null))
                .when().post("/api/v1/clients/" + person + "/relations")
                .then().statusCode(400).body("violations[0].field", equalTo("organisationId"));
        given().contentType(ContentType.JSON).body(relation(company, "REPRESENTATIVE", null))
                .when().post("/api/v1/clients/" + company + "/relations")
                .then().statusCode(400).body("violations[0].field", equalTo("personId"));
        given().contentType(ContentType.JSON).body(relation(company, "GODPARENT", null))
                .when().post("/api/v1/clients/" + person + "/relations")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("kind"));
        Map<String, Object> backwards = relation(company, "EMPLOYEE", null);
        backwards.put("validFrom", "2026-05-01");
        backwards.put("validUntil", "2026-01-01");
        given().contentType(ContentType.JSON).body(backwards).when().post("/api/v1/clients/" + person + "/relations")
                .then().statusCode(400).body("violations[0].field", equalTo("validUntil"));
        Map<String, Object> badDate = relation(company, "EMPLOYEE", null);
        badDate.put("validFrom", "yesterday");
        given().contentType(ContentType.JSON).body(badDate).when().post("/api/v1/clients/" + person + "/relations")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("validFrom"));
        given().contentType(ContentType.JSON).body(relation("not-a-uuid", "EMPLOYEE", null))
                .when().post("/api/v1/clients/" + person + "/relations")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("organisationId"));
        given().contentType(ContentType.JSON).body(relation(java.util.UUID.randomUUID().toString(), "EMPLOYEE", null))
                .when().post("/api/v1/clients/" + person + "/relations")
                .then().statusCode(400).body("violations[0].field", equalTo("organisationId"));
        given().contentType(ContentType.JSON).body(relation(company, "EMPLOYEE", "ely\u0000" + "x".repeat(100_000)))
                .when().post("/api/v1/clients/" + person + "/relations")
                .then().statusCode(400).body("violations[0].field", equalTo("agency"));

        // The validity period is changed at the version read, like a removal.
        String path = "/api/v1/clients/" + person + "/relations/" + representative;
        Map<String, Object> validity = Map.of("validFrom", "2026-01-01", "validUntil", "2026-12-31");
        given().contentType(ContentType.JSON).body(validity).when().put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("validFrom", "2026-05-01", "validUntil", "2026-01-01"))
                .when().put(path).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("validUntil"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("validFrom", "someday"))
                .when().put(path).then().statusCode(400).body("violations[0].field", equalTo("validFrom"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(validity)
                .when().put("/api/v1/clients/" + company + "/relations/" + representative)
                .then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2))
                .body("validFrom", equalTo("2026-01-01")).body("validUntil", equalTo("2026-12-31"))
                .body("personName", equalTo("Ville Virtanen"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("validUntil", "2027-06-30"))
                .when().put(path).then().statusCode(412).body("currentVersion", equalTo(2));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("validUntil", "2027-06-30"))
                .when().put(path).then().statusCode(200).body("validFrom", nullValue()).body("validUntil", equalTo("2027-06-30"));
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(validity)
                .when().put("/api/v1/clients/" + person + "/relations/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "registry-admin-pirkanmaa", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherAgencysRegistryAdministrationSeesAndRemovesItsOwnRelationsOnly() {
        given().contentType(ContentType.JSON).body(relation(company, "OWNER", "ely-pirkanmaa"))
                .when().post("/api/v1/clients/" + person + "/relations").then().statusCode(201);
        String employee = given().contentType(ContentType.JSON).body(relation(company, "EMPLOYEE", null))
                .when().post("/api/v1/clients/" + person + "/relations").then().statusCode(201).extract().path("id");
        // Uusimaa's representative is not Pirkanmaa's to see or remove.
        List<String> seen = given().queryParam("purpose", "Who may act for the company")
                .when().get("/api/v1/clients/" + person + "/relations")
                .then().statusCode(200).body("agency", not(hasItem("ely-uusimaa"))).extract().path("id");
        assertThat(seen).hasSize(2);
        given().header("If-Match", "\"1\"").when().delete("/api/v1/clients/" + person + "/relations/" + representative)
                .then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(Map.of("validUntil", "2030-01-01"))
                .when().put("/api/v1/clients/" + person + "/relations/" + representative).then().statusCode(404);

        // Removal names the relation's version: none is a 428, a wrong one a 412; the right one removes it once.
        given().when().delete("/api/v1/clients/" + person + "/relations/" + employee).then().statusCode(428);
        given().header("If-Match", "\"2\"").when().delete("/api/v1/clients/" + person + "/relations/" + employee)
                .then().statusCode(412).contentType("application/problem+json").body("currentVersion", equalTo(1));
        given().header("If-Match", "\"1\"").when().delete("/api/v1/clients/" + company + "/relations/" + employee)
                .then().statusCode(204);
        given().header("If-Match", "\"1\"").when().delete("/api/v1/clients/" + person + "/relations/" + employee)
                .then().statusCode(404);
        given().queryParam("purpose", "Who may act for the company").when().get("/api/v1/clients/" + person + "/relations")
                .then().statusCode(200).body("kind", equalTo(List.of("OWNER")));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "agent-rel", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void staffSeeTheRelationsOfTheirOwnAgencyOnlyAndTheReadIsAudited() {
        given().queryParam("purpose", "Who may act for the company").when().get("/api/v1/clients/" + company + "/relations")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].kind", equalTo("REPRESENTATIVE"))
                .body("[0].personName", equalTo("Ville Virtanen"));
        given().when().get("/api/v1/clients/" + company + "/relations").then().statusCode(400)
                .body("violations[0].field", equalTo("purpose"));
        given().contentType(ContentType.JSON).body(relation(company, "EMPLOYEE", null))
                .when().post("/api/v1/clients/" + person + "/relations").then().statusCode(403);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "agent-rel-2", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherAgencySeesItsOwn() {
        given().queryParam("purpose", "Who may act for the company").when().get("/api/v1/clients/" + person + "/relations")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].kind", equalTo("OWNER"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "auditor-rel", roles = "platform-auditor")
    void relationReadsAreInTheAuditLog() {
        given().queryParam("clientId", person).when().get("/api/v1/audit")
                .then().statusCode(200).body("actor", hasItem("agent-rel")).body("actor", hasItem("agent-rel-2"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "registry-admin-2", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anOrganisationHoldsSeveralStakeholderRolesPerAgencyAndTheyTravelInItsEvents() {
        given().when().get("/api/v1/clients/" + company + "/stakeholder-roles")
                .then().statusCode(200).header("ETag", "\"0\"").body("$", hasSize(0));
        given().contentType(ContentType.JSON).body(Map.of("roles", List.of("PARTNER", "SERVICE_PRODUCER")))
                .when().put("/api/v1/clients/" + company + "/stakeholder-roles/ely-uusimaa")
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("roles", List.of("PARTNER", "SERVICE_PRODUCER")))
                .when().put("/api/v1/clients/" + company + "/stakeholder-roles/ely-uusimaa")
                .then().statusCode(200).header("ETag", "\"1\"").body("role", containsInAnyOrder("PARTNER", "SERVICE_PRODUCER"));
        // the same reading again: stale
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("roles", List.of("CLIENT")))
                .when().put("/api/v1/clients/" + company + "/stakeholder-roles/ely-uusimaa")
                .then().statusCode(412).body("currentVersion", equalTo(1));
        given().when().get("/api/v1/clients/" + company + "/stakeholder-roles")
                .then().statusCode(200).header("ETag", "\"1\"").body("role", containsInAnyOrder("PARTNER", "SERVICE_PRODUCER"));
        // another agency's roles: neither changed nor told apart from an unknown client
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("roles", List.of("CLIENT", "STEERING_BODY")))
                .when().put("/api/v1/clients/" + company + "/stakeholder-roles/ely-pirkanmaa").then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("roles", List.of("CLIENT")))
                .when().put("/api/v1/clients/" + java.util.UUID.randomUUID() + "/stakeholder-roles/ely-uusimaa").then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("roles", List.of("CLIENT")))
                .when().put("/api/v1/clients/" + person + "/stakeholder-roles/ely-uusimaa")
                .then().statusCode(400).body("violations[0].field", equalTo("clientId"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("roles", List.of("OVERLORD")))
                .when().put("/api/v1/clients/" + company + "/stakeholder-roles/ely-uusimaa")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("roles", List.of("CLIENT")))
                .when().put("/api/v1/clients/" + company + "/stakeholder-roles/Not An Agency")
                .then().statusCode(400).body("violations[0].field", equalTo("agency"));
        given().contentType(ContentType.JSON).header("If-Match", "one").body(Map.of("roles", List.of("CLIENT")))
                .when().put("/api/v1/clients/" + company + "/stakeholder-roles/ely-uusimaa")
                .then().statusCode(400).body("violations[0].field", equalTo("If-Match"));
        given().queryParam("agency", "ely-pirkanmaa").when().get("/api/v1/stakeholders").then().statusCode(403);

        List<ConsumerRecord<String, String>> events = new KafkaTestClient(bootstrapServers).await("kohtaamo.clients.v1",
                record -> company.equals(record.key()) && record.value().contains("\"agency\":\"ely-uusimaa\",\"role\":\"PARTNER\""),
                1, Duration.ofSeconds(30));
        assertThat(events.get(0).value()).contains("fi.kohtaamo.client.updated.v1", "\"role\":\"SERVICE_PRODUCER\"");
    }

    @Test
    @Order(7)
    @TestSecurity(user = "registry-admin-pirkanmaa", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void twoChangesOfTheSameReadingGiveOneSuccessAndOne412() throws Exception {
        given().when().get("/api/v1/clients/" + company + "/stakeholder-roles")
                .then().statusCode(200).header("ETag", "\"0\"").body("$", hasSize(0));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (List<String> roles : List.of(List.of("CLIENT", "STEERING_BODY"), List.of("PARTNER"))) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("roles", roles))
                            .when().put("/api/v1/clients/" + company + "/stakeholder-roles/ely-pirkanmaa").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new java.util.ArrayList<>();
            for (var answer : answers) {
                codes.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(codes).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        given().when().get("/api/v1/clients/" + company + "/stakeholder-roles").then().statusCode(200).header("ETag", "\"1\"");
        // Uusimaa's roles are not Pirkanmaa's to see
        given().when().get("/api/v1/clients/" + company + "/stakeholder-roles")
                .then().body("agency", not(hasItem("ely-uusimaa")));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "manager-rel", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void managersSeeTheirOwnAgencysStakeholders() {
        given().when().get("/api/v1/clients/" + company + "/stakeholder-roles")
                .then().statusCode(200).body("agency", not(hasItem("ely-pirkanmaa"))).body("$", hasSize(2));
        given().queryParam("role", "PARTNER").when().get("/api/v1/stakeholders")
                .then().statusCode(200).body("clientId", hasItem(company)).body("name", hasItem("Rakennus Virtanen Oy"));
        given().queryParam("role", "STEERING_BODY").when().get("/api/v1/stakeholders")
                .then().statusCode(200).body("clientId", not(hasItem(company)));
        given().queryParam("agency", "ely-pirkanmaa").when().get("/api/v1/stakeholders").then().statusCode(403);
        given().queryParam("role", "OVERLORD").when().get("/api/v1/stakeholders")
                .then().statusCode(400).body("violations[0].field", equalTo("role"));
        given().contentType(ContentType.JSON).body(Map.of("roles", List.of("CLIENT")))
                .when().put("/api/v1/clients/" + company + "/stakeholder-roles/ely-uusimaa").then().statusCode(403);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "citizen-rel-1", roles = "citizen")
    void aCitizenSeesTheOrganisationsTheyActFor() {
        given().when().get("/api/v1/me/relations").then().statusCode(200)
                .body("kind", containsInAnyOrder("REPRESENTATIVE", "OWNER"))
                .body("organisationName", hasItem("Rakennus Virtanen Oy"));
    }

    @Test
    @Order(10)
    @TestSecurity(user = "registry-admin-2", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aDuplicateIsMergedIntoTheSurvivorAndOtherServicesAreTold() {
        survivor = register(person("Sanna", "Korhonen", "220790A234L", null, List.of("sanna@example.fi"), List.of()));
        duplicate = register(person("Sanna", "Korhonen", null, "citizen-merge-1", List.of("sanna.k@example.fi"),
                List.of("+358 40 123 4567")));
        given().contentType(ContentType.JSON).body(relation(company, "CONTACT_PERSON", null))
                .when().post("/api/v1/clients/" + duplicate + "/relations").then().statusCode(201);
        given().queryParam("purpose", "Checking a suspected duplicate").when().get("/api/v1/clients/" + duplicate)
                .then().statusCode(200);

        int survivorVersion = versionOf(survivor);
        int duplicateVersion = versionOf(duplicate);
        // without the version seen, and with a stale one of either client: nothing is merged
        given().contentType(ContentType.JSON).body(Map.of("duplicateId", duplicate, "reason", "Same person registered twice"))
                .when().post("/api/v1/clients/" + survivor + "/merge").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"" + (survivorVersion + 1) + "\"")
                .body(Map.of("duplicateId", duplicate, "reason", "Same person registered twice"))
                .when().post("/api/v1/clients/" + survivor + "/merge").then().statusCode(412)
                .body("currentVersion", equalTo(survivorVersion));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + survivorVersion + "\"")
                .body(Map.of("duplicateId", duplicate, "duplicateVersion", duplicateVersion + 1, "reason", "Same person registered twice"))
                .when().post("/api/v1/clients/" + survivor + "/merge").then().statusCode(412)
                .body("currentVersion", equalTo(duplicateVersion));
        given().queryParam("purpose", "Checking a suspected duplicate").when().get("/api/v1/clients/" + duplicate)
                .then().statusCode(200);

        given().contentType(ContentType.JSON).header("If-Match", "\"" + survivorVersion + "\"")
                .body(Map.of("duplicateId", duplicate, "duplicateVersion", duplicateVersion, "reason", "Same person registered twice"))
                .when().post("/api/v1/clients/" + survivor + "/merge")
                .then().statusCode(200)
                .body("emails", containsInAnyOrder("sanna@example.fi", "sanna.k@example.fi"))
                .body("phones", equalTo(List.of("+358401234567")));

        given().queryParam("purpose", "Checking the merge").when().get("/api/v1/clients/" + duplicate)
                .then().statusCode(410).contentType("application/problem+json").body("mergedInto", equalTo(survivor));
        // the duplicate's relation now names the survivor: a removal decided on the version read before is stale
        String moved = given().queryParam("purpose", "Checking the merge").when().get("/api/v1/clients/" + survivor + "/relations")
                .then().statusCode(200).body("kind", equalTo(List.of("CONTACT_PERSON"))).body("[0].version", equalTo(2))
                .extract().path("[0].id");
        given().header("If-Match", "\"1\"").when().delete("/api/v1/clients/" + survivor + "/relations/" + moved)
                .then().statusCode(412).body("currentVersion", equalTo(2));

        List<ConsumerRecord<String, String>> merged = new KafkaTestClient(bootstrapServers).await("kohtaamo.clients.v1",
                record -> duplicate.equals(record.key()) && record.value().contains("fi.kohtaamo.client.merged.v1"),
                1, Duration.ofSeconds(30));
        assertThat(merged.get(0).value()).contains("\"survivorId\":\"" + survivor + "\"", "\"mergedId\":\"" + duplicate + "\"")
                .doesNotContain("Korhonen", "220790");
    }

    @Test
    @Order(11)
    @TestSecurity(user = "citizen-merge-1", roles = "citizen")
    void theSignInLinkMovesToTheSurvivorWithTheAccessLogOfBoth() {
        given().when().get("/api/v1/me").then().statusCode(200).body("id", equalTo(survivor));
        given().when().get("/api/v1/me/access-log").then().statusCode(200)
                .body("purpose", hasItem("Checking a suspected duplicate"));
    }

    @Test
    @Order(12)
    @TestSecurity(user = "registry-admin-2", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void clientsThatAreNotTheSameAreNotMerged() {
        String other = register(person("Sanna", "Korhonen", "010101-456D", null, List.of(), List.of()));
        String current = "\"" + versionOf(survivor) + "\"";
        given().contentType(ContentType.JSON).header("If-Match", current).body(Map.of("duplicateId", other, "reason", "Looks the same"))
                .when().post("/api/v1/clients/" + survivor + "/merge")
                .then().statusCode(409).body("violations[0].field", equalTo("duplicateId"));
        given().contentType(ContentType.JSON).header("If-Match", current).body(Map.of("duplicateId", survivor, "reason", "Looks the same"))
                .when().post("/api/v1/clients/" + survivor + "/merge").then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", current).body(Map.of("duplicateId", company, "reason", "Looks the same"))
                .when().post("/api/v1/clients/" + survivor + "/merge").then().statusCode(400)
                .body("violations[0].field", equalTo("duplicateId"));
        given().contentType(ContentType.JSON).header("If-Match", current).body(Map.of("duplicateId", duplicate, "reason", "Again"))
                .when().post("/api/v1/clients/" + survivor + "/merge").then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", current).body(Map.of("duplicateId", other))
                .when().post("/api/v1/clients/" + survivor + "/merge").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).header("If-Match", current).body(Map.of("duplicateId", other, "reason", "Same\u0000one"))
                .when().post("/api/v1/clients/" + survivor + "/merge").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).header("If-Match", current)
                .body(Map.of("duplicateId", other, "duplicateVersion", "new", "reason", "Looks the same"))
                .when().post("/api/v1/clients/" + survivor + "/merge").then().statusCode(400);
    }

    @Test
    @Order(13)
    @TestSecurity(user = "agent-rel", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void agentsDoNotMerge() {
        given().contentType(ContentType.JSON).body(Map.of("duplicateId", person, "reason", "Looks the same"))
                .when().post("/api/v1/clients/" + survivor + "/merge").then().statusCode(403);
    }

    @Test
    @Order(30)
    @TestSecurity(user = "registry-admin-2", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void clientsHaveSeveralAddressesCheckedForShape() {
        Map<String, Object> body = person("Aada", "Osoite", null, null, List.of(), List.of());
        body.put("addresses", List.of(
                Map.of("kind", "HOME", "street", "Opastinsilta 12 B", "postalCode", "00520", "postOffice", "Helsinki"),
                Map.of("street", "Storgatan 1", "postalCode", "111 22", "postOffice", "Stockholm", "country", "SE")));
        String id = register(body);
        given().queryParam("purpose", "Checking the addresses").when().get("/api/v1/clients/" + id)
                .then().statusCode(200)
                .body("addresses.postalCode", equalTo(List.of("00520", "111 22")))
                .body("addresses.kind", equalTo(List.of("HOME", "POSTAL")))
                .body("addresses.country", equalTo(List.of("FI", "SE")));

        body.put("addresses", List.of(Map.of("street", "Katu 1", "postalCode", "123", "postOffice", "Espoo")));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clients")
                .then().statusCode(400).body("violations[0].field", equalTo("addresses[0].postalCode"));
        body.put("addresses", List.of(Map.of("street", "Katu 1", "postalCode", "02100", "postOffice", "Espoo", "country", "Finland")));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clients")
                .then().statusCode(400).body("violations[0].field", equalTo("addresses[0].country"));
        body.put("addresses", List.of(Map.of("postalCode", "02100", "postOffice", "Espoo")));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clients")
                .then().statusCode(400).body("violations[0].field", equalTo("addresses[0].street"));
    }

    @Test
    @Order(31)
    @TestSecurity(user = "registry-admin-2", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anOrganisationWithASimilarNameAndTheSameEmailIsACandidate() {
        String haulier = register(Map.of("kind", "ORGANISATION", "name", "Kuljetus Mäkinen Oy", "organisationType", "COMPANY",
                "emails", List.of("info@kuljetus-makinen.fi")));
        given().contentType(ContentType.JSON).body(Map.of("name", "Kuljetus Makinen oy", "email", "INFO@kuljetus-makinen.fi",
                        "purpose", "Registering a company"))
                .when().post("/api/v1/clients/candidates").then().statusCode(200)
                .body("id", equalTo(List.of(haulier))).body("[0].displayName", equalTo("Kuljetus Mäkinen Oy"));
        // a person's names are compared with persons only
        given().contentType(ContentType.JSON).body(Map.of("firstName", "Kuljetus", "lastName", "Mäkinen Oy",
                        "email", "info@kuljetus-makinen.fi", "purpose", "Registering a person"))
                .when().post("/api/v1/clients/candidates").then().statusCode(200).body("$", hasSize(0));
        given().contentType(ContentType.JSON).body(Map.of("name", "Rakennus Oy", "email", "info@kuljetus-makinen.fi",
                        "purpose", "Registering a company"))
                .when().post("/api/v1/clients/candidates").then().statusCode(200).body("$", hasSize(0));
    }

    /** A client's version as a read shows it (the read audited like any other). */
    private static int versionOf(String id) {
        return given().queryParam("purpose", "Checking the version").when().get("/api/v1/clients/" + id)
                .then().statusCode(200).extract().path("version");
    }
}
