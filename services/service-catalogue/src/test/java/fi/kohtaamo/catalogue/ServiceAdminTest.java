package fi.kohtaamo.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import fi.kohtaamo.catalogue.domain.Channel;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "catalogue"))
class ServiceAdminTest {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static Map<String, Object> service(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("group", "PERMITS_AND_NOTIFICATIONS");
        body.put("ptvType", "PERMIT_OR_OBLIGATION");
        body.put("name", Map.of("fi", "Erikoiskuljetuslupa", "sv", "Specialtransporttillstånd", "en", "Special transport permit"));
        body.put("summary", Map.of("fi", "Lupa ylileveälle tai ylipitkälle kuljetukselle.",
                "sv", "Tillstånd för en överbred eller överlång transport.", "en", "A permit for an oversized transport."));
        body.put("areaType", "NATIONWIDE");
        body.put("classifications", List.of(
                Map.of("kind", "TARGET_GROUP", "code", "KR2", "label", Map.of("fi", "Yritykset", "sv", "Företag", "en", "Businesses")),
                Map.of("kind", "KEYWORD", "code", "kuljetus", "label", Map.of("fi", "kuljetus", "sv", "transport", "en", "haulage"))));
        body.put("routing", Map.of("defaultQueue", "uusimaa-permits", "requiredSkills", List.of("permits"), "priority", 2,
                "firstResponseHours", 16, "resolutionHours", 120));
        body.put("attributes", List.of(
                Map.of("code", "vehicle_width", "datatype", "NUMBER", "required", true, "order", 1,
                        "description", Map.of("fi", "Leveys metreinä", "sv", "Bredd i meter", "en", "Width in metres")),
                Map.of("code", "route_type", "datatype", "SINGLE_CHOICE", "required", false, "order", 2,
                        "description", Map.of("fi", "Reitti", "sv", "Rutt", "en", "Route"),
                        "values", List.of(Map.of("key", "single", "name", Map.of("fi", "Kertareitti", "sv", "Engångsrutt", "en", "One-off route")),
                                Map.of("key", "recurring", "name", Map.of("fi", "Toistuva", "sv", "Återkommande", "en", "Recurring"))))));
        return body;
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aServiceGoesFromDraftThroughPublishedToWithdrawnWithEventsAndHistory() {
        String code = "special-transport-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().contentType(ContentType.JSON).body(service(code))
                .when().post("/api/v1/services")
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("status", equalTo("DRAFT"))
                .body("routing.requiredSkills", hasItem("permits"))
                .body("classifications.targetGroups[0].label", equalTo("Yritykset"))
                .extract().path("id");

        // a draft is invisible to the public
        given().auth().none().when().get("/api/v1/services?q=" + code).then().body("", hasSize(0));

        Map<String, Object> changed = service(code);
        changed.put("summary", Map.of("fi", "Lupa erikoiskuljetukselle.", "sv", "Tillstånd för specialtransport.",
                "en", "A permit for a special transport."));
        given().contentType(ContentType.JSON).body(changed).when().put("/api/v1/services/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed).when().put("/api/v1/services/" + id)
                .then().statusCode(412).body("currentVersion", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed).when().put("/api/v1/services/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("summary.en", equalTo("A permit for a special transport."));

        given().header("If-Match", "\"2\"").when().post("/api/v1/services/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).header("ETag", "\"3\"");
        given().when().post("/api/v1/services/" + id + "/publish").then().statusCode(409);
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(service(code)).when().put("/api/v1/services/" + id)
                .then().statusCode(200);
        given().when().post("/api/v1/services/" + id + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        given().when().get("/api/v1/services/" + id + "/history")
                .then().statusCode(200)
                .body("action", org.hamcrest.Matchers.contains("CREATED", "UPDATED", "PUBLISHED", "UPDATED", "WITHDRAWN"))
                .body("changedBy", hasItem("admin-uusimaa"))
                .body("[1].snapshot.summary.en", equalTo("A permit for a special transport."));

        List<ConsumerRecord<String, String>> records = new KafkaTestClient(bootstrapServers)
                .await("kohtaamo.catalogue.v1", record -> id.equals(record.key()), 3, Duration.ofSeconds(30));
        List<CloudEvent> events = records.stream().map(record -> CloudEvent.parse(mapper, record.value())).toList();
        assertThat(events).extracting(CloudEvent::type).containsExactly(
                "fi.kohtaamo.catalogue.service.published.v1",
                "fi.kohtaamo.catalogue.service.updated.v1",
                "fi.kohtaamo.catalogue.service.withdrawn.v1");
        assertThat(events.get(0).data().path("priority").asInt()).isEqualTo(2);
        assertThat(events.get(0).data().path("attributes").get(1).path("values").toString()).contains("recurring");
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aDraftInFinnishAloneIsKeptWithItsMissingTranslationsAndNotPublished() {
        Map<String, Object> body = service("finnish-only-draft");
        body.put("name", Map.of("fi", "Vain suomeksi"));
        body.put("summary", Map.of("fi", "Tiivistelmä suomeksi."));
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/services").then().statusCode(201)
                .extract().path("id");
        given().when().get("/api/v1/services/own").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.missingTranslations", hasItems("sv", "en"));
        given().header("If-Match", "\"1\"").when().post("/api/v1/services/" + id + "/publish").then().statusCode(400)
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void badInputIsAProblemNamingEachField() {
        Map<String, Object> body = service("x");
        body.put("name", Map.of("sv", "Bara svenska"));
        body.put("routing", Map.of("defaultQueue", "", "priority", 9));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/services")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("code", "name.fi", "routing.defaultQueue", "routing.priority"));

        Map<String, Object> limited = service("limited-" + UUID.randomUUID().toString().substring(0, 8));
        limited.put("areaType", "LIMITED");
        given().contentType(ContentType.JSON).body(limited).when().post("/api/v1/services")
                .then().statusCode(400).body("violations[0].field", equalTo("areaCodes"));

        Map<String, Object> choiceWithoutValues = service("choices-" + UUID.randomUUID().toString().substring(0, 8));
        choiceWithoutValues.put("attributes", List.of(Map.of("code", "kind", "datatype", "MULTI_CHOICE", "order", 1,
                "description", Map.of("fi", "Laji"))));
        given().contentType(ContentType.JSON).body(choiceWithoutValues).when().post("/api/v1/services")
                .then().statusCode(400).body("violations[0].field", equalTo("attributes[0].values"));

        given().contentType(ContentType.JSON).body(service("road-connection-permit")).when().post("/api/v1/services")
                .then().statusCode(409).body("violations[0].field", equalTo("code"));

        Map<String, Object> foreignChannel = service("linked-" + UUID.randomUUID().toString().substring(0, 8));
        UUID foreign = QuarkusTransaction.requiringNew().call(() -> Channel.<Channel>find(
                "organisationId <> (select o.id from Organisation o where o.code = 'ely-uusimaa')").firstResult().id);
        foreignChannel.put("channelIds", List.of(foreign));
        given().contentType(ContentType.JSON).body(foreignChannel).when().post("/api/v1/services")
                .then().statusCode(400).body("violations[0].field", equalTo("channelIds[0]"));
    }

    @Test
    @TestSecurity(user = "admin-pirkanmaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anAdminCannotChangeAnotherOrganisationsService() {
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(service("road-connection-permit"))
                .when().put("/api/v1/services/5e2b8f10-7a3c-4d1e-8b9f-00000000a004")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().post("/api/v1/services/5e2b8f10-7a3c-4d1e-8b9f-00000000a004/withdraw").then().statusCode(403);
        given().when().get("/api/v1/services/5e2b8f10-7a3c-4d1e-8b9f-00000000a004/history").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void otherRolesAreForbidden() {
        given().contentType(ContentType.JSON).body(service("agent-made")).when().post("/api/v1/services").then().statusCode(403);
    }

    @Test
    void anonymousChangesAre401() {
        given().contentType(ContentType.JSON).body(service("anonymous-made")).when().post("/api/v1/services").then().statusCode(401);
        given().when().post("/api/v1/services/5e2b8f10-7a3c-4d1e-8b9f-00000000a004/publish").then().statusCode(401);
    }
}
