package fi.kohtaamo.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A client who asked for no more survey mail, from any survey of any organisation. */
@Entity
@Table(name = "survey_opt_out")
public class SurveyOptOut extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "opted_out_at", nullable = false)
    public Instant optedOutAt;
}
