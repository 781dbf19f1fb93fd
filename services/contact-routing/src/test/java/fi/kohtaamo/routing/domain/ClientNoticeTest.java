package fi.kohtaamo.routing.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An e-mail notice's delivery: sent once, or retried after a growing pause, without a database. */
class ClientNoticeTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aFailedNoticeIsTriedAgainAfterAPauseThatDoublesUpToACap() {
        ClientNotice notice = new ClientNotice();
        notice.failed("connection refused", NOW);
        assertThat(notice.attempts).isEqualTo(1);
        assertThat(notice.lastError).isEqualTo("connection refused");
        assertThat(notice.nextAttemptAt).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        notice.failed("again", NOW);
        assertThat(notice.nextAttemptAt).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        for (int i = 0; i < 10; i++) {
            notice.failed("still", NOW);
        }
        assertThat(notice.nextAttemptAt).isEqualTo(NOW.plus(Duration.ofMinutes(256)));
        assertThat(notice.sentAt).isNull();
    }

    @Test
    void aSentNoticeIsNeitherSentNorFailedAgain() {
        ClientNotice notice = new ClientNotice();
        notice.sent(NOW);
        assertThat(notice.sentAt).isEqualTo(NOW);
        assertThatThrownBy(() -> notice.sent(NOW.plusSeconds(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> notice.failed("late", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(notice.sentAt).isEqualTo(NOW);
        assertThat(notice.attempts).isZero();
    }
}
