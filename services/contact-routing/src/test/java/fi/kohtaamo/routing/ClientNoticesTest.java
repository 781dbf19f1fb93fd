package fi.kohtaamo.routing;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.routing.domain.ClientNotice;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.ResolutionCode;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.service.Assignment;
import fi.kohtaamo.routing.service.ClientNotices;
import fi.kohtaamo.routing.service.ContactWork;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mail notices reach a real SMTP server after the change commits, in the client's language, without content. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
@QuarkusTestResource(GreenMailResource.class)
class ClientNoticesTest {

    @Inject
    Assignment assignment;

    @Inject
    ContactWork work;

    @Inject
    ClientNotices notices;

    @Test
    void aReplyAndTheResolutionAreNoticedByEmailInTheClientsLanguage() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        WorkFixtures.agent("mail-agent", "ely-uusimaa", false, Map.of(), List.of("sv"), 5, Set.of(queue.id));
        UUID withAddress = WorkFixtures.contact(queue, 3, "sv", Map.of(), 0);
        UUID withoutAddress = WorkFixtures.contact(queue, 3, "sv", Map.of(), 0);
        QuarkusTransaction.requiringNew().run(() -> Contact.update("contactEmail = 'kund@example.fi' where id = ?1", withAddress));
        Caller agent = new Caller("mail-agent", "mail-agent", "ely-uusimaa", Set.of("agent"), false);
        String code = WorkFixtures.trackingCode(withAddress);

        for (UUID id : List.of(withAddress, withoutAddress)) {
            assignment.take(agent, id);
            work.reply(agent, id, "Hemligt innehåll i svaret");
        }
        work.resolve(agent, withAddress, ResolutionCode.ANSWERED, "Beslutet motiveras här");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ClientNotice.count("contactId", withoutAddress)))
                .as("no address, no notice").isZero();

        int before = GreenMailResource.smtp().getReceivedMessages().length;
        assertThat(notices.deliver(Instant.now(), 50)).isGreaterThanOrEqualTo(2);
        // Only this contact's: other tests' contacts may have receipts due in the same pass.
        List<MimeMessage> received = Arrays.stream(GreenMailResource.smtp().getReceivedMessages()).skip(before)
                .filter(message -> subjectOf(message).contains(code)).toList();
        assertThat(received).as("the reply's and the resolution's notices").hasSizeGreaterThanOrEqualTo(2);
        assertThat(received).extracting(MimeMessage::getSubject)
                .contains("Ditt ärende " + code + ": nytt svar", "Ditt ärende " + code + ": ärendet är avgjort");
        for (MimeMessage message : received) {
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo("kund@example.fi");
            String body = message.getContent().toString();
            assertThat(body).contains(code).contains("http://127.0.0.1:8080/status")
                    .doesNotContain("Hemligt innehåll", "Beslutet motiveras");
        }
        assertThat(notices.deliver(Instant.now(), 50)).as("each notice is sent once").isZero();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
