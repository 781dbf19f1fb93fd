package fi.kohtaamo.mailqueue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void aQueuedMailIsDueAtOnce() {
        MailDelivery queued = MailDelivery.queued(NOW);

        assertThat(queued.nextAttemptAt()).isEqualTo(NOW);
        assertThat(queued.attempts()).isZero();
        assertThat(queued.sentAt()).isNull();
        assertThat(queued.gaveUp()).isFalse();
    }

    @Test
    void eachFailureDoublesThePauseUpTo256Minutes() {
        MailDelivery delivery = MailDelivery.queued(NOW).failed("connection refused", NOW);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastError()).isEqualTo("connection refused");
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));

        delivery = delivery.failed("again", NOW);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        for (int i = 0; i < 10; i++) {
            delivery = delivery.failed("still", NOW);
        }
        assertThat(delivery.nextAttemptAt()).as("capped").isEqualTo(NOW.plus(Duration.ofMinutes(256)));
        assertThat(delivery.createdAt()).isEqualTo(NOW);
    }

    @Test
    void theEighthFailureGivesUp() {
        MailDelivery delivery = MailDelivery.queued(NOW);
        for (int i = 1; i < MailDelivery.MAX_ATTEMPTS; i++) {
            delivery = delivery.failed("down", NOW);
            assertThat(delivery.gaveUp()).isFalse();
        }

        assertThat(delivery.failed("down", NOW).gaveUp()).isTrue();
    }

    @Test
    void aMailIsSentOnceAndThenNeitherFailsNorIsSentAgain() {
        MailDelivery sent = MailDelivery.queued(NOW).failed("down", NOW).sent(NOW.plusSeconds(120));

        assertThat(sent.sentAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.gaveUp()).isFalse();
        assertThatThrownBy(() -> sent.sent(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sent.failed("late", NOW)).isInstanceOf(IllegalStateException.class);
    }
}
