package fi.kohtaamo.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finland's public holidays for any year (Gregorian calendar), and the two eves on which agencies
 * are closed by custom (Midsummer Eve and Christmas Eve). The movable ones follow Easter
 * (Good Friday, Easter Sunday and Monday, Ascension Day, Whitsunday); Midsummer Day and All
 * Saints' Day are the Saturdays that fall in 20–26 June and 31 October – 6 November.
 */
public final class FinnishHolidays {

    public record Holiday(LocalDate date, String nameFi, String nameSv, String nameEn, boolean official) {
    }

    private FinnishHolidays() {
    }

    public static List<Holiday> of(int year) {
        if (year < 1583 || year > 9999) {
            throw new IllegalArgumentException("year must be between 1583 and 9999");
        }
        LocalDate easter = easterSunday(year);
        LocalDate midsummerDay = LocalDate.of(year, Month.JUNE, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate allSaints = LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        List<Holiday> days = new ArrayList<>(List.of(
                new Holiday(LocalDate.of(year, 1, 1), "Uudenvuodenpäivä", "Nyårsdagen", "New Year's Day", true),
                new Holiday(LocalDate.of(year, 1, 6), "Loppiainen", "Trettondagen", "Epiphany", true),
                new Holiday(easter.minusDays(2), "Pitkäperjantai", "Långfredagen", "Good Friday", true),
                new Holiday(easter, "Pääsiäispäivä", "Påskdagen", "Easter Sunday", true),
                new Holiday(easter.plusDays(1), "2. pääsiäispäivä", "Annandag påsk", "Easter Monday", true),
                new Holiday(LocalDate.of(year, 5, 1), "Vappu", "Första maj", "May Day", true),
                new Holiday(easter.plusDays(39), "Helatorstai", "Kristi himmelsfärdsdag", "Ascension Day", true),
                new Holiday(easter.plusDays(49), "Helluntaipäivä", "Pingstdagen", "Whitsunday", true),
                new Holiday(midsummerDay.minusDays(1), "Juhannusaatto", "Midsommarafton", "Midsummer Eve", false),
                new Holiday(midsummerDay, "Juhannuspäivä", "Midsommardagen", "Midsummer Day", true),
                new Holiday(allSaints, "Pyhäinpäivä", "Alla helgons dag", "All Saints' Day", true),
                new Holiday(LocalDate.of(year, 12, 6), "Itsenäisyyspäivä", "Självständighetsdagen", "Independence Day", true),
                new Holiday(LocalDate.of(year, 12, 24), "Jouluaatto", "Julafton", "Christmas Eve", false),
                new Holiday(LocalDate.of(year, 12, 25), "Joulupäivä", "Juldagen", "Christmas Day", true),
                new Holiday(LocalDate.of(year, 12, 26), "Tapaninpäivä", "Annandag jul", "St Stephen's Day", true)));
        days.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(days);
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).stream().anyMatch(holiday -> holiday.date().equals(date));
    }

    /** The dates of a year on which public offices are closed. */
    public static java.util.Set<LocalDate> dates(int year) {
        java.util.Set<LocalDate> dates = new java.util.TreeSet<>();
        of(year).forEach(holiday -> dates.add(holiday.date()));
        return dates;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
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
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
