package fi.kohtaamo.routing;

import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

/** The supervisor's queue figures and agent settings. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class SupervisionTest {

    @Test
    @TestSecurity(user = "watch-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void queueFiguresCountByStatusServiceLevelAndAgents() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        WorkFixtures.agent("watch-agent", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        UUID oldest = WorkFixtures.contact(queue, 3, "fi", Map.of(), 90);
        WorkFixtures.contact(queue, 3, "fi", Map.of(), 10);
        UUID assigned = WorkFixtures.contact(queue, 3, "fi", Map.of(), 5);
        UUID breached = WorkFixtures.contact(queue, 3, "fi", Map.of(), 1);
        QuarkusTransaction.requiringNew().run(() -> {
            fi.kohtaamo.routing.domain.Contact.update("status = 'ASSIGNED', assignedTo = 'watch-agent' where id = ?1", assigned);
            fi.kohtaamo.routing.domain.Contact.update("slaState = 'BREACHED' where id = ?1", breached);
        });
        String path = "find { it.code == '" + queue.code + "' }";
        given().when().get("/api/v1/supervision/queues").then().statusCode(200)
                .body(path + ".queued", equalTo(3)).body(path + ".assigned", equalTo(1))
                .body(path + ".breached", equalTo(1)).body(path + ".atRisk", equalTo(0))
                .body(path + ".agentsAvailable", equalTo(1)).body(path + ".agentsMembers", equalTo(1))
                .body(path + ".oldestQueuedSince", notNullValue())
                .body("organisation", everyItem(equalTo("ely-uusimaa")));
        given().when().get("/api/v1/agents").then().statusCode(200)
                .body("find { it.subject == 'watch-agent' }.assigned", equalTo(1))
                .body("organisation", everyItem(equalTo("ely-uusimaa")));
        org.assertj.core.api.Assertions.assertThat(WorkFixtures.reload(oldest).status.name()).isEqualTo("QUEUED");
    }

    @Test
    @TestSecurity(user = "set-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aSupervisorSetsSkillsLanguagesCapacityAndQueuesOfTheirOwnAgentsOnly() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.EXPERT, false);
        WorkFixtures.agent("set-agent", "ely-uusimaa", false, Map.of(), List.of("fi"), 3, Set.of());
        WorkFixtures.agent("set-agent-p", "ely-pirkanmaa", false, Map.of(), List.of("fi"), 3, Set.of());
        given().contentType(ContentType.JSON).body(Map.of("capacity", 2))
                .when().put("/api/v1/agents/set-agent").then().statusCode(428);
        int version = given().when().get("/api/v1/agents").then().statusCode(200)
                .extract().path("find { it.subject == 'set-agent' }.version");
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("skills", Map.of("permits", 3), "languages", List.of("fi", "sv"), "capacity", 6,
                        "queueIds", List.of(queue.id.toString())))
                .when().put("/api/v1/agents/set-agent").then().statusCode(200).header("ETag", "\"" + (version + 1) + "\"")
                .body("skills.permits", equalTo(3)).body("capacity", equalTo(6)).body("languages", equalTo(List.of("fi", "sv")))
                .body("queueIds[0]", equalTo(queue.id.toString())).body("version", equalTo(version + 1));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(Map.of("capacity", 2))
                .when().put("/api/v1/agents/set-agent").then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"" + (version + 1) + "\"").body(Map.of("capacity", 2))
                .when().put("/api/v1/agents/set-agent").then().statusCode(200).body("skills.permits", equalTo(3));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + (version + 2) + "\"")
                .body(Map.of("skills", Map.of("permits", 9), "languages", List.of("de"), "capacity", 0))
                .when().put("/api/v1/agents/set-agent").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("capacity", "languages[0]"));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + (version + 2) + "\"")
                .body(Map.of("queueIds", List.of("7c1f0a00-0000-4000-8000-000000000004")))
                .when().put("/api/v1/agents/set-agent").then().statusCode(400).body("violations[0].field", equalTo("queueIds"));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + (version + 2) + "\"").body(Map.of("capacity", "many"))
                .when().put("/api/v1/agents/set-agent").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("capacity", 2))
                .when().put("/api/v1/agents/set-agent-p").then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("capacity", 2))
                .when().put("/api/v1/agents/nobody").then().statusCode(404);
        given().when().get("/api/v1/agents").then().statusCode(200)
                .body("subject", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("set-agent-p")));
    }

    @Test
    @TestSecurity(user = "watch-agent-2", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void agentsDoNotSupervise() {
        given().when().get("/api/v1/supervision/queues").then().statusCode(403);
        given().when().get("/api/v1/agents").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("capacity", 2)).when().put("/api/v1/agents/watch-agent-2")
                .then().statusCode(403);
    }
}
