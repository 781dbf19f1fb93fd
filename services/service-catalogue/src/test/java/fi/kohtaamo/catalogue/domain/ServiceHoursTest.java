package fi.kohtaamo.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceHoursTest {

    private static List<ServiceHours.Period> weekdays(String opens, String closes) {
        List<ServiceHours.Period> periods = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            periods.add(new ServiceHours.Period(day, LocalTime.parse(opens), LocalTime.parse(closes)));
        }
        return periods;
    }

    private static final ServiceHours OFFICE = new ServiceHours(false, true,
            List.of(new ServiceHours.WeeklySchedule(null, null, weekdays("08:00", "16:00"))), List.of());

    @Test
    void opensNextAcrossTheSpringDaylightSavingChange() {
        // Friday 27 March 2026 17:00 EET; clocks go forward on Sunday 29 March
        ServiceHours.OpenState state = OFFICE.at(Instant.parse("2026-03-27T15:00:00Z"));
        assertThat(state.open()).isFalse();
        assertThat(state.opensNext()).isEqualTo(Instant.parse("2026-03-30T05:00:00Z")); // 08:00 EEST
    }

    @Test
    void opensNextAcrossTheAutumnDaylightSavingChange() {
        // Friday 23 October 2026 18:00 EEST; clocks go back on Sunday 25 October
        ServiceHours.OpenState state = OFFICE.at(Instant.parse("2026-10-23T15:00:00Z"));
        assertThat(state.opensNext()).isEqualTo(Instant.parse("2026-10-26T06:00:00Z")); // 08:00 EET
    }

    @Test
    void openNowUntilTheEndOfThePeriod() {
        ServiceHours.OpenState state = OFFICE.at(Instant.parse("2026-03-30T06:00:00Z")); // Monday 09:00 EEST
        assertThat(state.open()).isTrue();
        assertThat(state.closesAt()).isEqualTo(Instant.parse("2026-03-30T13:00:00Z"));
        assertThat(OFFICE.at(Instant.parse("2026-03-30T13:00:00Z")).open()).as("closed at closing time").isFalse();
    }

    @Test
    void closedOnPublicHolidaysUnlessToldOtherwise() {
        // Good Friday 3 April 2026 10:00; Easter Monday 6 April is a holiday too
        ServiceHours.OpenState state = OFFICE.at(Instant.parse("2026-04-03T07:00:00Z"));
        assertThat(state.open()).isFalse();
        assertThat(state.opensNext()).isEqualTo(Instant.parse("2026-04-07T05:00:00Z"));

        ServiceHours roundTheYear = new ServiceHours(false, false, OFFICE.schedules(), List.of());
        assertThat(roundTheYear.at(Instant.parse("2026-04-03T07:00:00Z")).open()).isTrue();
    }

    @Test
    void anExceptionalDayOverridesTheWeek() {
        ServiceHours christmas = new ServiceHours(false, true, OFFICE.schedules(), List.of(
                new ServiceHours.ExceptionalDay(LocalDate.of(2026, 12, 23), false,
                        List.of(new ServiceHours.Period(null, LocalTime.of(8, 0), LocalTime.of(12, 0))),
                        new Localized("Aatonaatto", "Dagen före julafton", "Day before Christmas Eve")),
                new ServiceHours.ExceptionalDay(LocalDate.of(2026, 12, 31), true, List.of(), null)));
        ServiceHours.OpenState morning = christmas.at(Instant.parse("2026-12-23T09:00:00Z")); // 11:00 EET
        assertThat(morning.open()).isTrue();
        assertThat(morning.closesAt()).isEqualTo(Instant.parse("2026-12-23T10:00:00Z"));
        // 24-26 December are holidays, 27 is Sunday
        assertThat(christmas.at(Instant.parse("2026-12-23T11:00:00Z")).opensNext())
                .isEqualTo(Instant.parse("2026-12-28T06:00:00Z"));
        // 31 December closed, 1 January a holiday, then the weekend
        assertThat(christmas.at(Instant.parse("2026-12-30T15:00:00Z")).opensNext())
                .isEqualTo(Instant.parse("2027-01-04T06:00:00Z"));
    }

    @Test
    void theLatestStartingScheduleWins() {
        ServiceHours summer = new ServiceHours(false, true, List.of(
                new ServiceHours.WeeklySchedule(null, null, weekdays("08:00", "16:00")),
                new ServiceHours.WeeklySchedule(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), weekdays("09:00", "15:00"))),
                List.of());
        ServiceHours.OpenState july = summer.at(Instant.parse("2026-07-01T05:30:00Z")); // Wednesday 08:30 EEST
        assertThat(july.open()).isFalse();
        assertThat(july.opensNext()).isEqualTo(Instant.parse("2026-07-01T06:00:00Z"));
        assertThat(summer.at(Instant.parse("2026-09-01T05:30:00Z")).open()).isTrue();
    }

    @Test
    void aPeriodToMidnightJoinsTheNextDaysFromMidnight() {
        ServiceHours evenings = new ServiceHours(false, false, List.of(new ServiceHours.WeeklySchedule(null, null, List.of(
                new ServiceHours.Period(DayOfWeek.FRIDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT),
                new ServiceHours.Period(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.of(2, 0))))), List.of());
        ServiceHours.OpenState state = evenings.at(Instant.parse("2026-11-27T21:00:00Z")); // Friday 23:00 EET
        assertThat(state.open()).isTrue();
        assertThat(state.closesAt()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z")); // Saturday 02:00 EET
    }

    @Test
    void alwaysOpenAndNeverOpen() {
        assertThat(new ServiceHours(true, true, List.of(), List.of()).at(Instant.now()).open()).isTrue();
        ServiceHours.OpenState never = ServiceHours.none().at(Instant.now());
        assertThat(never.open()).isFalse();
        assertThat(never.opensNext()).isNull();
    }

    @Test
    void aPeriodMustCloseAfterItOpens() {
        assertThatThrownBy(() -> new ServiceHours.Period(DayOfWeek.MONDAY, LocalTime.of(16, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
