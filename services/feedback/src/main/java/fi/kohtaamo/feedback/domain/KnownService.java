package fi.kohtaamo.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The catalogue's service as feedback needs it: its organisation and group. */
@Entity
@Table(name = "known_service")
public class KnownService extends PanacheEntityBase {

    @Id
    @Column(name = "service_id")
    public UUID serviceId;

    @Column(nullable = false)
    public String code;

    @Column(name = "service_group", nullable = false)
    public String group;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "name_fi")
    public String nameFi;

    @Column(name = "name_sv")
    public String nameSv;

    @Column(name = "name_en")
    public String nameEn;

    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
