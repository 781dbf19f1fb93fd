package fi.kohtaamo.routing.domain;

import fi.kohtaamo.routing.calendar.BusinessCalendar;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A queue's business hours as a supervisor keeps them; {@link #toCalendar()} gives the arithmetic. */
@Entity
@Cacheable
@Table(name = "business_calendar")
public class WorkCalendar extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String zone = "Europe/Helsinki";

    @Column(name = "public_holidays", nullable = false)
    public boolean publicHolidays = true;

    @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_period", joinColumns = @JoinColumn(name = "calendar_id"))
    public List<WeeklyPeriod> periods = new ArrayList<>();

    @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_exception", joinColumns = @JoinColumn(name = "calendar_id"))
    public List<DateException> exceptions = new ArrayList<>();

    @Version
    public int version;

    @Embeddable
    public static class WeeklyPeriod {
        @Column(nullable = false)
        public int weekday;
        @Column(nullable = false)
        public LocalTime opens;
        @Column(nullable = false)
        public LocalTime closes;

        public WeeklyPeriod() {
        }

        public WeeklyPeriod(int weekday, LocalTime opens, LocalTime closes) {
            this.weekday = weekday;
            this.opens = opens;
            this.closes = closes;
        }
    }

    /** Other hours on one date; no hours means closed all day. */
    @Embeddable
    public static class DateException {
        @Column(nullable = false)
        public LocalDate day;
        public LocalTime opens;
        public LocalTime closes;
        public String reason;

        public DateException() {
        }

        public DateException(LocalDate day, LocalTime opens, LocalTime closes, String reason) {
            this.day = day;
            this.opens = opens;
            this.closes = closes;
            this.reason = reason;
        }
    }

    public BusinessCalendar toCalendar() {
        Map<DayOfWeek, List<BusinessCalendar.Period>> week = new EnumMap<>(DayOfWeek.class);
        for (WeeklyPeriod period : periods) {
            week.computeIfAbsent(DayOfWeek.of(period.weekday), day -> new ArrayList<>())
                    .add(new BusinessCalendar.Period(period.opens, period.closes));
        }
        Map<LocalDate, List<BusinessCalendar.Period>> dates = new HashMap<>();
        for (DateException exception : exceptions) {
            List<BusinessCalendar.Period> hours = dates.computeIfAbsent(exception.day, day -> new ArrayList<>());
            if (exception.opens != null) {
                hours.add(new BusinessCalendar.Period(exception.opens, exception.closes));
            }
        }
        return new BusinessCalendar(ZoneId.of(zone), week, dates, publicHolidays);
    }
}
