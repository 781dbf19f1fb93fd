package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.FeedbackClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.InsightMessages;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static fi.kohtaamo.webchannel.page.PageSupport.DAY;
import static fi.kohtaamo.webchannel.page.PageSupport.commaList;
import static fi.kohtaamo.webchannel.page.PageSupport.localized;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.text;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.unavailable;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/**
 * The manager's feedback tools beside the management view: the organisation's feedback themes
 * (names in three languages and the keywords that suggest them), and its surveys with their
 * results. The feedback service keeps small groups hidden and decides who may change what.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class InsightPages {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Logger LOG = Logger.getLogger(InsightPages.class);

    private final FeedbackClient feedback;
    private final PageFrame frame;

    public InsightPages(@RestClient FeedbackClient feedback, PageFrame frame) {
        this.feedback = feedback;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance themes(PageContext page, List<ThemeView> themes, Map<String, String> form,
                                              Map<String, String> errors, String notice);

        static native TemplateInstance surveys(PageContext page, List<SurveyView> surveys, String notice);

        static native TemplateInstance results(PageContext page, SurveyView survey, FeedbackClient.Results results,
                                               String rate, List<QuestionView> questions, List<RoundView> rounds,
                                               Integer round);
    }

    public record ThemeView(String code, String fi, String sv, String en, String keywords) {
    }

    public record SurveyView(String id, String title, String type, String opens, String closes, boolean open,
                             boolean satisfaction) {
    }

    /** A question's results: its text, how many answered, the average or NPS, each answer's count, comments. */
    public record QuestionView(String code, String text, long answered, String average, Integer nps,
                               List<Map.Entry<String, Long>> distribution, List<String> comments, String scaleHint) {
    }

    /** One round of a recurring survey in its results: number, day, invited, answered, rate, and whether it is shown. */
    public record RoundView(int round, String day, long invited, long responded, String rate, boolean shown) {
    }

    @GET
    @Path("/manage/themes")
    public Response themes(@QueryParam("edit") String edit, @QueryParam("notice") String notice, @QueryParam("lang") String lang,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            List<ThemeView> themes = themeViews();
            Map<String, String> form = new LinkedHashMap<>();
            themes.stream().filter(t -> t.code().equals(edit)).findFirst().ifPresent(t -> {
                form.put("code", t.code());
                form.put("fi", t.fi());
                form.put("sv", t.sv());
                form.put("en", t.en());
                form.put("keywords", t.keywords());
            });
            String noticeText = notice != null && notice.matches("theme_(saved|deleted)")
                    ? text(InsightMessages.class, "notice_feedback_" + notice, language) : null;
            return staffPage(Templates.themes(frame.context(language, uri), themes, form, Map.of(), noticeText),
                    language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return failed(e, language, uri);
        }
    }

    /** Adds a theme or changes one (the code names it); a bad field is named, nothing is sent. */
    @POST
    @Path("/manage/themes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveTheme(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                              @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> kept = new LinkedHashMap<>();
        for (String key : List.of("code", "fi", "sv", "en", "keywords")) {
            String value = form.getFirst(key);
            kept.put(key, value == null ? "" : value.strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!CODE.matcher(kept.get("code")).matches()) {
            errors.put("code", "error_theme_code");
        }
        for (String name : List.of("fi", "sv", "en")) {
            if (kept.get(name).isEmpty() || kept.get(name).length() > 120) {
                errors.put(name, "error_theme_name");
            }
        }
        List<String> keywords = commaList(kept.get("keywords"));
        if (keywords.size() > 50 || keywords.stream().anyMatch(k -> k.length() > 40 || k.contains(" "))) {
            errors.put("keywords", "error_theme_keywords");
        }
        try {
            if (!errors.isEmpty()) {
                return staffPage(Templates.themes(frame.context(language, uri), themeViews(), kept,
                        texts(InsightMessages.class, errors, language), null), language, null, 400);
            }
            feedback.putTheme(kept.get("code"), new FeedbackClient.ThemeInput(
                    Map.of("fi", kept.get("fi"), "sv", kept.get("sv"), "en", kept.get("en")), keywords));
            return redirect("/manage/themes?notice=theme_saved");
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400 || e.getResponse().getStatus() == 403) {
                return staffPage(Templates.themes(frame.context(language, uri), themeViews(), kept,
                        texts(InsightMessages.class, Map.of("form", e.getResponse().getStatus() == 403 ? "error_not_allowed" : "error_generic"),
                                language), null), language, null, e.getResponse().getStatus());
            }
            return failed(e, language, uri);
        } catch (ProcessingException e) {
            return failed(e, language, uri);
        }
    }

    @POST
    @Path("/manage/themes/{code}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteTheme(@PathParam("code") String code, @CookieParam(Language.COOKIE) String remembered,
                                @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        if (!CODE.matcher(code).matches()) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            feedback.deleteTheme(code);
            return redirect("/manage/themes?notice=theme_deleted");
        } catch (WebApplicationException | ProcessingException e) {
            return failed(e, language, uri);
        }
    }

    @GET
    @Path("/manage/surveys")
    public Response surveys(@QueryParam("notice") String notice, @QueryParam("lang") String lang,
                            @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                            @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            List<SurveyView> surveys = feedback.surveys().stream().map(s -> view(s, language)).toList();
            String noticeText = "survey_closed".equals(notice)
                    ? text(InsightMessages.class, "notice_feedback_survey_closed", language) : null;
            return staffPage(Templates.surveys(frame.context(language, uri), surveys, noticeText), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return failed(e, language, uri);
        }
    }

    @GET
    @Path("/manage/surveys/{id}")
    public Response results(@PathParam("id") String id, @QueryParam("round") String round, @QueryParam("lang") String lang,
                            @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                            @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        UUID surveyId = uuidOrNull(id);
        if (surveyId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            SurveyView survey = view(feedback.survey(surveyId), language);
            Integer chosenRound = round != null && round.matches("\\d{1,5}") ? Integer.valueOf(round) : null;
            FeedbackClient.Results results = feedback.results(surveyId, chosenRound);
            List<QuestionView> questions = results.questions() == null ? List.of() : results.questions().stream()
                    .map(q -> new QuestionView(q.code(), localized(q.text(), language, q.code()), q.answered(),
                            q.average() == null ? null : String.format(java.util.Locale.forLanguageTag(language), "%.2f", q.average()),
                            q.nps(), q.distribution() == null ? List.of() : new ArrayList<>(q.distribution().entrySet()),
                            q.comments() == null ? List.of() : q.comments(), scaleHint(q, language)))
                    .toList();
            String rate = rate(results.responseRate());
            List<RoundView> rounds = results.rounds() == null ? List.of() : results.rounds().stream()
                    .map(r -> new RoundView(r.round(), r.startedAt() == null ? "" : DAY.format(r.startedAt()), r.invited(),
                            r.responded(), rate(r.responseRate()), chosenRound != null && chosenRound == r.round()))
                    .toList();
            return staffPage(Templates.results(frame.context(language, uri), survey, results, rate, questions, rounds,
                    chosenRound), language, lang, 200);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return status == 404 ? notFound(frame.context(language, uri), language) : failed(e, language, uri);
        } catch (ProcessingException e) {
            return failed(e, language, uri);
        }
    }

    private static String rate(Double rate) {
        return rate == null ? "–" : Math.round(rate * 100) + " %";
    }

    /** "1 = …, 5 = …" in the page's language, as the question's scale names its end points; null for other kinds. */
    private static String scaleHint(FeedbackClient.QuestionResult question, String language) {
        if (question.scaleLabels() == null) {
            return null;
        }
        FeedbackClient.ScaleLabels labels = question.scaleLabels().getOrDefault(language, question.scaleLabels().get("fi"));
        return labels == null ? null : "1 = " + labels.min() + ", 5 = " + labels.max();
    }

    @POST
    @Path("/manage/surveys/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response closeSurvey(@PathParam("id") String id, @CookieParam(Language.COOKIE) String remembered,
                                @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID surveyId = uuidOrNull(id);
        if (surveyId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            feedback.closeSurvey(surveyId);
            return redirect("/manage/surveys?notice=survey_closed");
        } catch (WebApplicationException | ProcessingException e) {
            return failed(e, language, uri);
        }
    }

    private List<ThemeView> themeViews() {
        return feedback.themes().stream().map(t -> new ThemeView(t.code(), t.name().getOrDefault("fi", ""),
                t.name().getOrDefault("sv", ""), t.name().getOrDefault("en", ""),
                String.join(", ", t.keywords() == null ? List.of() : t.keywords()))).toList();
    }

    private static SurveyView view(FeedbackClient.Survey s, String language) {
        Instant now = Instant.now();
        boolean open = (s.opensAt() == null || !now.isBefore(s.opensAt())) && (s.closesAt() == null || now.isBefore(s.closesAt()));
        return new SurveyView(s.id().toString(), localized(s.title(), language, s.type()), s.type(),
                s.opensAt() == null ? "" : DAY.format(s.opensAt()), s.closesAt() == null ? "" : DAY.format(s.closesAt()),
                open, s.satisfactionSurvey());
    }


    /** A steering body or supervisor without the manager's rights gets the "not found" page, like any page not theirs. */
    private Response failed(RuntimeException e, String language, UriInfo uri) {
        if (e instanceof WebApplicationException w && (w.getResponse().getStatus() == 403 || w.getResponse().getStatus() == 404)) {
            return notFound(frame.context(language, uri), language);
        }
        LOG.warnf("feedback: %s", e.getMessage());
        return unavailable(frame.context(language, uri), language);
    }
}
