package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.config.FeedbackConfig;
import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyInvitation;
import fi.kohtaamo.feedback.domain.SurveyQuestion;
import fi.kohtaamo.feedback.domain.Tokens;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.feedback.repository.SatisfactionInviteeRepository;
import fi.kohtaamo.feedback.repository.SurveyInvitationRepository;
import fi.kohtaamo.feedback.repository.SurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Satisfaction after service: when a contact is resolved, its client is invited to a short
 * survey (1–5 and a comment) in their language; a sampled share of contacts, a client at most
 * once per configured period, a contact at most once.
 */
@ApplicationScoped
public class Satisfaction {

    public static final String INVITED = "fi.kohtaamo.feedback.satisfaction-survey-invited.v1";
    static final String SCORE = "satisfaction";
    static final String COMMENT = "comment";

    private final FeedbackConfig config;
    private final SurveyInvitationRepository invitations;
    private final SatisfactionInviteeRepository invitees;
    private final SurveyRepository surveyRepository;
    private final Surveys surveys;
    private final Outbox outbox;

    public Satisfaction(FeedbackConfig config, SurveyInvitationRepository invitations, SatisfactionInviteeRepository invitees,
                        SurveyRepository surveyRepository, Surveys surveys, Outbox outbox) {
        this.config = config;
        this.invitations = invitations;
        this.invitees = invitees;
        this.surveyRepository = surveyRepository;
        this.surveys = surveys;
        this.outbox = outbox;
    }

    public enum Outcome { INVITED, NOT_SAMPLED, INVITED_RECENTLY, ALREADY_INVITED }

    /** In the transaction that records the resolution. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome onResolved(ContactFact contact, Instant now) {
        if (invitations.existsForContact(contact.contactId)) {
            return Outcome.ALREADY_INVITED; // reopened and resolved again
        }
        if (!sampled(contact.contactId, config.satisfaction().sampleRate())) {
            return Outcome.NOT_SAMPLED;
        }
        // An anonymous client cannot be recognised across contacts: each contact is its own client.
        String clientKey = contact.clientId != null ? "client:" + contact.clientId : "contact:" + contact.contactId;
        if (!invitees.claim(clientKey, now, now.minus(config.satisfaction().oncePer()))) {
            return Outcome.INVITED_RECENTLY;
        }
        Survey survey = surveyOf(contact.organisation, now);
        String token = Tokens.invitationToken();
        SurveyInvitation invitation = new SurveyInvitation();
        invitation.id = UUID.randomUUID();
        invitation.surveyId = survey.id;
        invitation.tokenHash = Tokens.hash(token);
        invitation.language = Surveys.LANGUAGES.contains(contact.language) ? contact.language : "fi";
        invitation.contactId = contact.contactId;
        invitation.clientId = contact.clientId;
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(config.satisfaction().validFor());
        invitation.persist();
        // The link travels to contact routing, which knows how to reach the client.
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("invitationId", invitation.id);
        data.put("contactId", contact.contactId);
        data.put("organisation", contact.organisation);
        data.put("language", invitation.language);
        data.put("surveyUrl", surveys.link(token));
        data.put("expiresAt", invitation.expiresAt);
        outbox.emit(INVITED, contact.contactId.toString(), data);
        return Outcome.INVITED;
    }

    /** Sampling by the contact id: the same contact is always in or always out. */
    static boolean sampled(UUID contactId, double rate) {
        if (rate >= 1.0) {
            return true;
        }
        long mixed = contactId.getMostSignificantBits() ^ contactId.getLeastSignificantBits();
        return Math.floorMod(mixed, 10_000L) < Math.round(rate * 10_000);
    }

    /** The organisation's satisfaction survey, made the first time it is needed. */
    private Survey surveyOf(String organisation, Instant now) {
        surveyRepository.lockSatisfactionSurveyOf(organisation);
        Survey survey = surveyRepository.satisfactionSurveyOf(organisation);
        if (survey != null) {
            return survey;
        }
        survey = new Survey();
        survey.id = UUID.randomUUID();
        survey.organisation = organisation;
        survey.type = Survey.Type.DIRECT_CLIENT_SATISFACTION;
        survey.csat = true;
        survey.title = Map.of("fi", "Tyytyväisyys palveluun", "sv", "Nöjdhet med servicen",
                "en", "Satisfaction with the service");
        survey.questions = List.of(
                new SurveyQuestion(SCORE, SurveyQuestion.Kind.SCALE_1_5, Map.of(
                        "fi", "Kuinka tyytyväinen olit saamaasi palveluun?",
                        "sv", "Hur nöjd var du med den service du fick?",
                        "en", "How satisfied were you with the service you received?"),
                        List.of(), true, SurveyQuestion.Measure.CSAT),
                new SurveyQuestion(COMMENT, SurveyQuestion.Kind.FREE_TEXT, Map.of(
                        "fi", "Haluatko kertoa lisää?",
                        "sv", "Vill du berätta mer?",
                        "en", "Would you like to tell us more?"),
                        List.of(), false, null));
        survey.opensAt = now;
        survey.createdBy = "kohtaamo";
        survey.createdAt = now;
        survey.persist();
        return survey;
    }
}
