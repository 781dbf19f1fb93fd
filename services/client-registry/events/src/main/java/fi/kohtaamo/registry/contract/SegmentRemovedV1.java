package fi.kohtaamo.registry.contract;

/**
 * Data of {@code fi.kohtaamo.client.segment-removed.v1}: a segment definition was removed (schema:
 * client.segment-removed.v1.schema.json); {@code version} is the removed definition's last version.
 * A consumer forgets its copy. Subject and key: {@code segment:<code>} ({@link SegmentDefinedV1#subject}).
 */
public record SegmentRemovedV1(String code, int version) {

    public static final String TYPE = "fi.kohtaamo.client.segment-removed.v1";
}
