package fi.kohtaamo.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the envelope every Kohtaamo event crosses
 * service boundaries in. {@code id} is the consumers' deduplication key and {@code subject}
 * the aggregate id (also the Kafka key, so one aggregate's events stay in order).
 * {@code traceparent} (the CloudEvents distributed-tracing extension, optional) is the W3C trace
 * context of the request that wrote the event; the relay also sends it as a Kafka header, which is
 * where consumers' tracing reads it.
 */
public record CloudEvent(UUID id, String source, String type, String subject, OffsetDateTime time, JsonNode data,
                         String traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        requireText(source, "source");
        requireText(type, "type");
        requireText(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** An event outside any trace. */
    public CloudEvent(UUID id, String source, String type, String subject, OffsetDateTime time, JsonNode data) {
        this(id, source, type, subject, time, data, null);
    }

    /** A new event, carrying the current trace context if there is one. */
    public static CloudEvent create(String source, String type, String subject, JsonNode data) {
        return new CloudEvent(UUID.randomUUID(), source, type, subject,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), data, TraceContext.currentTraceparent());
    }

    public String toJson(ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.put("specversion", SPEC_VERSION);
        node.put("id", id.toString());
        node.put("source", source);
        node.put("type", type);
        node.put("subject", subject);
        node.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        node.put("datacontenttype", "application/json");
        if (traceparent != null) {
            node.put(TraceContext.TRACEPARENT, traceparent);
        }
        node.set("data", data);
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + id, e);
        }
    }

    /** Reads a structured-mode CloudEvent; rejects anything that is not one. */
    public static CloudEvent parse(ObjectMapper mapper, String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a CloudEvent must be a JSON object");
        }
        if (!SPEC_VERSION.equals(node.path("specversion").asText())) {
            throw new IllegalArgumentException("unsupported specversion: " + node.path("specversion"));
        }
        try {
            return new CloudEvent(
                    UUID.fromString(node.path("id").asText()),
                    node.path("source").asText(null),
                    node.path("type").asText(null),
                    node.path("subject").asText(null),
                    OffsetDateTime.parse(node.path("time").asText()),
                    node.has("data") ? node.get("data") : null,
                    node.path(TraceContext.TRACEPARENT).asText(null));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid CloudEvent: " + e.getMessage(), e);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
