package fi.kohtaamo.routing;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Supervisors manage their organisation's mailboxes; passwords are secrets named, never shown. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class MailboxResourceTest {

    private static final String UUSIMAA_TRIAGE = "7c1f0a00-0000-4000-8000-000000000001";

    static Map<String, Object> body(String address) {
        Map<String, Object> body = new HashMap<>();
        body.put("address", address);
        body.put("queueId", UUSIMAA_TRIAGE);
        body.put("language", "sv");
        body.put("host", "imap.ely.example");
        body.put("port", 993);
        body.put("security", "TLS");
        body.put("username", "kirjaamo");
        body.put("passwordSecret", "test-mailbox");
        return body;
    }

    static String address() {
        return "kirjaamo-" + UUID.randomUUID().toString().substring(0, 8) + "@ely.example";
    }

    @Test
    @TestSecurity(user = "supervisor-uusimaa", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aSupervisorAddsChangesAndRemovesAMailboxWithIfMatch() {
        Response created = given().contentType(ContentType.JSON).body(body(address())).when().post("/api/v1/mailboxes")
                .then().statusCode(201).header("ETag", containsString("1"))
                .body("passwordSecret", equalTo("test-mailbox"))
                .body("passwordConfigured", equalTo(true))
                .body("folder", equalTo("INBOX"))
                .body("enabled", equalTo(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")))
                .extract().response();
        assertNoPassword(created.asString());
        String id = created.path("id");
        given().when().get("/api/v1/mailboxes").then().statusCode(200).body("id", hasItem(id));

        Map<String, Object> changed = body(created.path("address"));
        changed.put("passwordSecret", "not-configured");
        changed.put("enabled", false);
        given().contentType(ContentType.JSON).body(changed).when().put("/api/v1/mailboxes/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed).when().put("/api/v1/mailboxes/" + id)
                .then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed).when().put("/api/v1/mailboxes/" + id)
                .then().statusCode(200).header("ETag", containsString("2"))
                .body("passwordConfigured", equalTo(false)).body("enabled", equalTo(false));

        given().header("If-Match", "\"1\"").when().delete("/api/v1/mailboxes/" + id).then().statusCode(412);
        given().header("If-Match", "\"2\"").when().delete("/api/v1/mailboxes/" + id).then().statusCode(204);
        given().when().get("/api/v1/mailboxes/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "supervisor-uusimaa", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void badFieldsAreNamedAndATakenAddressIsAConflict() {
        Map<String, Object> bad = body("not an address");
        bad.put("port", 0);
        bad.put("security", "SSL");
        bad.put("passwordSecret", "Has Spaces");
        bad.put("language", "de");
        given().contentType(ContentType.JSON).body(bad).when().post("/api/v1/mailboxes").then().statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("address")).body(containsString("port")).body(containsString("security"))
                .body(containsString("passwordSecret")).body(containsString("language"));

        Map<String, Object> plainText = body(address());
        plainText.put("security", "NONE");
        given().contentType(ContentType.JSON).body(plainText).when().post("/api/v1/mailboxes").then().statusCode(400)
                .body(containsString("security"));

        Map<String, Object> foreignQueue = body(address());
        foreignQueue.put("queueId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(foreignQueue).when().post("/api/v1/mailboxes").then().statusCode(400)
                .body(containsString("queueId"));

        String address = address();
        given().contentType(ContentType.JSON).body(body(address)).when().post("/api/v1/mailboxes").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body(address.toUpperCase())).when().post("/api/v1/mailboxes").then()
                .statusCode(409);
    }

    @Test
    @TestSecurity(user = "supervisor-pirkanmaa", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsMailboxIsNotFound() {
        UUID uusimaas = uusimaaMailbox();
        given().when().get("/api/v1/mailboxes/" + uusimaas).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body(address()))
                .when().put("/api/v1/mailboxes/" + uusimaas).then().statusCode(404);
        given().header("If-Match", "\"1\"").when().delete("/api/v1/mailboxes/" + uusimaas).then().statusCode(404);
        given().when().post("/api/v1/mailboxes/" + uusimaas + "/read").then().statusCode(404);
        given().when().get("/api/v1/mailboxes").then().statusCode(200).body("id", not(hasItem(uusimaas.toString())));
    }

    @Test
    @TestSecurity(user = "supervisor-uusimaa", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void onlyMailServersOperationsAllowAreReachable() {
        for (String host : List.of("169.254.169.254", "metadata.google.internal", "postgres", "evil.example",
                "ely.example.evil.example", "localhost")) {
            Map<String, Object> probe = body(address());
            probe.put("host", host);
            given().contentType(ContentType.JSON).body(probe).when().post("/api/v1/mailboxes").then().statusCode(400)
                    .contentType("application/problem+json").body(containsString("host"));
        }
        Map<String, Object> allowed = body(address());
        allowed.put("host", "imap.mail.ely.example.");
        given().contentType(ContentType.JSON).body(allowed).when().post("/api/v1/mailboxes").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "supervisor-pirkanmaa", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsSecretAndAddressAreNotItsBusiness() {
        // Uusimaa's secret name, used by Pirkanmaa: it names nothing of Pirkanmaa's.
        String uusimaas = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> fi.kohtaamo.routing.domain.Mailbox.<fi.kohtaamo.routing.domain.Mailbox>findById(uusimaaMailbox()).address);
        Map<String, Object> own = body(address());
        own.put("queueId", null);
        given().contentType(ContentType.JSON).body(own).when().post("/api/v1/mailboxes").then().statusCode(201)
                .body("passwordSecret", equalTo("test-mailbox")).body("passwordConfigured", equalTo(false));
        // Uusimaa reads that address: Pirkanmaa is neither blocked nor told.
        Map<String, Object> same = body(uusimaas);
        same.put("queueId", null);
        given().contentType(ContentType.JSON).body(same).when().post("/api/v1/mailboxes").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anAgentIsForbiddenAndWithoutATokenIs401() {
        given().when().get("/api/v1/mailboxes").then().statusCode(403);
    }

    @Test
    void withoutATokenIs401() {
        given().when().get("/api/v1/mailboxes").then().statusCode(401);
    }

    private static UUID uusimaaMailbox() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            fi.kohtaamo.routing.domain.Mailbox mailbox = new fi.kohtaamo.routing.domain.Mailbox();
            mailbox.id = UUID.randomUUID();
            mailbox.organisation = "ely-uusimaa";
            mailbox.address = address();
            mailbox.language = "fi";
            mailbox.host = "imap.ely.example";
            mailbox.port = 993;
            mailbox.security = fi.kohtaamo.routing.domain.Mailbox.Security.TLS;
            mailbox.username = "kirjaamo";
            mailbox.passwordSecret = "test-mailbox";
            mailbox.folder = "INBOX";
            mailbox.enabled = false;
            mailbox.version = 1;
            mailbox.updatedBy = "test";
            mailbox.updatedAt = java.time.Instant.now();
            mailbox.persist();
            return mailbox.id;
        });
    }

    private static void assertNoPassword(String json) {
        org.assertj.core.api.Assertions.assertThat(json).doesNotContain("greenmail-test-password");
    }
}
