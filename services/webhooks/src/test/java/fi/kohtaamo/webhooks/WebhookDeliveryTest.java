package fi.kohtaamo.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.webhooks.domain.Subscription;
import fi.kohtaamo.webhooks.service.Signatures;
import fi.kohtaamo.webhooks.service.Subscriptions;
import jakarta.inject.Inject;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Deliveries to a real HTTP receiver, from events published to the real Kafka topics: signatures,
 * order per contact with a retry after 503, parking after repeated failure, redelivery, a 410
 * ending the subscription, and only the organisation's own events. The caller is the demo agency
 * system of ely-uusimaa (client credentials). The test profile retries after 0.1 s doubling to 0.2 s
 * for 3 s (passes come a second apart: a shorter window could park a delivery before its first retry).
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "webhooks"))
@TestSecurity(user = "service-account-demo-agency-system")
@OidcSecurity(claims = {@Claim(key = "org", value = "ely-uusimaa"), @Claim(key = "client_id", value = "demo-agency-system")})
class WebhookDeliveryTest {

    private static final Path RECEIVED = Path.of("../contact-routing/events/contact.received.v1.example.json");
    private static final Path RESOLVED = Path.of("../contact-routing/events/contact.resolved.v1.example.json");
    private static final Path AUTOMATION_WEBHOOK = Path.of("../contact-routing/events/contact.automation-webhook.v1.example.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Receiver receiver;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Subscriptions subscriptions;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    static Map<String, Object> subscription(String url, List<String> types) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("description", "Lupajärjestelmä");
        body.put("eventTypes", types);
        return body;
    }

    static ExtractableResponse<Response> subscribe(String url, List<String> types) {
        return given().contentType(ContentType.JSON).body(subscription(url, types))
                .when().post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract();
    }

    /** A contact event as contact routing writes it, from its examples, for this contact and organisation. */
    ObjectNode contactEvent(String type, UUID contactId, String organisation) throws Exception {
        ObjectNode event = (ObjectNode) MAPPER.readTree(Files.readString(type.endsWith("received.v1") ? RECEIVED : RESOLVED));
        event.put("id", UUID.randomUUID().toString()).put("type", type).put("subject", contactId.toString());
        ((ObjectNode) event.get("data")).put("contactId", contactId.toString()).put("organisation", organisation)
                .put("clientId", UUID.randomUUID().toString()).putNull("submittedBy");
        return event;
    }

    void publish(ObjectNode event) {
        new KafkaTestClient(bootstrapServers).publish("kohtaamo.contacts.v1", event.path("subject").asText(), event.toString());
    }

