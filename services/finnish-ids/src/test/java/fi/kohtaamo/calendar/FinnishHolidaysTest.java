package fi.kohtaamo.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FinnishHolidaysTest {

    @ParameterizedTest
    @CsvSource({"2008,2008-03-23", "2019,2019-04-21", "2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05",
            "2027,2027-03-28", "2038,2038-04-25", "2285,2285-03-22"})
    void easterSundayFallsOnTheKnownDate(int year, LocalDate easter) {
        assertThat(FinnishHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void year2026HasEveryHolidayOnItsDay() {
        Map<String, LocalDate> days = byName(2026);
        assertThat(days).containsEntry("New Year's Day", LocalDate.of(2026, 1, 1))
                .containsEntry("Epiphany", LocalDate.of(2026, 1, 6))
                .containsEntry("Good Friday", LocalDate.of(2026, 4, 3))
                .containsEntry("Easter Monday", LocalDate.of(2026, 4, 6))
                .containsEntry("May Day", LocalDate.of(2026, 5, 1))
                .containsEntry("Ascension Day", LocalDate.of(2026, 5, 14))
                .containsEntry("Whitsunday", LocalDate.of(2026, 5, 24))
                .containsEntry("Midsummer Eve", LocalDate.of(2026, 6, 19))
                .containsEntry("Midsummer Day", LocalDate.of(2026, 6, 20))
                .containsEntry("All Saints' Day", LocalDate.of(2026, 10, 31))
                .containsEntry("Independence Day", LocalDate.of(2026, 12, 6))
                .containsEntry("Christmas Eve", LocalDate.of(2026, 12, 24))
                .containsEntry("St Stephen's Day", LocalDate.of(2026, 12, 26));
        assertThat(FinnishHolidays.of(2026)).hasSize(15);
    }

    @ParameterizedTest
    @CsvSource({"2024,2024-03-29,2024-05-09,2024-05-19,2024-06-22,2024-11-02",
            "2025,2025-04-18,2025-05-29,2025-06-08,2025-06-21,2025-11-01",
            "2027,2027-03-26,2027-05-06,2027-05-16,2027-06-26,2027-11-06",
            "2030,2030-04-19,2030-05-30,2030-06-09,2030-06-22,2030-11-02"})
    void movableHolidaysOfOtherYears(int year, LocalDate goodFriday, LocalDate ascension, LocalDate whitsun,
                                     LocalDate midsummer, LocalDate allSaints) {
        Map<String, LocalDate> days = byName(year);
        assertThat(days.get("Good Friday")).isEqualTo(goodFriday);
        assertThat(days.get("Ascension Day")).isEqualTo(ascension);
        assertThat(days.get("Whitsunday")).isEqualTo(whitsun);
        assertThat(days.get("Midsummer Day")).isEqualTo(midsummer);
        assertThat(days.get("Midsummer Eve")).isEqualTo(midsummer.minusDays(1));
        assertThat(days.get("All Saints' Day")).isEqualTo(allSaints);
    }

    @Test
    void theEvesAreMarkedAsNotOfficial() {
        List<FinnishHolidays.Holiday> unofficial = FinnishHolidays.of(2026).stream().filter(h -> !h.official()).toList();
        assertThat(unofficial).extracting(FinnishHolidays.Holiday::nameEn).containsExactly("Midsummer Eve", "Christmas Eve");
        assertThat(FinnishHolidays.of(2026)).allSatisfy(h -> assertThat(h.nameFi()).isNotBlank());
        assertThat(FinnishHolidays.isHoliday(LocalDate.of(2026, 12, 7))).isFalse();
    }

    @Test
    void yearsBeforeTheGregorianCalendarAreRefused() {
        assertThatThrownBy(() -> FinnishHolidays.of(1500)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, LocalDate> byName(int year) {
        return FinnishHolidays.of(year).stream()
                .collect(Collectors.toMap(FinnishHolidays.Holiday::nameEn, FinnishHolidays.Holiday::date));
    }
}
