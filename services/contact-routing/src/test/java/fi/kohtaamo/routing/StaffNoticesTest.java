package fi.kohtaamo.routing;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.domain.Agent;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.SlaState;
import fi.kohtaamo.routing.domain.StaffNotice;
import fi.kohtaamo.routing.domain.StaffNoticeMail;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.service.Assignment;
import fi.kohtaamo.routing.service.ContactWork;
import fi.kohtaamo.routing.service.ServiceLevels;
import fi.kohtaamo.routing.service.StaffNotices;
import fi.kohtaamo.testsupport.GreenMailResource;
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
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Staff notices through real PostgreSQL and a real SMTP server: raised once per change and
 * person, only as each person chose, never to another organisation's staff.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
@QuarkusTestResource(GreenMailResource.class)
class StaffNoticesTest {

    private static final UUID UUSIMAA_PERMITS = UUID.fromString("7c1f0a00-0000-4000-8000-000000000002");

    @Inject
    Assignment assignment;

    @Inject
    ContactWork work;

    @Inject
    StaffNotices staffNotices;

    @Inject
    ServiceLevels serviceLevels;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aContactHandedToAnExpertNoticesThemOnceByEmailAndInTheWorkspace() throws Exception {
        Queue firstLine = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        Queue experts = WorkFixtures.queue("ely-uusimaa", Tier.EXPERT, false);
        WorkFixtures.agent("sn-agent", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(firstLine.id));
        WorkFixtures.agent("sn-expert", "ely-uusimaa", true, Map.of(), List.of("fi"), 5, Set.of(experts.id));
        Caller agent = staff("sn-agent", "ely-uusimaa", "agent");
        Caller expert = staff("sn-expert", "ely-uusimaa", "expert");
        staffNotices.choose(expert, "asiantuntija@ely.example", "sv", Set.of());
        UUID id = WorkFixtures.contact(firstLine, 3, "fi", Map.of(), 0);
        String code = WorkFixtures.trackingCode(id);
        long unreadBefore = staffNotices.inbox(expert).unread();

        assignment.take(agent, id);
        work.transfer(agent, id, experts.id, "sn-expert", "Tarvitaan lupa-asiantuntijaa");
        // the same change raised again (a retried step) adds nothing
        QuarkusTransaction.requiringNew().run(() -> staffNotices.transferred(Contact.findById(id),
                ContactEntry.<ContactEntry>find("contactId = ?1 and kind = ?2", id, ContactEntry.Kind.TRANSFERRED).firstResult(),
                "sn-expert"));

        List<StaffNotice> raised = noticesOf(id);
        assertThat(raised).singleElement().satisfies(notice -> {
            assertThat(notice.recipient).isEqualTo("sn-expert");
            assertThat(notice.kind).isEqualTo(StaffNotice.Kind.TRANSFERRED_TO_EXPERT);
            assertThat(notice.trackingCode).isEqualTo(code);
        });
        assertThat(mailsOf(raised.get(0).id)).isEqualTo(1);
        assertThat(staffNotices.inbox(expert).unread()).isEqualTo(unreadBefore + 1);
        assertThat(staffNotices.inbox(agent).notices()).extracting(n -> n.contactId).doesNotContain(id);

        int before = GreenMailResource.smtp().getReceivedMessages().length;
        staffNotices.deliver(Instant.now(), 50);
        List<MimeMessage> received = received(before, code);
        assertThat(received).singleElement().satisfies(mail -> {
            assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("asiantuntija@ely.example");
            assertThat(mail.getSubject()).isEqualTo("Kohtaamo " + code + ": överförd till dig som expert");
            assertThat(mail.getContent().toString()).contains("http://127.0.0.1:8080/work/contacts/" + id)
                    .doesNotContain("test contact", "lupa-asiantuntijaa");
        });
        int afterFirst = GreenMailResource.smtp().getReceivedMessages().length;
        staffNotices.deliver(Instant.now(), 50);
        assertThat(received(afterFirst, code)).as("sent once").isEmpty();

        staffNotices.markRead(expert, raised.get(0).id);
        staffNotices.markRead(expert, raised.get(0).id);
        assertThat(staffNotices.inbox(expert).unread()).isEqualTo(unreadBefore);
    }

