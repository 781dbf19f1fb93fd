package fi.kohtaamo.routing.rules;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What routing knows about a contact when it decides: the service and its group, the channel and
 * language, the client's segments and municipality (from the registry's events), the text, the
 * answers to the service's extra questions (a string, or a list of strings for multiple choice),
 * and the channels the client's segments prefer (from the registry's segment definitions; empty when
 * the client is unknown or their segments prefer none).
 */
public record RoutingFacts(UUID serviceId, String serviceGroup, String organisation, String channel, String language,
                           List<String> segments, String municipality, String description,
                           Map<String, Object> attributes, List<String> preferredChannels) {

    public RoutingFacts {
        segments = segments == null ? List.of() : List.copyOf(segments);
        preferredChannels = preferredChannels == null ? List.of() : List.copyOf(preferredChannels);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        description = description == null ? "" : description;
    }

    /** A contact whose client's segments prefer no channels (or who has no known client). */
    public RoutingFacts(UUID serviceId, String serviceGroup, String organisation, String channel, String language,
                        List<String> segments, String municipality, String description, Map<String, Object> attributes) {
        this(serviceId, serviceGroup, organisation, channel, language, segments, municipality, description, attributes, null);
    }

    /**
     * Whether the contact came through a channel its client's segments prefer: null when they prefer
     * none (or the client is unknown), so that neither "preferred" nor "not preferred" is said of it.
     */
    public Boolean viaPreferredChannel() {
        return viaPreferred(channel, preferredChannels);
    }

    /** Whether {@code channel} is among {@code preferred}; null when nothing is preferred. */
    public static Boolean viaPreferred(String channel, List<String> preferred) {
        return preferred == null || preferred.isEmpty() ? null : preferred.contains(channel);
    }
}
