package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.FeedbackEntry;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.registry.contract.ClientDataContract;
import fi.kohtaamo.feedback.repository.ContactFactRepository;
import fi.kohtaamo.feedback.repository.FeedbackEntryRepository;
import fi.kohtaamo.feedback.repository.FeedbackRepository;
import fi.kohtaamo.feedback.repository.SatisfactionInviteeRepository;
import fi.kohtaamo.feedback.repository.SenderMailRepository;
import fi.kohtaamo.feedback.repository.SurveyAnswerRepository;
import fi.kohtaamo.feedback.repository.SurveyInvitationRepository;
import fi.kohtaamo.feedback.repository.SurveyResponseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * This service's side of the client registry's contract: an erased client's contact facts keep
 * counting in the figures but no longer name the client; a merged client's move to the survivor;
 * an export lists them. Erasure and export first link the feedback the client sent signed in
 * (see {@link KnownClients}).
 */
@ApplicationScoped
public class RegistryContract extends ClientDataContract {

    static final String ERASED = "[erased]";

    private final ContactFactRepository contactFacts;
    private final FeedbackRepository feedbacks;
    private final FeedbackEntryRepository entries;
    private final SenderMailRepository mails;
    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final SurveyInvitationRepository invitations;
    private final SatisfactionInviteeRepository invitees;
    private final KnownClients knownClients;
    private final SurveyMails surveyMails;

    public RegistryContract(Inbox inbox, Outbox outbox, ContactFactRepository contactFacts, FeedbackRepository feedbacks,
                            FeedbackEntryRepository entries, SenderMailRepository mails, SurveyResponseRepository responses, SurveyAnswerRepository answers,
                            SurveyInvitationRepository invitations, SatisfactionInviteeRepository invitees,
                            KnownClients knownClients, SurveyMails surveyMails,
                            @ConfigProperty(name = "kohtaamo.export.registry-public-key") String registryKey) {
        super(inbox, outbox, "feedback", registryKey);
        this.knownClients = knownClients;
        this.surveyMails = surveyMails;
        this.contactFacts = contactFacts;
        this.feedbacks = feedbacks;
        this.entries = entries;
        this.mails = mails;
        this.responses = responses;
        this.answers = answers;
        this.invitations = invitations;
        this.invitees = invitees;
    }

    /**
     * Contact facts and survey responses keep counting without the client; feedback keeps its kind,
     * themes and times but loses its texts, the sender's details, the handlers' closing notes and
     * its e-mails; identified answers' free texts are blanked; the once-per-period record of
     * satisfaction invitations is forgotten.
     */
    @Override
    protected int erase(UUID clientId) {
        knownClients.linkFeedbackOf(clientId);
        knownClients.forget(clientId);
        int changed = contactFacts.detachClient(clientId);
        List<Feedback> feedback = feedbacks.ofClient(clientId);
        for (Feedback item : feedback) {
            item.body = ERASED;
            item.reply = item.reply == null ? null : ERASED;
            item.senderName = null;
            item.senderEmail = null;
            item.senderSubject = null;
            item.clientId = null;
            item.erased = true;
            FeedbackEntry entry = new FeedbackEntry();
            entry.feedbackId = item.id;
            entry.kind = FeedbackEntry.Kind.ERASED;
            entry.actor = "client-registry";
            entry.at = Instant.now();
            entry.persist();
        }
        if (!feedback.isEmpty()) {
            // Handlers' closing notes quote the sender; every e-mail, sent or not, holds the address and the reply.
            List<UUID> ids = feedback.stream().map(item -> item.id).toList();
            entries.removeNotesOf(ids);
            mails.deleteOf(ids);
        }
        changed += feedback.size();
        List<UUID> responded = responses.ofClient(clientId).stream().map(r -> r.id).toList();
        if (!responded.isEmpty()) {
            answers.blankFreeTextsOf(responded);
            changed += responses.detachClient(clientId);
        }
        changed += invitations.detachClient(clientId);
        changed += invitees.forget("client:" + clientId);
        changed += surveyMails.erase(clientId);
        return changed;
    }

    @Override
    protected int merge(UUID survivorId, UUID mergedId) {
        knownClients.forget(mergedId);
        return contactFacts.repointClient(mergedId, survivorId)
                + feedbacks.repointClient(mergedId, survivorId)
                + responses.repointClient(mergedId, survivorId)
                + invitations.repointClient(mergedId, survivorId)
                + surveyMails.merge(survivorId, mergedId);
    }

    @Override
    protected Map<String, Object> exportData(UUID clientId) {
        knownClients.linkFeedbackOf(clientId);
        List<Map<String, Object>> feedback = new ArrayList<>();
        for (Feedback item : feedbacks.ofClientByReceipt(clientId)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reference", item.reference);
            row.put("kind", item.kind);
            row.put("organisation", item.organisation);
            row.put("text", item.body);
            row.put("senderName", item.senderName);
            row.put("senderEmail", item.senderEmail);
            row.put("status", item.status);
            row.put("receivedAt", item.receivedAt);
            row.put("reply", item.reply);
            row.put("answeredAt", item.answeredAt);
            feedback.add(row);
        }
        List<Map<String, Object>> responded = new ArrayList<>();
        for (SurveyResponse response : responses.ofClientByResponse(clientId)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("surveyId", response.surveyId);
            row.put("respondedAt", response.respondedAt);
            row.put("answers", answers.ofResponse(response.id).stream().map(answer -> {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("question", answer.questionCode);
                a.put("score", answer.score);
                a.put("choices", answer.choices);
                a.put("text", answer.freeText);
                return a;
            }).toList());
            responded.add(row);
        }
        return Map.of("contactFacts", contactFacts.ofClient(clientId).stream()
                .map(fact -> Map.of("contactId", fact.contactId, "organisation", fact.organisation, "channel", fact.channel,
                        "language", fact.language, "receivedAt", fact.receivedAt))
                .toList(), "feedback", feedback, "surveyResponses", responded);
    }
}
