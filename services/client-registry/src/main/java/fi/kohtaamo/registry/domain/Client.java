package fi.kohtaamo.registry.domain;

import fi.kohtaamo.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A client (asiakas): a person, an organisation or a community, shared by all the agencies. */
@Entity
@Table(name = "client")
public class Client extends PanacheEntityBase {

    public enum Kind { PERSON, ORGANISATION, COMMUNITY }

    public enum Status { ACTIVE, ERASED, MERGED }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    /** The name of an organisation or community. */
    @Column(name = "name")
    public String name;

    @Column(name = "identity_code_encrypted")
    public String identityCodeEncrypted;

    @Column(name = "identity_code_hash", unique = true)
    public String identityCodeHash;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "business_id", unique = true)
    public String businessId;

    @Column(name = "organisation_type")
    public String organisationType;

    /** TOL 2008 industry code of an organisation. */
    @Column(name = "industry_code")
    public String industryCode;

    /** MICRO, SMALL, MEDIUM or LARGE. */
    @Column(name = "size_class")
    public String sizeClass;

    @Column(name = "preferred_language", nullable = false)
    public String preferredLanguage = "fi";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "preferred_channels", nullable = false)
    public List<String> preferredChannels = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "emails", nullable = false)
    public List<String> emails = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "phones", nullable = false)
    public List<String> phones = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "addresses", nullable = false)
    public List<Address> addresses = new ArrayList<>();

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "keycloak_subject", unique = true)
    public String keycloakSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.ACTIVE;

    /** Set when this client was merged into another: the one that holds its data now. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    /** The last registration, correction or contact; the retention rule anonymises long inactive clients. */
    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    @Column(nullable = false)
    public int version = 1;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Removes everything personal: names, identifiers, contact details, municipality and the
     * sign-in link. What stays is the id, the kind and what is not personal (organisation type,
     * industry, size, language and channel preferences).
     */
    public void clearPersonalData() {
        firstName = null;
        lastName = null;
        name = null;
        identityCodeEncrypted = null;
        identityCodeHash = null;
        birthDate = null;
        businessId = null;
        emails = new ArrayList<>();
        phones = new ArrayList<>();
        addresses = new ArrayList<>();
        keycloakSubject = null;
        municipalityCode = null;
    }

    /**
     * The GDPR erasure: personal data is cleared and the record stays, ERASED, so that the audit
     * log and the other services' references keep pointing at something.
     */
    public void erase(Instant now) {
        requireActive();
        clearPersonalData();
        status = Status.ERASED;
        version++;
        updatedAt = now;
    }

    /** A duplicate merged into its survivor: personal data is cleared and the record points at the survivor. */
    public void mergeInto(UUID survivor, Instant now) {
        requireActive();
        if (id.equals(survivor)) {
            throw new IllegalArgumentException("client " + id + " is not merged into itself");
        }
        clearPersonalData();
        status = Status.MERGED;
        mergedInto = survivor;
        version++;
        updatedAt = now;
    }

    private void requireActive() {
        if (status != Status.ACTIVE) {
            throw ProblemException.conflict("Client " + id + " is " + status);
        }
    }

    public String displayName() {
        return kind == Kind.PERSON ? String.join(" ", nonNull(firstName), nonNull(lastName)).strip() : name;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
