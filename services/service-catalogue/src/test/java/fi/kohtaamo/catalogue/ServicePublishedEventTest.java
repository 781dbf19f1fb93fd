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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded service map reaches Kafka through the outbox relay, complete enough to route by. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "catalogue"))
class ServicePublishedEventTest {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void seededServicesAndOrganisationsArePublishedAsCloudEvents() throws Exception {
        Map<String, CloudEvent> latestBySubject = new HashMap<>();
        List<String> organisationEvents = new ArrayList<>();
        // 8 published by V1; 2 organisations, 32 published and 8 updated services by V3; 6 units by V4;
        // 13 centres, their 39 units and 2 renamed units by V6
        new KafkaTestClient(bootstrapServers).await("kohtaamo.catalogue.v1", record -> true, 110, Duration.ofSeconds(30))
                .forEach(record -> {
                    CloudEvent event = CloudEvent.parse(mapper, record.value());
                    assertThat(record.key()).isEqualTo(event.subject());
                    if (event.type().endsWith("organisation.upserted.v1")) {
                        organisationEvents.add(event.data().path("code").asText());
                    } else {
                        latestBySubject.put(event.subject(), event);
                    }
                });
        List<String> expected = new ArrayList<>(List.of("ely-uusimaa-e", "ely-pirkanmaa-e"));
        for (String centre : List.of("uusimaa", "pirkanmaa", "varsinais-suomi", "satakunta", "hame", "kaakkois-suomi",
                "etela-savo", "pohjois-savo", "pohjois-karjala", "keski-suomi", "etela-pohjanmaa", "pohjanmaa",
                "pohjois-pohjanmaa", "kainuu", "lappi")) {
            expected.addAll(List.of("ely-" + centre, "ely-" + centre + "-e", "ely-" + centre + "-l", "ely-" + centre + "-y"));
        }
        assertThat(organisationEvents).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(latestBySubject).hasSizeGreaterThanOrEqualTo(40);

        CloudEvent permit = latestBySubject.get("5e2b8f10-7a3c-4d1e-8b9f-00000000a004");
        assertThat(permit.type()).isEqualTo("fi.kohtaamo.catalogue.service.updated.v1");
        assertThat(permit.source()).isEqualTo("/kohtaamo/service-catalogue");
        assertThat(permit.data().path("defaultQueue").asText()).isEqualTo("uusimaa-permits");
        assertThat(permit.data().path("requiredSkills").toString()).contains("permits", "roads");
        assertThat(permit.data().path("attributes").get(1).path("values").toString()).contains("agricultural");
        assertThat(permit.data().path("name").path("fi").asText()).isEqualTo("Liittymälupa maantielle");
        assertThat(latestBySubject.get("5e2b8f10-7a3c-4d1e-8b9f-00000000a009").type())
                .isEqualTo("fi.kohtaamo.catalogue.service.published.v1");

        // The documented example has exactly the shape of what is published.
        CloudEvent example = CloudEvent.parse(mapper, Files.readString(Path.of("events/service.published.v1.example.json")));
        assertThat(fieldNames(example)).isEqualTo(fieldNames(permit));
    }

    private static List<String> fieldNames(CloudEvent event) {
        List<String> names = new ArrayList<>();
        event.data().fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }
}
