package fi.kohtaamo.routing.service;

import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.AccessSecret;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.ResolutionCode;

import java.time.Instant;
import java.util.UUID;

/**
 * A finished contact of an earlier system (or of the demo's history), as an import brings it in:
 * no personal data, only what the figures and the forecast need. {@code externalId} is the earlier
 * system's id, unique within the importing organisation: importing it again changes nothing.
 * {@code firstRespondedAt} may be absent (the resolution was the first answer).
 */
public record PastContact(String externalId, UUID serviceId, Channel channel, String language, String description,
                          String handledBy, Instant receivedAt, Instant firstRespondedAt, Instant resolvedAt,
                          ResolutionCode resolutionCode, Instant closedAt) {

    /** The earliest receipt taken: older records are no customer service's history but a typo. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    /** The first response: the one given, or the resolution when none was. */
    public Instant firstResponse() {
        return firstRespondedAt != null ? firstRespondedAt : resolvedAt;
    }

    /**
     * Refuses times out of order or in the future, naming the field under {@code path}
     * (for example {@code contacts[3]}): a contact is received, answered, resolved and closed in
     * that order, all before {@code now}.
     */
    public void requireInOrder(String path, Instant now) {
        if (receivedAt.isBefore(EARLIEST)) {
            throw ProblemException.invalid(path + ".receivedAt", "must be in 1970 or later");
        }
        requireNotBefore(path + ".firstRespondedAt", firstResponse(), receivedAt, "receivedAt");
        requireNotBefore(path + ".resolvedAt", resolvedAt, firstResponse(), "firstRespondedAt");
        requireNotBefore(path + ".closedAt", closedAt, resolvedAt, "resolvedAt");
        if (closedAt.isAfter(now)) {
            throw ProblemException.invalid(path + ".closedAt", "must be in the past: only finished contacts are imported");
        }
    }

    /** What makes two imports of one {@code externalId} the same contact. */
    String fingerprint() {
        return AccessSecret.hash(String.join("\u001f", String.valueOf(serviceId), String.valueOf(channel), language,
                String.valueOf(description), String.valueOf(handledBy), String.valueOf(receivedAt),
                String.valueOf(firstRespondedAt), String.valueOf(resolvedAt), String.valueOf(resolutionCode),
                String.valueOf(closedAt)));
    }

    private static void requireNotBefore(String field, Instant value, Instant earliest, String earlierField) {
        if (value.isBefore(earliest)) {
            throw ProblemException.invalid(field, "must not be before " + earlierField);
        }
    }
}
