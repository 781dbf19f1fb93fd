package fi.kohtaamo.routing.domain;

import fi.kohtaamo.outbox.LocalCopy;
import fi.kohtaamo.outbox.UpstreamVersion;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** This service's own record of a catalogue service: what routing needs, from the catalogue's events. */
@Entity
@Cacheable
@Table(name = "known_service")
public class KnownService extends PanacheEntityBase implements LocalCopy {

    @Id
    @Column(name = "service_id")
    public UUID serviceId;

    /** The catalogue's version of the service and the time of the event these routing data are from. */
    @Embedded
    public UpstreamVersion upstream;

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

    /** Skill name to the minimum level a contact of this service needs. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_skills", nullable = false)
    public Map<String, Integer> requiredSkills = new HashMap<>();

    @Column(nullable = false)
    public int priority = 3;

    /** The service's own promise to clients, in business hours; null when it makes none. */
    @Column(name = "first_response_hours")
    public Integer firstResponseHours;

    @Column(name = "resolution_hours")
    public Integer resolutionHours;

    /** The service's extra questions, as the catalogue defines them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<AttributeDefinition> attributes = new ArrayList<>();

    @Override
    public UpstreamVersion heldVersion() {
        return upstream;
    }

    @Override
    public void holdVersion(UpstreamVersion held) {
        upstream = held;
    }

    public boolean acceptsContacts() {
        return "PUBLISHED".equals(status);
    }
}
