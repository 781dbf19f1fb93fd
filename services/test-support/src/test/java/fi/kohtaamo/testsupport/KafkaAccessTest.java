package fi.kohtaamo.testsupport;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ACL matrix as the services' own configurations give it (pure logic: no broker). */
class KafkaAccessTest {

    private final List<KafkaAccess.ServiceAccess> services = KafkaAccess.derive(KafkaBroker.servicesFolder());

    @Test
    void eachServiceWritesOnlyItsOwnTopicAndReadsWhatItsChannelsConsume() {
        KafkaAccess.ServiceAccess routing = service("contact-routing");
        assertThat(routing.writes()).containsExactly("kohtaamo.contacts.v1");
        assertThat(routing.deadLetterPrefix()).isEqualTo("kohtaamo.contact-routing.dlq");
        assertThat(routing.reads()).containsExactly("kohtaamo.catalogue.v1", "kohtaamo.clients.v1", "kohtaamo.feedback.v1");
        assertThat(routing.groups()).containsExactly("contact-routing", "contact-routing.catalogue.v3");
        assertThat(service("service-catalogue").reads()).isEmpty();
        assertThat(service("service-catalogue").deadLetterPrefix()).isNull();
        // The edge keeps no state and uses no Kafka: no principal at all.
        assertThat(services).extracting(KafkaAccess.ServiceAccess::principal).doesNotContain("gateway", "web-channel");
        for (KafkaAccess.ServiceAccess service : services) {
            assertThat(service.writes()).as("a service writes its own topic only").hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void aDeadLetterTopicOutsideTheServicesPrefixIsRefused() {
        Properties properties = new Properties();
        properties.setProperty("mp.messaging.incoming.in.topic", "kohtaamo.clients.v1");
        properties.setProperty("mp.messaging.incoming.in.group.id", "feedback");
        properties.setProperty("mp.messaging.incoming.in.dead-letter-queue.topic", "kohtaamo.contact-routing.dlq");

        assertThatThrownBy(() -> KafkaAccess.of("feedback", properties)).hasMessageContaining("kohtaamo.feedback.dlq");
    }

    @Test
    void aConsumerMustNameItsGroup() {
        Properties properties = new Properties();
        properties.setProperty("mp.messaging.incoming.in.topic", "kohtaamo.clients.v1");

        assertThatThrownBy(() -> KafkaAccess.of("feedback", properties)).hasMessageContaining("consumer group");
    }

    @Test
    void docsShowTheCurrentMatrix() throws Exception {
        String events = Files.readString(KafkaBroker.servicesFolder().resolveSibling("docs/events.md"));

        assertThat(events).as("docs/events.md: paste the output of KafkaAccess table")
                .contains(KafkaAccess.table(services));
    }

    private KafkaAccess.ServiceAccess service(String name) {
        return services.stream().filter(service -> service.principal().equals(name)).findFirst().orElseThrow();
    }
}
