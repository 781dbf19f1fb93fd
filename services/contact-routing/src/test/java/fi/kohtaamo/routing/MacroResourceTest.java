package fi.kohtaamo.routing;

import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
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

import static fi.kohtaamo.routing.AutomationRuleResourceTest.action;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Macros: kept by supervisors, applied by the agent holding a contact at the version they saw. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class MacroResourceTest {

    static final String PATH = "/api/v1/macros";

    @Test
    @TestSecurity(user = "macro-agent", roles = {"agent", "supervisor"})
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-macro-a"))
    void anAgentAppliesAMacroAtTheContactsVersion() {
        Queue queue = WorkFixtures.queue("ely-macro-a", Tier.FIRST_LINE, false);
        WorkFixtures.agent("macro-agent", "ely-macro-a", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        UUID template = AutomationRuleResourceTest.template("ely-macro-a", "Hei {client_name}, kertoisitko lupanumeron? {agent}");
        Map<String, Object> askPermit = Map.of("name", "Kysy lupanumero", "actions", List.of(
                action("ASK_CLIENT_TEMPLATE", "templateId", template.toString()), action("ADD_TAG", "tag", "lupanumero")));
        String macro = given().contentType(ContentType.JSON).body(askPermit).when().post(PATH).then().statusCode(201)
                .header("ETag", "\"1\"").extract().path("id");
        given().contentType(ContentType.JSON).body(askPermit).when().post(PATH).then().statusCode(409);
        given().when().get(PATH).then().statusCode(200).body("id", hasItem(macro));

        UUID contactId = WorkFixtures.contact(queue, 3, "fi", Map.of(), 5);
        String apply = "/api/v1/contacts/" + contactId + "/macros/" + macro;
        given().when().post(apply).then().statusCode(428);
        int version = given().when().post("/api/v1/contacts/" + contactId + "/take").then().statusCode(200).extract().path("version");
        given().header("If-Match", "\"" + (version - 1) + "\"").when().post(apply).then().statusCode(412);
        given().header("If-Match", "\"" + version + "\"").when().post(apply).then().statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"").body("status", equalTo("WAITING_FOR_CLIENT"))
                .body("tags", contains("lupanumero")).body("version", equalTo(version + 1));

        List<ContactEntry> lines = AutomationRuleResourceTest.history(contactId).stream()
                .filter(entry -> macro.equals(entry.details.get("macroId"))).toList();
        assertThat(lines).extracting(entry -> entry.kind)
                .containsExactly(ContactEntry.Kind.INFORMATION_REQUESTED, ContactEntry.Kind.TAGGED);
        assertThat(lines).allSatisfy(entry -> {
            assertThat(entry.actor).isEqualTo("macro-agent");
            assertThat(entry.details).containsEntry("macro", "Kysy lupanumero").containsEntry("macroVersion", 1);
        });
        assertThat(lines.getFirst().body).isEqualTo("Hei , kertoisitko lupanumeron? macro-agent");
        assertThat(lines.getFirst().visibleToClient).isTrue();

        // a changed macro is a new version; the next one applied names it
        given().contentType(ContentType.JSON).body(askPermit).when().put(PATH + "/" + macro).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(askPermit).when().put(PATH + "/" + macro)
                .then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("name", "Kysy lupanumero", "actions", List.of(action("SET_PRIORITY", "priority", 2))))
                .when().put(PATH + "/" + macro).then().statusCode(200).header("ETag", "\"2\"");
        given().header("If-Match", "\"2\"").when().delete(PATH + "/" + macro).then().statusCode(204);
        given().header("If-Match", "\"" + (version + 1) + "\"").when().post(apply).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "macro-supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-macro-a"))
    void badMacrosAreProblemsNamingTheField() {
        refused(Map.of("name", "", "actions", List.of(action("ADD_TAG", "tag", "a"))), "name");
        refused(Map.of("name", "x".repeat(100_000), "actions", List.of(action("ADD_TAG", "tag", "a"))), "name");
        refused(Map.of("name", "a\u0000b", "actions", List.of(action("ADD_TAG", "tag", "a"))), "name");
        refused(Map.of("name", "m", "actions", "ADD_TAG"), "actions");
        refused(Map.of("name", "m", "actions", List.of(action("ADD_TAG", "tag", "x".repeat(100_000)))), "actions[0].tag");
        refused(Map.of("name", "m", "actions", List.of(action("ASK_CLIENT_TEMPLATE", "templateId", "not-a-uuid"))), "actions[0].templateId");
        refused(Map.of("name", "m", "actions", List.of(action("ASK_CLIENT_TEMPLATE", "templateId", UUID.randomUUID().toString()))),
                "actions[0].templateId");
    }

    private static void refused(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    @Test
    @TestSecurity(user = "macro-agent-b", roles = {"agent", "supervisor"})
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-macro-b"))
    void anotherOrganisationsMacroIsNotFound() {
        Queue queue = WorkFixtures.queue("ely-macro-b", Tier.FIRST_LINE, false);
        WorkFixtures.agent("macro-agent-b", "ely-macro-b", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        String theirs = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            var macro = new fi.kohtaamo.routing.domain.Macro();
            macro.id = UUID.randomUUID();
            macro.organisation = "ely-macro-a";
            macro.name = "theirs-" + macro.id;
            macro.actions = new java.util.ArrayList<>(List.of(new fi.kohtaamo.routing.automation.AutomationAction(
                    fi.kohtaamo.routing.automation.AutomationAction.Type.ADD_TAG, null, "x", null, null, null, null)));
            macro.version = 1;
            macro.updatedBy = "test";
            macro.updatedAt = java.time.Instant.now();
            macro.persist();
            return macro.id.toString();
        });
        given().when().get(PATH + "/" + theirs).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("name", "mine", "actions", List.of(action("ADD_TAG", "tag", "a"))))
                .when().put(PATH + "/" + theirs).then().statusCode(404);
        given().header("If-Match", "\"1\"").when().delete(PATH + "/" + theirs).then().statusCode(404);
        given().when().get(PATH).then().statusCode(200).body("id", not(hasItem(theirs)));
        UUID contactId = WorkFixtures.contact(queue, 3, "fi", Map.of(), 5);
        int version = given().when().post("/api/v1/contacts/" + contactId + "/take").then().statusCode(200).extract().path("version");
        given().header("If-Match", "\"" + version + "\"").when().post("/api/v1/contacts/" + contactId + "/macros/" + theirs)
                .then().statusCode(404);
    }
}
