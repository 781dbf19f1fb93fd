package fi.kohtaamo.outbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that tells an outage from a bad message. A transient failure (the service's own
 * database unreachable, restarting or out of connections, a serialisation conflict) says nothing
 * about the event: retrying it later will work, so it is never dead-lettered. Anything else may
 * be the event's fault.
 */
public final class TransientFailures {

    /**
     * SQLSTATE classes and codes of outages: 08 connection exception, 53 insufficient resources,
     * 57P01-57P03 server shutting down or starting, 40001 serialisation failure, 40P01 deadlock.
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01");
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53");
    /** Agroal's pool timeout and Hibernate's connection failure, named so as not to depend on either. */
    private static final Set<String> TRANSIENT_TYPES = Set.of("org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException", "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException", "jakarta.persistence.QueryTimeoutException");

    private TransientFailures() {
    }

    /** True when {@code failure} or any of its causes is an outage rather than a bad message. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConsumerStopping || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof org.apache.kafka.common.errors.RetriableException
                    || TRANSIENT_TYPES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && isTransientState(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientState(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // Agroal: "Acquisition timeout while waiting for new connection" when none frees up in time.
            return sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return TRANSIENT_STATES.contains(state) || (state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2)));
    }

    /** The service is stopping while an event waits for its database: re-read after the restart. */
    public static final class ConsumerStopping extends RuntimeException {
        public ConsumerStopping(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
