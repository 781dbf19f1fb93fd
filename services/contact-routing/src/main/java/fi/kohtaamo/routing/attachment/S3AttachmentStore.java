package fi.kohtaamo.routing.attachment;

import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.config.RoutingConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Attachments' bytes in an S3-compatible object store ({@code kohtaamo.routing.attachments.store=s3}),
 * their metadata in the database as with the embedded store. An object is named
 * {@code <prefix><attachment id>}: nothing of the client or the file in the name.
 *
 * <p>An object store takes no part in the database's transaction, so the two are kept together
 * by {@link ObjectCleanupLedger}: an upload is noted (in a transaction of its own) before the object
 * is written and the note is removed with the metadata's commit. A failed write fails the upload's
 * transaction, so no metadata names a missing object; a write whose transaction then rolls back
 * is deleted right after the rollback, and, should that fail or the service stop, by the cleanup
 * job once the note is due. Erasure and retention note the objects in the transaction that
 * deletes their metadata; they are deleted after the commit and, again, by the job: an erased file
 * never stays behind. Files stream from the temporary upload file and to the client.
 */
@ApplicationScoped
@Typed(S3AttachmentStore.class)
public class S3AttachmentStore implements AttachmentStore {

    private static final Logger LOG = Logger.getLogger(S3AttachmentStore.class);

    /** Objects deleted by one transaction of the cleanup job. */
    static final int CLEANUP_BATCH = 200;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final RoutingConfig.S3 config;
    private final ObjectCleanupLedger ledger;
    private final TransactionSynchronizationRegistry transactions;

    public S3AttachmentStore(RoutingConfig config, ObjectCleanupLedger ledger, TransactionSynchronizationRegistry transactions) {
        this.config = config.attachments().s3();
        this.bucket = this.config.bucket().orElseThrow(() -> new IllegalStateException(
                "kohtaamo.routing.attachments.store=s3 needs kohtaamo.routing.attachments.s3.bucket"));
        this.prefix = this.config.prefix();
        this.ledger = ledger;
        this.transactions = transactions;
        this.s3 = client(this.config);
    }

    static S3Client client(RoutingConfig.S3 config) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config))
                .forcePathStyle(config.pathStyle())
                // Checksums only where S3 requires them: S3-compatible servers differ on the newer
                // trailing checksums; the metadata keeps the file's SHA-256 anyway.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(Apache5HttpClient.builder())
                .overrideConfiguration(override -> override.apiCallAttemptTimeout(config.callTimeout()));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(RoutingConfig.S3 config) {
        if (config.accessKeyId().isPresent() != config.secretAccessKey().isPresent()) {
            throw new IllegalStateException("kohtaamo.routing.attachments.s3: give both access-key-id and secret-access-key, or neither");
        }
        if (config.accessKeyId().isPresent()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(config.accessKeyId().get(), config.secretAccessKey().orElseThrow()));
        }
        return DefaultCredentialsProvider.builder().build(); // the environment, a web identity, an instance profile
    }

    /** The object's name: the prefix and the attachment's id, no personal data. */
    public String key(UUID attachmentId) {
        return prefix + attachmentId;
    }

    public String bucket() {
        return bucket;
    }

    @Override
    public void put(UUID attachmentId, Path file) {
        ledger.uploadStarting(attachmentId, Instant.now().plus(config.orphanAfter()));
        try {
            s3.putObject(request -> request.bucket(bucket).key(key(attachmentId)).contentType("application/octet-stream"),
                    RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw unavailable("store", attachmentId, e);
        }
        ledger.uploaded(attachmentId);
        afterCompletion(committed -> {
            if (!committed) {
                deleteNow(List.of(attachmentId));
            }
        });
    }

    @Override
    public InputStream open(UUID attachmentId) {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key(attachmentId)));
        } catch (NoSuchKeyException e) {
            throw new IllegalStateException("attachment " + attachmentId + " has no object", e);
        } catch (SdkException e) {
            throw unavailable("read", attachmentId, e);
        }
    }

    @Override
    public void delete(Collection<UUID> attachmentIds) {
        if (attachmentIds.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(attachmentIds);
        ledger.deleting(ids);
        afterCompletion(committed -> {
            if (committed) {
                deleteNow(ids);
            }
        });
    }

    /** Deletes due orphans and erased objects still noted; returns how many. */
    public int cleanUp() {
        int deleted = 0;
        int batch;
        do {
            batch = ledger.sweep(CLEANUP_BATCH, this::deleteObjects);
            deleted += batch;
        } while (batch == CLEANUP_BATCH);
        return deleted;
    }

    /** Right after a commit or rollback: a failure is logged, and the ledger's job tries again. */
    private void deleteNow(List<UUID> ids) {
        try {
            deleteObjects(ids);
        } catch (RuntimeException e) {
            LOG.warnf("%d attachment objects not deleted yet (%s); the cleanup job will", ids.size(), e.getClass().getSimpleName());
        }
    }

    /**
     * One DELETE per object, not the batch DeleteObjects: that one requires a checksum header
     * that S3-compatible servers do not all know (S3Proxy refuses it), and a contact has few files.
     * Deleting an object that is not there succeeds: every path here may repeat.
     */
    void deleteObjects(List<UUID> ids) {
        for (UUID id : ids) {
            s3.deleteObject(request -> request.bucket(bucket).key(key(id)));
        }
    }

    private void afterCompletion(Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    private static ProblemException unavailable(String what, UUID attachmentId, SdkException e) {
        LOG.warnf("the object store could not %s attachment %s (%s)", what, attachmentId, e.getClass().getSimpleName());
        return new ProblemException(Problem.of(503, "attachment-store-unavailable", "File store unavailable",
                "Files cannot be stored or read just now; try again shortly"));
    }

    @PreDestroy
    void close() {
        s3.close();
    }
}
