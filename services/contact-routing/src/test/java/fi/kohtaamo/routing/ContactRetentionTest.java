package fi.kohtaamo.routing;

import fi.kohtaamo.routing.domain.AccessSecret;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.mailqueue.MailDelivery;
import fi.kohtaamo.routing.domain.ClientNotice;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.ResolutionCode;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.domain.TrackingCode;
import fi.kohtaamo.routing.service.ContactRetention;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

/**
 * The retention run against real PostgreSQL, as of a moment long ago so that only this test's
 * contacts are old enough: closed anonymous contacts lose their personal data once, in batches
 * (two per transaction in tests); recent, open and client-linked ones keep theirs.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class ContactRetentionTest {

    /** The run's moment: the period is two years, so contacts closed before 2002-06-02 are due. */
    static final Instant NOW = Instant.parse("2004-06-01T00:00:00Z");
    static final Instant LONG_AGO = Instant.parse("2002-01-15T10:00:00Z");
    static final Instant RECENTLY = Instant.parse("2003-11-01T10:00:00Z");
    static final String SECRET = "retention-secret-1";

    @Inject
    ContactRetention retention;

    @Test
    void closedAnonymousContactsLoseTheirPersonalDataOnceAndTheirFiguresStay() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        UUID old = contact(queue, ContactStatus.CLOSED, LONG_AGO, null);
        UUID alsoOld = contact(queue, ContactStatus.CLOSED, LONG_AGO.plusSeconds(60), null);
        UUID thirdOld = contact(queue, ContactStatus.CLOSED, LONG_AGO.plusSeconds(120), null);
        UUID recent = contact(queue, ContactStatus.CLOSED, RECENTLY, null);
        UUID open = contact(queue, ContactStatus.ASSIGNED, LONG_AGO, null);
        UUID clients = contact(queue, ContactStatus.CLOSED, LONG_AGO, UUID.randomUUID());
        Contact before = WorkFixtures.reload(old);
        UUID oldFile = WorkFixtures.attachment(old);
        UUID recentFile = WorkFixtures.attachment(recent);

        assertThat(retention.run(NOW)).isEqualTo(3); // two batches of two: the second is not full

        Contact cleared = WorkFixtures.reload(old);
        assertThat(cleared.contactName).isNull();
        assertThat(cleared.contactEmail).isNull();
        assertThat(cleared.contactPhone).isNull();
        assertThat(cleared.attributes).isEmpty();
        assertThat(cleared.description).isEqualTo(ContactRetention.REMOVED_TEXT);
        assertThat(cleared.resolutionJustification).isEqualTo(ContactRetention.REMOVED_TEXT);
        assertThat(cleared.personalDataRemovedAt).isEqualTo(NOW);
        // the figures: ids, service, queue, times, states and the staff's work
        assertThat(cleared.trackingCode).isEqualTo(before.trackingCode);
        assertThat(cleared.queue.id).isEqualTo(queue.id);
        assertThat(cleared.serviceId).isEqualTo(before.serviceId);
        assertThat(cleared.channel).isEqualTo(Channel.WEB);
        assertThat(cleared.status).isEqualTo(ContactStatus.CLOSED);
        assertThat(cleared.receivedAt).isEqualTo(before.receivedAt);
        assertThat(cleared.firstRespondedAt).isEqualTo(before.firstRespondedAt);
        assertThat(cleared.resolvedAt).isEqualTo(before.resolvedAt);
        assertThat(cleared.closedAt).isEqualTo(before.closedAt);
        assertThat(cleared.resolutionCode).isEqualTo(ResolutionCode.ANSWERED);
        assertThat(cleared.assignedTo).isEqualTo("retention-agent");
        List<ContactEntry> history = entries(old);
        assertThat(history).extracting(entry -> entry.kind).containsExactly(ContactEntry.Kind.RECEIVED,
                ContactEntry.Kind.CLIENT_MESSAGE, ContactEntry.Kind.REPLY, ContactEntry.Kind.NOTE, ContactEntry.Kind.RESOLVED,
                ContactEntry.Kind.CLOSED, ContactEntry.Kind.PERSONAL_DATA_REMOVED);
        assertThat(history).allSatisfy(entry -> assertThat(entry.body).isNull());
        assertThat(history.get(2).actor).isEqualTo("retention-agent");
        assertThat(notices(old)).isZero();
        assertThat(WorkFixtures.attachmentStored(oldFile)).as("the file, its name and bytes, go").isFalse();
        assertThat(WorkFixtures.attachmentStored(recentFile)).isTrue();
        assertThat(WorkFixtures.reload(alsoOld).personalDataRemovedAt).isEqualTo(NOW);
        assertThat(WorkFixtures.reload(thirdOld).personalDataRemovedAt).isEqualTo(NOW);

        for (UUID kept : List.of(recent, open, clients)) {
            Contact untouched = WorkFixtures.reload(kept);
            assertThat(untouched.personalDataRemovedAt).isNull();
            assertThat(untouched.contactEmail).isEqualTo("maija@example.fi");
            assertThat(untouched.description).isEqualTo("Tie 1234 on kuoppainen kotini kohdalla");
            assertThat(entries(kept)).filteredOn(entry -> entry.body != null).hasSize(kept.equals(open) ? 3 : 5);
            assertThat(notices(kept)).isOne();
        }

        int version = WorkFixtures.reload(old).version;
        assertThat(retention.run(NOW)).isZero();
        assertThat(retention.run(NOW.plusSeconds(86_400))).isZero();
        assertThat(WorkFixtures.reload(old).version).isEqualTo(version);
        assertThat(entries(old)).filteredOn(entry -> entry.kind == ContactEntry.Kind.PERSONAL_DATA_REMOVED).hasSize(1);
    }

    @Test
    void theClientStillFollowsAClearedContactAndLearnsItsTextsWereRemoved() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        UUID id = contact(queue, ContactStatus.CLOSED, LONG_AGO.minusSeconds(86_400), null);
        String code = WorkFixtures.trackingCode(id);

        retention.run(NOW);

        given().contentType(ContentType.JSON).body(Map.of("trackingCode", code, "accessSecret", SECRET))
                .when().post("/api/v1/contacts/lookup")
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("resolutionCode", equalTo("ANSWERED"))
                .body("personalDataRemovedAt", equalTo("2004-06-01T00:00:00Z"))
                .body("history.kind", hasItems("CLIENT_MESSAGE", "REPLY", "RESOLVED"))
                .body("history", everyItem(not(hasKey("text"))))
                .body("surveyUrl", nullValue());
    }

    /**
     * A contact the client wrote with details, answers and a location, that staff replied to,
     * noted and resolved, with an e-mail notice; closed at {@code closedAt} unless open.
     */
    private static UUID contact(Queue queue, ContactStatus status, Instant closedAt, UUID clientId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Contact contact = new Contact();
            contact.id = UUID.randomUUID();
            contact.trackingCode = TrackingCode.generate();
            contact.accessSecretHash = AccessSecret.hash(SECRET);
            contact.queue = Queue.findById(queue.id);
            contact.organisation = queue.organisation;
            contact.serviceId = UUID.randomUUID();
            contact.channel = Channel.WEB;
            contact.language = "fi";
            contact.description = "Tie 1234 on kuoppainen kotini kohdalla";
            contact.attributes = Map.of("road_number", 1234);
            contact.addressString = "Kotikatu 1, Helsinki";
            contact.contactName = "Maija Meikäläinen";
            contact.contactEmail = "maija@example.fi";
            contact.contactPhone = "040 123 4567";
            contact.clientId = clientId;
            contact.receivedAt = closedAt.minusSeconds(20 * 86_400);
            contact.routedAt = contact.receivedAt;
            contact.assignedTo = "retention-agent";
            contact.assignedAt = contact.receivedAt.plusSeconds(3600);
            contact.firstRespondedAt = contact.receivedAt.plusSeconds(7200);
            contact.status = status;
            contact.updatedAt = contact.receivedAt;
            if (status == ContactStatus.CLOSED) {
                contact.resolvedAt = closedAt.minusSeconds(14 * 86_400);
                contact.resolutionCode = ResolutionCode.ANSWERED;
                contact.resolutionJustification = "Korjaamme tien Kotikatu 1:n kohdalta";
                contact.closedAt = closedAt;
            }
            contact.persist();
            entry(contact, ContactEntry.Kind.RECEIVED, ContactEntry.ActorKind.CLIENT, null);
            entry(contact, ContactEntry.Kind.CLIENT_MESSAGE, ContactEntry.ActorKind.CLIENT, "Puhelinnumeroni on 040 123 4567");
            entry(contact, ContactEntry.Kind.REPLY, ContactEntry.ActorKind.STAFF, "Hei Maija, kiitos viestistä");
            entry(contact, ContactEntry.Kind.NOTE, ContactEntry.ActorKind.STAFF, "Asiakas asuu Kotikatu 1:ssä");
            if (status == ContactStatus.CLOSED) {
                entry(contact, ContactEntry.Kind.RESOLVED, ContactEntry.ActorKind.STAFF, contact.resolutionJustification);
                entry(contact, ContactEntry.Kind.CLOSED, ContactEntry.ActorKind.STAFF, "Ratkaistu Maijan kanssa puhelimessa");
            }
            ClientNotice notice = new ClientNotice();
            notice.contactId = contact.id;
            notice.recipient = contact.contactEmail;
            notice.language = "fi";
            notice.kind = ClientNotice.Kind.REPLY;
            notice.trackingCode = contact.trackingCode;
            notice.delivery = MailDelivery.queued(contact.receivedAt).sent(contact.receivedAt);
            notice.persist();
            return contact.id;
        });
    }

    private static void entry(Contact contact, ContactEntry.Kind kind, ContactEntry.ActorKind actorKind, String body) {
        ContactEntry entry = new ContactEntry();
        entry.contactId = contact.id;
        entry.at = contact.receivedAt;
        entry.kind = kind;
        entry.actorKind = actorKind;
        entry.actor = actorKind == ContactEntry.ActorKind.STAFF ? "retention-agent" : null;
        entry.visibleToClient = kind != ContactEntry.Kind.NOTE && kind != ContactEntry.Kind.CLOSED;
        entry.body = body;
        entry.persist();
    }

    private static List<ContactEntry> entries(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> ContactEntry.<ContactEntry>list("contactId = ?1 order by id", contactId));
    }

    private static long notices(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> ClientNotice.count("contactId", contactId));
    }
}
