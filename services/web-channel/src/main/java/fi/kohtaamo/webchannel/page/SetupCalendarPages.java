package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.SetupClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.SetupMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;
import static fi.kohtaamo.webchannel.page.SetupSupport.ifMatch;
import static fi.kohtaamo.webchannel.page.SetupSupport.single;
import static fi.kohtaamo.webchannel.page.SetupSupport.unfit;

/**
 * The supervisor's business calendars: a list, and a form per calendar with working periods per
 * weekday (several a day) and exception days (closed, or other hours on a date). Beside it Finland's
 * holidays of a chosen year, from routing, so the supervisor sees which days to except. A form has
 * three empty periods a day and three empty exception rows; saving shows three more. Overlaps and bad
 * times are refused beside the field (here, or by routing, which names the period or exception).
 */
@Path("/supervise/calendars")
@Produces(MediaType.TEXT_HTML)
public class SetupCalendarPages {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final int EMPTY_ROWS = 3;
    private static final int MAX_EXCEPTIONS = 1000;

    private final SetupClient setup;
    private final PageFrame frame;

    public SetupCalendarPages(@RestClient SetupClient setup, PageFrame frame) {
        this.setup = setup;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendars(PageContext page, List<SetupClient.Calendar> calendars, String notice);

        static native TemplateInstance calendar(PageContext page, String id, Map<String, String> form, Map<String, String> errors,
                                                List<Day> days, List<Integer> exceptions, int year, List<Integer> years,
                                                List<HolidayRow> holidays);
    }

    /** A weekday (1 = Monday) on the form, with the numbers of its period rows. */
    public record Day(int weekday, List<Integer> slots) {
    }

    /** One of Finland's holidays beside the calendar; {@code official} false: an eve agencies close on by custom. */
    public record HolidayRow(String date, String name, boolean official) {
    }

