package fi.kohtaamo.helm;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versions the chart states (Chart.yaml's annotations) against the versions it uses (values)
 * and the operator versions whose schemas the tests validate against (the vendored schemas'
 * README), so that they cannot drift apart: a Kafka version the stated Strimzi does not run, a
 * Keycloak image the operator would not match, or schemas from outside the stated range.
 */
@SuppressWarnings("unchecked")
class VersionsTest {

    static final Map<String, Object> CHART = load(ChartTest.CHART.resolve("Chart.yaml"));
    static final Map<String, Object> VALUES = load(ChartTest.CHART.resolve("values.yaml"));

    @Test
    void theKafkaVersionIsOneEveryStatedStrimziRuns() {
        List<String> supported = Arrays.asList(annotation("kohtaamo.fi/kafka-versions").split("[ ,]+"));
        assertThat(supported).contains((String) ChartTest.get(VALUES, "kafka.version"));
    }

    @Test
    void theKeycloakImageIsTheOperatorsVersion() {
        String image = ChartTest.get(VALUES, "keycloak.image");
        assertThat(image.substring(image.lastIndexOf(':') + 1)).isEqualTo(annotation("kohtaamo.fi/keycloak-operator"));
        assertThat(compare(annotation("kohtaamo.fi/keycloak-operator"), "26.4.0"))
                .as("the Keycloak CR fields the chart uses need 26.4 or later").isGreaterThanOrEqualTo(0);
    }

    @Test
    void theVendoredSchemasAreFromTheStatedOperatorRanges() throws IOException {
        String readme = Files.readString(ManifestSchemas.DIRECTORY.resolve("README.md"));
        assertThat(within(vendored(readme, "strimzi-kafka-operator"), annotation("kohtaamo.fi/strimzi-kafka-operator"))).isTrue();
        assertThat(within(vendored(readme, "cloudnative-pg"), annotation("kohtaamo.fi/cloudnative-pg"))).isTrue();
        // The ranges themselves: v1 Kafka resources need Strimzi 1.0+, the Barman Cloud plugin CloudNativePG 1.26+.
        assertThat(within("0.49.0", annotation("kohtaamo.fi/strimzi-kafka-operator"))).isFalse();
        assertThat(within("1.25.0", annotation("kohtaamo.fi/cloudnative-pg"))).isFalse();
    }

    /** The local compose file and the chart run the same images: the services' names and tag, Keycloak's, PostgreSQL's version. */
    @Test
    void theComposeFileAndTheChartNameTheSameImages() {
        Map<String, Object> compose = load(Path.of("../docker/compose.yaml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        String registry = ChartTest.get(VALUES, "global.image.registry");
        String tag = ChartTest.get(VALUES, "global.image.tag");
        for (String service : ChartTest.SERVICE_NAMES) {
            String composed = (String) services.get(service).get("image");
            // Compose loads the images module's tarballs, which carry exactly the chart's names.
            assertThat(composed).as(service).isEqualTo(registry + "/" + service + ":" + tag);
        }
        assertThat((String) services.get("keycloak").get("image")).isEqualTo(ChartTest.get(VALUES, "keycloak.image"));
        String postgres = ChartTest.get(VALUES, "postgres.image");
        assertThat((String) services.get("postgres").get("image"))
                .startsWith("postgres:" + postgres.substring(postgres.lastIndexOf(':') + 1));
    }

    @Test
    void theRangeCheckReadsLowerAndUpperBounds() {
        assertThat(within("1.2.0", ">=1.1.0 <1.3.0")).isTrue();
        assertThat(within("1.3.0", ">=1.1.0 <1.3.0")).isFalse();
        assertThat(within("1.0.9", ">=1.1.0 <1.3.0")).isFalse();
        assertThat(within("1.30.0", ">=1.26.0")).isTrue();
    }

    private static String annotation(String key) {
        return (String) ((Map<String, Object>) CHART.get("annotations")).get(key);
    }

    /** The version in the README's provenance table row of a component: "| component | version | ...". */
    private static String vendored(String readme, String component) {
        Matcher row = Pattern.compile("^\\| " + Pattern.quote(component) + " \\| ([0-9.]+) \\|", Pattern.MULTILINE).matcher(readme);
        assertThat(row.find()).as(component + " in the schemas' README").isTrue();
        return row.group(1);
    }

    /** A semver range of the form ">=a", "<b" or both, space-separated. */
    static boolean within(String version, String range) {
        for (String bound : range.trim().split("\\s+")) {
            boolean ok = bound.startsWith(">=") ? compare(version, bound.substring(2)) >= 0
                    : bound.startsWith("<") ? compare(version, bound.substring(1)) < 0
                    : compare(version, bound) == 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int compare(String a, String b) {
        int[] x = Arrays.stream(a.split("\\.")).mapToInt(Integer::parseInt).toArray();
        int[] y = Arrays.stream(b.split("\\.")).mapToInt(Integer::parseInt).toArray();
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int difference = Integer.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private static Map<String, Object> load(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
