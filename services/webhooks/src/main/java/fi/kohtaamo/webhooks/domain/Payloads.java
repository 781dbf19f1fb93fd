package fi.kohtaamo.webhooks.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * What a webhook carries of an event: ids and states, never personal data (no client id, segments,
 * texts or contact details), and a link to the API that tells more under the agency's own
 * authorisation. One whitelist per aggregate: a field the producer adds later is not sent until
 * it is added here.
 */
public final class Payloads {

    private static final List<String> CONTACT = List.of("contactId", "organisation", "serviceId", "serviceGroup", "queueId",
            "queueCode", "channel", "language", "priority", "status", "slaState", "resolutionCode", "receivedAt", "routedAt",
            "assignedAt", "resolvedAt", "closedAt", "occurredAt", "submittedBy");
    /**
     * A contact's event as the organisation whose system submitted it gets it when the contact is
     * another organisation's: ids and states of what it sent, not how the other agency works it (no
     * queue code, priority or service-level state) and no link (the other organisation's API answers
     * it 404).
     */
    private static final List<String> SUBMITTED_CONTACT = List.of("contactId", "organisation", "serviceId", "queueId",
            "channel", "language", "status", "resolutionCode", "receivedAt", "routedAt", "assignedAt", "resolvedAt",
            "closedAt", "occurredAt", "submittedBy");
    private static final List<String> FEEDBACK = List.of("feedbackId", "organisation", "serviceId", "contactId", "kind",
            "status", "receivedAt", "answeredAt", "onTime", "occurredAt");
    private static final List<String> SERVICE = List.of("serviceId", "code", "organisation", "group", "status", "version",
            "updatedAt", "withdrawnAt");

    private Payloads() {
    }

    /**
     * The aggregate an event is about and the data to send to its organisation; for a contact an
     * agency system of another organisation submitted, that organisation ({@code submitter}) and the
     * narrower data it gets ({@code submitterData}); both null otherwise.
     */
    public record Projection(String orderingKey, String organisation, ObjectNode data, String submitter,
                             ObjectNode submitterData) {

        Projection(String orderingKey, String organisation, ObjectNode data) {
            this(orderingKey, organisation, data, null, null);
        }
    }

    public static Projection project(ObjectMapper mapper, String name, JsonNode data, String apiBaseUrl) {
        String base = apiBaseUrl.endsWith("/") ? apiBaseUrl.substring(0, apiBaseUrl.length() - 1) : apiBaseUrl;
        if (name.startsWith("contact.")) {
            String id = data.path("contactId").asText();
            String organisation = data.path("organisation").asText(null);
            String submitter = data.path("submittedBy").path("organisation").asText(null);
            boolean foreignSubmitter = submitter != null && !submitter.isBlank() && !submitter.equals(organisation);
            return new Projection(id, organisation, pick(mapper, data, CONTACT).put("href", base + "/api/v1/contacts/" + id),
                    foreignSubmitter ? submitter : null, foreignSubmitter ? pick(mapper, data, SUBMITTED_CONTACT) : null);
        }
        if (name.startsWith("feedback.")) {
            String id = data.path("feedbackId").asText();
            return new Projection(id, data.path("organisation").asText(null),
                    pick(mapper, data, FEEDBACK).put("href", base + "/api/v1/feedback/" + id));
        }
        String id = data.path("serviceId").asText();
        ObjectNode picked = pick(mapper, data, SERVICE);
        if (name.equals("service.withdrawn")) {
            picked.put("status", "WITHDRAWN");
        }
        return new Projection(id, data.path("organisation").asText(null),
                picked.put("href", base + "/api/v1/services/" + id));
    }

    /** The automation's own details an automation-webhook delivery adds: ids, versions and the rule's or macro's name. */
    private static final List<String> AUTOMATION = List.of("subscriptionId", "automationRuleId", "automationRuleVersion",
            "automationRule", "macroId", "macroVersion", "macro");

    /** A contact's data as its organisation gets it, with the automation that called the webhook. */
    public static ObjectNode automationWebhook(ObjectMapper mapper, JsonNode data, String apiBaseUrl) {
        ObjectNode picked = project(mapper, "contact.automation-webhook", data, apiBaseUrl).data();
        picked.set("automation", pick(mapper, data.path("details"), AUTOMATION));
        return picked;
    }

    private static ObjectNode pick(ObjectMapper mapper, JsonNode data, List<String> fields) {
        ObjectNode picked = mapper.createObjectNode();
        for (String field : fields) {
            if (data.has(field)) {
                picked.set(field, data.get(field));
            }
        }
        return picked;
    }
}
