package fi.kohtaamo.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code kohtaamo.inbox.*}: whom a service's consumers believe, how they retry, how long they remember. */
@ConfigMapping(prefix = "kohtaamo.inbox")
public interface InboxConfig {

    /**
     * Each event type prefix a consumer reads (e.g. {@code "fi.kohtaamo.contact."}) with the one
     * topic and the producers' CloudEvents sources it may come from. An event of a type without
     * an entry, on another topic or from another source is refused to the dead-letter topic.
     */
    Map<String, Origin> origins();

    /**
     * How long the inbox remembers a processed event: longer than the longest redelivery window
     * (the dead-letter topics' retention, 30 days, through which a dead letter can be replayed),
     * so that a replayed or re-read event is still recognised as a duplicate.
     */
    @WithDefault("35d")
    Duration keepFor();

    /**
     * Attempts at an event that fails for a reason other than a transient outage, with back-off
     * between them, before it is dead-lettered. Transient failures are retried without limit.
     */
    @WithDefault("4")
    int attempts();

    /** The first back-off; doubled after each failed attempt up to {@link #maxBackoff()}. */
    @WithDefault("1s")
    Duration firstBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /** Where events of one type prefix may come from. */
    interface Origin {

        /**
         * The producers' topics: one, the owner's; a type several services answer with on their own
         * topics (the registry's sealed export parts) lists each, in the order of {@link #sources()}:
         * the i-th source is believed on the i-th topic only.
         */
        List<String> topic();

        /** The producers' CloudEvents {@code source}s (several for a conversation topic). */
        List<String> sources();
    }
}
