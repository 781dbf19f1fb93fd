package fi.kohtaamo.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** This service's own record of a catalogue service: what routing needs, from the catalogue's events. */
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

    @Column(name = "default_queue", nullable = false)
    public String defaultQueue;

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

    public boolean acceptsContacts() {
        return "PUBLISHED".equals(status);
    }
}
