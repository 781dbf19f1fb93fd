package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.domain.Feedback;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The data of the feedback events: what and whose, never the text or the sender's details. */
final class FeedbackEventV1 {

    private FeedbackEventV1() {
    }

    static Map<String, Object> of(Feedback feedback, Instant occurredAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("feedbackId", feedback.id);
        data.put("reference", feedback.reference);
        data.put("kind", feedback.kind);
        data.put("organisation", feedback.organisation);
        data.put("serviceId", feedback.serviceId);
        data.put("serviceGroup", feedback.serviceGroup);
        data.put("contactId", feedback.contactId);
        data.put("channel", feedback.channel);
        data.put("language", feedback.language);
        data.put("status", feedback.status);
        data.put("themes", feedback.themes);
        data.put("suggestedThemes", feedback.suggestedThemes);
        data.put("identified", feedback.clientId != null || feedback.senderSubject != null);
        data.put("reachable", feedback.reachable());
        data.put("receivedAt", feedback.receivedAt);
        data.put("replyDue", feedback.replyDue);
        data.put("occurredAt", occurredAt);
        return data;
    }

    /** {@code answered}: the received data, when it was answered, whether within its reply target, whether mailed. */
    static Map<String, Object> answered(Feedback feedback, boolean mailed) {
        Map<String, Object> data = of(feedback, feedback.answeredAt);
        data.put("answeredAt", feedback.answeredAt);
        data.put("onTime", !feedback.answeredAt.isAfter(feedback.replyDue));
        data.put("mailed", mailed);
        return data;
    }
}
