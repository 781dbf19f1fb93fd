package fi.kohtaamo.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A GDPR export of everything the platform holds on a client: the registry's own part and one
 * part from every service that holds client data, collected through events.
 */
@Entity
@Table(name = "data_export")
public class DataExport extends PanacheEntityBase {

    /** COLLECTING until every expected part has arrived (COMPLETE) or the deadline passed (INCOMPLETE). */
    public enum Status { COLLECTING, COMPLETE, INCOMPLETE }

    public enum RequestedVia { SELF, ADMINISTRATION }

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_via", nullable = false)
    public RequestedVia requestedVia;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "expected_parts", nullable = false)
    public List<String> expectedParts = new ArrayList<>();

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "deadline_at", nullable = false)
    public Instant deadlineAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /**
     * A new export: COLLECTING until the parts of the {@code participants} arrive, or COMPLETE at
     * once when no other service holds client data.
     */
    public static DataExport request(UUID clientId, String requestedBy, RequestedVia via, List<String> participants,
                                     Instant now, Duration deadline) {
        DataExport export = new DataExport();
        export.id = UUID.randomUUID();
        export.clientId = clientId;
        export.requestedBy = requestedBy;
        export.requestedVia = via;
        export.requestedAt = now;
        export.deadlineAt = now.plus(deadline);
        export.expectedParts = new ArrayList<>(participants);
        export.status = participants.isEmpty() ? Status.COMPLETE : Status.COLLECTING;
        export.completedAt = participants.isEmpty() ? now : null;
        return export;
    }

    /**
     * A part arrived; {@code received} names every service whose part is in, this one included.
     * The last expected part completes the export, also after its deadline made it INCOMPLETE;
     * a complete export stays as it was. Returns whether this part completed it.
     */
    public boolean partReceived(Collection<String> received, Instant at) {
        if (status == Status.COMPLETE || !received.containsAll(expectedParts)) {
            return false;
        }
        status = Status.COMPLETE;
        completedAt = at;
        return true;
    }

    /**
     * Still collecting past its deadline: INCOMPLETE (a late part may yet complete it). Returns
     * whether it changed; a complete, already incomplete or still timely export stays as it was.
     */
    public boolean expireIfOverdue(Instant now) {
        if (status != Status.COLLECTING || !deadlineAt.isBefore(now)) {
            return false;
        }
        status = Status.INCOMPLETE;
        return true;
    }
}
