package fi.kohtaamo.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.feedback.service.Satisfaction;
import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One contact is one trace across services: routing's relay sends the trace of the request that
 * resolved a contact as the {@code traceparent} Kafka header; feedback's consumer continues that
 * trace, so the invitation it emits in response (through its own outbox) carries the same trace id,
 * with a span of feedback's own as parent, in the Kafka header and the CloudEvents extension.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class TraceContinuityTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String ROUTING_SPAN = "b7ad6b7169203331";

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theEventsAConsumedEventCausesContinueItsTrace() throws Exception {
        Fixtures fixtures = new Fixtures(mapper, bootstrapServers);
        UUID service = fixtures.service("ely-uusimaa", "PERMITS_AND_NOTIFICATIONS");

        UUID contact = fixtures.resolvedContact(service, "ely-uusimaa", null, "fi",
                Map.of("traceparent", "00-" + TRACE_ID + "-" + ROUTING_SPAN + "-01"));

        ConsumerRecord<String, String> invitation = fixtures.kafka().await("kohtaamo.feedback.v1",
                record -> contact.toString().equals(record.key()) && record.value().contains(Satisfaction.INVITED), 1,
                Duration.ofSeconds(30)).get(0);
        Header header = invitation.headers().lastHeader("traceparent");
        assertThat(header).as("the invitation carries a trace context").isNotNull();
        String traceparent = new String(header.value(), StandardCharsets.UTF_8);
        assertThat(traceparent).as("routing's trace, continued by a span of feedback's own")
                .matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01")
                .doesNotContain(ROUTING_SPAN);
        assertThat(mapper.readTree(invitation.value()).path("traceparent").asText())
                .as("the CloudEvents extension says the same").isEqualTo(traceparent);
    }
}
