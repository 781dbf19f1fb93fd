package fi.kohtaamo.routing;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.domain.ClientNotice;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.InboundMessage;
import fi.kohtaamo.routing.domain.Mailbox;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.service.Assignment;
import fi.kohtaamo.routing.service.ClientNotices;
import fi.kohtaamo.routing.service.ContactWork;
import fi.kohtaamo.routing.service.MailboxReader;
import fi.kohtaamo.testsupport.GreenMailResource;
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

/** The client's answer to a notice threads back to its contact; mail from an unknown thread is a new contact. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
@QuarkusTestResource(GreenMailResource.class)
class MailThreadingTest {

    @Inject
    MailboxReader reader;

    @Inject
    Assignment assignment;

    @Inject
    ContactWork work;

    @Inject
    ClientNotices notices;

    private record Waiting(Mailbox mailbox, UUID contact, String client, MimeMessage notice) {
    }

    /** A contact by e-mail that an agent took and asked more of, and the notice that reached the client. */
    private Waiting waitingForTheClient() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, true);
        Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", queue);
        String client = "asiakas-" + UUID.randomUUID().toString().substring(0, 8) + "@client.example";
        MailFixtures.deliver(mailbox, MailFixtures.plain(UUID.randomUUID() + "@client.example", client, "Lupa",
                "Tarvitsen luvan"));
        reader.read(mailbox.id);
        UUID contact = MailIntakeTest.contactsOf(mailbox).get(0).id;
        String subject = "thread-agent-" + queue.code;
        WorkFixtures.agent(subject, "ely-uusimaa", false, Map.of(), List.of("fi", "sv", "en"), 5, Set.of(queue.id));
        Caller agent = new Caller(subject, subject, "ely-uusimaa", Set.of("agent"), false);
        assignment.take(agent, contact);
        work.requestInformation(agent, contact, "Mikä on kiinteistötunnus?");
        notices.deliver(Instant.now(), 50);
        MimeMessage notice = Arrays.stream(GreenMailResource.smtp().getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients() != null && message.getAllRecipients()[0].toString().equals(client);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).reduce((receipt, question) -> question).orElseThrow(); // the receipt came first
        return new Waiting(mailbox, contact, client, notice);
    }

    @Test
    void anAnswerNamingTheNoticeIsTheClientsMessageAndResumesThePausedClock() throws Exception {
        Waiting waiting = waitingForTheClient();
        Contact paused = WorkFixtures.reload(waiting.contact());
        assertThat(paused.status).isEqualTo(ContactStatus.WAITING_FOR_CLIENT);
        assertThat(paused.waitingSince).isNotNull();
        String stored = QuarkusTransaction.requiringNew().call(() ->
                ClientNotice.<ClientNotice>find("contactId = ?1 and kind = ?2", waiting.contact(),
                        ClientNotice.Kind.INFORMATION_REQUESTED).firstResult().messageId);
        assertThat(waiting.notice().getMessageID()).isEqualTo("<" + stored + ">");
        assertThat(waiting.notice().getFrom()[0].toString()).isEqualTo(waiting.mailbox().address);
        assertThat(waiting.notice().getContent().toString()).as("the question itself goes to a client who wrote by e-mail")
                .startsWith("Mikä on kiinteistötunnus?").contains("Voit vastata tähän viestiin");
        assertThat(waiting.notice().getHeader("Auto-Submitted")).as("staff's words are not automatic mail").isNull();

        MailFixtures.deliver(waiting.mailbox(), "Message-ID: <answer-" + UUID.randomUUID() + "@client.example>\n"
                + "In-Reply-To: " + waiting.notice().getMessageID() + "\n"
                + "References: <earlier@client.example> " + waiting.notice().getMessageID() + "\n"
                + "From: " + waiting.client() + "\n"
                + "Subject: Re: asia\n"
                + "Content-Type: text/plain; charset=UTF-8\n\n"
                + "Kiinteistötunnus on 91-1-2-3.\n\n"
                + "ma 7.12.2026 klo 10.00 Kohtaamo kirjoitti:\n"
                + "> Asiasi on päivittynyt.\n");

        reader.read(waiting.mailbox().id);

        assertThat(MailIntakeTest.contactsOf(waiting.mailbox())).as("no second contact").hasSize(1);
        Contact answered = WorkFixtures.reload(waiting.contact());
        assertThat(answered.status).isEqualTo(ContactStatus.ASSIGNED);
        assertThat(answered.waitingSince).as("the clock runs again").isNull();
        assertThat(answered.resolutionDue).isAfter(paused.resolutionDue.minusSeconds(1));
        ContactEntry message = QuarkusTransaction.requiringNew().call(() -> ContactEntry.<ContactEntry>find(
                "contactId = ?1 and kind = ?2", waiting.contact(), ContactEntry.Kind.CLIENT_MESSAGE).firstResult());
        assertThat(message.body).isEqualTo("Kiinteistötunnus on 91-1-2-3.");
        assertThat(message.actorKind).isEqualTo(ContactEntry.ActorKind.CLIENT);
        assertThat(QuarkusTransaction.requiringNew().call(() -> InboundMessage.count(
                "mailboxId = ?1 and outcome = ?2", waiting.mailbox().id, InboundMessage.Outcome.ADDED_TO_CONTACT))).isEqualTo(1);
    }

    @Test
    void theTrackingCodeInTheSubjectThreadsOnlyMailFromTheClientsAddress() throws Exception {
        Waiting waiting = waitingForTheClient();
        String code = WorkFixtures.trackingCode(waiting.contact());

        MailFixtures.deliver(waiting.mailbox(), MailFixtures.plain(UUID.randomUUID() + "@client.example",
                "someone-else@client.example", "Re: " + code.toLowerCase(), "Minäkin haluan tietää"));
        MailFixtures.deliver(waiting.mailbox(), MailFixtures.plain(UUID.randomUUID() + "@client.example",
                waiting.client().toUpperCase(), "Vastaus asiaan " + code, "Tässä tiedot"));
        reader.read(waiting.mailbox().id);

        assertThat(MailIntakeTest.contactsOf(waiting.mailbox())).as("another sender's mail is a contact of its own")
                .hasSize(2);
        assertThat(WorkFixtures.reload(waiting.contact()).status).isEqualTo(ContactStatus.ASSIGNED);
    }

    @Test
    void anAnswerToAnUnknownThreadIsANewContact() throws Exception {
        Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", null);
        MailFixtures.deliver(mailbox, "Message-ID: <unknown-thread-" + UUID.randomUUID() + "@client.example>\n"
                + "In-Reply-To: <not-ours@elsewhere.example>\n"
                + "From: stranger@client.example\n"
                + "Subject: Re: KH-2222-2222 jotain\n\n"
                + "Teksti\n");

        reader.read(mailbox.id);

        assertThat(MailIntakeTest.contactsOf(mailbox)).hasSize(1);
    }
}
