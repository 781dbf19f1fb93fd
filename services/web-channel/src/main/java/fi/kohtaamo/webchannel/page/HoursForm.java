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
 * exceptional days ({@code x0-date}, {@code x0-closed}, {@code x0-note-sv}), each list with empty
 * rows to fill in. The catalogue checks the values; this class only names the form field an
 * API refusal ({@code hours[3].to}) is about, so the page can say it beside that field.
 */
final class HoursForm {

    static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    /** Rows a weekday or the exceptions can have on the page: the catalogue's own limits are higher. */
    private static final int MAX_DAY_ROWS = 6;
    private static final int MAX_EXCEPTIONS = 366;

    /** The draft to send, with the form row of each period and exception in the order sent. */
    record Parsed(CatalogueAdminClient.HoursDraft draft, List<String> periodRows, List<String> exceptionRows) {
    }

    record Slot(String name, String from, String to, String fromError, String toError) {
    }

    record Day(String day, List<Slot> slots) {
    }

    record Note(String language, String name, String value, String error) {
    }

    record ExceptionRow(String name, int shown, boolean added, String date, boolean closed, String from, String to,
                        List<Note> notes, String dateError, String fromError, String toError) {
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
            } else if (day.periods() != null && !day.periods().isEmpty()) {
                form.put("x" + i + "-from", time(day.periods().get(0).opens(), false));
                form.put("x" + i + "-to", time(day.periods().get(0).closes(), true));
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
        for (int i = 0; i <= lastException(form); i++) {
            String row = "x" + i;
            String date = form.getOrDefault(row + "-date", "");
            if (date.isEmpty()) {
                continue;
            }
            boolean closed = form.containsKey(row + "-closed");
            exceptions.add(new ExceptionDraft(date, closed, closed ? null : blank(form.get(row + "-from")),
                    closed ? null : blank(form.get(row + "-to")), new CatalogueAdminClient.Texts(blank(form.get(row + "-note-fi")),
                    blank(form.get(row + "-note-sv")), blank(form.get(row + "-note-en")))));
            exceptionRows.add(row);
        }
        return new Parsed(new CatalogueAdminClient.HoursDraft(form.containsKey("alwaysOpen"), form.containsKey("holidays"),
                periods, exceptions), periodRows, exceptionRows);
    }

    /**
     * The form field an API field names: {@code hours[2].from} is the third period sent, so its
     * row's from field; {@code exceptions[0].note.sv} the first exception's Swedish note. Anything
     * else is about the form as a whole.
     */
    static String fieldOf(String apiField, Parsed parsed) {
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
            int last = -1;
            for (int i = 0; i < MAX_DAY_ROWS; i++) {
                if (!form.getOrDefault(day + "-" + i + "-from", "").isEmpty() || !form.getOrDefault(day + "-" + i + "-to", "").isEmpty()) {
                    last = i;
                }
            }
            List<Slot> slots = new ArrayList<>();
            for (int i = 0; i <= Math.min(last + 1, MAX_DAY_ROWS - 1); i++) {
                String name = day + "-" + i;
                slots.add(new Slot(name, form.getOrDefault(name + "-from", ""), form.getOrDefault(name + "-to", ""),
                        errors.get(name + "-from"), errors.get(name + "-to")));
            }
            days.add(new Day(day, slots));
        }
        return days;
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
                    form.getOrDefault(name + "-from", ""), form.getOrDefault(name + "-to", ""), notes,
                    errors.get(name + "-date"), errors.get(name + "-from"), errors.get(name + "-to")));
        }
        return rows;
    }

    /** The last exception row with a date or a note filled in; -1 when none. */
    private static int lastException(Map<String, String> form) {
        int last = -1;
        for (String key : form.keySet()) {
            var match = java.util.regex.Pattern.compile("x(\\d{1,3})-(date|from|to|note-fi|note-sv|note-en)").matcher(key);
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
