package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.PastRecords;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.event.ContactReceivedV1;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.routing.repository.KnownServiceRepository;
import fi.kohtaamo.routing.rules.RoutingFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings an organisation's finished contacts from an earlier system into Kohtaamo, with their own
 * times, so that its figures and forecast start from its history rather than from the day it
 * moved. Each contact is routed by today's rules, given the deadlines of its queue as of its
 * receipt, handled through the same transitions as a live contact and announced as contact
 * routing announces every contact ({@code received}, then {@code closed}): the other services
 * count it like any other and need no import of their own. The demo's year of history comes this
 * way too.
 * <p>
 * One batch is one transaction: a refused contact (named by its index) refuses the batch, so a
 * retry after fixing it is safe. A contact imported before (by {@code externalId}) is skipped with
 * the same data and refused (422) with other data; one a concurrent batch is importing is a 409
 * ({@link PastRecords}, the rules feedback's imports share).
 */
@ApplicationScoped
public class ContactImports {

    /** The submitter recorded on imported contacts: per organisation, so any of its supervisors may repeat an import. */
    static final String SUBMITTER_PREFIX = "history-import:";
    /** The placeholder text of a contact imported without one (the column is required). */
    static final String NO_TEXT = "–";

    private final ContactRepository contacts;
    private final KnownServiceRepository services;
    private final Router router;
    private final ServiceLevels serviceLevels;
    private final ContactHistory history;
    private final Outbox outbox;

    public ContactImports(ContactRepository contacts, KnownServiceRepository services, Router router,
                          ServiceLevels serviceLevels, ContactHistory history, Outbox outbox) {
        this.contacts = contacts;
        this.services = services;
        this.router = router;
        this.serviceLevels = serviceLevels;
        this.history = history;
        this.outbox = outbox;
    }

    /** Each contact of the batch as it now is in Kohtaamo; {@code created} is false for one imported before. */
    public record Imported(String externalId, Contact contact, boolean created) {
    }

    @Transactional
    public List<Imported> importAll(List<PastContact> batch, Caller caller) {
        String organisation = caller.organisation();
        if (organisation == null) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden", "Only an organisation's staff import its contacts"));
        }
        Instant now = Instant.now();
        List<Imported> imported = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            imported.add(importOne(batch.get(i), "contacts[" + i + "]", organisation, now));
        }
        return imported;
    }

    private Imported importOne(PastContact past, String path, String organisation, Instant now) {
        past.requireInOrder(path, now);
        String submitter = SUBMITTER_PREFIX + organisation;
        Optional<Contact> earlier = contacts.findByIdempotencyKey(submitter, past.externalId());
        if (earlier.isPresent()) {
            if (!past.fingerprint().equals(earlier.get().idempotencyFingerprint)) {
                throw PastRecords.importedWithOtherData(path + ".externalId");
            }
            return new Imported(past.externalId(), earlier.get(), false);
        }
        KnownService service = services.findByIdOptional(past.serviceId())
                .filter(known -> organisation.equals(known.organisation))
                .orElseThrow(() -> ProblemException.invalid(path + ".serviceId", "no service of your organisation in the catalogue"));
        String text = past.description() == null || past.description().isBlank() ? NO_TEXT : past.description();
        Router.Routed routed = router.route(new RoutingFacts(service.serviceId, service.group, organisation,
                past.channel().name(), past.language(), List.of(), null, text, Map.of()), service);
        if (!organisation.equals(routed.queue().organisation)) {
            throw ProblemException.invalid(path + ".serviceId", "today's rules route it to another organisation's queue");
        }
        Instant received = micros(past.receivedAt());
        Contact contact = Contact.receive(contacts.newTrackingCode(), null,
                new Contact.Submission(service.serviceId, service.group, past.channel(), past.language(), text, Map.of(),
                        null, null, null, null, List.of(), null, submitter, null, null, false),
                new Contact.Routing(routed.queue(), routed.decision().priority(), routed.decision().requiredSkills(),
                        routed.decision().decidedBy() == null ? null : routed.decision().decidedBy().id()),
                received);
        contact.rememberIdempotencyKey(past.externalId(), past.fingerprint());
        serviceLevels.start(contact, service, received);
        contacts.persist(contact);
        PastRecords.insertOnce(path + ".externalId", contacts::flush);
        outbox.emit(ContactIntake.CONTACT_RECEIVED, contact.id.toString(), ContactReceivedV1.of(contact));
        history.record(contact, ContactEntry.Kind.RECEIVED, ContactHistory.Actor.SYSTEM, false, null,
                Map.of("imported", true, "queue", routed.queue().code), received);

        contact.replayHandling(past.handledBy(), micros(past.firstResponse()), past.resolutionCode(),
                micros(past.resolvedAt()), micros(past.closedAt()), ServiceLevels.clockOf(contact.queue));
        history.recordAndAnnounce(contact, ContactEntry.Kind.CLOSED, ContactHistory.Actor.SYSTEM, false, null,
                Map.of("imported", true), ContactHistory.CLOSED, contact.closedAt);
        return new Imported(past.externalId(), contact, true);
    }

    /** PostgreSQL keeps microseconds: the stored and the announced times must be the same. */
    private static Instant micros(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }
}
