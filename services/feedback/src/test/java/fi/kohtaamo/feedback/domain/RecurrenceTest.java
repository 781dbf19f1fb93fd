package fi.kohtaamo.feedback.domain;

import fi.kohtaamo.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rounds fall on Helsinki's calendar, and missed rounds are not made up. */
class RecurrenceTest {

    @Test
    void quarterlyRoundsKeepTheirDayAndHourAcrossDaylightSaving() {
        Recurrence quarterly = new Recurrence(3, Recurrence.Unit.MONTHS);
        Instant january = Instant.parse("2027-01-15T07:00:00Z");   // 09:00 in Helsinki, winter time
        assertThat(quarterly.after(january)).isEqualTo(Instant.parse("2027-04-15T06:00:00Z"));   // 09:00 summer time
        assertThat(quarterly.before(Instant.parse("2027-04-15T06:00:00Z"))).isEqualTo(january);
        assertThat(new Recurrence(2, Recurrence.Unit.WEEKS).after(january)).isEqualTo(Instant.parse("2027-01-29T07:00:00Z"));
    }

    @Test
    void theNextRoundIsTheFirstAfterNow() {
        Recurrence monthly = new Recurrence(1, Recurrence.Unit.MONTHS);
        Instant due = Instant.parse("2027-01-15T07:00:00Z");
        assertThat(monthly.nextAfter(due, Instant.parse("2027-01-15T08:00:00Z"))).isEqualTo(Instant.parse("2027-02-15T07:00:00Z"));
        assertThat(monthly.nextAfter(due, Instant.parse("2027-04-20T00:00:00Z"))).isEqualTo(Instant.parse("2027-05-15T06:00:00Z"));
    }

    @Test
    void anIntervalOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> new Recurrence(0, Recurrence.Unit.WEEKS)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new Recurrence(53, Recurrence.Unit.WEEKS)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new Recurrence(13, Recurrence.Unit.MONTHS)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new Recurrence(1, null)).isInstanceOf(ProblemException.class);
    }
}
