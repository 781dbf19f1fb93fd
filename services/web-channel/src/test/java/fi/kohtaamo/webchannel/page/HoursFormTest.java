package fi.kohtaamo.webchannel.page;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hours form's rows: what is sent, and which row a refusal of the catalogue names. */
class HoursFormTest {

    private static Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("TUESDAY-1-from", "13:00");
        form.put("TUESDAY-1-to", "16:00");
        form.put("MONDAY-0-from", "08:00");
        form.put("MONDAY-0-to", "24:00");
        form.put("TUESDAY-0-from", "");
        form.put("x0-date", "");
        form.put("x0-note-fi", "ei päivää");
        form.put("x3-date", "2026-12-24");
        form.put("x3-closed", "on");
        form.put("x3-from", "10:00");
        return form;
    }

    @Test
    void emptyRowsAreLeftOutAndRefusalsNameTheRowTheyCameFrom() {
        HoursForm.Parsed parsed = HoursForm.parse(form());
        assertThat(parsed.draft().hours()).extracting(p -> p.day() + " " + p.from() + "-" + p.to())
                .containsExactly("MONDAY 08:00-24:00", "TUESDAY 13:00-16:00");
        assertThat(parsed.draft().exceptions()).hasSize(1);
        assertThat(parsed.draft().exceptions().get(0).from()).isNull(); // closed all day: no hours sent
        assertThat(HoursForm.fieldOf("hours[1].to", parsed)).isEqualTo("TUESDAY-1-to");
        assertThat(HoursForm.fieldOf("hours[0].day", parsed)).isEqualTo("MONDAY-0-from");
        assertThat(HoursForm.fieldOf("exceptions[0].note.sv", parsed)).isEqualTo("x3-note-sv");
        assertThat(HoursForm.fieldOf("exceptions[1].date", parsed)).isEqualTo("form");
        assertThat(HoursForm.fieldOf("exceptions", parsed)).isEqualTo("form");
    }

    @Test
    void eachDayAndTheExceptionsKeepTheirRowsWithEmptyOnesToFillIn() {
        var days = HoursForm.days(form(), Map.of());
        assertThat(days.get(0).slots()).extracting(HoursForm.Slot::name).containsExactly("MONDAY-0", "MONDAY-1");
        assertThat(days.get(1).slots()).extracting(HoursForm.Slot::name).containsExactly("TUESDAY-0", "TUESDAY-1", "TUESDAY-2");
        assertThat(days.get(6).slots()).extracting(HoursForm.Slot::name).containsExactly("SUNDAY-0");
        var exceptions = HoursForm.exceptions(form(), Map.of("x3-date", "bad"));
        assertThat(exceptions).hasSize(6);
        assertThat(exceptions.get(3).dateError()).isEqualTo("bad");
        assertThat(exceptions.get(4).added()).isTrue();
    }

    @Test
    void aClosingMidnightReadsAsTheEndOfTheDay() {
        assertThat(HoursForm.time("00:00:00", true)).isEqualTo("24:00");
        assertThat(HoursForm.time("00:00", false)).isEqualTo("00:00");
        assertThat(HoursForm.time("08:30:00", false)).isEqualTo("08:30");
    }
}
