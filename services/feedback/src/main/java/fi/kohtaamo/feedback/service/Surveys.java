package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.feedback.config.FeedbackConfig;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyInvitation;
import fi.kohtaamo.feedback.domain.SurveyQuestion;
import fi.kohtaamo.feedback.domain.Tokens;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.feedback.repository.KnownServiceRepository;
import fi.kohtaamo.feedback.repository.SurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Surveys of the four types: written by managers, sent as one-time invitations. */
@ApplicationScoped
public class Surveys {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    static final int MAX_INVITATIONS = 1000;
    /** How long a survey without a closing time can be answered. */
    static final Duration OPEN_ENDED_VALIDITY = Duration.ofDays(90);

    private final FeedbackConfig config;
    private final SurveyRepository surveys;
    private final KnownServiceRepository services;

    public Surveys(FeedbackConfig config, SurveyRepository surveys, KnownServiceRepository services) {
        this.config = config;
        this.surveys = surveys;
        this.services = services;
    }

    public record Target(UUID serviceId, String serviceGroup, String segment, String channel) {
    }

    /** {@code anonymous}: answers never name the respondent (default false: the respondent chooses);
     * {@code reminderAfterDays}: the one reminder of a sent survey (1–60; default none). */
    public record SurveyInput(String type, Map<String, String> title, List<SurveyQuestion> questions, Target target,
                              Instant opensAt, Instant closesAt, Boolean anonymous, Integer reminderAfterDays) {
    }

