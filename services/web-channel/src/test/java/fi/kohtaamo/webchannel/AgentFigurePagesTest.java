package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The supervisor's per-agent figures: a period (the last 30 days by default), a table and the same figures as CSV. */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class AgentFigurePagesTest {

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void theLastThirtyDaysByDefaultWithSharesAsPercentages() {
        DomainServiceStubs.AGENT_FIGURE_PERIODS.clear();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        given().queryParam("lang", "en").when().get("/supervise/agents").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>Agents&#39; figures</h1>"))
                .body(containsString("<tr><th scope=\"row\">agent.uusimaa</th><td>12</td><td>34.5</td><td>75 %</td><td>92 %</td></tr>"))
                .body(containsString("<td>0</td><td>–</td><td>–</td><td>–</td>"))
                .body(containsString("href=\"/supervise/agents/csv?from=" + today.minusDays(29) + "&amp;to=" + today + "\""));
        assertThat(DomainServiceStubs.AGENT_FIGURE_PERIODS).containsExactly(today.minusDays(29) + ".." + today);
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void theCsvHoldsTheSameFiguresAndDefusesFormulas() {
        String csv = given().queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").when().get("/supervise/agents/csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"agents-2026-11-01-2026-11-30.csv\""))
                .extract().asString();
        assertThat(csv.split("\r\n")).containsExactly(
                "agent,resolved,average_handling_minutes,first_contact_resolution,service_level_attainment",
                "agent.uusimaa,12,34.5,0.75,0.917",
                "\"'=HYPERLINK(\"\"x\"\")\",0,0.0,,");
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void aBadPeriodIsShownBesideItsField() {
        DomainServiceStubs.AGENT_FIGURE_PERIODS.clear();
        given().queryParam("lang", "fi").queryParam("from", "2026-11-31").when().get("/supervise/agents").then().statusCode(400)
                .body(containsString("<a href=\"#from\">Anna päivämäärä muodossa VVVV-KK-PP.</a>"));
        given().queryParam("from", "x").when().get("/supervise/agents/csv").then().statusCode(400);
        assertThat(DomainServiceStubs.AGENT_FIGURE_PERIODS).isEmpty();
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void agentsDoNotGetIt() {
        given().when().get("/supervise/agents").then().statusCode(403);
        given().when().get("/supervise/agents/csv").then().statusCode(403);
    }
}
