package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.repository.ClientNoticeRepository;
import fi.kohtaamo.routing.repository.ContactEntryRepository;
import fi.kohtaamo.routing.repository.ContactRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The retention rule for contacts that name no registry client (anonymous senders, and signed-in
 * citizens not linked to a client): the configured time after a contact closed
 * ({@code kohtaamo.routing.retention.closed-contact-personal-data}, two years), it loses the
 * client's name and contact details, everything the client wrote, and the texts staff wrote in
 * its history too, since replies, notes and justifications quote the client. What the agency's
 * figures need stays (see {@link Contact#removePersonalData}). A contact linked to a client is
 * the registry's: its own retention and erasure ({@code client.erased}) reach it, not this rule.
 */
@ApplicationScoped
public class ContactRetention {

    /** In place of the description (a required column); the status page says why in the client's language. */
    public static final String REMOVED_TEXT = "[removed at the end of the retention period]";

    private static final Logger LOG = Logger.getLogger(ContactRetention.class);

    private final RoutingConfig.Retention config;
    private final ContactRepository contacts;
    private final ContactEntryRepository entries;
    private final ClientNoticeRepository notices;
    private final ContactHistory history;
    private final Attachments attachments;

    public ContactRetention(RoutingConfig config, ContactRepository contacts, ContactEntryRepository entries,
                            ClientNoticeRepository notices, ContactHistory history, Attachments attachments) {
        this.attachments = attachments;
        this.config = config.retention();
        this.contacts = contacts;
        this.entries = entries;
        this.notices = notices;
        this.history = history;
    }

    @Scheduled(identity = "routing-retention", cron = "${kohtaamo.routing.retention.cron}", timeZone = "Europe/Helsinki",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void job() {
        int cleared = run(Instant.now());
        LOG.infof("retention run removed the personal data of %d closed contacts", cleared);
    }

    /**
     * Clears every contact closed before {@code now} minus the period, a batch per transaction:
     * this method holds no transaction (nor a connection) between batches, and a contact once
     * cleared is never taken again, so a run that stops halfway resumes where it was.
     */
    public int run(Instant now) {
        Instant cutoff = now.minus(config.closedContactPersonalData());
        int total = 0;
        int batch;
        do {
            batch = clearBatch(cutoff, now);
            total += batch;
        } while (batch == config.batchSize());
        return total;
    }

    @Transactional
    int clearBatch(Instant cutoff, Instant now) {
        // Every replica runs the job: each takes contacts no other replica holds (skip locked).
        List<UUID> ids = contacts.lockClosedAnonymousWithPersonalData(cutoff, config.batchSize());
        if (ids.isEmpty()) {
            return 0;
        }
        entries.clearBodiesOf(ids);
        notices.deleteOfContacts(ids); // they name the client's address
        attachments.deleteOfContacts(ids); // the files and their names
        Map<String, Object> details = Map.of("rule", "retention", "period", config.closedContactPersonalData().toString());
        for (Contact contact : contacts.withIds(ids)) {
            contact.removePersonalData(REMOVED_TEXT, now);
            history.record(contact, ContactEntry.Kind.PERSONAL_DATA_REMOVED, ContactHistory.Actor.SYSTEM, false, null,
                    details, now);
        }
        return ids.size();
    }
}
