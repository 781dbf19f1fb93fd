package fi.kohtaamo.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.catalogue.domain.Channel;
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
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A round trip through PTV v11's JSON shape changes nothing; a changed document changes just that. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "catalogue"))
class PtvExchangeTest {

    private static final Set<String> PTV_SERVICE_FIELDS = Set.of("id", "sourceId", "type", "fundingType", "serviceNames",
            "serviceChargeType", "areaType", "areas", "serviceDescriptions", "languages", "keywords", "serviceClasses",
            "targetGroups", "lifeEvents", "organizations", "mainOrganization", "serviceChannels", "publishingStatus", "modified");
    private static final Set<String> PTV_CHANNEL_FIELDS = Set.of("id", "organizationId", "serviceChannelType",
            "serviceChannelNames", "languages", "supportEmails", "supportPhones", "webPages", "addresses", "serviceHours",
            "publishingStatus");

    @Inject
    ObjectMapper mapper;

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anUnchangedRoundTripChangesNothingAndAChangeChangesJustThat() throws Exception {
        JsonNode exported = mapper.readTree(given().when().get("/api/v1/ptv/export").then().statusCode(200).extract().asString());
        assertThat(exported.path("organizations")).hasSize(1);
        assertThat(exported.path("organizations").get(0).path("sourceId").asText()).isEqualTo("ely-uusimaa");
        assertThat(exported.path("serviceChannels")).hasSize(4);
        int serviceCount = exported.path("services").size();
        assertThat(serviceCount).isGreaterThanOrEqualTo(15);
        for (JsonNode service : exported.path("services")) {
            assertThat(fields(service)).isSubsetOf(PTV_SERVICE_FIELDS);
            assertThat(service.path("type").asText()).isIn("Service", "PermitOrObligation", "ProfessionalQualification");
            assertThat(service.path("serviceNames").get(0).path("type").asText()).isEqualTo("Name");
        }
        for (JsonNode channel : exported.path("serviceChannels")) {
            assertThat(fields(channel)).isSubsetOf(PTV_CHANNEL_FIELDS);
        }
        JsonNode permit = service(exported, "road-connection-permit");
        assertThat(permit.path("serviceChargeType").asText()).isEqualTo("Chargeable");
        assertThat(permit.path("areaType").asText()).isEqualTo("LimitedType");
        assertThat(permit.path("serviceDescriptions").toString()).contains("\"type\":\"ProcessingTime\"");

        Map<String, String> etagsBefore = etags(exported);
        given().contentType(ContentType.JSON).body(exported.toString()).when().post("/api/v1/ptv/import")
                .then().statusCode(200)
                .body("services.unchanged", equalTo(serviceCount)).body("services.updated", equalTo(0))
                .body("serviceChannels.unchanged", equalTo(4)).body("organizations.unchanged", equalTo(1));
        assertThat(etags(exported)).isEqualTo(etagsBefore);
        JsonNode again = mapper.readTree(given().when().get("/api/v1/ptv/export").then().extract().asString());
        assertThat(again).isEqualTo(exported);

        // one change: a Swedish name and the phone service's hours
        ObjectNode changed = exported.deepCopy();
        for (JsonNode name : service(changed, "road-connection-permit").path("serviceNames")) {
            if (name.path("language").asText().equals("sv")) {
                ((ObjectNode) name).put("value", "Anslutningstillstånd för landsväg");
            }
        }
        for (JsonNode channel : changed.path("serviceChannels")) {
            if (channel.path("serviceChannelType").asText().equals("Phone")) {
                ((ObjectNode) channel.path("serviceHours").get(0).path("openingHour").get(0)).put("from", "08:30");
            }
        }
        given().contentType(ContentType.JSON).body(changed.toString()).when().post("/api/v1/ptv/import")
                .then().statusCode(200)
                .body("services.updated", equalTo(1)).body("services.unchanged", equalTo(serviceCount - 1))
                .body("serviceChannels.updated", equalTo(1));
        given().when().get("/api/v1/services/" + permit.path("id").asText())
                .then().body("name.sv", equalTo("Anslutningstillstånd för landsväg"))
                .body("channels.find { it.type == 'PHONE' }.hours.schedules[0].periods[0].opens", equalTo("08:30:00"));
        given().when().get("/api/v1/services/" + permit.path("id").asText() + "/history")
                .then().body("action[-1]", equalTo("IMPORTED"));

        // and back again: the original document restores exactly what was there
        given().contentType(ContentType.JSON).body(exported.toString()).when().post("/api/v1/ptv/import")
                .then().statusCode(200).body("services.updated", equalTo(1)).body("serviceChannels.updated", equalTo(1));
        given().when().get("/api/v1/services/" + permit.path("id").asText())
                .then().body("name.sv", equalTo("Anslutningstillstånd till landsväg"));
    }

