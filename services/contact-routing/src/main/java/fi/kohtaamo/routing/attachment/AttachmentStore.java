package fi.kohtaamo.routing.attachment;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.UUID;

/**
 * Where attachments' bytes are kept; the metadata is always the {@code attachment} table's.
 * The embedded store ({@link fi.kohtaamo.routing.repository.DatabaseAttachmentStore}) keeps them
 * in PostgreSQL, in the caller's transaction; {@link S3AttachmentStore} in an S3-compatible object
 * store, kept in step with the transaction (see there). {@link AttachmentStores} picks one by
 * configuration. Each operation runs in the caller's transaction.
 */
public interface AttachmentStore {

    /** Keeps the file's bytes under the attachment's id (whose metadata row exists). */
    void put(UUID attachmentId, Path file);

    /** The bytes; the caller closes the stream. */
    InputStream open(UUID attachmentId);

    /** Removes the bytes of these attachments (erasure, retention). */
    void delete(Collection<UUID> attachmentIds);
}
