package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.attachment.AttachmentStore;
import fi.kohtaamo.routing.attachment.AttachmentTypes;
import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.Attachment;
import fi.kohtaamo.routing.domain.AttachmentName;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.ContactRead;
import fi.kohtaamo.routing.repository.AttachmentRepository;
import fi.kohtaamo.routing.repository.ContactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Files on contacts: the client (signed in, or by tracking code and secret), staff of an
 * organisation that sees the contact, and the organisation's agency systems add them; the same
 * list and download them. Each file is checked (name, size, the contact's total, its type by
 * content) before anything is stored; it is then stored with its metadata in one transaction,
 * with a history line and a {@code contact.attachment-added} event that names no file.
 */
@ApplicationScoped
public class Attachments {

    private static final Logger LOG = Logger.getLogger(Attachments.class);

    /** The multipart form's field with the file: every problem about the file names it. */
    public static final String FILE_FIELD = "file";

    /** A staff member or agency system downloaded a file: an audited read of personal data. */
    public static final String DOWNLOADED = "DOWNLOAD";

    /** The data subject downloaded a file of their own contact (from "my data"): audited as any read. */
    public static final String DOWNLOADED_BY_SUBJECT = "SUBJECT_DOWNLOAD";

    /** Where a data subject downloads a file their export lists; the attachment id follows. */
    public static final String SUBJECT_DOWNLOAD_PATH = "/api/v1/contacts/mine/attachments/";

    private final ContactRepository contacts;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final ContactHistory history;
    private final ContactTracking tracking;
    private final RoutingConfig config;
    private final AttachmentTypes types;

    private final KnownClients knownClients;

    public Attachments(ContactRepository contacts, AttachmentRepository attachments, AttachmentStore store,
                       ContactHistory history, ContactTracking tracking, RoutingConfig config, KnownClients knownClients) {
        this.knownClients = knownClients;
        this.contacts = contacts;
        this.attachments = attachments;
        this.store = store;
        this.history = history;
        this.tracking = tracking;
        this.config = config;
        this.types = new AttachmentTypes(config.attachments().allowedTypes());
    }

    /** A file as received: the name the sender gave, a temporary copy, its size. */
    public record Upload(String fileName, Path file, long size) {
    }

    /** A file and its bytes, to send. */
    public record Download(Attachment attachment, InputStream content) {
    }

    /** A file that stays with staff when staff or an agency system add it (see the next). */
    @Transactional
    public Attachment add(Caller caller, UUID contactId, Upload upload) {
        return add(caller, contactId, upload, false);
    }

    /**
     * {@code forClient}: staff or an agency system attach the file for the client to see (with a
     * reply); otherwise it stays with staff. The client's own files are always theirs.
     */
    @Transactional
    public Attachment add(Caller caller, UUID contactId, Upload upload, boolean forClient) {
        Checked checked = check(upload);
        Contact contact = accessible(caller, contactId, true);
        Attachment.AddedBy kind = addedBy(caller);
        if (kind == Attachment.AddedBy.CLIENT) {
            contact.requireOpenToClient();
        }
        Attachment added = store(contact, kind, caller.subject(), checked, upload,
                kind == Attachment.AddedBy.CLIENT ? ContactHistory.Actor.CLIENT : ContactHistory.Actor.staff(caller));
        if (forClient) {
            added.showToClient();
        }
        return added;
    }

    /** The client adds a file to a contact they follow with its tracking code and secret. */
    @Transactional
    public Attachment addByClient(Contact found, Upload upload) {
        Checked checked = check(upload);
        Contact contact = contacts.findForUpdate(found.id);
        contact.requireOpenToClient();
        return store(contact, Attachment.AddedBy.CLIENT, null, checked, upload, ContactHistory.Actor.CLIENT);
    }

