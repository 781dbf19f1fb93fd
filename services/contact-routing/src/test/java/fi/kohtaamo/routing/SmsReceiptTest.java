package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.SmsNotice;
import fi.kohtaamo.routing.service.SmsNotices;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Receipts by SMS through a real HTTP gateway: sent after the commit, retried after a 503, never with the secret. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
@QuarkusTestResource(SmsGatewayResource.class)
class SmsReceiptTest {

    @Inject
    SmsNotices sms;

    @Inject
    ObjectMapper json;

    @Test
    void aClientWithOnlyAPhoneNumberGetsTheReceiptBySmsAfterAGatewayOutage() throws Exception {
        SmsGatewayResource.failFirst("+358401110001", 1);
        ExtractableResponse<Response> created = submit(Map.of("name", "Sven", "phone", "040 111 0001"), "sv");
        String code = created.path("trackingCode");
        String secret = created.path("accessSecret");
        UUID id = UUID.fromString(created.path("id"));

        Instant now = Instant.now();
        sms.deliver(now, 50);
        assertThat(toNumber("+358401110001")).as("tried once, refused").hasSize(1);
        SmsNotice refused = QuarkusTransaction.requiringNew().call(() -> SmsNotice.<SmsNotice>find("contactId", id).singleResult());
        assertThat(refused.delivery.sentAt()).isNull();
        assertThat(refused.delivery.attempts()).isEqualTo(1);
        assertThat(refused.delivery.lastError()).contains("503");
        sms.deliver(now.plusSeconds(10), 50);
        assertThat(toNumber("+358401110001")).as("not again before its pause").hasSize(1);

        sms.deliver(now.plus(3, ChronoUnit.MINUTES), 50);
        List<SmsGatewayResource.Received> received = toNumber("+358401110001");
        assertThat(received).hasSize(2);
        SmsGatewayResource.Received sent = received.get(1);
        assertThat(sent.authorization()).isEqualTo("Bearer " + SmsGatewayResource.TOKEN);
        JsonNode body = json.readTree(sent.body());
        assertThat(body.path("from").asText()).isEqualTo("Kohtaamo");
        assertThat(body.path("reference").asText()).isEqualTo(json.readTree(received.get(0).body()).path("reference").asText());
        assertThat(body.path("text").asText()).startsWith("Kohtaamo: vi har tagit emot ditt ärende.")
                .contains(code).contains("http://127.0.0.1:8080/status").doesNotContain(secret);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ContactEntry.<ContactEntry>list(
                "contactId = ?1 and kind in ?2 order by id", id, List.of(ContactEntry.Kind.SMS_NOT_SENT, ContactEntry.Kind.SMS_SENT))))
                .extracting(entry -> entry.kind).containsExactly(ContactEntry.Kind.SMS_NOT_SENT, ContactEntry.Kind.SMS_SENT);

        sms.deliver(now.plus(1, ChronoUnit.HOURS), 50);
        assertThat(toNumber("+358401110001")).as("sent once").hasSize(2);
    }

    @Test
    void aClientWithAnEmailAddressOrNoUsableNumberGetsNoSms() {
        UUID both = UUID.fromString(submit(Map.of("email", "maija@example.fi", "phone", "040 111 0002"), "fi").path("id"));
        UUID noNumber = UUID.fromString(submit(Map.of("phone", "12345"), "fi").path("id"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> SmsNotice.count("contactId in ?1", List.of(both, noNumber))))
                .isZero();
    }

    private static ExtractableResponse<Response> submit(Map<String, String> contact, String language) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("description", "Fråga om vägunderhåll", "language", language, "contact", contact))
                .when().post("/api/v1/contacts").then().statusCode(201).extract();
    }

    private static List<SmsGatewayResource.Received> toNumber(String number) {
        return SmsGatewayResource.RECEIVED.stream().filter(r -> r.body().contains("\"" + number + "\"")).toList();
    }
}
