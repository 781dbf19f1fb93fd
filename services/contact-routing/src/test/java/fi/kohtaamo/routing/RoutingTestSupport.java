package fi.kohtaamo.routing;

import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.awaitility.Awaitility;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/** Feeds the catalogue's documented example event through Kafka, as the catalogue would. */
final class RoutingTestSupport {

    static final UUID PERMIT_SERVICE = UUID.fromString("5e2b8f10-7a3c-4d1e-8b9f-00000000a004");
    /** Answers to the permit service's extra questions (road number, connection use). */
    static final java.util.Map<String, Object> PERMIT_ANSWERS = java.util.Map.of("road_number", 1234, "connection_use", "residential");
    static final Path CATALOGUE_EXAMPLE = Path.of("../service-catalogue/events/service.published.v1.example.json");

    private RoutingTestSupport() {
    }

    private static boolean catalogueFed;

    /** The catalogue's example, fed once for all the test classes that share the application. */
    static synchronized void feedCatalogueOnce(String bootstrapServers) throws Exception {
        if (!catalogueFed) {
            publishCatalogueExample(bootstrapServers);
            catalogueFed = true;
        }
    }

    static void publishCatalogueExample(String bootstrapServers) throws Exception {
        String example = Files.readString(CATALOGUE_EXAMPLE);
        new KafkaTestClient(bootstrapServers).publish("kohtaamo.catalogue.v1", PERMIT_SERVICE.toString(), example);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> knownService(PERMIT_SERVICE) != null);
    }

    static KnownService knownService(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> KnownService.<KnownService>findById(id));
    }
}
