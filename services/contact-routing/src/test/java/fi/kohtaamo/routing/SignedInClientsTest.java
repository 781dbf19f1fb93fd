package fi.kohtaamo.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactRead;
import fi.kohtaamo.routing.domain.KnownClient;
import fi.kohtaamo.routing.service.ContactIntake;
import fi.kohtaamo.routing.service.ContactWork;
import fi.kohtaamo.routing.service.NewContact;
import fi.kohtaamo.routing.service.RegistryContract;
import fi.kohtaamo.registry.contract.ExportSeal;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.TestServers;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * A signed-in citizen's contacts become their registry client's by the sign-in subject the
 * registry's events carry (at intake or when the event comes later, whatever the order), so that
 * segments, export and erasure reach them; and staff opening a contact is a read the citizen sees.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class SignedInClientsTest {

    private static final Path REGISTRY_EVENTS = Path.of("../client-registry/events");
    private static final Caller UUSIMAA_AGENT = new Caller("reader-uusimaa", "reader-uusimaa", "ely-uusimaa",
            Set.of("agent"), false);

    @Inject
    ObjectMapper mapper;

    @Inject
    ContactIntake intake;

    @Inject
    ContactWork work;

    @Inject
    fi.kohtaamo.routing.service.Assignment assignment;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aCitizensContactIsTheirClientsAtIntakeWithTheClientsSegments() throws Exception {
        UUID clientId = UUID.randomUUID();
        registered(clientId, "citizen-at-intake", 1, "farmers");
        awaitCopy(clientId, "citizen-at-intake");

        Contact contact = reload(submitAs("citizen-at-intake", "Kysymys tilan tuesta"));
        assertThat(contact.clientId).isEqualTo(clientId);
        assertThat(contact.segments).containsExactly("farmers");
        assertThat(contact.clientSubject).isEqualTo("citizen-at-intake");
    }

    @Test
    void aContactBeforeTheClientEventIsLinkedWhenTheEventComes() throws Exception {
        UUID contactId = submitAs("citizen-later", "Kysyn ennen kuin minut on rekisteröity");
        assertThat(reload(contactId).clientId).isNull();

        UUID clientId = UUID.randomUUID();
        registered(clientId, "citizen-later", 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> clientId.equals(reload(contactId).clientId));
    }

    @Test
    void onlyTheCitizenThemselfIsLinkedNeverStaffSubmittingForSomeone() throws Exception {
        UUID clientId = UUID.randomUUID();
        registered(clientId, "agent-who-is-also-a-citizen", 1);
        awaitCopy(clientId, "agent-who-is-also-a-citizen");
        UUID logged = intake.receive(new NewContact(null, "Puhelu asiakkaalta", "fi", null, null, null, null, null, null),
                new Caller("agent-who-is-also-a-citizen", "a", "ely-uusimaa", Set.of("agent"), false), null).contact().id;
        assertThat(reload(logged).clientId).isNull();
        assertThat(reload(logged).clientSubject).isNull();
    }

    @Test
    void aDuplicateOrOlderClientEventChangesNothingAndTheNewestHolderOfASubjectWins() throws Exception {
        UUID clientId = UUID.randomUUID();
        ObjectNode newer = registered(clientId, "citizen-newer", 3);
        awaitCopy(clientId, "citizen-newer");
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), newer.toString()); // redelivered
        ObjectNode older = registered(clientId, "citizen-older", 2); // an older state arriving late
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) Contact.getEntityManager().createNativeQuery(
                                "select count(*) from routing.inbox_event where consumer = 'contact-routing.client-attributes'"
                                        + " and event_id = cast(?1 as uuid)")
                        .setParameter(1, older.get("id").asText()).getSingleResult()).intValue() == 1));
        assertThat(copy(clientId).signInSubject).isEqualTo("citizen-newer");

        UUID olderCitizens = submitAs("citizen-older", "Tämä ei ole kenenkään asiakkaan");
        assertThat(reload(olderCitizens).clientId).isNull();
        assertThat(reload(submitAs("citizen-newer", "Tämä on")).clientId).isEqualTo(clientId);

        // The registry moved the subject to another client (a merge or a correction): the newest event says whose it is.
        UUID survivor = UUID.randomUUID();
        registered(survivor, "citizen-newer", 1);
        awaitCopy(survivor, "citizen-newer");
        assertThat(copy(clientId).signInSubject).isNull();
        assertThat(reload(submitAs("citizen-newer", "Nyt eloonjääneen")).clientId).isEqualTo(survivor);
    }

    @Test
    void anExportAndAnErasureReachASignedInCitizensContact() throws Exception {
        UUID clientId = UUID.randomUUID();
        registered(clientId, "citizen-gdpr", 1);
        awaitCopy(clientId, "citizen-gdpr");
        UUID contactId = submitAs("citizen-gdpr", "Maija Meikäläinen kysyy kalastusluvasta");
        // One that raced with the client event, stored without the link: export and erasure still find it.
        UUID raced = submitAs("citizen-gdpr", "Toinen Maijan kysymys");
        QuarkusTransaction.requiringNew().run(() -> Contact.update("clientId = null where id = ?1", raced));
        UUID exportId = UUID.randomUUID();
        UUID file = WorkFixtures.attachment(contactId);

        ObjectNode export = example("client.export-requested.v1.example.json", clientId);
        ((ObjectNode) export.get("data")).put("clientId", clientId.toString()).put("exportId", exportId.toString());
        KafkaTestClient kafka = new KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), export.toString());
        JsonNode part = mapper.readTree(ExportSeal.open(TestServers.exportKeys().getPrivate(), mapper.readTree(
                kafka.await("kohtaamo.contacts.v1", record -> exportId.toString().equals(record.key()), 1, Duration.ofSeconds(30))
                        .get(0).value()).path("data")));
        assertThat(part.path("contacts").findValuesAsText("description"))
                .containsExactlyInAnyOrder("Maija Meikäläinen kysyy kalastusluvasta", "Toinen Maijan kysymys");
        assertThat(part.path("contacts").findValuesAsText("fileName")).as("the contact's files are in the export")
                .containsExactly("maija-liite.txt");
        assertThat(part.path("contacts").findValuesAsText("sha256")).containsExactly("0".repeat(64));
        assertThat(part.path("contacts").findValuesAsText("download")).as("each file is reachable signed in, not carried")
                .containsExactly("/api/v1/contacts/mine/attachments/" + file);

        QuarkusTransaction.requiringNew().run(() -> Contact.update("clientId = null where id = ?1", raced));
        ObjectNode erased = example("client.erased.v1.example.json", clientId);
        ((ObjectNode) erased.get("data")).put("clientId", clientId.toString());
        kafka.publish("kohtaamo.clients.v1", clientId.toString(), erased.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> RegistryContract.ERASED_TEXT.equals(reload(contactId).description)
                        && RegistryContract.ERASED_TEXT.equals(reload(raced).description));
        Contact gone = reload(contactId);
        assertThat(gone.clientId).isNull();
        assertThat(gone.clientSubject).isNull();
        assertThat(gone.submittedBy).isNull();
        assertThat(copy(clientId)).isNull();
        assertThat(WorkFixtures.attachmentStored(file)).as("erasure removes the files").isFalse();
    }

    @Test
    @TestSecurity(user = "citizen-read", roles = "citizen")
    void staffOpeningACitizensContactIsAReadTheCitizenSeesAndNoOtherCitizenDoes() throws Exception {
        UUID clientId = UUID.randomUUID();
        registered(clientId, "citizen-read", 1);
        awaitCopy(clientId, "citizen-read");
        UUID own = submitAs("citizen-read", "Maija kysyy luvasta");
        // Logged by staff for the same client (named by the agent): also the citizen's data.
        UUID logged = intake.receive(new NewContact(null, "Maija soitti", "fi", fi.kohtaamo.routing.domain.Channel.PHONE,
                null, null, null, clientId, null), UUSIMAA_AGENT, null).contact().id;
        UUID someoneElses = submitAs("citizen-someone-else", "Toisen asia");

        work.view(UUSIMAA_AGENT, own);
        work.view(UUSIMAA_AGENT, logged);
        work.view(UUSIMAA_AGENT, someoneElses);
        // Another organisation's staff do not see it, and their refused attempt is no read.
        Caller pirkanmaa = new Caller("reader-pirkanmaa", "reader-pirkanmaa", "ely-pirkanmaa", Set.of("agent"), false);
        assertThatThrownBy(() -> work.view(pirkanmaa, own)).isInstanceOf(ProblemException.class);

        ContactRead read = QuarkusTransaction.requiringNew().call(() -> ContactRead.<ContactRead>find("contactId", own).singleResult());
        assertThat(read.actor).isEqualTo("reader-uusimaa");
        assertThat(read.actorOrganisation).isEqualTo("ely-uusimaa");
        assertThat(read.actorRoles).isEqualTo("agent");
        assertThat(read.action).isEqualTo(ContactRead.OPENED);

        given().when().get("/api/v1/contacts/mine/reads").then().statusCode(200)
                .body("", hasSize(2))
                .body("trackingCode", org.hamcrest.Matchers.containsInAnyOrder(reload(own).trackingCode, reload(logged).trackingCode))
                .body("[0].organisation", equalTo("ely-uusimaa"))
                .body("[0].roles", equalTo("agent"))
                .body("[0].action", equalTo("OPEN"));
    }

    @Test
    void takingACitizensContactIsAReadToo() {
        UUID contactId = submitAs("citizen-taken", "Maija kysyy taas");
        UUID queue = reload(contactId).queue.id;
        WorkFixtures.agent("taker-uusimaa", "ely-uusimaa", false, java.util.Map.of(), java.util.List.of("fi"), 5, Set.of(queue));
        assignment.take(new Caller("taker-uusimaa", "taker-uusimaa", "ely-uusimaa", Set.of("agent"), false), contactId);

        ContactRead read = QuarkusTransaction.requiringNew().call(() -> ContactRead.<ContactRead>find("contactId", contactId).singleResult());
        assertThat(read.actor).isEqualTo("taker-uusimaa");
        assertThat(read.action).isEqualTo(ContactRead.TAKEN);
    }

    @Test
    @TestSecurity(user = "citizen-nobody-read", roles = "citizen")
    void aCitizenWhoseContactsNobodyOpenedSeesNoReads() {
        given().when().get("/api/v1/contacts/mine/reads").then().statusCode(200).body("", empty());
    }

    @Test
    @TestSecurity(user = "agent-reads", roles = "agent")
    void staffHaveNoOwnContactReads() {
        given().when().get("/api/v1/contacts/mine/reads").then().statusCode(403);
    }

    @Test
    void theReadsNeedASignIn() {
        given().when().get("/api/v1/contacts/mine/reads").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "citizen-files", roles = "citizen")
    void aCitizenDownloadsTheFilesOfTheirContactsAuditedAndNobodyElses() throws Exception {
        UUID clientId = UUID.randomUUID();
        registered(clientId, "citizen-files", 1);
        awaitCopy(clientId, "citizen-files");
        UUID own = submitAs("citizen-files", "Maija liittää päätöksen");
        UUID logged = intake.receive(new NewContact(null, "Maija soitti", "fi", fi.kohtaamo.routing.domain.Channel.PHONE,
                null, null, null, clientId, null), UUSIMAA_AGENT, null).contact().id;
        UUID ownFile = WorkFixtures.attachment(own);
        UUID loggedFile = WorkFixtures.attachment(logged);
        UUID othersFile = WorkFixtures.attachment(submitAs("citizen-files-other", "Toisen liite"));

        given().when().get("/api/v1/contacts/mine/attachments").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.containsInAnyOrder(ownFile.toString(), loggedFile.toString()))
                .body("trackingCode", org.hamcrest.Matchers.hasItem(reload(own).trackingCode))
                .body("download", org.hamcrest.Matchers.hasItem("/api/v1/contacts/mine/attachments/" + ownFile));
        byte[] body = given().when().get("/api/v1/contacts/mine/attachments/" + loggedFile).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .extract().asByteArray();
        assertThat(body).containsExactly('h', 'e', 'i');
        ContactRead read = QuarkusTransaction.requiringNew().call(() -> ContactRead.<ContactRead>find("contactId", logged).singleResult());
        assertThat(read.actor).isEqualTo("citizen-files");
        assertThat(read.action).isEqualTo("SUBJECT_DOWNLOAD");

        // Another citizen's file is no different from an unknown one, and no read is written for it.
        given().when().get("/api/v1/contacts/mine/attachments/" + othersFile).then().statusCode(404);
        given().when().get("/api/v1/contacts/mine/attachments/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ContactRead.count("action = 'SUBJECT_DOWNLOAD'")))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "citizen-files-pending", roles = "citizen")
    void aFileNotYetScannedIsNotDownloaded() {
        UUID own = submitAs("citizen-files-pending", "Liite tarkastettavana");
        UUID file = WorkFixtures.attachment(own);
        QuarkusTransaction.requiringNew().run(() -> fi.kohtaamo.routing.domain.Attachment.update("scanState = ?1 where id = ?2",
                fi.kohtaamo.routing.domain.Attachment.ScanState.PENDING, file));
        given().when().get("/api/v1/contacts/mine/attachments").then().statusCode(200)
                .body("[0].available", equalTo(false)).body("[0].scanState", equalTo("PENDING"));
        given().when().get("/api/v1/contacts/mine/attachments/" + file).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "citizen-files-bad", roles = "citizen")
    void aMalformedFileIdIsNoFileAsInTheRestOfTheApi() {
        // The only input is the path's id; JAX-RS answers a path that names no resource with 404.
        given().when().get("/api/v1/contacts/mine/attachments/not-an-id").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "agent-files", roles = "agent")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "org", value = "ely-uusimaa"))
    void staffHaveNoDataSubjectFiles() {
        UUID file = WorkFixtures.attachment(submitAs("citizen-files-staff", "Liite"));
        given().when().get("/api/v1/contacts/mine/attachments").then().statusCode(403);
        given().when().get("/api/v1/contacts/mine/attachments/" + file).then().statusCode(403);
    }

    @Test
    void theDataSubjectsFilesNeedASignIn() {
        given().when().get("/api/v1/contacts/mine/attachments").then().statusCode(401);
        given().when().get("/api/v1/contacts/mine/attachments/" + UUID.randomUUID()).then().statusCode(401);
    }

    private UUID submitAs(String citizen, String description) {
        return intake.receive(new NewContact(null, description, "fi", null, "Maija Meikäläinen", "maija@example.fi", null,
                null, null), new Caller(citizen, citizen, null, Set.of("citizen"), false), null).contact().id;
    }

    private ObjectNode registered(UUID clientId, String subject, int version, String... segments) throws Exception {
        ObjectNode event = example("client.registered.v1.example.json", clientId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("clientId", clientId.toString()).put("signInSubject", subject).put("version", version);
        var list = data.putArray("segments");
        for (String segment : segments) {
            list.add(segment);
        }
        new KafkaTestClient(bootstrapServers).publish("kohtaamo.clients.v1", clientId.toString(), event.toString());
        return event;
    }

    private ObjectNode example(String file, UUID subject) throws Exception {
        ObjectNode event = (ObjectNode) mapper.readTree(Files.readString(REGISTRY_EVENTS.resolve(file)));
        return event.put("id", UUID.randomUUID().toString()).put("subject", subject.toString());
    }

    private static void awaitCopy(UUID clientId, String subject) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            KnownClient copy = copy(clientId);
            return copy != null && subject.equals(copy.signInSubject);
        });
    }

    private static KnownClient copy(UUID clientId) {
        return QuarkusTransaction.requiringNew().call(() -> KnownClient.<KnownClient>findById(clientId));
    }

    private static Contact reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Contact.<Contact>findById(id));
    }
}
