package fi.kohtaamo.registry.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code fi.kohtaamo.client.erased.v1}: every service removes or anonymises what it holds
 * on this client (schema: events/client.erased.v1.schema.json).
 */
public record ClientErasedV1(UUID clientId, Instant erasedAt) {

    public static final String TYPE = "fi.kohtaamo.client.erased.v1";
}
