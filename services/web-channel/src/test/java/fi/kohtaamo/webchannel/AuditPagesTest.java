package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;

/** The auditor's audit log: the registry's entries with filters, the same entries as CSV, and only for auditors. */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class AuditPagesTest {

    private static final String CLIENT = AuditStubs.READ_CLIENT;

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void anAuditorSeesTheEntriesNewestFirstWithTheirCount() {
        AuditStubs.QUERIES.clear();
        given().queryParam("lang", "en").when().get("/audit").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>Client registry audit log</h1>"))
                .body(containsString("<a href=\"/audit\">Audit log</a>"))
                .body(containsString("<h2 id=\"entries-heading\">2 entries</h2>"))
                .body(containsString("<tr><td>27.11.2026 12:15</td><td>agent.uusimaa (agent)</td><td>ely-uusimaa</td>"
                        + "<td>Revealed the identity code</td><td>=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;)</td>"
                        + "<td><a href=\"/audit?clientId=" + CLIENT + "\">" + CLIENT + "</a></td><td>" + AuditStubs.CONTACT + "</td></tr>"))
                .body(stringContainsInOrder("Revealed the identity code", "Read the record"))
                .body(containsString("<a href=\"/audit/export\" download>Download these entries as a CSV file</a>"));
        // No filters: the registry's own default period (the last 30 days).
        assertThat(AuditStubs.QUERIES).containsExactly("");
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void theFiltersReachTheRegistryAsWholeHelsinkiDays() {
        AuditStubs.QUERIES.clear();
        given().queryParam("lang", "sv").queryParam("clientId", CLIENT).queryParam("actor", " agent.uusimaa ")
                .queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").when().get("/audit").then().statusCode(200)
                .body(containsString("<h1>Klientregistrets loggdata</h1>"))
                .body(containsString("value=\"" + CLIENT + "\""))
                .body(containsString("value=\"agent.uusimaa\""))
                .body(containsString("href=\"/audit/export?clientId=" + CLIENT
                        + "&amp;actor=agent.uusimaa&amp;from=2026-11-01&amp;to=2026-11-30\""));
        assertThat(AuditStubs.QUERIES).singleElement().satisfies(query -> assertThat(URLDecoder.decode(query, StandardCharsets.UTF_8))
                .contains("clientId=" + CLIENT).contains("actor=agent.uusimaa")
                // 1.11. 00:00 and 1.12. 00:00 in Helsinki (UTC+2): the last day is included whole
                .contains("from=2026-10-31T22:00:00Z").contains("to=2026-11-30T22:00:00Z"));
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void badFiltersAreRefusedBesideTheirFieldsAndNotAsked() {
        AuditStubs.QUERIES.clear();
        given().queryParam("lang", "fi").queryParam("clientId", "not-an-id").queryParam("from", "2026-11-31")
                .when().get("/audit").then().statusCode(400)
                .body(containsString("<a href=\"#clientId\">Anna asiakkaan tunniste muodossa"))
                .body(containsString("<a href=\"#from\">Anna päivämäärä muodossa VVVV-KK-PP.</a>"))
                .body(containsString("<p class=\"error\" id=\"from-error\">Anna päivämäärä muodossa VVVV-KK-PP.</p>"))
                .body(containsString("aria-describedby=\"from-hint from-error\" aria-invalid=\"true\""))
                .body(containsString("aria-describedby=\"clientId-hint clientId-error\" aria-invalid=\"true\""))
                .body(containsString("value=\"not-an-id\""))
                .body(not(containsString("id=\"audit-entries\"")));
        given().queryParam("lang", "en").queryParam("from", "2026-11-30").queryParam("to", "2026-11-01")
                .when().get("/audit").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"to-error\">The end date cannot be before the start date.</p>"));
        given().queryParam("from", "x").when().get("/audit/export").then().statusCode(400);
        assertThat(AuditStubs.QUERIES).isEmpty();
    }

    @Test
    @TestSecurity(user = "auditor-2", roles = "platform-auditor")
    void theCsvHoldsTheSameEntriesWithFormulasDefused() {
        AuditStubs.QUERIES.clear();
        String csv = given().queryParam("actor", "agent.uusimaa").when().get("/audit/export")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"audit-log.csv\""))
                .header("Cache-Control", "no-store")
                .extract().asString();
        assertThat(csv.split("\r\n")).containsExactly(
                "at,actor,organisation,roles,action,purpose,client_id,contact_id",
                "2026-11-27T10:15:00Z,agent.uusimaa,ely-uusimaa,agent,REVEAL_IDENTITY_CODE,"
                        + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"," + CLIENT + "," + AuditStubs.CONTACT,
                "2026-11-27T09:00:00Z,agent.uusimaa,ely-uusimaa,agent,READ,Handling contact KH-AUD1-T222," + CLIENT + ","
                        + AuditStubs.CONTACT);
        assertThat(AuditStubs.QUERIES).singleElement().asString().contains("actor=agent.uusimaa");
    }

    @Test
    @TestSecurity(user = "agent-1", roles = {"agent", "supervisor", "registry-admin"})
    void othersDoNotGetItNorTheLink() {
        AuditStubs.QUERIES.clear();
        given().header("Accept-Language", "en").when().get("/audit").then().statusCode(403)
                .body(containsString("No access")).body(not(containsString("href=\"/audit\"")));
        given().when().get("/audit/export").then().statusCode(403);
        assertThat(AuditStubs.QUERIES).isEmpty();
    }

    @Test
    void withoutSigningInItAsksToSignIn() {
        given().redirects().follow(false).when().get("/audit").then().statusCode(303)
                .header("Location", "/login?redirect=/audit");
    }
}