    /**
     * A file attached to the client's e-mail, on the contact the message became or was added to
     * (locked by the caller's transaction). A file that may not be attached (type, size, the
     * contact's total) is left out and logged by its reason only: the message is still taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Attachment> addFromMail(Contact contact, Upload upload) {
        try {
            Checked checked = check(upload);
            return Optional.of(store(contact, Attachment.AddedBy.CLIENT, null, checked, upload, ContactHistory.Actor.CLIENT));
        } catch (ProblemException refused) {
            // caught here, inside this bean: the mail's transaction is not marked for rollback
            LOG.infof("contact %s: a file of an e-mail was left out (%s)", contact.id, refused.problem().type());
            return Optional.empty();
        }
    }

    /** Staff and agency systems see every file of the contact; the client their own and those attached for them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> list(Caller caller, UUID contactId) {
        Contact contact = accessible(caller, contactId, false);
        return addedBy(caller) == Attachment.AddedBy.CLIENT ? ofClient(contact) : attachments.ofContact(contact.id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> ofClient(Contact contact) {
        return attachments.ofContactForClient(contact.id);
    }

    /** A download by staff or an agency system is written to the contact's read log in the same transaction. */
    @Transactional
    public Download download(Caller caller, UUID contactId, UUID attachmentId) {
        Contact contact = accessible(caller, contactId, false);
        boolean client = addedBy(caller) == Attachment.AddedBy.CLIENT;
        Attachment attachment = visibleFile(contact, attachmentId, client);
        if (!client) {
            ContactRead.record(contact, caller, DOWNLOADED);
        }
        return new Download(attachment, store.open(attachment.id));
    }

    /** The client downloads a file they added to a contact followed with code and secret. */
    @Transactional
    public Download downloadByClient(Contact contact, UUID attachmentId) {
        Attachment attachment = visibleFile(contact, attachmentId, true);
        return new Download(attachment, store.open(attachment.id));
    }

    /**
     * Every file of the signed-in data subject's contacts, whoever added it: what their data export
     * lists (the export carries each file's id and {@link #SUBJECT_DOWNLOAD_PATH}, never its bytes).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttachmentRepository.Owned> ofDataSubject(Caller caller) {
        return attachments.ofDataSubject(caller.subject(), clientIdOf(caller));
    }

    /**
     * The data subject downloads one of the files their export lists; another's file is the 404 an
     * unknown id is. Written to the contact's read log in the same transaction, as staff reads are.
     */
    @Transactional
    public Download downloadByDataSubject(Caller caller, UUID attachmentId) {
        UUID clientId = clientIdOf(caller);
        Attachment attachment = attachments.findByIdOptional(attachmentId)
                .orElseThrow(() -> ProblemException.notFound("Attachment", attachmentId));
        Contact contact = contacts.findById(attachment.contactId);
        boolean own = caller.subject().equals(contact.clientSubject) || clientId != null && clientId.equals(contact.clientId);
        if (!own) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        attachment.requireAvailable();
        ContactRead.record(contact, caller, DOWNLOADED_BY_SUBJECT);
        return new Download(attachment, store.open(attachment.id));
    }

    private UUID clientIdOf(Caller caller) {
        return knownClients.signedInAs(caller.subject()).map(client -> client.clientId).orElse(null);
    }

    /** Erasure and retention: the contacts' files go, names and bytes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteOfContacts(Collection<UUID> contactIds) {
        if (contactIds.isEmpty()) {
            return 0;
        }
        List<UUID> ids = attachments.idsOfContacts(contactIds);
        if (!ids.isEmpty()) {
            store.delete(ids);
            attachments.deleteWithIds(ids);
        }
        return ids.size();
    }

    /** The file as it is now (a scan in another transaction may have changed it), or null once it is gone. */
    public Attachment current(UUID attachmentId) {
        return attachments.findById(attachmentId);
    }

    private Attachment visibleFile(Contact contact, UUID attachmentId, boolean client) {
        Attachment attachment = attachments.ofContact(contact.id, attachmentId)
                .filter(found -> !client || found.visibleToClient)
                .orElseThrow(() -> ProblemException.notFound("Attachment", attachmentId));
        attachment.requireAvailable();
        return attachment;
    }

    private record Checked(String fileName, String contentType, String sha256) {
    }

