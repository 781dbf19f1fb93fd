package fi.kohtaamo.catalogue.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.kohtaamo.calendar.FinnishHolidays;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A channel's service hours: always open, or weekly schedules (each valid from/to, several
 * periods a day) with exceptional days (closures, other hours) and, by default, closed on Finnish
 * public holidays. Times are local to Europe/Helsinki, so "08:00" is 08:00 in winter and summer.
 */
public record ServiceHours(boolean alwaysOpen, boolean closedOnPublicHolidays, List<WeeklySchedule> schedules,
                           List<ExceptionalDay> exceptions) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
    private static final int LOOKAHEAD_DAYS = 400;

    public ServiceHours {
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    public static ServiceHours none() {
        return new ServiceHours(false, true, List.of(), List.of());
    }

    /** One opening period; {@code closes} of 00:00 means midnight at the end of the day. */
    /**
     * These hours with the date-limited schedules of {@code before} kept (a summer's hours from PTV):
     * an administrator's weekly hours replace only the year-round schedule, never a season's.
     */
    public ServiceHours keepingDatedSchedulesOf(ServiceHours before) {
        List<WeeklySchedule> all = new ArrayList<>(schedules);
        if (before != null && before.schedules() != null) {
            before.schedules().stream().filter(s -> s.validFrom() != null || s.validTo() != null).forEach(all::add);
        }
        return new ServiceHours(alwaysOpen, closedOnPublicHolidays, all, exceptions);
    }

    public record Period(DayOfWeek day, LocalTime opens, LocalTime closes) {
        public Period {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
                throw new IllegalArgumentException("a period closes after it opens: " + opens + "-" + closes);
            }
        }
    }

    /** Weekly hours valid from a date (inclusive) until a date (inclusive, or open-ended). */
    public record WeeklySchedule(LocalDate validFrom, LocalDate validTo, List<Period> periods) {
        public WeeklySchedule {
            periods = periods == null ? List.of() : List.copyOf(periods);
            if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
                throw new IllegalArgumentException("validTo is before validFrom");
            }
        }

        boolean covers(LocalDate date) {
            return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
        }
    }

    /** A day with other hours than usual: closed, or open in the given periods (their day is ignored). */
    public record ExceptionalDay(LocalDate date, boolean closed, List<Period> periods, Localized reason) {
        public ExceptionalDay {
            Objects.requireNonNull(date, "date");
            periods = periods == null ? List.of() : List.copyOf(periods);
        }
    }

    /** Whether the channel is open at an instant, until when, and when it opens next. */
    public record OpenState(boolean open, Instant closesAt, Instant opensNext) {
    }

    public OpenState at(Instant now) {
        if (alwaysOpen) {
            return new OpenState(true, null, null);
        }
        LocalDate today = now.atZone(ZONE).toLocalDate();
        // yesterday too: a period may run to midnight, and the search starts before now
        for (LocalDate day = today.minusDays(1); day.isBefore(today.plusDays(LOOKAHEAD_DAYS)); day = day.plusDays(1)) {
            for (Interval interval : intervalsOn(day)) {
                if (!now.isBefore(interval.start()) && now.isBefore(interval.end())) {
                    return new OpenState(true, closingOf(interval), null);
                }
                if (interval.start().isAfter(now)) {
                    return new OpenState(false, null, interval.start());
                }
            }
        }
        return new OpenState(false, null, null);
    }

    private record Interval(Instant start, Instant end) {
    }

    /**
     * The end of an open stretch: periods that start when the previous one ends (Friday until
     * midnight, Saturday from midnight) keep the channel open. Looks at most two weeks ahead.
     */
    private Instant closingOf(Interval interval) {
        Instant end = interval.end();
        Instant horizon = interval.start().plus(java.time.Duration.ofDays(14));
        boolean extended = true;
        while (extended && end.isBefore(horizon)) {
            extended = false;
            LocalDate endDay = end.atZone(ZONE).toLocalDate();
            for (LocalDate day = endDay.minusDays(1); !day.isAfter(endDay); day = day.plusDays(1)) {
                for (Interval next : intervalsOn(day)) {
                    if (!next.start().isAfter(end) && next.end().isAfter(end)) {
                        end = next.end();
                        extended = true;
                    }
                }
            }
        }
        return end;
    }

    private List<Interval> intervalsOn(LocalDate date) {
        List<Interval> intervals = new ArrayList<>();
        for (Period period : periodsOn(date)) {
            ZonedDateTime start = ZonedDateTime.of(date, period.opens(), ZONE);
            ZonedDateTime end = period.closes().equals(LocalTime.MIDNIGHT)
                    ? date.plusDays(1).atStartOfDay(ZONE)
                    : ZonedDateTime.of(date, period.closes(), ZONE);
            intervals.add(new Interval(start.toInstant(), end.toInstant()));
        }
        intervals.sort(Comparator.comparing(Interval::start));
        return intervals;
    }

    /** The periods a channel is open on a date, exceptions and holidays applied; empty when closed. */
    @JsonIgnore
    public List<Period> periodsOn(LocalDate date) {
        for (ExceptionalDay exception : exceptions) {
            if (exception.date().equals(date)) {
                return exception.closed() ? List.of() : exception.periods();
            }
        }
        if (closedOnPublicHolidays && FinnishHolidays.isHoliday(date)) {
            return List.of();
        }
        // The schedule that started last wins: a summer schedule inside a year-round one.
        WeeklySchedule current = null;
        for (WeeklySchedule schedule : schedules) {
            if (schedule.covers(date) && (current == null || startOf(schedule).isAfter(startOf(current)))) {
                current = schedule;
            }
        }
        if (current == null) {
            return List.of();
        }
        return current.periods().stream().filter(period -> period.day() == date.getDayOfWeek()).toList();
    }

    private static LocalDate startOf(WeeklySchedule schedule) {
        return schedule.validFrom() == null ? LocalDate.MIN : schedule.validFrom();
    }
}
