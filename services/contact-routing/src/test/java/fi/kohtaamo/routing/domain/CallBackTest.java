package fi.kohtaamo.routing.domain;

import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static fi.kohtaamo.routing.domain.CallBack.Outcome.BUSY;
import static fi.kohtaamo.routing.domain.CallBack.Outcome.LEFT_MESSAGE;
import static fi.kohtaamo.routing.domain.CallBack.Outcome.NO_ANSWER;
import static fi.kohtaamo.routing.domain.CallBack.Outcome.REACHED;
import static fi.kohtaamo.routing.domain.CallBack.Outcome.WRONG_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The times a citizen may ask to be called at, the offered slots, and what attempts suggest: no Quarkus. */
class CallBackTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** Monday 1 June 2026, 10:00 in Helsinki. */
    static final Instant MONDAY_TEN = LocalDateTime.parse("2026-06-01T10:00").atZone(HELSINKI).toInstant();

    /** Mon–Fri 8:00–11:30 and 12:00–16:15, closed on public holidays (Midsummer Eve 19 June 2026 among them). */
    static BusinessCalendar officeHours() {
        Map<DayOfWeek, List<BusinessCalendar.Period>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new BusinessCalendar.Period(LocalTime.of(8, 0), LocalTime.of(11, 30)),
                    new BusinessCalendar.Period(LocalTime.of(12, 0), LocalTime.of(16, 15))));
        }
        return new BusinessCalendar(HELSINKI, week, Map.of(), true);
    }

    static CallBack.Window window(String date, String from, String to) {
        return new CallBack.Window(LocalDate.parse(date), LocalTime.parse(from), LocalTime.parse(to));
    }

    static String refusedField(List<CallBack.Window> windows) {
        try {
            CallBack.check(windows, officeHours(), MONDAY_TEN, "callback.windows");
        } catch (ProblemException e) {
            return e.problem().violations().get(0).field();
        }
        throw new AssertionError("accepted " + windows);
    }

    @Test
    void windowsWithinOneWorkingPeriodAreAcceptedInTimeOrder() {
        List<CallBack.Window> checked = CallBack.check(List.of(window("2026-06-03", "12:00", "16:15"),
                window("2026-06-01", "10:30", "11:30"), window("2026-06-02", "08:00", "09:00")),
                officeHours(), MONDAY_TEN, "callback.windows");
        assertThat(checked).extracting(CallBack.Window::date).containsExactly(LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-06-02"), LocalDate.parse("2026-06-03"));
        assertThat(CallBack.check(List.of(window("2026-06-01", "09:00", "10:30")), officeHours(), MONDAY_TEN, "w"))
                .as("a window already begun but not over is still a time to call").hasSize(1);
    }

    @Test
    void windowsOutsideTheHoursInThePastOrBackwardsAreRefusedNamingTheField() {
        assertThat(refusedField(List.of(window("2026-06-06", "10:00", "11:00")))).as("a Saturday")
                .isEqualTo("callback.windows[0].from");
        assertThat(refusedField(List.of(window("2026-06-02", "09:00", "10:00"), window("2026-06-02", "11:00", "12:30"))))
                .as("over the lunch break").isEqualTo("callback.windows[1].from");
        assertThat(refusedField(List.of(window("2026-06-02", "07:30", "09:00")))).as("before opening")
                .isEqualTo("callback.windows[0].from");
        assertThat(refusedField(List.of(window("2026-06-19", "09:00", "10:00")))).as("Midsummer Eve")
                .isEqualTo("callback.windows[0].from");
        assertThat(refusedField(List.of(window("2026-06-01", "08:00", "09:00")))).as("over already")
                .isEqualTo("callback.windows[0].date");
        assertThat(refusedField(List.of(window("2026-08-03", "09:00", "10:00")))).as("too far ahead")
                .isEqualTo("callback.windows[0].date");
        assertThat(refusedField(List.of(window("2026-06-02", "10:00", "09:00")))).isEqualTo("callback.windows[0].to");
        assertThat(refusedField(List.of(window("2026-06-02", "10:00", "10:00")))).isEqualTo("callback.windows[0].to");
        assertThat(refusedField(List.of())).isEqualTo("callback.windows");
        assertThat(refusedField(List.of(window("2026-06-02", "08:00", "09:00"), window("2026-06-02", "09:00", "10:00"),
                window("2026-06-02", "10:00", "11:00"), window("2026-06-02", "12:00", "13:00"),
                window("2026-06-02", "13:00", "14:00"), window("2026-06-02", "14:00", "15:00"))))
                .isEqualTo("callback.windows");
    }

    @Test
    void slotsAreTheNextWorkingDaysPeriodsInPiecesOfTwoHoursNotYetOver() { // 8–10 on Monday is over at 10:00
        List<CallBack.Window> slots = CallBack.slots(officeHours(), MONDAY_TEN, 2, Duration.ofHours(2));
        assertThat(slots).containsExactly(
                window("2026-06-01", "10:00", "11:30"),
                window("2026-06-01", "12:00", "14:00"), window("2026-06-01", "14:00", "16:15"),
                window("2026-06-02", "08:00", "10:00"), window("2026-06-02", "10:00", "11:30"),
                window("2026-06-02", "12:00", "14:00"), window("2026-06-02", "14:00", "16:15"));
    }

    @Test
    void slotsSkipWeekendsAndHolidaysAndEveryOfferedSlotPassesTheCheck() {
        Instant fridayEvening = LocalDateTime.parse("2026-06-18T17:00").atZone(HELSINKI).toInstant();
        List<CallBack.Window> slots = CallBack.slots(officeHours(), fridayEvening, 1, Duration.ofHours(2));
        assertThat(slots).extracting(CallBack.Window::date).containsOnly(LocalDate.parse("2026-06-22"));
        assertThat(CallBack.check(slots.subList(0, 4), officeHours(), fridayEvening, "w")).hasSize(4);
    }

    @Test
    void windowsKeepTheirStoredForm() {
        CallBack.Window window = window("2026-06-02", "08:30", "10:00");
        assertThat(window.stored()).isEqualTo("2026-06-02T08:30/10:00");
        assertThat(CallBack.Window.parse(window.stored())).isEqualTo(window);
    }

    @Test
    void attemptsSuggestWhatToDoNext() {
        assertThat(CallBack.suggest(List.of())).isEqualTo(CallBack.Suggestion.CALL);
        assertThat(CallBack.suggest(List.of(NO_ANSWER))).isEqualTo(CallBack.Suggestion.CALL_AGAIN);
        assertThat(CallBack.suggest(List.of(NO_ANSWER, BUSY))).isEqualTo(CallBack.Suggestion.CALL_AGAIN);
        assertThat(CallBack.suggest(List.of(NO_ANSWER, BUSY, LEFT_MESSAGE))).isEqualTo(CallBack.Suggestion.RESOLVE_UNREACHED);
        assertThat(CallBack.suggest(List.of(WRONG_NUMBER))).isEqualTo(CallBack.Suggestion.RESOLVE_UNREACHED);
        assertThat(CallBack.suggest(List.of(NO_ANSWER, REACHED))).isEqualTo(CallBack.Suggestion.RESOLVE);
    }

    @Test
    void theFirstResponseIsDueWhenTheFirstWindowEndsAndTheFirstAttemptMeetsIt() {
        Contact contact = ContactTest.contactIn(ContactStatus.ASSIGNED);
        contact.channel = Channel.PHONE;
        contact.firstRespondedAt = null;
        contact.requestCallBack(List.of(window("2026-06-02", "12:00", "14:00"), window("2026-06-03", "08:00", "09:00")),
                HELSINKI, 0.75);
        assertThat(contact.firstResponseDue).isEqualTo(LocalDateTime.parse("2026-06-02T14:00").atZone(HELSINKI).toInstant());
        assertThat(contact.firstResponseAtRisk).isEqualTo(LocalDateTime.parse("2026-06-02T13:30").atZone(HELSINKI).toInstant());
        assertThat(contact.preferredWindows()).hasSize(2);

        Instant call = LocalDateTime.parse("2026-06-02T12:10").atZone(HELSINKI).toInstant();
        assertThat(contact.callAttempted(call)).isTrue();
        assertThat(contact.firstRespondedAt).isEqualTo(call);
        assertThat(contact.callAttempted(call.plusSeconds(600))).as("only the first is the first response").isFalse();
        assertThat(contact.firstRespondedAt).isEqualTo(call);
    }

    @Test
    void aTimeDaysAheadLeavesTheResolutionDueNoEarlierThanTheCallAndAWaitingOneLater() {
        Contact contact = ContactTest.contactIn(ContactStatus.QUEUED);
        contact.channel = Channel.PHONE;
        contact.resolutionDue = LocalDateTime.parse("2026-06-01T16:00").atZone(HELSINKI).toInstant();
        contact.requestCallBack(List.of(window("2026-06-05", "12:00", "14:00")), HELSINKI, 0.75);
        assertThat(contact.resolutionDue).isEqualTo(contact.firstResponseDue);
        assertThat(contact.callBackFrom).isEqualTo(LocalDateTime.parse("2026-06-05T12:00").atZone(HELSINKI).toInstant());

        Instant later = LocalDateTime.parse("2026-06-20T16:00").atZone(HELSINKI).toInstant();
        contact.resolutionDue = later;
        contact.requestCallBack(List.of(window("2026-06-05", "12:00", "14:00")), HELSINKI, 0.75);
        assertThat(contact.resolutionDue).as("a later resolution target stands").isEqualTo(later);
    }

    @Test
    void onlyAHeldCallBackTakesCallAttempts() {
        Contact web = ContactTest.contactIn(ContactStatus.ASSIGNED);
        assertThatThrownBy(() -> web.callAttempted(MONDAY_TEN)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(409));
        Contact queued = ContactTest.contactIn(ContactStatus.QUEUED);
        queued.requestCallBack(List.of(window("2026-06-02", "12:00", "14:00")), HELSINKI, 0.75);
        assertThatThrownBy(() -> queued.callAttempted(MONDAY_TEN)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(409));
        assertThat(queued.firstRespondedAt).isNull();
    }
}
