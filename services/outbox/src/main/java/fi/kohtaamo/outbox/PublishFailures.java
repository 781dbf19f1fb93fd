package fi.kohtaamo.outbox;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.InvalidRecordException;

import java.util.List;

/**
 * The one place that tells a poison outbox row from a passing failure. A poison row is refused for
 * what it is (too large, an invalid topic name, not serialisable): sending it again gives the same
 * answer, so it is parked with its reason. Everything else (a broker away, a timeout, a missing
 * authorisation that an operator will grant) is retried with back-off.
 */
public final class PublishFailures {

    private static final List<Class<? extends Throwable>> POISON = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidTopicException.class, SerializationException.class,
            InvalidRecordException.class);

    private PublishFailures() {
    }

    public static boolean isPoison(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Throwable current = t;
            if (POISON.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
        }
        return false;
    }
}
