package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;

/** "My data": a signed-in citizen's own record and who has read it, in the registry and in contact routing. */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class MyDataPagesTest {

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCitizenSeesTheirRecordAndWhoReadIt() {
        given().queryParam("lang", "en").when().get("/my-data").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>My data</h1>"))
                .body(containsString("<dd>Maija Meikäläinen</dd>"))
                .body(containsString("<dd>maija@example.org</dd>"))
                .body(containsString("<td>ely-uusimaa (agent)</td>"))
                .body(containsString("<td>Handling contact KH-MY22-CASE</td>"))
                // contact routing's reads of the citizen's contacts, in the same list, newest first
                .body(containsString("<td>ely-pirkanmaa (expert)</td><td>Opened your contact</td>"
                        + "<td>Handling your contact KH-MY33-OPEN</td>"))
                .body(containsString("<td>ely-uusimaa (agent)</td><td>Took your contact for handling</td>"))
                .body(containsString("<td>ely-uusimaa (agent)</td><td>Downloaded a file attached to your contact</td>"))
                .body(stringContainsInOrder("Opened your contact", "Took your contact", "Downloaded a file", "KH-MY22-CASE"))
                .body(containsString("<a href=\"/my-data\">My data</a>"));
    }

    @Test
    void withoutSigningInItAsksToSignIn() {
        given().redirects().follow(false).when().get("/my-data").then().statusCode(303)
                .header("Location", "/login?redirect=/my-data");
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void staffHaveNoMyDataPage() {
        given().header("Accept-Language", "en").when().get("/my-data").then().statusCode(403);
    }
}
