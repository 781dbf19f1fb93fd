package fi.kohtaamo.mailqueue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sending loop: each due mail is tried, a failure neither stops the others nor is lost. */
class MailQueueTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    static final class Row implements QueuedMail {
        final Long id;
        final String to;
        MailDelivery delivery = MailDelivery.queued(NOW);

        Row(Long id, String to) {
            this.id = id;
            this.to = to;
        }

        @Override
        public Long id() {
            return id;
        }

        @Override
        public MailDelivery delivery() {
            return delivery;
        }

        @Override
        public void delivery(MailDelivery next) {
            delivery = next;
        }
    }

    /** An entity manager that knows these rows and answers the due query with their ids; it records the SQL. */
    private static EntityManager holding(Map<Long, Row> rows, List<String> sql) {
        Query query = (Query) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[]{Query.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> proxy;
                    case "getResultList" -> new ArrayList<>(rows.keySet());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[]{EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "createNativeQuery" -> {
                        sql.add((String) args[0]);
                        yield query;
                    }
                    case "find" -> rows.get((Long) args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aFailedMailIsMarkedForLaterAndTheNextIsStillSent() {
        Row refused = new Row(1L, "refused@example.fi");
        Row fine = new Row(2L, "fine@example.fi");
        Map<Long, Row> rows = new java.util.LinkedHashMap<>();
        rows.put(1L, refused);
        rows.put(2L, fine);
        List<String> sql = new ArrayList<>();
        List<Mail> sent = new ArrayList<>();
        Mailer mailer = mails -> {
            for (Mail mail : mails) {
                if (mail.getTo().contains("refused@example.fi")) {
                    throw new IllegalStateException("550 mailbox unavailable");
                }
                sent.add(mail);
            }
        };

        List<MailQueue.Attempt<Row>> attempts = MailQueue.deliver(holding(rows, sql), Row.class, "sender_mail", mailer,
                row -> Mail.withText(row.to, "Aihe", "Teksti"), NOW, 50);

        assertThat(MailQueue.sent(attempts)).isEqualTo(1);
        assertThat(sent).extracting(mail -> mail.getTo().get(0)).containsExactly("fine@example.fi");
        assertThat(fine.delivery.sentAt()).isEqualTo(NOW);
        assertThat(refused.delivery.sentAt()).isNull();
        assertThat(refused.delivery.attempts()).isEqualTo(1);
        assertThat(refused.delivery.lastError()).isEqualTo("550 mailbox unavailable");
        assertThat(attempts.get(0).failure()).isInstanceOf(IllegalStateException.class);
        assertThat(sql.get(0)).startsWith("select id from sender_mail where sent_at is null")
                .endsWith("for update skip locked");
    }

    @Test
    void anotherRoadThanSmtpGetsTheSameQueueAndBackOff() {
        Row down = new Row(3L, "+358401110001");
        Map<Long, Row> rows = new java.util.LinkedHashMap<>();
        rows.put(3L, down);
        List<String> sent = new ArrayList<>();
        java.util.function.Consumer<Row> gateway = row -> {
            if (sent.isEmpty()) {
                sent.add("refused");
                throw new IllegalStateException("HTTP 503");
            }
            sent.add(row.to);
        };

        List<MailQueue.Attempt<Row>> first = MailQueue.deliver(holding(rows, new ArrayList<>()), Row.class, "sms_notice",
                gateway, NOW, 50);
        assertThat(MailQueue.sent(first)).isZero();
        assertThat(down.delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(down.delivery.lastError()).isEqualTo("HTTP 503");

        List<MailQueue.Attempt<Row>> second = MailQueue.deliver(holding(rows, new ArrayList<>()), Row.class, "sms_notice",
                gateway, NOW.plusSeconds(180), 50);
        assertThat(MailQueue.sent(second)).isEqualTo(1);
        assertThat(down.delivery.sentAt()).isEqualTo(NOW.plusSeconds(180));
        assertThat(sent).containsExactly("refused", "+358401110001");
    }

    @Test
    void onlyAPlainTableNameGoesIntoTheQuery() {
        assertThat(MailTable.plain("client_notice")).isEqualTo("client_notice");
        assertThatThrownBy(() -> MailTable.plain("x; drop table contact")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailTable.plain(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
