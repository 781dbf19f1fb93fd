package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.CatalogueAdminClient;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceFormTest {

    @Test
    void choicesAreLinesOfKeyAndTextsAndAMalformedLineRefusesThemAll() {
        List<CatalogueAdminClient.Choice> choices = ServiceForm.choices("single | Kertareitti | Engångsrutt | One-off route\n\nrecurring|Toistuva");
        assertThat(choices).extracting(CatalogueAdminClient.Choice::key).containsExactly("single", "recurring");
        assertThat(choices.get(1).name()).isEqualTo(new CatalogueAdminClient.Texts("Toistuva", null, null));
        assertThat(ServiceForm.choiceLines(choices)).isEqualTo("single | Kertareitti | Engångsrutt | One-off route\nrecurring | Toistuva |  | \n");
        assertThat(ServiceForm.choices("only-a-key")).isNull();
        assertThat(ServiceForm.choices("a | A\na | again")).as("a key twice").isNull();
        assertThat(ServiceForm.choices(" | no key")).isNull();
    }

    @Test
    void theCataloguesFieldNamesBecomeTheFormsFields() {
        List<Integer> questions = List.of(0, 2);
        assertThat(ServiceForm.fieldOf("name.sv", questions)).isEqualTo("name-sv");
        assertThat(ServiceForm.fieldOf("texts.description.en", questions)).isEqualTo("description-en");
        assertThat(ServiceForm.fieldOf("attributes[1].values", questions)).isEqualTo("q2-choices");
        assertThat(ServiceForm.fieldOf("attributes[0].code", questions)).isEqualTo("q0-code");
        assertThat(ServiceForm.fieldOf("responsibilityArea", questions)).isEqualTo("area");
        assertThat(ServiceForm.fieldOf("routing.defaultQueue", questions)).isEqualTo("defaultQueue");
        assertThat(ServiceForm.fieldOf("body", questions)).isEqualTo("form");
    }

    @Test
    void aRemovedOrEmptyQuestionIsLeftOutAndAnAreaMustBeOneOfTheOrganisations() {
        Map<String, String> form = new LinkedHashMap<>(Map.of("code", "new-permit", "group", "PERMITS_AND_NOTIFICATIONS",
                "ptvType", "SERVICE", "name-fi", "Lupa", "defaultQueue", "q", "area", "ca000000-0000-4000-8000-0000000000a1"));
        form.putAll(Map.of("q0-code", "gone", "q0-fi", "Pois", "q0-remove", "on", "q3-code", "", "q3-fi", "",
                "q5-code", "width", "q5-fi", "Leveys", "q5-datatype", "NUMBER"));
        Map<String, String> errors = new HashMap<>();
        CatalogueAdminClient.Draft draft = ServiceForm.draft(form, null, List.of("01"), Set.of("ca000000-0000-4000-8000-0000000000a1"), errors);
        assertThat(errors).isEmpty();
        assertThat(draft.attributes()).extracting(CatalogueAdminClient.Attribute::code).containsExactly("width");
        assertThat(draft.areaType()).isEqualTo("LIMITED");
        assertThat(draft.areaCodes()).containsExactly("01");

        ServiceForm.draft(form, null, List.of(), Set.of(), errors);
        assertThat(errors).containsOnlyKeys("area");
    }
}
