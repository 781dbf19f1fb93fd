package fi.kohtaamo.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The client registry through the gateway with real tokens: a registry admin registers a citizen,
 * an agent reads the record with a purpose, and the citizen, signed in, sees that read; a GDPR
 * export is assembled from the parts of contact routing and feedback, and an erasure reaches the
 * client's contacts.
 */
class RegistryFlowIT {

    @Test
    void aStaffReadIsVisibleToTheCitizenWhoseDataWasRead() {
        String citizenToken = Platform.userToken("citizen.2");
        String citizenSubject = subjectOf(citizenToken);
        String adminToken = Platform.userToken("registry-admin.uusimaa");

        Response registered = Platform.gateway().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "firstName", "Sven", "lastName", "Svensson",
                        "identityCode", randomIdentityCode(), "preferredLanguage", "sv", "keycloakSubject", citizenSubject))
                .when().post("/api/v1/clients");
        // a rerun against kept data finds the citizen already linked
        assertThat(registered.statusCode()).isIn(201, 409);
        String clientId = registered.statusCode() == 201 ? registered.path("id") : registered.path("existingId");

        String purpose = "E2E check " + System.nanoTime();
        Platform.gateway().auth().oauth2(Platform.userToken("agent.pirkanmaa"))
                .queryParam("purpose", purpose).when().get("/api/v1/clients/" + clientId)
                .then().statusCode(200).body("lastName", equalTo("Svensson"));

        Platform.gateway().auth().oauth2(citizenToken).when().get("/api/v1/me")
                .then().statusCode(200).body("id", equalTo(clientId));
        Platform.gateway().auth().oauth2(citizenToken).when().get("/api/v1/me/access-log")
                .then().statusCode(200).body("purpose", hasItem(purpose)).body("organisation", hasItem("ely-pirkanmaa"));

        Platform.gateway().auth().oauth2(citizenToken).queryParam("purpose", "curiosity")
                .when().get("/api/v1/clients/" + clientId).then().statusCode(403);
        Platform.gateway().when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void anExportAssemblesTheServicesPartsAndAnErasureRemovesThePersonalDataOfTheClientsContacts() {
        String adminToken = Platform.userToken("registry-admin.uusimaa");
        String clientId = Platform.gateway().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("kind", "PERSON", "firstName", "Eero", "lastName", "Esimerkki", "identityCode", randomIdentityCode()))
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        String contactId = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Platform.gateway().auth().oauth2(Platform.agencyToken()).contentType(ContentType.JSON)
                        .body(Map.of("serviceId", "5e2b8f10-7a3c-4d1e-8b9f-00000000a004", "language", "fi", "clientId", clientId,
                                "description", "Eero Esimerkki hakee liittymälupaa",
                                "attributes", Platform.PERMIT_ANSWERS)).when().post("/api/v1/contacts"),
                        response -> response.statusCode() == 201)
                .path("id");

        // The GDPR export: the registry asks contact routing and feedback through Kafka and assembles
        // their parts. Feedback learns of the contact asynchronously, so an export completed before
        // that is followed by a fresh one (a POST answers with the export still collecting, if any).
        String[] exportId = {null};
        Response[] export = {null};
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> {
                    if (exportId[0] == null) {
                        String location = Platform.gateway().auth().oauth2(adminToken).when()
                                .post("/api/v1/clients/" + clientId + "/exports").then().statusCode(202).extract().header("Location");
                        exportId[0] = location.substring(location.lastIndexOf('/') + 1);
                    }
                    Response read = Platform.gateway().auth().oauth2(adminToken).when()
                            .get("/api/v1/clients/" + clientId + "/exports/" + exportId[0]);
                    if (!"COMPLETE".equals(read.path("status"))) {
                        return false;
                    }
                    java.util.List<String> facts = read.path("document.feedback.contactFacts.contactId");
                    if (!facts.contains(contactId)) {
                        exportId[0] = null; // completed before feedback knew of the contact: ask again
                        return false;
                    }
                    export[0] = read;
                    return true;
                });
        export[0].then().body("document.client-registry.record.lastName", equalTo("Esimerkki"))
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

    private static String subjectOf(String token) {
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
