package fi.kohtaamo.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor's automation rule acts on an agency system's contact, and the agency system sees
 * every version of it in the change feed, in order, through the gateway: the rule raises the
 * priority of a contact whose text has its keyword, and leaves one without the keyword alone.
 */
class AutomationIT {

    @Test
    void aRuleActsOnTheContactsItNamesAndTheFeedShowsEveryVersionInOrder() throws Exception {
        String supervisor = Platform.userToken("supervisor.uusimaa");
        String agency = Platform.agencyToken();
        String keyword = "kiireautomaatio" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toLowerCase(Locale.ROOT);
        String rule = Platform.gateway().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body(Map.of("name", "E2E " + keyword, "triggers", List.of("RECEIVED"),
                        "conditions", Map.of("keywords", List.of(keyword)),
                        "actions", List.of(Map.of("type", "SET_PRIORITY", "priority", 1), Map.of("type", "ADD_TAG", "tag", "e2e"))))
                .when().post("/api/v1/automation-rules").then().statusCode(201).extract().path("id");
        try {
            String cursor = feedEnd(agency);
            String named = submit(agency, "Tarvitsen apua, " + keyword + " koskee tiedonantoa.");
            String other = submit(agency, "Tarvitsen apua tiedonannon kanssa.");

            Map<String, List<Map<String, Object>>> versions = new java.util.HashMap<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && !(hasPriority(versions.get(named), 1) && versions.containsKey(other))) {
                JsonPath page = changes(agency, cursor);
                for (Map<String, Object> change : page.<Map<String, Object>>getList("changes")) {
                    versions.computeIfAbsent((String) change.get("contactId"), id -> new ArrayList<>()).add(change);
                }
                cursor = page.getString("next") == null ? cursor : page.getString("next");
                if (!page.getBoolean("more")) {
                    Thread.sleep(500);
                }
            }
            assertThat(versions.get(named)).as("the named contact's versions in the feed").isNotNull();
            assertThat(hasPriority(versions.get(named), 1)).as("the rule raised its priority to 1").isTrue();
            assertThat(versions.get(other)).as("the other contact's versions in the feed").isNotNull();
            assertThat(versions.get(other)).as("the rule left the contact without its keyword alone")
                    .allSatisfy(change -> assertThat(change.get("priority")).isNotEqualTo(1));
            for (List<Map<String, Object>> changes : versions.values()) {
                List<Integer> numbers = changes.stream().map(change -> (Integer) change.get("version")).toList();
                assertThat(numbers).as("each version once, in order").isSorted().doesNotHaveDuplicates();
            }
        } finally {
            String etag = Platform.gateway().auth().oauth2(supervisor).when().get("/api/v1/automation-rules/" + rule)
                    .then().statusCode(200).extract().header("ETag");
            Platform.gateway().auth().oauth2(supervisor).header("If-Match", etag)
                    .when().delete("/api/v1/automation-rules/" + rule).then().statusCode(204);
        }
    }

    private static boolean hasPriority(List<Map<String, Object>> changes, int priority) {
        return changes != null && changes.stream().anyMatch(change -> Integer.valueOf(priority).equals(change.get("priority")));
    }

    /** The feed's cursor after every change there is now. */
    private static String feedEnd(String agency) {
        String cursor = null;
        while (true) {
            JsonPath page = changes(agency, cursor);
            cursor = page.getString("next") == null ? cursor : page.getString("next");
            if (!page.getBoolean("more")) {
                return cursor;
            }
        }
    }

    /** A page of the change feed after the cursor (null: from the start). */
    private static JsonPath changes(String agency, String cursor) {
        var request = Platform.gateway().auth().oauth2(agency).queryParam("limit", 500);
        return (cursor == null ? request : request.queryParam("after", cursor))
                .when().get("/api/v1/contacts/changes").then().statusCode(200).extract().jsonPath();
    }

    private static String submit(String agency, String description) {
        return Platform.gateway().auth().oauth2(agency).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("language", "fi", "description", description))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    }
}
