package fi.kohtaamo.routing.repository;

import fi.kohtaamo.routing.attachment.AttachmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.UUID;

/**
 * The embedded store: bytes in {@code attachment_content} (bytea), written in the same
 * transaction as the metadata, so an attachment is whole or not there at all, and deleted with
 * it. The upload streams from the temporary file into the statement; a read holds the file in
 * memory once (the PostgreSQL driver reads a bytea whole), at most the per-file limit.
 */
@ApplicationScoped
@Typed(DatabaseAttachmentStore.class)
@Transactional(Transactional.TxType.MANDATORY)
public class DatabaseAttachmentStore implements AttachmentStore {

    private final EntityManager entityManager;

    public DatabaseAttachmentStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void put(UUID attachmentId, Path file) {
        entityManager.flush(); // the metadata row first: the bytes' row refers to it
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into attachment_content (attachment_id, content) values (?, ?)");
                 InputStream in = Files.newInputStream(file)) {
                insert.setObject(1, attachmentId);
                insert.setBinaryStream(2, in, Files.size(file));
                insert.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read an uploaded file", e);
            }
        });
    }

    @Override
    public InputStream open(UUID attachmentId) {
        byte[] content = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select content from attachment_content where attachment_id = ?")) {
                select.setObject(1, attachmentId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("attachment " + attachmentId + " has no content");
                    }
                    return row.getBytes(1);
                }
            }
        });
        return new ByteArrayInputStream(content);
    }

    @Override
    public void delete(Collection<UUID> attachmentIds) {
        if (!attachmentIds.isEmpty()) {
            entityManager.createNativeQuery("delete from attachment_content where attachment_id = any(?1)")
                    .setParameter(1, attachmentIds.toArray(UUID[]::new)).executeUpdate();
        }
    }
}
