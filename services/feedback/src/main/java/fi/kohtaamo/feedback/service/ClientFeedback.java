package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.feedback.domain.ClientRead;
import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyAnswer;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.feedback.repository.ContactFactRepository;
import fi.kohtaamo.feedback.repository.FeedbackRepository;
import fi.kohtaamo.feedback.repository.SurveyAnswerRepository;
import fi.kohtaamo.feedback.repository.SurveyRepository;
import fi.kohtaamo.feedback.repository.SurveyResponseRepository;
import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client's feedback and the survey answers they gave with their name, with the reader's own
 * organisation, for staff serving a contact (the client 360 view). The need to know is the
 * registry's: the contact is the reader's organisation's and concerns the client, as contact
 * routing's events told this service (its contact facts; no call to routing or the registry).
 * Anything else is the same 404, so nothing says the client has feedback. Each read is recorded.
 */
@ApplicationScoped
public class ClientFeedback {

    /** At most this many feedback items and this many responses are listed, newest first. */
    static final int LIMIT = 50;

    private final ContactFactRepository facts;
    private final FeedbackRepository feedback;
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final SurveyRepository surveys;

    public ClientFeedback(ContactFactRepository facts, FeedbackRepository feedback, SurveyResponseRepository responses,
                          SurveyAnswerRepository answers, SurveyRepository surveys) {
        this.facts = facts;
        this.feedback = feedback;
        this.responses = responses;
        this.answers = answers;
        this.surveys = surveys;
    }

    /** One named response with its survey (for the questions' texts) and its answers. */
    public record NamedResponse(SurveyResponse response, Survey survey, List<SurveyAnswer> answers) {
    }

    public record View(List<Feedback> feedback, List<NamedResponse> responses) {
    }

    @Transactional
    public View of(UUID clientId, UUID contactId, String purpose, Caller caller) {
        ContactFact contact = facts.findById(contactId);
        if (contact == null || !clientId.equals(contact.clientId) || !caller.belongsTo(contact.organisation)) {
            throw ProblemException.notFound("Client", clientId);
        }
        String organisation = contact.organisation;
        ClientRead.record(clientId, contactId, purpose, caller, Instant.now());
        List<NamedResponse> named = responses.ofClientWith(clientId, organisation, LIMIT).stream()
                .map(response -> new NamedResponse(response, surveys.findById(response.surveyId), answers.ofResponse(response.id)))
                .toList();
        return new View(feedback.ofClientWith(clientId, organisation, LIMIT), named);
    }
}
