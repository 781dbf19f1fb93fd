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
        form.put("x3-0-from", "10:00");
        form.put("x4-date", "2026-12-30");
        form.put("x4-0-from", "08:00");
        form.put("x4-0-to", "11:00");
        form.put("x4-2-from", "12:00");
        form.put("x4-2-to", "15:00");
        return form;
    }

    @Test
    void emptyRowsAreLeftOutAndRefusalsNameTheRowTheyCameFrom() {
        HoursForm.Parsed parsed = HoursForm.parse(form());
        assertThat(parsed.draft().hours()).extracting(p -> p.day() + " " + p.from() + "-" + p.to())
                .containsExactly("MONDAY 08:00-24:00", "TUESDAY 13:00-16:00");
        assertThat(parsed.draft().exceptions()).hasSize(2);
        assertThat(parsed.draft().exceptions().get(0).periods()).isEmpty(); // closed all day: no hours sent
        assertThat(parsed.draft().exceptions().get(1).periods()).extracting(p -> p.from() + "-" + p.to())
                .containsExactly("08:00-11:00", "12:00-15:00");
        assertThat(HoursForm.fieldOf("exceptions[1].periods[1].from", parsed)).isEqualTo("x4-2-from");
        assertThat(HoursForm.fieldOf("exceptions[1].periods[0].to", parsed)).isEqualTo("x4-0-to");
        assertThat(HoursForm.fieldOf("exceptions[1].periods[2].to", parsed)).isEqualTo("form");
        assertThat(HoursForm.fieldOf("exceptions[1].from", parsed)).isEqualTo("x4-0-from");
        assertThat(HoursForm.fieldOf("exceptions[1].periods", parsed)).isEqualTo("x4-0-from");
        assertThat(HoursForm.fieldOf("hours[1].to", parsed)).isEqualTo("TUESDAY-1-to");
        assertThat(HoursForm.fieldOf("hours[0].day", parsed)).isEqualTo("MONDAY-0-from");
        assertThat(HoursForm.fieldOf("exceptions[0].note.sv", parsed)).isEqualTo("x3-note-sv");
        assertThat(HoursForm.fieldOf("exceptions[2].date", parsed)).isEqualTo("form");
        assertThat(HoursForm.fieldOf("exceptions", parsed)).isEqualTo("form");
    }

    @Test
    void eachDayAndTheExceptionsKeepTheirRowsWithEmptyOnesToFillIn() {
        var days = HoursForm.days(form(), Map.of());
        assertThat(days.get(0).slots()).extracting(HoursForm.Slot::name).containsExactly("MONDAY-0", "MONDAY-1");
        assertThat(days.get(1).slots()).extracting(HoursForm.Slot::name).containsExactly("TUESDAY-0", "TUESDAY-1", "TUESDAY-2");
        assertThat(days.get(6).slots()).extracting(HoursForm.Slot::name).containsExactly("SUNDAY-0");
        var exceptions = HoursForm.exceptions(form(), Map.of("x3-date", "bad", "x4-2-from", "overlaps"));
        assertThat(exceptions).hasSize(7);
        assertThat(exceptions.get(3).dateError()).isEqualTo("bad");
        assertThat(exceptions.get(4).slots()).extracting(HoursForm.Slot::name).containsExactly("x4-0", "x4-1", "x4-2", "x4-3");
        assertThat(exceptions.get(4).slots().get(2).fromError()).isEqualTo("overlaps");
        assertThat(exceptions.get(5).added()).isTrue();
        assertThat(exceptions.get(5).slots()).extracting(HoursForm.Slot::name).containsExactly("x5-0");
    }

    @Test
    void aClosingMidnightReadsAsTheEndOfTheDay() {
        assertThat(HoursForm.time("00:00:00", true)).isEqualTo("24:00");
        assertThat(HoursForm.time("00:00", false)).isEqualTo("00:00");
        assertThat(HoursForm.time("08:30:00", false)).isEqualTo("08:30");
    }
}