    @Test
    void kindsTurnedOffAreNotSentAndAnotherOrganisationsStaffHearNothing() {
        Queue firstLine = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        Queue experts = WorkFixtures.queue("ely-uusimaa", Tier.EXPERT, false);
        QuarkusTransaction.requiringNew().run(() -> Queue.<Queue>findById(experts.id).sharedWith.add("ely-pirkanmaa"));
        WorkFixtures.agent("sn-holder", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(firstLine.id));
        WorkFixtures.agent("sn-no-mail", "ely-uusimaa", true, Map.of(), List.of("fi"), 5, Set.of(experts.id));
        WorkFixtures.agent("sn-nothing", "ely-uusimaa", true, Map.of(), List.of("fi"), 5, Set.of(experts.id));
        WorkFixtures.agent("sn-pirkanmaa", "ely-pirkanmaa", true, Map.of(), List.of("fi"), 5, Set.of(experts.id));
        String transferred = StaffNotice.Kind.TRANSFERRED_TO_EXPERT.name();
        staffNotices.choose(staff("sn-no-mail", "ely-uusimaa", "expert"), "no-mail@ely.example", "fi",
                Set.of(transferred + ":EMAIL"));
        staffNotices.choose(staff("sn-nothing", "ely-uusimaa", "expert"), "nothing@ely.example", "fi",
                Set.of(transferred + ":EMAIL", transferred + ":WORKSPACE"));
        staffNotices.choose(staff("sn-pirkanmaa", "ely-pirkanmaa", "expert"), "pirkanmaa@ely.example", "fi", Set.of());
        UUID id = WorkFixtures.contact(firstLine, 3, "fi", Map.of(), 0);
        Caller holder = staff("sn-holder", "ely-uusimaa", "agent");

        assignment.take(holder, id);
        work.transfer(holder, id, experts.id, null, "Asiantuntijajonoon");

        List<StaffNotice> raised = noticesOf(id);
        assertThat(raised).extracting(n -> n.recipient).containsExactly("sn-no-mail");
        assertThat(raised.get(0).inWorkspace).isTrue();
        assertThat(mailsOf(raised.get(0).id)).as("e-mail turned off").isZero();
    }

    @Test
    void aServiceLevelAtRiskNoticesTheHolderOnceAndAnUnheldContactItsSupervisors() {
        Queue queue = WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false);
        WorkFixtures.agent("sn-sla-agent", "ely-uusimaa", false, Map.of(), List.of("fi"), 5, Set.of(queue.id));
        supervisor("sn-sla-supervisor", "ely-uusimaa");
        supervisor("sn-sla-supervisor-pirkanmaa", "ely-pirkanmaa");
        UUID held = atRisk(WorkFixtures.contact(queue, 3, "fi", Map.of(), 0));
        UUID unheld = atRisk(WorkFixtures.contact(queue, 3, "fi", Map.of(), 0));
        assignment.take(staff("sn-sla-agent", "ely-uusimaa", "agent"), held);

        serviceLevels.check(Instant.now(), 500);
        serviceLevels.check(Instant.now(), 500); // the job runs again

