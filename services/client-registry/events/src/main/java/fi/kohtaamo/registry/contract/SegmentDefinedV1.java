package fi.kohtaamo.registry.contract;

import java.util.List;

/**
 * Data of {@code fi.kohtaamo.client.segment-defined.v1}: a segment definition as other services may
 * use it (schema: client.segment-defined.v1.schema.json), on every definition and change, and once
 * for each segment defined before the event existed. Its code and the channels its clients are
 * steered to (most preferred first), never its members. Subject and key: {@code segment:<code>}.
 * A segment belongs to the platform, not to one agency, so it names no organisation.
 */
public record SegmentDefinedV1(String code, List<String> preferredChannels, int version) {

    public static final String TYPE = "fi.kohtaamo.client.segment-defined.v1";

    public SegmentDefinedV1 {
        preferredChannels = List.copyOf(preferredChannels);
    }

    /** The event's subject (and Kafka key) for a segment: apart from the clients' ids on the same topic. */
    public static String subject(String code) {
        return "segment:" + code;
    }
}
