package fi.kohtaamo.routing;

import fi.kohtaamo.routing.domain.ClientNotice;
import fi.kohtaamo.routing.domain.InboundMessage;
import fi.kohtaamo.routing.domain.Mailbox;
import fi.kohtaamo.routing.service.MailboxReader;
import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Auto-replies, bounces and list mail never become contacts or notices; one sender cannot flood a mailbox. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
@QuarkusTestResource(GreenMailResource.class)
class MailAutomaticTest {

    @Inject
    MailboxReader reader;

    private static String automatic(String header) {
        return "Message-ID: <" + UUID.randomUUID() + "@mx.example>\n"
                + "From: someone-" + UUID.randomUUID().toString().substring(0, 6) + "@client.example\n"
                + header + "\n"
                + "Subject: Poissa toimistolta\n\n"
                + "Olen lomalla 31.12. asti.\n";
    }

    @Test
    void autoRepliesBouncesAndListMailAreSetAsideMarkedAndNeverAnswered() throws Exception {
        Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", null);
        MailFixtures.deliver(mailbox, automatic("Auto-Submitted: auto-replied"));
        MailFixtures.deliver(mailbox, automatic("Precedence: bulk"));
        MailFixtures.deliver(mailbox, automatic("List-Id: <tiedotteet.lists.example>"));
        MailFixtures.deliver(mailbox, automatic("Return-Path: <>"));
        MailFixtures.deliver(mailbox, automatic("Auto-Submitted: no"));

        MailboxReader.Pass pass = reader.read(mailbox.id);

        assertThat(pass.read()).isEqualTo(5);
        assertThat(pass.setAside()).isEqualTo(4);
        assertThat(MailIntakeTest.contactsOf(mailbox)).as("only the message that says it is no auto-reply").hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> InboundMessage.count(
                "mailboxId = ?1 and outcome = ?2", mailbox.id, InboundMessage.Outcome.AUTOMATIC))).isEqualTo(4);
        assertThat(MailFixtures.flagged(mailbox, "$KohtaamoProcessed")).as("set aside, not read again").isEqualTo(5);
        UUID person = MailIntakeTest.contactsOf(mailbox).get(0).id;
        assertThat(QuarkusTransaction.requiringNew().call(() -> ClientNotice.<ClientNotice>list(
                "contactId in (select c.id from Contact c where c.mailboxId = ?1)", mailbox.id)))
                .as("only the person's message is answered: its receipt").singleElement()
                .satisfies(notice -> {
                    assertThat(notice.kind).isEqualTo(ClientNotice.Kind.RECEIPT);
                    assertThat(notice.contactId).isEqualTo(person);
                });
    }

    @Test
    void aSenderPastTheHourlyLimitAndThePlatformsOwnMailboxesAreLoops() throws Exception {
        Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", null);
        Mailbox other = MailFixtures.mailbox("ely-uusimaa", null);
        String sender = "flood-" + UUID.randomUUID().toString().substring(0, 6) + "@client.example";
        for (int i = 0; i < 5; i++) {
            MailFixtures.deliver(mailbox, MailFixtures.plain(UUID.randomUUID() + "@client.example", sender, "Viesti " + i, "Teksti"));
        }
        MailFixtures.deliver(mailbox, MailFixtures.plain(UUID.randomUUID() + "@ely.example", other.address, "Ilmoitus", "Teksti"));

        reader.read(mailbox.id);

        assertThat(MailIntakeTest.contactsOf(mailbox)).as("per-sender-per-hour is 3 in tests").hasSize(3);
        assertThat(QuarkusTransaction.requiringNew().call(() -> InboundMessage.count(
                "mailboxId = ?1 and outcome = ?2", mailbox.id, InboundMessage.Outcome.LOOP))).isEqualTo(3);
    }
}
