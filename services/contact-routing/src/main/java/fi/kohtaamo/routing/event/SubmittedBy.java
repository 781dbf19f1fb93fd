package fi.kohtaamo.routing.event;

import fi.kohtaamo.routing.domain.Contact;

/**
 * {@code submittedBy} of the contact events: the agency system that submitted the contact (its
 * client id and organisation), so that its webhooks receive the events of a contact it submitted to
 * another organisation. Names a system, never a person; null when no agency system submitted it.
 */
public record SubmittedBy(String clientId, String organisation) {

    public static SubmittedBy of(Contact contact) {
        return contact.submittedByClient == null ? null
                : new SubmittedBy(contact.submittedByClient, contact.submittedByOrganisation);
    }
}
