package fi.kohtaamo.registry.service;

import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.domain.Segment;
import fi.kohtaamo.registry.domain.SegmentRule;
import fi.kohtaamo.registry.repository.SegmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Keeps every client's rule segments current, and manual tags as staff set them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Segments {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final SegmentRepository repository;

    public Segments(SegmentRepository repository) {
        this.repository = repository;
    }

    /** Recomputes a client's rule segments; answers whether they changed. */
    public boolean recompute(Client client) {
        return recompute(client, definitions());
    }

    /** The definitions in code order, to recompute many clients against one read of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Segment> definitions() {
        return repository.definitions();
    }

    public boolean recompute(Client client, List<Segment> definitions) {
        List<String> before = repository.ruleSegmentsOf(client.id);
        LocalDate today = LocalDate.now(HELSINKI);
        List<String> after = client.status == Client.Status.ERASED ? List.of()
                : definitions.stream()
                .filter(segment -> segment.rule != null && segment.rule.matches(client, today))
                .map(segment -> segment.code).toList();
        if (before.equals(after)) {
            return false;
        }
        repository.replaceRuleSegments(client.id, after);
        return true;
    }

    /** Every segment of a client, rule and manual, in code order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> of(UUID clientId) {
        return repository.segmentsOf(clientId);
    }

    /**
     * Defines a new segment ({@code expectedVersion} null) or changes one, naming the version it
     * replaces: a change without one is a 428, a stale one a 412 with the current version. The
     * row is locked while the version is checked, so two administrators never overwrite each other.
     */
    public Segment define(String code, Integer expectedVersion, String nameFi, String nameSv, String nameEn, SegmentRule rule,
                          List<String> preferredChannels) {
        Segment segment = repository.lockById(code);
        if (segment == null && expectedVersion != null) {
            throw new ProblemException(Problem.of(412, "precondition-failed", "Precondition failed",
                    "There is no segment " + code + " to change"));
        }
        if (segment != null && expectedVersion == null) {
            throw new ProblemException(Problem.of(428, "precondition-required", "Precondition required",
                    "Segment " + code + " exists: send If-Match with the ETag of the version you read"));
        }
        if (segment != null) {
            requireVersion(segment, expectedVersion);
        }
        if (segment == null) {
            segment = new Segment();
            segment.code = code;
            segment.version = 0;
        }
        segment.nameFi = nameFi;
        segment.nameSv = nameSv;
        segment.nameEn = nameEn;
        segment.rule = rule;
        segment.preferredChannels = new ArrayList<>(preferredChannels);
        segment.version++;
        segment.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        segment.persist();
        repository.flush();
        return segment;
    }

    /**
     * Removes a definition, naming the version it removes (412 with the current one when stale); its
     * row is locked while compared. Answers the clients that were in it (by rule or tag), whose
     * segments the removal changed; an unknown segment is a 404.
     */
    public RemovedSegment remove(String code, int expectedVersion) {
        Segment segment = repository.lockById(code);
        if (segment == null) {
            throw ProblemException.notFound("Segment", code);
        }
        requireVersion(segment, expectedVersion);
        List<UUID> members = repository.clientIdsIn(code);
        repository.delete(segment);
        repository.flush();
        return new RemovedSegment(segment.version, members);
    }

    /** A removed definition's last version and the clients that were in it. */
    public record RemovedSegment(int version, List<UUID> members) {
    }

    private static void requireVersion(Segment segment, int expectedVersion) {
        if (segment.version != expectedVersion) {
            throw new ProblemException(Problem.of(412, "precondition-failed", "Precondition failed",
                    "The segment is at version " + segment.version + ", not " + expectedVersion).with("currentVersion", segment.version));
        }
    }

    /** The channels a client's segments prefer, in segment code order, each once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> preferredChannelsOf(UUID clientId) {
        return repository.preferredChannelsOf(clientId);
    }

    /** An erased client belongs to no segment, rule or manual. */
    public void clear(UUID clientId) {
        repository.removeFromAll(clientId);
    }

    /** A merge: the duplicate's manual tags go to the surviving client. */
    public void moveManualTags(UUID from, UUID to) {
        repository.copyManualTags(from, to);
        clear(from);
    }

    public boolean tag(UUID clientId, String code) {
        repository.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Segment", code));
        return repository.addManualTag(clientId, code);
    }

    public boolean untag(UUID clientId, String code) {
        return repository.removeManualTag(clientId, code);
    }
}
