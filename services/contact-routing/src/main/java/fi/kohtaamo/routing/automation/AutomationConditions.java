package fi.kohtaamo.routing.automation;

import fi.kohtaamo.routing.rules.RoutingFacts;
import fi.kohtaamo.routing.rules.RuleConditions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * When an automation rule applies to a contact: as a routing rule's conditions (every condition
 * given must hold, a condition holds when the contact has any one of its values; keywords match at
 * the start of a word), plus the contact's priority, its tags and how long it has waited since it
 * arrived. No conditions: every contact of the organisation.
 */
public record AutomationConditions(
        @Size(max = 50) List<@NotNull UUID> services,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> serviceGroups,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "WEB|EMAIL|PHONE|CHAT|LETTER|IN_PERSON|API|OPEN311",
                message = "must be a channel") String> channels,
        @Size(max = 3) List<@NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String> languages,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> segments,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> keywords,
        @Size(max = 5) List<@NotNull @Min(1) @Max(5) Integer> priorities,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @Min(1) @Max(525_600) Integer waitedMinutes) {

    public AutomationConditions {
        services = copy(services);
        serviceGroups = copy(serviceGroups);
        channels = copy(channels);
        languages = copy(languages);
        segments = copy(segments);
        keywords = copy(keywords);
        priorities = copy(priorities);
        tags = copy(tags);
    }

    public static final AutomationConditions ANY = new AutomationConditions(null, null, null, null, null, null, null, null, null);

    /** A contact as the conditions read it. */
    public record Facts(RoutingFacts routing, int priority, List<String> tags, Duration waited) {
        public Facts {
            tags = tags == null ? List.of() : List.copyOf(tags);
            waited = waited == null ? Duration.ZERO : waited;
        }
    }

    /** One condition, in words, and whether the contact meets it. */
    public record Check(String condition, boolean held) {
    }

    public boolean matches(Facts facts) {
        return explain(facts).stream().allMatch(Check::held);
    }

    /** Every condition given, in words, each with whether it holds: the simulator's "why". */
    public List<Check> explain(Facts facts) {
        List<Check> checks = new ArrayList<>();
        routing(checks, "service", services, new RuleConditions(services, null, null, null, null, null, null, null, null), facts);
        routing(checks, "service group", serviceGroups, new RuleConditions(null, serviceGroups, null, null, null, null, null, null, null), facts);
        routing(checks, "channel", channels, new RuleConditions(null, null, channels, null, null, null, null, null, null), facts);
        routing(checks, "language", languages, new RuleConditions(null, null, null, languages, null, null, null, null, null), facts);
        routing(checks, "segment", segments, new RuleConditions(null, null, null, null, segments, null, null, null, null), facts);
        routing(checks, "keyword", keywords, new RuleConditions(null, null, null, null, null, null, null, keywords, null), facts);
        check(checks, "priority", priorities, given -> given.contains(facts.priority()));
        check(checks, "tag", tags, given -> facts.tags().stream().anyMatch(given::contains));
        if (waitedMinutes != null) {
            checks.add(new Check("waited at least " + waitedMinutes + " min", facts.waited().toMinutes() >= waitedMinutes));
        }
        return checks;
    }

    private static void routing(List<Check> checks, String name, List<?> given, RuleConditions alone, Facts facts) {
        check(checks, name, given, ignored -> alone.matches(facts.routing()));
    }

    private static <T> void check(List<Check> checks, String name, List<T> given, Predicate<List<T>> holds) {
        if (!given.isEmpty()) {
            checks.add(new Check(name + " in " + given, holds.test(given)));
        }
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