    @Test
    @TestSecurity(user = "admin-pirkanmaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void aDryRunWritesNothingAndPlansExactlyWhatTheImportThenDoes() throws Exception {
        JsonNode exported = mapper.readTree(given().when().get("/api/v1/ptv/export").then().statusCode(200).extract().asString());
        ObjectNode changed = exported.deepCopy();
        JsonNode first = changed.path("services").get(0);
        for (JsonNode name : first.path("serviceNames")) {
            if (name.path("language").asText().equals("en")) {
                ((ObjectNode) name).put("value", "Renamed in a preview");
            }
        }
        ObjectNode fresh = changed.path("services").get(1).deepCopy();
        fresh.put("id", UUID.randomUUID().toString());
        fresh.put("sourceId", "preview-" + UUID.randomUUID().toString().substring(0, 8));
        fresh.putArray("serviceChannels");
        fresh.put("publishingStatus", "Draft"); // a draft, so the public lists other tests count stay as seeded
        ((ArrayNode) changed.path("services")).add(fresh);
        Map<String, String> etagsBefore = etags(exported);
        String historyBefore = given().when().get("/api/v1/services/" + first.path("id").asText() + "/history").then().extract().asString();

        JsonNode plan = mapper.readTree(given().contentType(ContentType.JSON).body(changed.toString())
                .queryParam("dryRun", "true").queryParam("defaultGroup", "PERMITS_AND_NOTIFICATIONS").queryParam("defaultQueue", "pirkanmaa-permits")
                .when().post("/api/v1/ptv/import").then().statusCode(200).extract().asString());
        assertThat(plan.path("services").path("created").asInt()).isEqualTo(1);
        assertThat(plan.path("services").path("updated").asInt()).isEqualTo(1);
        JsonNode renamed = change(plan, first.path("id").asText());
        assertThat(renamed.path("kind").asText()).isEqualTo("CHANGED");
        assertThat(renamed.path("fields").toString()).isEqualTo("[\"serviceNames\"]");
        assertThat(change(plan, fresh.path("id").asText()).path("kind").asText()).isEqualTo("NEW");

        // nothing written: versions, history, the new service and the export are as they were
        assertThat(etags(exported)).isEqualTo(etagsBefore);
        given().when().get("/api/v1/services/" + first.path("id").asText() + "/history").then().body(equalTo(historyBefore));
        given().when().get("/api/v1/services/" + fresh.path("id").asText()).then().statusCode(404);
        assertThat(mapper.readTree(given().when().get("/api/v1/ptv/export").then().extract().asString())).isEqualTo(exported);

        JsonNode applied = mapper.readTree(given().contentType(ContentType.JSON).body(changed.toString())
                .queryParam("defaultGroup", "PERMITS_AND_NOTIFICATIONS").queryParam("defaultQueue", "pirkanmaa-permits")
                .when().post("/api/v1/ptv/import").then().statusCode(200).extract().asString());
        assertThat(applied).isEqualTo(plan);
        given().when().get("/api/v1/services/" + fresh.path("id").asText()).then().statusCode(200);

        given().contentType(ContentType.JSON).body(changed.toString()).queryParam("dryRun", "maybe")
                .when().post("/api/v1/ptv/import").then().statusCode(400).body("violations[0].field", equalTo("dryRun"));
    }

