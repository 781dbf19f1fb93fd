package fi.kohtaamo.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The client registry through the gateway with real tokens: a registry admin registers a citizen,
 * an agency system sends a contact about them, an agent of that organisation reads the record
 * naming the contact (another organisation's agent cannot), reveals the masked identity code with
 * a reason, and the citizen, signed in, sees both; a GDPR export is assembled from the parts of
 * contact routing and feedback, and an erasure reaches the client's contacts; a signed-in
 * citizen's own web contact and feedback are theirs too (export and erasure reach them), and staff
 * opening that contact is on the citizen's list of reads.
 */
class RegistryFlowIT {

    private static final String PERMIT_SERVICE = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";

    @Test
    void aStaffReadNamesItsContactAndIsVisibleToTheCitizenWhoseDataWasRead() {
        String citizenToken = Platform.userToken("citizen.2");
        String citizenSubject = subjectOf(citizenToken);
        String adminToken = Platform.userToken("registry-admin.uusimaa");

        String clientId = linkedClient(citizenSubject, adminToken);
        String contactId = contactAbout(clientId, "Hakemus liittymäluvasta");

        String purpose = "E2E check " + System.nanoTime();
        String agentToken = Platform.userToken("agent.uusimaa");
        // the registry learns of the contact from routing's event: the read waits for it
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> read(agentToken, clientId, contactId, purpose).statusCode() == 200);
        read(agentToken, clientId, contactId, purpose).then().statusCode(200).body("lastName", equalTo("Svensson"))
                .body("identityCode", matchesPattern("\\d{6}[-+A-FU-Y]\\*{4}"));
        read(Platform.userToken("agent.pirkanmaa"), clientId, contactId, purpose).then().statusCode(404);
        read(agentToken, clientId, null, purpose).then().statusCode(400);

        String reason = "E2E reveal " + System.nanoTime();
        Platform.gateway().auth().oauth2(agentToken).contentType(ContentType.JSON)
                .body(Map.of("contactId", contactId, "reason", reason))
                .when().post("/api/v1/clients/" + clientId + "/identity-code")
                .then().statusCode(200).body("identityCode", matchesPattern("\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]"));

        Platform.gateway().auth().oauth2(citizenToken).when().get("/api/v1/me")
                .then().statusCode(200).body("id", equalTo(clientId));
        Platform.gateway().auth().oauth2(citizenToken).when().get("/api/v1/me/access-log")
                .then().statusCode(200).body("purpose", hasItems(purpose, reason)).body("organisation", hasItem("ely-uusimaa"))
                .body("action", hasItem("REVEAL_IDENTITY_CODE"));

        Platform.gateway().auth().oauth2(citizenToken).queryParam("purpose", "curiosity")
                .when().get("/api/v1/clients/" + clientId).then().statusCode(403);
        Platform.gateway().when().get("/api/v1/me").then().statusCode(401);
    }

    /**
     * Issue 23: a segment's preferred channels reach routing (the registry's segment-defined event and
     * the client's segments), and the opened contact of a segment member says what the client prefers
     * and that this one came another way (the agency system's channel API).
     */
    @Test
    void aContactOfASegmentMemberCarriesTheSegmentsPreferredChannels() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String adminToken = Platform.userToken("registry-admin.uusimaa");
        String segment = "e2e-steered-" + run;
        Platform.gateway().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("nameFi", "Ohjattavat " + run, "preferredChannels", java.util.List.of("WEB", "EMAIL")))
                .when().put("/api/v1/segments/" + segment).then().statusCode(200);
        String clientId = Platform.gateway().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "firstName", "Outi", "lastName", "Ohjattava"))
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        Platform.gateway().auth().oauth2(adminToken).when().put("/api/v1/clients/" + clientId + "/segments/" + segment)
                .then().statusCode(200);

        // Routing learns the segment and the client's membership from the registry's events: a contact
        // sent before they arrive names no segment, so contacts are sent until one does.
        String agentToken = Platform.userToken("agent.uusimaa");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> Platform.gateway().auth().oauth2(agentToken)
                                .when().get("/api/v1/contacts/" + contactAbout(clientId, "Ohjattavan asia " + run)),
                        response -> response.statusCode() == 200
                                && java.util.List.of("WEB", "EMAIL").equals(response.path("preferredChannels"))
                                && Boolean.FALSE.equals(response.path("viaPreferredChannel")));
    }

    @Test
    void aDuplicateRegistrationNamesTheExistingClientToRegistryAdministrationOnly() {
        String code = randomIdentityCode();
        Map<String, Object> person = Map.of("kind", "PERSON", "firstName", "Kaisa", "lastName", "Kaksoinen", "identityCode", code);
        String adminToken = Platform.userToken("registry-admin.uusimaa");
        String clientId = Platform.gateway().auth().oauth2(adminToken).contentType(ContentType.JSON).body(person)
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        Platform.gateway().auth().oauth2(Platform.userToken("agent.pirkanmaa")).contentType(ContentType.JSON).body(person)
                .when().post("/api/v1/clients").then().statusCode(409).body("existingId", nullValue());
        Platform.gateway().auth().oauth2(adminToken).contentType(ContentType.JSON).body(person)
                .when().post("/api/v1/clients").then().statusCode(409).body("existingId", equalTo(clientId));
    }

    private static Response read(String token, String clientId, String contactId, String purpose) {
        io.restassured.specification.RequestSpecification request = Platform.gateway().auth().oauth2(token)
                .queryParam("purpose", purpose);
        if (contactId != null) {
            request = request.queryParam("contactId", contactId);
        }
        return request.when().get("/api/v1/clients/" + clientId);
    }

    /** A contact about the client, sent by ely-uusimaa's agency system to its permit service; its id. */
    private static String contactAbout(String clientId, String description) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Platform.gateway().auth().oauth2(Platform.agencyToken()).contentType(ContentType.JSON)
                                .body(Map.of("serviceId", PERMIT_SERVICE, "language", "fi", "clientId", clientId,
                                        "description", description, "attributes", Platform.PERMIT_ANSWERS))
                                .when().post("/api/v1/contacts"),
                        response -> response.statusCode() == 201)
                .path("id");
    }

    @Test
    void anExportAssemblesTheServicesPartsAndAnErasureRemovesThePersonalDataOfTheClientsContacts() {
        String adminToken = Platform.userToken("registry-admin.uusimaa");
        String clientId = Platform.gateway().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "firstName", "Eero", "lastName", "Esimerkki", "identityCode", randomIdentityCode()))
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        String contactId = contactAbout(clientId, "Eero Esimerkki hakee liittymälupaa");

        // The GDPR export: the registry asks contact routing and feedback through Kafka and assembles
        // their parts. Feedback learns of the contact asynchronously, so an export completed before
        // that is followed by a fresh one (a POST answers with the export still collecting, if any).
        Response export = completeExport(adminToken, "/api/v1/clients/" + clientId + "/exports",
                read -> read.<java.util.List<String>>path("document.feedback.contactFacts.contactId").contains(contactId));
        export.then().body("document.client-registry.record.lastName", equalTo("Esimerkki"))
                .body("document.contact-routing.contacts.description", hasItem("Eero Esimerkki hakee liittymälupaa"));

        Platform.gateway().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("reason", "The client asked for erasure (E2E)"))
                .when().post("/api/v1/clients/" + clientId + "/erasure").then().statusCode(204);

        String agentToken = Platform.userToken("agent.uusimaa");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> {
                    String excerpt = Platform.gateway().auth().oauth2(agentToken)
                            .when().get("/api/v1/queues/7c1f0a00-0000-4000-8000-000000000002/contacts?limit=500")
                            .then().statusCode(200).extract().path("find { it.id == '" + contactId + "' }.excerpt");
                    return excerpt != null && !excerpt.contains("Esimerkki");
                });
    }

    @Test
    void exportAndErasureReachASignedInCitizensWebContactAndFeedbackAndOpeningTheContactIsShownToThem() {
        String citizenToken = Platform.userToken("citizen.2");
        String adminToken = Platform.userToken("registry-admin.uusimaa");
        String clientId = linkedClient(subjectOf(citizenToken), adminToken);
        String marker = "E2E-" + System.nanoTime();

        // Signed in, the citizen names no client (only staff may): routing and feedback link them by the sign-in subject.
        Response contact = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Platform.gateway().auth().oauth2(citizenToken).contentType(ContentType.JSON)
                                .body(Map.of("serviceId", PERMIT_SERVICE, "language", "sv", "attributes", Platform.PERMIT_ANSWERS,
                                        "description", "Sven frågar om anslutningstillstånd " + marker)).when().post("/api/v1/contacts"),
                        response -> response.statusCode() == 201);
        String contactId = contact.path("id");
        String trackingCode = contact.path("trackingCode");
        String feedbackId = Platform.gateway().auth().oauth2(citizenToken).contentType(ContentType.JSON)
                .body(Map.of("kind", "SUGGESTION", "serviceId", PERMIT_SERVICE, "language", "sv",
                        "text", "Svens förslag " + marker)).when().post("/api/v1/feedback")
                .then().statusCode(201).extract().path("id");

        // Staff opening the contact is a read of the citizen's data, listed for them beside the registry's reads.
        String agentToken = Platform.userToken("agent.uusimaa");
        Platform.gateway().auth().oauth2(agentToken).when().get("/api/v1/contacts/" + contactId).then().statusCode(200);
        Platform.gateway().auth().oauth2(Platform.userToken("agent.pirkanmaa")).when().get("/api/v1/contacts/" + contactId)
                .then().statusCode(anyOf(equalTo(403), equalTo(404)));
        Platform.gateway().auth().oauth2(citizenToken).when().get("/api/v1/contacts/mine/reads").then().statusCode(200)
                .body("findAll { it.trackingCode == '" + trackingCode + "' }.organisation", everyItem(equalTo("ely-uusimaa")))
                .body("trackingCode", hasItem(trackingCode));
        Platform.gateway().auth().oauth2(Platform.userToken("citizen.1")).when().get("/api/v1/contacts/mine/reads")
                .then().statusCode(200).body("trackingCode", not(hasItem(trackingCode)));

        // The citizen's own export holds the contact and the feedback they sent signed in.
        completeExport(citizenToken, "/api/v1/me/exports",
                read -> read.<java.util.List<String>>path("document.contact-routing.contacts.description")
                        .contains("Sven frågar om anslutningstillstånd " + marker)
                        && read.<java.util.List<String>>path("document.feedback.feedback.text").contains("Svens förslag " + marker));

        // Erasure reaches both.
        Platform.gateway().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("reason", "The citizen asked for erasure (E2E)"))
                .when().post("/api/v1/clients/" + clientId + "/erasure").then().statusCode(204);
        String handlerToken = Platform.userToken("feedback-handler.uusimaa");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> {
                    String description = Platform.gateway().auth().oauth2(agentToken).when().get("/api/v1/contacts/" + contactId)
                            .then().statusCode(200).extract().path("description");
                    String text = Platform.gateway().auth().oauth2(handlerToken).when().get("/api/v1/feedback/" + feedbackId)
                            .then().statusCode(200).extract().path("feedback.text");
                    return !description.contains(marker) && !text.contains(marker);
                });
    }

    /** The client linked to the citizen's sign-in subject: registered now, or found on a rerun against kept data. */
    static String linkedClient(String citizenSubject, String adminToken) {
        Response registered = Platform.gateway().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "firstName", "Sven", "lastName", "Svensson",
                        "identityCode", randomIdentityCode(), "preferredLanguage", "sv", "keycloakSubject", citizenSubject))
                .when().post("/api/v1/clients");
        assertThat(registered.statusCode()).isIn(201, 409);
        return registered.statusCode() == 201 ? registered.path("id") : registered.path("existingId");
    }

    /**
     * A COMPLETE export that holds what {@code holdsAll} looks for. The registry asks contact routing
     * and feedback through Kafka; what they learn asynchronously may miss an export completed before,
     * so such an export is followed by a fresh one (a POST answers with the export still collecting, if any).
     */
    private static Response completeExport(String token, String exportsPath, java.util.function.Predicate<Response> holdsAll) {
        String[] exportId = {null};
        Response[] export = {null};
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> {
                    if (exportId[0] == null) {
                        String location = Platform.gateway().auth().oauth2(token).when().post(exportsPath)
                                .then().statusCode(202).extract().header("Location");
                        exportId[0] = location.substring(location.lastIndexOf('/') + 1);
                    }
                    Response read = Platform.gateway().auth().oauth2(token).when().get(exportsPath + "/" + exportId[0]);
                    if (!"COMPLETE".equals(read.path("status"))) {
                        return false;
                    }
                    if (!holdsAll.test(read)) {
                        exportId[0] = null;
                        return false;
                    }
                    export[0] = read;
                    return true;
                });
        return export[0];
    }

    static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return io.restassured.path.json.JsonPath.from(payload).getString("sub");
    }

    /** A valid code with a random date in the 1900s (century sign '-') and individual number. */
    private static String randomIdentityCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String date = String.format("%02d%02d%02d", random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(0, 100));
        String individual = String.format("%03d", random.nextInt(2, 900));
        char check = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(Integer.parseInt(date + individual) % 31);
        return date + "-" + individual + check;
    }
}
