package fi.kohtaamo.routing;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Supervisors manage routing rules (validated, versioned) and simulate where a contact would go. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class RoutingRuleResourceTest {


    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void feedCatalogue() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
    }

    private static Map<String, Object> farmersRule(int position, String queue) {
        return Map.of("position", position, "name", "Farmers in Porvoo and Espoo",
                "conditions", Map.of("segments", List.of("farmers"), "municipalities", List.of("638", "049"),
                        "attributes", Map.of("connection_use", List.of("agricultural"))),
                "targetQueue", queue, "requiredSkills", Map.of("agriculture", 1), "priority", 2);
    }

    @Test
    @TestSecurity(user = "rules-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aRuleIsCreatedVersionedSimulatedAndDeleted() {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body(farmersRule(5, "uusimaa-permits"))
                .when().post("/api/v1/routing-rules").then().statusCode(201).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("updatedBy", equalTo("rules-supervisor")).extract();
        String id = created.path("id");

        Map<String, Object> sample = Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(), "language", "fi",
                "segments", List.of("farmers"), "municipality", "638",
                "attributes", Map.of("connection_use", "agricultural"), "description", "Peltotie");
        given().contentType(ContentType.JSON).body(sample).when().post("/api/v1/routing-rules/simulate")
                .then().statusCode(200).body("queue", equalTo("uusimaa-permits")).body("ruleId", equalTo(id))
                .body("priority", equalTo(2)).body("requiredSkills.agriculture", equalTo(1))
                .body("reason", containsString("segment in [farmers]"));

        given().contentType(ContentType.JSON).body(farmersRule(5, "uusimaa-triage"))
                .when().put("/api/v1/routing-rules/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(farmersRule(5, "uusimaa-triage"))
                .when().put("/api/v1/routing-rules/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(farmersRule(5, "uusimaa-triage"))
                .when().put("/api/v1/routing-rules/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("targetQueue", equalTo("uusimaa-triage"));
        given().contentType(ContentType.JSON).body(sample).when().post("/api/v1/routing-rules/simulate")
                .then().statusCode(200).body("queue", equalTo("uusimaa-triage")).body("ruleVersion", equalTo(2));

        given().header("If-Match", "\"2\"").when().delete("/api/v1/routing-rules/" + id).then().statusCode(204);
        given().when().get("/api/v1/routing-rules/" + id + "/versions").then().statusCode(200)
                .body("version", contains(1, 2, 3)).body("change", contains("CREATED", "UPDATED", "DELETED"))
                .body("[0].rule.targetQueue", equalTo("uusimaa-permits"));
        // The deleted rule no longer routes (another test's rule of the organisation may match instead).
        given().contentType(ContentType.JSON).body(sample).when().post("/api/v1/routing-rules/simulate")
                .then().statusCode(200).body("ruleId", not(equalTo(id)));
        given().when().get("/api/v1/routing-rules").then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    @TestSecurity(user = "rules-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theDemoKeywordRuleSendsUrgentMattersToTheUrgentQueue() {
        given().contentType(ContentType.JSON)
                .body(Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(), "language", "sv",
                        "description", "Detta är brådskande!"))
                .when().post("/api/v1/routing-rules/simulate").then().statusCode(200)
                .body("queue", equalTo("uusimaa-permits-urgent")).body("ruleName", equalTo("Urgent road connection matters"))
                .body("tier", equalTo("EXPERT"));
        given().contentType(ContentType.JSON).body(Map.of("language", "fi", "description", "En tiedä"))
                .when().post("/api/v1/routing-rules/simulate").then().statusCode(200)
                .body("queue", equalTo("uusimaa-triage")).body("reason", containsString("triage"));
    }

    @Test
    @TestSecurity(user = "rules-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void badRulesAreRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body(farmersRule(5, "pirkanmaa-roads"))
                .when().post("/api/v1/routing-rules").then().statusCode(400).body("violations[0].field", equalTo("targetQueue"));
        given().contentType(ContentType.JSON).body(farmersRule(5, "no-such-queue"))
                .when().post("/api/v1/routing-rules").then().statusCode(400).body("violations[0].field", equalTo("targetQueue"));
        given().contentType(ContentType.JSON)
                .body(Map.of("position", 1, "name", "x", "targetQueue", "uusimaa-triage",
                        "conditions", Map.of("channels", List.of("PIGEON"))))
                .when().post("/api/v1/routing-rules").then().statusCode(400)
                .body("violations[0].field", equalTo("conditions.channels"));
        given().contentType(ContentType.JSON)
                .body(Map.of("position", -1, "name", "", "targetQueue", "uusimaa-triage", "priority", 9,
                        "requiredSkills", Map.of("permits", 0)))
                .when().post("/api/v1/routing-rules").then().statusCode(400)
                .body("violations.field", everyItem(org.hamcrest.Matchers.anyOf(equalTo("position"), equalTo("name"),
                        equalTo("priority"), org.hamcrest.Matchers.startsWith("requiredSkills"))));
        given().contentType(ContentType.JSON).body(Map.of("language", "de"))
                .when().post("/api/v1/routing-rules/simulate").then().statusCode(400).body("violations[0].field", equalTo("language"));
    }

    @Test
    @TestSecurity(user = "rules-supervisor-p", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsRulesAreNotShown() {
        given().when().get("/api/v1/routing-rules").then().statusCode(200)
                .body("name", not(hasItem("Urgent road connection matters")));
        given().when().get("/api/v1/routing-rules/40a7e000-0000-4000-8000-000000000001").then().statusCode(404);
        // Uusimaa's service: Pirkanmaa's supervisor learns nothing of Uusimaa's rules through the simulator
        given().contentType(ContentType.JSON)
                .body(Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(), "language", "sv",
                        "description", "Detta är brådskande!"))
                .when().post("/api/v1/routing-rules/simulate").then().statusCode(400)
                .body("violations[0].field", equalTo("serviceId")).body(not(containsString("Urgent")));
    }

    @Test
    @TestSecurity(user = "rules-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void agentsMaySimulateButNotChangeRules() {
        given().when().get("/api/v1/routing-rules").then().statusCode(403);
        given().contentType(ContentType.JSON).body(farmersRule(5, "uusimaa-permits"))
                .when().post("/api/v1/routing-rules").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("language", "fi", "description", "x"))
                .when().post("/api/v1/routing-rules/simulate").then().statusCode(200);
    }

    @jakarta.inject.Inject
    fi.kohtaamo.routing.service.RoutingRules rules;

    /**
     * The version is checked under a row lock: a change that reads the rule while another holds it
     * waits for that one's commit and is then refused (412), never applied over it. The first change
     * is held open here (a slow request), so the second surely comes while it runs.
     */
    @Test
    @TestSecurity(user = "rules-racer", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void twoChangesNamingTheSameVersionAtOnceGiveOneSuccessAndOne412() throws Exception {
        String id = given().contentType(ContentType.JSON).body(farmersRule(7, "uusimaa-permits"))
                .when().post("/api/v1/routing-rules").then().statusCode(201).extract().path("id");
        fi.kohtaamo.caller.Caller caller = new fi.kohtaamo.caller.Caller("rules-racer", "rules-racer", "ely-uusimaa",
                java.util.Set.of("supervisor"), false);
        fi.kohtaamo.routing.service.RoutingRules.Draft draft = new fi.kohtaamo.routing.service.RoutingRules.Draft(7,
                "Held open", true, null, "uusimaa-triage", Map.of(), 3);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.atomic.AtomicReference<java.util.concurrent.Future<Integer>> second = new java.util.concurrent.atomic.AtomicReference<>();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            rules.update(caller, java.util.UUID.fromString(id), 1, draft);
            second.set(pool.submit(() -> given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(farmersRule(8, "uusimaa-permits")).when().put("/api/v1/routing-rules/" + id).statusCode()));
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            org.assertj.core.api.Assertions.assertThat(second.get().isDone()).as("the second change waits for the lock").isFalse();
        });
        org.assertj.core.api.Assertions.assertThat(second.get().get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(412);
        given().when().get("/api/v1/routing-rules/" + id).then().statusCode(200).body("name", equalTo("Held open"))
                .body("version", equalTo(2));

        // Two requests at once, both naming version 2: whichever locks first wins, the other is refused.
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Callable<Integer>> both = java.util.List.of(1, 2).stream()
                .<java.util.concurrent.Callable<Integer>>map(n -> () -> {
                    start.await();
                    return given().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                            .body(farmersRule(10 + n, "uusimaa-permits")).when().put("/api/v1/routing-rules/" + id).statusCode();
                }).toList();
        java.util.List<java.util.concurrent.Future<Integer>> answers = both.stream().map(pool::submit).toList();
        start.countDown();
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Integer> answer : answers) {
            statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        org.assertj.core.api.Assertions.assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        given().when().get("/api/v1/routing-rules/" + id + "/versions").then().statusCode(200)
                .body("size()", equalTo(3));
    }
}
