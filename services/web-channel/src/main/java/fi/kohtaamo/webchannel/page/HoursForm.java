package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.CatalogueAdminClient;
import fi.kohtaamo.webchannel.client.CatalogueAdminClient.Channel;
import fi.kohtaamo.webchannel.client.CatalogueAdminClient.ExceptionDraft;
import fi.kohtaamo.webchannel.client.CatalogueAdminClient.PeriodDraft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A channel's hours as form fields and back: rows per weekday ({@code MONDAY-0-from}) and rows of
 * exceptional days ({@code x0-date}, {@code x0-closed}, {@code x0-note-sv}) with their period rows
 * ({@code x0-1-from}: an exceptional day may be open 8–11 and 12–15), each list with empty rows to
 * fill in. The catalogue checks the values; this class only names the form field an
 * API refusal ({@code hours[3].to}) is about, so the page can say it beside that field.
 */
final class HoursForm {

    static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    /** Rows a weekday or the exceptions can have on the page: the catalogue's own limits are higher. */
    private static final int MAX_DAY_ROWS = 6;
    private static final int MAX_EXCEPTIONS = 366;

    /**
     * The draft to send, with the form row of each period and exception in the order sent, and of
     * each exception's periods.
     */
    record Parsed(CatalogueAdminClient.HoursDraft draft, List<String> periodRows, List<String> exceptionRows,
                  List<List<String>> exceptionPeriodRows) {
    }

    record Slot(String name, String from, String to, String fromError, String toError) {
    }

    record Day(String day, List<Slot> slots) {
    }

    record Note(String language, String name, String value, String error) {
    }

    record ExceptionRow(String name, int shown, boolean added, String date, boolean closed, List<Slot> slots,
                        List<Note> notes, String dateError) {
    }

    private HoursForm() {
    }

