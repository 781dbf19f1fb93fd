package fi.kohtaamo.registry.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code fi.kohtaamo.client.erased.v1}: every service removes or anonymises what it holds
 * on this client (schema: client.erased.v1.schema.json). The cause says why: erasure by
 * registry administration, a citizen's approved request, or the retention rule.
 */
public record ClientErasedV1(UUID clientId, Cause cause, Instant erasedAt) {

    public static final String TYPE = "fi.kohtaamo.client.erased.v1";

    public enum Cause { ADMINISTRATION, CITIZEN_REQUEST, RETENTION }
}
