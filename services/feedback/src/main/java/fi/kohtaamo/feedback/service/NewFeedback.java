package fi.kohtaamo.feedback.service;

import java.util.UUID;

/**
 * Feedback as sent: its kind and text; what it is about (a service, a contact or an
 * organisation); and, when the sender wants an answer, how to reach them.
 */
public record NewFeedback(String kind, String text, String language, String channel, UUID serviceId, UUID contactId,
                          String organisation, String name, String email, UUID clientId) {
}
