package fi.kohtaamo.routing;

import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Batch intake: a hundred contacts, some of them bad and one key repeated, each answered by itself,
 * every received contact queued and announced once, the batch sent again changing nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class BatchIntakeTest {

    private static final String BATCH = "/api/v1/contacts/batch";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ContactRepository contacts;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void feedCatalogue() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
    }

    private static Map<String, Object> item(String key, String description) {
        Map<String, Object> item = new HashMap<>();
        item.put("key", key);
        item.put("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString());
        item.put("description", description);
        item.put("language", "fi");
        item.put("attributes", RoutingTestSupport.PERMIT_ANSWERS);
        return item;
    }

    @Test
    @TestSecurity(user = "batch-system", roles = {})
    @OidcSecurity(claims = {@Claim(key = "client_id", value = "batch-system"), @Claim(key = "org", value = "ely-uusimaa")})
    void eachOfAHundredContactsIsAnsweredByItselfAndReceivedOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(item(run + "-" + i, "Erälähetys " + i));
        }
        items.get(3).put("language", "de");                         // a bad value
        items.get(10).put("serviceId", 5);                           // a wrong type
        items.get(20).put("serviceId", UUID.randomUUID().toString()); // an unknown service
        items.get(30).remove("key");                                  // no key
        items.get(40).put("description", "nul\u0000merkki");          // a NUL character
        items.get(45).put("contact", Map.of("email", "not an address"));
        items.get(50).remove("attributes");                           // the service's required answers missing
        items.set(60, item(run + "-59", "Erälähetys 59"));            // the same key and contact as item 59: the first contact
        items.set(70, item(run + "-59", "Toinen asia"));              // the same key, another contact: 422
        Map<String, String> refused = Map.of("3", "contacts[3].language", "10", "contacts[10].serviceId",
                "20", "contacts[20].serviceId", "30", "contacts[30].key", "40", "contacts[40].description",
                "45", "contacts[45].contact.email", "70", "contacts[70].key");

        JsonPath first = given().contentType(ContentType.JSON).body(Map.of("contacts", items))
                .when().post(BATCH).then().statusCode(200).extract().jsonPath();

        assertThat(first.getList("results")).hasSize(100);
        for (int i = 0; i < 100; i++) {
            String result = "results[" + i + "]";
            assertThat(first.getInt(result + ".index")).isEqualTo(i);
            String field = refused.get(String.valueOf(i));
            if (field != null) {
                assertThat(first.getInt(result + ".status")).as("item %d", i).isBetween(400, 422);
                assertThat(first.getList(result + ".problem.violations.field", String.class)).as("item %d", i).contains(field);
                assertThat(first.getString(result + ".contact")).isNull();
            } else if (i == 50) {
                assertThat(first.getInt(result + ".status")).isEqualTo(400);
                assertThat(first.getString(result + ".problem.violations[0].field")).startsWith("contacts[50].attributes");
            } else if (i == 60) {
                assertThat(first.getInt(result + ".status")).isEqualTo(200);
                assertThat(first.getString(result + ".contact.id")).isEqualTo(first.getString("results[59].contact.id"));
                assertThat(first.getString(result + ".contact.accessSecret")).isNull();
            } else {
                assertThat(first.getInt(result + ".status")).as("item %d", i).isEqualTo(201);
                assertThat(first.getString(result + ".contact.trackingCode")).startsWith("KH-");
                assertThat(first.getString(result + ".contact.accessSecret")).isNotNull();
                assertThat(first.getString(result + ".contact.status")).isEqualTo("QUEUED");
            }
        }
        assertThat(first.getInt("created")).isEqualTo(91);
        assertThat(first.getInt("existing")).isEqualTo(1);
        assertThat(first.getInt("refused")).isEqualTo(8);
        assertThat(first.getInt("results[70].status")).isEqualTo(422);

        // Sent again, as after a lost answer: every received contact is found by its key, none is received twice.
        JsonPath again = given().contentType(ContentType.JSON).body(Map.of("contacts", items))
                .when().post(BATCH).then().statusCode(200).body("created", equalTo(0)).body("existing", equalTo(92))
                .extract().jsonPath();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            if (first.getInt("results[" + i + "].status") < 300) {
                assertThat(again.getString("results[" + i + "].contact.id")).isEqualTo(first.getString("results[" + i + "].contact.id"));
                ids.add(first.getString("results[" + i + "].contact.id"));
            }
        }
        // The batch's key is the single intake's Idempotency-Key.
        given().contentType(ContentType.JSON).header("Idempotency-Key", run + "-0")
                .body(Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(), "description", "Erälähetys 0",
                        "language", "fi", "attributes", RoutingTestSupport.PERMIT_ANSWERS))
                .when().post("/api/v1/contacts").then().statusCode(200).body("id", equalTo(first.getString("results[0].contact.id")));

        // Each received contact is queued, and announced once: received and routed, each once, through the outbox.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select c.status, (select count(*) from outbox_event e"
                     + " where e.aggregate_id = c.id::text and e.event_type = ?) as received, (select count(*) from outbox_event e"
                     + " where e.aggregate_id = c.id::text and e.event_type = ?) as routed, c.version from contact c where c.id = ?::uuid")) {
            for (String id : new java.util.LinkedHashSet<>(ids)) {
                query.setString(1, "fi.kohtaamo.contact.received.v1");
                query.setString(2, "fi.kohtaamo.contact.routed.v1");
                query.setString(3, id);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString("status")).isEqualTo("QUEUED");
                    assertThat(row.getInt("received")).as("received events of %s", id).isEqualTo(1);
                    assertThat(row.getInt("routed")).as("routed events of %s", id).isEqualTo(1);
                    // written once: an answer that read back unlike itself (a number) made every flush update the row
                    assertThat(row.getInt("version")).as("updates of the new contact %s", id).isZero();
                }
            }
        }
        assertThat(new java.util.HashSet<>(ids)).hasSize(91);
        // New codes are drawn until one is free: a taken code must read as taken.
        String taken = first.getString("results[0].contact.trackingCode");
        assertThat(QuarkusTransaction.requiringNew().call(() -> contacts.trackingCodeTaken(taken))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> contacts.trackingCodeTaken(taken + "X"))).isFalse();
    }

    @Test
    @TestSecurity(user = "batch-system", roles = {})
    @OidcSecurity(claims = {@Claim(key = "client_id", value = "batch-system"), @Claim(key = "org", value = "ely-uusimaa")})
    void moreThanAHundredOrNoneAreRefusedNamingContacts() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            items.add(item("too-many-" + i, "Liikaa"));
        }
        given().contentType(ContentType.JSON).body(Map.of("contacts", items)).when().post(BATCH)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("contacts"));
        given().contentType(ContentType.JSON).body(Map.of("contacts", List.of())).when().post(BATCH)
                .then().statusCode(400).body("violations[0].field", equalTo("contacts"));
        given().contentType(ContentType.JSON).body(Map.of("contacts", "none")).when().post(BATCH)
                .then().statusCode(400).body("violations[0].field", equalTo("contacts"));
        given().contentType(ContentType.JSON).body(Map.of()).when().post(BATCH)
                .then().statusCode(400).body("violations[0].field", equalTo("contacts"));
        given().contentType(ContentType.JSON).body(Map.of("contacts", List.of("a string"))).when().post(BATCH)
                .then().statusCode(200).body("results[0].status", equalTo(400))
                .body("results[0].problem.violations[0].field", equalTo("contacts[0]"));
        // Nothing of the refused batches was received: their first key is still free.
        given().contentType(ContentType.JSON).header("Idempotency-Key", "too-many-0")
                .body(Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(), "description", "Liikaa",
                        "language", "fi", "attributes", RoutingTestSupport.PERMIT_ANSWERS))
                .when().post("/api/v1/contacts").then().statusCode(201).body("id", notNullValue());
    }

    @Test
    @TestSecurity(user = "batch-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void staffSubmitOneByOne() {
        given().contentType(ContentType.JSON).body(Map.of("contacts", List.of(item("staff-1", "Henkilöstö"))))
                .when().post(BATCH).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anonymousCallersAreRefused() {
        given().contentType(ContentType.JSON).body(Map.of("contacts", List.of(item("anon-1", "Nimetön"))))
                .when().post(BATCH).then().statusCode(401);
    }
}
