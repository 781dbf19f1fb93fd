package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.routing.domain.CallBack;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.service.ServiceLevels;
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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Call-back requests against real PostgreSQL and Kafka: the offered times, intake with times
 * inside and outside the queue's hours, the first response due when the first chosen time ends,
 * call attempts by the holder only, and the number gone with the client's erasure.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class CallBackRequestTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Path ERASED = Path.of("../client-registry/events/client.erased.v1.example.json");

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static Map<String, Object> request(Object callback) {
        Map<String, Object> request = new HashMap<>();
        request.put("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString());
        request.put("description", "Soittakaa minulle liittymäluvasta");
        request.put("language", "fi");
        request.put("attributes", RoutingTestSupport.PERMIT_ANSWERS);
        request.put("callback", callback);
        return request;
    }

    private static Map<String, Object> window(LocalDate date, String from, String to) {
        return Map.of("date", date.toString(), "from", from, "to", to);
    }

    private static LocalDate nextWeekday(DayOfWeek day) {
        LocalDate date = LocalDate.now(HELSINKI).plusDays(1).with(TemporalAdjusters.nextOrSame(day));
        return date.getMonthValue() == 12 && date.getDayOfMonth() >= 24 ? date.plusWeeks(2) : date; // not over Christmas
    }

    @Test
    void aCitizenAsksToBeCalledBackAtAnOfferedTimeAndTheFirstResponseIsDueWhenItEnds() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
        List<Map<String, String>> slots = given().queryParam("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString())
                .when().get("/api/v1/contacts/callback-slots")
                .then().statusCode(200).body("$", not(empty())).extract().jsonPath().getList("$");
        assertThat(slots).allSatisfy(slot -> {
            assertThat(LocalDate.parse(slot.get("date")).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(slot.get("from")).isGreaterThanOrEqualTo("08:00");
            assertThat(slot.get("to")).isLessThanOrEqualTo("16:15");
        });
        Map<String, String> chosen = slots.get(slots.size() - 1);

        JsonPath created = given().contentType(ContentType.JSON)
                .body(request(Map.of("phone", "040 123 4567", "windows", List.of(chosen))))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().jsonPath();
        UUID id = UUID.fromString(created.getString("id"));
        Contact contact = WorkFixtures.reload(id);
        assertThat(contact.channel).isEqualTo(Channel.PHONE);
        assertThat(contact.contactPhone).isEqualTo("040 123 4567");
        assertThat(contact.queue.code).isEqualTo("uusimaa-permits");
        CallBack.Window window = contact.preferredWindows().get(0);
        assertThat(window.stored()).isEqualTo(chosen.get("date") + "T" + chosen.get("from") + "/" + chosen.get("to"));
        assertThat(contact.firstResponseDue).isEqualTo(window.endsAt(HELSINKI));
        assertThat(contact.firstResponseAtRisk).isBetween(window.startsAt(HELSINKI), window.endsAt(HELSINKI));
        assertThat(contact.resolutionDue).as("the resolution target is the policy's").isAfter(contact.firstResponseDue);

        List<ConsumerRecord<String, String>> events = new KafkaTestClient(bootstrapServers).await("kohtaamo.contacts.v1",
                record -> record.key().equals(id.toString()), 2, Duration.ofSeconds(30));
        assertThat(events).extracting(record -> mapper.readValue(record.value(), CloudEvent.class).type())
                .containsExactly("fi.kohtaamo.contact.received.v1", "fi.kohtaamo.contact.routed.v1");
        assertThat(events).allSatisfy(record -> assertThat(record.value()).doesNotContain("123 4567").doesNotContain("4567"));
        assertThat(events.get(1).value()).contains("\"callBack\":true");
    }

    @Test
    void timesOutsideTheHoursInThePastOrMalformedAreRefusedNamingTheField() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
        LocalDate tuesday = nextWeekday(DayOfWeek.TUESDAY);
        refused(request(Map.of("phone", "0401234567", "windows", List.of(window(nextWeekday(DayOfWeek.SATURDAY), "10:00", "11:00")))),
                "callback.windows[0].from");
        refused(request(Map.of("phone", "0401234567", "windows", List.of(window(tuesday, "09:00", "10:00"),
                window(tuesday, "11:00", "12:30")))), "callback.windows[1].from");
        refused(request(Map.of("phone", "0401234567", "windows", List.of(window(LocalDate.now(HELSINKI).minusDays(7), "09:00", "10:00")))),
                "callback.windows[0].date");
        refused(request(Map.of("phone", "0401234567", "windows", List.of(window(tuesday, "10:00", "09:00")))),
                "callback.windows[0].to");
        refused(request(Map.of("phone", "0401234567", "windows", List.of())), "callback.windows");
        refused(request(Map.of("phone", "0401234567")), "callback.windows");
        refused(request(Map.of("phone", "0401234567", "windows", List.of(Map.of("date", tuesday.toString(), "from", "nine", "to", "10:00")))),
                "callback.windows[0].from");
        refused(request(Map.of("phone", "0401234567", "windows", "tomorrow")), "callback.windows");
        refused(request(Map.of("phone", "soita minulle", "windows", List.of(window(tuesday, "09:00", "10:00")))), "callback.phone");
        refused(request(Map.of("phone", "040\u00001234567", "windows", List.of(window(tuesday, "09:00", "10:00")))), "callback.phone");
        refused(request(Map.of("phone", "4".repeat(100_000), "windows", List.of(window(tuesday, "09:00", "10:00")))), "callback.phone");
        refused(request(Map.of("windows", List.of(window(tuesday, "09:00", "10:00")))), "callback.phone");

        Map<String, Object> twoNumbers = request(Map.of("phone", "0401234567", "windows", List.of(window(tuesday, "09:00", "10:00"))));
        twoNumbers.put("contact", Map.of("phone", "0509876543"));
        refused(twoNumbers, "contact.phone");
        Map<String, Object> byMail = request(Map.of("phone", "0401234567", "windows", List.of(window(tuesday, "09:00", "10:00"))));
        byMail.put("channel", "EMAIL");
        refused(byMail, "channel");

        given().queryParam("serviceId", "not-an-id").when().get("/api/v1/contacts/callback-slots")
                .then().statusCode(400).body("violations[0].field", equalTo("serviceId"));
        given().queryParam("serviceId", UUID.randomUUID().toString()).when().get("/api/v1/contacts/callback-slots")
                .then().statusCode(400).body("violations[0].field", equalTo("serviceId"));
    }

    private static void refused(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/contacts")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains(field));
    }

    /** A call-back in a first-line Uusimaa queue, its first time on the next working day but one. */
    private static UUID callBack(Queue queue, UUID clientId) {
        UUID id = WorkFixtures.contact(queue, 3, "fi", Map.of(), 1);
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(id);
            List<CallBack.Window> slots = CallBack.slots(ServiceLevels.calendarOf(contact.queue), Instant.now(), 2,
                    Duration.ofHours(2));
            contact.channel = Channel.PHONE;
            contact.contactPhone = "+358 40 765 4321";
            contact.clientId = clientId;
            contact.requestCallBack(List.of(slots.get(slots.size() - 1)), HELSINKI, 0.75);
        });
        return id;
    }

    @Test
    @TestSecurity(user = "callback-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theHolderRecordsCallAttemptsTheFirstIsTheFirstResponseAndTheClientNeverSeesThem() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, true);
        WorkFixtures.agent("callback-agent", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        UUID id = callBack(queue, null);
        String path = "/api/v1/contacts/" + id;

        given().when().get(path).then().statusCode(200)
                .body("callBack.phone", equalTo("+358 40 765 4321")).body("callBack.windows", hasSize(1))
                .body("callBack.windows[0].from", notNullValue())
                .body("callBack.attempts", empty()).body("callBack.suggestion", equalTo("CALL"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "NO_ANSWER")).when().post(path + "/call-attempts")
                .then().statusCode(403);
        given().when().post(path + "/take").then().statusCode(200).body("callBack.attempts", nullValue());

        given().contentType(ContentType.JSON).body(Map.of("outcome", "NO_ANSWER")).when().post(path + "/call-attempts")
                .then().statusCode(200).body("callBack.attempts.outcome", contains("NO_ANSWER"))
                .body("callBack.attempts[0].by", notNullValue())
                .body("callBack.suggestion", equalTo("CALL_AGAIN"))
                .body("serviceLevel.firstRespondedAt", notNullValue())
                .body("history.findAll { it.kind == 'CALL_ATTEMPT' }.visibleToClient", everyItem(equalTo(false)));
        Instant firstResponse = WorkFixtures.reload(id).firstRespondedAt;
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REACHED", "note", "Sovittiin, että hakemus tulee ensi viikolla."))
                .when().post(path + "/call-attempts")
                .then().statusCode(200).body("callBack.attempts.outcome", contains("NO_ANSWER", "REACHED"))
                .body("callBack.attempts[1].note", equalTo("Sovittiin, että hakemus tulee ensi viikolla."))
                .body("callBack.suggestion", equalTo("RESOLVE"));
        assertThat(WorkFixtures.reload(id).firstRespondedAt).as("only the first attempt is the first response").isEqualTo(firstResponse);
        assertThat(WorkFixtures.reload(id).firstResponseBreached).isFalse();

        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("outcome", "HUNG_UP"), Map.of("outcome", List.of("BUSY")), Map.of("note", "x"),
                Map.of("outcome", "BUSY", "note", "x".repeat(100_000)), Map.of("outcome", "BUSY", "note", "a\u0000b"),
                Map.of("outcome", "BUSY", "note", Map.of("a", 1)))) {
            String field = bad.containsKey("note") && bad.containsKey("outcome") ? "note" : "outcome";
            given().contentType(ContentType.JSON).body(bad).when().post(path + "/call-attempts")
                    .then().statusCode(400).body("violations.field", contains(field));
        }
        List<ConsumerRecord<String, String>> events = new KafkaTestClient(bootstrapServers).await("kohtaamo.contacts.v1",
                record -> record.key().equals(id.toString()) && record.value().contains("message-added"), 2, Duration.ofSeconds(30));
        assertThat(events).allSatisfy(record -> assertThat(record.value()).contains("\"outcome\"")
                .doesNotContain("765 4321").doesNotContain("Sovittiin"));

        UUID webContact = WorkFixtures.contact(queue, 3, "fi", Map.of(), 1);
        given().when().post("/api/v1/contacts/" + webContact + "/take").then().statusCode(200).body("callBack", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REACHED")).when()
                .post("/api/v1/contacts/" + webContact + "/call-attempts").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REACHED")).when()
                .post("/api/v1/contacts/" + UUID.randomUUID() + "/call-attempts").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "callback-next", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void nextContactPassesACallBackByUntilItsFirstChosenTimeStarts() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, true);
        WorkFixtures.agent("callback-next", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        UUID id = callBack(queue, null);
        given().when().post("/api/v1/contacts/next").then().statusCode(204);
        QuarkusTransaction.requiringNew().run(() -> Contact.<Contact>findById(id).callBackFrom = Instant.now().minusSeconds(60));
        given().when().post("/api/v1/contacts/next").then().statusCode(200).body("id", equalTo(id.toString()));
    }

    @Test
    @TestSecurity(user = "callback-other", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsStaffFindNoSuchContact() {
        UUID id = callBack(WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, true), null);
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REACHED")).when().post("/api/v1/contacts/" + id + "/call-attempts")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "callback-citizen", roles = "citizen")
    void citizensRecordNoCallAttempts() {
        UUID id = callBack(WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, true), null);
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REACHED")).when().post("/api/v1/contacts/" + id + "/call-attempts")
                .then().statusCode(403);
    }

    @Test
    void anonymousCallersRecordNoCallAttempts() {
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REACHED"))
                .when().post("/api/v1/contacts/" + UUID.randomUUID() + "/call-attempts").then().statusCode(401);
    }

    @Test
    void theClientsErasureTakesTheNumberAndTheAttemptsNotes() throws Exception {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, true);
        UUID clientId = UUID.randomUUID();
        UUID id = callBack(queue, clientId);
        QuarkusTransaction.requiringNew().run(() -> {
            ContactEntry entry = new ContactEntry();
            entry.contactId = id;
            entry.at = Instant.now();
            entry.kind = ContactEntry.Kind.CALL_ATTEMPT;
            entry.actorKind = ContactEntry.ActorKind.STAFF;
            entry.actor = "callback-agent";
            entry.body = "Numero kuuluu naapurille";
            entry.details = Map.of("outcome", "WRONG_NUMBER", "attempt", 1);
            entry.persist();
        });

        ObjectNode erased = (ObjectNode) mapper.readTree(Files.readString(ERASED));
        erased.put("id", UUID.randomUUID().toString()).put("subject", clientId.toString());
        ((ObjectNode) erased.get("data")).put("clientId", clientId.toString());
        new KafkaTestClient(bootstrapServers).publish("kohtaamo.clients.v1", clientId.toString(), erased.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> WorkFixtures.reload(id).personalDataRemovedAt != null);

        Contact cleared = WorkFixtures.reload(id);
        assertThat(cleared.contactPhone).isNull();
        assertThat(cleared.preferredWindows()).as("the times identify nobody; they explain the deadline").hasSize(1);
        List<ContactEntry> attempts = QuarkusTransaction.requiringNew().call(() ->
                ContactEntry.<ContactEntry>list("contactId = ?1 and kind = ?2", id, ContactEntry.Kind.CALL_ATTEMPT));
        assertThat(attempts).singleElement().satisfies(entry -> {
            assertThat(entry.body).isNotEqualTo("Numero kuuluu naapurille");
            assertThat(entry.details).containsEntry("outcome", "WRONG_NUMBER");
        });
    }
}
