package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyAnswer;
import fi.kohtaamo.feedback.domain.SurveyInvitation;
import fi.kohtaamo.feedback.domain.SurveyQuestion;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.feedback.domain.Tokens;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.feedback.repository.ContactFactRepository;
import fi.kohtaamo.feedback.repository.KnownServiceRepository;
import fi.kohtaamo.feedback.repository.SurveyInvitationRepository;
import fi.kohtaamo.feedback.repository.SurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Answering a survey through its invitation: the token is the only credential, and it works once.
 * Answers are anonymous unless the respondent chooses to be identified.
 */
@ApplicationScoped
public class SurveyAnswering {

    public static final String RECORDED = "fi.kohtaamo.feedback.survey-response-recorded.v1";
    static final int MAX_FREE_TEXT = 2000;

    private final SurveyInvitationRepository invitations;
    private final SurveyRepository surveys;
    private final ContactFactRepository contacts;
    private final KnownServiceRepository services;
    private final Outbox outbox;
    private final SurveyMails surveyMails;

    public SurveyAnswering(SurveyInvitationRepository invitations, SurveyRepository surveys, ContactFactRepository contacts,
                           KnownServiceRepository services, Outbox outbox, SurveyMails surveyMails) {
        this.surveyMails = surveyMails;
        this.invitations = invitations;
        this.surveys = surveys;
        this.contacts = contacts;
        this.services = services;
        this.outbox = outbox;
    }

    public record Invited(SurveyInvitation invitation, Survey survey) {
    }

    /** The survey behind a token that can still be answered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Invited open(String token) {
        SurveyInvitation invitation = token == null || token.isBlank() ? null
                : invitations.findByTokenHash(Tokens.hash(token));
        if (invitation == null) {
            throw ProblemException.notFound("Survey invitation", "");
        }
        Survey survey = surveys.findById(invitation.surveyId);
        invitation.requireAnswerable(survey, Instant.now());
        return new Invited(invitation, survey);
    }

    public record Answer(String question, Integer score, List<String> choices, String text) {
    }

    @Transactional
    public SurveyResponse respond(String token, List<Answer> answers, boolean identified) {
        Invited invited = open(token);
        Survey survey = invited.survey();
        SurveyInvitation invitation = invited.invitation();
        List<SurveyAnswer> checked = check(survey, answers == null ? List.of() : answers);
        Instant now = Instant.now();
        // The token works once, however many answers race for it.
        if (!invitations.claimForResponse(invitation.id, now)) {
            throw SurveyInvitation.alreadyAnswered();
        }
        surveyMails.answered(invitation.id);
        return record(survey, invitation, checked, invitation.language, now,
                identified && !survey.anonymous ? invitation.clientId : null, null);
    }

    /**
     * Stores checked answers as one response at {@code at} and announces it: through an
     * invitation, or (without one) an earlier system's answer imported with its id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SurveyResponse record(Survey survey, SurveyInvitation invitation, List<SurveyAnswer> checked, String language,
                                 Instant at, UUID clientId, String externalId) {
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.surveyId = survey.id;
        response.invitationId = invitation == null ? null : invitation.id;
        response.round = invitation == null ? 0 : invitation.round;
        response.externalId = externalId;
        response.surveyType = survey.type;
        response.organisation = survey.organisation;
        response.language = language;
        response.respondedAt = at;
        response.clientId = clientId;
        dimensions(response, survey, invitation);
        for (SurveyQuestion question : survey.questions) {
            checked.stream().filter(answer -> answer.questionCode.equals(question.code())).findFirst()
                    .ifPresent(answer -> {
                        if (question.measure() == SurveyQuestion.Measure.CSAT) {
                            response.csat = answer.score;
                        } else if (question.measure() == SurveyQuestion.Measure.NPS) {
                            response.nps = answer.score;
                        }
                    });
        }
        response.persist();
        for (SurveyAnswer answer : checked) {
            answer.responseId = response.id;
            answer.persist();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("responseId", response.id);
        data.put("surveyId", survey.id);
        data.put("surveyType", survey.type);
        data.put("satisfactionSurvey", survey.csat);
        data.put("organisation", response.organisation);
        data.put("serviceId", response.serviceId);
        data.put("serviceGroup", response.serviceGroup);
        data.put("channel", response.channel);
        data.put("language", response.language);
        data.put("csat", response.csat);
        data.put("nps", response.nps);
        data.put("identified", response.clientId != null);
        data.put("respondedAt", at);
        outbox.emit(RECORDED, response.id.toString(), data);
        return response;
    }

    /** What the figures group the response by: the contact's, or the survey's target. */
    private void dimensions(SurveyResponse response, Survey survey, SurveyInvitation invitation) {
        ContactFact contact = invitation == null || invitation.contactId == null ? null : contacts.findById(invitation.contactId);
        if (contact != null) {
            response.serviceId = contact.serviceId;
            response.serviceGroup = contact.serviceGroup;
            response.channel = contact.channel;
            response.segments = new ArrayList<>(contact.segments);
            if (response.serviceGroup == null && contact.serviceId != null) {
                KnownService service = services.findById(contact.serviceId);
                response.serviceGroup = service == null ? null : service.group;
            }
            return;
        }
        response.serviceId = survey.targetServiceId;
        response.serviceGroup = survey.targetServiceGroup;
        if (response.serviceGroup == null && survey.targetServiceId != null) {
            KnownService service = services.findById(survey.targetServiceId);
            response.serviceGroup = service == null ? null : service.group;
        }
        response.channel = survey.targetChannel;
        response.segments = survey.targetSegment == null ? new ArrayList<>() : new ArrayList<>(List.of(survey.targetSegment));
    }

