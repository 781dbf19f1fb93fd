package fi.kohtaamo.feedback.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter in Helsinki time, the period of the public results: a quarter is published
 * only once it has ended, so that its figures no longer change as contacts arrive.
 */
public record Quarter(int year, int number) {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 1970 || year > 9999) {
            throw new IllegalArgumentException("not a quarter: " + year + "-Q" + number);
        }
    }

    /** "2026-Q3", or null when the text is not a quarter. */
    public static Quarter parseOrNull(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches() || Integer.parseInt(m.group(1)) < 1970) {
            return null;
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The last quarter that had ended by the instant (Helsinki time). */
    public static Quarter lastFullBefore(Instant now) {
        LocalDate today = now.atZone(HELSINKI).toLocalDate();
        int current = (today.getMonthValue() - 1) / 3 + 1;
        return current == 1 ? new Quarter(today.getYear() - 1, 4) : new Quarter(today.getYear(), current - 1);
    }

    /** Its first moment: midnight of its first day in Helsinki. */
    public Instant start() {
        return firstDay().atStartOfDay(HELSINKI).toInstant();
    }

    /** The first moment after it (exclusive end). */
    public Instant end() {
        ZonedDateTime next = firstDay().plusMonths(3).atStartOfDay(HELSINKI);
        return next.toInstant();
    }

    /** Whether it had ended by the instant. */
    public boolean endedBy(Instant now) {
        return !end().isAfter(now);
    }

    private LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
