package fi.kohtaamo.routing.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBookTest {

    static final UUID PERMIT = UUID.fromString("5e2b8f10-7a3c-4d1e-8b9f-00000000a004");
    static final RuleBook.ServiceDefaults PERMIT_DEFAULTS =
            new RuleBook.ServiceDefaults("uusimaa-permits", Map.of("permits", 1), 3);

    static RoutingFacts facts(String channel, String language, List<String> segments, String municipality, String text,
                              Map<String, Object> answers) {
        return new RoutingFacts(PERMIT, "PERMITS_AND_NOTIFICATIONS", "ely-uusimaa", channel, language, segments,
                municipality, text, answers);
    }

    static RuleConditions when(List<String> channels, List<String> languages, List<String> segments,
                               List<String> municipalities, List<String> keywords, Map<String, List<String>> attributes) {
        return new RuleConditions(null, null, channels, languages, segments, null, municipalities, keywords, attributes);
    }

    static RuleBook.Rule rule(int position, String name, RuleConditions conditions, String queue, Integer priority) {
        return new RuleBook.Rule(UUID.randomUUID(), position, name, 1, conditions, queue, Map.of(), priority);
    }

    @Test
    void theFirstMatchingRuleByPositionDecides() {
        RuleBook book = new RuleBook(List.of(
                rule(20, "Swedish", when(null, List.of("sv"), null, null, null, null), "uusimaa-swedish", null),
                rule(10, "Urgent", when(null, null, null, null, List.of("kiire"), null), "uusimaa-urgent", 1)));
        RuleBook.Decision decision = book.decide(facts("WEB", "sv", List.of(), null, "Asia on kiireellinen", Map.of()),
                PERMIT_DEFAULTS, "uusimaa-triage");
        assertThat(decision.queueCode()).isEqualTo("uusimaa-urgent");
        assertThat(decision.priority()).isEqualTo(1);
        assertThat(decision.decidedBy().name()).isEqualTo("Urgent");
        assertThat(decision.reason()).contains("rule 10").contains("keyword in [kiire]");
        assertThat(decision.requiredSkills()).as("the service's skills when the rule names none").containsEntry("permits", 1);

        RuleBook.Decision swedish = book.decide(facts("WEB", "sv", List.of(), null, "Hej", Map.of()), PERMIT_DEFAULTS,
                "uusimaa-triage");
        assertThat(swedish.queueCode()).isEqualTo("uusimaa-swedish");
        assertThat(swedish.priority()).as("the service's priority when the rule sets none").isEqualTo(3);
    }

    /**
     * Segments steer channels: a segment's preferred channel (kept by the registry) is honoured
     * by a rule naming the segment and that channel, which gives such contacts their queue and
     * priority; the segment's other channels, and other clients in that channel, go on as before.
     */
    @Test
    void aRuleNamingASegmentAndItsPreferredChannelSteersThoseContacts() {
        RuleBook book = new RuleBook(List.of(rule(10, "Inari by phone", when(List.of("PHONE"), null, List.of("inari"), null,
                null, null), "uusimaa-inari-phone", 2)));
        RuleBook.Decision steered = book.decide(facts("PHONE", "fi", List.of("inari"), "148", "x", Map.of()),
                PERMIT_DEFAULTS, "uusimaa-triage");
        assertThat(steered.queueCode()).isEqualTo("uusimaa-inari-phone");
        assertThat(steered.priority()).isEqualTo(2);
        assertThat(steered.reason()).contains("channel in [PHONE]").contains("segment in [inari]");
        assertThat(book.decide(facts("WEB", "fi", List.of("inari"), "148", "x", Map.of()), PERMIT_DEFAULTS, "uusimaa-triage")
                .queueCode()).as("the segment in another channel").isEqualTo("uusimaa-permits");
        assertThat(book.decide(facts("PHONE", "fi", List.of(), "091", "x", Map.of()), PERMIT_DEFAULTS, "uusimaa-triage")
                .queueCode()).as("another client by phone").isEqualTo("uusimaa-permits");
    }

    /**
     * Segments steer channels through their own preferences: {@code preferredChannel: false} takes a
     * segment member who came through a channel their segments do not prefer (by phone, the segment
     * preferring e-service) to a steering queue; a member who came the preferred way, and a client
     * whose segments prefer nothing (or no known client), do not match it, nor {@code true}.
     */
    @Test
    void aPreferredChannelConditionSteersMembersWhoCameAnotherWay() {
        RuleConditions notPreferred = new RuleConditions(null, null, null, null, null, null, null, null, null, false);
        RuleBook book = new RuleBook(List.of(rule(10, "Steer to e-service", notPreferred, "uusimaa-steering", 4)));
        RoutingFacts byPhone = new RoutingFacts(PERMIT, "PERMITS_AND_NOTIFICATIONS", "ely-uusimaa", "PHONE", "fi",
                List.of("e-service"), "091", "x", Map.of(), List.of("WEB", "EMAIL"));
        RuleBook.Decision steered = book.decide(byPhone, PERMIT_DEFAULTS, "uusimaa-triage");
        assertThat(steered.queueCode()).isEqualTo("uusimaa-steering");
        assertThat(steered.priority()).isEqualTo(4);
        assertThat(steered.reason()).contains("channel not preferred by the client's segments");
        assertThat(byPhone.viaPreferredChannel()).isFalse();

        RoutingFacts byWeb = new RoutingFacts(PERMIT, "PERMITS_AND_NOTIFICATIONS", "ely-uusimaa", "WEB", "fi",
                List.of("e-service"), "091", "x", Map.of(), List.of("WEB", "EMAIL"));
        assertThat(book.decide(byWeb, PERMIT_DEFAULTS, "uusimaa-triage").queueCode())
                .as("came the preferred way").isEqualTo("uusimaa-permits");
        RoutingFacts noPreference = facts("PHONE", "fi", List.of("farmers"), "091", "x", Map.of());
        assertThat(noPreference.viaPreferredChannel()).isNull();
        assertThat(book.decide(noPreference, PERMIT_DEFAULTS, "uusimaa-triage").queueCode())
                .as("segments preferring nothing are not 'another channel'").isEqualTo("uusimaa-permits");

        RuleConditions preferred = new RuleConditions(null, null, null, null, null, null, null, null, null, true);
        assertThat(preferred.matches(byWeb)).isTrue();
        assertThat(preferred.matches(byPhone)).isFalse();
        assertThat(preferred.matches(noPreference)).isFalse();
        assertThat(preferred.describe()).containsExactly("channel preferred by the client's segments");
        assertThat(RuleConditions.ANY.matches(byPhone)).as("no condition: any contact").isTrue();
    }

    @Test
    void keywordsMatchAtTheStartOfAWordIgnoringCase() {
        RuleConditions urgent = when(null, null, null, null, List.of("kiire", "äkill"), null);
        assertThat(urgent.matches(facts("WEB", "fi", List.of(), null, "KIIREELLINEN asia", Map.of()))).isTrue();
        assertThat(urgent.matches(facts("WEB", "fi", List.of(), null, "Äkillinen vesivahinko", Map.of()))).isTrue();
        assertThat(urgent.matches(facts("WEB", "fi", List.of(), null, "Ei kiirettä (kiire-ei)", Map.of()))).isTrue();
        assertThat(urgent.matches(facts("WEB", "fi", List.of(), null, "Hyvin epäkiireellinen", Map.of()))).isFalse();
    }

    @Test
    void everyConditionGivenMustHoldAndAnyListedValueSuffices() {
        RuleConditions conditions = when(List.of("PHONE", "WEB"), List.of("fi"), List.of("farmers"), List.of("091", "049"),
                null, Map.of("connection_use", List.of("agricultural", "business")));
        RoutingFacts matching = facts("WEB", "fi", List.of("companies", "farmers"), "049", "x",
                Map.of("connection_use", "agricultural"));
        assertThat(conditions.matches(matching)).isTrue();
        assertThat(conditions.matches(facts("EMAIL", "fi", List.of("farmers"), "049", "x", Map.of("connection_use", "agricultural"))))
                .as("channel").isFalse();
        assertThat(conditions.matches(facts("WEB", "fi", List.of("companies"), "049", "x", Map.of("connection_use", "agricultural"))))
                .as("segment").isFalse();
        assertThat(conditions.matches(facts("WEB", "fi", List.of("farmers"), null, "x", Map.of("connection_use", "agricultural"))))
                .as("no municipality known").isFalse();
        assertThat(conditions.matches(facts("WEB", "fi", List.of("farmers"), "049", "x", Map.of("connection_use", "residential"))))
                .as("answer").isFalse();
        assertThat(conditions.matches(facts("WEB", "fi", List.of("farmers"), "049", "x", Map.of())))
                .as("unanswered").isFalse();
    }

    @Test
    void multipleChoiceAnswersMatchWhenAnyChosenValueIsListed() {
        RuleConditions conditions = when(null, null, null, null, null, Map.of("topics", List.of("noise")));
        assertThat(conditions.matches(facts("WEB", "fi", List.of(), null, "", Map.of("topics", List.of("dust", "noise")))))
                .isTrue();
        assertThat(conditions.matches(facts("WEB", "fi", List.of(), null, "", Map.of("topics", List.of("dust"))))).isFalse();
    }

    @Test
    void withoutAMatchTheServicesDefaultQueueOrTriage() {
        RuleBook book = new RuleBook(List.of(rule(1, "Phone", when(List.of("PHONE"), null, null, null, null, null), "x", 2)));
        RuleBook.Decision byService = book.decide(facts("WEB", "fi", List.of(), null, "", Map.of()), PERMIT_DEFAULTS, "triage");
        assertThat(byService.queueCode()).isEqualTo("uusimaa-permits");
        assertThat(byService.decidedBy()).isNull();
        assertThat(byService.reason()).contains("default queue");

        RoutingFacts unknownService = new RoutingFacts(null, null, null, "WEB", "fi", List.of(), null, "", Map.of());
        RuleBook.Decision triage = book.decide(unknownService, null, "uusimaa-triage");
        assertThat(triage.queueCode()).isEqualTo("uusimaa-triage");
        assertThat(triage.priority()).isEqualTo(RuleBook.DEFAULT_PRIORITY);
        assertThat(triage.requiredSkills()).isEmpty();
    }

    @Test
    void aRuleWithoutConditionsMatchesEverything() {
        RuleBook book = new RuleBook(List.of(rule(5, "All", RuleConditions.ANY, "catch-all", null)));
        RuleBook.Decision decision = book.decide(facts("LETTER", "en", List.of(), null, "", Map.of()), PERMIT_DEFAULTS, "t");
        assertThat(decision.queueCode()).isEqualTo("catch-all");
        assertThat(decision.reason()).contains("no conditions");
    }
}