    @Transactional
    public Survey create(Caller caller, SurveyInput input) {
        String organisation = requireManager(caller);
        Survey survey = new Survey();
        survey.id = UUID.randomUUID();
        survey.organisation = organisation;
        survey.type = type(input.type());
        survey.title = texts("title", input.title());
        survey.questions = questions(input.questions());
        Target target = input.target() == null ? new Target(null, null, null, null) : input.target();
        if (target.serviceId() != null) {
            KnownService service = services.findById(target.serviceId());
            if (service == null || !service.organisation.equals(organisation)) {
                throw ProblemException.invalid("target.serviceId", "no such service of your organisation");
            }
        }
        if (target.channel() != null && !Feedbacks.CHANNELS.contains(target.channel())) {
            throw ProblemException.invalid("target.channel", "unknown channel");
        }
        survey.targetServiceId = target.serviceId();
        survey.targetServiceGroup = blankToNull(target.serviceGroup());
        survey.targetSegment = blankToNull(target.segment());
        survey.targetChannel = target.channel();
        Instant now = Instant.now();
        survey.opensAt = input.opensAt() == null ? now : input.opensAt();
        survey.closesAt = input.closesAt();
        if (survey.closesAt != null && !survey.closesAt.isAfter(survey.opensAt)) {
            throw ProblemException.invalid("closesAt", "must be after opensAt");
        }
        survey.anonymous = Boolean.TRUE.equals(input.anonymous());
        if (input.reminderAfterDays() != null
                && (input.reminderAfterDays() < 1 || input.reminderAfterDays() > SurveyMails.MAX_REMINDER_DAYS)) {
            throw ProblemException.invalid("reminderAfterDays", "1–" + SurveyMails.MAX_REMINDER_DAYS + " days");
        }
        survey.reminderAfterDays = input.reminderAfterDays();
        survey.createdBy = caller.displayName();
        survey.createdAt = now;
        survey.persist();
        return survey;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Survey> list(Caller caller) {
        return surveys.ofOrganisation(requireManager(caller));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Survey get(Caller caller, UUID id) {
        String organisation = requireManager(caller);
        Survey survey = surveys.findById(id);
        if (survey == null || !survey.organisation.equals(organisation)) {
            throw ProblemException.notFound("Survey", id);
        }
        return survey;
    }

    @Transactional
    public Survey close(Caller caller, UUID id) {
        Survey survey = get(caller, id);
        survey.close(Instant.now());
        return survey;
    }

    public record Invitation(String token, String url, String language, Instant expiresAt) {
    }

    /** One-time invitations; their tokens are shown only here, once. */
    @Transactional
    public List<Invitation> invite(Caller caller, UUID id, int count, String language) {
        Survey survey = get(caller, id);
        if (survey.csat) {
            throw ProblemException.conflict("The satisfaction survey is sent when contacts are resolved");
        }
        if (count < 1 || count > MAX_INVITATIONS) {
            throw ProblemException.invalid("count", "must be 1–" + MAX_INVITATIONS);
        }
        String lang = language == null ? "fi" : language;
        if (!LANGUAGES.contains(lang)) {
            throw ProblemException.invalid("language", "must be fi, sv or en");
        }
        Instant now = Instant.now();
        if (survey.closesAt != null && !survey.closesAt.isAfter(now)) {
            throw ProblemException.conflict("The survey is closed");
        }
        Instant expires = survey.closesAt != null ? survey.closesAt : now.plus(OPEN_ENDED_VALIDITY);
        List<Invitation> invitations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String token = Tokens.invitationToken();
            SurveyInvitation invitation = new SurveyInvitation();
            invitation.id = UUID.randomUUID();
            invitation.surveyId = survey.id;
            invitation.tokenHash = Tokens.hash(token);
            invitation.language = lang;
            invitation.createdAt = now;
            invitation.expiresAt = expires;
            invitation.persist();
            invitations.add(new Invitation(token, link(token), lang, expires));
        }
        return invitations;
    }

    public String link(String token) {
        return config.surveyPageUrl() + "/" + token;
    }

    static String requireManager(Caller caller) {
        if (!caller.hasRole("manager")) {
            throw ProblemException.forbidden("Surveys are run by managers");
        }
        return caller.requireOrganisation();
    }

    static Survey.Type type(String type) {
        if (type == null) {
            throw ProblemException.invalid("type", "is required");
        }
        try {
            return Survey.Type.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("type", "must be STAKEHOLDER, AWARENESS_AND_IMAGE, "
                    + "DIRECT_CLIENT_SATISFACTION or INDIRECT_CLIENT_SATISFACTION");
        }
    }

    static Map<String, String> texts(String field, Map<String, String> texts) {
        if (texts == null) {
            throw ProblemException.invalid(field, "is required in fi, sv and en");
        }
        for (String language : LANGUAGES) {
            String text = texts.get(language);
            if (text == null || text.isBlank()) {
                throw ProblemException.invalid(field + "." + language, "is required");
            }
            if (text.length() > 500) {
                throw ProblemException.invalid(field + "." + language, "is at most 500 characters");
            }
        }
        if (texts.size() != LANGUAGES.size()) {
            throw ProblemException.invalid(field, "has texts in fi, sv and en only");
        }
        return Map.of("fi", texts.get("fi").strip(), "sv", texts.get("sv").strip(), "en", texts.get("en").strip());
    }

    static List<SurveyQuestion> questions(List<SurveyQuestion> questions) {
        if (questions == null || questions.isEmpty() || questions.size() > 30) {
            throw ProblemException.invalid("questions", "a survey has 1–30 questions");
        }
        Set<String> codes = new HashSet<>();
        Set<SurveyQuestion.Measure> measures = new HashSet<>();
        List<SurveyQuestion> checked = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            SurveyQuestion question = questions.get(i);
            String field = "questions[" + i + "]";
            if (question == null) {
                throw ProblemException.invalid(field, "is empty");
            }
            if (question.code() == null || !CODE.matcher(question.code()).matches()) {
                throw ProblemException.invalid(field + ".code", "must be 1–40 lower-case letters, digits or dashes");
            }
            if (!codes.add(question.code())) {
                throw ProblemException.invalid(field + ".code", "is used by another question");
            }
            if (question.kind() == null) {
                throw ProblemException.invalid(field + ".kind", "is required");
            }
            Map<String, String> text = texts(field + ".text", question.text());
            boolean choice = question.kind() == SurveyQuestion.Kind.SINGLE_CHOICE
                    || question.kind() == SurveyQuestion.Kind.MULTIPLE_CHOICE;
            List<SurveyQuestion.Choice> choices = new ArrayList<>();
            if (choice) {
                if (question.choices() == null || question.choices().size() < 2 || question.choices().size() > 20) {
                    throw ProblemException.invalid(field + ".choices", "a choice question has 2–20 choices");
                }
                Set<String> choiceCodes = new HashSet<>();
                for (int j = 0; j < question.choices().size(); j++) {
                    SurveyQuestion.Choice option = question.choices().get(j);
                    String choiceField = field + ".choices[" + j + "]";
                    if (option == null || option.code() == null || !CODE.matcher(option.code()).matches()
                            || !choiceCodes.add(option.code())) {
                        throw ProblemException.invalid(choiceField + ".code", "must be a unique lower-case code");
                    }
                    choices.add(new SurveyQuestion.Choice(option.code(), texts(choiceField + ".text", option.text())));
                }
            } else if (question.choices() != null && !question.choices().isEmpty()) {
                throw ProblemException.invalid(field + ".choices", "only choice questions have choices");
            }
            if (question.measure() != null) {
                boolean fits = question.measure() == SurveyQuestion.Measure.CSAT
                        ? question.kind() == SurveyQuestion.Kind.SCALE_1_5
                        : question.kind() == SurveyQuestion.Kind.NPS_0_10;
                if (!fits) {
                    throw ProblemException.invalid(field + ".measure", "CSAT is measured on a SCALE_1_5 question, NPS on NPS_0_10");
                }
                if (!measures.add(question.measure())) {
                    throw ProblemException.invalid(field + ".measure", "another question already measures " + question.measure());
                }
            }
            if (question.scale() != null && question.kind() != SurveyQuestion.Kind.SCALE_1_5) {
                throw ProblemException.invalid(field + ".scale", "only a SCALE_1_5 question has a scale");
            }
            checked.add(new SurveyQuestion(question.code(), question.kind(), text, choice ? choices : List.of(),
                    question.required(), question.measure(), question.scaleOrDefault()));
        }
        return checked;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
