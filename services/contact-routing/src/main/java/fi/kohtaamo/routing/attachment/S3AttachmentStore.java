package fi.kohtaamo.routing.attachment;

import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.repository.ObjectCleanupLedger;
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
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
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
 * thus. A failed write fails the upload's transaction, so no metadata names a missing object; a
 * write whose transaction then rolls back is deleted right after the rollback. An object left by a
 * service that stopped between the write and the commit is found by {@link #deleteOrphans}, which
 * the cleanup job runs every {@code orphan-scan-every}: objects older than {@code orphan-after}
 * without metadata are deleted. (An earlier version noted each upload in a transaction of its own
 * before the write: a second pooled connection while the upload's request held one.) Erasure and
 * retention note the objects in {@link ObjectCleanupLedger} in the transaction that deletes their
 * metadata; they are deleted after the commit and, again, by the job: an erased file never stays
 * behind. Files stream from the temporary upload file and to the client.
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
    /** When the bucket was last listed for orphans; null: not yet since the start. */
    private volatile Instant lastOrphanScan;
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
        try {
            s3.putObject(request -> request.bucket(bucket).key(key(attachmentId)).contentType("application/octet-stream"),
                    RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw unavailable("store", attachmentId, e);
        }
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

    /**
     * Deletes the objects of erased files still noted and, once every {@code orphan-scan-every},
     * the orphans of uploads whose transaction never committed; returns how many.
     */
    public int cleanUp() {
        int deleted = 0;
        int batch;
        do {
            batch = ledger.sweep(CLEANUP_BATCH, this::deleteObjects);
            deleted += batch;
        } while (batch == CLEANUP_BATCH);
        Instant now = Instant.now();
        if (lastOrphanScan == null || !now.isBefore(lastOrphanScan.plus(config.orphanScanEvery()))) {
            lastOrphanScan = now;
            deleted += deleteOrphans(now.minus(config.orphanAfter()));
        }
        return deleted;
    }

    /**
     * Deletes the objects under the prefix written before {@code writtenBefore} whose attachment
     * has no metadata: an upload whose service stopped between the write and the commit. Reads the
     * bucket's listing a page at a time and asks the database, outside any other transaction,
     * which of a page's ids it holds. A newer object may belong to an upload still in its
     * transaction and is left alone.
     */
    public int deleteOrphans(Instant writtenBefore) {
        int deleted = 0;
        for (ListObjectsV2Response page : s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix))) {
            List<UUID> old = page.contents().stream().filter(object -> object.lastModified().isBefore(writtenBefore))
                    .map(object -> idOf(object.key())).filter(java.util.Objects::nonNull).toList();
            if (old.isEmpty()) {
                continue;
            }
            java.util.Set<UUID> held = ledger.heldAttachments(old);
            List<UUID> orphans = old.stream().filter(id -> !held.contains(id)).toList();
            deleteObjects(orphans);
            deleted += orphans.size();
        }
        return deleted;
    }

    private UUID idOf(String key) {
        try {
            return key.startsWith(prefix) ? UUID.fromString(key.substring(prefix.length())) : null;
        } catch (IllegalArgumentException e) {
            return null; // not one of ours: left alone
        }
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
