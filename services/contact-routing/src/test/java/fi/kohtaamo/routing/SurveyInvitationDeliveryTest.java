package fi.kohtaamo.routing;

import fi.kohtaamo.testsupport.GreenMailResource;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.routing.domain.ClientNotice;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.service.ClientNotices;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feedback's invitation to the satisfaction survey, read through Kafka from feedback's documented
 * example, reaches the client: on the status page while it is open, and by e-mail.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
@QuarkusTestResource(GreenMailResource.class)
class SurveyInvitationDeliveryTest {

    private static final Path EXAMPLE = Path.of("../feedback/events/feedback.satisfaction-survey-invited.v1.example.json");

    @Inject
    ObjectMapper mapper;

    @Inject
    ClientNotices notices;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private void invite(UUID contact, String url, Instant expires) throws Exception {
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(EXAMPLE));
        event.put("id", UUID.randomUUID().toString()).put("subject", contact.toString());
        ((ObjectNode) event.get("data")).put("contactId", contact.toString()).put("surveyUrl", url)
                .put("expiresAt", expires.toString()).put("language", "en");
        new KafkaTestClient(bootstrapServers).publish("kohtaamo.feedback.v1", contact.toString(), event.toString());
    }

    private static Contact contact(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Contact.<Contact>findById(id));
    }

    @Test
    void theInvitationIsShownOnTheStatusPageAndMailed() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        UUID id = WorkFixtures.contact(queue, 3, "en", Map.of(), 0);
        QuarkusTransaction.requiringNew().run(() -> Contact.update("contactEmail = 'client@example.org' where id = ?1", id));
        String url = "http://127.0.0.1:8080/surveys/" + UUID.randomUUID().toString().replace("-", "");
        invite(id, url, Instant.now().plus(Duration.ofDays(14)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> url.equals(contact(id).surveyUrl));

        String code = WorkFixtures.trackingCode(id);
        int before = GreenMailResource.smtp().getReceivedMessages().length;
        assertThat(notices.deliver(Instant.now(), 50)).isGreaterThanOrEqualTo(1);
        List<MimeMessage> received = Arrays.stream(GreenMailResource.smtp().getReceivedMessages()).skip(before).toList();
        MimeMessage mail = received.stream().filter(m -> {
            try {
                return m.getSubject().equals("Your matter " + code + ": how did we do?");
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(mail.getContent().toString()).contains(url).contains("anonymous");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("client@example.org");
    }

    @Test
    void anUnknownContactIsIgnoredAndTheNextInvitationStillApplies() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        UUID id = WorkFixtures.contact(queue, 3, "fi", Map.of(), 0);
        String url = "http://127.0.0.1:8080/surveys/expired";
        invite(UUID.randomUUID(), "http://127.0.0.1:8080/surveys/nobody", Instant.now().plus(Duration.ofDays(1)));
        invite(id, url, Instant.now().minusSeconds(1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> url.equals(contact(id).surveyUrl));
        assertThat(contact(id).surveyExpiresAt).isBefore(Instant.now());
    }

    @Test
    void aLinkToAnyOtherPageIsNeverShownOrMailed() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        UUID id = WorkFixtures.contact(queue, 3, "fi", Map.of(), 0);
        QuarkusTransaction.requiringNew().run(() -> Contact.update("contactEmail = 'client@example.org' where id = ?1", id));
        for (String forged : List.of("https://evil.example/surveys/abcdefgh12", "http://127.0.0.1:8080/surveys.evil.example/abcdefgh12",
                "http://127.0.0.1:8080/surveys/../login?redirect=x", "http://127.0.0.1:8080/surveys/abcdefgh12/../../x",
                "javascript:alert(1)", "http://127.0.0.1:8080/surveys/")) {
            invite(id, forged, Instant.now().plus(Duration.ofDays(1)));
        }
        String own = "http://127.0.0.1:8080/surveys/" + UUID.randomUUID().toString().replace("-", "");
        invite(id, own, Instant.now().plus(Duration.ofDays(1)));
        // One partition delivers in order: once the own link is applied every forged one has been met.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> own.equals(contact(id).surveyUrl));
        long notices = QuarkusTransaction.requiringNew().call(() -> ClientNotice.count("contactId = ?1", id));
        assertThat(notices).as("survey notices e-mailed: the own link's only").isEqualTo(1);
    }
}
