package fi.kohtaamo.routing;

import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.ReplyTemplate;
import fi.kohtaamo.routing.domain.Tier;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Supervisors keep their organisation's reply templates; its staff fill them for the contacts they answer. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class ReplyTemplateResourceTest {

    private static final String PATH = "/api/v1/reply-templates";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void catalogue() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
    }

    static Map<String, Object> body(String name, String fi, String sv, String en) {
        Map<String, String> texts = new HashMap<>();
        texts.put("fi", fi);
        texts.put("sv", sv);
        texts.put("en", en);
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("texts", texts);
        return body;
    }

    static String name() {
        return "Kiitos " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A template written straight to the table: for tests whose caller may not create one. */
    static UUID template(String organisation, String fi, String sv, String en) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReplyTemplate template = new ReplyTemplate();
            template.id = UUID.randomUUID();
            template.organisation = organisation;
            template.name = name();
            template.textFi = fi;
            template.textSv = sv;
            template.textEn = en;
            template.version = 1;
            template.updatedBy = "test";
            template.updatedAt = Instant.now();
            template.persist();
            return template.id;
        });
    }

    /** A queued contact of the organisation, about the catalogue example's permit service, from Maija. */
    static UUID contact(String organisation, String language, boolean withService) {
        Queue queue = WorkFixtures.queue(organisation, Tier.FIRST_LINE, false);
        UUID id = WorkFixtures.contact(queue, 3, language, Map.of(), 5);
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = Contact.findById(id);
            contact.contactName = "Maija Meikäläinen";
            contact.serviceId = withService ? RoutingTestSupport.PERMIT_SERVICE : null;
        });
        return id;
    }

    @Test
    @TestSecurity(user = "supervisor-uusimaa", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aSupervisorAddsChangesAndRemovesATemplateWithIfMatch() {
        Response created = given().contentType(ContentType.JSON)
                .body(body(name(), "  Hei {client_name}!\n", "", null)).when().post(PATH)
                .then().statusCode(201).header("ETag", containsString("1")).header("Location", containsString(PATH + "/"))
                .body("texts.fi", equalTo("Hei {client_name}!")).body("texts.sv", nullValue()).body("texts.en", nullValue())
                .body("version", equalTo(1)).body("updatedBy", equalTo("supervisor-uusimaa"))
                .extract().response();
        String id = created.path("id");
        given().when().get(PATH).then().statusCode(200).body("id", hasItem(id));
        given().when().get(PATH + "/" + id).then().statusCode(200).header("ETag", containsString("1"));

        Map<String, Object> changed = body(created.path("name"), "Hei {client_name}!", "Hej {client_name}!", "Hello {agent}");
        given().contentType(ContentType.JSON).body(changed).when().put(PATH + "/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed).when().put(PATH + "/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed).when().put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", containsString("2")).body("texts.sv", equalTo("Hej {client_name}!"));

        given().when().delete(PATH + "/" + id).then().statusCode(428);
        given().header("If-Match", "\"1\"").when().delete(PATH + "/" + id).then().statusCode(412);
        given().header("If-Match", "\"2\"").when().delete(PATH + "/" + id).then().statusCode(204);
        given().when().get(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "supervisor-uusimaa", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void badInputIsAProblemNamingTheField() {
        refused(body(" ", "Hei", null, null), "name");
        refused(body("x".repeat(201), "Hei", null, null), "name");
        refused(body(name(), "Hei", "x".repeat(10001), null), "texts.sv");
        refused(body("Kii\u0000tos", "Hei", null, null), "name");
        refused(body(name(), null, null, "Hello\u0000"), "texts.en");
        refused(body(name(), " ", "", null), "texts");
        refused(body(name(), "Hei {client_name}", "Hej {clent_name}", null), "texts.sv");
        Map<String, Object> noTexts = body(name(), null, null, null);
        noTexts.remove("texts");
        refused(noTexts, "texts");
        Map<String, Object> wrongType = body(name(), "Hei", null, null);
        wrongType.put("texts", List.of("Hei"));
        refused(wrongType, "texts");
        Map<String, Object> wrongTextType = body(name(), "Hei", null, null);
        wrongTextType.put("texts", Map.of("fi", Map.of("a", 1)));
        refused(wrongTextType, "texts.fi");

        String taken = name();
        given().contentType(ContentType.JSON).body(body(taken, "Hei", null, null)).when().post(PATH).then().statusCode(201);
        given().contentType(ContentType.JSON).body(body(taken.toUpperCase(), "Hei", null, null)).when().post(PATH).then()
                .statusCode(409).contentType("application/problem+json");
    }

    private static void refused(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    @Test
    @TestSecurity(user = "supervisor-pirkanmaa", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsTemplateIsNotFoundAndItsNameIsFree() {
        UUID uusimaas = template("ely-uusimaa", "Hei", null, null);
        given().when().get(PATH + "/" + uusimaas).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body(name(), "Hei", null, null))
                .when().put(PATH + "/" + uusimaas).then().statusCode(404);
        given().header("If-Match", "\"1\"").when().delete(PATH + "/" + uusimaas).then().statusCode(404);
        given().when().get(PATH).then().statusCode(200).body("id", not(hasItem(uusimaas.toString())));
        String uusimaaName = QuarkusTransaction.requiringNew().call(() -> ReplyTemplate.<ReplyTemplate>findById(uusimaas).name);
        given().contentType(ContentType.JSON).body(body(uusimaaName, "Hei", null, null)).when().post(PATH).then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void agentsReadTemplatesButOnlySupervisorsKeepThem() {
        UUID id = template("ely-uusimaa", "Hei", null, null);
        given().when().get(PATH).then().statusCode(200).body("id", hasItem(id.toString()));
        given().when().get(PATH + "/" + id).then().statusCode(200).body("texts.fi", equalTo("Hei"));
        given().contentType(ContentType.JSON).body(body(name(), "Hei", null, null)).when().post(PATH).then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body(name(), "Hei", null, null))
                .when().put(PATH + "/" + id).then().statusCode(403);
        given().header("If-Match", "\"1\"").when().delete(PATH + "/" + id).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "citizen-maija", roles = "citizen")
    void aCitizenReadsNoTemplates() {
        given().when().get(PATH).then().statusCode(403);
        given().when().get("/api/v1/contacts/" + UUID.randomUUID() + "/reply-templates/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void nobodyReadsTemplatesWithoutSigningIn() {
        given().when().get(PATH).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aTemplateIsFilledForTheContactInItsLanguage() {
        KnownService permit = RoutingTestSupport.knownService(RoutingTestSupport.PERMIT_SERVICE);
        UUID swedish = contact("ely-uusimaa", "sv", true);
        String code = WorkFixtures.trackingCode(swedish);
        UUID both = template("ely-uusimaa", "Hei {client_name}", "Hej {client_name}, ärende {tracking_code} ({service}). /{agent}", null);
        given().when().get("/api/v1/contacts/" + swedish + "/reply-templates/" + both).then().statusCode(200)
                .body("language", equalTo("sv"))
                .body("text", equalTo("Hej Maija Meikäläinen, ärende " + code + " (" + permit.nameSv + "). /agent-uusimaa"))
                .body("missing", empty()).body("templateId", equalTo(both.toString()));

        UUID finnishAndEnglish = template("ely-uusimaa", "Asia: {service}", null, "Matter: {service}");
        given().when().get("/api/v1/contacts/" + swedish + "/reply-templates/" + finnishAndEnglish).then().statusCode(200)
                .body("language", equalTo("fi")).body("text", equalTo("Asia: " + permit.nameFi));

        UUID withoutService = contact("ely-uusimaa", "en", false);
        given().when().get("/api/v1/contacts/" + withoutService + "/reply-templates/" + finnishAndEnglish).then().statusCode(200)
                .body("language", equalTo("en")).body("text", equalTo("Matter: ")).body("missing", equalTo(List.of("service")));
    }

    @Test
    @TestSecurity(user = "agent-uusimaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void anotherOrganisationsTemplateOrContactIsNotFoundWhenFilling() {
        UUID own = contact("ely-uusimaa", "fi", false);
        UUID theirs = contact("ely-pirkanmaa", "fi", false);
        UUID ownTemplate = template("ely-uusimaa", "Hei", null, null);
        UUID theirTemplate = template("ely-pirkanmaa", "Hei", null, null);
        given().when().get("/api/v1/contacts/" + own + "/reply-templates/" + theirTemplate).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/contacts/" + theirs + "/reply-templates/" + ownTemplate).then().statusCode(404);
    }
}
