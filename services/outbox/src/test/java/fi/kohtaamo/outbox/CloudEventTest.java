package fi.kohtaamo.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void roundTripsThroughStructuredJson() {
        CloudEvent event = CloudEvent.create("/kohtaamo/contact-routing", "fi.kohtaamo.contact.received.v1", "c-1",
                mapper.createObjectNode().put("trackingCode", "KH-ABC"));

        String json = event.toJson(mapper);

        assertThat(json).contains("\"specversion\":\"1.0\"", "\"datacontenttype\":\"application/json\"");
        assertThat(CloudEvent.parse(mapper, json)).isEqualTo(event);
    }

    @Test
    void carriesTheTraceparentExtensionWhenItHasOne() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        CloudEvent event = new CloudEvent(UUID.randomUUID(), "/kohtaamo/feedback", "fi.kohtaamo.feedback.received.v1", "f-1",
                OffsetDateTime.parse("2026-01-02T03:04:05Z"), mapper.createObjectNode(), traceparent);

        String json = event.toJson(mapper);

        assertThat(json).contains("\"traceparent\":\"" + traceparent + "\"");
        assertThat(CloudEvent.parse(mapper, json).traceparent()).isEqualTo(traceparent);
    }

    @Test
    void createdOutsideAnyTraceItHasNoTraceparent() {
        CloudEvent event = CloudEvent.create("/kohtaamo/feedback", "fi.kohtaamo.feedback.received.v1", "f-2",
                mapper.createObjectNode());

        assertThat(event.traceparent()).isNull();
        assertThat(event.toJson(mapper)).doesNotContain("traceparent");
    }

    @Test
    void rejectsWhatIsNotACloudEvent() {
        assertThatThrownBy(() -> CloudEvent.parse(mapper, "{\"specversion\":\"0.3\"}")).hasMessageContaining("specversion");
        assertThatThrownBy(() -> CloudEvent.parse(mapper, "[1]")).hasMessageContaining("object");
        assertThatThrownBy(() -> CloudEvent.parse(mapper, "{\"specversion\":\"1.0\",\"id\":\"x\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CloudEvent.parse(mapper, "nope")).hasMessageContaining("not JSON");
    }
}
