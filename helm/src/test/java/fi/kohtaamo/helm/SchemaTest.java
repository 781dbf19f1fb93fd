package fi.kohtaamo.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rendered manifest, for the four renders a reviewer would try, checked against the schemas
 * the cluster would check it against (the vendored CRDs and Kubernetes schemas): a field the
 * operator does not know, an API version it no longer serves or a wrong type fails here instead of
 * at {@code helm install}.
 */
@SuppressWarnings("unchecked")
class SchemaTest {

    /** The renders: each a list of values files, later ones over earlier ones. */
    enum Render {
        DEFAULTS(ChartTest.TEST_SECRETS),
        PRODUCTION(ChartTest.PRODUCTION),
        EVERYTHING_ON(ChartTest.PRODUCTION, Path.of("src/test/resources/values-everything-on.yaml")),
        ALL_EXTERNAL(ChartTest.TEST_SECRETS, Path.of("src/test/resources/values-external.yaml"));

        final List<Path> valuesFiles;

        Render(Path... valuesFiles) {
            this.valuesFiles = List.of(valuesFiles);
        }

        ChartTest.Manifests render() {
            TemplateCommand template = new Helm(ChartTest.CHART).template().withName("kohtaamo").withNamespace("kohtaamo")
                    .withKubeVersion(ChartTest.KUBE_VERSION);
            for (Path file : valuesFiles) {
                template = template.withValuesFile(file);
            }
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml().loadAll(template.call())) {
                if (document instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> typed = (Map<String, Object>) map;
                    documents.add(typed);
                }
            }
            return new ChartTest.Manifests(documents);
        }
    }

    static ManifestSchemas schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = ManifestSchemas.load();
    }

    /** The validator itself: it must refuse what the API server would, and allow what it would. */
    @Test
    void theValidatorRefusesUnknownFieldsAndWrongTypesButKeepsPreservedOnes() {
        Map<String, Object> deployment = ChartTest.defaults().named("Deployment", "kohtaamo-feedback");
        assertThat(schemas.errors(deployment)).isEmpty();
        Map<String, Object> container = ChartTest.list(ChartTest.get(deployment, "spec.template.spec"), "containers").get(0);
        container.put("livenessProbes", Map.of());
        ((Map<String, Object>) container.get("securityContext")).put("runAsNonRoot", "yes");
        ((Map<String, Object>) ChartTest.get(deployment, "metadata")).put("label", Map.of());
        assertThat(schemas.errors(deployment)).containsExactlyInAnyOrder(
                ".spec.template.spec.containers[0].livenessProbes: unknown field",
                ".spec.template.spec.containers[0].securityContext.runAsNonRoot: String yes is not [boolean, null]",
                ".metadata.label: unknown field");

        Map<String, Object> kafka = ChartTest.defaults().of("Kafka").get(0);
        ((Map<String, Object>) ChartTest.get(kafka, "spec.kafka.config")).put("any.broker.setting", 1);
        assertThat(schemas.errors(kafka)).as("spec.kafka.config preserves unknown fields").isEmpty();
        kafka.put("apiVersion", "kafka.strimzi.io/v1beta2");
        assertThat(schemas.errors(kafka)).singleElement().asString().startsWith("no schema for kafka.strimzi.io/v1beta2 Kafka");
    }

    @ParameterizedTest
    @EnumSource(Render.class)
    void everyManifestIsValidAgainstTheClustersSchemas(Render render) {
        ChartTest.Manifests manifests = render.render();
        Map<String, Integer> perKind = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (Map<String, Object> manifest : manifests.all()) {
            String kind = (String) manifest.get("kind");
            perKind.merge(kind, 1, Integer::sum);
            String name = kind + " " + ChartTest.get(manifest, "metadata.name");
            schemas.errors(manifest).forEach(error -> errors.add(name + (error.startsWith(".") ? "" : ": ") + error));
        }
        System.out.println(render + ": manifests per kind " + perKind + ", schema errors " + errors.size());
        assertThat(errors).as(render + " schema errors").isEmpty();
    }
}
