package fi.kohtaamo.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * For {@code @QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "catalogue"))}:
 * points a service at a real PostgreSQL (its own role and schema, as in production) and a real
 * Kafka broker. An optional {@code extensions} argument (comma-separated, e.g. {@code pg_trgm})
 * creates those extensions in the service's schema as the superuser, as the launcher does.
 */
public class KohtaamoServicesResource implements QuarkusTestResourceLifecycleManager {

    private String schema = "app";
    private String extensions = "";

    @Override
    public void init(Map<String, String> initArgs) {
        schema = initArgs.getOrDefault("schema", schema);
        extensions = initArgs.getOrDefault("extensions", extensions);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = TestServers.postgres();
        KafkaBroker kafka = TestServers.kafka();
        String password = postgres.createServiceRole(schema);
        for (String extension : extensions.split(",")) {
            if (!extension.isBlank()) {
                postgres.createExtension(extension.strip(), schema);
            }
        }
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        config.put("quarkus.datasource.username", schema);
        config.put("quarkus.datasource.password", password);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        // The servers live as long as the JVM: other test classes reuse them.
    }
}
