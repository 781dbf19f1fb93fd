package fi.kohtaamo.catalogue.rest;

import fi.kohtaamo.catalogue.domain.Localized;
import fi.kohtaamo.catalogue.domain.ServiceHours;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.problem.RequestValues;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A channel's new hours as its admin edits them: periods per weekday and exceptional days, each
 * closed or open from–to (or in several periods, such as 8–11 and 12–15), with an optional note.
 * Times and dates arrive as text so that a bad one is refused naming its field
 * ({@code hours[2].from}, {@code exceptions[0].date}, {@code exceptions[0].periods[1].to}).
 */
public record ChannelHoursRequest(Boolean alwaysOpen, Boolean closedOnPublicHolidays, List<Period> hours,
                                  List<Exception> exceptions) {

    /** More exceptional days than a year has are a mistake or an attack, not a schedule. */
    static final int MAX_EXCEPTIONS = 366;
    static final int MAX_PERIODS = 7 * 6;
    static final int MAX_NOTE = 500;
    /** Periods an exceptional day may have: as many as a weekday's rows on the page, and then some. */
    static final int MAX_DAY_PERIODS = 6;
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

    public record Period(String day, String from, String to) {
    }

    /** One opening period of an exceptional day. */
    public record Slot(String from, String to) {
    }

    /** An exceptional day: closed, or open from–to, or open in {@code periods} (then without from and to). */
    public record Exception(String date, Boolean closed, String from, String to, Localized note, List<Slot> periods) {
    }

    /** The hours to store: one weekly schedule valid from now on, replacing the earlier ones. */
    public ServiceHours toHours() {
        List<Period> periods = hours == null ? List.of() : hours;
        List<Exception> days = exceptions == null ? List.of() : exceptions;
        if (periods.size() > MAX_PERIODS) {
            throw ProblemException.invalid("hours", "at most " + MAX_PERIODS + " periods");
        }
        if (days.size() > MAX_EXCEPTIONS) {
            throw ProblemException.invalid("exceptions", "at most " + MAX_EXCEPTIONS + " exceptional days");
        }
        List<ServiceHours.Period> weekly = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            String field = "hours[" + i + "]";
            Period period = periods.get(i);
            if (period == null) {
                throw ProblemException.invalid(field, "missing");
            }
            DayOfWeek day = RequestValues.oneOf(field + ".day", period.day(), DayOfWeek.class);
            if (day == null) {
                throw ProblemException.invalid(field + ".day", "required");
            }
            ServiceHours.Period parsed = period(field, day, period.from(), period.to());
            for (int j = 0; j < weekly.size(); j++) {
                if (overlap(weekly.get(j), parsed)) {
                    throw ProblemException.invalid(field + ".from", "overlaps hours[" + j + "] on " + day);
                }
            }
            weekly.add(parsed);
        }
        List<ServiceHours.ExceptionalDay> exceptional = new ArrayList<>();
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            String field = "exceptions[" + i + "]";
            Exception day = days.get(i);
            if (day == null) {
                throw ProblemException.invalid(field, "missing");
            }
            LocalDate date = RequestValues.date(field + ".date", day.date());
            if (date == null) {
                throw ProblemException.invalid(field + ".date", "required");
            }
            if (!dates.add(date)) {
                throw ProblemException.invalid(field + ".date", "appears twice");
            }
            Localized note = note(field + ".note", day.note());
            boolean closed = Boolean.TRUE.equals(day.closed());
            List<ServiceHours.Period> open = closed ? List.of() : periodsOf(field, date.getDayOfWeek(), day);
            exceptional.add(new ServiceHours.ExceptionalDay(date, closed, open, note));
        }
        exceptional.sort(java.util.Comparator.comparing(ServiceHours.ExceptionalDay::date));
        return new ServiceHours(Boolean.TRUE.equals(alwaysOpen), !Boolean.FALSE.equals(closedOnPublicHolidays),
                weekly.isEmpty() ? List.of() : List.of(new ServiceHours.WeeklySchedule(null, null, weekly)), exceptional);
    }

    /** An open exceptional day's periods: from–to, or the list, none overlapping another. */
    private static List<ServiceHours.Period> periodsOf(String field, DayOfWeek day, Exception exception) {
        List<Slot> slots = exception.periods();
        if (slots == null || slots.isEmpty()) {
            return List.of(period(field, day, exception.from(), exception.to()));
        }
        if (exception.from() != null || exception.to() != null) {
            throw ProblemException.invalid(field + ".from", "give either from and to or periods, not both");
        }
        if (slots.size() > MAX_DAY_PERIODS) {
            throw ProblemException.invalid(field + ".periods", "at most " + MAX_DAY_PERIODS + " periods a day");
        }
        List<ServiceHours.Period> periods = new ArrayList<>();
        for (int j = 0; j < slots.size(); j++) {
            String slotField = field + ".periods[" + j + "]";
            Slot slot = slots.get(j);
            if (slot == null) {
                throw ProblemException.invalid(slotField, "missing");
            }
            ServiceHours.Period parsed = period(slotField, day, slot.from(), slot.to());
            for (int k = 0; k < periods.size(); k++) {
                if (overlap(periods.get(k), parsed)) {
                    throw ProblemException.invalid(slotField + ".from", "overlaps " + field + ".periods[" + k + "]");
                }
            }
            periods.add(parsed);
        }
        periods.sort(java.util.Comparator.comparing(ServiceHours.Period::opens));
        return periods;
    }

    private static ServiceHours.Period period(String field, DayOfWeek day, String from, String to) {
        LocalTime opens = time(field + ".from", from);
        LocalTime closes = time(field + ".to", to);
        if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
            throw ProblemException.invalid(field + ".to", "must be after " + field + ".from");
        }
        return new ServiceHours.Period(day, opens, closes);
    }

    /** HH:mm; 24:00 (and 00:00 as a closing time) is midnight at the end of the day. */
    private static LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "required");
        }
        if (!TIME.matcher(value.strip()).matches()) {
            throw ProblemException.invalid(field, "must be a time HH:mm such as 08:00");
        }
        return value.strip().equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(value.strip());
    }

    private static boolean overlap(ServiceHours.Period a, ServiceHours.Period b) {
        return a.day() == b.day() && a.opens().isBefore(end(b)) && b.opens().isBefore(end(a));
    }

    private static LocalTime end(ServiceHours.Period period) {
        return period.closes().equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : period.closes();
    }

    private static Localized note(String field, Localized note) {
        if (note == null) {
            return null;
        }
        for (String language : Localized.LANGUAGES) {
            String text = note.in(language);
            if (text != null && text.length() > MAX_NOTE) {
                throw ProblemException.invalid(field + "." + language, "at most " + MAX_NOTE + " characters");
            }
        }
        Localized stripped = new Localized(blank(note.fi()), blank(note.sv()), blank(note.en()));
        return stripped.fi() == null && stripped.sv() == null && stripped.en() == null ? null : stripped;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
