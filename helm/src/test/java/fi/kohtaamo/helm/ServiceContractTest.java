package fi.kohtaamo.helm;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static fi.kohtaamo.helm.ChartTest.get;
import static fi.kohtaamo.helm.ChartTest.list;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart against the services it runs: every probe and scrape hits an endpoint the service
 * really serves, on the port it serves it, and every setting whose built-in value only works on a
 * developer's machine is given in the cluster.
 */
@SuppressWarnings("unchecked")
class ServiceContractTest {

    @Test
    void probesAndScrapesHitEndpointsTheServiceServes() {
        ChartTest.Manifests manifests = ChartTest.production();
        for (String service : ChartTest.SERVICE_NAMES) {
            ServiceSources sources = new ServiceSources(service);
            assertThat(sources.hasExtension("quarkus-smallrye-health")).as(service + " serves /q/health/*").isTrue();
            assertThat(sources.hasExtension("quarkus-micrometer-registry-prometheus")).as(service + " serves /q/metrics").isTrue();
            assertThat(sources.keys()).as(service + " keeps the endpoints where Quarkus puts them")
                    .doesNotContain("quarkus.http.non-application-root-path", "quarkus.smallrye-health.root-path",
                            "quarkus.management.root-path", "quarkus.micrometer.export.prometheus.path");

            Map<String, String> config = get(manifests.named("ConfigMap", "kohtaamo-" + service), "data");
            Map<String, Object> container = list(get(manifests.named("Deployment", "kohtaamo-" + service), "spec.template.spec"),
                    "containers").get(0);
            // The management interface is on, at the port the probes and the ServiceMonitor name.
            assertThat(config).containsEntry("QUARKUS_MANAGEMENT_ENABLED", "true");
            assertThat(list(container, "ports")).as(service).anyMatch(port -> "management".equals(port.get("name"))
                    && config.get("QUARKUS_MANAGEMENT_PORT").equals(String.valueOf(port.get("containerPort"))));
            assertThat(list(container, "ports")).as(service).anyMatch(port -> "http".equals(port.get("name"))
                    && config.get("QUARKUS_HTTP_PORT").equals(String.valueOf(port.get("containerPort"))));
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat((String) get(container, probe + ".httpGet.port")).as(service + " " + probe).isEqualTo("management");
                assertThat((String) get(container, probe + ".httpGet.path")).as(service + " " + probe)
                        .isIn("/q/health/started", "/q/health/live", "/q/health/ready");
            }
            assertThat(list(manifests.named("ServiceMonitor", "kohtaamo-" + service), "spec.endpoints"))
                    .allMatch(endpoint -> "management".equals(endpoint.get("port")) && "/q/metrics".equals(endpoint.get("path")));
        }
    }

    /**
     * A property whose built-in value points at the developer's machine (127.0.0.1, localhost) must
     * come from the chart, or the service would look for PostgreSQL, Kafka or Keycloak in its own pod.
     */
    @Test
    void everyLocalOnlySettingOfAServiceIsGivenInTheCluster() {
        for (SchemaTest.Render render : SchemaTest.Render.values()) {
            ChartTest.Manifests manifests = render.render();
            for (String service : ChartTest.SERVICE_NAMES) {
                ServiceSources sources = new ServiceSources(service);
                Set<String> given = new TreeSet<>(((Map<String, String>) get(manifests.named("ConfigMap", "kohtaamo-" + service), "data")).keySet());
                list(list(get(manifests.named("Deployment", "kohtaamo-" + service), "spec.template.spec"), "containers").get(0), "env")
                        .forEach(variable -> given.add((String) variable.get("name")));
                Set<String> missing = new TreeSet<>();
                for (String key : sources.keys()) {
                    String value = sources.property(key);
                    if ((value.contains("127.0.0.1") || value.contains("localhost")) && !given.contains(ServiceSources.environmentName(key))) {
                        missing.add(key + " (" + ServiceSources.environmentName(key) + ")");
                    }
                }
                assertThat(missing).as(render + ": " + service + " would use its local default for").isEmpty();
                if (sources.usesDatabase()) {
                    assertThat(given).as(service).contains("QUARKUS_DATASOURCE_PASSWORD");
                }
            }
        }
    }
}
