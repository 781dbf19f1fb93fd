package fi.kohtaamo.webhooks.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code kohtaamo.webhooks.*}: how deliveries are made and retried, and which targets are allowed. */
@ConfigMapping(prefix = "kohtaamo.webhooks")
public interface WebhooksConfig {

    /** How often the worker looks for due deliveries, as the scheduler reads it ({@code off} stops it). */
    @WithDefault("1s")
    String deliverEvery();

    /** How often {@link WantedTypes} reads which organisations want which event types, as the scheduler reads it. */
    @WithDefault("5s")
    String wantedEvery();

    @WithDefault("50")
    int batchSize();

    @WithDefault("10s")
    Duration requestTimeout();

    /** A claimed delivery is not claimed again for this long. */
    @WithDefault("2M")
    Duration lease();

    @WithDefault("30S")
    Duration firstBackoff();

    @WithDefault("1H")
    Duration maxBackoff();

    /** How long a delivery is retried from when it was first due before it is parked. */
    @WithDefault("25H")
    Duration retryFor();

    /** How long the previous secret still signs after a rotation. */
    @WithDefault("24H")
    Duration secretOverlap();

    /** The platform's public address: each payload links to its API. */
    String apiBaseUrl();

    Targets targets();

    interface Targets {

        /** Whether plain http targets are allowed (development and tests only). */
        @WithDefault("false")
        boolean allowHttp();

        /** CIDR ranges an operator allows even though they are local or private. */
        Optional<List<String>> allowedRanges();
    }
}
