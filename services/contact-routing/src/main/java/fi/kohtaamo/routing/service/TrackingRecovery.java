package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.AccessSecret;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.mail.MailParser;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.routing.repository.RecoveryRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final RecoveryRequestRepository requests;

    public TrackingRecovery(ContactRepository contacts, ClientNotices notices, ContactHistory history,
                            RoutingConfig config, RecoveryRequestRepository requests) {
        this.contacts = contacts;
        this.notices = notices;
        this.history = history;
        this.config = config;
        this.requests = requests;
    }

    /** Handles one request; false when the address has asked too often in the last hour. */
    @Transactional
    public boolean request(String email, Instant now) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        String hash = MailParser.sha256("recovery:" + address);
        requests.lockAddress(hash);
        requests.forgetBefore(now.minus(Duration.ofDays(1)));
        if (requests.countSince(hash, now.minus(WINDOW)) >= config.recovery().perAddressPerHour()) {
            return false;
        }
        requests.record(hash, now);
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
