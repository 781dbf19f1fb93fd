package fi.kohtaamo.routing.domain;

import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A file on a contact: who added it, its sanitised name, the type its content shows, its size and
 * SHA-256, and where the malware scan stands. The bytes live in an {@code AttachmentStore}. A file
 * is available (listed as such, downloadable) only when scanned clean, or when no scanner is
 * configured, in which case it says so ({@link ScanState#NOT_SCANNED}).
 */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    /** Who added the file. */
    public enum AddedBy { CLIENT, STAFF, AGENCY_SYSTEM }

    /**
     * NOT_SCANNED: no scanner configured, available as it is; PENDING: waiting for clamd, not
     * available; CLEAN: scanned, available; INFECTED: kept out for good, with clamd's finding.
     */
    public enum ScanState { NOT_SCANNED, PENDING, CLEAN, INFECTED }

    @Id
    public UUID id;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Enumerated(EnumType.STRING)
    @Column(name = "added_by_kind", nullable = false)
    public AddedBy addedByKind;

    /** The staff member's or agency system's subject; null for the client. */
    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "scan_state", nullable = false)
    public ScanState scanState;

    @Column(name = "scan_reason")
    public String scanReason;

    @Column(name = "scanned_at")
    public Instant scannedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Whether the client sees the file: always their own; staff's only when attached for them (a reply's). */
    @Column(name = "visible_to_client", nullable = false)
    public boolean visibleToClient;

    /** A new file; {@code scanning}: a scanner is configured, so it waits for it before anyone may have it. */
    public static Attachment of(UUID contactId, AddedBy addedByKind, String addedBy, String fileName, String contentType,
                                long sizeBytes, String sha256, boolean scanning, Instant now) {
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.contactId = contactId;
        attachment.addedByKind = addedByKind;
        attachment.addedBy = addedByKind == AddedBy.CLIENT ? null : addedBy;
        attachment.fileName = fileName;
        attachment.contentType = contentType;
        attachment.sizeBytes = sizeBytes;
        attachment.sha256 = sha256;
        attachment.scanState = scanning ? ScanState.PENDING : ScanState.NOT_SCANNED;
        attachment.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        attachment.visibleToClient = addedByKind == AddedBy.CLIENT;
        return attachment;
    }

    /**
     * Staff or an agency system attach the file for the client (with a reply): the client then lists
     * and downloads it as their own. Shown once, it stays shown: the client may already have it.
     */
    public void showToClient() {
        visibleToClient = true;
    }

    /** Whether staff and the client may have the file now. */
    public boolean available() {
        return scanState == ScanState.CLEAN || scanState == ScanState.NOT_SCANNED;
    }

    /** The scanner found nothing. Only a pending file is scanned; a verdict is never changed. */
    public void scannedClean(Instant at) {
        requirePending();
        scanState = ScanState.CLEAN;
        scanReason = null;
        scannedAt = at;
    }

    /** The scanner found malware: the file is kept out for good, with the finding as the reason. */
    public void scannedInfected(String finding, Instant at) {
        requirePending();
        scanState = ScanState.INFECTED;
        scanReason = finding == null || finding.isBlank() ? "malware found" : finding;
        scannedAt = at;
    }

    /** Refuses the download of a file that is not (yet, or ever) available, saying why. */
    public void requireAvailable() {
        if (scanState == ScanState.PENDING) {
            throw new ProblemException(Problem.of(409, "attachment-not-scanned", "Not scanned yet",
                    "The file is being scanned for malware; it can be downloaded once it is found clean")
                    .with("scanState", scanState.name()));
        }
        if (scanState == ScanState.INFECTED) {
            throw new ProblemException(Problem.of(409, "attachment-infected", "Infected file",
                    "The malware scan found " + scanReason + "; the file is kept out")
                    .with("scanState", scanState.name()).with("scanReason", scanReason));
        }
    }

    private void requirePending() {
        if (scanState != ScanState.PENDING) {
            throw new IllegalStateException("attachment " + id + " is " + scanState + ", not waiting for a scan");
        }
    }
}
