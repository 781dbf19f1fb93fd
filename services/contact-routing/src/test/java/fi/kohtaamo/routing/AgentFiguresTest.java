package fi.kohtaamo.routing;

import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.ResolutionCode;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The supervisor's per-agent figures for a period: resolutions, handling time, first-contact resolution, attainment. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class AgentFiguresTest {

    private static UUID resolved(Queue queue, String agent, int handledMinutes, boolean breached, boolean transferred) {
        UUID id = WorkFixtures.contact(queue, 3, "fi", Map.of(), 120);
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(id);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            contact.status = ContactStatus.RESOLVED;
            contact.assignedTo = agent;
            contact.assignedAt = now.minus(handledMinutes, ChronoUnit.MINUTES);
            contact.resolvedAt = now;
            contact.resolutionCode = ResolutionCode.ANSWERED;
            contact.resolutionBreached = breached;
            if (transferred) {
                ContactEntry entry = new ContactEntry();
                entry.contactId = id;
                entry.at = now;
                entry.kind = ContactEntry.Kind.TRANSFERRED;
                entry.actorKind = ContactEntry.ActorKind.STAFF;
                entry.persist();
            }
        });
        return id;
    }

    @Test
    @TestSecurity(user = "figures-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-figures"))
    void eachAgentOfTheOrganisationWithTheirResolutionsOfThePeriod() {
        Queue queue = WorkFixtures.queue("ely-figures", Tier.FIRST_LINE, true);
        Queue elsewhere = WorkFixtures.queue("ely-other-figures", Tier.FIRST_LINE, true);
        WorkFixtures.agent("fig-agent", "ely-figures", false, Map.of(), List.of("fi"), 3, Set.of(queue.id));
        WorkFixtures.agent("fig-idle", "ely-figures", false, Map.of(), List.of("fi"), 3, Set.of(queue.id));
        WorkFixtures.agent("fig-stranger", "ely-other-figures", false, Map.of(), List.of("fi"), 3, Set.of(elsewhere.id));
        resolved(queue, "fig-agent", 20, false, false);
        resolved(queue, "fig-agent", 40, true, false);
        resolved(queue, "fig-agent", 30, false, true);
        resolved(elsewhere, "fig-stranger", 10, false, false);
        String today = LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();

        given().queryParam("from", today).queryParam("to", today).when().get("/api/v1/supervision/agents").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("find { it.subject == 'fig-agent' }.resolved", equalTo(3))
                .body("find { it.subject == 'fig-agent' }.averageHandlingMinutes", equalTo(30.0f))
                .body("find { it.subject == 'fig-agent' }.firstContactResolution", equalTo(0.667f))
                .body("find { it.subject == 'fig-agent' }.serviceLevelAttainment", equalTo(0.667f))
                .body("find { it.subject == 'fig-idle' }.resolved", equalTo(0))
                .body("find { it.subject == 'fig-idle' }.firstContactResolution", nullValue());
        String yesterday = LocalDate.now(ZoneId.of("Europe/Helsinki")).minusDays(1).toString();
        given().queryParam("from", yesterday).queryParam("to", yesterday).when().get("/api/v1/supervision/agents").then()
                .statusCode(200).body("find { it.subject == 'fig-agent' }.resolved", equalTo(0));
    }

    @Test
    @TestSecurity(user = "figures-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-figures"))
    void aBadPeriodIsAProblemNamingTheField() {
        given().queryParam("from", "2026-02-30").when().get("/api/v1/supervision/agents").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        given().queryParam("from", "2026-11-02").queryParam("to", "2026-11-01").when().get("/api/v1/supervision/agents")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().queryParam("from", "2024-01-01").queryParam("to", "2026-01-01").when().get("/api/v1/supervision/agents")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
    }

    @Test
    @TestSecurity(user = "figures-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-figures"))
    void agentsDoNotSeeTheirColleaguesFigures() {
        given().when().get("/api/v1/supervision/agents").then().statusCode(403);
    }
}
