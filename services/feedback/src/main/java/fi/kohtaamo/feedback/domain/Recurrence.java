package fi.kohtaamo.feedback.domain;

import fi.kohtaamo.problem.ProblemException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How often a recurring survey goes again: every {@code every} weeks or months (quarterly is every
 * 3 months), counted in Helsinki's calendar so that a round stays on its weekday or day of month.
 */
public record Recurrence(int every, Unit unit) {

    public enum Unit { WEEKS, MONTHS }

    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
    public static final int MAX_WEEKS = 52;
    public static final int MAX_MONTHS = 12;

    public Recurrence {
        if (unit == null) {
            throw ProblemException.invalid("recurrence.unit", "WEEKS or MONTHS");
        }
        int most = unit == Unit.WEEKS ? MAX_WEEKS : MAX_MONTHS;
        if (every < 1 || every > most) {
            throw ProblemException.invalid("recurrence.every", "1–" + most + " " + unit.name().toLowerCase());
        }
    }

    /** The round after one due at {@code due}. */
    public Instant after(Instant due) {
        ZonedDateTime at = due.atZone(ZONE);
        return (unit == Unit.WEEKS ? at.plusWeeks(every) : at.plusMonths(every)).toInstant();
    }

    /** The round before one due at {@code due}: where a round's period of contacts starts. */
    public Instant before(Instant due) {
        ZonedDateTime at = due.atZone(ZONE);
        return (unit == Unit.WEEKS ? at.minusWeeks(every) : at.minusMonths(every)).toInstant();
    }

    /** The first round due after {@code now}, counted from {@code due} (rounds missed while stopped are not made up). */
    public Instant nextAfter(Instant due, Instant now) {
        Instant next = after(due);
        while (!next.isAfter(now)) {
            next = after(next);
        }
        return next;
    }
}