    /** Everything that can be said of the file before the contact is locked. */
    private Checked check(Upload upload) {
        if (upload == null || upload.file() == null) {
            throw ProblemException.invalid(FILE_FIELD, "attach a file in the form field \"file\"");
        }
        String name = AttachmentName.sanitise(upload.fileName(), FILE_FIELD);
        if (upload.size() == 0) {
            throw ProblemException.invalid(FILE_FIELD, "the file is empty");
        }
        long max = config.attachments().maxFileSize().asLongValue();
        if (upload.size() > max) {
            throw new ProblemException(Problem.of(413, "attachment-too-large", "File too large",
                            "A file may be at most " + max + " bytes")
                    .withViolations(List.of(new Problem.Violation(FILE_FIELD, "at most " + max + " bytes")))
                    .with("maxFileSize", max));
        }
        String type = types.detect(upload.file(), name);
        if (!types.allowed(type)) {
            throw new ProblemException(Problem.of(415, "attachment-type-not-allowed", "File type not allowed",
                            "The file's content is " + type + ", which cannot be attached")
                    .withViolations(List.of(new Problem.Violation(FILE_FIELD, "content of type " + type + " is not allowed")))
                    .with("detectedType", type));
        }
        return new Checked(name, type, sha256(upload.file()));
    }

    private Attachment store(Contact contact, Attachment.AddedBy kind, String addedBy, Checked checked, Upload upload,
                             ContactHistory.Actor actor) {
        if (contact.personalDataRemovedAt != null) {
            throw ProblemException.conflict("The contact's personal data was removed; no files can be added");
        }
        requireRoom(contact, upload.size());
        Instant now = Instant.now();
        Attachment attachment = Attachment.of(contact.id, kind, addedBy, checked.fileName(), checked.contentType(),
                upload.size(), checked.sha256(), config.clamd().host().isPresent(), now);
        attachments.persist(attachment);
        store.put(attachment.id, upload.file());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("attachmentId", attachment.id.toString());
        details.put("addedBy", kind.name());
        details.put("contentType", attachment.contentType);
        details.put("sizeBytes", attachment.sizeBytes);
        details.put("scanState", attachment.scanState.name());
        history.recordAndAnnounce(contact, ContactEntry.Kind.ATTACHMENT_ADDED, actor, false, null, details, ContactHistory.ATTACHMENT_ADDED, now);
        return attachment;
    }

    /** The contact's files together stay within the per-contact limit (the contact is locked). */
    private void requireRoom(Contact contact, long size) {
        long perContact = config.attachments().maxPerContact().asLongValue();
        long held = attachments.totalSizeOf(contact.id);
        if (held + size > perContact) {
            throw new ProblemException(Problem.of(422, "attachments-over-limit", "Too many bytes for one contact",
                            "The contact's files may hold at most " + perContact + " bytes together; it holds " + held)
                    .withViolations(List.of(new Problem.Violation(FILE_FIELD,
                            "this file would take the contact's files over " + perContact + " bytes")))
                    .with("maxPerContact", perContact).with("held", held));
        }
    }

    /**
     * The contact if the caller may see it: staff and agency systems of an organisation that sees
     * its queue, or the citizen who submitted it signed in; anyone else gets the 404 an unknown id gets.
     */
    private Contact accessible(Caller caller, UUID contactId, boolean lock) {
        if (addedBy(caller) == Attachment.AddedBy.CLIENT) {
            Contact own = tracking.own(caller, contactId);
            return lock ? contacts.findForUpdate(own.id) : own;
        }
        Contact contact = lock ? contacts.findForUpdate(contactId) : contacts.findById(contactId);
        if (contact == null || !contact.queue.visibleTo(caller.organisation())) {
            throw ProblemException.notFound("Contact", contactId);
        }
        return contact;
    }

    private static Attachment.AddedBy addedBy(Caller caller) {
        if (RoutingRoles.worksQueues(caller)) {
            return Attachment.AddedBy.STAFF;
        }
        if (caller.serviceAccount() && !RoutingRoles.isOpen311(caller) && !RoutingRoles.isMailbox(caller)) {
            return Attachment.AddedBy.AGENCY_SYSTEM;
        }
        return Attachment.AddedBy.CLIENT;
    }

    private static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded file", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
