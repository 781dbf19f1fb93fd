package fi.kohtaamo.routing;

import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.InboundMessage;
import fi.kohtaamo.routing.domain.Mailbox;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.RoutingRule;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.rules.RuleConditions;
import fi.kohtaamo.routing.service.MailboxReader;
import fi.kohtaamo.routing.service.MailboxWatchers;
import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Mailboxes read over real IMAP (GreenMail): each message one contact on channel EMAIL, even across a crash. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
@QuarkusTestResource(GreenMailResource.class)
class MailIntakeTest {

    @Inject
    MailboxReader reader;

    @Inject
    MailboxWatchers watchers;

    /** What a killed reader does at a checkpoint: stops there, without tidying up. */
    static final class Killed extends Error {
    }

    @Test
    void eachMessageBecomesOneContactOnChannelEmailInTheMailboxsQueueAndIsFlagged() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", queue);
        MailFixtures.deliver(mailbox, MailFixtures.plain("first@client.example", "=?UTF-8?Q?Maija_Meik=C3=A4l=C3=A4inen?= <Maija@Client.example>",
                "Kysymys", "Hei, miten haen avustusta?"));
        MailFixtures.deliver(mailbox, MailFixtures.plain("second@client.example", "olli@client.example",
                "Toinen", "Toinen viesti"));

        MailboxReader.Pass pass = reader.read(mailbox.id);

