package fi.kohtaamo.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded services reach Kafka through the outbox relay, one event per service. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "catalogue"))
class ServicePublishedEventTest {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void seededServicesArePublishedAsCloudEvents() throws Exception {
        Map<String, CloudEvent> bySubject = new HashMap<>();
        new KafkaTestClient(bootstrapServers).await("kohtaamo.catalogue.v1", record -> true, 8, Duration.ofSeconds(30))
                .forEach(record -> {
                    CloudEvent event = CloudEvent.parse(mapper, record.value());
                    assertThat(record.key()).isEqualTo(event.subject());
                    bySubject.put(event.subject(), event);
                });
        assertThat(bySubject).hasSize(8);
        CloudEvent permit = bySubject.get("5e2b8f10-7a3c-4d1e-8b9f-00000000a004");
        assertThat(permit.type()).isEqualTo("fi.kohtaamo.catalogue.service.published.v1");
        assertThat(permit.source()).isEqualTo("/kohtaamo/service-catalogue");
        assertThat(permit.data().path("defaultQueue").asText()).isEqualTo("uusimaa-permits");
        assertThat(permit.data().path("organisation").asText()).isEqualTo("ely-uusimaa");
        assertThat(permit.data().path("name").path("fi").asText()).isEqualTo("Liittymälupa maantielle");

        // The documented example has the same shape as what is published.
        CloudEvent example = CloudEvent.parse(mapper, Files.readString(Path.of("events/service.published.v1.example.json")));
        assertThat(fieldNames(example)).isEqualTo(fieldNames(permit));
    }

    private static List<String> fieldNames(CloudEvent event) {
        List<String> names = new java.util.ArrayList<>();
        event.data().fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }
}