    @GET
    public Response list(@QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            return staffPage(Templates.calendars(frame.context(language, uri), setup.calendars(),
                    SetupSupport.notice(notice, "calendar_(created|saved)", language)), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    @GET
    @Path("/new")
    public Response newCalendar(@QueryParam("year") String year, @QueryParam("lang") String lang,
                                @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                                @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("publicHolidays", "true");
        form.put("zone", "Europe/Helsinki");
        for (int weekday = 1; weekday <= 5; weekday++) {
            form.put("p" + weekday + "-0-opens", "08:00");
            form.put("p" + weekday + "-0-closes", "16:00");
        }
        return page(null, form, Map.of(), year(year), language, lang, uri, 200);
    }

    @GET
    @Path("/{id}")
    public Response edit(@PathParam("id") String id, @QueryParam("year") String year, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        return current(id, Map.of(), year(year), Language.resolve(lang, remembered, accept), lang, uri, 200);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        return save(null, form, Language.resolve(null, remembered, accept), uri);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        if (uuidOrNull(id) == null) {
            return notFound(frame.context(language, uri), language);
        }
        return save(id, form, language, uri);
    }

    private Response current(String id, Map<String, String> errors, int year, String language, String explicit, UriInfo uri,
                             int status) {
        UUID calendarId = uuidOrNull(id);
        if (calendarId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            SetupClient.Calendar calendar = setup.calendar(calendarId);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("name", calendar.name());
            form.put("zone", calendar.zone());
            form.put("publicHolidays", String.valueOf(calendar.publicHolidays()));
            form.put("version", String.valueOf(calendar.version()));
            Map<Integer, Integer> slots = new LinkedHashMap<>();
            for (SetupClient.Period period : calendar.periods()) {
                int slot = slots.merge(period.weekday(), 1, Integer::sum) - 1;
                form.put("p" + period.weekday() + "-" + slot + "-opens", period.opens());
                form.put("p" + period.weekday() + "-" + slot + "-closes", period.closes());
            }
            List<SetupClient.DateException> exceptions = calendar.exceptions();
            for (int i = 0; i < exceptions.size(); i++) {
                SetupClient.DateException exception = exceptions.get(i);
                form.put("x" + i + "-day", exception.day().toString());
                form.put("x" + i + "-opens", exception.opens() == null ? "" : exception.opens());
                form.put("x" + i + "-closes", exception.closes() == null ? "" : exception.closes());
                form.put("x" + i + "-reason", exception.reason() == null ? "" : exception.reason());
            }
            return page(id, form, errors, year, language, explicit, uri, status);
        } catch (WebApplicationException e) {
            return SetupSupport.missingOrUnavailable(e, frame, language, uri);
        } catch (ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    private Response save(String id, MultivaluedMap<String, String> posted, String language, UriInfo uri) {
        Map<String, String> form = formValues(posted);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = single(posted, "name");
        if (name.isEmpty() || unfit(name, 200)) {
            errors.put("name", "error_calendar_name");
        }
        // The form's rows in the order routing gets them, so that periods[3] is the fourth row sent.
        List<SetupClient.Period> periods = new ArrayList<>();
        List<String> periodFields = new ArrayList<>();
        for (int weekday = 1; weekday <= 7; weekday++) {
            for (int slot = 0; slot < slotCount(form, weekday); slot++) {
                String field = "p" + weekday + "-" + slot;
                LocalTime[] times = times(form, field, false, errors);
                if (times != null) {
                    periods.add(new SetupClient.Period(weekday, times[0].toString(), times[1].toString()));
                    periodFields.add(field + "-opens");
                }
            }
        }
        if (periods.isEmpty() && errors.keySet().stream().noneMatch(k -> k.startsWith("p"))) {
            errors.put("p1-0-opens", "error_calendar_no_periods");
        }
        List<SetupClient.DateException> exceptions = new ArrayList<>();
        List<String> exceptionFields = new ArrayList<>();
        for (int i = 0; i < exceptionCount(form); i++) {
            String field = "x" + i;
            String day = form.getOrDefault(field + "-day", "");
            String reason = form.getOrDefault(field + "-reason", "");
            if (unfit(reason, 200)) {
                errors.put(field + "-reason", "error_calendar_reason");
            }
            if (day.isEmpty()) {
                if (!form.getOrDefault(field + "-opens", "").isEmpty() || !form.getOrDefault(field + "-closes", "").isEmpty()
                        || !reason.isEmpty()) {
                    errors.put(field + "-day", "error_calendar_day");
                }
                continue;
            }
            LocalDate date = date(day);
            if (date == null) {
                errors.put(field + "-day", "error_calendar_day");
                continue;
            }
            LocalTime[] times = times(form, field, true, errors);
            exceptions.add(new SetupClient.DateException(date, times == null ? null : times[0].toString(),
                    times == null ? null : times[1].toString(), reason.isEmpty() ? null : reason));
            exceptionFields.add(field + "-day");
        }
        String version = ifMatch(single(posted, "version"));
        if (id != null && version == null) {
            errors.put("form", "error_setup_generic");
        }
        int year = year(form.get("year"));
        if (!errors.isEmpty()) {
            return page(id, form, errors, year, language, null, uri, 400);
        }
        String zone = form.getOrDefault("zone", "Europe/Helsinki");
        SetupClient.CalendarDraft draft = new SetupClient.CalendarDraft(name, zone.isEmpty() ? "Europe/Helsinki" : zone,
                "true".equals(form.get("publicHolidays")), periods, exceptions);
        try {
            if (id == null) {
                setup.createCalendar(draft);
                return redirect("/supervise/calendars?notice=calendar_created");
            }
            setup.updateCalendar(UUID.fromString(id), draft, version);
            return redirect("/supervise/calendars?notice=calendar_saved");
        } catch (WebApplicationException e) {
            return SetupSupport.refused(e, new SetupSupport.Refusal(
                    () -> current(id, Map.of("form", "error_setup_stale"), year, language, null, uri, 409),
                    refusal -> page(id, form, refusal, year, language, null, uri, e.getResponse().getStatus()),
                    field -> fieldOf(field, periodFields, exceptionFields), "name",
                    () -> SetupSupport.missingOrUnavailable(e, frame, language, uri)));
        } catch (ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    /** Routing's periods[3] or exceptions[1] as the row of the form it came from. */
    static String fieldOf(String field, List<String> periodFields, List<String> exceptionFields) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(periods|exceptions)\\[(\\d+)].*").matcher(field);
        if (row.matches()) {
            List<String> fields = row.group(1).equals("periods") ? periodFields : exceptionFields;
            int index = Integer.parseInt(row.group(2));
            return index < fields.size() ? fields.get(index) : "form";
        }
        return field.equals("name") ? "name" : field.equals("periods") && !periodFields.isEmpty() ? periodFields.get(0) : "form";
    }

    /**
     * A row's opening and closing time (HH:mm), or null for an empty row; a time that is no time, one
     * without the other (unless {@code closedAllowed} and both are empty) or an opening not before the
     * closing is an error beside it.
     */
    private static LocalTime[] times(Map<String, String> form, String field, boolean closedAllowed, Map<String, String> errors) {
        String opens = form.getOrDefault(field + "-opens", "");
        String closes = form.getOrDefault(field + "-closes", "");
        if (opens.isEmpty() && closes.isEmpty()) {
            return null;
        }
        LocalTime from = time(opens);
        LocalTime to = time(closes);
        if (from == null) {
            errors.put(field + "-opens", "error_calendar_time");
        }
        if (to == null) {
            errors.put(field + "-closes", "error_calendar_time");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            errors.put(field + "-closes", "error_calendar_order");
        }
        return from != null && to != null && from.isBefore(to) ? new LocalTime[] {from, to} : null;
    }

    private static LocalTime time(String value) {
        if (!value.matches("\\d{1,2}[:.]\\d{2}")) {
            return null;
        }
        try {
            String[] parts = value.split("[:.]");
            return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The year whose holidays are shown: the one asked for (2000–2100), else this year. */
    private static int year(String value) {
        int now = LocalDate.now(HELSINKI).getYear();
        if (value == null || !value.matches("\\d{4}")) {
            return now;
        }
        int year = Integer.parseInt(value);
        return year >= 2000 && year <= 2100 ? year : now;
    }

    /** Period rows of a weekday on the form: those filled, then three empty ones. */
    private static int slotCount(Map<String, String> form, int weekday) {
        int filled = 0;
        while (filled < 10 && (form.containsKey("p" + weekday + "-" + filled + "-opens")
                || form.containsKey("p" + weekday + "-" + filled + "-closes"))) {
            filled++;
        }
        return Math.max(filled, EMPTY_ROWS);
    }

    /** Exception rows on the form: those sent (or shown), at most 1,000. */
    private static int exceptionCount(Map<String, String> form) {
        int count = 0;
        while (count < MAX_EXCEPTIONS && form.containsKey("x" + count + "-day")) {
            count++;
        }
        return count;
    }

    private Response page(String id, Map<String, String> form, Map<String, String> errors, int year, String language,
                          String explicit, UriInfo uri, int status) {
        List<Day> days = IntStream.rangeClosed(1, 7).mapToObj(weekday -> new Day(weekday,
                IntStream.range(0, filledSlots(form, weekday) + EMPTY_ROWS).boxed().toList())).toList();
        int filledExceptions = 0;
        for (int i = 0; i < exceptionCount(form); i++) {
            if (!form.getOrDefault("x" + i + "-day", "").isEmpty()) {
                filledExceptions = i + 1;
            }
        }
        List<Integer> exceptions = IntStream.range(0, filledExceptions + EMPTY_ROWS).boxed().toList();
        int thisYear = LocalDate.now(HELSINKI).getYear();
        try {
            List<HolidayRow> holidays = setup.holidays(year).stream().map(h -> new HolidayRow(h.date().toString(),
                    switch (language) {
                        case "sv" -> h.nameSv();
                        case "en" -> h.nameEn();
                        default -> h.nameFi();
                    }, h.official())).toList();
            return staffPage(Templates.calendar(frame.context(language, uri), id, form, texts(SetupMessages.class, errors, language),
                    days, exceptions, year, IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList(), holidays),
                    language, explicit, status);
        } catch (WebApplicationException | ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    /** Period rows of a weekday that hold a time. */
    private static int filledSlots(Map<String, String> form, int weekday) {
        int filled = 0;
        for (int slot = 0; slot < 10; slot++) {
            String prefix = "p" + weekday + "-" + slot;
            if (!form.getOrDefault(prefix + "-opens", "").isEmpty() || !form.getOrDefault(prefix + "-closes", "").isEmpty()) {
                filled = slot + 1;
            }
        }
        return filled;
    }
}
