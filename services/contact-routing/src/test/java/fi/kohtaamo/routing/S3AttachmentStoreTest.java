package fi.kohtaamo.routing;

import fi.kohtaamo.routing.attachment.AttachmentFiles;
import fi.kohtaamo.routing.attachment.S3AttachmentStore;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.routing.repository.ObjectCleanupLedger;
import fi.kohtaamo.routing.service.Attachments;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * The S3 attachment store against a real S3 API server (S3Proxy): files go to the bucket under
 * their attachment id and come back byte for byte through the API; a failed write leaves no
 * metadata, a rolled-back one no object; erasure deletes the objects; an object left by a service
 * that stopped between the write and the commit is deleted by the cleanup job.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
@QuarkusTestResource(value = S3TestResource.class, restrictToAnnotatedClass = true)
class S3AttachmentStoreTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    S3AttachmentStore store;

    @Inject
    ObjectCleanupLedger ledger;

    @Inject
    Attachments attachments;

    @Inject
    ContactRepository contacts;

    private S3Client s3;

    @BeforeEach
    void setUp() throws Exception {
        RoutingTestSupport.feedCatalogueOnce(bootstrapServers);
        s3 = S3TestResource.client();
    }

    @AfterEach
    void tearDown() {
        S3TestResource.server().startAgain(); // after the test that stops it, whatever happened
        s3.close();
    }

    @Test
    @TestSecurity(user = "s3-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aFileGoesToTheBucketUnderItsIdAndComesBackWhole() {
        byte[] content = new byte[3 * 1024 * 1024 + 17]; // several of the HTTP client's buffers
        new Random(7).nextBytes(content);
        System.arraycopy(AttachmentFiles.pdf(), 0, content, 0, AttachmentFiles.pdf().length);
        String contactId = AttachmentResourceTest.contact().path("id");
        String path = "/api/v1/contacts/" + contactId + "/attachments";

        String id = AttachmentResourceTest.file("Maija Meikäläisen päätös.pdf", content).post(path)
                .then().statusCode(201).extract().path("id");

        assertThat(store.key(UUID.fromString(id))).as("no name, no person: the id").isEqualTo("attachments/" + id);
        assertThat(s3.getObjectAsBytes(request -> request.bucket(S3TestResource.BUCKET).key("attachments/" + id)).asByteArray())
                .isEqualTo(content);
        assertThat(given().get(path + "/" + id).then().statusCode(200).extract().asByteArray()).isEqualTo(content);
        assertThat(s3.listObjectsV2(request -> request.bucket(S3TestResource.BUCKET)).contents())
                .allSatisfy(object -> assertThat(object.key()).matches("attachments/[0-9a-f-]{36}"));
    }

    @Test
    @TestSecurity(user = "s3-agent", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aFailedWriteLeavesNoMetadata() {
        String contactId = AttachmentResourceTest.contact().path("id");
        String path = "/api/v1/contacts/" + contactId + "/attachments";
        S3TestResource.server().stop();

        AttachmentResourceTest.file("päätös.pdf", AttachmentFiles.pdf()).post(path)
                .then().statusCode(503).body("type", equalTo("https://kohtaamo.fi/problems/attachment-store-unavailable"));
        S3TestResource.server().startAgain();

        given().get(path).then().statusCode(200).body("$", empty());
    }

    @Test
    void anObjectWrittenInATransactionThatRollsBackIsDeleted() throws Exception {
        UUID contactId = UUID.fromString(AttachmentResourceTest.contact().path("id"));
        Path file = Files.createTempFile("kohtaamo-s3-", ".txt");
        Files.write(file, AttachmentFiles.text());
        UUID[] written = new UUID[1];
        long size = Files.size(file);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            Contact contact = contacts.findForUpdate(contactId);
            written[0] = attachments.addFromMail(contact, new Attachments.Upload("viesti.txt", file, size))
                    .orElseThrow().id;
            assertThat(exists(written[0])).as("written before the commit").isTrue();
            throw new IllegalStateException("the mail's transaction fails after the file was stored");
        })).hasMessageContaining("fails after");

        assertThat(exists(written[0])).as("deleted right after the rollback").isFalse();
        Files.deleteIfExists(file);
    }

    @Test
    void erasureDeletesTheObjects() throws Exception {
        UUID contactId = UUID.fromString(AttachmentResourceTest.contact().path("id"));
        Path file = Files.createTempFile("kohtaamo-s3-", ".txt");
        Files.write(file, AttachmentFiles.text());
        long size = Files.size(file);
        UUID id = QuarkusTransaction.requiringNew().call(() -> attachments.addFromMail(contacts.findForUpdate(contactId),
                new Attachments.Upload("viesti.txt", file, size)).orElseThrow().id);
        assertThat(exists(id)).isTrue();

        int deleted = QuarkusTransaction.requiringNew().call(() -> attachments.deleteOfContacts(List.of(contactId)));

        assertThat(deleted).isEqualTo(1);
        assertThat(exists(id)).as("deleted right after the commit").isFalse();
        store.cleanUp();
        assertThat(ledger.noted(id)).as("and its note with it").isFalse();
        Files.deleteIfExists(file);
    }

    @Test
    void anObjectLeftByAServiceThatStoppedBeforeItsCommitIsDeletedByTheScan() throws Exception {
        UUID contactId = UUID.fromString(AttachmentResourceTest.contact().path("id"));
        Path file = Files.createTempFile("kohtaamo-s3-", ".txt");
        Files.write(file, AttachmentFiles.text());
        long size = Files.size(file);
        UUID kept = QuarkusTransaction.requiringNew().call(() -> attachments.addFromMail(contacts.findForUpdate(contactId),
                new Attachments.Upload("viesti.txt", file, size)).orElseThrow().id);
        UUID orphan = UUID.randomUUID();
        // bytes, not a string: S3Proxy refuses the signature of "text/plain; charset=UTF-8" (Jetty rewrites it)
        s3.putObject(request -> request.bucket(S3TestResource.BUCKET).key(store.key(orphan)), RequestBody.fromBytes(new byte[]{1}));

        assertThat(store.deleteOrphans(Instant.now().minus(Duration.ofHours(1))))
                .as("an object newer than the cutoff may be an upload still in its transaction").isZero();
        assertThat(exists(orphan)).isTrue();

        store.deleteOrphans(Instant.now().plus(Duration.ofMinutes(1)));

        assertThat(exists(orphan)).as("no metadata, older than the cutoff: an orphan").isFalse();
        assertThat(exists(kept)).as("an object with metadata stays").isTrue();
        Files.deleteIfExists(file);
    }

    private boolean exists(UUID attachmentId) {
        try {
            s3.headObject(request -> request.bucket(S3TestResource.BUCKET).key(store.key(attachmentId)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }
}
