package fi.kohtaamo.knowledge.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A step of a translation's workflow: from which status to which, by whom, when, with a note. */
@Entity
@Table(name = "workflow_step")
public class WorkflowStep extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "translation_id", nullable = false)
    public UUID translationId;

    @Column(nullable = false)
    public int version;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status", nullable = false)
    public String toStatus;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    public String note;

    /** A step of the translation at its current version (not yet persisted). */
    public static WorkflowStep of(Translation translation, Translation.Status from, Translation.Status to, String actor,
                                  String note, Instant at) {
        WorkflowStep step = new WorkflowStep();
        step.id = UUID.randomUUID();
        step.translationId = translation.id;
        step.version = translation.version;
        step.fromStatus = from == null ? null : from.name();
        step.toStatus = to.name();
        step.actor = actor;
        step.at = at;
        step.note = note;
        return step;
    }
}