        assertThat(noticesOf(held)).extracting(n -> n.recipient + " " + n.kind)
                .containsExactly("sn-sla-agent SLA_AT_RISK");
        assertThat(noticesOf(unheld)).extracting(n -> n.recipient)
                .contains("sn-sla-supervisor").doesNotContain("sn-sla-supervisor-pirkanmaa", "sn-sla-agent");
        assertThat(noticesOf(unheld)).filteredOn(n -> n.recipient.equals("sn-sla-supervisor")).hasSize(1);
    }

    @Test
    void aNewContactInAnExpertQueueNoticesItsMembersOfTheOrganisation() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
        WorkFixtures.agent("sn-permits", "ely-uusimaa", true, Map.of(), List.of("fi"), 5, Set.of(UUSIMAA_PERMITS));
        WorkFixtures.agent("sn-permits-pirkanmaa", "ely-pirkanmaa", true, Map.of(), List.of("fi"), 5, Set.of(UUSIMAA_PERMITS));

        String id = given().contentType(ContentType.JSON)
                .body(Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(), "description", "Liittymälupa",
                        "language", "fi", "attributes", RoutingTestSupport.PERMIT_ANSWERS))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().path("id");

        List<StaffNotice> raised = noticesOf(UUID.fromString(id));
        assertThat(raised).filteredOn(n -> n.recipient.startsWith("sn-permits")).extracting(n -> n.recipient + " " + n.kind)
                .containsExactly("sn-permits NEW_IN_EXPERT_QUEUE");
    }

    @Test
    @TestSecurity(user = "sn-settings", roles = "expert")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void eachPersonChoosesTheirOwnSettingsAndBadInputNamesTheField() {
        given().when().get("/api/v1/staff-notices/settings").then().statusCode(200)
                .body("email", equalTo(null)).body("language", equalTo("fi")).body("kinds", hasSize(5))
                .body("kinds[0].email", equalTo(true)).body("kinds[0].workspace", equalTo(true));
        Map<String, Object> chosen = Map.of("email", "minä@ely.example", "language", "en",
                "kinds", List.of(Map.of("kind", "SLA_AT_RISK", "email", false, "workspace", true)));
        for (int i = 0; i < 2; i++) { // the same PUT twice: the same state
            given().contentType(ContentType.JSON).body(chosen).when().put("/api/v1/staff-notices/settings")
                    .then().statusCode(200).body("language", equalTo("en"))
                    .body("kinds.find { it.kind == 'SLA_AT_RISK' }.email", equalTo(false))
                    .body("kinds.find { it.kind == 'SLA_BREACHED' }.email", equalTo(true));
        }
        given().when().get("/api/v1/staff-notices/settings").then().statusCode(200)
                .body("email", equalTo("minä@ely.example"));

        given().contentType(ContentType.JSON).body(Map.of("language", "de")).when().put("/api/v1/staff-notices/settings")
                .then().statusCode(400).body("violations[0].field", equalTo("language"));
        given().contentType(ContentType.JSON).body(Map.of("language", "fi", "email", "not an address"))
                .when().put("/api/v1/staff-notices/settings").then().statusCode(400).body("violations[0].field", equalTo("email"));
        given().contentType(ContentType.JSON).body(Map.of("language", "fi", "kinds", List.of(Map.of("kind", "GOSSIP"))))
                .when().put("/api/v1/staff-notices/settings").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.containsString("kind"));

        given().when().get("/api/v1/staff-notices").then().statusCode(200).body("unread", equalTo(0));
        long someoneElses = QuarkusTransaction.requiringNew().call(() -> {
            UUID contact = WorkFixtures.contact(WorkFixtures.queue("ely-uusimaa", Tier.FIRST_LINE, false), 3, "fi", Map.of(), 0);
            StaffNotice notice = new StaffNotice();
            notice.recipient = "sn-someone-else";
            notice.organisation = "ely-uusimaa";
            notice.kind = StaffNotice.Kind.SLA_BREACHED;
            notice.contactId = contact;
            notice.trackingCode = "KH-TEST-TEST";
            notice.entryId = -1L;
            notice.inWorkspace = true;
            notice.createdAt = Instant.now();
            notice.persist();
            return notice.id;
        });
        given().when().post("/api/v1/staff-notices/" + someoneElses + "/read").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "sn-citizen", roles = "citizen")
    void citizensHaveNoStaffNotices() {
        given().when().get("/api/v1/staff-notices").then().statusCode(403);
        given().when().get("/api/v1/staff-notices/settings").then().statusCode(403);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        given().when().get("/api/v1/staff-notices").then().statusCode(401);
    }

    private static Caller staff(String subject, String organisation, String role) {
        return new Caller(subject, subject, organisation, Set.of(role), false);
    }

    private static void supervisor(String subject, String organisation) {
        WorkFixtures.agent(subject, organisation, false, Map.of(), List.of("fi"), 5, Set.of());
        QuarkusTransaction.requiringNew().run(() -> Agent.update("supervisor = true where subject = ?1", subject));
    }

    /** Puts the contact's first response at risk now (its due still ahead), whatever the hour. */
    private static UUID atRisk(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(id);
            contact.firstResponseAtRisk = Instant.now().minus(1, ChronoUnit.MINUTES);
            contact.firstResponseDue = Instant.now().plus(1, ChronoUnit.HOURS);
            contact.slaState = SlaState.ON_TIME;
        });
        return id;
    }

    private static List<StaffNotice> noticesOf(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> StaffNotice.<StaffNotice>list("contactId = ?1 order by id", contactId));
    }

    private static long mailsOf(long noticeId) {
        return QuarkusTransaction.requiringNew().call(() -> StaffNoticeMail.count("noticeId", noticeId));
    }

    private static List<MimeMessage> received(int after, String code) {
        return Arrays.stream(GreenMailResource.smtp().getReceivedMessages()).skip(after)
                .filter(message -> subjectOf(message).contains(code)).toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
