package fi.kohtaamo.outbox;

import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are outages (retried for ever) and which are the message's fault. */
class FailureClassesTest {

    @Test
    void aDatabaseOutageIsTransientHoweverDeeplyWrapped() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5433 refused", "08001");
        assertThat(TransientFailures.isTransient(new IllegalStateException("cannot record", new RuntimeException(refused)))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("too many connections", "53300"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLTransientConnectionException("gone"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("could not serialize access", "40001"))).isTrue();
    }

    @Test
    void anEmptyPoolIsTransient() {
        assertThat(TransientFailures.isTransient(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException())))).isTrue();
    }

    @Test
    void aBadMessageIsNot() {
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("event without serviceId"))).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("value too long", "22001"))).isFalse();
        assertThat(TransientFailures.isTransient(new EventReceiver.Unprocessable("refused: wrong source", null))).isFalse();
    }

    @Test
    void aStoppingConsumerIsTransientSoThatItsEventIsReadAgain() {
        assertThat(TransientFailures.isTransient(new TransientFailures.ConsumerStopping("stopping", null))).isTrue();
    }

    @Test
    void onlyARecordKafkaWillNeverTakeIsPoison() {
        assertThat(PublishFailures.isPoison(new RecordTooLargeException("too large"))).isTrue();
        assertThat(PublishFailures.isPoison(new RuntimeException(new RecordTooLargeException("too large")))).isTrue();
        assertThat(PublishFailures.isPoison(new NotEnoughReplicasException("away"))).isFalse();
        // An operator grants a missing ACL; the row must then go out, not stay parked.
        assertThat(PublishFailures.isPoison(new TopicAuthorizationException(Set.of("kohtaamo.contacts.v1")))).isFalse();
    }

    @Test
    void backoffDoublesUpToItsCap() {
        Duration first = Duration.ofSeconds(1);
        Duration max = Duration.ofSeconds(30);
        assertThat(Backoff.after(1, first, max)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.after(3, first, max)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.after(40, first, max)).isEqualTo(max);
    }
}
