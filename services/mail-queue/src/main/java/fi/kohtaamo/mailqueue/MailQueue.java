package fi.kohtaamo.mailqueue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends a service's queued e-mail. A service writes a mail row in the transaction of the change
 * that causes it (a rolled-back change sends nothing), and a job calls {@link #deliver} in a
 * transaction of its own after the commit: the due rows are locked ({@code for update skip
 * locked}, so replicas share the work and never send one twice), sent, and marked sent or failed
 * with the pause before the next try (a mail server that is down loses nothing). What a mail
 * says, and who gets it, is each service's own.
 */
public final class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class);

    private MailQueue() {
    }

    /** One mail tried: sent when {@code failure} is null. */
    public record Attempt<T extends QueuedMail>(T mail, RuntimeException failure) {
        public boolean sent() {
            return failure == null;
        }
    }

    /**
     * Sends up to {@code batch} mails of {@code table} (the entity {@code type}'s) due by {@code now},
     * longest due first, each composed by {@code compose}; in the caller's transaction. Returns
     * what became of each, for the service to record (a failure is logged by its class only:
     * its message may name an address).
     */
    public static <T extends QueuedMail> List<Attempt<T>> deliver(EntityManager em, Class<T> type, String table,
                                                                  Mailer mailer, Function<T, Mail> compose,
                                                                  Instant now, int batch) {
        return deliver(em, type, table, mail -> mailer.send(compose.apply(mail)), now, batch);
    }

    /**
     * As above, each row sent by {@code send} (which throws when it did not go): the same queue,
     * locks and back-off for a message that leaves by another road than SMTP (an SMS through an
     * HTTP gateway), so that a service keeps one way of sending after a commit.
     */
    public static <T extends QueuedMail> List<Attempt<T>> deliver(EntityManager em, Class<T> type, String table,
                                                                  Consumer<T> send, Instant now, int batch) {
        MailTable<T> mails = new MailTable<>(em, type, table);
        List<Attempt<T>> attempts = new ArrayList<>();
        for (Long id : mails.lockDue(now, batch)) {
            T mail = mails.find(id);
            try {
                send.accept(mail);
                mail.delivery(mail.delivery().sent(now));
                attempts.add(new Attempt<>(mail, null));
            } catch (RuntimeException e) {
                mail.delivery(mail.delivery().failed(String.valueOf(e.getMessage()), now));
                LOG.warnf("%s %d not sent (attempt %d%s): %s", table, id, mail.delivery().attempts(),
                        mail.delivery().gaveUp() ? ", given up" : "", e.getClass().getSimpleName());
                attempts.add(new Attempt<>(mail, e));
            }
        }
        return attempts;
    }

    /** How many of the attempts sent their mail. */
    public static long sent(List<? extends Attempt<?>> attempts) {
        return attempts.stream().filter(Attempt::sent).count();
    }
}
