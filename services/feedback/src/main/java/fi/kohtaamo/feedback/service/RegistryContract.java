package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.FeedbackEntry;
import fi.kohtaamo.feedback.domain.SatisfactionInvitee;
import fi.kohtaamo.feedback.domain.SenderMail;
import fi.kohtaamo.feedback.domain.SurveyAnswer;
import fi.kohtaamo.feedback.domain.SurveyInvitation;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.registry.contract.ClientDataContract;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * This service's side of the client registry's contract: an erased client's contact facts keep
 * counting in the figures but no longer name the client; a merged client's move to the survivor;
 * an export lists them.
 */
@ApplicationScoped
public class RegistryContract extends ClientDataContract {

    static final String ERASED = "[erased]";

    public RegistryContract(Inbox inbox, Outbox outbox) {
        super(inbox, outbox, "feedback");
    }

    /**
     * Contact facts and survey responses keep counting without the client; feedback keeps its kind,
     * themes and times but loses its texts and the sender's details; identified answers' free texts
     * are blanked; the once-per-period record of satisfaction invitations is forgotten.
     */
    @Override
    protected int erase(UUID clientId) {
        int changed = ContactFact.update("clientId = null where clientId = ?1", clientId);
        List<Feedback> feedback = Feedback.list("clientId", clientId);
        for (Feedback item : feedback) {
            item.body = ERASED;
            item.reply = item.reply == null ? null : ERASED;
            item.senderName = null;
            item.senderEmail = null;
            item.senderSubject = null;
            item.clientId = null;
            item.erased = true;
            SenderMail.delete("feedbackId = ?1 and sentAt is null", item.id);
            FeedbackEntry entry = new FeedbackEntry();
            entry.feedbackId = item.id;
            entry.kind = FeedbackEntry.Kind.ERASED;
            entry.actor = "client-registry";
            entry.at = Instant.now();
            entry.persist();
        }
        changed += feedback.size();
        List<UUID> responses = SurveyResponse.<SurveyResponse>list("clientId", clientId).stream().map(r -> r.id).toList();
        if (!responses.isEmpty()) {
            SurveyAnswer.update("freeText = null where responseId in ?1 and freeText is not null", responses);
            changed += SurveyResponse.update("clientId = null where clientId = ?1", clientId);
        }
        changed += SurveyInvitation.update("clientId = null where clientId = ?1", clientId);
        changed += SatisfactionInvitee.forget("client:" + clientId);
        return changed;
    }

    @Override
    protected int merge(UUID survivorId, UUID mergedId) {
        return ContactFact.update("clientId = ?1 where clientId = ?2", survivorId, mergedId)
                + Feedback.update("clientId = ?1 where clientId = ?2", survivorId, mergedId)
                + SurveyResponse.update("clientId = ?1 where clientId = ?2", survivorId, mergedId)
                + SurveyInvitation.update("clientId = ?1 where clientId = ?2", survivorId, mergedId);
    }

    @Override
    protected Map<String, Object> exportData(UUID clientId) {
        List<Map<String, Object>> feedback = new ArrayList<>();
        for (Feedback item : Feedback.<Feedback>list("clientId", Sort.by("receivedAt"), clientId)) {
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
        List<Map<String, Object>> responses = new ArrayList<>();
        for (SurveyResponse response : SurveyResponse.<SurveyResponse>list("clientId", Sort.by("respondedAt"), clientId)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("surveyId", response.surveyId);
            row.put("respondedAt", response.respondedAt);
            row.put("answers", SurveyAnswer.<SurveyAnswer>list("responseId", response.id).stream().map(answer -> {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("question", answer.questionCode);
                a.put("score", answer.score);
                a.put("choices", answer.choices);
                a.put("text", answer.freeText);
                return a;
            }).toList());
            responses.add(row);
        }
        return Map.of("contactFacts", ContactFact.<ContactFact>list("clientId", Sort.by("receivedAt"), clientId).stream()
                .map(fact -> Map.of("contactId", fact.contactId, "organisation", fact.organisation, "channel", fact.channel,
                        "language", fact.language, "receivedAt", fact.receivedAt))
                .toList(), "feedback", feedback, "surveyResponses", responses);
    }
}
