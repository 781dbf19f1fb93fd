package fi.kohtaamo.webhooks.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event types an agency system may subscribe to, by the name a subscription lists
 * ({@code contact.resolved}), each with the platform's CloudEvents type it comes from. A delivered
 * event keeps that type and id; its data is {@link Payloads}' projection.
 */
public final class EventTypes {

    /** The test event an administrator sends; every subscription receives it. */
    public static final String TEST = "fi.kohtaamo.webhooks.test.v1";

    /**
     * An automation rule's or macro's "call a webhook" (contact routing): delivered to the one
     * subscription it names, which need not list it.
     */
    public static final String AUTOMATION_WEBHOOK = "fi.kohtaamo.contact.automation-webhook.v1";

    private static final Map<String, String> BY_PLATFORM_TYPE = new LinkedHashMap<>();

    static {
        for (String change : List.of("received", "routed", "assigned", "message-added", "waiting-for-client", "resolved",
                "reopened", "closed")) {
            BY_PLATFORM_TYPE.put("fi.kohtaamo.contact." + change + ".v1", "contact." + change);
        }
        BY_PLATFORM_TYPE.put("fi.kohtaamo.feedback.answered.v1", "feedback.answered");
        BY_PLATFORM_TYPE.put("fi.kohtaamo.catalogue.service.published.v1", "service.published");
        BY_PLATFORM_TYPE.put("fi.kohtaamo.catalogue.service.withdrawn.v1", "service.withdrawn");
    }

    /** Every name a subscription may list, in the order the documentation gives them. */
    public static final List<String> NAMES = List.copyOf(BY_PLATFORM_TYPE.values());

    private EventTypes() {
    }

    /** The subscription name of a platform type; empty for a type no subscription can have. */
    public static Optional<String> nameOf(String platformType) {
        return Optional.ofNullable(BY_PLATFORM_TYPE.get(platformType));
    }
}
