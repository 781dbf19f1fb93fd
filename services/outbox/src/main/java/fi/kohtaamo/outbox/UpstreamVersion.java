package fi.kohtaamo.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;

/**
 * How new a local copy of another service's entity is: the producer's version of the entity and
 * the time of the event the copy was built from.
 * <p>
 * The one rule for "is this newer": the higher producer version wins; with equal versions the
 * later event time wins. The version comes first because the producer raises it with every change
 * of the entity, in the transaction of the change, and the committed state it describes is what
 * the next change starts from: it grows with the entity's history whatever the clocks say. The
 * event time is each producer replica's wall clock when it wrote the
 * event, before commit: two replicas' clocks differ and a transaction that commits later may
 * have read the clock earlier, so time alone can call an older state newer. Time still decides
 * between events of one version (a producer restating an unchanged entity) and for producers
 * whose events carry no version (read as version 0, so time alone decides for them).
 * <p>
 * By the platform's convention the version travels as {@code data.version} (the catalogue's and
 * the registry's events carry it; see docs/events.md).
 * <p>
 * A copy kept as a JPA entity embeds it ({@code @Embedded}) as the columns {@code version} and
 * {@code updated_at}, so that every copy stores it the same way.
 */
@Embeddable
public record UpstreamVersion(@Column(name = "version", nullable = false) long version,
                              @Column(name = "updated_at", nullable = false) Instant time) {

    public UpstreamVersion {
        Objects.requireNonNull(time, "time");
    }

    /** The version an event states: {@code data.version} (0 when absent) and the event's time. */
    public static UpstreamVersion of(CloudEvent event) {
        return new UpstreamVersion(event.data().path("version").asLong(0), event.time().toInstant());
    }

    /** True when this is newer than what is held; anything is newer than nothing held. */
    public boolean isNewerThan(UpstreamVersion held) {
        if (held == null) {
            return true;
        }
        return version != held.version ? version > held.version : time.isAfter(held.time);
    }
}
