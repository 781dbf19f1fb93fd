package fi.kohtaamo.routing.calendar;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static fi.kohtaamo.routing.calendar.BusinessCalendarTest.at;
import static fi.kohtaamo.routing.calendar.BusinessCalendarTest.officeHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceLevelClockTest {

    private final ServiceLevelClock clock = new ServiceLevelClock(officeHours(), 0.75);

    @Test
    void deadlinesCountOnlyBusinessHoursAcrossTheNightAndWeekend() {
        // Friday 15:00, 8 business hours: 1 h 15 min on Friday, then Monday 8:00–11:30 and 12:00–15:15.
        ServiceLevelClock.Deadline deadline = clock.start(at("2026-11-27T15:00"), Duration.ofHours(8));
        assertThat(deadline.due()).isEqualTo(at("2026-11-30T15:15"));
        // At risk after 6 hours: 1 h 15 min Friday, 3 h 30 min Monday morning, 1 h 15 min after lunch.
        assertThat(deadline.atRisk()).isEqualTo(at("2026-11-30T13:15"));
    }

    @Test
    void aPauseWhileWaitingForTheClientMovesTheDeadlineByTheBusinessTimeLeft() {
        ServiceLevelClock.Deadline deadline = clock.start(at("2026-11-27T15:00"), Duration.ofHours(8));
        // Paused Monday 9:00 with 5 h 45 min left; the client answers Tuesday 14:00.
        ServiceLevelClock.Deadline moved = clock.resume(deadline, at("2026-11-30T09:00"), at("2026-12-01T14:00"));
        // Tuesday 14:00–16:15 uses 2 h 15 min; Wednesday 8:00 + 3 h 30 min.
        assertThat(moved.due()).isEqualTo(at("2026-12-02T11:30"));
        assertThat(clock.used(at("2026-11-27T15:00"), at("2026-11-30T09:00"))
                .plus(clock.used(at("2026-12-01T14:00"), moved.due()))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aPauseOverAHolidayCostsNothing() {
        ServiceLevelClock.Deadline deadline = clock.start(at("2026-12-22T08:00"), Duration.ofHours(2));
        assertThat(deadline.due()).isEqualTo(at("2026-12-22T10:00"));
        // Paused at 9:00 (1 h left), answered on Christmas Day: the hour is spent on Monday 28th.
        ServiceLevelClock.Deadline moved = clock.resume(deadline, at("2026-12-22T09:00"), at("2026-12-25T12:00"));
        assertThat(moved.due()).isEqualTo(at("2026-12-28T09:00"));
    }

    @Test
    void aDeadlineAlreadyPassedWhenThePauseBeganStays() {
        ServiceLevelClock.Deadline deadline = clock.start(at("2026-11-30T08:00"), Duration.ofHours(1));
        ServiceLevelClock.Deadline moved = clock.resume(deadline, at("2026-11-30T10:00"), at("2026-12-03T10:00"));
        assertThat(moved.due()).isEqualTo(at("2026-11-30T09:00"));
        assertThat(moved.atRisk()).isEqualTo(at("2026-11-30T08:45"));
    }

    @Test
    void theAtRiskShareMustBeAShare() {
        assertThatThrownBy(() -> new ServiceLevelClock(officeHours(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceLevelClock(officeHours(), 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
