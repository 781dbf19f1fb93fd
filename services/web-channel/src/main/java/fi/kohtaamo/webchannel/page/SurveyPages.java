package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.FeedbackClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.CitizenMessages;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static fi.kohtaamo.webchannel.page.PageSupport.texts;

/**
 * Answering a survey through its invitation link: one page, in the invitation's language (or the
 * one chosen), without JavaScript. The link works once; the page says so plainly afterwards.
 */
@Path("/surveys/{token}")
@Produces(MediaType.TEXT_HTML)
public class SurveyPages {

    private static final Logger LOG = Logger.getLogger(SurveyPages.class);

    private final FeedbackClient feedback;
    private final PageFrame frame;

    public SurveyPages(@RestClient FeedbackClient feedback, PageFrame frame) {
        this.feedback = feedback;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance survey(PageContext page, String token, SurveyView survey, Map<String, String> errors);

        static native TemplateInstance answered(PageContext page, String outcome);
    }

    public record OptionView(String id, String value, String label, boolean selected) {
    }

    /** A question as the page shows it: its inputs, what was chosen, and its error. */
    /** {@code scaleHint}: a 1–5 question's end points as the feedback service names them ("1 = …, 5 = …"), or null. */
    public record QuestionView(String id, String code, String kind, String text, boolean required, List<OptionView> options,
                               String value, String error, String scaleHint) {
        public boolean scale() {
            return kind.equals("SCALE_1_5") || kind.equals("NPS_0_10");
        }

        public boolean multiple() {
            return kind.equals("MULTIPLE_CHOICE");
        }

        public boolean freeText() {
            return kind.equals("FREE_TEXT");
        }
    }

    public record SurveyView(String title, List<QuestionView> questions, boolean identified) {
    }

