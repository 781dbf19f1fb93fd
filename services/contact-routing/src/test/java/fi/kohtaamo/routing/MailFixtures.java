package fi.kohtaamo.routing;

import com.icegreen.greenmail.user.GreenMailUser;
import fi.kohtaamo.routing.domain.Mailbox;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.testsupport.GreenMailResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;
import java.util.UUID;

/** Mailboxes on the test's GreenMail (a real IMAP server) and messages delivered into them. */
final class MailFixtures {

    static final String PASSWORD = "greenmail-test-password";

    private MailFixtures() {
    }

    /** A GreenMail user and a mailbox of the organisation reading it, feeding {@code queue} (null: triage). */
    static Mailbox mailbox(String organisation, Queue queue) {
        String local = "kirjaamo-" + UUID.randomUUID().toString().substring(0, 8);
        String address = local + "@ely.example";
        GreenMailResource.smtp().setUser(address, local, PASSWORD);
        return QuarkusTransaction.requiringNew().call(() -> {
            Mailbox mailbox = new Mailbox();
            mailbox.id = UUID.randomUUID();
            mailbox.organisation = organisation;
            mailbox.address = address;
            mailbox.queue = queue == null ? null : Queue.findById(queue.id);
            mailbox.language = "fi";
            mailbox.host = "127.0.0.1";
            mailbox.port = GreenMailResource.imapPort();
            mailbox.security = Mailbox.Security.NONE;
            mailbox.username = local;
            mailbox.passwordSecret = "test-mailbox";
            mailbox.folder = "INBOX";
            mailbox.enabled = true;
            mailbox.version = 1;
            mailbox.updatedBy = "test";
            mailbox.updatedAt = Instant.now();
            mailbox.persist();
            return mailbox;
        });
    }

    /** Delivers a raw RFC 5322 message (headers, blank line, body) to the mailbox, its text as UTF-8 bytes. */
    static void deliver(Mailbox mailbox, String raw) throws Exception {
        deliver(mailbox, raw, StandardCharsets.UTF_8);
    }

    /** As above, the text as bytes of the given charset (what the message's Content-Type says, or not). */
    static void deliver(Mailbox mailbox, String raw, java.nio.charset.Charset charset) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(charset)));
        GreenMailUser user = GreenMailResource.smtp().getUserManager().getUserByEmail(mailbox.address);
        user.deliver(message);
    }

    /** A plain message from a person. */
    static String plain(String messageId, String from, String subject, String text) {
        return "Message-ID: <" + messageId + ">\n"
                + "From: " + from + "\n"
                + "To: kirjaamo@ely.example\n"
                + "Subject: " + subject + "\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 8bit\n\n"
                + text + "\n";
    }

    /** How many messages of the mailbox's INBOX carry a flag, seen over IMAP as any client sees them. */
    static long flagged(Mailbox mailbox, String keyword) throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", GreenMailResource.imapPort(), mailbox.username, PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                Message[] messages = inbox.getMessages();
                return Arrays.stream(messages).filter(message -> {
                    try {
                        return message.getFlags().contains(keyword);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).count();
            } finally {
                inbox.close(false);
            }
        }
    }

    static int inboxSize(Mailbox mailbox) throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", GreenMailResource.imapPort(), mailbox.username, PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.getMessageCount();
            } finally {
                inbox.close(false);
            }
        }
    }
}
