package fi.kohtaamo.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Keeps a local copy of another service's entity current from its events: an event is applied
 * when it is its first delivery (the {@link Inbox}) and newer than the copy (the rule of
 * {@link UpstreamVersion}); a redelivery or an older event arriving late is skipped. Kafka keeps
 * one entity's events in order, but a consumer group read again, a replayed topic or a dead letter
 * put back can still deliver an older state after a newer one.
 */
@ApplicationScoped
public class UpstreamCopies {

    /** What became of an event. */
    public enum Outcome {
        APPLIED,
        /** Delivered before: it had its effect then. */
        DUPLICATE,
        /** Not newer than the copy: applying it would step the copy back. */
        STALE
    }

    private static final Logger LOG = Logger.getLogger(UpstreamCopies.class);

    private final Inbox inbox;

    public UpstreamCopies(Inbox inbox) {
        this.inbox = inbox;
    }

    /** Reads a delivered message as a CloudEvent; rejects anything that is not one. */
    public CloudEvent parse(String json) {
        return inbox.parse(json);
    }

    /**
     * Applies {@code event} to the copy in the caller's transaction, so that the inbox record and
     * the change commit or roll back together.
     *
     * @param consumer the inbox consumer name; one per kind of copy, so that copies kept from the
     *                 same topic do not shadow each other
     * @param held     finds the copy the event is about; null when none is held yet
     * @param change   applies the event to the held copy (null when none) and returns the copy it
     *                 changed or a new one; null when it changed none (a withdrawal of a copy never
     *                 held). The returned copy then holds the event's version.
     * @param persist  stores a new copy; called after it holds its version, because an ORM writes
     *                 a new entity's state as it was when persisted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends LocalCopy> Outcome apply(String consumer, CloudEvent event, Supplier<T> held,
                                               UnaryOperator<T> change, Consumer<T> persist) {
        return apply(() -> inbox.firstDelivery(consumer, event), event, held, change, persist);
    }

    static <T extends LocalCopy> Outcome apply(BooleanSupplier firstDelivery, CloudEvent event, Supplier<T> held,
                                               UnaryOperator<T> change, Consumer<T> persist) {
        if (!firstDelivery.getAsBoolean()) {
            LOG.debugf("event %s already applied", event.id());
            return Outcome.DUPLICATE;
        }
        UpstreamVersion incoming = UpstreamVersion.of(event);
        T copy = held.get();
        if (copy != null && !incoming.isNewerThan(copy.heldVersion())) {
            LOG.debugf("event %s (%s) is not newer than the copy of %s (%s): skipped", event.id(), incoming,
                    event.subject(), copy.heldVersion());
            return Outcome.STALE;
        }
        T changed = change.apply(copy);
        if (changed != null) {
            changed.holdVersion(incoming);
            if (changed != copy) {
                persist.accept(changed);
            }
        }
        return Outcome.APPLIED;
    }
}
