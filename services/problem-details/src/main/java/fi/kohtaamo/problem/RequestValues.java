package fi.kohtaamo.problem;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Request values read by hand (query strings, headers), each refused as a problem naming it. */
public final class RequestValues {

    private RequestValues() {
    }

    /** An ISO-8601 instant, or the fallback when absent. */
    public static Instant instant(String field, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z");
        }
    }

    /** An ISO-8601 date ({@code 2026-11-01}); null when absent. */
    public static java.time.LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 date such as 2026-11-01");
        }
    }

    /** A UUID; null when absent. */
    public static java.util.UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            java.util.UUID uuid = java.util.UUID.fromString(value.strip());
            if (uuid.toString().equalsIgnoreCase(value.strip())) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw ProblemException.invalid(field, "must be a UUID");
    }

    /** One of an enumeration's names, exactly; null when absent. The message lists the names. */
    public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        throw ProblemException.invalid(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** The version in an If-Match ETag ({@code "7"} or {@code W/"7"}); null when the header is absent. */
    public static Integer ifMatchVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Integer.parseInt(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "not an ETag of this resource");
        }
    }

    /** Like {@link #ifMatchVersion} for updates that must name the version they replace (428 without). */
    public static int requiredIfMatchVersion(String ifMatch) {
        Integer version = ifMatchVersion(ifMatch);
        if (version == null) {
            throw new ProblemException(Problem.of(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag of the version you read"));
        }
        return version;
    }
}
