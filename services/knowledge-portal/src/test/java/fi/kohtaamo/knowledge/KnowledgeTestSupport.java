package fi.kohtaamo.knowledge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.knowledge.domain.KnownService;
import fi.kohtaamo.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.awaitility.Awaitility;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/** Catalogue services made known the way production learns them: the catalogue's example event, through Kafka. */
final class KnowledgeTestSupport {

    private static final Path CATALOGUE_EXAMPLE = Path.of("../service-catalogue/events/service.published.v1.example.json");

    private KnowledgeTestSupport() {
    }

    static UUID knownService(String bootstrapServers, String group) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(CATALOGUE_EXAMPLE));
        UUID serviceId = UUID.randomUUID();
        event.put("id", UUID.randomUUID().toString()).put("subject", serviceId.toString());
        ((ObjectNode) event.get("data")).put("serviceId", serviceId.toString()).put("group", group);
        new KafkaTestClient(bootstrapServers).publish("kohtaamo.catalogue.v1", serviceId.toString(), event.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> KnownService.findById(serviceId) != null));
        return serviceId;
    }
}
