package fi.kohtaamo.routing.service;

import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.AccessSecret;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.TrackingCode;
import fi.kohtaamo.routing.repository.ContactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** A client follows a contact with its tracking code and access secret. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContactTracking {

    private final ContactRepository contacts;

    public ContactTracking(ContactRepository contacts) {
        this.contacts = contacts;
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
