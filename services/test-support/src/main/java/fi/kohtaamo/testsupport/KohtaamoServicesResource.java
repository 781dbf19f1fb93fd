package fi.kohtaamo.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.security.KeyPair;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * For {@code @QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "catalogue"))}:
 * points a service at a real PostgreSQL (its own role and schema, as in production) and a real
 * Kafka broker, with the registry's export key pair. An optional {@code extensions} argument (comma-separated, e.g. {@code pg_trgm})
 * creates those extensions in the service's schema as the superuser, as the launcher does. With
 * {@code kafkaPrincipal} (the service's module name) the service runs against
 * {@link TestServers#securedKafka()} as that principal, under the ACLs derived for it.
 */
public class KohtaamoServicesResource implements QuarkusTestResourceLifecycleManager {

    private String schema = "app";
    private String extensions = "";
    private String kafkaPrincipal;

    @Override
    public void init(Map<String, String> initArgs) {
        schema = initArgs.getOrDefault("schema", schema);
        extensions = initArgs.getOrDefault("extensions", extensions);
        kafkaPrincipal = initArgs.get("kafkaPrincipal");
    }

    @Override
    public Map<String, String> start() {
        EmptyBodies.install();
        PostgresServer postgres = TestServers.postgres();
        KafkaBroker kafka = kafkaPrincipal == null ? TestServers.kafka() : TestServers.securedKafka();
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
        if (kafkaPrincipal != null) {
            TestServers.securedClient(kafkaPrincipal).forEach((key, value) -> config.put("kafka." + key, value.toString()));
        }
        // GDPR export parts are sealed to the registry's public key (docs/adr/0006).
        KeyPair exportKeys = TestServers.exportKeys();
        config.put("kohtaamo.export.registry-public-key", Base64.getEncoder().encodeToString(exportKeys.getPublic().getEncoded()));
        config.put("kohtaamo.registry.export.private-key", Base64.getEncoder().encodeToString(exportKeys.getPrivate().getEncoded()));
        return config;
    }

    @Override
    public void stop() {
        // The servers live as long as the JVM: other test classes reuse them.
    }
}
