package fi.kohtaamo.registry.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code fi.kohtaamo.client.merged.v1}: the client {@code mergedId} was a duplicate of
 * {@code survivorId}; every service re-points its references from the one to the other
 * (schema: client.merged.v1.schema.json).
 */
public record ClientMergedV1(UUID survivorId, UUID mergedId, Instant mergedAt) {

    public static final String TYPE = "fi.kohtaamo.client.merged.v1";
}
