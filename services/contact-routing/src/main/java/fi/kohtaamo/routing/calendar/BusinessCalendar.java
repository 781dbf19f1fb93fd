package fi.kohtaamo.routing.calendar;

import fi.kohtaamo.calendar.FinnishHolidays;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Business hours: working periods per weekday (several a day), exceptions for single dates (other
 * hours, or closed), and optionally Finland's public holidays, all in one time zone. Service-level
 * clocks run only inside these hours; periods are wall-clock times, so daylight saving moves them
 * with the local day.
 */
public final class BusinessCalendar {

    /** A working period within a day, [opens, closes). */
    public record Period(LocalTime opens, LocalTime closes) {
        public Period {
            if (opens == null || closes == null || !opens.isBefore(closes)) {
                throw new IllegalArgumentException("a period must open before it closes");
            }
        }
    }

    /** How far ahead (or back) the clock looks for working time before it gives up. */
    private static final int HORIZON_DAYS = 3 * 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Period>> week;
    private final Map<LocalDate, List<Period>> exceptions;
    private final boolean publicHolidays;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new HashMap<>();

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Period>> week, Map<LocalDate, List<Period>> exceptions,
                            boolean publicHolidays) {
        this.zone = zone;
        this.week = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, periods) -> this.week.put(day, sortedWithoutOverlap(periods)));
        this.exceptions = new HashMap<>();
        exceptions.forEach((date, periods) -> this.exceptions.put(date, sortedWithoutOverlap(periods)));
        this.publicHolidays = publicHolidays;
    }

    /** Round the clock, every day: for queues that never close. */
    public static BusinessCalendar always(ZoneId zone) {
        Map<DayOfWeek, List<Period>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(new Period(LocalTime.MIN, LocalTime.MAX)));
        }
        return new BusinessCalendar(zone, week, Map.of(), false);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The working periods of a date: its exception if it has one, closed on a holiday, else its weekday's. */
    public List<Period> periodsOn(LocalDate date) {
        List<Period> exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        if (publicHolidays && holidays(date.getYear()).contains(date)) {
            return List.of();
        }
        return week.getOrDefault(date.getDayOfWeek(), List.of());
    }

    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return periodsOn(local.toLocalDate()).stream().anyMatch(period -> {
            Instant opens = at(local.toLocalDate(), period.opens());
            Instant closes = closing(local.toLocalDate(), period);
            return !instant.isBefore(opens) && instant.isBefore(closes);
        });
    }

    /** The instant at which {@code amount} of business time has passed after {@code start}. */
    public Instant plusBusinessTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        Duration left = amount;
        LocalDate date = start.atZone(zone).toLocalDate();
        for (int day = 0; day < HORIZON_DAYS; day++, date = date.plusDays(1)) {
            for (Period period : periodsOn(date)) {
                Instant opens = at(date, period.opens());
                Instant closes = closing(date, period);
                if (!closes.isAfter(start)) {
                    continue;
                }
                Instant from = opens.isBefore(start) ? start : opens;
                Duration available = Duration.between(from, closes);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("the calendar has no working time within " + HORIZON_DAYS + " days of " + start);
    }

    /** Business time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            for (Period period : periodsOn(date)) {
                Instant opens = at(date, period.opens());
                Instant closes = closing(date, period);
                Instant start = opens.isBefore(from) ? from : opens;
                Instant end = closes.isAfter(to) ? to : closes;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private Set<LocalDate> holidays(int year) {
        synchronized (holidaysByYear) {
            return holidaysByYear.computeIfAbsent(year, FinnishHolidays::dates);
        }
    }

    private Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** A period closing at 23:59:59.999… runs to the next midnight. */
    private Instant closing(LocalDate date, Period period) {
        return period.closes().equals(LocalTime.MAX) ? date.plusDays(1).atStartOfDay(zone).toInstant() : at(date, period.closes());
    }

    private static List<Period> sortedWithoutOverlap(List<Period> periods) {
        List<Period> sorted = periods.stream().sorted(Comparator.comparing(Period::opens)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).opens().isBefore(sorted.get(i - 1).closes())) {
                throw new IllegalArgumentException("periods " + sorted.get(i - 1) + " and " + sorted.get(i) + " overlap");
            }
        }
        return sorted;
    }
}
