package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.problem.ProblemMappers;
import fi.kohtaamo.routing.domain.Contact;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch intake for agency systems: up to {@value #MAX_CONTACTS} contacts in one request, each
 * received exactly as the single intake receives one ({@link ContactIntake#receive}: routed,
 * queued and announced through the outbox in a transaction of its own) under its own key, which is
 * the single intake's Idempotency-Key: a key used before with the same contact answers the first
 * contact, with another contact a 422, whether it came in a batch or alone. Each item has its own
 * result, so one refused contact refuses nothing else; a batch repeated after a failure finds the
 * contacts it had received and receives the rest.
 * <p>
 * Deliberately not one transaction: one bad item would roll back the others, and a savepoint per
 * item would hold every earlier item's locks until the last one.
 */
@ApplicationScoped
public class BatchIntake {

    public static final int MAX_CONTACTS = 100;

    private final ContactIntake intake;

    public BatchIntake(ContactIntake intake) {
        this.intake = intake;
    }

    /** One item as the REST layer read it: its key and contact, or the problem that already refused it. */
    public record Item(String key, NewContact contact, Problem refused) {
    }

    /** What became of one item: the contact received (or received before), or its problem, fields named under {@code contacts[i]}. */
    public record Result(int index, String key, Contact contact, String accessSecret, boolean replayed, Problem problem) {

        public int status() {
            return problem != null ? problem.status() : replayed ? 200 : 201;
        }
    }

    public List<Result> receiveAll(List<Item> items, Caller caller) {
        if (!RoutingRoles.isAgencySystem(caller)) {
            throw ProblemException.forbidden("Batch intake is for agency systems signed in with client credentials");
        }
        List<Result> results = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            Item item = items.get(index);
            String path = "contacts[" + index + "]";
            if (item.refused() != null) {
                results.add(new Result(index, item.key(), null, null, false, underItem(item.refused(), path)));
                continue;
            }
            try {
                ContactIntake.Received received = receive(item, caller);
                results.add(new Result(index, item.key(), received.contact(), received.accessSecret(), received.replayed(), null));
            } catch (ProblemException e) {
                results.add(new Result(index, item.key(), null, null, false, underItem(e.problem(), path)));
            }
        }
        return results;
    }

    private ContactIntake.Received receive(Item item, Caller caller) {
        try {
            return intake.receive(item.contact(), caller, item.key());
        } catch (RuntimeException e) {
            if (!ProblemMappers.uniqueViolation(e)) {
                throw e;
            }
            // A concurrent request with the same key committed first (PostgreSQL held this insert until
            // it did): asked again, the intake finds that contact and answers it as a repeat.
            return intake.receive(item.contact(), caller, item.key());
        }
    }

    /** The item's problem with each field named under the item ({@code contacts[3].language}); one without fields names the item or its key. */
    static Problem underItem(Problem problem, String path) {
        if (problem.violations().isEmpty()) {
            String field = "idempotency-key-reused".equals(slug(problem)) ? path + ".key" : path;
            return problem.withViolations(List.of(new Problem.Violation(field, problem.detail())));
        }
        return problem.withViolations(problem.violations().stream()
                .map(violation -> new Problem.Violation(violation.field().isEmpty() || "body".equals(violation.field())
                        ? path : path + "." + violation.field(), violation.message()))
                .toList());
    }

    private static String slug(Problem problem) {
        String type = String.valueOf(problem.type());
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
