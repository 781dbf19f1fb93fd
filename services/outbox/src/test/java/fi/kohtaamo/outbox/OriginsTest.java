package fi.kohtaamo.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OriginsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Origins origins = new Origins(Map.of(
            "fi.kohtaamo.client.", origin("kohtaamo.clients.v1", "/kohtaamo/client-registry"),
            "fi.kohtaamo.client.export-part.", origin("kohtaamo.exports.v1", "/kohtaamo/contact-routing", "/kohtaamo/feedback"),
            "fi.kohtaamo.contact.", origin("kohtaamo.contacts.v1", "/kohtaamo/contact-routing")));

    @Test
    void believesAnEventOnItsOwnersTopicFromItsOwner() {
        assertThat(origins.refusal("kohtaamo.contacts.v1", event("fi.kohtaamo.contact.received.v1", "/kohtaamo/contact-routing")))
                .isEmpty();
    }

    @Test
    void refusesTheRightTypeFromAnotherSource() {
        assertThat(origins.refusal("kohtaamo.contacts.v1", event("fi.kohtaamo.contact.received.v1", "/kohtaamo/feedback")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("from source /kohtaamo/feedback")
                        .contains("not from /kohtaamo/contact-routing"));
    }

    @Test
    void refusesTheRightSourceOnAnotherTopic() {
        // Anyone able to write the contacts topic could otherwise erase a client.
        assertThat(origins.refusal("kohtaamo.contacts.v1", event("fi.kohtaamo.client.erased.v1", "/kohtaamo/client-registry")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("read from topic kohtaamo.contacts.v1")
                        .contains("owner's topic kohtaamo.clients.v1"));
    }

    @Test
    void theLongestPrefixDecidesAndMayNameSeveralSources() {
        assertThat(origins.refusal("kohtaamo.exports.v1", event("fi.kohtaamo.client.export-part.v1", "/kohtaamo/feedback"))).isEmpty();
        assertThat(origins.refusal("kohtaamo.exports.v1", event("fi.kohtaamo.client.export-part.v1", "/kohtaamo/contact-routing")))
                .isEmpty();
        assertThat(origins.refusal("kohtaamo.exports.v1", event("fi.kohtaamo.client.export-part.v1", "/kohtaamo/client-registry")))
                .isPresent();
        assertThat(origins.refusal("kohtaamo.clients.v1", event("fi.kohtaamo.client.export-part.v1", "/kohtaamo/feedback")))
                .isPresent();
    }

    /** The registry's sealed export parts: each answering service on its own topic, never on another's. */
    @Test
    void severalTopicsPairWithTheSourcesInOrder() {
        Origins paired = new Origins(Map.of("fi.kohtaamo.client.export-part.",
                origin("kohtaamo.contacts.v1,kohtaamo.feedback.v1", "/kohtaamo/contact-routing", "/kohtaamo/feedback")));
        String type = "fi.kohtaamo.client.export-part.v2";

        assertThat(paired.refusal("kohtaamo.contacts.v1", event(type, "/kohtaamo/contact-routing"))).isEmpty();
        assertThat(paired.refusal("kohtaamo.feedback.v1", event(type, "/kohtaamo/feedback"))).isEmpty();
        assertThat(paired.refusal("kohtaamo.feedback.v1", event(type, "/kohtaamo/contact-routing")))
                .as("feedback passing a part off as contact routing's").isPresent();
        assertThat(paired.refusal("kohtaamo.contacts.v1", event(type, "/kohtaamo/feedback"))).isPresent();
        assertThatThrownBy(() -> new Origins(Map.of("fi.kohtaamo.x.", origin("a,b", "/one"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesATypeTheConsumerDoesNotDeclare() {
        assertThat(origins.refusal("kohtaamo.contacts.v1", event("fi.kohtaamo.knowledge.article.published.v1", "/kohtaamo/knowledge-portal")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not one this consumer reads"));
    }

    private static CloudEvent event(String type, String source) {
        return CloudEvent.create(source, type, "subject-1", MAPPER.createObjectNode());
    }

    private static InboxConfig.Origin origin(String topic, String... sources) {
        return new InboxConfig.Origin() {
            @Override
            public List<String> topic() {
                return List.of(topic.split(","));
            }

            @Override
            public List<String> sources() {
                return List.of(sources);
            }
        };
    }
}
