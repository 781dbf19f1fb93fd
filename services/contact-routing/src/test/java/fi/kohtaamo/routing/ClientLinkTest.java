package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.KnownClient;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Staff link a contact to the client it concerns and undo a wrong link; the registry hears of both. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class ClientLinkTest {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "link-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anAgentLinksAndUnlinksTheClientAndEachIsAHistoryLineAndAnEvent() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        UUID id = WorkFixtures.contact(queue, 3, "fi", Map.of(), 5);
        UUID client = knownClient(List.of("farmers"));
        String path = "/api/v1/contacts/" + id + "/client";
        // Seeing the queue is not enough: the link opens the client's record, so the contact's holder makes it.
        given().contentType(ContentType.JSON).body(Map.of("clientId", client)).when().put(path).then().statusCode(403);
        given().when().delete(path).then().statusCode(403);
        holdAs(id, "link-agent");

        given().contentType(ContentType.JSON).body(Map.of()).when().put(path)
                .then().statusCode(400).body("violations[0].field", equalTo("clientId"));
        given().contentType(ContentType.JSON).body(Map.of("clientId", client)).when().put(path)
                .then().statusCode(200).body("clientId", equalTo(client.toString())).body("segments", contains("farmers"));
        given().contentType(ContentType.JSON).body(Map.of("clientId", client)).when().put(path)
                .then().statusCode(200).body("clientId", equalTo(client.toString()));
        given().when().delete(path).then().statusCode(200).body("clientId", nullValue());
        given().when().delete(path).then().statusCode(200);

        given().when().get("/api/v1/contacts/" + id).then().statusCode(200)
                .body("history.kind", contains("CLIENT_LINKED", "CLIENT_UNLINKED"))
                .body("history[0].actor", equalTo("link-agent"))
                .body("history[0].details.clientId", equalTo(client.toString()))
                .body("history[1].details.previousClientId", equalTo(client.toString()));

        List<ConsumerRecord<String, String>> records = new KafkaTestClient(bootstrapServers)
                .await("kohtaamo.contacts.v1", record -> id.toString().equals(record.key()), 2, Duration.ofSeconds(30));
        CloudEvent linked = parse(records.get(0));
        CloudEvent unlinked = parse(records.get(1));
        assertThat(linked.type()).isEqualTo("fi.kohtaamo.contact.client-linked.v1");
        assertThat(linked.data().path("clientId").asText()).isEqualTo(client.toString());
        assertThat(linked.data().path("organisation").asText()).isEqualTo("ely-uusimaa");
        assertThat(unlinked.type()).isEqualTo("fi.kohtaamo.contact.client-unlinked.v1");
        assertThat(unlinked.data().path("clientId").isNull()).isTrue();
        assertThat(records).allSatisfy(record -> assertThat(record.value()).doesNotContain("test contact"));
    }

    @Test
    @TestSecurity(user = "link-agent-2", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aClosedContactKeepsItsClient() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        UUID id = WorkFixtures.contact(queue, 3, "fi", Map.of(), 5);
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(id);
            contact.status = ContactStatus.CLOSED;
            contact.assignedTo = "link-agent-2";
            contact.resolvedAt = contact.closedAt = Instant.now();
        });
        given().contentType(ContentType.JSON).body(Map.of("clientId", UUID.randomUUID())).when()
                .put("/api/v1/contacts/" + id + "/client").then().statusCode(409).body("type", endsWith("/contact-closed"));
        given().when().delete("/api/v1/contacts/" + id + "/client").then().statusCode(409);
        assertThat(WorkFixtures.reload(id).clientId).isNull();

        // A signed-in citizen's own contact: they are its client by their sign-in, nobody relinks it.
        UUID own = WorkFixtures.contact(queue, 3, "fi", Map.of(), 5);
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(own);
            contact.clientSubject = "citizen-subject";
        });
        holdAs(own, "link-agent-2");
        given().contentType(ContentType.JSON).body(Map.of("clientId", UUID.randomUUID())).when()
                .put("/api/v1/contacts/" + own + "/client").then().statusCode(409);
        given().when().delete("/api/v1/contacts/" + own + "/client").then().statusCode(409);
    }

    private static void holdAs(UUID id, String subject) {
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(id);
            contact.status = ContactStatus.ASSIGNED;
            contact.assignedTo = subject;
            contact.assignedAt = Instant.now();
        });
    }

    @Test
    @TestSecurity(user = "link-agent-pirkanmaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsContactIsNotFoundAndASharedQueuesIsNotLinkedByTheGuest() {
        Queue hidden = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        UUID other = WorkFixtures.contact(hidden, 3, "fi", Map.of(), 5);
        given().contentType(ContentType.JSON).body(Map.of("clientId", UUID.randomUUID())).when()
                .put("/api/v1/contacts/" + other + "/client").then().statusCode(404);
        given().when().delete("/api/v1/contacts/" + other + "/client").then().statusCode(404);

        Queue shared = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        QuarkusTransaction.requiringNew().run(() -> ((Queue) Queue.findById(shared.id)).sharedWith.add("ely-pirkanmaa"));
        UUID guest = WorkFixtures.contact(shared, 3, "fi", Map.of(), 5);
        given().contentType(ContentType.JSON).body(Map.of("clientId", UUID.randomUUID())).when()
                .put("/api/v1/contacts/" + guest + "/client").then().statusCode(403);
        assertThat(WorkFixtures.reload(guest).clientId).isNull();
    }

    @Test
    @TestSecurity(user = "link-citizen", roles = "citizen")
    void aCitizenLinksNothing() {
        given().contentType(ContentType.JSON).body(Map.of("clientId", UUID.randomUUID())).when()
                .put("/api/v1/contacts/" + UUID.randomUUID() + "/client").then().statusCode(403);
    }

    @Test
    void anAnonymousCallerIsAskedToSignIn() {
        given().when().delete("/api/v1/contacts/" + UUID.randomUUID() + "/client").then().statusCode(401);
    }

    private static UUID knownClient(List<String> segments) {
        return QuarkusTransaction.requiringNew().call(() -> {
            KnownClient client = new KnownClient();
            client.clientId = UUID.randomUUID();
            client.segments = new java.util.ArrayList<>(segments);
            client.upstream = new fi.kohtaamo.outbox.UpstreamVersion(1, Instant.now());
            client.persist();
            return client.clientId;
        });
    }

    private CloudEvent parse(ConsumerRecord<String, String> record) {
        try {
            return CloudEvent.parse(mapper, record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
