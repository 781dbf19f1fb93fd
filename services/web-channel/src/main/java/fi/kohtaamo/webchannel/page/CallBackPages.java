package fi.kohtaamo.webchannel.page;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.webchannel.client.CatalogueClient;
import fi.kohtaamo.webchannel.client.ContactClient;
import fi.kohtaamo.webchannel.i18n.CitizenMessages;
import fi.kohtaamo.webchannel.i18n.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fi.kohtaamo.webchannel.page.PageSupport.blankToNull;
import static fi.kohtaamo.webchannel.page.PageSupport.page;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;

/**
 * "Ask to be called back": the client gives a number and ticks the times they can take the call,
 * chosen from the service's hours for the next working days as contact routing offers them (a
 * server-rendered list of check boxes, so it works without JavaScript). Guarded against robots as
 * the contact form is (the hidden field and the form challenge), and answered with the same
 * receipt: the tracking code and the access secret.
 */
@Path("/callback")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class CallBackPages {

    private static final Logger LOG = Logger.getLogger(CallBackPages.class);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,24}");
    private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2})/(\\d{2}:\\d{2})");
    /** As many times as routing takes: a few days' worth, few enough to read at a glance. */
    static final int MAX_TIMES = 5;

    private final ContactClient contacts;
    private final CatalogueClient catalogue;
    private final PageFrame frame;
    private final FormChallenge challenges;

    public CallBackPages(@RestClient ContactClient contacts, @RestClient CatalogueClient catalogue, PageFrame frame,
                         FormChallenge challenges) {
        this.contacts = contacts;
        this.catalogue = catalogue;
        this.frame = frame;
        this.challenges = challenges;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance callback(PageContext page, String serviceName, List<DayView> days,
                                                CallBackForm form, Map<String, String> errors, boolean unavailable,
                                                String formCheck);

        static native TemplateInstance sent(PageContext page, ContactClient.Created created, List<String> times);
    }

    /** A day with hours, its times as check boxes. */
    public record DayView(String id, String legend, List<TimeView> times) {
    }

    public record TimeView(String id, String value, String label, boolean checked) {
    }

    @GET
    public Response form(@QueryParam("service") String serviceId, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return render(CallBackForm.empty(serviceId, language), Map.of(), language, lang, uri, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@BeanParam CallBackForm form, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> errors = validate(form);
        if (!errors.isEmpty()) {
            return render(form, errors, language, null, uri, 400);
        }
        if (challenges.verify(form.formCheck, form.altcha, Instant.now()) == FormChallenge.Verdict.REFUSED) {
            return render(form, Map.of("form", "error_check"), language, null, uri, 400);
        }
        List<ContactClient.Slot> times = form.time.stream().map(CallBackPages::slot).toList();
        String contactLanguage = Language.isSupported(form.language) ? form.language : language;
        try {
            ContactClient.Created created = contacts.submitCallBack(new ContactClient.NewCallBack(
                    PageSupport.uuidOrNull(form.serviceId), form.description.strip(), contactLanguage,
                    new ContactClient.Details(blankToNull(form.name), null, null),
                    new ContactClient.CallBack(form.phone.strip(), times)));
            List<String> chosen = times.stream().map(time -> label(time, language)).toList();
            return Response.status(201).entity(Templates.sent(frame.context(language, uri), created, chosen)
                            .setLocale(Locale.forLanguageTag(language)))
                    .header("Cache-Control", "no-store").build();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                return render(form, errorsFromProblem(PageSupport.problem(e)), language, null, uri, 400);
            }
            LOG.warnf("contact routing answered %d", e.getResponse().getStatus());
            return render(form, Map.of("form", "error_unavailable"), language, null, uri, 503);
        } catch (ProcessingException e) {
            LOG.warnf("contact routing unavailable: %s", e.getMessage());
            return render(form, Map.of("form", "error_unavailable"), language, null, uri, 503);
        }
    }

    /** Message keys per field, so that the page shows them in its own language. */
    static Map<String, String> validate(CallBackForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.serviceId != null && !form.serviceId.isBlank() && PageSupport.uuidOrNull(form.serviceId) == null) {
            errors.put("form", "error_service");
        }
        if (form.phone == null || form.phone.isBlank() || !PHONE.matcher(form.phone.strip()).matches()) {
            errors.put("phone", "error_callback_phone");
        }
        if (form.time.isEmpty() || form.time.stream().anyMatch(time -> time == null || !isTime(time))) {
            errors.put("times", "error_callback_times");
        } else if (form.time.size() > MAX_TIMES) {
            errors.put("times", "error_callback_too_many");
        }
        if (form.description == null || form.description.isBlank()) {
            errors.put("description", "error_description_required");
        } else if (form.description.length() > 5000) {
            errors.put("description", "error_description_too_long");
        }
        if (form.website != null && !form.website.isBlank()) {
            errors.put("website", "error_website");
        }
        return errors;
    }

    /** Contact routing's problem details, field by field, in this form's terms. */
    static Map<String, String> errorsFromProblem(JsonNode problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem != null) {
            for (JsonNode violation : problem.path("violations")) {
                String field = violation.path("field").asText();
                if (field.equals("description")) {
                    errors.put("description", "error_description_required");
                } else if (field.equals("callback.phone") || field.equals("contact.phone")) {
                    errors.put("phone", "error_callback_phone");
                } else if (field.startsWith("callback.windows")) {
                    errors.put("times", "error_callback_times_closed"); // the hours changed since the page was shown
                } else {
                    errors.put("form", "error_generic");
                }
            }
        }
        if (errors.isEmpty()) {
            errors.put("form", "error_generic");
        }
        return errors;
    }

    private Response render(CallBackForm form, Map<String, String> errors, String language, String explicitLanguage,
                            UriInfo uri, int status) {
        UUID serviceId = PageSupport.uuidOrNull(form.serviceId);
        String serviceName = null;
        List<DayView> days = List.of();
        boolean unavailable = false;
        try {
            if (serviceId != null) {
                CatalogueClient.Service service = catalogue.service(serviceId);
                serviceName = service.name() == null ? null : service.name().in(language);
            }
            days = days(contacts.callBackSlots(serviceId, language), form.time, language);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 400) {
                return PageSupport.notFound(frame.context(language, uri), language); // no such published service
            }
            LOG.warnf("call-back times unavailable: %s", e.getMessage());
            unavailable = true;
        } catch (ProcessingException e) {
            LOG.warnf("call-back times unavailable: %s", e.getMessage());
            unavailable = true;
        }
        return page(Templates.callback(frame.context(language, uri), serviceName, days, form,
                        texts(CitizenMessages.class, errors, language), unavailable, challenges.issue(Instant.now())),
                language, explicitLanguage, unavailable && status == 200 ? 503 : status);
    }

    /** The offered times by day, those already ticked checked again. */
    static List<DayView> days(List<ContactClient.Slot> slots, List<String> ticked, String language) {
        Map<LocalDate, List<TimeView>> byDay = new LinkedHashMap<>();
        for (ContactClient.Slot slot : slots) {
            List<TimeView> times = byDay.computeIfAbsent(slot.date(), day -> new ArrayList<>());
            String id = "time-" + slot.date() + "-" + slot.from().replace(":", "");
            times.add(new TimeView(id, slot.value(), slot.from() + "–" + slot.to(), ticked.contains(slot.value())));
        }
        List<DayView> days = new ArrayList<>();
        byDay.forEach((date, times) -> days.add(new DayView("day-" + date, dayName(date, language), times)));
        return days;
    }

    /** A time as the form offers it, its date a real one (2026-02-30 matches the pattern but is no day). */
    static boolean isTime(String value) {
        Matcher matcher = TIME.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        try {
            LocalDate.parse(matcher.group(1));
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static ContactClient.Slot slot(String value) {
        Matcher matcher = TIME.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a time: " + value);
        }
        return new ContactClient.Slot(LocalDate.parse(matcher.group(1)), matcher.group(2), matcher.group(3));
    }

    private static String label(ContactClient.Slot slot, String language) {
        return dayName(slot.date(), language) + " " + slot.from() + "–" + slot.to();
    }

    /** "Maanantai 7.12.", "Måndag 7.12.", "Monday 7 December". */
    static String dayName(LocalDate date, String language) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("en".equals(language) ? "cccc d MMMM" : "cccc d.M.",
                Locale.forLanguageTag(language));
        String name = format.format(date);
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