    static void awaitRequests(String path, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.on(path).size() >= count);
    }

    @Test
    void signedInOrderPerContactRetriedAfter503AndOnlyTheOrganisationsOwn() throws Exception {
        String secret = subscribe(receiver.url("/ordered"), List.of("contact.received", "contact.resolved")).path("secret");
        assertThat(secret).startsWith("whsec_");
        receiver.answer("/ordered", 503);
        UUID contact = UUID.randomUUID();
        ObjectNode received = contactEvent("fi.kohtaamo.contact.received.v1", contact, "ely-uusimaa");
        ObjectNode routed = contactEvent("fi.kohtaamo.contact.routed.v1", contact, "ely-uusimaa");
        ObjectNode resolved = contactEvent("fi.kohtaamo.contact.resolved.v1", contact, "ely-uusimaa");
        ObjectNode elsewhere = contactEvent("fi.kohtaamo.contact.resolved.v1", UUID.randomUUID(), "ely-pirkanmaa");
        publish(received);
        publish(routed); // not subscribed
        publish(elsewhere); // another organisation's
        publish(resolved);

        awaitRequests("/ordered", 3);
        Thread.sleep(500); // nothing more may come
        List<Receiver.Request> requests = receiver.on("/ordered");
        assertThat(requests).extracting(Receiver.Request::id).containsExactly(
                received.path("id").asText(), received.path("id").asText(), resolved.path("id").asText());
        for (Receiver.Request request : requests) {
            assertThat(request.contentType()).startsWith("application/cloudevents+json");
            assertThat(request.signature()).isEqualTo("v1," + Signatures.sign(secret, request.id(), Long.parseLong(request.timestamp()),
                    request.body()));
            assertThat(Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(request.timestamp()))).isLessThan(60);
        }
        JsonNode sent = MAPPER.readTree(requests.get(2).body());
        assertThat(sent.path("id").asText()).isEqualTo(resolved.path("id").asText());
        assertThat(sent.path("type").asText()).isEqualTo("fi.kohtaamo.contact.resolved.v1");
        assertThat(sent.path("specversion").asText()).isEqualTo("1.0");
        assertThat(sent.path("data").path("contactId").asText()).isEqualTo(contact.toString());
        assertThat(sent.path("data").path("href").asText()).endsWith("/api/v1/contacts/" + contact);
        assertThat(sent.path("data").has("clientId")).as("no client id").isFalse();
        assertThat(sent.path("data").has("trackingCode")).isFalse();
        assertThat(sent.path("data").has("segments")).isFalse();
    }

    @Inject
    fi.kohtaamo.webhooks.service.WantedTypes wantedTypes;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    /**
     * An event no subscription lists is passed over without a database statement (no inbox row);
     * one a subscription lists is applied once and delivered.
     */
    @Test
    void anEventNoSubscriptionWantsLeavesNoTrace() throws Exception {
        subscribeAs("ely-kainuu", "kainuu-system", "/wanted", List.of("contact.received"));
        // read again since the subscription's commit (until then every event is looked at)
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !wantedTypes.mayWant("ely-kainuu", "contact.assigned"));
        UUID contact = UUID.randomUUID();
        ObjectNode assigned = contactEvent("fi.kohtaamo.contact.assigned.v1", contact, "ely-kainuu");
        ObjectNode received = contactEvent("fi.kohtaamo.contact.received.v1", contact, "ely-kainuu");
        publish(assigned);
        publish(received); // the same contact, so the same partition: read after the first
        awaitRequests("/wanted", 1);
        assertThat(receiver.on("/wanted")).extracting(Receiver.Request::id).containsExactly(received.path("id").asText());
        assertThat(inboxRows(assigned)).as("the unwanted event: no inbox row").isZero();
        assertThat(inboxRows(received)).as("the wanted one: applied once").isEqualTo(1);
    }

    private int inboxRows(ObjectNode event) throws Exception {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select count(*) from inbox_event where event_id = ?")) {
            statement.setObject(1, UUID.fromString(event.path("id").asText()));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** A subscription of another organisation's agency system, made as that system would make it. */
    Subscription subscribeAs(String organisation, String clientId, String path, List<String> types) {
        Caller system = new Caller("sub-" + clientId, "service-account-" + clientId, organisation, Set.of(), true, clientId);
        return subscriptions.create(new Subscriptions.Settings(receiver.url(path), null, types, true), system);
    }

    /**
     * Issue 26: a contact org A's system submitted and routed to org B reaches A's subscription (ids
     * and states only: no queue code, priority or link to B's API) and B's (all of it), never org C's.
     */
    @Test
    void aContactSubmittedToAnotherOrganisationReachesTheSubmitterAndTheOwnerButNoOneElse() throws Exception {
        Subscription submitter = subscribeAs("ely-pirkanmaa", "pirkanmaa-case-system", "/submitter",
                List.of("contact.received", "contact.resolved"));
        assertThat(submitter.createdByClient).isEqualTo("pirkanmaa-case-system");
        subscribe(receiver.url("/owner"), List.of("contact.received", "contact.resolved"));
        subscribeAs("kela", "kela-case-system", "/third", List.of("contact.received", "contact.resolved"));
        UUID contact = UUID.randomUUID();
        ObjectNode received = contactEvent("fi.kohtaamo.contact.received.v1", contact, "ely-uusimaa");
        ObjectNode resolved = contactEvent("fi.kohtaamo.contact.resolved.v1", contact, "ely-uusimaa");
        for (ObjectNode event : List.of(received, resolved)) {
            ((ObjectNode) event.get("data")).putObject("submittedBy").put("clientId", "pirkanmaa-case-system")
                    .put("organisation", "ely-pirkanmaa");
            publish(event);
        }
        // an event naming no submitter reaches only its organisation
        ObjectNode unsubmitted = contactEvent("fi.kohtaamo.contact.received.v1", UUID.randomUUID(), "ely-uusimaa");
        publish(unsubmitted);

        awaitRequests("/submitter", 2);
        awaitRequests("/owner", 3);
        Thread.sleep(500); // nothing more may come
        assertThat(receiver.on("/submitter")).extracting(Receiver.Request::id)
                .containsExactly(received.path("id").asText(), resolved.path("id").asText());
        assertThat(receiver.on("/owner")).extracting(Receiver.Request::id).containsExactlyInAnyOrder(
                received.path("id").asText(), resolved.path("id").asText(), unsubmitted.path("id").asText());
        assertThat(receiver.on("/third")).as("another organisation's").isEmpty();

        JsonNode toSubmitter = MAPPER.readTree(receiver.on("/submitter").get(1).body()).path("data");
        assertThat(toSubmitter.path("contactId").asText()).isEqualTo(contact.toString());
        assertThat(toSubmitter.path("status").asText()).isEqualTo("RESOLVED");
        assertThat(toSubmitter.path("submittedBy").path("clientId").asText()).isEqualTo("pirkanmaa-case-system");
        assertThat(toSubmitter.has("queueId")).isTrue();
        for (String withheld : List.of("queueCode", "priority", "slaState", "href", "clientId", "segments", "trackingCode")) {
            assertThat(toSubmitter.has(withheld)).as("the submitter gets no %s", withheld).isFalse();
        }
        JsonNode toOwner = MAPPER.readTree(receiver.on("/owner").stream().filter(r -> r.id().equals(resolved.path("id").asText()))
                .findFirst().orElseThrow().body()).path("data");
        assertThat(toOwner.path("queueCode").asText()).isNotEmpty();
        assertThat(toOwner.path("href").asText()).endsWith("/api/v1/contacts/" + contact);
        assertThat(toOwner.path("submittedBy").path("organisation").asText()).isEqualTo("ely-pirkanmaa");
    }

    /** Contact routing's automation-webhook event, from its example, naming this subscription for this contact. */
    static ObjectNode automationEvent(UUID contactId, String organisation, String subscriptionId) throws Exception {
        ObjectNode event = (ObjectNode) MAPPER.readTree(Files.readString(AUTOMATION_WEBHOOK));
        event.put("id", UUID.randomUUID().toString()).put("subject", contactId.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("contactId", contactId.toString()).put("organisation", organisation);
        ((ObjectNode) data.get("details")).put("subscriptionId", subscriptionId);
        return event;
    }

    /**
     * "Call a webhook" (issue 26): an automation rule's event reaches the one subscription it names,
     * of the contact's organisation, though it lists other types; another organisation's subscription
     * and an unknown id get nothing.
     */
    @Test
    void anAutomationRuleCallsTheNamedSubscriptionOfItsOrganisationOnly() throws Exception {
        String own = subscribe(receiver.url("/automation"), List.of("contact.closed")).path("subscription.id");
        subscribe(receiver.url("/automation-other"), List.of("contact.closed"));
        Subscription foreign = subscribeAs("kela", "kela-case-system", "/automation-foreign", List.of("contact.closed"));
        UUID contact = UUID.randomUUID();
        ObjectNode toForeign = automationEvent(contact, "ely-uusimaa", foreign.id.toString());
        ObjectNode toUnknown = automationEvent(contact, "ely-uusimaa", UUID.randomUUID().toString());
        ObjectNode toOwn = automationEvent(contact, "ely-uusimaa", own);
        publish(toForeign);
        publish(toUnknown);
        publish(toOwn);

        awaitRequests("/automation", 1);
        Thread.sleep(500); // nothing more may come
        assertThat(receiver.on("/automation")).extracting(Receiver.Request::id).containsExactly(toOwn.path("id").asText());
        assertThat(receiver.on("/automation-other")).as("a subscription the rule did not name").isEmpty();
        assertThat(receiver.on("/automation-foreign")).as("another organisation's subscription").isEmpty();
        JsonNode sent = MAPPER.readTree(receiver.on("/automation").getFirst().body());
        assertThat(sent.path("type").asText()).isEqualTo("fi.kohtaamo.contact.automation-webhook.v1");
        assertThat(sent.path("data").path("contactId").asText()).isEqualTo(contact.toString());
        assertThat(sent.path("data").path("automation").path("subscriptionId").asText()).isEqualTo(own);
        assertThat(sent.path("data").path("automation").path("automationRuleId").asText()).isNotEmpty();
        assertThat(sent.path("data").has("clientId")).isFalse();
        assertThat(sent.path("data").has("segments")).isFalse();
    }

    @Test
    void parkedAfterRepeatedFailureThenRedeliveredThroughTheApi() throws Exception {
        receiver.answerAlways("/down", 500);
        String id = subscribe(receiver.url("/down"), List.of("contact.received")).path("subscription.id");
        UUID contact = UUID.randomUUID();
        ObjectNode received = contactEvent("fi.kohtaamo.contact.received.v1", contact, "ely-uusimaa");
        publish(received);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "PARKED".equals(
                given().when().get("/api/v1/webhooks/subscriptions/" + id + "/deliveries").then().statusCode(200)
                        .extract().path("[0].status")));
        ExtractableResponse<Response> log = given().when().get("/api/v1/webhooks/subscriptions/" + id + "/deliveries")
                .then().statusCode(200).body("[0].eventId", equalTo(received.path("id").asText()))
                .body("[0].lastStatusCode", equalTo(500)).extract();
        int attempts = log.path("[0].attempts");
        assertThat(attempts).as("retried before parking").isGreaterThanOrEqualTo(2);
        assertThat(java.time.Duration.between(java.time.Instant.parse(log.path("[0].createdAt")),
                java.time.Instant.parse(log.path("[0].parkedAt")))).as("parked once the retry window (3 s) ran out")
                .isGreaterThanOrEqualTo(Duration.ofMillis(3000));
        assertThat(log.<List<Integer>>path("[0].attemptLog.statusCode")).hasSize(attempts).containsOnly(500);
        assertThat(receiver.on("/down")).hasSize(attempts);
        Thread.sleep(500);
        assertThat(receiver.on("/down")).as("parked: no more attempts").hasSize(attempts);

        receiver.answerAlways("/down", 204);
        String deliveryId = log.path("[0].id");
        given().when().post("/api/v1/webhooks/subscriptions/" + id + "/deliveries/" + deliveryId + "/redelivery")
                .then().statusCode(202).body("status", equalTo("PENDING"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(
                given().when().get("/api/v1/webhooks/subscriptions/" + id + "/deliveries/" + deliveryId).then().statusCode(200)
                        .extract().path("status")));
        assertThat(receiver.on("/down").getLast().id()).isEqualTo(received.path("id").asText());
    }

    @Test
    void aReceiverAnswering410EndsTheSubscription() {
        receiver.answerAlways("/gone", 410);
        String id = subscribe(receiver.url("/gone"), List.of("contact.closed")).path("subscription.id");
        given().when().post("/api/v1/webhooks/subscriptions/" + id + "/test-events").then().statusCode(202);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.FALSE.equals(
                given().when().get("/api/v1/webhooks/subscriptions/" + id).then().statusCode(200).extract().path("active")));
        given().when().get("/api/v1/webhooks/subscriptions/" + id).then().body("endedReason", equalTo("GONE"));
        given().when().get("/api/v1/webhooks/subscriptions/" + id + "/deliveries").then()
                .body("[0].status", equalTo("PARKED")).body("[0].lastStatusCode", equalTo(410))
                .body("[0].eventType", equalTo("fi.kohtaamo.webhooks.test.v1"));
        assertThat(receiver.on("/gone")).hasSize(1);
    }

    /**
     * A receiver that answers 200 at once and then never finishes its body (a byte now and then):
     * the request timeout (3 s here) ends at the headers, so a worker that read the body would wait
     * for ever, and every other delivery of the pass, any organisation's, with it.
     */
    @Test
    void aReceiverThatNeverFinishesItsBodyHoldsNoDelivery() throws Exception {
        try (ServerSocket trickling = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new CopyOnWriteArrayList<>();
            Thread server = Thread.ofVirtual().start(() -> {
                while (!trickling.isClosed()) {
                    try {
                        Socket socket = trickling.accept();
                        accepted.add(socket);
                        Thread.ofVirtual().start(() -> trickle(socket));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            try {
                String id = subscribe("http://127.0.0.1:" + trickling.getLocalPort() + "/trickle", List.of("contact.closed"))
                        .path("subscription.id");
                given().when().post("/api/v1/webhooks/subscriptions/" + id + "/test-events").then().statusCode(202);
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(
                        given().when().get("/api/v1/webhooks/subscriptions/" + id + "/deliveries").then().statusCode(200)
                                .extract().path("[0].status")));
                given().when().get("/api/v1/webhooks/subscriptions/" + id + "/deliveries").then()
                        .body("[0].lastStatusCode", equalTo(200));

                // the worker goes on: a healthy receiver's test event after it arrives too
                String healthy = subscribe(receiver.url("/after-trickle"), List.of("contact.closed")).path("subscription.id");
                given().when().post("/api/v1/webhooks/subscriptions/" + healthy + "/test-events").then().statusCode(202);
                awaitRequests("/after-trickle", 1);
            } finally {
                trickling.close();
                for (Socket socket : accepted) {
                    socket.close();
                }
                server.join(5_000);
            }
        }
    }

    private static void trickle(Socket socket) {
        try (socket) {
            BufferedReader request = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String line;
            while ((line = request.readLine()) != null && !line.isEmpty()) {
                // the request's head; its small body stays unread
            }
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            while (true) {
                out.write('x');
                out.flush();
                Thread.sleep(200);
            }
        } catch (IOException | InterruptedException gone) {
            // the client let go, or the test ended
        }
    }

    @Test
    void aRotatedSecretSignsBesideThePreviousDuringTheOverlap() throws Exception {
        ExtractableResponse<Response> created = subscribe(receiver.url("/rotated"), List.of("contact.closed"));
        String id = created.path("subscription.id");
        String first = created.path("secret");
        given().when().post("/api/v1/webhooks/subscriptions/" + id + "/secret").then().statusCode(428);
        given().header("If-Match", "\"7\"").when().post("/api/v1/webhooks/subscriptions/" + id + "/secret").then().statusCode(412);
        ExtractableResponse<Response> rotated = given().header("If-Match", created.header("ETag"))
                .when().post("/api/v1/webhooks/subscriptions/" + id + "/secret").then().statusCode(200)
                .body("subscription.previousSecretUntil", org.hamcrest.Matchers.notNullValue()).extract();
        String second = rotated.path("secret");
        assertThat(second).isNotEqualTo(first);
        given().when().post("/api/v1/webhooks/subscriptions/" + id + "/test-events").then().statusCode(202);
        awaitRequests("/rotated", 1);
        Receiver.Request request = receiver.on("/rotated").getFirst();
        long timestamp = Long.parseLong(request.timestamp());
        assertThat(request.signature()).isEqualTo("v1," + Signatures.sign(second, request.id(), timestamp, request.body())
                + " v1," + Signatures.sign(first, request.id(), timestamp, request.body()));
        assertThat(MAPPER.readTree(request.body()).path("id").asText()).isEqualTo(request.id());
    }

    @Test
    void catalogueAndFeedbackEventsOfTheOrganisationArriveWithIdsStatesAndALink() throws Exception {
        subscribe(receiver.url("/catalogue"), List.of("service.published", "service.withdrawn", "feedback.answered"));
        UUID service = UUID.randomUUID();
        ObjectNode published = (ObjectNode) MAPPER.readTree(Files.readString(Path.of("../service-catalogue/events/service.published.v1.example.json")));
        published.put("id", UUID.randomUUID().toString()).put("subject", service.toString());
        ((ObjectNode) published.get("data")).put("serviceId", service.toString());
        ObjectNode withdrawn = (ObjectNode) MAPPER.readTree(Files.readString(Path.of("../service-catalogue/events/service.withdrawn.v1.example.json")));
        withdrawn.put("id", UUID.randomUUID().toString()).put("subject", service.toString());
        ((ObjectNode) withdrawn.get("data")).put("serviceId", service.toString());
        ObjectNode elsewhere = published.deepCopy().put("id", UUID.randomUUID().toString());
        ((ObjectNode) elsewhere.get("data")).put("organisation", "ely-pirkanmaa");
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.catalogue.v1", service.toString(), elsewhere.toString());
        kafka.publish("kohtaamo.catalogue.v1", service.toString(), published.toString());
        kafka.publish("kohtaamo.catalogue.v1", service.toString(), withdrawn.toString());
        UUID feedback = UUID.randomUUID();
        ObjectNode answered = MAPPER.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "/kohtaamo/feedback").put("type", "fi.kohtaamo.feedback.answered.v1").put("subject", feedback.toString())
                .put("time", "2026-12-01T10:00:00Z").put("datacontenttype", "application/json");
        answered.putObject("data").put("feedbackId", feedback.toString()).put("organisation", "ely-uusimaa")
                .put("reference", "PA-1234").put("status", "ANSWERED").put("answeredAt", "2026-12-01T10:00:00Z").put("onTime", true);
        kafka.publish("kohtaamo.feedback.v1", feedback.toString(), answered.toString());

        awaitRequests("/catalogue", 3);
        Thread.sleep(500);
        List<Receiver.Request> requests = receiver.on("/catalogue");
        assertThat(requests).extracting(Receiver.Request::id).containsExactlyInAnyOrder(published.path("id").asText(),
                withdrawn.path("id").asText(), answered.path("id").asText());
        assertThat(requests.stream().map(Receiver.Request::id).filter(id -> !id.equals(answered.path("id").asText())).toList())
                .as("one service's events in order").containsExactly(published.path("id").asText(), withdrawn.path("id").asText());
        for (Receiver.Request request : requests) {
            JsonNode data = MAPPER.readTree(request.body()).path("data");
            if (request.id().equals(answered.path("id").asText())) {
                assertThat(data.path("href").asText()).endsWith("/api/v1/feedback/" + feedback);
                assertThat(data.path("status").asText()).isEqualTo("ANSWERED");
                assertThat(data.has("reference")).isFalse();
            } else {
                assertThat(data.path("href").asText()).endsWith("/api/v1/services/" + service);
                assertThat(data.has("name")).isFalse();
            }
        }
        JsonNode last = MAPPER.readTree(requests.stream().filter(r -> r.id().equals(withdrawn.path("id").asText())).findFirst()
                .orElseThrow().body()).path("data");
        assertThat(last.path("status").asText()).isEqualTo("WITHDRAWN");
    }
}
