package fi.kohtaamo.routing.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Ordered routing rules: the first enabled rule whose conditions hold decides the queue, the
 * required skills and the priority. When none holds, the service's default queue and the
 * service's own skills and priority apply; a contact with no known service goes to triage.
 */
public final class RuleBook {

    /** A rule as the evaluator sees it. {@code priority} null keeps the service's priority. */
    public record Rule(UUID id, int position, String name, int version, RuleConditions conditions, String targetQueue,
                       Map<String, Integer> requiredSkills, Integer priority) {
    }

    /** Where a contact goes, and why. */
    public record Decision(String queueCode, Map<String, Integer> requiredSkills, int priority, Rule decidedBy,
                           String reason) {
    }

    /** The service's own routing data; null for "don't know". */
    public record ServiceDefaults(String defaultQueue, Map<String, Integer> requiredSkills, int priority) {
    }

    public static final int DEFAULT_PRIORITY = 3;

    private final List<Rule> rules;

    public RuleBook(List<Rule> rules) {
        this.rules = rules.stream().sorted(java.util.Comparator.comparingInt(Rule::position)).toList();
    }

    public Decision decide(RoutingFacts facts, ServiceDefaults service, String triageQueue) {
        Optional<Rule> rule = rules.stream().filter(candidate -> candidate.conditions().matches(facts)).findFirst();
        int fallbackPriority = service == null ? DEFAULT_PRIORITY : service.priority();
        Map<String, Integer> fallbackSkills = service == null ? Map.of() : service.requiredSkills();
        if (rule.isPresent()) {
            Rule decided = rule.get();
            Map<String, Integer> skills = decided.requiredSkills().isEmpty() ? fallbackSkills : decided.requiredSkills();
            int priority = decided.priority() == null ? fallbackPriority : decided.priority();
            return new Decision(decided.targetQueue(), skills, priority, decided,
                    "rule " + decided.position() + " \"" + decided.name() + "\" matched"
                            + (decided.conditions().describe().isEmpty() ? " (no conditions)" : ": " + String.join("; ", decided.conditions().describe())));
        }
        if (service != null) {
            return new Decision(service.defaultQueue(), fallbackSkills, fallbackPriority, null,
                    "no rule matched: the service's default queue");
        }
        return new Decision(triageQueue, Map.of(), fallbackPriority, null, "no rule matched and no service named: triage");
    }
}
