package fi.kohtaamo.routing;

import fi.kohtaamo.routing.domain.ClientNotice;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.service.ClientNotices;
import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Receipts on the web channel, and a lost tracking code recovered by e-mail: through the API, a
 * real PostgreSQL and a real SMTP server.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
@QuarkusTestResource(GreenMailResource.class)
class TrackingRecoveryTest {

    private static final Pattern NEW_SECRET = Pattern.compile("(?:Uusi salainen tunniste|Ny hemlig kod|New secret): ([a-z0-9]{20})");

    @Inject
    ClientNotices notices;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void feedCatalogue() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
    }

    private static ExtractableResponse<Response> submit(String email, String language) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(),
                        "description", "Liittymälupa tielle 1234.",
                        "language", language,
                        "attributes", RoutingTestSupport.PERMIT_ANSWERS,
                        "contact", Map.of("name", "Maija Meikäläinen", "email", email)))
                .when().post("/api/v1/contacts")
                .then().statusCode(201).extract();
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(GreenMailResource.smtp().getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients() != null && message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.response.ValidatableResponse recover(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/contacts/lookup/recovery").then();
    }

    private static String address() {
        return "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fi";
    }

    @Test
    void aWebFormsReceiptNamesTheCodeAndHowToFollowButNeverTheSecret() throws Exception {
        String email = address();
        ExtractableResponse<Response> created = submit(email, "en");

        notices.deliver(Instant.now(), 50);

        List<MimeMessage> received = mailTo(email);
        assertThat(received).hasSize(1);
        MimeMessage receipt = received.get(0);
        String code = created.path("trackingCode");
        assertThat(receipt.getSubject()).isEqualTo("Your matter " + code + ": received");
        assertThat(receipt.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(text(receipt)).contains("Its tracking code is " + code, "http://127.0.0.1:8080/status",
                        "If you have lost it, you can ask for a new one to this address")
                .as("a typed address may be someone else's").doesNotContain((String) created.path("accessSecret"));
    }

    @Test
    void anAddressGetsNewSecretsOfItsOpenMattersAndTheOldOnesStopWorking() throws Exception {
        String email = address();
        ExtractableResponse<Response> finnish = submit(email, "fi");
        ExtractableResponse<Response> swedish = submit(email, "sv");
        ExtractableResponse<Response> closed = submit(email, "fi");
        ExtractableResponse<Response> someoneElses = submit(address(), "fi");
        QuarkusTransaction.requiringNew().run(() -> Contact.update("status = ?1 where trackingCode = ?2",
                ContactStatus.CLOSED, closed.path("trackingCode")));
        notices.deliver(Instant.now(), 50); // the receipts
        int receipts = mailTo(email).size();

        recover(Map.of("email", email.toUpperCase())).statusCode(202);
        notices.deliver(Instant.now(), 50);

        List<MimeMessage> recovered = mailTo(email).stream().skip(receipts).toList();
        assertThat(recovered).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Asiasi " + finnish.path("trackingCode") + ": uusi salainen tunniste",
                "Ditt ärende " + swedish.path("trackingCode") + ": ny hemlig kod");
        for (MimeMessage mail : recovered) {
            String body = text(mail);
            Matcher secret = NEW_SECRET.matcher(body);
            assertThat(secret.find()).isTrue();
            String code = mail.getSubject().split(" ")[mail.getSubject().startsWith("Asiasi") ? 1 : 2].replace(":", "");
            String old = code.equals(finnish.path("trackingCode")) ? finnish.path("accessSecret") : swedish.path("accessSecret");
            given().contentType(ContentType.JSON).body(Map.of("trackingCode", code, "accessSecret", secret.group(1)))
                    .when().post("/api/v1/contacts/lookup").then().statusCode(200).body("trackingCode", equalTo(code));
            given().contentType(ContentType.JSON).body(Map.of("trackingCode", code, "accessSecret", old))
                    .when().post("/api/v1/contacts/lookup").then().statusCode(404);
            assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        }
        given().contentType(ContentType.JSON).body(Map.of("trackingCode", someoneElses.path("trackingCode"),
                        "accessSecret", someoneElses.path("accessSecret")))
                .when().post("/api/v1/contacts/lookup").then().statusCode(200);
        UUID id = UUID.fromString(finnish.path("id"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ContactEntry.count("contactId = ?1 and kind = ?2",
                id, ContactEntry.Kind.ACCESS_SECRET_REISSUED))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ClientNotice.count(
                "kind = ?1 and accessSecret is not null", ClientNotice.Kind.RECOVERY)))
                .as("no secret kept in clear once sent").isZero();
    }

    @Test
    void theAnswerIsTheSameWithoutMattersAndAnAddressMayAskThreeTimesAnHour() {
        String unknown = address();
        String known = address();
        submit(known, "fi");

        for (String email : List.of(unknown, known)) {
            for (int i = 0; i < 3; i++) {
                recover(Map.of("email", email)).statusCode(202).body(equalTo(""));
            }
            recover(Map.of("email", email)).statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", "3600")
                    .body("status", equalTo(429));
        }
        recover(Map.of("email", address())).statusCode(202); // another address is not limited
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        recover(Map.of("email", "maija\u0000@example.fi")).statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("email"));
        recover(Map.of("email", "a".repeat(100_000) + "@example.fi")).statusCode(400)
                .body("violations.field", hasItem("email"));
        recover(Map.of("email", "not an address")).statusCode(400).body("violations.field", hasItem("email"));
        recover(Map.of("email", List.of(1, 2))).statusCode(400).contentType("application/problem+json");
        recover(Map.of()).statusCode(400).body("violations.field", hasItem("email"));
        given().contentType(ContentType.JSON).when().post("/api/v1/contacts/lookup/recovery").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "recovery-agent", roles = "agent")
    void aSignedInCallerGetsTheSameAnswer() {
        recover(Map.of("email", address())).statusCode(202);
    }
}
