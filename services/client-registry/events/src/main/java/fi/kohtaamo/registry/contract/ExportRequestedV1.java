package fi.kohtaamo.registry.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code fi.kohtaamo.client.export-requested.v1}: every service holding client data
 * answers with an {@link ExportPartV2} carrying the same exportId
 * (schema: client.export-requested.v1.schema.json).
 */
public record ExportRequestedV1(UUID exportId, UUID clientId, Instant requestedAt) {

    public static final String TYPE = "fi.kohtaamo.client.export-requested.v1";
}