    @GET
    public Response show(@PathParam("token") String token, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String explicit = Language.isSupported(lang) ? lang : null;
        try {
            FeedbackClient.Invitation invitation = feedback.invitation(token, explicit);
            String language = invitation.language();
            return page(Templates.survey(frame.context(language, uri), token,
                    view(invitation, null, Map.of(), false), Map.of()), language, explicit, 200);
        } catch (WebApplicationException e) {
            return outcome(e.getResponse().getStatus(), Language.resolve(lang, remembered, accept), uri);
        } catch (ProcessingException e) {
            LOG.warnf("feedback unavailable: %s", e.getMessage());
            return outcome(503, Language.resolve(lang, remembered, accept), uri);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("token") String token, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String chosen = form.getFirst("lang");
        String explicit = Language.isSupported(chosen) ? chosen : null;
        FeedbackClient.Invitation invitation;
        try {
            invitation = feedback.invitation(token, explicit);
        } catch (WebApplicationException e) {
            return outcome(e.getResponse().getStatus(), Language.resolve(chosen, remembered, accept), uri);
        } catch (ProcessingException e) {
            return outcome(503, Language.resolve(chosen, remembered, accept), uri);
        }
        String language = invitation.language();
        Map<String, String> errors = new LinkedHashMap<>();
        List<FeedbackClient.Answer> answers = new ArrayList<>();
        List<String> answered = new ArrayList<>();
        for (FeedbackClient.Question question : invitation.questions()) {
            String field = "q-" + question.code();
            List<String> values = form.get(field) == null ? List.of() : form.get(field).stream()
                    .filter(value -> value != null && !value.isBlank()).map(String::strip).toList();
            if (values.isEmpty()) {
                if (question.required()) {
                    errors.put(field, "error_answer_required");
                }
                continue;
            }
            switch (question.kind()) {
                case "SCALE_1_5", "NPS_0_10" -> {
                    Integer score = score(values.get(0), question.kind().equals("SCALE_1_5") ? 1 : 0,
                            question.kind().equals("SCALE_1_5") ? 5 : 10);
                    if (score == null) {
                        errors.put(field, "error_answer_invalid");
                    } else {
                        answers.add(new FeedbackClient.Answer(question.code(), score, null, null));
                    }
                }
                case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> answers.add(new FeedbackClient.Answer(question.code(), null,
                        question.kind().equals("SINGLE_CHOICE") ? List.of(values.get(0)) : values, null));
                default -> {
                    if (values.get(0).length() > 2000) {
                        errors.put(field, "error_answer_invalid");
                    } else {
                        answers.add(new FeedbackClient.Answer(question.code(), null, null, values.get(0)));
                    }
                }
            }
            answered.add(question.code());
        }
        boolean identified = "true".equals(form.getFirst("identified"));
        if (errors.isEmpty()) {
            try {
                feedback.respond(token, new FeedbackClient.Response(answers, identified));
                return page(Templates.answered(frame.context(language, uri), "thanks"), language, explicit, 200);
            } catch (WebApplicationException e) {
                int status = e.getResponse().getStatus();
                if (status != 400) {
                    return outcome(status, language, uri);
                }
                // The service found an answer wrong that this page let through: mark it.
                errors.put("q-" + (answered.isEmpty() ? "form" : answered.get(0)), "error_answer_invalid");
            } catch (ProcessingException e) {
                return outcome(503, language, uri);
            }
        }
        return page(Templates.survey(frame.context(language, uri), token, view(invitation, form, errors, identified),
                texts(CitizenMessages.class, errors, language)), language, explicit, 400);
    }

    private static Integer score(String value, int min, int max) {
        try {
            int score = Integer.parseInt(value);
            return score < min || score > max ? null : score;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static SurveyView view(FeedbackClient.Invitation invitation, MultivaluedMap<String, String> form,
                                   Map<String, String> errorKeys, boolean identified) {
        Map<String, String> errors = errorKeys.isEmpty() ? Map.of() : texts(CitizenMessages.class, errorKeys, invitation.language());
        List<QuestionView> questions = new ArrayList<>();
        for (FeedbackClient.Question question : invitation.questions()) {
            String field = "q-" + question.code();
            List<String> given = form == null || form.get(field) == null ? List.of() : form.get(field);
            List<OptionView> options = new ArrayList<>();
            switch (question.kind()) {
                case "SCALE_1_5", "NPS_0_10" -> {
                    int min = question.kind().equals("SCALE_1_5") ? 1 : 0;
                    int max = question.kind().equals("SCALE_1_5") ? 5 : 10;
                    IntStream.rangeClosed(min, max).forEach(score -> options.add(new OptionView(
                            score == min ? field : field + "-" + score, String.valueOf(score), String.valueOf(score),
                            given.contains(String.valueOf(score)))));
                }
                case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> {
                    for (int i = 0; i < question.choices().size(); i++) {
                        FeedbackClient.Choice choice = question.choices().get(i);
                        options.add(new OptionView(i == 0 ? field : field + "-" + choice.code(), choice.code(),
                                choice.text(), given.contains(choice.code())));
                    }
                }
                default -> {
                }
            }
            questions.add(new QuestionView(field, question.code(), question.kind(), question.text(), question.required(),
                    options, given.isEmpty() ? null : given.get(0), errors.get(field),
                    question.scaleLabels() == null ? null
                            : "1 = " + question.scaleLabels().min() + ", 5 = " + question.scaleLabels().max()));
        }
        return new SurveyView(invitation.title(), questions, identified);
    }

    /** Answered already, expired, not found, or the service is down: said plainly. */
    private Response outcome(int status, String language, UriInfo uri) {
        String outcome = switch (status) {
            case 404 -> "not-found";
            case 410 -> "gone";
            default -> "unavailable";
        };
        int shown = status == 404 || status == 410 ? status : 503;
        return page(Templates.answered(frame.context(language, uri), outcome), language, null, shown);
    }

    /** Never cached: the page is reached with a one-time link. */
    private static Response page(TemplateInstance template, String language, String explicitLanguage, int status) {
        return PageFrame.respond(template, language, explicitLanguage, status).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").build();
    }
}
