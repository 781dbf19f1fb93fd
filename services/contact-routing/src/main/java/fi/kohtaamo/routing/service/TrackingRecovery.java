package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.AccessSecret;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.mail.MailParser;
import fi.kohtaamo.routing.repository.ContactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A client who lost a tracking code or secret gives the e-mail address they left with their
 * matters; each open matter followed with a secret gets a new one, e-mailed to that address (one
 * mail per matter, in its language), and the old secret stops working. The asker learns nothing:
 * the answer is the same whether the address has matters or not, and the count per address (its
 * hash) limits requests whether it has or not. The address is never logged nor put in a URL.
 */
@ApplicationScoped
public class TrackingRecovery {

    static final Duration WINDOW = Duration.ofHours(1);

    /** How long an address that asked too often waits: at most the window. */
    public static final Duration RETRY_AFTER = WINDOW;

    private final ContactRepository contacts;
    private final ClientNotices notices;
    private final ContactHistory history;
    private final RoutingConfig config;
    private final EntityManager em;

    public TrackingRecovery(ContactRepository contacts, ClientNotices notices, ContactHistory history,
                            RoutingConfig config, EntityManager em) {
        this.contacts = contacts;
        this.notices = notices;
        this.history = history;
        this.config = config;
        this.em = em;
    }

    /** Handles one request; false when the address has asked too often in the last hour. */
    @Transactional
    public boolean request(String email, Instant now) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        String hash = MailParser.sha256("recovery:" + address);
        // One request of an address at a time, so that two at once cannot both slip under the limit.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))").setParameter(1, hash).getSingleResult();
        em.createNativeQuery("delete from recovery_request where requested_at < ?1")
                .setParameter(1, now.minus(Duration.ofDays(1))).executeUpdate();
        Number recent = (Number) em.createNativeQuery(
                        "select count(*) from recovery_request where address_hash = ?1 and requested_at > ?2")
                .setParameter(1, hash).setParameter(2, now.minus(WINDOW)).getSingleResult();
        if (recent.intValue() >= config.recovery().perAddressPerHour()) {
            return false;
        }
        em.createNativeQuery("insert into recovery_request (address_hash, requested_at) values (?1, ?2)")
                .setParameter(1, hash).setParameter(2, now).executeUpdate();
        for (Contact contact : contacts.lockOpenWithSecretOf(address, config.recovery().maxContacts())) {
            String secret = AccessSecret.generate();
            if (contact.replaceAccessSecret(AccessSecret.hash(secret))) {
                history.record(contact, ContactEntry.Kind.ACCESS_SECRET_REISSUED, ContactHistory.Actor.SYSTEM, false,
                        null, Map.of("reason", "asked on the status page"));
                notices.newSecret(contact, secret);
            }
        }
        return true;
    }
}
