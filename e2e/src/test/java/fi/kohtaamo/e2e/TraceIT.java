package fi.kohtaamo.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One contact is one trace across services. This test is the OpenTelemetry collector: it listens
 * where the platform's services export their spans over OTLP/HTTP ({@code kohtaamo.otlp.endpoint},
 * the launcher's {@code KOHTAAMO_OTLP_ENDPOINT}), decodes them with the {@code opentelemetry-proto}
 * classes, sends one contact through the gateway as a client that starts a trace, and checks that
 * the gateway, contact routing (its HTTP request) and feedback (consuming routing's event from
 * Kafka) all recorded spans in that one trace, each service's first span a child of the one before.
 * Skipped when no endpoint is named (a platform started without one exports nothing).
 */
class TraceIT {

    private static final Logger LOG = Logger.getLogger(TraceIT.class);
    private static final String ENDPOINT = System.getProperty("kohtaamo.otlp.endpoint", "");
    private static final String PERMIT_SERVICE = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";
    private static final HexFormat HEX = HexFormat.of();

    private static final ConcurrentLinkedQueue<ReceivedSpan> SPANS = new ConcurrentLinkedQueue<>();
    private static HttpServer receiver;

    /** One span as received: the exporting service, its ids in hex, and what it did. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, String kind,
                        long startNanos, long durationMicros) {
    }

    @BeforeAll
    static void startReceiver() throws IOException {
        assumeTrue(!ENDPOINT.isBlank(), "no kohtaamo.otlp.endpoint: the platform exports no spans (KOHTAAMO_OTLP_ENDPOINT)");
        URI endpoint = URI.create(ENDPOINT);
        receiver = HttpServer.create(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 50);
        receiver.createContext("/", TraceIT::receive);
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    /** OTLP/HTTP with binary protobuf: POST /v1/traces, an ExportTraceServiceRequest, gzip or not. */
    private static void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body.readAllBytes());
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = resource.getResource().getAttributesList().stream()
                        .filter(attribute -> attribute.getKey().equals("service.name"))
                        .map(KeyValue::getValue).map(AnyValue::getStringValue).findFirst().orElse("?");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    scope.getSpansList().forEach(span -> SPANS.add(new ReceivedSpan(service,
                            HEX.formatHex(span.getTraceId().toByteArray()), HEX.formatHex(span.getSpanId().toByteArray()),
                            HEX.formatHex(span.getParentSpanId().toByteArray()), span.getName(),
                            span.getKind().name().replace("SPAN_KIND_", ""), span.getStartTimeUnixNano(),
                            (span.getEndTimeUnixNano() - span.getStartTimeUnixNano()) / 1_000)));
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    @Test
    void oneContactIsOneTraceFromTheGatewayThroughRoutingToFeedback() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String clientSpan = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Platform.gateway().contentType(ContentType.JSON)
                        .header("traceparent", "00-" + traceId + "-" + clientSpan + "-01")
                        .body(Map.of("serviceId", PERMIT_SERVICE, "language", "fi", "attributes", Platform.PERMIT_ANSWERS,
                                "description", "Jäljitetty yhteydenotto " + UUID.randomUUID()))
                        .when().post("/api/v1/contacts").statusCode() == 201);

        // Feedback's span comes after the outbox relay (1 s), Kafka and the exporters' batches (5 s).
        Set<String> services = Set.of("gateway", "contact-routing", "feedback");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> trace(traceId).stream().map(ReceivedSpan::service).collect(Collectors.toSet())
                        .containsAll(services));

        List<ReceivedSpan> trace = trace(traceId);
        LOG.infof("One contact's trace %s:%n%s", traceId, table(trace));
        Set<String> spanIds = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        ReceivedSpan gateway = first(trace, "gateway");
        assertThat(gateway.parentSpanId()).as("the gateway continues the client's trace").isEqualTo(clientSpan);
        ReceivedSpan routing = first(trace, "contact-routing");
        assertThat(trace).filteredOn(span -> span.spanId().equals(routing.parentSpanId()))
                .as("routing's request is a child of a gateway span, not of the client's")
                .extracting(ReceivedSpan::service).containsOnly("gateway");
        ReceivedSpan feedback = first(trace, "feedback");
        assertThat(spanIds).as("feedback's consumer continues a span of the trace (routing's)")
                .contains(feedback.parentSpanId());
        assertThat(trace).filteredOn(span -> span.service().equals("feedback"))
                .extracting(ReceivedSpan::kind).contains("CONSUMER");
    }

    private static List<ReceivedSpan> trace(String traceId) {
        return SPANS.stream().filter(span -> span.traceId().equals(traceId))
                .sorted(java.util.Comparator.comparingLong(ReceivedSpan::startNanos)).toList();
    }

    private static ReceivedSpan first(List<ReceivedSpan> trace, String service) {
        return trace.stream().filter(span -> span.service().equals(service)).findFirst().orElseThrow();
    }

    private static String table(List<ReceivedSpan> trace) {
        long start = trace.get(0).startNanos();
        return "| service | span | kind | id | parent | starts at ms | duration ms |\n| --- | --- | --- | --- | --- | --- | --- |\n"
                + trace.stream().map(span -> "| %s | %s | %s | %s | %s | %.1f | %.1f |".formatted(span.service(), span.name(),
                        span.kind(), span.spanId(), span.parentSpanId(), (span.startNanos() - start) / 1e6, span.durationMicros() / 1e3))
                .collect(Collectors.joining("\n"));
    }
}
