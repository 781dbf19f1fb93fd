package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.AccessSecret;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.TrackingCode;
import fi.kohtaamo.routing.repository.ContactReadRepository;
import fi.kohtaamo.routing.repository.ContactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** A client follows a contact with its tracking code and access secret, or signed in. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContactTracking {

    private final ContactRepository contacts;
    private final ContactHistory history;
    private final ContactReadRepository reads;
    private final KnownClients knownClients;

    public ContactTracking(ContactRepository contacts, ContactHistory history, ContactReadRepository reads,
                           KnownClients knownClients) {
        this.contacts = contacts;
        this.history = history;
        this.reads = reads;
        this.knownClients = knownClients;
    }

    /** The client's view: the contact and what of its history the client sees. */
    public record ClientView(Contact contact, List<ContactEntry> history) {
    }

    public ClientView view(Contact contact) {
        return new ClientView(contact, history.of(contact, true));
    }

    /** A signed-in citizen's own contact (one they submitted signed in). */
    public Contact own(Caller caller, UUID id) {
        Contact contact = contacts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Contact", id));
        if (caller.isAnonymous() || !caller.subject().equals(contact.submittedBy)) {
            throw ProblemException.notFound("Contact", id); // no hint that someone else's contact exists
        }
        return contact;
    }

    /** A signed-in citizen's contacts, newest first. */
    public List<Contact> mine(Caller caller, int limit) {
        return contacts.submittedBy(caller.subject(), limit);
    }

    /**
     * Who of the staff has opened a signed-in citizen's contacts: those they submitted signed in
     * and those of the registry client linked to them. Newest first.
     */
    public List<ContactReadRepository.OfClient> readsOfMine(Caller caller, int limit) {
        UUID clientId = knownClients.signedInAs(caller.subject()).map(client -> client.clientId).orElse(null);
        return reads.ofClient(caller.subject(), clientId, limit);
    }

    public Contact find(String trackingCode, String accessSecret) {
        if (!TrackingCode.isValid(trackingCode)) {
            throw ProblemException.invalid("trackingCode", "not a tracking code (check for typos)");
        }
        // One answer for "no such code" and "wrong secret", so that codes cannot be probed.
        return contacts.findByTrackingCode(TrackingCode.normalise(trackingCode))
                .filter(contact -> AccessSecret.matches(accessSecret, contact.accessSecretHash))
                .orElseThrow(() -> ProblemException.notFound("Contact with tracking code", TrackingCode.normalise(trackingCode)
                        + " and that secret"));
    }
}
