package fi.kohtaamo.routing.rules;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What routing knows about a contact when it decides: the service and its group, the channel and
 * language, the client's segments and municipality (from the registry's events), the text, and
 * the answers to the service's extra questions (a string, or a list of strings for multiple choice).
 */
public record RoutingFacts(UUID serviceId, String serviceGroup, String organisation, String channel, String language,
                           List<String> segments, String municipality, String description,
                           Map<String, Object> attributes) {

    public RoutingFacts {
        segments = segments == null ? List.of() : List.copyOf(segments);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        description = description == null ? "" : description;
    }
}
