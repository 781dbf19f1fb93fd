package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.CatalogueClient;
import fi.kohtaamo.webchannel.client.WorkClient;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Names for routing's codes, in the page's language; a code only where no name is known. */
class ContactNamesTest {

    private static final CatalogueClient.Texts USE = new CatalogueClient.Texts("Käyttö", "Användning", "Use");
    private static final CatalogueClient.Definition PERMIT = new CatalogueClient.Definition(UUID.randomUUID(), List.of(
            new CatalogueClient.Question("topics", "MULTI_CHOICE", false, 3, new CatalogueClient.Texts("Aiheet", "Ämnen", "Topics"),
                    List.of(new CatalogueClient.Choice("noise", new CatalogueClient.Texts("Melu", "Buller", "Noise")),
                            new CatalogueClient.Choice("dust", new CatalogueClient.Texts("Pöly", null, "Dust")))),
            new CatalogueClient.Question("use", "SINGLE_CHOICE", true, 1, USE,
                    List.of(new CatalogueClient.Choice("home", new CatalogueClient.Texts("Koti", "Hem", "Home"))))),
            new CatalogueClient.Texts("Lupa", "Tillstånd", "Permit"));
    private static final List<WorkClient.Queue> QUEUES = List.of(new WorkClient.Queue(UUID.randomUUID(), "uusimaa-permits",
            "ely-uusimaa", "EXPERT", new WorkClient.Names("Luvat", "Tillstånd", null), 0, 0, 0));

    @Test
    void answersAreLabelledAndChoicesNamedInTheQuestionsOrder() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("topics", List.of("noise", "dust"));
        attributes.put("dropped", "as written");
        attributes.put("use", "home");

        assertThat(ContactNames.of(QUEUES, PERMIT, "sv").answers(attributes)).containsExactly(
                Map.entry("Användning", "Hem"),
                Map.entry("Ämnen", "Buller, Pöly"), // no Swedish name: the Finnish one
                Map.entry("dropped", "as written"));
        assertThat(ContactNames.of(QUEUES, PERMIT, "en").answers(Map.of("use", "office")))
                .as("a key the service no longer offers stays as it is").containsExactly(Map.entry("Use", "office"));
    }

    @Test
    void queuesAndTheServiceAreNamedOrKeptAsCodesWhenUnknown() {
        ContactNames english = ContactNames.of(QUEUES, PERMIT, "en");
        assertThat(english.queue("uusimaa-permits")).as("no English name: the Finnish one").isEqualTo("Luvat");
        assertThat(english.queue("uusimaa-triage")).isEqualTo("uusimaa-triage");
        assertThat(english.service()).isEqualTo("Permit");
        ContactNames none = ContactNames.of(QUEUES, null, "fi");
        assertThat(none.service()).isNull();
        assertThat(none.answers(Map.of("road_number", 12))).containsExactly(Map.entry("road_number", "12"));
    }
}
