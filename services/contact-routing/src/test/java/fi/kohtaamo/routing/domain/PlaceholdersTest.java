package fi.kohtaamo.routing.domain;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTest {

    private static final Map<String, String> VALUES = Map.of("client_name", "Maija Meikäläinen",
            "tracking_code", "KH-ABCD-EFGH", "service", "Liittymälupa", "agent", "Aino");

    @Test
    void everyKnownPlaceholderIsFilledWhereverItStands() {
        Placeholders.Filled filled = Placeholders.fill(
                "Hei {client_name}, asianne {tracking_code} ({service}) on käsitelty. {client_name}: terveisin {agent}", VALUES);
        assertThat(filled.text()).isEqualTo("Hei Maija Meikäläinen, asianne KH-ABCD-EFGH (Liittymälupa) on käsitelty. "
                + "Maija Meikäläinen: terveisin Aino");
        assertThat(filled.missing()).isEmpty();
    }

    @Test
    void aValueIsNeverReadAsAPlaceholderOrAReplacementPattern() {
        Map<String, String> values = new HashMap<>(VALUES);
        values.put("client_name", "{agent} $1 \\");
        assertThat(Placeholders.fill("Hei {client_name} / {agent}", values).text()).isEqualTo("Hei {agent} $1 \\ / Aino");
    }

    @Test
    void aPlaceholderWithoutAValueIsLeftEmptyAndNamed() {
        Map<String, String> values = new HashMap<>(VALUES);
        values.put("client_name", null);
        values.put("service", " ");
        Placeholders.Filled filled = Placeholders.fill("Hei {client_name}! {service} {client_name}", values);
        assertThat(filled.text()).isEqualTo("Hei !  ");
        assertThat(filled.missing()).containsExactly("client_name", "service");
    }

    @Test
    void bracesThatNameNoPlaceholderStayAsWritten() {
        assertThat(Placeholders.fill("{ } {} {a-b} {{agent}}", VALUES).text()).isEqualTo("{ } {} {a-b} {Aino}");
        assertThat(Placeholders.unknownIn("{ } {} {a-b}")).isEmpty();
    }

    @Test
    void unknownPlaceholdersAreFoundOnceEachInOrder() {
        assertThat(Placeholders.unknownIn("{clent_name} {agent} {Agent} {clent_name} {tracking}"))
                .containsExactly("clent_name", "Agent", "tracking");
        assertThat(Placeholders.unknownIn("{client_name}{tracking_code}{service}{agent}")).isEmpty();
    }
}
