package fi.kohtaamo.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.gateway.config.GatewayConfig;
import fi.kohtaamo.gateway.proxy.RouteTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path in each domain service's OpenAPI document reaches that service through the gateway's
 * route table as configured: a resource added to a service without its prefix in the gateway's
 * {@code application.properties} answered the web channel's 404 through the gateway (the automation
 * rules and macros once did). Reads the documents the services' builds store in
 * {@code target/openapi}, so the services are built before the gateway (the reactor's order).
 */
class EveryOperationIsRoutedTest {

    /** The gateway's route names and the modules whose OpenAPI documents they serve. */
    private static final Map<String, String> MODULES = Map.of(
            "catalogue", "service-catalogue", "registry", "client-registry", "routing", "contact-routing",
            "feedback", "feedback", "knowledge", "knowledge-portal", "webhooks", "webhooks");

    @Test
    void everyOperationOfEveryServiceIsRoutedToThatService() throws IOException {
        Map<String, GatewayConfig.Route> routes = configuredRoutes();
        assertThat(routes.keySet()).containsAll(MODULES.keySet());
        RouteTable table = new RouteTable(routes);
        Path services = Path.of("..").toAbsolutePath().normalize();
        List<String> misrouted = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> module : MODULES.entrySet()) {
            Path document = services.resolve(module.getValue()).resolve("target/openapi/openapi.json");
            assertThat(document).as("build the domain services first (./mvnw install), which stores their OpenAPI documents")
                    .isRegularFile();
            JsonNode paths = new ObjectMapper().readTree(document.toFile()).path("paths");
            for (String template : (Iterable<String>) paths::fieldNames) {
                String path = template.replaceAll("\\{[^}]+}", "x");
                String owner = table.resolve(path).map(RouteTable.Target::name).orElse("none");
                checked++;
                if (!owner.equals(module.getKey())) {
                    misrouted.add(template + " of " + module.getValue() + " goes to " + owner);
                }
            }
        }
        assertThat(checked).as("operations read").isGreaterThan(100);
        assertThat(misrouted).as("paths the gateway sends elsewhere").isEmpty();
    }

    /** The routes of the gateway's own application.properties (the defaults every deployment starts from). */
    private static Map<String, GatewayConfig.Route> configuredRoutes() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        Map<String, GatewayConfig.Route> routes = new LinkedHashMap<>();
        String start = "kohtaamo.gateway.routes.";
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(start) && key.endsWith(".prefixes")) {
                String name = key.substring(start.length(), key.length() - ".prefixes".length());
                URI url = URI.create(properties.getProperty(start + name + ".url"));
                List<String> prefixes = Arrays.stream(properties.getProperty(key).split(",")).map(String::trim).toList();
                routes.put(name, new GatewayConfig.Route() {
                    public URI url() {
                        return url;
                    }

                    public List<String> prefixes() {
                        return prefixes;
                    }

                    public boolean openapi() {
                        return true;
                    }
                });
            }
        }
        return routes;
    }
}
