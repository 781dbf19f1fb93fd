package fi.kohtaamo.routing;

import fi.kohtaamo.routing.attachment.AttachmentFiles;
import fi.kohtaamo.routing.domain.Attachment;
import fi.kohtaamo.routing.domain.ContactRead;
import fi.kohtaamo.testsupport.KafkaTestClient;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.apache.http.entity.mime.HttpMultipartMode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Attachments through the API, without a scanner (files are NOT_SCANNED and available): who may
 * add, list and download them, what is refused and how, the audit of downloads and the event.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class AttachmentResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void feedCatalogue() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
    }

    /** An anonymous web contact routed to Uusimaa's permits queue: id, tracking code, secret. */
    static ExtractableResponse<Response> contact() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("serviceId", RoutingTestSupport.PERMIT_SERVICE.toString(),
                        "description", "Liitän hakemukseen päätöksen.", "language", "fi",
                        "attributes", RoutingTestSupport.PERMIT_ANSWERS,
                        "contact", Map.of("name", "Maija Meikäläinen", "email", "maija@example.fi")))
                .when().post("/api/v1/contacts").then().statusCode(201).extract();
    }

    /** A file in the form as a browser sends it: the name's UTF-8 bytes as they are. */
    static RequestSpecification file(String name, byte[] content) {
        return given().config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart("file", name, content, "application/octet-stream");
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    @TestSecurity(user = "attach-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void staffAttachListAndDownloadAndTheDownloadIsAudited() throws Exception {
        String contactId = contact().path("id");
        byte[] pdf = AttachmentFiles.pdf();
        ExtractableResponse<Response> added = file("Päätös 2026.pdf", pdf)
                .when().post("/api/v1/contacts/{id}/attachments", contactId)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/contacts/" + contactId + "/attachments/"))
                .body("fileName", equalTo("Päätös 2026.pdf"))
                .body("contentType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(pdf.length))
                .body("sha256", equalTo(sha256(pdf)))
                .body("addedBy", equalTo("STAFF"))
                .body("scanState", equalTo("NOT_SCANNED"))
                .body("available", equalTo(true))
                .extract();
        String attachmentId = added.path("id");

        given().when().get("/api/v1/contacts/{id}/attachments", contactId)
                .then().statusCode(200).body("id", contains(attachmentId)).body("[0].scanState", equalTo("NOT_SCANNED"));

        long readsBefore = reads(contactId);
        byte[] downloaded = given().when().get("/api/v1/contacts/{id}/attachments/{a}", contactId, attachmentId)
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"P__t_s 2026.pdf\"; filename*=UTF-8''P%C3%A4%C3%A4t%C3%B6s%202026.pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("no-store"))
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        assertThat(reads(contactId)).as("the download is a read of personal data").isEqualTo(readsBefore + 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ContactRead.<ContactRead>find(
                "contactId = ?1 order by id desc", UUID.fromString(contactId)).firstResult().action)).isEqualTo("DOWNLOAD");

        List<ConsumerRecord<String, String>> events = new KafkaTestClient(bootstrapServers).await("kohtaamo.contacts.v1",
                record -> contactId.equals(record.key()) && record.value().contains("attachment-added"), 1, Duration.ofSeconds(30));
        String event = events.get(0).value();
        assertThat(event).contains("\"type\":\"fi.kohtaamo.contact.attachment-added.v1\"", attachmentId, "\"sizeBytes\":" + pdf.length)
                .as("no file name, no personal data").doesNotContain("Päätös", "Meikäläinen", "maija@example.fi");
    }

    @Test
    @TestSecurity(user = "attach-agent-reply", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aFileStaffAttachForTheClientIsTheClientsToDownloadAndANotesIsNot() throws Exception {
        ExtractableResponse<Response> created = contact();
        String contactId = created.path("id");
        byte[] pdf = AttachmentFiles.pdf();
        String forClient = file("Päätös.pdf", pdf).multiPart("visibleToClient", "true")
                .when().post("/api/v1/contacts/{id}/attachments", contactId)
                .then().statusCode(201).body("visibleToClient", equalTo(true)).extract().path("id");
        String internal = file("Muistio.pdf", pdf)
                .when().post("/api/v1/contacts/{id}/attachments", contactId)
                .then().statusCode(201).body("visibleToClient", equalTo(false)).extract().path("id");
        refused(file("Päätös.pdf", pdf).multiPart("visibleToClient", "maybe")
                .post("/api/v1/contacts/{id}/attachments", contactId), 400, "true or false", "visibleToClient");

        Map<String, String> credentials = Map.of("trackingCode", created.path("trackingCode"), "accessSecret", created.path("accessSecret"));
        given().contentType(ContentType.JSON).body(credentials).post("/api/v1/contacts/lookup/attachments/query")
                .then().statusCode(200).body("id", contains(forClient));
        assertThat(given().contentType(ContentType.JSON).body(credentials).post("/api/v1/contacts/lookup/attachments/{a}", forClient)
                .then().statusCode(200).extract().asByteArray()).isEqualTo(pdf);
        given().contentType(ContentType.JSON).body(credentials).post("/api/v1/contacts/lookup/attachments/{a}", internal)
                .then().statusCode(404);
        given().when().get("/api/v1/contacts/{id}/attachments", contactId)
                .then().statusCode(200).body("id", contains(forClient, internal));
    }

    @Test
    @TestSecurity(user = "attach-agent-pirkanmaa", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsContactIsNotThere() {
        String contactId = contact().path("id");
        String attachmentId = QuarkusTransaction.requiringNew().call(() -> {
            Attachment file = Attachment.of(UUID.fromString(contactId), Attachment.AddedBy.CLIENT, null, "a.txt",
                    "text/plain", 1, "0".repeat(64), false, java.time.Instant.now());
            file.persist();
            return file.id.toString();
        });
        file("a.pdf", AttachmentFiles.pdf()).when().post("/api/v1/contacts/{id}/attachments", contactId)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/contacts/{id}/attachments", contactId).then().statusCode(404);
        given().when().get("/api/v1/contacts/{id}/attachments/{a}", contactId, attachmentId)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void withoutATokenNothingIsAnswered() {
        String contactId = contact().path("id");
        file("a.pdf", AttachmentFiles.pdf()).when().post("/api/v1/contacts/{id}/attachments", contactId)
                .then().statusCode(401);
        given().when().get("/api/v1/contacts/{id}/attachments", contactId).then().statusCode(401);
        given().when().get("/api/v1/contacts/{id}/attachments/{a}", contactId, UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "attach-agent-bad", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void badFilesAreProblemsNamingTheFileField() {
        String contactId = contact().path("id");
        String path = "/api/v1/contacts/" + contactId + "/attachments";
        refused(file("liite\u0000.pdf", AttachmentFiles.pdf()).post(path), 400, "NUL");
        refused(file("a".repeat(100_000) + ".pdf", AttachmentFiles.pdf()).post(path), 400, "255");
        refused(file("empty.pdf", new byte[0]).post(path), 400, "empty");
        refused(file("invoice.pdf", AttachmentFiles.executable()).post(path), 415, "is not allowed");
        refused(file("page.html", "<html><script>alert(1)</script></html>".getBytes()).post(path), 415, "text/html");
        refused(given().multiPart("other", "x").post(path), 400, "file");
        refused(file("big.pdf", padded(AttachmentFiles.pdf(), 10 * 1024 * 1024 + 1)).post(path), 413, "bytes");
        given().contentType(ContentType.JSON).body("{}").post(path).then().statusCode(415);
        given().when().get(path).then().statusCode(200).body("", empty());
    }

    @Test
    @TestSecurity(user = "attach-agent-limit", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aContactHoldsAtMostItsLimitTogether() {
        String contactId = contact().path("id");
        String path = "/api/v1/contacts/" + contactId + "/attachments";
        byte[] tenMegabytes = padded(AttachmentFiles.pdf(), 10 * 1024 * 1024);
        file("one.pdf", tenMegabytes).post(path).then().statusCode(201);
        file("two.pdf", tenMegabytes).post(path).then().statusCode(201);
        refused(file("three.pdf", padded(AttachmentFiles.pdf(), 6 * 1024 * 1024)).post(path), 422, "26214400");
        file("small.pdf", padded(AttachmentFiles.pdf(), 4 * 1024 * 1024)).post(path).then().statusCode(201);
    }

    @Test
    void theClientAttachesWithCodeAndSecretAndSeesOnlyTheirOwnFiles() throws Exception {
        ExtractableResponse<Response> created = contact();
        String contactId = created.path("id");
        String code = created.path("trackingCode");
        String secret = created.path("accessSecret");
        byte[] text = AttachmentFiles.text();
        String attachmentId = given().multiPart("trackingCode", code).multiPart("accessSecret", secret)
                .multiPart("file", "selvitys.txt", text, "text/plain")
                .when().post("/api/v1/contacts/lookup/attachments")
                .then().statusCode(201).body("addedBy", equalTo("CLIENT")).body("contentType", equalTo("text/plain"))
                .extract().path("id");
        String staffFile = QuarkusTransaction.requiringNew().call(() -> {
            Attachment file = Attachment.of(UUID.fromString(contactId), Attachment.AddedBy.STAFF, "someone", "internal.txt",
                    "text/plain", 1, "0".repeat(64), false, java.time.Instant.now());
            file.persist();
            return file.id.toString();
        });
        Map<String, String> credentials = Map.of("trackingCode", code, "accessSecret", secret);
        given().contentType(ContentType.JSON).body(credentials).post("/api/v1/contacts/lookup/attachments/query")
                .then().statusCode(200).body("id", contains(attachmentId));
        byte[] downloaded = given().contentType(ContentType.JSON).body(credentials)
                .post("/api/v1/contacts/lookup/attachments/{a}", attachmentId)
                .then().statusCode(200).contentType(startsWith("text/plain"))
                .header("Content-Disposition", startsWith("attachment;")).extract().asByteArray();
        assertThat(downloaded).isEqualTo(text);
        given().contentType(ContentType.JSON).body(credentials).post("/api/v1/contacts/lookup/attachments/{a}", staffFile)
                .then().statusCode(404);
        Map<String, String> wrong = Map.of("trackingCode", code, "accessSecret", "wrong");
        given().contentType(ContentType.JSON).body(wrong).post("/api/v1/contacts/lookup/attachments/{a}", attachmentId)
                .then().statusCode(404);
        given().multiPart("trackingCode", code).multiPart("accessSecret", "wrong").multiPart("file", "a.txt", text, "text/plain")
                .post("/api/v1/contacts/lookup/attachments").then().statusCode(404);
        refused(given().multiPart("accessSecret", secret).multiPart("file", "a.txt", text, "text/plain")
                .post("/api/v1/contacts/lookup/attachments"), 400, "blank", "trackingCode");
        given().queryParam("accessSecret", secret).multiPart("trackingCode", code).multiPart("file", "a.txt", text, "text/plain")
                .post("/api/v1/contacts/lookup/attachments").then().statusCode(400)
                .body("violations[0].field", equalTo("accessSecret"));
    }

    @Test
    @TestSecurity(user = "attach-agency", roles = {})
    @OidcSecurity(claims = {@Claim(key = "org", value = "ely-uusimaa"), @Claim(key = "client_id", value = "uusimaa-case-system")})
    void anAgencySystemOfTheOrganisationAttaches() {
        String contactId = contact().path("id");
        file("scan.png", AttachmentFiles.png()).post("/api/v1/contacts/{id}/attachments", contactId)
                .then().statusCode(201).body("addedBy", equalTo("AGENCY_SYSTEM")).body("contentType", equalTo("image/png"));
    }

    private static void refused(Response response, int status, String messagePart) {
        refused(response, status, messagePart, "file");
    }

    private static void refused(Response response, int status, String messagePart, String field) {
        response.then().statusCode(status).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", containsString(messagePart));
    }

    static byte[] padded(byte[] start, int size) {
        byte[] content = new byte[size];
        System.arraycopy(start, 0, content, 0, start.length);
        return content;
    }

    private static long reads(String contactId) {
        return QuarkusTransaction.requiringNew().call(() -> ContactRead.count("contactId", UUID.fromString(contactId)));
    }
}
