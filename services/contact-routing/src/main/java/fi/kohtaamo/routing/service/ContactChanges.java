package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.repository.ContactChangeRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The change feed for agency systems: every version of their organisation's contacts, and of the
 * contacts they submitted, in one order that pages never skip in nor repeat, also while contacts
 * are being received and changed. Each version's row is written with it (a trigger, migration V43)
 * and placed in the feed only after its commit, by one sequencer at a time (see
 * {@link ContactChangeRepository#sequence}): a reader never sees a place before every earlier
 * place is filled, so its cursor never passes a change that commits late.
 */
@ApplicationScoped
public class ContactChanges {

    /** The most rows one sequencer transaction places. */
    static final int SEQUENCE_BATCH = 5_000;
    /** A reader places at most this many batches before it reads: a backlog is left to the next read or the job. */
    static final int SEQUENCE_ROUNDS_PER_READ = 4;
    private static final String CURSOR_PREFIX = "c1:";

    private final ContactChangeRepository changes;

    public ContactChanges(ContactChangeRepository changes) {
        this.changes = changes;
    }

    /** A page of the feed; {@code next} is the cursor to ask with next time (the same one when nothing was new). */
    public record Page(List<ContactChangeRepository.Row> changes, String next, boolean more) {
    }

    /** The changes after {@code cursor} (null: from the start) the agency system may read, at most {@code limit}. */
    public Page after(Caller caller, String cursor, int limit) {
        if (!RoutingRoles.isAgencySystem(caller)) {
            throw ProblemException.forbidden("The change feed is for agency systems signed in with client credentials");
        }
        long after = position(cursor);
        sequencePending(SEQUENCE_ROUNDS_PER_READ);
        List<ContactChangeRepository.Row> rows = QuarkusTransaction.requiringNew()
                .call(() -> changes.after(after, caller.organisation(), caller.subject(), limit + 1));
        if (rows.isEmpty() && after > 0 && QuarkusTransaction.requiringNew().call(changes::lastPosition) < after) {
            throw badCursor(); // beyond every position given: not a cursor of this feed
        }
        boolean more = rows.size() > limit;
        List<ContactChangeRepository.Row> page = more ? rows.subList(0, limit) : rows;
        return new Page(page, page.isEmpty() ? cursor(after) : cursor(page.getLast().position()), more);
    }

    /** Places pending rows now and then, so that no reader meets a long backlog. */
    @Scheduled(identity = "routing-change-feed", every = "${kohtaamo.routing.changes.sequence-every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sequenceJob() {
        sequencePending(Integer.MAX_VALUE);
    }

    private void sequencePending(int rounds) {
        for (int round = 0; round < rounds; round++) {
            // Each round its own transaction: the positions are visible to the read that follows.
            int placed = QuarkusTransaction.requiringNew().call(() -> changes.sequence(SEQUENCE_BATCH));
            if (placed < SEQUENCE_BATCH) {
                return;
            }
        }
    }

    static String cursor(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a cursor stands for; 0 (before every change) without one. */
    static long position(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(CURSOR_PREFIX) && text.length() > CURSOR_PREFIX.length() && text.length() <= CURSOR_PREFIX.length() + 19) {
                long position = Long.parseLong(text.substring(CURSOR_PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not a number: the same answer as any other bad cursor
        }
        throw badCursor();
    }

    private static ProblemException badCursor() {
        return ProblemException.invalid("after", "not a cursor this feed gave; start without one or use the last page's next");
    }
}
