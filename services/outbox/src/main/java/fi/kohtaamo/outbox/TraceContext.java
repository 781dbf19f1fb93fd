package fi.kohtaamo.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;

import java.util.HashMap;
import java.util.Map;

/**
 * The W3C {@code traceparent} of the current trace, written with each event so that one contact's
 * intake, routing, feedback and registry work are one trace across services. Through the
 * OpenTelemetry API only: the services bring the SDK (quarkus-opentelemetry); without one, or
 * outside any span, there is no trace to continue and the value is null.
 */
public final class TraceContext {

    /** The Kafka header and CloudEvents extension attribute (CloudEvents distributed tracing). */
    public static final String TRACEPARENT = "traceparent";

    private TraceContext() {
    }

    /** The current span's {@code traceparent}, or null when no valid span is current. */
    public static String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }
}
