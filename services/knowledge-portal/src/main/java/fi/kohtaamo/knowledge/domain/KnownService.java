package fi.kohtaamo.knowledge.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A catalogue service as this service knows it from the catalogue's events. */
@Entity
@Table(name = "known_service")
public class KnownService extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "service_group", nullable = false)
    public String serviceGroup;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "name_fi")
    public String nameFi;

    @Column(nullable = false)
    public boolean withdrawn;

    @Column(nullable = false)
    public int version;
}
