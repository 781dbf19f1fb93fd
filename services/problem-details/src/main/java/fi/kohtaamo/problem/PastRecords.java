package fi.kohtaamo.problem;

import java.time.Instant;

/**
 * The rules every import of an earlier system's records shares (contact routing's contacts,
 * feedback's feedback and survey answers), so that an agency moving to Kohtaamo meets one
 * behaviour: each record's times in order, none before 1970 nor in the future; an
 * {@code externalId} imported before with the same data is skipped, with other data a 422, and one
 * a concurrent batch is importing a 409. Each refusal names the item's field
 * ({@code feedback[3].externalId}).
 */
public final class PastRecords {

    /** The earliest time taken: older records are no customer service's history but a typo. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    private PastRecords() {
    }

    /** One named time of a record; {@code at} null when the record never reached that step. */
    public record Step(String field, Instant at) {
    }

    public static Step step(String field, Instant at) {
        return new Step(field, at);
    }

    /**
     * Refuses a record whose steps (in the order they happen; absent ones skipped) begin before
     * 1970, go backwards or end after {@code now}, naming the field under {@code path}
     * ({@code contacts[3]}).
     */
    public static void requireInOrder(String path, Instant now, Step... steps) {
        Step previous = null;
        for (Step step : steps) {
            if (step.at() == null) {
                continue;
            }
            if (previous == null && step.at().isBefore(EARLIEST)) {
                throw ProblemException.invalid(path + "." + step.field(), "must be in 1970 or later");
            }
            if (previous != null && step.at().isBefore(previous.at())) {
                throw ProblemException.invalid(path + "." + step.field(), "must not be before " + previous.field());
            }
            previous = step;
        }
        if (previous != null && previous.at().isAfter(now)) {
            throw ProblemException.invalid(path + "." + previous.field(), "must be in the past: only finished history is imported");
        }
    }

    /**
     * Runs {@code flush} (the insert of the record) and turns a unique violation, which only a
     * concurrent batch with the same id can cause once the earlier import was looked for, into
     * {@link #importedConcurrently}: PostgreSQL holds the second insert until the first batch
     * commits, then refuses it.
     */
    public static void insertOnce(String field, Runnable flush) {
        try {
            flush.run();
        } catch (RuntimeException e) {
            if (ProblemMappers.uniqueViolation(e)) {
                throw importedConcurrently(field);
            }
            throw e;
        }
    }

    /** 422: the id was imported before with other data; importing it again would silently keep the old. */
    public static ProblemException importedWithOtherData(String field) {
        return new ProblemException(Problem.of(422, "imported-with-other-data", "Imported before with other data",
                        "An item's externalId was imported before with other data; the batch changed nothing")
                .withViolations(java.util.List.of(new Problem.Violation(field, "was imported before with other data"))));
    }

    /** 409: a concurrent batch imports the same id; repeating this batch finds it imported. */
    public static ProblemException importedConcurrently(String field) {
        return new ProblemException(Problem.of(409, "imported-concurrently", "Imported concurrently",
                        "Another batch is importing the same externalId; repeat this batch once it is done")
                .withViolations(java.util.List.of(new Problem.Violation(field, "is being imported by a concurrent batch"))));
    }
}
