package fi.kohtaamo.routing.service;

import fi.kohtaamo.problem.PastRecords;
import fi.kohtaamo.routing.domain.AccessSecret;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.ResolutionCode;

import java.time.Instant;
import java.util.UUID;

import static fi.kohtaamo.problem.PastRecords.step;

/**
 * A finished contact of an earlier system (or of the demo's history), as an import brings it in:
 * no personal data, only what the figures and the forecast need. {@code externalId} is the earlier
 * system's id, unique within the importing organisation: importing it again changes nothing.
 * {@code firstRespondedAt} may be absent (the resolution was the first answer).
 */
public record PastContact(String externalId, UUID serviceId, Channel channel, String language, String description,
                          String handledBy, Instant receivedAt, Instant firstRespondedAt, Instant resolvedAt,
                          ResolutionCode resolutionCode, Instant closedAt) {

    /** The first response: the one given, or the resolution when none was. */
    public Instant firstResponse() {
        return firstRespondedAt != null ? firstRespondedAt : resolvedAt;
    }

    /**
     * Refuses times out of order, before 1970 or in the future, naming the field under
     * {@code path} (for example {@code contacts[3]}): a contact is received, answered, resolved
     * and closed in that order, all before {@code now}.
     */
    public void requireInOrder(String path, Instant now) {
        PastRecords.requireInOrder(path, now, step("receivedAt", receivedAt), step("firstRespondedAt", firstRespondedAt),
                step("resolvedAt", resolvedAt), step("closedAt", closedAt));
    }

    /** What makes two imports of one {@code externalId} the same contact. */
    String fingerprint() {
        return AccessSecret.hash(String.join("\u001f", String.valueOf(serviceId), String.valueOf(channel), language,
                String.valueOf(description), String.valueOf(handledBy), String.valueOf(receivedAt),
                String.valueOf(firstRespondedAt), String.valueOf(resolvedAt), String.valueOf(resolutionCode),
                String.valueOf(closedAt)));
    }
}
