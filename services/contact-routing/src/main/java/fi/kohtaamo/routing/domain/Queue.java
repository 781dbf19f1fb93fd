package fi.kohtaamo.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A queue of contacts worked by one organisation's staff (and those it is shared with). */
@Entity
@Cacheable
@Table(name = "queue")
public class Queue extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public boolean triage;

    @Column(name = "name_fi", nullable = false)
    public String nameFi;

    @Column(name = "name_sv", nullable = false)
    public String nameSv;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier tier = Tier.FIRST_LINE;

    /** Business hours; null: the clock runs round the clock. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "calendar_id")
    public WorkCalendar calendar;

    /** Service levels; null: the queue promises none. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sla_policy_id")
    public SlaPolicy slaPolicy;

    @org.hibernate.annotations.Cache(usage = org.hibernate.annotations.CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "queue_share", joinColumns = @JoinColumn(name = "queue_id"))
    @Column(name = "organisation")
    public Set<String> sharedWith = new HashSet<>();

    /** The responsibility area (a catalogue unit of the organisation) that answers for the queue; null: none named. */
    @Column(name = "responsibility_area_id")
    public UUID responsibilityAreaId;

    /** What a supervisor's change names in If-Match. */
    @Version
    public int version;

    /** Staff see a queue of their own organisation, or one shared with it on purpose. */
    public boolean visibleTo(String staffOrganisation) {
        return staffOrganisation != null
                && (staffOrganisation.equals(organisation) || sharedWith.contains(staffOrganisation));
    }
}
