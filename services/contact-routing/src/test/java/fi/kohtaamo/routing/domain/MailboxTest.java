package fi.kohtaamo.routing.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What the supervisor sees of a mailbox's last pass: a failure until a pass reads the server again. */
class MailboxTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aFailedPassKeepsTheLastReadAndNamesTheFailure() {
        Mailbox mailbox = new Mailbox();
        mailbox.readAt(NOW);
        mailbox.failed("AuthenticationFailedException");
        assertThat(mailbox.lastReadAt).isEqualTo(NOW);
        assertThat(mailbox.lastError).isEqualTo("AuthenticationFailedException");
    }

    @Test
    void aPassThatReadsTheServerClearsTheFailure() {
        Mailbox mailbox = new Mailbox();
        mailbox.failed("ConnectException");
        mailbox.readAt(NOW.plusSeconds(60));
        assertThat(mailbox.lastReadAt).isEqualTo(NOW.plusSeconds(60));
        assertThat(mailbox.lastError).isNull();
    }
}
