package fi.kohtaamo.routing.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** Mon–Fri 8:00–11:30 and 12:00–16:15 (7 h 45 min a day), closed on public holidays. */
    static BusinessCalendar officeHours(Map<LocalDate, List<BusinessCalendar.Period>> exceptions) {
        Map<DayOfWeek, List<BusinessCalendar.Period>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(period("12:00", "16:15"), period("08:00", "11:30")));
        }
        return new BusinessCalendar(HELSINKI, week, exceptions, true);
    }

    static BusinessCalendar officeHours() {
        return officeHours(Map.of());
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HELSINKI).toInstant();
    }

    static BusinessCalendar.Period period(String opens, String closes) {
        return new BusinessCalendar.Period(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    @Test
    void timeRunsOverTheWeekendToMonday() {
        // Friday 15:00 + 4 h: 1 h 15 min on Friday, 2 h 45 min on Monday morning.
        assertThat(officeHours().plusBusinessTime(at("2026-11-27T15:00"), Duration.ofHours(4)))
                .isEqualTo(at("2026-11-30T10:45"));
        assertThat(officeHours().businessTimeBetween(at("2026-11-27T15:00"), at("2026-11-30T10:45")))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void theLunchBreakDoesNotCount() {
        assertThat(officeHours().plusBusinessTime(at("2026-11-30T11:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-11-30T12:30"));
    }

    @Test
    void aStartOutsideHoursBeginsAtTheNextOpening() {
        assertThat(officeHours().plusBusinessTime(at("2026-11-30T06:00"), Duration.ofMinutes(30)))
                .isEqualTo(at("2026-11-30T08:30"));
        assertThat(officeHours().plusBusinessTime(at("2026-11-30T20:00"), Duration.ofMinutes(30)))
                .isEqualTo(at("2026-12-01T08:30"));
        assertThat(officeHours().plusBusinessTime(at("2026-11-30T11:45"), Duration.ZERO))
                .isEqualTo(at("2026-11-30T12:00"));
    }

    @Test
    void christmasEveChristmasAndStStephensDayAreSkipped() {
        // Wednesday 23 Dec 16:00 + 1 h: 15 min on Wednesday; Thu 24, Fri 25 and the weekend closed; 45 min on Mon 28.
        assertThat(officeHours().plusBusinessTime(at("2026-12-23T16:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-12-28T08:45"));
    }

    @Test
    void midsummerEveAndEasterAreSkipped() {
        assertThat(officeHours().plusBusinessTime(at("2026-06-18T16:00"), Duration.ofMinutes(30)))
                .isEqualTo(at("2026-06-22T08:15"));
        // Thursday before Easter 2026 16:00 + 30 min: Good Friday and Easter Monday closed, so Tuesday 7 April.
        assertThat(officeHours().plusBusinessTime(at("2026-04-02T16:00"), Duration.ofMinutes(30)))
                .isEqualTo(at("2026-04-07T08:15"));
        assertThat(officeHours().businessTimeBetween(at("2026-04-02T00:00"), at("2026-04-08T00:00")))
                .isEqualTo(Duration.ofMinutes(2 * 465));
    }

    @Test
    void exceptionsCloseADayOrGiveItOtherHours() {
        BusinessCalendar calendar = officeHours(Map.of(
                LocalDate.of(2026, 12, 1), List.of(),
                LocalDate.of(2026, 12, 2), List.of(period("10:00", "12:00")),
                LocalDate.of(2026, 12, 24), List.of(period("09:00", "10:00"))));
        assertThat(calendar.plusBusinessTime(at("2026-11-30T16:00"), Duration.ofMinutes(75)))
                .isEqualTo(at("2026-12-02T11:00"));
        assertThat(calendar.isOpen(at("2026-12-02T09:30"))).isFalse();
        assertThat(calendar.isOpen(at("2026-12-02T10:30"))).isTrue();
        assertThat(calendar.isOpen(at("2026-12-24T09:30"))).as("an exception overrides a holiday").isTrue();
    }

    @Test
    void aRoundTheClockCalendarFollowsDaylightSaving() {
        BusinessCalendar always = BusinessCalendar.always(HELSINKI);
        assertThat(always.businessTimeBetween(at("2026-03-29T00:00"), at("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(23));
        assertThat(always.businessTimeBetween(at("2026-10-25T00:00"), at("2026-10-26T00:00"))).isEqualTo(Duration.ofHours(25));
        assertThat(always.plusBusinessTime(at("2026-12-31T23:00"), Duration.ofHours(2))).isEqualTo(at("2027-01-01T01:00"));
    }

    @Test
    void officeHoursAcrossTheSpringShiftStayInLocalTime() {
        // Friday 27 March 2026 16:00 + 30 min crosses the night the clocks go forward: Monday 08:15 local.
        assertThat(officeHours().plusBusinessTime(at("2026-03-27T16:00"), Duration.ofMinutes(30)))
                .isEqualTo(at("2026-03-30T08:15"));
    }

    @Test
    void badCalendarsAreRefused() {
        assertThatThrownBy(() -> period("12:00", "08:00")).isInstanceOf(IllegalArgumentException.class);
        Map<DayOfWeek, List<BusinessCalendar.Period>> overlapping = Map.of(DayOfWeek.MONDAY,
                List.of(period("08:00", "12:00"), period("11:00", "16:00")));
        assertThatThrownBy(() -> new BusinessCalendar(HELSINKI, overlapping, Map.of(), false))
                .hasMessageContaining("overlap");
        BusinessCalendar never = new BusinessCalendar(HELSINKI, Map.of(), Map.of(), false);
        assertThatThrownBy(() -> never.plusBusinessTime(at("2026-11-30T08:00"), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(officeHours().businessTimeBetween(at("2026-11-30T12:00"), at("2026-11-30T09:00"))).isZero();
    }
}
