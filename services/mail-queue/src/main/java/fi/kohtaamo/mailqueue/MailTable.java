package fi.kohtaamo.mailqueue;

import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The queries of one service's mail table: the only place the library writes SQL, as a
 * service's {@code repository} package is for the service.
 */
final class MailTable<T extends QueuedMail> {

    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");

    private final EntityManager em;
    private final Class<T> type;
    private final String table;

    MailTable(EntityManager em, Class<T> type, String table) {
        this.em = em;
        this.type = type;
        this.table = plain(table);
    }

    /** The ids of up to {@code limit} mails due by {@code now}, longest due first, locked; held rows are skipped. */
    @SuppressWarnings("unchecked")
    List<Long> lockDue(Instant now, int limit) {
        return em.createNativeQuery("select id from " + table
                        + " where sent_at is null and attempts < ?1 and next_attempt_at <= ?2"
                        + " order by next_attempt_at limit ?3 for update skip locked", Long.class)
                .setParameter(1, MailDelivery.MAX_ATTEMPTS).setParameter(2, now).setParameter(3, limit)
                .getResultList();
    }

    T find(Long id) {
        return em.find(type, id);
    }

    /** A table name from the service's code, never from input; checked all the same, since it is put in SQL. */
    static String plain(String table) {
        if (table == null || !TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a plain table name: " + table);
        }
        return table;
    }
}