    /** The answers checked against the survey's questions; a wrong one is named {@code <path>[i].<field>}. */
    static List<SurveyAnswer> check(Survey survey, List<Answer> answers) {
        return check(survey, answers, "answers");
    }

    static List<SurveyAnswer> check(Survey survey, List<Answer> answers, String path) {
        Map<String, SurveyQuestion> questions = new HashMap<>();
        survey.questions.forEach(question -> questions.put(question.code(), question));
        Map<String, SurveyAnswer> checked = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            String field = path + "[" + i + "]";
            SurveyQuestion question = answer == null ? null : questions.get(answer.question());
            if (question == null) {
                throw ProblemException.invalid(field + ".question", "no such question in the survey");
            }
            if (checked.containsKey(question.code())) {
                throw ProblemException.invalid(field + ".question", "is answered twice");
            }
            SurveyAnswer result = new SurveyAnswer();
            result.questionCode = question.code();
            switch (question.kind()) {
                case SCALE_1_5, NPS_0_10 -> {
                    if (answer.score() == null) {
                        if (question.required()) {
                            throw ProblemException.invalid(field + ".score", "is required");
                        }
                        continue;
                    }
                    if (answer.score() < question.min() || answer.score() > question.max()) {
                        throw ProblemException.invalid(field + ".score",
                                "must be " + question.min() + "–" + question.max());
                    }
                    result.score = answer.score();
                }
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    List<String> chosen = answer.choices() == null ? List.of() : answer.choices();
                    Set<String> known = new HashSet<>();
                    question.choices().forEach(choice -> known.add(choice.code()));
                    if (chosen.isEmpty()) {
                        if (question.required()) {
                            throw ProblemException.invalid(field + ".choices", "choose at least one");
                        }
                        continue;
                    }
                    if (question.kind() == SurveyQuestion.Kind.SINGLE_CHOICE && chosen.size() != 1) {
                        throw ProblemException.invalid(field + ".choices", "choose one");
                    }
                    if (!known.containsAll(chosen) || new HashSet<>(chosen).size() != chosen.size()) {
                        throw ProblemException.invalid(field + ".choices", "has an unknown or repeated choice");
                    }
                    result.choices = new ArrayList<>(chosen);
                }
                case FREE_TEXT -> {
                    String text = answer.text() == null ? "" : answer.text().strip();
                    if (text.isEmpty()) {
                        if (question.required()) {
                            throw ProblemException.invalid(field + ".text", "is required");
                        }
                        continue;
                    }
                    if (text.length() > MAX_FREE_TEXT) {
                        throw ProblemException.invalid(field + ".text", "is at most " + MAX_FREE_TEXT + " characters");
                    }
                    result.freeText = text;
                }
                default -> throw new IllegalStateException(question.kind().name());
            }
            checked.put(question.code(), result);
        }
        for (SurveyQuestion question : survey.questions) {
            if (question.required() && !checked.containsKey(question.code())) {
                throw ProblemException.invalid("answers", "question '" + question.code() + "' is required");
            }
        }
        return new ArrayList<>(checked.values());
    }
}
