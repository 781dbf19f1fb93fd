package fi.kohtaamo.routing.domain;

import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.calendar.BusinessCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of a call-back request (takaisinsoittopyyntö): the times the citizen can take the call
 * lie within the queue's business hours, since nobody calls outside them; the outcomes of the
 * agent's call attempts; and what those outcomes suggest doing next.
 */
public final class CallBack {

    /** At most this many preferred windows: enough to name a few days, few enough to read at a glance. */
    public static final int MAX_WINDOWS = 5;
    /** How far ahead a window may lie: a call-back is for a matter the citizen wants handled soon. */
    public static final Duration HORIZON = Duration.ofDays(30);
    /** After this many attempts without reaching the citizen, calling again is no longer suggested. */
    public static final int FAILED_ATTEMPTS_BEFORE_GIVING_UP = 3;

    private CallBack() {
    }

    /** What came of one call attempt. */
    public enum Outcome { REACHED, NO_ANSWER, BUSY, WRONG_NUMBER, LEFT_MESSAGE }

    /**
     * What the attempts so far suggest: call (none yet), call again, resolve (reached), or resolve
     * with a justification saying the citizen could not be reached (a wrong number, or
     * {@link #FAILED_ATTEMPTS_BEFORE_GIVING_UP} attempts without reaching them).
     */
    public enum Suggestion { CALL, CALL_AGAIN, RESOLVE, RESOLVE_UNREACHED }

    /** A time the citizen can take the call: a date and a time of day from and to, in the calendar's zone. */
    public record Window(LocalDate date, LocalTime from, LocalTime to) {

        /** The stored form, e.g. {@code 2026-12-07T09:00/11:00}. */
        public String stored() {
            return date + "T" + from + "/" + to;
        }

        public static Window parse(String stored) {
            int t = stored.indexOf('T');
            int slash = stored.indexOf('/');
            return new Window(LocalDate.parse(stored.substring(0, t)), LocalTime.parse(stored.substring(t + 1, slash)),
                    LocalTime.parse(stored.substring(slash + 1)));
        }

        public Instant startsAt(ZoneId zone) {
            return ZonedDateTime.of(date, from, zone).toInstant();
        }

        public Instant endsAt(ZoneId zone) {
            return ZonedDateTime.of(date, to, zone).toInstant();
        }

        boolean within(BusinessCalendar.Period period) {
            return !from.isBefore(period.opens()) && !to.isAfter(period.closes());
        }
    }

    /**
     * The windows in time order, or a 400 naming the first window that is no time to call: one
     * ending before it starts, already over, too far ahead, or not inside one working period of
     * the calendar (a closed day, a holiday, outside the hours). {@code field} is the list's JSON path.
     */
    public static List<Window> check(List<Window> windows, BusinessCalendar calendar, Instant now, String field) {
        if (windows == null || windows.isEmpty()) {
            throw ProblemException.invalid(field, "name at least one time you can take the call");
        }
        if (windows.size() > MAX_WINDOWS) {
            throw ProblemException.invalid(field, "at most " + MAX_WINDOWS + " times");
        }
        for (int i = 0; i < windows.size(); i++) {
            Window window = windows.get(i);
            String at = field + "[" + i + "]";
            if (window == null || window.date() == null || window.from() == null || window.to() == null) {
                throw ProblemException.invalid(at, "a time needs a date, from and to");
            }
            if (!window.from().isBefore(window.to())) {
                throw ProblemException.invalid(at + ".to", "must be after from");
            }
            if (!window.endsAt(calendar.zone()).isAfter(now)) {
                throw ProblemException.invalid(at + ".date", "this time is already past");
            }
            if (window.startsAt(calendar.zone()).isAfter(now.plus(HORIZON))) {
                throw ProblemException.invalid(at + ".date", "at most " + HORIZON.toDays() + " days ahead");
            }
            if (calendar.periodsOn(window.date()).stream().noneMatch(window::within)) {
                throw ProblemException.invalid(at + ".from", "outside the service's hours on " + window.date());
            }
        }
        return windows.stream().sorted(Comparator.comparing(Window::date).thenComparing(Window::from)).toList();
    }

    /**
     * The times a citizen may choose from: each working period of the next {@code workingDays} days
     * that have one (today included), cut into pieces of {@code length} (the period's last piece up to
     * half as long again), those not yet over.
     */
    public static List<Window> slots(BusinessCalendar calendar, Instant now, int workingDays, Duration length) {
        List<Window> slots = new ArrayList<>();
        LocalDate date = now.atZone(calendar.zone()).toLocalDate();
        int days = 0;
        for (int looked = 0; days < workingDays && looked < HORIZON.toDays(); looked++, date = date.plusDays(1)) {
            List<Window> ofDay = new ArrayList<>();
            for (BusinessCalendar.Period period : calendar.periodsOn(date)) {
                LocalTime from = period.opens();
                while (from.isBefore(period.closes())) {
                    // a remainder shorter than half a piece joins this one: nobody picks a 15-minute slot
                    LocalTime reach = from.plus(length.plus(length.dividedBy(2)));
                    boolean lastOfPeriod = !reach.isBefore(period.closes()) || reach.isBefore(from);
                    LocalTime to = lastOfPeriod ? period.closes() : from.plus(length);
                    Window slot = new Window(date, from, to.equals(LocalTime.MAX) ? LocalTime.of(23, 59) : to);
                    if (slot.from().isBefore(slot.to()) && slot.endsAt(calendar.zone()).isAfter(now)) {
                        ofDay.add(slot);
                    }
                    if (lastOfPeriod) {
                        break;
                    }
                    from = to;
                }
            }
            if (!ofDay.isEmpty()) {
                slots.addAll(ofDay);
                days++;
            }
        }
        return slots;
    }

    /** What to do next after these attempts, oldest first. */
    public static Suggestion suggest(List<Outcome> attempts) {
        if (attempts.isEmpty()) {
            return Suggestion.CALL;
        }
        if (attempts.contains(Outcome.REACHED)) {
            return Suggestion.RESOLVE;
        }
        if (attempts.contains(Outcome.WRONG_NUMBER) || attempts.size() >= FAILED_ATTEMPTS_BEFORE_GIVING_UP) {
            return Suggestion.RESOLVE_UNREACHED;
        }
        return Suggestion.CALL_AGAIN;
    }
}
