package fi.kohtaamo.routing;

import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactRead;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Staff search their organisation's contacts, closed ones too, by words stemmed in the contact's
 * language and by the other criteria; another agency's contacts are never found, and every
 * contact a page lists is recorded as read.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class ContactSearchTest {

    @Inject
    AgroalDataSource dataSource;

    /** Words no other test writes, so that the counts below are this test's own. */
    private String marker;
    private Queue uusimaa;
    private UUID permit;
    private UUID closedGrant;
    private UUID swedish;
    private UUID elsewhere;

    @BeforeEach
    void contacts() {
        marker = "zq" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        uusimaa = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        Queue pirkanmaa = WorkFixtures.queue("ely-pirkanmaa", Tier.FIRST_LINE, false);
        permit = contact(uusimaa, "fi", "Haen liittymälupaa maantielle " + marker, ContactStatus.QUEUED, 60);
        closedGrant = contact(uusimaa, "fi", "Kysymys yritystuesta " + marker, ContactStatus.CLOSED, 60 * 24 * 40);
        swedish = contact(uusimaa, "sv", "Jag ansöker om bidrag för företaget " + marker, ContactStatus.RESOLVED, 30);
        elsewhere = contact(pirkanmaa, "fi", "Haen liittymälupaa maantielle " + marker, ContactStatus.QUEUED, 10);
    }

    private static UUID contact(Queue queue, String language, String text, ContactStatus status, int minutesAgo) {
        UUID id = WorkFixtures.contact(queue, 3, language, Map.of(), minutesAgo);
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(id);
            contact.description = text;
            contact.status = status;
            contact.contactName = "Maija Meikäläinen";
        });
        return id;
    }

    private static List<String> ids(io.restassured.response.Response response) {
        return response.then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    @TestSecurity(user = "search-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void wordsFindInflectedFormsInTheContactsLanguageAndNeverAnotherAgencysContact() {
        assertThat(ids(given().queryParam("q", "liittymälupa " + marker).when().get("/api/v1/contacts")))
                .containsExactly(permit.toString());
        assertThat(ids(given().queryParam("q", "företag och bidragen " + marker).when().get("/api/v1/contacts")))
                .containsExactly(swedish.toString());
        assertThat(ids(given().queryParam("q", marker).when().get("/api/v1/contacts")))
                .containsExactlyInAnyOrder(swedish.toString(), permit.toString(), closedGrant.toString());
        given().queryParam("q", marker).when().get("/api/v1/contacts").then()
                .body("total", equalTo(3)).body("items[0].contactName", equalTo("Maija Meikäläinen"))
                .body("items[0].queue.id", equalTo(uusimaa.id.toString()));
    }

    @Test
    @TestSecurity(user = "search-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void criteriaNarrowAndPagesPage() {
        assertThat(ids(given().queryParam("q", marker).queryParam("status", "CLOSED").when().get("/api/v1/contacts")))
                .containsExactly(closedGrant.toString());
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki")).minusDays(1).toString();
        assertThat(ids(given().queryParam("q", marker).queryParam("receivedTo", java.time.LocalDate.now().minusDays(20).toString())
                .when().get("/api/v1/contacts"))).containsExactly(closedGrant.toString());
        assertThat(ids(given().queryParam("q", marker).queryParam("receivedFrom", yesterday).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/contacts"))).hasSize(1);
        given().queryParam("q", marker).queryParam("page", 9).when().get("/api/v1/contacts").then()
                .statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(3));
        String code = WorkFixtures.trackingCode(closedGrant);
        assertThat(ids(given().queryParam("q", code.toLowerCase()).when().get("/api/v1/contacts"))).containsExactly(closedGrant.toString());
        assertThat(ids(given().queryParam("trackingCode", WorkFixtures.trackingCode(elsewhere)).when().get("/api/v1/contacts"))).isEmpty();
    }

    @Test
    @TestSecurity(user = "search-agent-2", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void eachListedContactIsRecordedAsFound() {
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
        ids(given().queryParam("q", marker).queryParam("size", 2).when().get("/api/v1/contacts"));
        long found = QuarkusTransaction.requiringNew().call(() -> ContactRead.count(
                "actor = ?1 and action = ?2 and at >= ?3", "search-agent-2", ContactRead.FOUND, before));
        assertThat(found).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "search-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void badCriteriaAreProblemsNamingTheField() {
        refused(given().queryParam("status", "OPENISH"), "status");
        refused(given().queryParam("channel", "pigeon"), "channel");
        refused(given().queryParam("clientId", "not-a-uuid"), "clientId");
        refused(given().queryParam("receivedFrom", "2026-13-01"), "receivedFrom");
        refused(given().queryParam("receivedFrom", "2026-11-02").queryParam("receivedTo", "2026-11-01"), "receivedTo");
        refused(given().queryParam("trackingCode", "KH-AAAA-AAAA"), "trackingCode");
        refused(given().queryParam("q", "a".repeat(3_000)), "q");
        refused(given().queryParam("size", 1000), "size");
    }

    private static void refused(io.restassured.specification.RequestSpecification request, String field) {
        request.when().get("/api/v1/contacts").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.containsString(field));
    }

    @Test
    @TestSecurity(user = "search-citizen", roles = "citizen")
    void citizensDoNotSearch() {
        given().when().get("/api/v1/contacts").then().statusCode(403);
    }

    /**
     * Every search reads the search index's whole pending list of new entries until it is merged,
     * and every contact taken in or changed adds to it: the list is held small (migration V46).
     */
    @Test
    void theSearchIndexKeepsItsPendingListSmall() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet row = connection.createStatement().executeQuery("select coalesce(array_to_string(c.reloptions, ','), '')"
                     + " from pg_class c join pg_am am on am.oid = c.relam where c.relname = 'contact_search_idx' and am.amname = 'gin'")) {
            assertThat(row.next()).as("the contact search index is a GIN index").isTrue();
            String options = row.getString(1);
            Matcher limit = Pattern.compile("gin_pending_list_limit=(\\d+)").matcher(options);
            boolean small = options.contains("fastupdate=off") || (limit.find() && Integer.parseInt(limit.group(1)) <= 256);
            assertThat(small).as("no pending list, or one of at most 256 kB: %s", options).isTrue();
        }
    }
}
