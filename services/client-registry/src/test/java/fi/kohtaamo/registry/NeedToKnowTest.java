package fi.kohtaamo.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Need to know: a staff read names a contact of the reader's organisation that concerns the client,
 * as contact routing's events told the registry; the identity code is masked unless revealed, which
 * is audited on its own; a duplicate registration tells non-administrators nothing more.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "registry"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NeedToKnowTest {

    private static final String CODE = "010190-123M";
    private static final String MASKED = "010190-****";
    private static final String UUSIMAA = "ely-uusimaa";
    private static final String PIRKANMAA = "ely-pirkanmaa";

    private static String clientId;
    private static String otherClientId;
    private static String ownContact;
    private static String otherOrganisationsContact;
    private static String otherClientsContact;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private RoutingEvents routing() {
        return new RoutingEvents(bootstrapServers, entityManager);
    }

    @Test
    @Order(1)
    @TestSecurity(user = "registry-admin-n", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = UUSIMAA))
    void registrationAnswersTheCodeMaskedAndContactsOfBothOrganisationsArrive() {
        Map<String, Object> person = person(CODE);
        person.put("keycloakSubject", "citizen-ntk-1");
        clientId = given().contentType(ContentType.JSON).body(person).when().post("/api/v1/clients")
                .then().statusCode(201).body("identityCode", equalTo(MASKED)).body("birthDate", equalTo("1990-01-01"))
                .extract().path("id");
        otherClientId = given().contentType(ContentType.JSON).body(Map.of("kind", "PERSON", "firstName", "Olli", "lastName", "Muu"))
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        ownContact = routing().linkedContact(clientId, UUSIMAA);
        otherOrganisationsContact = routing().linkedContact(clientId, PIRKANMAA);
        otherClientsContact = routing().linkedContact(otherClientId, UUSIMAA);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "agent-ntk", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = UUSIMAA))
    void aReadWithoutALinkOrWithAnotherOrganisationsContactIsNotFound() {
        read(null).then().statusCode(400).body("violations[0].field", equalTo("contactId"));
        read("not-a-uuid").then().statusCode(400).body("violations[0].field", equalTo("contactId"));
        Response unknown = read(UUID.randomUUID().toString());
        unknown.then().statusCode(404);
        read(otherOrganisationsContact).then().statusCode(404).body("detail", equalTo(unknown.<String>path("detail")));
        read(otherClientsContact).then().statusCode(404);
        // the same answer as for a client that does not exist: nothing says that this one does
        given().queryParam("contactId", ownContact).queryParam("purpose", "Handling a permit application")
                .when().get("/api/v1/clients/" + UUID.randomUUID()).then().statusCode(404);
        given().queryParam("contactId", ownContact).queryParam("purpose", "Handling\u0000 a permit")
                .when().get("/api/v1/clients/" + clientId).then().statusCode(400).body("violations[0].field", equalTo("purpose"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "agent-ntk", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = UUSIMAA))
    void aReadNamingOwnLinkedContactShowsTheCodeMaskedAndIsAuditedWithTheContact() {
        read(ownContact).then().statusCode(200).body("lastName", equalTo("Tarvitsija")).body("identityCode", equalTo(MASKED));
        assertThat(audited("READ", "agent-ntk")).contains(ownContact);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "agent-ntk", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = UUSIMAA))
    void revealingTheCodeIsItsOwnAuditedActionOnTheSameNeedToKnow() {
        reveal(Map.of("contactId", ownContact)).then().statusCode(400).body("violations[0].field", equalTo("reason"));
        reveal(Map.of("contactId", ownContact, "reason", "short")).then().statusCode(400).body("violations[0].field", equalTo("reason"));
        reveal(Map.of("contactId", ownContact, "reason", "x".repeat(100_000))).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        reveal(Map.of("contactId", ownContact, "reason", "Checking the\u0000 decision")).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        reveal(Map.of("reason", "Checking the applicant's identity")).then().statusCode(400)
                .body("violations[0].field", equalTo("contactId"));
        reveal(Map.of("contactId", "nope", "reason", "Checking the applicant's identity")).then().statusCode(400)
                .body("violations[0].field", equalTo("contactId"));
        reveal(Map.of("contactId", otherOrganisationsContact, "reason", "Checking the applicant's identity"))
                .then().statusCode(404).body("identityCode", nullValue());
        assertThat(audited("REVEAL_IDENTITY_CODE", "agent-ntk")).isEmpty();

        reveal(Map.of("contactId", ownContact, "reason", "Checking the applicant's identity"))
                .then().statusCode(200).header("Cache-Control", "no-store").body("identityCode", equalTo(CODE));
        assertThat(audited("REVEAL_IDENTITY_CODE", "agent-ntk")).containsExactly(ownContact);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "citizen-ntk-1", roles = "citizen")
    void theCitizenSeesTheRevealAndItsReason() {
        given().when().get("/api/v1/me/access-log").then().statusCode(200)
                .body("find { it.action == 'REVEAL_IDENTITY_CODE' }.purpose", equalTo("Checking the applicant's identity"))
                .body("find { it.action == 'REVEAL_IDENTITY_CODE' }.organisation", equalTo(UUSIMAA));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "registry-admin-n", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = UUSIMAA))
    void registryAdministrationReadsWithoutALinkStillAudited() {
        read(null).then().statusCode(200).body("identityCode", equalTo(MASKED));
        read(otherOrganisationsContact).then().statusCode(200);
        read(otherClientsContact).then().statusCode(404);
        reveal(Map.of("reason", "Correcting the register")).then().statusCode(200).body("identityCode", equalTo(CODE));
        assertThat(audited("READ", "registry-admin-n")).containsExactlyInAnyOrder(null, otherOrganisationsContact);
        assertThat(audited("REVEAL_IDENTITY_CODE", "registry-admin-n")).containsExactly((String) null);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "agent-ntk", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = UUSIMAA))
    void aDuplicateTellsStaffNoClientIdAndIsAudited() {
        given().contentType(ContentType.JSON).body(person(CODE)).when().post("/api/v1/clients")
                .then().statusCode(409).contentType("application/problem+json")
                .body("existingId", nullValue()).body("violations[0].field", equalTo("identityCode"))
                .body(not(org.hamcrest.Matchers.containsString(clientId)));
        assertThat(audited("DUPLICATE_REFUSED", "agent-ntk")).hasSize(1);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "registry-admin-n", roles = "registry-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = UUSIMAA))
    void aDuplicateTellsRegistryAdministrationTheClient() {
        given().contentType(ContentType.JSON).body(person(CODE)).when().post("/api/v1/clients")
                .then().statusCode(409).body("existingId", equalTo(clientId));
        assertThat(audited("DUPLICATE_REFUSED", "registry-admin-n")).hasSize(1);
    }

    @Test
    @Order(8)
    @TestSecurity(user = "agent-ntk", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = UUSIMAA))
    void aLateOlderEventOrARedeliveryDoesNotStepTheLinkBack() {
        RoutingEvents routing = routing();
        String contact = UUID.randomUUID().toString();
        Instant received = Instant.now().minusSeconds(60);
        ObjectNode receivedHere = RoutingEvents.contact("fi.kohtaamo.contact.received.v1", contact, clientId, UUSIMAA, received);
        ObjectNode transferred = RoutingEvents.contact("fi.kohtaamo.contact.transferred.v1", contact, clientId, PIRKANMAA,
                received.plusSeconds(30));
        // the transfer arrives first, the reception late; then the transfer again (one key: in this order)
        routing.publishAndAwait(transferred);
        routing.publishAndAwait(receivedHere);
        routing.publish(transferred);
        ObjectNode last = RoutingEvents.contact("fi.kohtaamo.contact.routed.v1", contact, clientId, UUSIMAA, received.minusSeconds(1));
        routing.publishAndAwait(last);
        assertThat(organisationOf(contact)).isEqualTo(PIRKANMAA);
        read(contact).then().statusCode(404);

        // a later change of client is followed: the contact now concerns another client
        ObjectNode relinked = RoutingEvents.contact("fi.kohtaamo.contact.resolved.v1", otherClientsContact, clientId, UUSIMAA,
                Instant.now());
        routing.publishAndAwait(relinked);
        read(otherClientsContact).then().statusCode(200);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "agent-ntk", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = UUSIMAA))
    void aContactEventFromAnotherSourceLinksNothing() {
        String contact = UUID.randomUUID().toString();
        ObjectNode forged = RoutingEvents.contact("fi.kohtaamo.contact.received.v1", contact, clientId, UUSIMAA, Instant.now());
        forged.put("source", "/kohtaamo/feedback");
        routing().publish(forged);
        String id = forged.path("id").asText();
        assertThat(new KafkaTestClient(bootstrapServers).await("kohtaamo.client-registry.dlq",
                record -> record.value().contains(id), 1, Duration.ofSeconds(30))).hasSize(1);
        read(contact).then().statusCode(404);
    }

    @Test
    @Order(10)
    @TestSecurity(user = "agent-ntk-search", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = UUSIMAA))
    void aSearchForTheContactsClientNamesOwnContactListsNoCodeAndAuditsEachHitWithIt() {
        search(Map.of("q", "tarvitsija", "purpose", "Finding the client of a contact", "contactId", ownContact))
                .then().statusCode(200).body("id", hasItem(clientId)).body("[0].identityCode", nullValue())
                .body("find { it.id == '" + clientId + "' }.birthDate", equalTo("1990-01-01"));
        search(Map.of("phone", "040-1234567", "purpose", "Finding the client of a contact", "contactId", otherClientsContact))
                .then().statusCode(200).body("id", hasItem(clientId));
        search(Map.of("identityCode", CODE, "purpose", "Finding the client of a contact", "contactId", ownContact))
                .then().statusCode(200).body("id", equalTo(java.util.List.of(clientId)));
        assertThat(audited("SEARCH", "agent-ntk-search")).containsOnly(ownContact, otherClientsContact).hasSize(3);

        search(Map.of("q", "tarvitsija", "purpose", "Finding the client of a contact"))
                .then().statusCode(400).body("violations[0].field", equalTo("contactId"));
        search(Map.of("phone", "12", "purpose", "Finding the client of a contact", "contactId", ownContact))
                .then().statusCode(400).body("violations[0].field", equalTo("phone"));
        search(Map.of("q", "tarvitsija", "purpose", "Finding the client of a contact", "contactId", otherOrganisationsContact))
                .then().statusCode(404);
        search(Map.of("q", "tarvitsija", "purpose", "Finding the client of a contact", "contactId", UUID.randomUUID().toString()))
                .then().statusCode(404);
        assertThat(audited("SEARCH", "agent-ntk-search")).as("a refused search lists and audits nobody").hasSize(3);
    }

    @Test
    @Order(11)
    @TestSecurity(user = "agent-ntk", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = UUSIMAA))
    void aLinkByStaffServesReadsAndAnUnlinkEndsThemWhateverArrivesLate() {
        RoutingEvents routing = routing();
        String contact = UUID.randomUUID().toString();
        Instant at = Instant.now().minusSeconds(60);
        routing.publishAndAwait(RoutingEvents.contact("fi.kohtaamo.contact.received.v1", contact, null, UUSIMAA, at));
        read(contact).then().statusCode(404);
        ObjectNode linked = RoutingEvents.contact("fi.kohtaamo.contact.client-linked.v1", contact, clientId, UUSIMAA,
                at.plusSeconds(10));
        routing.publishAndAwait(linked);
        read(contact).then().statusCode(200);

        ObjectNode unlinked = RoutingEvents.contact("fi.kohtaamo.contact.client-unlinked.v1", contact, null, UUSIMAA,
                at.plusSeconds(20));
        routing.publishAndAwait(unlinked);
        read(contact).then().statusCode(404);
        // the link delivered again, and an older event about the client, leave it unlinked
        routing.publish(linked);
        routing.publishAndAwait(RoutingEvents.contact("fi.kohtaamo.contact.client-linked.v1", contact, clientId, UUSIMAA,
                at.plusSeconds(15)));
        read(contact).then().statusCode(404);

        // a link to an id that is no client serves no read, of that id or of another client
        String unknown = UUID.randomUUID().toString();
        routing.publishAndAwait(RoutingEvents.contact("fi.kohtaamo.contact.client-linked.v1", contact, unknown, UUSIMAA,
                at.plusSeconds(30)));
        given().queryParam("contactId", contact).queryParam("purpose", "Handling a permit application")
                .when().get("/api/v1/clients/" + unknown).then().statusCode(404);
        read(contact).then().statusCode(404);
    }

    private static Response search(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clients/search");
    }

    private static Map<String, Object> person(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PERSON");
        body.put("firstName", "Tiina");
        body.put("lastName", "Tarvitsija");
        body.put("identityCode", code);
        body.put("phones", java.util.List.of("040 123 4567"));
        return body;
    }

    private static Response read(String contactId) {
        var request = given().queryParam("purpose", "Handling a permit application");
        if (contactId != null) {
            request = request.queryParam("contactId", contactId);
        }
        return request.when().get("/api/v1/clients/" + clientId);
    }

    private static Response reveal(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clients/" + clientId + "/identity-code");
    }

    private String organisationOf(String contactId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select organisation from registry.contact_link where contact_id = cast(?1 as uuid)")
                .setParameter(1, contactId).getSingleResult());
    }

    /** The contacts named by the actor's audited entries of this kind about the client (null for none named). */
    @SuppressWarnings("unchecked")
    private List<String> audited(String action, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object>) entityManager.createNativeQuery(
                        "select cast(contact_id as text) from registry.audit_entry where client_id = cast(?1 as uuid)"
                                + " and action = ?2 and actor = ?3")
                .setParameter(1, clientId).setParameter(2, action).setParameter(3, actor).getResultList())
                .stream().map(value -> (String) value).toList());
    }
}