    static Map<String, String> of(Channel channel) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(channel.version()));
        CatalogueAdminClient.Hours hours = channel.hours();
        if (hours == null) {
            return form;
        }
        if (hours.alwaysOpen()) {
            form.put("alwaysOpen", "on");
        }
        if (hours.closedOnPublicHolidays()) {
            form.put("holidays", "on");
        }
        Map<String, Integer> perDay = new LinkedHashMap<>();
        for (CatalogueAdminClient.Period period : weekly(hours)) {
            int index = perDay.merge(period.day(), 1, Integer::sum) - 1;
            form.put(period.day() + "-" + index + "-from", time(period.opens(), false));
            form.put(period.day() + "-" + index + "-to", time(period.closes(), true));
        }
        List<CatalogueAdminClient.ExceptionalDay> exceptions = hours.exceptions() == null ? List.of() : hours.exceptions();
        for (int i = 0; i < exceptions.size(); i++) {
            CatalogueAdminClient.ExceptionalDay day = exceptions.get(i);
            form.put("x" + i + "-date", day.date());
            if (day.closed()) {
                form.put("x" + i + "-closed", "on");
            } else if (day.periods() != null) {
                for (int j = 0; j < Math.min(day.periods().size(), MAX_DAY_ROWS); j++) {
                    form.put("x" + i + "-" + j + "-from", time(day.periods().get(j).opens(), false));
                    form.put("x" + i + "-" + j + "-to", time(day.periods().get(j).closes(), true));
                }
            }
            for (String language : LANGUAGES) {
                String note = day.reason() == null ? null : text(day.reason(), language);
                if (note != null) {
                    form.put("x" + i + "-note-" + language, note);
                }
            }
        }
        return form;
    }

    /**
     * The weekly periods the page edits: the year-round schedule (no dates). Date-limited schedules
     * (a summer's hours from PTV) are not on the page, and the catalogue keeps them when it is saved.
     */
    static List<CatalogueAdminClient.Period> weekly(CatalogueAdminClient.Hours hours) {
        if (hours.schedules() == null) {
            return List.of();
        }
        return hours.schedules().stream().filter(s -> s.validFrom() == null && s.validTo() == null).findFirst()
                .map(CatalogueAdminClient.Schedule::periods).orElse(List.of());
    }

    static Parsed parse(Map<String, String> form) {
        List<PeriodDraft> periods = new ArrayList<>();
        List<String> periodRows = new ArrayList<>();
        for (String day : DAYS) {
            for (int i = 0; i < MAX_DAY_ROWS; i++) {
                String row = day + "-" + i;
                String from = form.getOrDefault(row + "-from", "");
                String to = form.getOrDefault(row + "-to", "");
                if (!from.isEmpty() || !to.isEmpty()) {
                    periods.add(new PeriodDraft(day, from, to));
                    periodRows.add(row);
                }
            }
        }
        List<ExceptionDraft> exceptions = new ArrayList<>();
        List<String> exceptionRows = new ArrayList<>();
        List<List<String>> exceptionPeriodRows = new ArrayList<>();
        for (int i = 0; i <= lastException(form); i++) {
            String row = "x" + i;
            String date = form.getOrDefault(row + "-date", "");
            if (date.isEmpty()) {
                continue;
            }
            boolean closed = form.containsKey(row + "-closed");
            List<CatalogueAdminClient.SlotDraft> slots = new ArrayList<>();
            List<String> slotRows = new ArrayList<>();
            for (int j = 0; j < MAX_DAY_ROWS && !closed; j++) {
                String slot = row + "-" + j;
                String from = form.getOrDefault(slot + "-from", "");
                String to = form.getOrDefault(slot + "-to", "");
                if (!from.isEmpty() || !to.isEmpty()) {
                    slots.add(new CatalogueAdminClient.SlotDraft(blank(from), blank(to)));
                    slotRows.add(slot);
                }
            }
            exceptions.add(new ExceptionDraft(date, closed, new CatalogueAdminClient.Texts(blank(form.get(row + "-note-fi")),
                    blank(form.get(row + "-note-sv")), blank(form.get(row + "-note-en"))), slots));
            exceptionRows.add(row);
            exceptionPeriodRows.add(slotRows);
        }
        return new Parsed(new CatalogueAdminClient.HoursDraft(form.containsKey("alwaysOpen"), form.containsKey("holidays"),
                periods, exceptions), periodRows, exceptionRows, exceptionPeriodRows);
    }

    /**
     * The form field an API field names: {@code hours[2].from} is the third period sent, so its
     * row's from field; {@code exceptions[0].note.sv} the first exception's Swedish note;
     * {@code exceptions[0].periods[1].to} the to field of that exception's second period sent (and
     * an exception's from, to or periods as a whole its first period row). Anything else is about
     * the form as a whole.
     */
    static String fieldOf(String apiField, Parsed parsed) {
        var period = java.util.regex.Pattern.compile("exceptions\\[(\\d{1,4})]\\.(?:periods\\[(\\d{1,2})]\\.(from|to)|(from|to|periods))")
                .matcher(apiField);
        if (period.matches()) {
            int index = Integer.parseInt(period.group(1));
            if (index >= parsed.exceptionRows().size()) {
                return "form";
            }
            List<String> slots = parsed.exceptionPeriodRows().get(index);
            if (period.group(2) == null) {
                return parsed.exceptionRows().get(index) + "-0-" + ("to".equals(period.group(4)) ? "to" : "from");
            }
            int slot = Integer.parseInt(period.group(2));
            return slot < slots.size() ? slots.get(slot) + "-" + period.group(3) : "form";
        }
        var match = java.util.regex.Pattern.compile("(hours|exceptions)\\[(\\d{1,4})]\\.(date|from|to|day|note\\.(fi|sv|en))")
                .matcher(apiField);
        if (!match.matches()) {
            return "form";
        }
        List<String> rows = match.group(1).equals("hours") ? parsed.periodRows() : parsed.exceptionRows();
        int index = Integer.parseInt(match.group(2));
        if (index >= rows.size()) {
            return "form";
        }
        String part = match.group(3).equals("day") ? "from" : match.group(3).replace('.', '-');
        return rows.get(index) + "-" + part;
    }

    static List<Day> days(Map<String, String> form, Map<String, String> errors) {
        List<Day> days = new ArrayList<>();
        for (String day : DAYS) {
            days.add(new Day(day, slots(day, form, errors)));
        }
        return days;
    }

    /** The period rows of a weekday or an exceptional day: those filled in and one empty (up to the limit). */
    private static List<Slot> slots(String prefix, Map<String, String> form, Map<String, String> errors) {
        int last = -1;
        for (int i = 0; i < MAX_DAY_ROWS; i++) {
            if (!form.getOrDefault(prefix + "-" + i + "-from", "").isEmpty() || !form.getOrDefault(prefix + "-" + i + "-to", "").isEmpty()) {
                last = i;
            }
        }
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i <= Math.min(last + 1, MAX_DAY_ROWS - 1); i++) {
            String name = prefix + "-" + i;
            slots.add(new Slot(name, form.getOrDefault(name + "-from", ""), form.getOrDefault(name + "-to", ""),
                    errors.get(name + "-from"), errors.get(name + "-to")));
        }
        return slots;
    }

    static List<ExceptionRow> exceptions(Map<String, String> form, Map<String, String> errors) {
        List<ExceptionRow> rows = new ArrayList<>();
        int last = lastException(form);
        for (int i = 0; i <= Math.min(last + 2, MAX_EXCEPTIONS - 1); i++) {
            String name = "x" + i;
            List<Note> notes = new ArrayList<>();
            for (String language : LANGUAGES) {
                String field = name + "-note-" + language;
                notes.add(new Note(language, field, form.getOrDefault(field, ""), errors.get(field)));
            }
            rows.add(new ExceptionRow(name, i + 1, i > last, form.getOrDefault(name + "-date", ""), form.containsKey(name + "-closed"),
                    slots(name, form, errors), notes, errors.get(name + "-date")));
        }
        return rows;
    }

    /** The last exception row with a date or a note filled in; -1 when none. */
    private static int lastException(Map<String, String> form) {
        int last = -1;
        for (String key : form.keySet()) {
            var match = java.util.regex.Pattern.compile("x(\\d{1,3})-(date|\\d-from|\\d-to|note-fi|note-sv|note-en)").matcher(key);
            if (match.matches() && !form.get(key).isEmpty()) {
                last = Math.max(last, Math.min(Integer.parseInt(match.group(1)), MAX_EXCEPTIONS - 1));
            }
        }
        return last;
    }

    /** HH:mm of a time the catalogue may write with seconds; a closing midnight reads 24:00. */
    static String time(String value, boolean closing) {
        if (value == null || value.length() < 5) {
            return value == null ? "" : value;
        }
        String time = value.substring(0, 5);
        return closing && time.equals("00:00") ? "24:00" : time;
    }

    private static String text(CatalogueAdminClient.Texts texts, String language) {
        return switch (language) {
            case "sv" -> texts.sv();
            case "en" -> texts.en();
            default -> texts.fi();
        };
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
