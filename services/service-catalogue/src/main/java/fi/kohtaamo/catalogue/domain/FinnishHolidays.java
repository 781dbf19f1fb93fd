package fi.kohtaamo.catalogue.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days Finnish public offices are closed (virka-ajan ulkopuoliset arkipyhät): the public
 * holidays, plus Christmas Eve and Midsummer Eve, on which offices close by law and custom.
 */
public final class FinnishHolidays {

    private FinnishHolidays() {
    }

    public static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, 1, 1));                      // uudenvuodenpäivä
        days.add(LocalDate.of(year, 1, 6));                      // loppiainen
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));                           // pitkäperjantai
        days.add(easter);                                        // pääsiäispäivä
        days.add(easter.plusDays(1));                            // 2. pääsiäispäivä
        days.add(LocalDate.of(year, 5, 1));                      // vappu
        days.add(easter.plusDays(39));                           // helatorstai
        days.add(easter.plusDays(49));                           // helluntai
        LocalDate midsummerEve = LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        days.add(midsummerEve);                                  // juhannusaatto
        days.add(midsummerEve.plusDays(1));                      // juhannuspäivä
        days.add(LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))); // pyhäinpäivä
        days.add(LocalDate.of(year, 12, 6));                     // itsenäisyyspäivä
        days.add(LocalDate.of(year, 12, 24));                    // jouluaatto
        days.add(LocalDate.of(year, 12, 25));                    // joulupäivä
        days.add(LocalDate.of(year, 12, 26));                    // tapaninpäivä
        return days;
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return MonthDay.of(month, day).atYear(year);
    }
}