    private static JsonNode change(JsonNode plan, String id) {
        for (JsonNode change : plan.path("changes")) {
            if (change.path("id").asText().equals(id)) {
                return change;
            }
        }
        throw new AssertionError("no change for " + id + " in " + plan);
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aNewServiceNeedsAGroupAndQueueAndAnotherOrganisationsServiceIsRefused() throws Exception {
        JsonNode exported = mapper.readTree(given().when().get("/api/v1/ptv/export").then().extract().asString());
        ObjectNode document = mapper.createObjectNode();
        document.putArray("organizations");
        document.putArray("serviceChannels");
        ObjectNode fresh = service(exported, "road-connection-permit").deepCopy();
        String freshId = UUID.randomUUID().toString();
        fresh.put("id", freshId).put("sourceId", "imported-" + freshId.substring(0, 8)).put("publishingStatus", "Draft");
        ((ArrayNode) document.putArray("services")).add(fresh);

        given().contentType(ContentType.JSON).body(document.toString()).when().post("/api/v1/ptv/import")
                .then().statusCode(400).body("violations[0].field", equalTo("defaultGroup"));
        given().contentType(ContentType.JSON).body(document.toString())
                .queryParam("defaultGroup", "PERMITS_AND_NOTIFICATIONS").queryParam("defaultQueue", "uusimaa-permits")
                .when().post("/api/v1/ptv/import")
                .then().statusCode(200).body("services.created", equalTo(1));
        given().when().get("/api/v1/services/" + freshId).then().statusCode(200).body("status", equalTo("DRAFT"));

        ((ObjectNode) fresh.path("organizations").get(0).path("organization")).put("id", "0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0002");
        given().contentType(ContentType.JSON).body(document.toString()).when().post("/api/v1/ptv/import")
                .then().statusCode(400).body("violations[0].field", equalTo("services[0].organizations"));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anotherOrganisationsChannelCanBeNeitherTakenOverNorLinked() throws Exception {
        JsonNode exported = mapper.readTree(given().when().get("/api/v1/ptv/export").then().extract().asString());
        UUID own = UUID.fromString(exported.path("organizations").get(0).path("id").asText());
        Channel foreign = QuarkusTransaction.requiringNew().call(() ->
                Channel.<Channel>find("organisationId <> ?1", own).firstResult());
        assertThat(foreign).isNotNull();

        // a channel document naming the own organisation but another agency's channel id
        ObjectNode takeOver = exported.path("serviceChannels").get(0).deepCopy();
        takeOver.put("id", foreign.id.toString());
        ObjectNode document = mapper.createObjectNode();
        document.putArray("organizations");
        document.putArray("serviceChannels").add(takeOver);
        document.putArray("services");
        given().contentType(ContentType.JSON).body(document.toString()).when().post("/api/v1/ptv/import")
                .then().statusCode(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Channel.<Channel>findById(foreign.id).organisationId))
                .isEqualTo(foreign.organisationId);

        // an own service linking another agency's channel, by import and by the service API
        ObjectNode permit = service(exported, "road-connection-permit").deepCopy();
        ((ArrayNode) permit.path("serviceChannels")).addObject().putObject("serviceChannel").put("id", foreign.id.toString());
        document.putArray("serviceChannels");
        document.putArray("services").add(permit);
        given().contentType(ContentType.JSON).body(document.toString()).when().post("/api/v1/ptv/import")
                .then().statusCode(400).body("violations[0].field", equalTo("services[0].serviceChannels"));
        ((ObjectNode) permit.path("serviceChannels").get(0).path("serviceChannel")).put("id", "not-a-uuid");
        given().contentType(ContentType.JSON).body(document.toString()).when().post("/api/v1/ptv/import")
                .then().statusCode(400).body("violations[0].field", equalTo("services[0].serviceChannels"));

        // a channel's web page must be https
        ObjectNode plain = exported.path("serviceChannels").get(0).deepCopy();
        ((ArrayNode) plain.putArray("webPages")).addObject().put("url", "javascript:alert(1)").put("language", "fi");
        document.putArray("services");
        document.putArray("serviceChannels").add(plain);
        given().contentType(ContentType.JSON).body(document.toString()).when().post("/api/v1/ptv/import")
                .then().statusCode(400).body("violations[0].field", equalTo("serviceChannels[0].webPages[0].url"));
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void otherRolesAreForbidden() {
        given().when().get("/api/v1/ptv/export").then().statusCode(403);
    }

    @Test
    void anonymousIs401() {
        given().when().get("/api/v1/ptv/export").then().statusCode(401);
    }

    private Map<String, String> etags(JsonNode exported) {
        Map<String, String> etags = new HashMap<>();
        for (JsonNode service : exported.path("services")) {
            String id = service.path("id").asText();
            etags.put(id, given().when().get("/api/v1/services/" + id).then().extract().header("ETag"));
        }
        return etags;
    }

    private static JsonNode service(JsonNode document, String code) {
        for (JsonNode service : document.path("services")) {
            if (service.path("sourceId").asText().equals(code)) {
                return service;
            }
        }
        throw new AssertionError("no service " + code);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
