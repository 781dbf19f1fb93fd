package fi.kohtaamo.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The images this module builds, the chart's and the compose file's are the same names and tags:
 * otherwise a release would deploy an image nobody built, or compose would run a stale one.
 */
class ImageNamesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SERVICES = Arrays.asList(System.getProperty("images.services").split(","));
    private static final String REGISTRY = System.getProperty("images.registry");
    private static final String TAG = System.getProperty("images.tag");

    @Test
    void theChartDeploysTheImagesThisModuleBuilds() throws IOException {
        Map<String, Object> values = yaml(ROOT.resolve("helm/kohtaamo/values.yaml"));
        Map<String, Object> image = map(map(values.get("global")).get("image"));
        assertThat(image.get("registry")).isEqualTo(REGISTRY);
        assertThat(String.valueOf(image.get("tag"))).isEqualTo(TAG);
        Map<String, Object> services = map(values.get("services"));
        assertThat(services.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        services.forEach((name, service) ->
                assertThat(map(service).get("imageTag")).as(name + " overrides the tag").isNull());
        // The chart's own name for the image is registry/service:tag (templates/_helpers.tpl).
        assertThat(Files.readString(ROOT.resolve("helm/kohtaamo/templates/_helpers.tpl")))
                .contains("printf \"%s/%s:%s\" $image.registry .name (toString $tag)");
    }

    @Test
    void composeRunsTheImagesThisModuleBuilds() throws IOException {
        Map<String, Object> compose = map(yaml(ROOT.resolve("docker/compose.yaml")).get("services"));
        Map<String, Object> images = new TreeMap<>();
        for (String service : SERVICES) {
            Map<String, Object> definition = map(compose.get(service));
            assertThat(definition).as("compose has " + service).isNotNull();
            images.put(service, definition.get("image"));
            assertThat(definition).as(service + " is not built by compose: it is loaded from its OCI tarball")
                    .doesNotContainKey("build");
        }
        Map<String, Object> expected = new TreeMap<>();
        SERVICES.forEach(service -> expected.put(service, REGISTRY + "/" + service + ":" + TAG));
        assertThat(images).isEqualTo(expected);
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