        assertThat(pass.read()).isEqualTo(2);
        assertThat(pass.taken()).isEqualTo(2);
        List<Contact> contacts = contactsOf(mailbox);
        assertThat(contacts).hasSize(2);
        Contact first = contacts.stream().filter(contact -> "maija@client.example".equals(contact.contactEmail)).findFirst().orElseThrow();
        assertThat(first.channel).isEqualTo(Channel.EMAIL);
        assertThat(first.contactName).isEqualTo("Maija Meikäläinen");
        assertThat(first.description).isEqualTo("Kysymys\n\nHei, miten haen avustusta?");
        assertThat(first.language).isEqualTo("fi");
        assertThat(first.status).isEqualTo(ContactStatus.QUEUED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Contact.<Contact>findById(first.id).queue.id)).isEqualTo(queue.id);
        assertThat(MailFixtures.flagged(mailbox, "$KohtaamoProcessed")).isEqualTo(2);

        MailboxReader.Pass again = reader.read(mailbox.id);
        assertThat(again.read()).as("flagged messages are not read again").isZero();
        assertThat(contactsOf(mailbox)).hasSize(2);
    }

    @Test
    void theOrganisationsRulesRouteByKeywordOnChannelEmail() throws Exception {
        Queue home = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        Queue fisheries = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        UUID rule = QuarkusTransaction.requiringNew().call(() -> {
            RoutingRule created = new RoutingRule();
            created.id = UUID.randomUUID();
            created.organisation = "ely-uusimaa";
            created.position = 0;
            created.name = "kalastus-" + fisheries.code;
            created.conditions = new RuleConditions(List.of(), List.of(), List.of("EMAIL"), List.of(), List.of(), List.of(),
                    List.of(), List.of("kalastuslupa-" + fisheries.code), Map.of());
            created.targetQueue = fisheries.code;
            created.requiredSkills = new HashMap<>();
            created.version = 1;
            created.updatedBy = "test";
            created.updatedAt = Instant.now();
            created.persist();
            return created.id;
        });
        try {
            Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", home);
            MailFixtures.deliver(mailbox, MailFixtures.plain("fish@client.example", "kalastaja@client.example",
                    "Kalastuslupa-" + fisheries.code + " kysymys", "Tarvitsenko luvan?"));
            MailFixtures.deliver(mailbox, MailFixtures.plain("other@client.example", "muu@client.example",
                    "Muuta", "Jotain muuta"));
            Thread.sleep(10_100); // the router reads rules again after ten seconds

            reader.read(mailbox.id);

            Map<String, UUID> queues = new HashMap<>();
            QuarkusTransaction.requiringNew().run(() -> Contact.<Contact>list("mailboxId", mailbox.id)
                    .forEach(contact -> queues.put(contact.contactEmail, contact.queue.id)));
            assertThat(queues).containsEntry("kalastaja@client.example", fisheries.id)
                    .containsEntry("muu@client.example", home.id);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> RoutingRule.deleteById(rule));
        }
    }

    @Test
    void aReaderKilledBeforeItsCommitOrBeforeItFlagsCreatesEachContactOnceWhenRunAgain() throws Exception {
        Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", null);
        for (int i = 0; i < 4; i++) {
            MailFixtures.deliver(mailbox, MailFixtures.plain("crash-" + i + "@client.example", "crash" + i + "@client.example",
                    "Viesti " + i, "Teksti " + i));
        }

        // Killed after message 0 was taken and flagged and message 1 was committed, before message 1 was flagged.
        assertThatThrownBy(() -> reader.read(mailbox.id, (stage, index) -> {
            if (stage == MailboxReader.Stage.TAKEN && index == 1) {
                throw new Killed();
            }
        })).isInstanceOf(Killed.class);
        assertThat(contactsOf(mailbox)).hasSize(2);
        assertThat(MailFixtures.flagged(mailbox, "$KohtaamoProcessed")).isEqualTo(1);

        // Killed after reading message 2 (the third still waiting), before its transaction.
        assertThatThrownBy(() -> reader.read(mailbox.id, (stage, index) -> {
            if (stage == MailboxReader.Stage.READ && index == 1) {
                throw new Killed();
            }
        })).isInstanceOf(Killed.class);
        assertThat(contactsOf(mailbox)).as("message 1 found taken, message 2 not committed").hasSize(2);

        MailboxReader.Pass rerun = reader.read(mailbox.id);

        assertThat(rerun.read()).isEqualTo(2);
        List<Contact> contacts = contactsOf(mailbox);
        assertThat(contacts).extracting(contact -> contact.contactEmail).containsExactlyInAnyOrder(
                "crash0@client.example", "crash1@client.example", "crash2@client.example", "crash3@client.example");
        assertThat(MailFixtures.flagged(mailbox, "$KohtaamoProcessed")).isEqualTo(4);
        assertThat(QuarkusTransaction.requiringNew().call(() -> InboundMessage.count("mailboxId", mailbox.id))).isEqualTo(4);
    }

    @Test
    void aMessageDeliveredTwiceWithOneMessageIdIsOneContact() throws Exception {
        Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", null);
        String raw = MailFixtures.plain("twice@client.example", "twice@client.example", "Kahdesti", "Sama viesti");
        MailFixtures.deliver(mailbox, raw);
        MailFixtures.deliver(mailbox, raw);

        MailboxReader.Pass pass = reader.read(mailbox.id);

        assertThat(pass.read()).isEqualTo(2);
        assertThat(contactsOf(mailbox)).hasSize(1);
        assertThat(MailFixtures.flagged(mailbox, "$KohtaamoProcessed")).as("both marked processed").isEqualTo(2);
    }

    @Test
    void readMessagesMoveToTheProcessedFolderWhenOneIsNamed() throws Exception {
        Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", null);
        QuarkusTransaction.requiringNew().run(() -> Mailbox.update("processedFolder = 'Kohtaamo' where id = ?1", mailbox.id));
        MailFixtures.deliver(mailbox, MailFixtures.plain("moved@client.example", "moved@client.example", "Siirto", "Teksti"));

        reader.read(mailbox.id);

        assertThat(contactsOf(mailbox)).hasSize(1);
        assertThat(MailFixtures.inboxSize(mailbox)).isZero();
    }

    @Test
    void withIdleANewMessageIsReadWithoutWaitingForThePoll() throws Exception {
        Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", null);
        try {
            watchers.watch(List.of(mailbox.id));
            await().atMost(Duration.ofSeconds(10)).until(() -> watchers.idling(mailbox.id));

            MailFixtures.deliver(mailbox, MailFixtures.plain("idle@client.example", "idle@client.example", "Heti", "Nopeasti"));

            await().atMost(Duration.ofSeconds(10)).until(() -> contactsOf(mailbox).size() == 1);
        } finally {
            watchers.watch(List.of());
        }
    }

    @Test
    void aMailboxWhoseSecretIsMissingIsNotReadAndSaysWhy() throws Exception {
        Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", null);
        QuarkusTransaction.requiringNew().run(() -> Mailbox.update("passwordSecret = 'missing' where id = ?1", mailbox.id));
        MailFixtures.deliver(mailbox, MailFixtures.plain("nosecret@client.example", "a@client.example", "S", "T"));

        reader.read(mailbox.id);

        assertThat(contactsOf(mailbox)).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Mailbox.<Mailbox>findById(mailbox.id).lastError))
                .isEqualTo("IllegalStateException");
    }

    @Test
    void swedishInIso88591Base64AndFinnishHtmlInQuotedPrintableArriveIntactOverImap() throws Exception {
        Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", null);
        String swedish = java.util.Base64.getMimeEncoder().encodeToString(
                "Hej! Jag har en fråga om företagsstöd.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        MailFixtures.deliver(mailbox, "Message-ID: <sv-" + UUID.randomUUID() + "@client.example>\n"
                + "From: =?ISO-8859-1?Q?Bj=F6rn_=C5str=F6m?= <bjorn-" + mailbox.id + "@client.example>\n"
                + "Subject: =?ISO-8859-1?Q?Fr=E5ga?=\n"
                + "Content-Language: sv\n"
                + "Content-Type: text/plain; charset=ISO-8859-1\n"
                + "Content-Transfer-Encoding: base64\n\n" + swedish + "\n", java.nio.charset.StandardCharsets.US_ASCII);
        MailFixtures.deliver(mailbox, "Message-ID: <fi-" + UUID.randomUUID() + "@client.example>\n"
                + "From: aino-" + mailbox.id + "@client.example\n"
                + "Subject: =?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString("Kysymys äidille".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "?=\n"
                + "Content-Type: text/html; charset=UTF-8\n"
                + "Content-Transfer-Encoding: quoted-printable\n\n"
                + "<p>Hyv=C3=A4=C3=A4 p=C3=A4iv=C3=A4=C3=A4</p><script>alert(1)</script><p onmouseover=3D\"x()\">=C3=96ljy</p>\n",
                java.nio.charset.StandardCharsets.US_ASCII);

        reader.read(mailbox.id);

        List<Contact> contacts = contactsOf(mailbox);
        Contact sv = contacts.stream().filter(contact -> contact.contactEmail.startsWith("bjorn")).findFirst().orElseThrow();
        assertThat(sv.contactName).isEqualTo("Björn Åström");
        assertThat(sv.description).isEqualTo("Fråga\n\nHej! Jag har en fråga om företagsstöd.");
        assertThat(sv.language).isEqualTo("sv");
        assertThat(sv.descriptionHtml).isNull();
        Contact fi = contacts.stream().filter(contact -> contact.contactEmail.startsWith("aino")).findFirst().orElseThrow();
        assertThat(fi.description).isEqualTo("Kysymys äidille\n\nHyvää päivää\nÖljy");
        assertThat(fi.descriptionHtml).contains("<p>Hyvää päivää</p>", "Öljy").doesNotContain("script", "alert", "onmouseover");
    }

    static List<Contact> contactsOf(Mailbox mailbox) {
        return QuarkusTransaction.requiringNew().call(() -> Contact.list("mailboxId", mailbox.id));
    }
}
