package fi.kohtaamo.routing;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.service.ContactIntake;
import fi.kohtaamo.routing.service.NewContact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The change feed while contacts are received and changed at the same time: every version of every
 * contact read exactly once, a contact's versions in order, by readers paging concurrently; only
 * the agency's own contacts and those it submitted; bad cursors and limits named.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class ContactChangeFeedTest {

    private static final String FEED = "/api/v1/contacts/changes";

    @Inject
    ContactRepository contacts;

    @Inject
    ContactIntake intake;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void feedCatalogue() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
    }

    private static Map<String, Object> contact(String description) {
        return Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(), "description", description,
                "language", "fi", "attributes", RoutingTestSupport.PERMIT_ANSWERS);
    }

    /** One page; the reader's own copy of what it has read. */
    private static JsonPath page(String after, int limit) {
        var request = given().queryParam("limit", limit);
        if (after != null) {
            request = request.queryParam("after", after);
        }
        return request.when().get(FEED).then().statusCode(200).extract().jsonPath();
    }

    /** The cursor at the feed's current end. */
    private static String end() {
        String cursor = null;
        JsonPath page;
        do {
            page = page(cursor, 500);
            cursor = page.getString("next");
        } while (page.getBoolean("more"));
        return cursor;
    }

    /** A version as a reader saw it: the contact and its version, in the order read. */
    private record Seen(UUID contactId, int version) {
    }

    /**
     * Takes or releases the contact in a transaction that waits a little after its change before it
     * commits: the change's row is written (and numbered in its table) early and committed late, the
     * order in which a feed numbered at write time skips it.
     */
    private void changeSlowly(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = contacts.findForUpdate(id);
            if (contact.status == ContactStatus.QUEUED) {
                contact.assignTo("feed-agent", Instant.now());
            } else {
                contact.release();
            }
            contacts.flush();
            pause(ThreadLocalRandom.current().nextInt(60));
        });
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @TestSecurity(user = "feed-system", roles = {})
    @OidcSecurity(claims = {@Claim(key = "client_id", value = "feed-system"), @Claim(key = "org", value = "ely-uusimaa")})
    void everyVersionIsReadOnceAndInOrderWhileContactsAreReceivedAndChanged() throws Exception {
        String start = end();
        List<UUID> created = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) { // intake through the API
                int number = writer;
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        String id = given().contentType(ContentType.JSON).body(contact("Syöte " + number + "/" + i))
                                .when().post("/api/v1/contacts").then().statusCode(201).extract().path("id");
                        created.add(UUID.fromString(id));
                    }
                    return null;
                }));
            }
            for (int writer = 0; writer < 2; writer++) { // changes that commit late
                writers.add(threads.submit(() -> {
                    int changed = 0;
                    while (changed < 40) {
                        if (created.isEmpty()) {
                            pause(5);
                            continue;
                        }
                        changeSlowly(created.get(ThreadLocalRandom.current().nextInt(created.size())));
                        changed++;
                    }
                    return null;
                }));
            }
            // Two readers page at once while the writers write (each places what has committed), then read to the end.
            List<Future<List<Seen>>> readers = new ArrayList<>();
            for (int reader = 0; reader < 2; reader++) {
                readers.add(threads.submit(() -> {
                    List<Seen> seen = new ArrayList<>();
                    String cursor = start;
                    boolean last = false;
                    while (true) {
                        boolean stillWriting = writing.get();
                        // Mostly pages large enough to keep up with the writers: a reader at the head of the feed is
                        // the one a change committing late would slip past.
                        JsonPath page = page(cursor, 1 + ThreadLocalRandom.current().nextInt(100));
                        List<Map<String, Object>> changes = page.getList("changes");
                        for (Map<String, Object> change : changes) {
                            seen.add(new Seen(UUID.fromString((String) change.get("contactId")), (Integer) change.get("version")));
                        }
                        cursor = page.getString("next");
                        if (!stillWriting && !page.getBoolean("more")) {
                            if (last) {
                                return seen;
                            }
                            last = true; // once more after the writers stopped, to be sure nothing was late
                        }
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(3, TimeUnit.MINUTES);
            }
            writing.set(false);

            Map<UUID, Integer> finalVersions = new HashMap<>();
            QuarkusTransaction.requiringNew().run(() -> created.forEach(id -> finalVersions.put(id, contacts.findById(id).version)));
            assertThat(finalVersions).hasSize(40);
            assertThat(finalVersions.values().stream().mapToInt(Integer::intValue).sum()).as("versions after the first")
                    .isGreaterThanOrEqualTo(80);
            for (Future<List<Seen>> reader : readers) {
                List<Seen> seen = reader.get(3, TimeUnit.MINUTES).stream()
                        .filter(one -> finalVersions.containsKey(one.contactId())).toList();
                assertThat(new HashSet<>(seen)).as("no version read twice").hasSize(seen.size());
                Map<UUID, List<Integer>> versions = new HashMap<>();
                seen.forEach(one -> versions.computeIfAbsent(one.contactId(), id -> new ArrayList<>()).add(one.version()));
                finalVersions.forEach((id, last) -> {
                    List<Integer> expected = new ArrayList<>();
                    for (int version = 0; version <= last; version++) {
                        expected.add(version);
                    }
                    assertThat(versions.get(id)).as("every version of " + id + ", in order").isEqualTo(expected);
                });
            }
        } finally {
            writing.set(false);
            threads.shutdownNow();
        }
    }

    @Test
    @TestSecurity(user = "feed-system", roles = {})
    @OidcSecurity(claims = {@Claim(key = "client_id", value = "feed-system"), @Claim(key = "org", value = "ely-uusimaa")})
    void aChangeCarriesStateNotPersonalData() {
        String start = end();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(), "description", "Salainen asia",
                        "language", "fi", "attributes", RoutingTestSupport.PERMIT_ANSWERS,
                        "contact", Map.of("name", "Maija Meikäläinen", "email", "maija@example.fi")))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().path("id");
        String body = given().queryParam("after", start).when().get(FEED).then().statusCode(200)
                .body("changes.contactId.toSet()", equalTo(Set.of(id)))
                .body("changes[0].version", equalTo(0))
                .body("changes[-1].status", equalTo("QUEUED"))
                .body("more", equalTo(false))
                .extract().asString();
        assertThat(body).contains("\"queue\":", "\"queueId\":", "\"priority\":", "\"changedAt\":", "\"trackingCode\":\"KH-")
                .doesNotContain("Maija", "example.fi", "Salainen");
        String next = JsonPath.from(body).getString("next");
        given().queryParam("after", next).when().get(FEED).then().statusCode(200)
                .body("changes.size()", equalTo(0)).body("next", equalTo(next));
    }

    @Test
    @TestSecurity(user = "pirkanmaa-system", roles = {})
    @OidcSecurity(claims = {@Claim(key = "client_id", value = "pirkanmaa-system"), @Claim(key = "org", value = "ely-pirkanmaa")})
    void anAgencyReadsItsOwnOrganisationsContactsAndThoseItSubmittedOnly() {
        // Another organisation's contact (Uusimaa's permit queue) and, submitted by this system, one
        // that names no service and goes to Uusimaa's triage.
        UUID uusimaas = intake.receive(new NewContact(RoutingTestSupport.PERMIT_SERVICE, "Uudenmaan asia", "fi", Channel.PHONE,
                null, null, null, null, RoutingTestSupport.PERMIT_ANSWERS),
                new Caller("uusimaa-agent", "uusimaa-agent", "ely-uusimaa", Set.of("agent"), false), null).contact().id;
        String submitted = given().contentType(ContentType.JSON)
                .body(Map.of("description", "Kysymys ilman palvelua", "language", "fi"))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().path("id");

        Set<String> read = new HashSet<>();
        String cursor = null;
        JsonPath page;
        do {
            page = page(cursor, 500);
            read.addAll(page.getList("changes.contactId"));
            cursor = page.getString("next");
        } while (page.getBoolean("more"));

        assertThat(read).contains(submitted).doesNotContain(uusimaas.toString());
        Set<String> allowed = QuarkusTransaction.requiringNew().call(() -> new HashSet<>(contacts.<Contact>find(
                        "organisation = ?1 or submittedBy = ?2", "ely-pirkanmaa", "pirkanmaa-system").list()
                .stream().map(contact -> contact.id.toString()).toList()));
        assertThat(allowed).containsAll(read);
    }

    @Test
    @TestSecurity(user = "feed-system", roles = {})
    @OidcSecurity(claims = {@Claim(key = "client_id", value = "feed-system"), @Claim(key = "org", value = "ely-uusimaa")})
    void aCursorNotGivenByTheFeedAndALimitOutOfBoundsAreNamed() {
        for (String bad : List.of("garbage!", "bm90LWEtY3Vyc29y", base64("c1:-4"), base64("c1:"), base64("c1:12x"),
                base64("c1:99999999999999999999"), base64("c1:999999999999"))) {
            given().queryParam("after", bad).when().get(FEED).then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("after"));
        }
        given().queryParam("after", "x".repeat(150)).when().get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("after"));
        for (String limit : List.of("0", "501", "-1")) {
            given().queryParam("limit", limit).when().get(FEED).then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("limit"));
        }
        given().queryParam("limit", 500).when().get(FEED).then().statusCode(200);
        given().queryParam("limit", 1).when().get(FEED).then().statusCode(200).body("changes.size()", equalTo(1));
    }

    @Test
    @TestSecurity(user = "feed-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void staffAreNotAnAgencySystem() {
        given().when().get(FEED).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anonymousCallersAreRefused() {
        given().when().get(FEED).then().statusCode(401);
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
