package fi.kohtaamo.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One service's part of a GDPR export, as the service sent it. */
@Entity
@Table(name = "data_export_part")
public class DataExportPart extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "export_id", nullable = false)
    public UUID exportId;

    @Column(nullable = false)
    public String service;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** A JSON document. */
    @Column(nullable = false)
    public String data;
}
