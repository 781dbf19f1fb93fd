package fi.kohtaamo.routing.domain;

import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Someone who works queues, known by their token's subject: presence, skills with levels (1–5),
 * the languages they serve in, how many contacts they hold at once, and their queues.
 */
@Entity
@Table(name = "agent")
public class Agent extends PanacheEntityBase {

    @Id
    public String subject;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public boolean expert;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Presence presence = Presence.OFFLINE;

    @Column(nullable = false)
    public int capacity = 3;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> languages = new ArrayList<>(List.of("fi"));

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> skills = new HashMap<>();

    /** Has the supervisor role (as their latest request said): gets service-level notices of unheld contacts. */
    @Column(nullable = false)
    public boolean supervisor;

    /** Push mode: waiting contacts are offered to this agent, who accepts or declines each. */
    @Column(name = "push_offers", nullable = false)
    public boolean pushOffers;

    @Column(name = "presence_at", nullable = false)
    public Instant presenceAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_queue", joinColumns = @JoinColumn(name = "subject"))
    @Column(name = "queue_id")
    public Set<UUID> queueIds = new HashSet<>();

    @Version
    public int version;

    /** A new presence, stamped with when it changed; setting the same presence keeps the earlier moment. */
    public void changePresence(Presence to, Instant now) {
        if (presence != to) {
            presence = to;
            presenceAt = now;
        }
    }

    /** An agent takes contacts while AVAILABLE and holding fewer than their capacity (else 409). */
    public void requireRoomToTake(long held) {
        if (presence != Presence.AVAILABLE) {
            throw new ProblemException(Problem.of(409, "not-available", "Not available",
                    "Set your presence to AVAILABLE to take contacts; it is " + presence));
        }
        if (held >= capacity) {
            throw new ProblemException(Problem.of(409, "at-capacity", "At capacity",
                    "You hold " + held + " contacts, your capacity is " + capacity));
        }
    }

    /** Has every required skill at its level, and speaks the language. */
    public boolean qualifiedFor(Map<String, Integer> requiredSkills, String language) {
        return languages.contains(language) && requiredSkills.entrySet().stream()
                .allMatch(required -> skills.getOrDefault(required.getKey(), 0) >= required.getValue());
    }
}
