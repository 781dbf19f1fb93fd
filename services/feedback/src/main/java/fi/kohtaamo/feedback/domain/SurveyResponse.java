package fi.kohtaamo.feedback.domain;

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

/** A recorded answer to a survey, with the dimensions the management view groups it by. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "survey_id", nullable = false)
    public UUID surveyId;

    /** The invitation it answered; none for an answer imported from an earlier system. */
    @Column(name = "invitation_id", unique = true)
    public UUID invitationId;

    /** The earlier system's id of an imported answer. */
    @Column(name = "external_id")
    public String externalId;

    /** SHA-256 of what an imported answer was imported with: the same id with other data is refused. */
    @Column(name = "import_fingerprint")
    public String importFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(name = "survey_type", nullable = false)
    public Survey.Type surveyType;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "service_id")
    public UUID serviceId;

    @Column(name = "service_group")
    public String serviceGroup;

    public String channel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> segments = new ArrayList<>();

    @Column(nullable = false)
    public String language;

    /** Only when the respondent chose to be identified. */
    @Column(name = "client_id")
    public UUID clientId;

    public Integer csat;

    public Integer nps;

    /** The round of a recurring survey it belongs to; 0 when sent by hand or not sent at all. */
    @Column(nullable = false)
    public int round;

    @Column(name = "responded_at", nullable = false)
    public Instant respondedAt;
}
