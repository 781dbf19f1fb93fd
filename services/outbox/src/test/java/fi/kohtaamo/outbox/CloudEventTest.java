package fi.kohtaamo.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

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
    void rejectsWhatIsNotACloudEvent() {
        assertThatThrownBy(() -> CloudEvent.parse(mapper, "{\"specversion\":\"0.3\"}")).hasMessageContaining("specversion");
        assertThatThrownBy(() -> CloudEvent.parse(mapper, "[1]")).hasMessageContaining("object");
        assertThatThrownBy(() -> CloudEvent.parse(mapper, "{\"specversion\":\"1.0\",\"id\":\"x\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CloudEvent.parse(mapper, "nope")).hasMessageContaining("not JSON");
    }
}
