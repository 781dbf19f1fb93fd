package fi.kohtaamo.routing;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class QueueResourceTest {

    private static final String UUSIMAA_TRIAGE = "/api/v1/queues/7c1f0a00-0000-4000-8000-000000000001/contacts";

    @Test
    void withoutATokenIs401() {
        given().when().get(UUSIMAA_TRIAGE).then().statusCode(401);
        given().when().get("/api/v1/queues").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCitizenIsForbidden() {
        given().when().get(UUSIMAA_TRIAGE).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anAgentSeesOnlyTheirOrganisationsQueues() {
        given().when().get("/api/v1/queues").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.hasItems("uusimaa-triage", "uusimaa-permits", "uusimaa-permits-urgent"))
                .body("organisation", org.hamcrest.Matchers.everyItem(equalTo("ely-uusimaa")));
        given().when().get(UUSIMAA_TRIAGE).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theQueueListCountsTheWaitingAndThoseAtRiskOrPastTheirServiceLevel() {
        fi.kohtaamo.routing.domain.Queue queue = WorkFixtures.queue("ely-uusimaa", fi.kohtaamo.routing.domain.Tier.FIRST_LINE, false);
        WorkFixtures.contact(queue, 3, "fi", java.util.Map.of(), 0);
        java.util.UUID atRisk = WorkFixtures.contact(queue, 3, "fi", java.util.Map.of(), 0);
        java.util.UUID breached = WorkFixtures.contact(queue, 3, "fi", java.util.Map.of(), 0);
        java.util.UUID assignedBreached = WorkFixtures.contact(queue, 3, "fi", java.util.Map.of(), 0);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            fi.kohtaamo.routing.domain.Contact.<fi.kohtaamo.routing.domain.Contact>findById(atRisk).slaState =
                    fi.kohtaamo.routing.domain.SlaState.AT_RISK;
            fi.kohtaamo.routing.domain.Contact.<fi.kohtaamo.routing.domain.Contact>findById(breached).slaState =
                    fi.kohtaamo.routing.domain.SlaState.BREACHED;
            fi.kohtaamo.routing.domain.Contact assigned = fi.kohtaamo.routing.domain.Contact.findById(assignedBreached);
            assigned.slaState = fi.kohtaamo.routing.domain.SlaState.BREACHED;
            assigned.status = fi.kohtaamo.routing.domain.ContactStatus.ASSIGNED;
        });
        given().when().get("/api/v1/queues").then().statusCode(200)
                .body("find { it.code == '" + queue.code + "' }.waiting", equalTo(3))
                .body("find { it.code == '" + queue.code + "' }.waitingAtRisk", equalTo(1))
                .body("find { it.code == '" + queue.code + "' }.waitingBreached", equalTo(1));
    }

    @Test
    @TestSecurity(user = "agent-pirkanmaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsQueueIsNotFound() {
        given().when().get(UUSIMAA_TRIAGE).then().statusCode(404).body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anUnknownQueueIs404AndABadLimitIs400() {
        given().when().get("/api/v1/queues/7c1f0a00-0000-4000-8000-0000000000ff/contacts").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("limit", 0).when().get(UUSIMAA_TRIAGE).then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    @TestSecurity(user = "queue-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aSupervisorCreatesAndChangesTheirOrganisationsQueues() {
        String code = "uusimaa-fisheries-" + System.nanoTime() % 100000;
        java.util.Map<String, Object> queue = new java.util.HashMap<>(java.util.Map.of("code", code,
                "nameFi", "Uusimaa: kalatalous", "nameSv", "Nyland: fiskerihushållning", "nameEn", "Uusimaa: fisheries",
                "tier", "EXPERT", "calendarId", "0ca1e0da-0000-4000-8000-000000000001",
                "slaPolicyId", "05a1a000-0000-4000-8000-000000000001", "sharedWith", java.util.List.of("ely-pirkanmaa")));
        String id = given().contentType("application/json").body(queue).when().post("/api/v1/queues")
                .then().statusCode(201).body("tier", equalTo("EXPERT")).body("sharedWith[0]", equalTo("ely-pirkanmaa"))
                .extract().path("id");
        given().contentType("application/json").body(queue).when().post("/api/v1/queues").then().statusCode(409);
        queue.put("tier", "FIRST_LINE");
        queue.put("sharedWith", java.util.List.of());
        given().contentType("application/json").body(queue).when().put("/api/v1/queues/" + id).then().statusCode(428);
        given().contentType("application/json").header("If-Match", "\"0\"").body(queue).when().put("/api/v1/queues/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("tier", equalTo("FIRST_LINE"))
                .body("sharedWith.size()", equalTo(0)).body("version", equalTo(1));
        given().contentType("application/json").header("If-Match", "\"0\"").body(queue).when().put("/api/v1/queues/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().when().get("/api/v1/queues").then().body("find { it.id == '" + id + "' }.version", equalTo(1));
        queue.put("calendarId", "0ca1e0da-0000-4000-8000-000000000002");
        given().contentType("application/json").header("If-Match", "\"1\"").body(queue).when().put("/api/v1/queues/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("calendarId"));
        queue.put("calendarId", "0ca1e0da-0000-4000-8000-000000000001");
        queue.put("slaPolicyId", "05a1a000-0000-4000-8000-000000000002");
        given().contentType("application/json").header("If-Match", "\"1\"").body(queue).when().put("/api/v1/queues/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("slaPolicyId"));
        queue.put("slaPolicyId", "05a1a000-0000-4000-8000-000000000001");
        queue.put("code", "renamed");
        given().contentType("application/json").header("If-Match", "\"1\"").body(queue).when().put("/api/v1/queues/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("code"));
        queue.put("code", code);
        queue.put("nameFi", "x".repeat(100_000));
        given().contentType("application/json").header("If-Match", "\"1\"").body(queue).when().put("/api/v1/queues/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("nameFi"));
        queue.put("nameFi", "Uusimaa: kalatalous");
        queue.put("tier", "SOMEWHERE");
        given().contentType("application/json").header("If-Match", "\"1\"").body(queue).when().put("/api/v1/queues/" + id)
                .then().statusCode(400).contentType("application/problem+json");
        queue.put("tier", "EXPERT");
        given().contentType("application/json").body(java.util.Map.of("code", "Bad Code", "tier", "SOMEWHERE"))
                .when().post("/api/v1/queues").then().statusCode(400);
        // Pirkanmaa's triage queue: another organisation's, not shared with Uusimaa
        given().contentType("application/json").header("If-Match", "\"0\"").body(queue)
                .when().put("/api/v1/queues/7c1f0a00-0000-4000-8000-000000000003").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void agentsDoNotCreateQueues() {
        given().contentType("application/json").body(java.util.Map.of("code", "x-queue", "nameFi", "x", "nameSv", "x",
                "nameEn", "x", "tier", "EXPERT")).when().post("/api/v1/queues").then().statusCode(403);
    }
}
