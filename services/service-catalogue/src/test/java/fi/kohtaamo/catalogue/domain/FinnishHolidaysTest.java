package fi.kohtaamo.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FinnishHolidaysTest {

    @Test
    void easterFallsOnTheKnownDates() {
        assertThat(FinnishHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FinnishHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(FinnishHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(FinnishHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void theMovingHolidaysOf2026() {
        assertThat(FinnishHolidays.of(2026)).contains(
                LocalDate.of(2026, 4, 3),   // Good Friday
                LocalDate.of(2026, 4, 6),   // Easter Monday
                LocalDate.of(2026, 5, 14),  // Ascension Day
                LocalDate.of(2026, 6, 19),  // Midsummer Eve
                LocalDate.of(2026, 6, 20),  // Midsummer Day
                LocalDate.of(2026, 10, 31), // All Saints' Day
                LocalDate.of(2026, 12, 6),
                LocalDate.of(2026, 12, 24));
        assertThat(FinnishHolidays.of(2025)).contains(LocalDate.of(2025, 6, 20), LocalDate.of(2025, 11, 1));
        assertThat(FinnishHolidays.isHoliday(LocalDate.of(2026, 4, 7))).isFalse();
    }
}
