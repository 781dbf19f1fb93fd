package fi.kohtaamo.webchannel.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The call-back form's times: only what the form offers, on days that exist. */
class CallBackTimesTest {

    @Test
    void aTimeIsADayThatExistsAndTwoClockTimes() {
        assertThat(CallBackPages.isTime("2026-12-07T09:00/11:00")).isTrue();
        assertThat(CallBackPages.isTime("2026-02-30T09:00/11:00")).as("no 30 February").isFalse();
        assertThat(CallBackPages.isTime("2026-13-01T09:00/11:00")).isFalse();
        assertThat(CallBackPages.isTime("2026-12-07 09:00-11:00")).isFalse();
        assertThat(CallBackPages.isTime("2026-12-07T09:00/11:00\u0000")).isFalse();
    }
}
