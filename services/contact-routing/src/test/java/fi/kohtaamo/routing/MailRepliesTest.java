package fi.kohtaamo.routing;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.domain.ClientNotice;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.Mailbox;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.service.Assignment;
import fi.kohtaamo.routing.service.ClientNotices;
import fi.kohtaamo.routing.service.ContactTracking;
import fi.kohtaamo.routing.service.ContactWork;
import fi.kohtaamo.routing.service.MailboxReader;
import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole loop over real SMTP and IMAP: a client's e-mail becomes a contact, the agent's reply
 * goes back by e-mail in the client's thread and language from the mailbox's address, and the
 * client's answer (a real reply to it, sent through SMTP) threads back to the contact.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
@QuarkusTestResource(GreenMailResource.class)
class MailRepliesTest {

    @Inject
    MailboxReader reader;

    @Inject
    Assignment assignment;

    @Inject
    ContactWork work;

    @Inject
    ClientNotices notices;

    @Inject
    ContactTracking tracking;

    private record Taken(Mailbox mailbox, UUID contact, String client, Caller agent, String clientMessageId) {
    }

    /** A Swedish e-mail read from the mailbox, and an agent holding the contact it became. */
    private Taken swedishMailTaken() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, true);
        Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", queue);
        String client = "kund-" + UUID.randomUUID().toString().substring(0, 8) + "@client.example";
        String messageId = "first-" + UUID.randomUUID() + "@client.example";
        MailFixtures.deliver(mailbox, "Message-ID: <" + messageId + ">\n"
                + "From: Kund <" + client + ">\n"
                + "Subject: =?UTF-8?Q?Bygglov_f=C3=B6r_bastu?=\n"
                + "Content-Language: sv\n"
                + "Content-Type: text/plain; charset=UTF-8\n\n"
                + "Behöver jag bygglov för en bastu?\n");
        reader.read(mailbox.id);
        UUID contact = MailIntakeTest.contactsOf(mailbox).get(0).id;
        notices.deliver(Instant.now(), 50); // the receipt
        String subject = "reply-agent-" + queue.code;
        WorkFixtures.agent(subject, "ely-uusimaa", false, Map.of(), List.of("fi", "sv", "en"), 5, Set.of(queue.id));
        Caller agent = new Caller(subject, subject, "ely-uusimaa", Set.of("agent"), false);
        assignment.take(agent, contact);
        return new Taken(mailbox, contact, client, agent, messageId);
    }

    private static MimeMessage receivedBy(String address, int nth) {
        return Arrays.stream(GreenMailResource.smtp().getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients() != null && message.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).skip(nth).findFirst().orElseThrow();
    }

    private static List<ContactEntry> entries(UUID contact, ContactEntry.Kind kind) {
        return QuarkusTransaction.requiringNew().call(() -> ContactEntry.<ContactEntry>list(
                "contactId = ?1 and kind = ?2 order by id", contact, kind));
    }

    @Test
    void theAgentsReplyGoesBackInTheClientsThreadAndTheirAnswerThreadsToTheContact() throws Exception {
        Taken taken = swedishMailTaken();
        String code = WorkFixtures.trackingCode(taken.contact());

        work.reply(taken.agent(), taken.contact(), "Nej, en bastu under 20 m² behöver inget bygglov.");
        notices.deliver(Instant.now(), 50);

        MimeMessage reply = receivedBy(taken.client(), 1); // after the receipt
        ClientNotice stored = QuarkusTransaction.requiringNew().call(() -> ClientNotice.<ClientNotice>find(
                "contactId = ?1 and kind = ?2", taken.contact(), ClientNotice.Kind.REPLY).firstResult());
        assertThat(reply.getMessageID()).isEqualTo("<" + stored.messageId + ">");
        assertThat(reply.getFrom()[0].toString()).isEqualTo(taken.mailbox().address);
        assertThat(reply.getHeader("In-Reply-To")).containsExactly("<" + taken.clientMessageId() + ">");
        assertThat(reply.getHeader("References")[0]).contains("<" + taken.clientMessageId() + ">");
        assertThat(reply.getSubject()).isEqualTo("Re: Bygglov för bastu [" + code + "]");
        assertThat(reply.getHeader("Auto-Submitted")).as("a person's words are not automatic mail").isNull();
        assertThat(reply.getContent().toString())
                .startsWith("Nej, en bastu under 20 m² behöver inget bygglov.")
                .contains("Ärendets kod är " + code, "Du kan svara på detta meddelande");
        List<ContactEntry> sent = entries(taken.contact(), ContactEntry.Kind.EMAIL_SENT);
        assertThat(sent).extracting(entry -> entry.details.get("notice")).containsExactly("RECEIPT", "REPLY");
        assertThat(sent.get(1).details).containsEntry("messageId", stored.messageId).containsKey("entryId");
        assertThat(sent.get(1).visibleToClient).isFalse();

        // The client answers with their mail program's "reply": through SMTP into the mailbox, read over IMAP.
        MimeMessage answer = (MimeMessage) reply.reply(false);
        String answerId = "answer-" + UUID.randomUUID() + "@client.example";
        answer.setFrom(new InternetAddress(taken.client()));
        answer.setRecipient(Message.RecipientType.TO, new InternetAddress(taken.mailbox().address));
        answer.setText("Tack! Och om bastun är 25 m²?\n\n> Nej, en bastu under 20 m² behöver inget bygglov.\n", "UTF-8");
        answer.saveChanges();
        answer.setHeader("Message-ID", "<" + answerId + ">");
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(GreenMailResource.smtp().getSmtp().getPort()));
        Transport transport = Session.getInstance(smtp).getTransport("smtp");
        transport.connect();
        transport.sendMessage(answer, answer.getAllRecipients());
        transport.close();
        reader.read(taken.mailbox().id);

        assertThat(MailIntakeTest.contactsOf(taken.mailbox())).as("no second contact").hasSize(1);
        List<ContactEntry> fromClient = entries(taken.contact(), ContactEntry.Kind.CLIENT_MESSAGE);
        assertThat(fromClient).extracting(entry -> entry.body).containsExactly("Tack! Och om bastun är 25 m²?");

        work.reply(taken.agent(), taken.contact(), "Då behövs bygglov.");
        notices.deliver(Instant.now(), 50);
        MimeMessage second = receivedBy(taken.client(), 2);
        assertThat(second.getHeader("In-Reply-To")).as("answers the client's latest").containsExactly("<" + answerId + ">");
        assertThat(second.getHeader("References")[0]).contains("<" + taken.clientMessageId() + ">",
                "<" + stored.messageId + ">", "<" + answerId + ">");
        assertThat(second.getSubject()).isEqualTo("Re: Bygglov för bastu [" + code + "]");
    }

    @Test
    void theReceiptAnswersTheClientsMailWithTheCodeAndASecretThatWorks() throws Exception {
        Taken taken = swedishMailTaken();
        String code = WorkFixtures.trackingCode(taken.contact());

        MimeMessage receipt = receivedBy(taken.client(), 0);

        assertThat(receipt.getSubject()).isEqualTo("Re: Bygglov för bastu [" + code + "]");
        assertThat(receipt.getFrom()[0].toString()).isEqualTo(taken.mailbox().address);
        assertThat(receipt.getHeader("In-Reply-To")).containsExactly("<" + taken.clientMessageId() + ">");
        assertThat(receipt.getHeader("Auto-Submitted")).as("RFC 3834: an automatic answer").containsExactly("auto-replied");
        String body = receipt.getContent().toString();
        assertThat(body).contains("vi har tagit emot ditt ärende", "Ärendets kod är " + code,
                "Du kan svara på detta meddelande");
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("denna hemliga kod: ([a-z0-9]{20})").matcher(body);
        assertThat(secret.find()).as("the e-mail channel is the client's own: the secret is in it").isTrue();
        assertThat(tracking.find(code, secret.group(1)).id).isEqualTo(taken.contact());
        ClientNotice stored = QuarkusTransaction.requiringNew().call(() -> ClientNotice.<ClientNotice>find(
                "contactId = ?1 and kind = ?2", taken.contact(), ClientNotice.Kind.RECEIPT).firstResult());
        assertThat(stored.accessSecret).as("not kept in clear once sent").isNull();
    }

    @Test
    void aFailedSendIsTriedAgainLaterAndStaffSeeIt() throws Exception {
        Taken taken = swedishMailTaken();
        QuarkusTransaction.requiringNew().run(() ->
                Contact.update("contactEmail = 'not an address' where id = ?1", taken.contact()));

        work.requestInformation(taken.agent(), taken.contact(), "Hur stor är bastun?");
        Instant now = Instant.now();
        assertThat(notices.deliver(now, 50)).isZero();

        ClientNotice failed = QuarkusTransaction.requiringNew().call(() ->
                ClientNotice.<ClientNotice>find("contactId = ?1 and kind = ?2", taken.contact(),
                        ClientNotice.Kind.INFORMATION_REQUESTED).firstResult());
        assertThat(failed.delivery.sentAt()).isNull();
        assertThat(failed.delivery.attempts()).isEqualTo(1);
        assertThat(failed.delivery.nextAttemptAt()).isAfter(now);
        List<ContactEntry> notSent = entries(taken.contact(), ContactEntry.Kind.EMAIL_NOT_SENT);
        assertThat(notSent).hasSize(1);
        assertThat(notSent.get(0).details).containsEntry("notice", "INFORMATION_REQUESTED")
                .containsKey("error");
        assertThat(Instant.parse((String) notSent.get(0).details.get("nextAttemptAt")))
                .isCloseTo(failed.delivery.nextAttemptAt(), within(1, ChronoUnit.MILLIS));
        assertThat(notices.deliver(now.plusSeconds(10), 50)).as("not before its pause is over").isZero();
        assertThat(entries(taken.contact(), ContactEntry.Kind.EMAIL_NOT_SENT)).hasSize(1);
    }

    @Test
    void aContactThatDidNotComeByEmailGetsANoticeWithoutTheText() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        UUID contact = WorkFixtures.contact(queue, 3, "en", Map.of(), 0);
        String client = "web-" + UUID.randomUUID().toString().substring(0, 8) + "@client.example";
        QuarkusTransaction.requiringNew().run(() -> Contact.update("contactEmail = ?1 where id = ?2", client, contact));
        WorkFixtures.agent("web-reply-agent", "ely-uusimaa", false, Map.of(), List.of("en"), 5, Set.of(queue.id));
        Caller agent = new Caller("web-reply-agent", "web-reply-agent", "ely-uusimaa", Set.of("agent"), false);
        assignment.take(agent, contact);

        work.reply(agent, contact, "The answer itself");
        notices.deliver(Instant.now(), 50);

        MimeMessage notice = receivedBy(client, 0);
        assertThat(notice.getSubject()).as("a contact logged without intake has no receipt").endsWith("a new reply");
        assertThat(notice.getContent().toString()).doesNotContain("The answer itself").contains("has been updated");
        assertThat(notice.getHeader("In-Reply-To")).isNull();
        assertThat(notice.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }
}
