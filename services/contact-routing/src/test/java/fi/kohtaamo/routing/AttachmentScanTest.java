package fi.kohtaamo.routing;

import fi.kohtaamo.routing.attachment.AttachmentFiles;
import fi.kohtaamo.routing.service.AttachmentScanning;
import fi.kohtaamo.testsupport.ClamdServer;
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
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Malware scanning with a real clamd and a signature database of our own (the EICAR file's hash):
 * a clean file becomes available once scanned; the EICAR file is listed as INFECTED with clamd's
 * finding and never handed out; with clamd down a file waits, unavailable, and is scanned later.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
@QuarkusTestResource(value = ClamdTestResource.class, restrictToAnnotatedClass = true)
class AttachmentScanTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AttachmentScanning scanning;

    @BeforeEach
    void needsClamd() throws Exception {
        Assumptions.assumeTrue(ClamdServer.installed(),
                "clamd is not installed (apt-get install clamav-daemon; .ci/run installs it): scanning is not tested");
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
    }

    @AfterEach
    void clamdRuns() {
        if (ClamdTestResource.clamd() != null) {
            ClamdTestResource.clamd().startAgain(); // after the test that stops it, whatever happened
        }
    }

    @Test
    @TestSecurity(user = "scan-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aCleanFileIsAvailableAndAnInfectedOneIsKeptOutWithTheFinding() {
        String contactId = AttachmentResourceTest.contact().path("id");
        String path = "/api/v1/contacts/" + contactId + "/attachments";

        String clean = AttachmentResourceTest.file("päätös.pdf", AttachmentFiles.pdf()).post(path)
                .then().statusCode(201).body("scanState", equalTo("CLEAN")).body("available", equalTo(true))
                .extract().path("id");
        given().get(path + "/" + clean).then().statusCode(200);

        String infected = AttachmentResourceTest.file("eicar.txt", AttachmentFiles.eicar()).post(path)
                .then().statusCode(201)
                .body("scanState", equalTo("INFECTED"))
                .body("scanReason", equalTo(ClamdServer.SIGNATURE + ".UNOFFICIAL"))
                .body("available", equalTo(false))
                .extract().path("id");
        given().get(path).then().statusCode(200)
                .body("find { it.id == '" + infected + "' }.scanState", equalTo("INFECTED"))
                .body("find { it.id == '" + infected + "' }.scanReason", equalTo(ClamdServer.SIGNATURE + ".UNOFFICIAL"))
                .body("find { it.id == '" + clean + "' }.available", equalTo(true));
        given().get(path + "/" + infected).then().statusCode(409).contentType("application/problem+json")
                .body("scanState", equalTo("INFECTED"));
    }

    @Test
    void theClientsInfectedFileIsNotHandedBack() {
        ExtractableResponse<Response> created = AttachmentResourceTest.contact();
        String infected = given().multiPart("trackingCode", (String) created.path("trackingCode"))
                .multiPart("accessSecret", (String) created.path("accessSecret"))
                .multiPart("file", "eicar.com", AttachmentFiles.eicar(), "application/octet-stream")
                .post("/api/v1/contacts/lookup/attachments")
                .then().statusCode(201).body("scanState", equalTo("INFECTED")).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("trackingCode", created.path("trackingCode"), "accessSecret", created.path("accessSecret")))
                .post("/api/v1/contacts/lookup/attachments/{a}", infected)
                .then().statusCode(409).body("scanState", equalTo("INFECTED"));
    }

    @Test
    @TestSecurity(user = "scan-agent-down", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void withClamdDownAFileWaitsUnavailableAndIsScannedWhenItIsBack() throws Exception {
        String contactId = AttachmentResourceTest.contact().path("id");
        String path = "/api/v1/contacts/" + contactId + "/attachments";
        ClamdServer clamd = ClamdTestResource.clamd();
        clamd.stop();
        String waiting = AttachmentResourceTest.file("hakemus.pdf", AttachmentFiles.pdf()).post(path)
                .then().statusCode(201).body("scanState", equalTo("PENDING")).body("available", equalTo(false))
                .extract().path("id");
        given().get(path + "/" + waiting).then().statusCode(409).body("scanState", equalTo("PENDING"));
        assertThat(scanning.scanPending()).as("clamd is down: nothing scanned").isZero();

        clamd.startAgain();
        assertThat(scanning.scanPending()).isGreaterThanOrEqualTo(1);
        given().get(path + "/" + waiting).then().statusCode(200);
    }
}
