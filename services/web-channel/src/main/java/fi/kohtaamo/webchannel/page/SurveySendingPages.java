package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.SurveySendingClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.SendingMessages;
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
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.localized;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.problem;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.text;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/**
 * The manager's survey sending: a new survey of one of the four types, prefilled with the type's
 * defaults; its recipients chosen (a segment, a stakeholder role, or the clients of a channel in
 * the last days) and counted before anything goes; the sending and the one reminder on the
 * version shown (If-Match); and where the sending is. The feedback service decides the rest.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SurveySendingPages {

    static final List<String> TYPES = List.of("STAKEHOLDER", "AWARENESS_AND_IMAGE", "DIRECT_CLIENT_SATISFACTION",
            "INDIRECT_CLIENT_SATISFACTION");
    static final List<String> ROLES = List.of("PARTNER", "STEERING_BODY", "SERVICE_PRODUCER", "CLIENT");
    static final List<String> CHANNELS = List.of("WEB", "PHONE", "EMAIL", "CHAT", "SERVICE_POINT", "LETTER");
    /** The types whose surveys repeat (the feedback service's defaults: client satisfaction, each quarter). */
    static final Set<String> RECURRING_TYPES = Set.of("DIRECT_CLIENT_SATISFACTION");
    static final List<String> UNITS = List.of("WEEKS", "MONTHS");
    private static final java.time.ZoneId HELSINKI = java.time.ZoneId.of("Europe/Helsinki");
    private static final Logger LOG = Logger.getLogger(SurveySendingPages.class);

    private final SurveySendingClient surveys;
    private final PageFrame frame;

    public SurveySendingPages(@RestClient SurveySendingClient surveys, PageFrame frame) {
        this.surveys = surveys;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance create(PageContext page, String type, List<String> types, List<TitleField> titles,
                                              List<QuestionView> questions, Map<String, String> form, Map<String, String> errors);

        static native TemplateInstance send(PageContext page, String id, String title, String type, boolean anonymous,
                                            SurveySendingClient.Delivery delivery, Map<String, String> form,
                                            SurveySendingClient.Preview preview, List<String> roles, List<String> channels,
                                            Map<String, String> errors, String notice, boolean recurring,
                                            SurveySendingClient.RecurrenceView recurrence, String nextRound, int rounds,
                                            List<String> units);
    }

    /** One language's title on the create page: its field ({@code title-sv}), value and error (or null). */
    public record TitleField(String language, String field, String value, String error) {
    }

    /** A default question on the create page: kept unless unticked. */
    public record QuestionView(String code, String text, String kind, boolean kept) {
    }

    @GET
    @Path("/manage/surveys/new")
    public Response create(@QueryParam("type") String type, @QueryParam("lang") String lang,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        // List.of(...).contains(null) throws: no type chosen yet is the usual first visit.
        String chosen = type != null && TYPES.contains(type) ? type : null;
        try {
            if (chosen == null) {
                return staffPage(Templates.create(frame.context(language, uri), null, TYPES, List.of(), List.of(), Map.of(),
                        Map.of()), language, lang, 200);
            }
            SurveySendingClient.Defaults defaults = surveys.defaults(chosen);
            Map<String, String> form = new LinkedHashMap<>();
            for (String l : Language.SUPPORTED) {
                form.put("title-" + l, defaults.title().getOrDefault(l, ""));
            }
            form.put("anonymous", String.valueOf(defaults.anonymous()));
            form.put("reminder", String.valueOf(defaults.reminderAfterDays()));
            return createPage(defaults, form, Map.of(), language, lang, uri, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return failed(e, language, uri);
        }
    }

    @POST
    @Path("/manage/surveys/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response created(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        String type = single(form, "type");
        if (!TYPES.contains(type)) {
            return redirect("/manage/surveys/new");
        }
        Map<String, String> kept = formValues(form);
        kept.put("anonymous", String.valueOf("true".equals(single(form, "anonymous"))));
        kept.put("question", String.join(",", form.get("question") == null ? List.of() : form.get("question")));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> title = new LinkedHashMap<>();
        for (String l : Language.SUPPORTED) {
            String value = single(form, "title-" + l);
            if (value.isEmpty() || value.length() > 500 || value.indexOf('\0') >= 0) {
                errors.put("title-" + l, "error_send_title");
            }
            title.put(l, value);
        }
        Integer reminder = days(single(form, "reminder"), 60);
        if (reminder == null && !single(form, "reminder").isEmpty()) {
            errors.put("reminder", "error_send_reminder");
        }
        try {
            SurveySendingClient.Defaults defaults = surveys.defaults(type);
            List<String> chosen = form.get("question") == null ? List.of() : form.get("question");
            List<SurveySendingClient.Question> questions = defaults.questions().stream()
                    .filter(q -> chosen.contains(q.code())).toList();
            if (questions.isEmpty()) {
                errors.put("questions", "error_send_questions");
            }
            if (!errors.isEmpty()) {
                return createPage(defaults, kept, errors, language, null, uri, 400);
            }
            SurveySendingClient.Survey survey = surveys.create(new SurveySendingClient.NewSurvey(type, title, questions,
                    "true".equals(kept.get("anonymous")), reminder));
            return redirect("/manage/surveys/" + survey.id() + "/send?notice=created");
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                String field = problem(e).path("violations").path(0).path("field").asText("");
                String named = field.matches("title\\.(fi|sv|en)") ? "title-" + field.substring(6)
                        : field.equals("reminderAfterDays") ? "reminder" : "form";
                return createPage(surveys.defaults(type), kept, Map.of(named, "error_send_refused"), language, null, uri, 400);
            }
            return failed(e, language, uri);
        } catch (ProcessingException e) {
            return failed(e, language, uri);
        }
    }

    private Response createPage(SurveySendingClient.Defaults defaults, Map<String, String> form, Map<String, String> errors,
                                String language, String explicit, UriInfo uri, int status) {
        List<String> kept = form.containsKey("question") || !errors.isEmpty()
                ? List.of(form.getOrDefault("question", "").split(",")) : null;
        List<QuestionView> questions = defaults.questions().stream().map(q -> new QuestionView(q.code(),
                localized(q.text(), language, q.code()), q.kind(), kept == null || kept.contains(q.code()))).toList();
        Map<String, String> errorTexts = texts(SendingMessages.class, errors, language);
        List<TitleField> titles = Language.SUPPORTED.stream().map(l -> new TitleField(l, "title-" + l,
                form.getOrDefault("title-" + l, ""), errorTexts.get("title-" + l))).toList();
        return staffPage(Templates.create(frame.context(language, uri), defaults.type(), TYPES, titles, questions, form,
                errorTexts), language, explicit, status);
    }

    @GET
    @Path("/manage/surveys/{id}/send")
    public Response send(@PathParam("id") String id, @QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        UUID surveyId = uuidOrNull(id);
        if (surveyId == null) {
            return notFound(frame.context(language, uri), language);
        }
        String noticeText = notice != null && notice.matches("created|sent|reminded|repeating|stopped")
                ? text(SendingMessages.class, "notice_send_" + notice, language) : null;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("audience", "segment");
        form.put("days", "91");
        return sendPage(surveyId, form, null, Map.of(), noticeText, language, lang, uri, 200);
    }

    /** Counts the chosen recipients (action preview) or sends to them (action send) on the version shown. */
    @POST
    @Path("/manage/surveys/{id}/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sent(@PathParam("id") String id, MultivaluedMap<String, String> form,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID surveyId = uuidOrNull(id);
        if (surveyId == null) {
            return notFound(frame.context(language, uri), language);
        }
        Map<String, String> kept = formValues(form);
        Map<String, String> errors = new LinkedHashMap<>();
        SurveySendingClient.Audience audience = audience(kept, errors);
        String version = kept.getOrDefault("version", "");
        boolean send = "send".equals(kept.get("action"));
        if (send && !version.matches("\\d{1,9}")) {
            errors.put("form", "error_generic");
        }
        if (!errors.isEmpty()) {
            return sendPage(surveyId, kept, null, errors, null, language, null, uri, 400);
        }
        try {
            if (!send) {
                SurveySendingClient.Preview preview = surveys.preview(surveyId, new SurveySendingClient.Sending(audience, null));
                return sendPage(surveyId, kept, preview, Map.of(), null, language, null, uri, 200);
            }
            surveys.send(surveyId, "\"" + version + "\"", new SurveySendingClient.Sending(audience, null));
            return redirect("/manage/surveys/" + surveyId + "/send?notice=sent");
        } catch (WebApplicationException e) {
            return refused(surveyId, e, kept, language, uri);
        } catch (ProcessingException e) {
            return failed(e, language, uri);
        }
    }

    @POST
    @Path("/manage/surveys/{id}/remind")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remind(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID surveyId = uuidOrNull(id);
        String version = single(form, "version");
        if (surveyId == null || !version.matches("\\d{1,9}")) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            surveys.remind(surveyId, "\"" + version + "\"");
            return redirect("/manage/surveys/" + surveyId + "/send?notice=reminded");
        } catch (WebApplicationException e) {
            Map<String, String> kept = new LinkedHashMap<>(Map.of("audience", "segment", "days", "91"));
            return refused(surveyId, e, kept, language, uri);
        } catch (ProcessingException e) {
            return failed(e, language, uri);
        }
    }

    /**
     * Sets the survey's repetition (every N weeks or months, to a segment, a role or the clients of a
     * channel since the previous round; action repeat) or stops it (action stop), on the version shown.
     */
    @POST
    @Path("/manage/surveys/{id}/recurrence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response repeat(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID surveyId = uuidOrNull(id);
        String version = single(form, "version");
        if (surveyId == null || !version.matches("\\d{1,9}")) {
            return notFound(frame.context(language, uri), language);
        }
        Map<String, String> kept = formValues(form);
        kept.putIfAbsent("audience", "segment");
        kept.putIfAbsent("days", "91");
        try {
            if ("stop".equals(kept.get("action"))) {
                surveys.stopRepeating(surveyId, "\"" + version + "\"");
                return redirect("/manage/surveys/" + surveyId + "/send?notice=stopped");
            }
            Map<String, String> errors = new LinkedHashMap<>();
            SurveySendingClient.Recurrence recurrence = recurrence(kept, errors);
            if (!errors.isEmpty()) {
                return sendPage(surveyId, kept, null, errors, null, language, null, uri, 400);
            }
            surveys.repeat(surveyId, "\"" + version + "\"", recurrence);
            return redirect("/manage/surveys/" + surveyId + "/send?notice=repeating");
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                String field = switch (problem(e).path("violations").path(0).path("field").asText("")) {
                    case "every" -> "rec-every";
                    case "unit" -> "rec-unit";
                    case "audience.segment" -> "rec-segment";
                    case "audience.role" -> "rec-role";
                    case "audience.channel" -> "rec-channel";
                    case "audience" -> "rec-audience-segment";
                    default -> "form";
                };
                return sendPage(surveyId, kept, null, Map.of(field, "error_send_refused"), null, language, null, uri, 400);
            }
            return refused(surveyId, e, kept, language, uri);
        } catch (ProcessingException e) {
            return failed(e, language, uri);
        }
    }

    /** The language links of a refused repetition form lead back to the sending page. */
    @GET
    @Path("/manage/surveys/{id}/recurrence")
    public Response repetitionPage(@PathParam("id") String id, @QueryParam("lang") String lang) {
        UUID surveyId = uuidOrNull(id);
        String language = lang != null && Language.SUPPORTED.contains(lang) ? lang : null;
        return redirect(surveyId == null ? "/manage/surveys"
                : "/manage/surveys/" + surveyId + "/send" + (language == null ? "" : "?lang=" + language));
    }

    /** The repetition the form names (fields prefixed {@code rec-}); a bad field is put in errors. */
    static SurveySendingClient.Recurrence recurrence(Map<String, String> form, Map<String, String> errors) {
        String unit = form.getOrDefault("rec-unit", "");
        String every = form.getOrDefault("rec-every", "");
        if (!UNITS.contains(unit)) {
            errors.put("rec-unit", "error_send_unit");
        }
        int most = "WEEKS".equals(unit) ? 52 : 12;
        Integer count = days(every, most);
        if (count == null) {
            errors.put("rec-every", "WEEKS".equals(unit) ? "error_send_every_weeks" : "error_send_every_months");
        }
        SurveySendingClient.Audience audience = chosen(form, "rec-", form.getOrDefault("rec-audience", ""), errors);
        return errors.isEmpty() ? new SurveySendingClient.Recurrence(count, unit, audience, null) : null;
    }

    /** A refusal beside its field; a stale version as a notice with the current survey; others as missing. */
    private Response refused(UUID surveyId, WebApplicationException e, Map<String, String> kept, String language, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Map<String, String> errors = switch (status) {
            case 412 -> Map.of("form", "error_send_stale");
            case 409 -> Map.of("form", "error_send_conflict");
            case 503 -> Map.of("form", "error_send_unavailable");
            case 400 -> Map.of(fieldOf(e), "error_send_refused");
            default -> null;
        };
        if (errors == null) {
            return failed(e, language, uri);
        }
        return sendPage(surveyId, kept, null, errors, null, language, null, uri, status == 412 ? 409 : status);
    }

    private static String fieldOf(WebApplicationException e) {
        return switch (problem(e).path("violations").path(0).path("field").asText("")) {
            case "audience.segment" -> "segment";
            case "audience.role" -> "role";
            case "audience.channel" -> "channel";
            case "audience.from" -> "days";
            default -> "form";
        };
    }

    /** The audience the form names; a bad field is put in errors. */
    static SurveySendingClient.Audience audience(Map<String, String> form, Map<String, String> errors) {
        String kind = form.getOrDefault("audience", "");
        SurveySendingClient.Audience chosen = chosen(form, "", kind, errors);
        if (!"channel".equals(kind)) {
            return chosen;
        }
        Integer days = days(form.getOrDefault("days", ""), 366);
        if (days == null) {
            errors.put("days", "error_send_days");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        Instant now = Instant.now();
        return new SurveySendingClient.Audience(null, null, null, chosen.channel(), now.minus(Duration.ofDays(days)), now);
    }

    /**
     * The segment, role or channel of the {@code kind} chosen, from the form's fields named with
     * {@code prefix} (the sending form's have none, the repetition form's {@code rec-}); a bad one
     * is put in errors beside its field, and the answer is null.
     */
    private static SurveySendingClient.Audience chosen(Map<String, String> form, String prefix, String kind,
                                                       Map<String, String> errors) {
        switch (kind) {
            case "segment" -> {
                String segment = form.getOrDefault(prefix + "segment", "");
                if (segment.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                    return new SurveySendingClient.Audience(segment, null, null, null, null, null);
                }
                errors.put(prefix + "segment", "error_send_segment");
            }
            case "role" -> {
                String role = form.getOrDefault(prefix + "role", "");
                if (ROLES.contains(role)) {
                    return new SurveySendingClient.Audience(null, role, null, null, null, null);
                }
                errors.put(prefix + "role", "error_send_role");
            }
            case "channel" -> {
                String channel = form.getOrDefault(prefix + "channel", "");
                if (CHANNELS.contains(channel)) {
                    return new SurveySendingClient.Audience(null, null, null, channel, null, null);
                }
                errors.put(prefix + "channel", "error_send_channel");
            }
            default -> errors.put(prefix + "audience-segment", "error_send_audience");
        }
        return null;
    }

    private static Integer days(String value, int max) {
        if (!value.matches("\\d{1,3}")) {
            return null;
        }
        int days = Integer.parseInt(value);
        return days < 1 || days > max ? null : days;
    }

    private Response sendPage(UUID surveyId, Map<String, String> form, SurveySendingClient.Preview preview,
                              Map<String, String> errors, String notice, String language, String explicit, UriInfo uri,
                              int status) {
        try {
            SurveySendingClient.Survey survey = surveys.survey(surveyId);
            SurveySendingClient.Delivery delivery = surveys.delivery(surveyId);
            Map<String, String> shown = new LinkedHashMap<>(form);
            // The version shown is always the current one: after a stale refusal the manager sees what is now.
            shown.put("version", String.valueOf(survey.version()));
            shown.put("reminderDays", survey.reminderAfterDays() == null ? "" : String.valueOf(survey.reminderAfterDays()));
            recurrenceShown(survey.recurrence(), shown);
            return staffPage(Templates.send(frame.context(language, uri), surveyId.toString(),
                    localized(survey.title(), language, survey.type()), survey.type(), survey.anonymous(), delivery, shown,
                    preview, ROLES, CHANNELS, texts(SendingMessages.class, errors, language), notice,
                    RECURRING_TYPES.contains(survey.type()) || survey.recurrence() != null, survey.recurrence(),
                    survey.recurrence() == null || survey.recurrence().nextRoundAt() == null ? null
                            : survey.recurrence().nextRoundAt().atZone(HELSINKI).toLocalDate().toString(),
                    survey.rounds(), UNITS), language, explicit, status);
        } catch (WebApplicationException | ProcessingException e) {
            return failed(e, language, uri);
        }
    }

    /** The repetition form's values: as typed, else the survey's repetition, else every 3 months to a channel's clients. */
    private static void recurrenceShown(SurveySendingClient.RecurrenceView recurrence, Map<String, String> shown) {
        if (shown.containsKey("rec-every")) {
            return;
        }
        if (recurrence == null) {
            shown.put("rec-every", "3");
            shown.put("rec-unit", "MONTHS");
            shown.put("rec-audience", "channel");
            return;
        }
        shown.put("rec-every", String.valueOf(recurrence.every()));
        shown.put("rec-unit", recurrence.unit());
        SurveySendingClient.RoundAudience audience = recurrence.audience();
        if (audience == null) {
            return;
        }
        if (audience.segment() != null) {
            shown.put("rec-audience", "segment");
            shown.put("rec-segment", audience.segment());
        } else if (audience.role() != null) {
            shown.put("rec-audience", "role");
            shown.put("rec-role", audience.role());
        } else {
            shown.put("rec-audience", "channel");
            shown.put("rec-channel", audience.channel() == null ? "" : audience.channel());
        }
    }

    private static String single(MultivaluedMap<String, String> form, String key) {
        String value = form.getFirst(key);
        return value == null ? "" : value.strip();
    }

    /** Another organisation's survey, a caller the service refuses, or an unknown one: not there. */
    private Response failed(RuntimeException e, String language, UriInfo uri) {
        if (e instanceof WebApplicationException w && (w.getResponse().getStatus() == 403 || w.getResponse().getStatus() == 404)) {
            return notFound(frame.context(language, uri), language);
        }
        LOG.warnf("feedback: %s", e.getClass().getSimpleName());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
