package fi.kohtaamo.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code kohtaamo.gateway.*}: the routing table and edge limits. */
@ConfigMapping(prefix = "kohtaamo.gateway")
public interface GatewayConfig {

    /** Route name → where it goes and which path prefixes it owns. */
    Map<String, Route> routes();

    @WithDefault("1M")
    MemorySize maxBodySize();

    /**
     * Paths where files are uploaded (a {@code *} stands for one path segment): their bodies may be
     * up to {@link #maxUploadSize()} and are streamed to the service as they arrive, never held whole.
     */
    @WithDefault("/api/v1/contacts/*/attachments")
    List<String> uploadPaths();

    /** The largest upload body: contact routing's per-file limit (10 MB) and room for the form around it. */
    @WithDefault("12M")
    MemorySize maxUploadSize();

    /** How long a service may stay silent on a request before the gateway answers 504. */
    @WithDefault("60s")
    Duration upstreamTimeout();

    /** What a 503 for a service that is down or busy tells the client to wait before trying again. */
    @WithDefault("5s")
    Duration retryAfter();

    /** Kept-alive connections to each service at most (each carries one request at a time). */
    @WithDefault("64")
    int upstreamConnections();

    /**
     * Requests that may wait for a connection to one service once all of {@link #upstreamConnections()}
     * are busy; one more is answered 503 ({@code service-busy}) at once and never sent: an overloaded
     * service sheds what it cannot take soon, rather than queueing it until the client gives up.
     * Bounded in length, not in time: Vert.x 4.5's pool lost connections when waits timed out.
     * Vert.x counts connections still being opened among the waiting.
     */
    @WithDefault("500")
    int upstreamQueue();

    /**
     * Whether Swagger UI over every service's OpenAPI document is served at /api-docs/ (on
     * locally; the chart's {@code swaggerUi.enabled} switches it in production). The documents
     * themselves (/openapi/{service}) are the published contract and always served.
     */
    @WithDefault("true")
    boolean swaggerUi();

    /**
     * Route group name → its limits. A request counts against the group whose path prefix fits it
     * most closely (and whose methods include its method); "/" catches the rest.
     */
    Map<String, RateLimit> rateLimits();

    interface RateLimit {
        /** Path prefixes of the group ("/" for everything). */
        List<String> paths();

        /** HTTP methods counted (none given: all). */
        java.util.Optional<List<String>> methods();

        /** Requests per minute per client address, for callers without a token. */
        int anonymousPerMinute();

        /** Requests per minute per token subject (a person or an agency system's service account). */
        int authenticatedPerMinute();
    }

    interface Route {
        URI url();

        List<String> prefixes();

        /** Whether the service publishes an OpenAPI document at /q/openapi. */
        @WithDefault("true")
        boolean openapi();
    }
}
