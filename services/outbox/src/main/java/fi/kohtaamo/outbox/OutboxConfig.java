package fi.kohtaamo.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code kohtaamo.outbox.*}: where a service's events go and how the relay runs. */
@ConfigMapping(prefix = "kohtaamo.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of this service's events, e.g. {@code /kohtaamo/contact-routing}. */
    String source();

    /** The service's topic, {@code kohtaamo.<service>.v1}. */
    String topic();

    /** The database schema that holds outbox_event and inbox_event (the service's own). */
    String schema();

    /** Whether this replica relays at all (a replica may be set to write only). */
    @WithDefault("true")
    boolean relayEnabled();

    /**
     * How often the scheduled pass runs (as the scheduler reads it). A commit wakes the relay at
     * once; the schedule catches what a wake-up did not: retries, and rows left by a crash.
     */
    @WithDefault("1s")
    String interval();

    /**
     * Whether the commit of a transaction that wrote events wakes the relay at once (see
     * {@link OutboxRelayJob#wake()}); without it events wait for the scheduled pass.
     */
    @WithDefault("true")
    boolean wakeOnCommit();

    @WithDefault("200")
    int batchSize();

    @WithDefault("10s")
    Duration sendTimeout();

    /** Published rows are deleted after this long. */
    @WithDefault("7d")
    Duration retention();
}
