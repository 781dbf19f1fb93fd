package fi.kohtaamo.registry.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code fi.kohtaamo.client.export-requested.v1}: every service holding client data
 * answers with a {@code fi.kohtaamo.client.export-part.v1} on topic {@code kohtaamo.exports.v1}
 * carrying the same exportId (schemas: events/client.export-*.v1.schema.json).
 */
public record ExportRequestedV1(UUID exportId, UUID clientId, Instant requestedAt) {

    public static final String TYPE = "fi.kohtaamo.client.export-requested.v1";
    public static final String PART_TYPE = "fi.kohtaamo.client.export-part.v1";
}
