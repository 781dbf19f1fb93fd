package fi.kohtaamo.feedback.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterTest {

    @Test
    void theLastFullQuarterTurnsAtHelsinkiMidnight() {
        // 1 October 00:30 in Helsinki (EEST, UTC+3) is still 30 September in UTC.
        assertThat(Quarter.lastFullBefore(Instant.parse("2026-09-30T21:30:00Z"))).isEqualTo(new Quarter(2026, 3));
        assertThat(Quarter.lastFullBefore(Instant.parse("2026-09-30T20:59:59Z"))).isEqualTo(new Quarter(2026, 2));
        // January: the last full quarter is the previous year's fourth.
        assertThat(Quarter.lastFullBefore(Instant.parse("2026-01-15T12:00:00Z"))).isEqualTo(new Quarter(2025, 4));
    }

    @Test
    void aQuarterRunsFromItsFirstHelsinkiMidnightToTheNextQuartersFirst() {
        Quarter q1 = new Quarter(2025, 1);
        assertThat(q1.start()).isEqualTo(Instant.parse("2024-12-31T22:00:00Z"));
        // summer time began on 30 March 2025
        assertThat(q1.end()).isEqualTo(Instant.parse("2025-03-31T21:00:00Z"));
        assertThat(new Quarter(2025, 4).end()).isEqualTo(Instant.parse("2025-12-31T22:00:00Z"));
        assertThat(q1.endedBy(q1.end())).isTrue();
        assertThat(q1.endedBy(q1.end().minusSeconds(1))).isFalse();
    }

    @Test
    void onlyYyyyQnIsAQuarter() {
        assertThat(Quarter.parseOrNull("2025-Q1")).isEqualTo(new Quarter(2025, 1));
        assertThat(Quarter.parseOrNull("2025-Q5")).isNull();
        assertThat(Quarter.parseOrNull("2025-q1")).isNull();
        assertThat(Quarter.parseOrNull("1969-Q4")).isNull();
        assertThat(Quarter.parseOrNull("2025-Q1\u0000")).isNull();
        assertThat(Quarter.parseOrNull(null)).isNull();
        assertThat(new Quarter(2026, 3).toString()).isEqualTo("2026-Q3");
    }
}
