package fi.kohtaamo.knowledge.domain;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A knowledge article: one subject, written as linked translations, owned by one organisation. */
@Entity
@jakarta.persistence.EntityListeners(fi.kohtaamo.knowledge.service.SearchResults.Changes.class)
@Table(name = "article")
public class Article extends PanacheEntityBase {

    /** PUBLIC for everyone; INTERNAL for staff (agents' answers). */
    public enum Audience { PUBLIC, INTERNAL }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    @Column(name = "source_language", nullable = false)
    public String sourceLanguage;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "service_ids", nullable = false)
    public List<String> serviceIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "service_groups", nullable = false)
    public List<String> serviceGroups = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> categories = new ArrayList<>();

    @Column(nullable = false)
    public int version = 1;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
