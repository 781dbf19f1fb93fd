package fi.kohtaamo.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The fifteen ELY Centres with their responsibility areas, and services naming their area. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "catalogue"))
class ResponsibilityAreaTest {

    private static final List<String> CENTRES = List.of("uusimaa", "varsinais-suomi", "satakunta", "hame", "pirkanmaa",
            "kaakkois-suomi", "etela-savo", "pohjois-savo", "pohjois-karjala", "keski-suomi", "etela-pohjanmaa", "pohjanmaa",
            "pohjois-pohjanmaa", "kainuu", "lappi");

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyElyCentreHasItsThreeResponsibilityAreasUnderIt() throws Exception {
        JsonNode organisations = mapper.readTree(given().when().get("/api/v1/organisations").then().statusCode(200).extract().asString());
        for (String centre : CENTRES) {
            JsonNode parent = byCode(organisations, "ely-" + centre);
            assertThat(parent).as("ely-" + centre).isNotNull();
            assertThat(parent.path("name").path("sv").asText()).startsWith("Närings-, trafik- och miljöcentralen i ");
            List<String> units = new ArrayList<>();
            for (JsonNode organisation : organisations) {
                if (organisation.path("parentId").asText().equals(parent.path("id").asText())) {
                    units.add(organisation.path("code").asText());
                }
            }
            assertThat(units).as(centre).containsExactlyInAnyOrder("ely-" + centre + "-e", "ely-" + centre + "-l", "ely-" + centre + "-y");
            JsonNode business = byCode(organisations, "ely-" + centre + "-e");
            assertThat(business.path("name").path("fi").asText()).endsWith(": elinkeinot, työvoima, osaaminen ja kulttuuri");
            assertThat(business.path("name").path("sv").asText()).endsWith(": näringar, arbetskraft, kompetens och kultur");
            assertThat(business.path("name").path("en").asText())
                    .endsWith(": business and industry, labour force, competence and cultural activities");
            assertThat(byCode(organisations, "ely-" + centre + "-l").path("name").path("en").asText()).endsWith(": transport and infrastructure");
            assertThat(byCode(organisations, "ely-" + centre + "-y").path("name").path("sv").asText()).endsWith(": miljö och naturresurser");
        }
        assertThat(byCode(organisations, "ely-uusimaa-e").path("version").asInt()).isEqualTo(2);

        // the new centres, their units and the renamed units were announced
        List<ConsumerRecord<String, String>> records = new KafkaTestClient(bootstrapServers).await("kohtaamo.catalogue.v1",
                record -> record.value().contains("organisation.upserted") && record.value().contains("\"ely-lappi"), 4, Duration.ofSeconds(30));
        assertThat(records.stream().map(r -> CloudEvent.parse(mapper, r.value()).data().path("code").asText()))
                .contains("ely-lappi", "ely-lappi-e", "ely-lappi-l", "ely-lappi-y");
        // V4's announcement, then V6's correction
        assertThat(new KafkaTestClient(bootstrapServers).await("kohtaamo.catalogue.v1",
                record -> record.value().contains("\"ely-uusimaa-e\""), 2, Duration.ofSeconds(30)).get(1).value())
                .contains("cultural activities").contains("\"version\" : 2");
    }

    @Test
    @TestSecurity(user = "admin-uusimaa", roles = "catalogue-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aServiceNamesOneOfItsOwnOrganisationsAreasOnly() throws Exception {
        JsonNode organisations = mapper.readTree(given().when().get("/api/v1/organisations").then().extract().asString());
        String transport = byCode(organisations, "ely-uusimaa-l").path("id").asText();
        String code = "area-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = ServiceAdminTest.service(code);
        body.put("responsibilityArea", transport);
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/services")
                .then().statusCode(201).body("responsibilityArea", equalTo(transport)).extract().path("id");
        given().when().get("/api/v1/services/own").then().statusCode(200)
                .body("find { it.code == '" + code + "' }.responsibilityArea", equalTo(transport))
                .body("find { it.code == '" + code + "' }.status", equalTo("DRAFT"));
        given().header("If-Match", "\"1\"").when().post("/api/v1/services/" + id + "/publish").then().statusCode(200);
        JsonNode event = CloudEvent.parse(mapper, new KafkaTestClient(bootstrapServers)
                .await("kohtaamo.catalogue.v1", record -> id.equals(record.key()), 1, Duration.ofSeconds(30)).get(0).value()).data();
        assertThat(event.path("responsibilityArea").asText()).isEqualTo(transport);

        for (String refused : List.of(byCode(organisations, "ely-pirkanmaa-l").path("id").asText(),
                byCode(organisations, "ely-uusimaa").path("id").asText(), UUID.randomUUID().toString())) {
            body.put("responsibilityArea", refused);
            given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(body).when().put("/api/v1/services/" + id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("responsibilityArea"));
        }
        body.put("responsibilityArea", "not-a-uuid");
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(body).when().put("/api/v1/services/" + id)
                .then().statusCode(400).contentType("application/problem+json");
        body.remove("responsibilityArea");
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(body).when().put("/api/v1/services/" + id)
                .then().statusCode(200).body("responsibilityArea", equalTo(null));
        // out of the public lists again, which other tests count
        given().when().post("/api/v1/services/" + id + "/withdraw").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void onlyAnAdminListsTheirOrganisationsServices() {
        given().when().get("/api/v1/services/own").then().statusCode(403);
    }

    private static JsonNode byCode(JsonNode organisations, String code) {
        for (JsonNode organisation : organisations) {
            if (organisation.path("code").asText().equals(code)) {
                return organisation;
            }
        }
        return null;
    }
}
