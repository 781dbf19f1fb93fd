package fi.kohtaamo.routing.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * When a routing rule applies: every condition given must hold, and a condition holds when the
 * contact has any one of the values it lists. Keywords match at the start of a word, ignoring
 * case ("kiire" matches "Kiireellinen"). An empty rule matches every contact.
 * {@code preferredChannel} (null: no condition) asks whether the contact came through one of the
 * channels its client's segments prefer ({@code true}) or through another one ({@code false}); a
 * contact whose client's segments prefer no channel (or without a known client) holds neither, so a
 * "not preferred" rule steers only clients who have a preference.
 */
public record RuleConditions(List<UUID> services, List<String> serviceGroups, List<String> channels,
                             List<String> languages, List<String> segments, List<String> organisations,
                             List<String> municipalities, List<String> keywords,
                             Map<String, List<String>> attributes, Boolean preferredChannel) {

    public RuleConditions {
        services = copy(services);
        serviceGroups = copy(serviceGroups);
        channels = copy(channels);
        languages = copy(languages);
        segments = copy(segments);
        organisations = copy(organisations);
        municipalities = copy(municipalities);
        keywords = copy(keywords);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public static final RuleConditions ANY = new RuleConditions(null, null, null, null, null, null, null, null, null, null);

    /** Conditions without the preferred-channel one. */
    public RuleConditions(List<UUID> services, List<String> serviceGroups, List<String> channels,
                          List<String> languages, List<String> segments, List<String> organisations,
                          List<String> municipalities, List<String> keywords, Map<String, List<String>> attributes) {
        this(services, serviceGroups, channels, languages, segments, organisations, municipalities, keywords, attributes, null);
    }

    public boolean matches(RoutingFacts facts) {
        return anyOf(services, facts.serviceId())
                && anyOf(serviceGroups, facts.serviceGroup())
                && anyOf(channels, facts.channel())
                && anyOf(languages, facts.language())
                && (segments.isEmpty() || facts.segments().stream().anyMatch(segments::contains))
                && anyOf(organisations, facts.organisation())
                && anyOf(municipalities, facts.municipality())
                && (keywords.isEmpty() || keywords.stream().anyMatch(keyword -> containsWord(facts.description(), keyword)))
                && (preferredChannel == null || preferredChannel.equals(facts.viaPreferredChannel()))
                && attributes.entrySet().stream().allMatch(condition ->
                        answers(facts.attributes().get(condition.getKey())).stream().anyMatch(condition.getValue()::contains));
    }

    /** The conditions, in words, for the simulator's explanation. */
    public List<String> describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "service", services);
        add(parts, "service group", serviceGroups);
        add(parts, "channel", channels);
        add(parts, "language", languages);
        add(parts, "segment", segments);
        add(parts, "organisation", organisations);
        add(parts, "municipality", municipalities);
        add(parts, "keyword", keywords);
        attributes.forEach((code, values) -> parts.add("answer " + code + " in " + values));
        if (preferredChannel != null) {
            parts.add(preferredChannel ? "channel preferred by the client's segments"
                    : "channel not preferred by the client's segments");
        }
        return parts;
    }

    private static void add(List<String> parts, String name, Collection<?> values) {
        if (!values.isEmpty()) {
            parts.add(name + " in " + values);
        }
    }

    private static <T> boolean anyOf(List<T> allowed, T value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }

    private static boolean containsWord(String text, String keyword) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(keyword.toLowerCase(Locale.ROOT)),
                Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    private static List<String> answers(Object answer) {
        if (answer == null) {
            return List.of();
        }
        if (answer instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(answer));
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
