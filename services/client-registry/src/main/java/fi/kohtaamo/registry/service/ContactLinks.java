package fi.kohtaamo.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.UpstreamCopies;
import fi.kohtaamo.registry.domain.ContactLink;
import fi.kohtaamo.registry.repository.ContactLinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.UUID;

/**
 * Which contact concerns which client and which organisation handles it, from contact routing's
 * events: every contact event carries the contact's state after the change (its client and
 * organisation), so each is applied once ({@link UpstreamCopies}: the inbox) and only when newer
 * than what is held (routing's events have no version: their time orders them). The registry never
 * asks routing on a read; a contact routing has not announced yet serves no read.
 */
@ApplicationScoped
public class ContactLinks {

    static final String CONSUMER = "client-registry.contact-links";

    private final UpstreamCopies copies;
    private final ContactLinkRepository links;

    public ContactLinks(UpstreamCopies copies, ContactLinkRepository links) {
        this.copies = copies;
        this.links = links;
    }

    @Transactional
    public UpstreamCopies.Outcome apply(CloudEvent event) {
        JsonNode data = event.data();
        UUID contactId = UUID.fromString(data.path("contactId").asText());
        String organisation = data.path("organisation").asText(null);
        if (organisation == null || organisation.isBlank()) {
            throw new IllegalArgumentException("contact event " + event.id() + " names no organisation");
        }
        String client = data.path("clientId").asText(null);
        UUID clientId = client == null || client.isEmpty() ? null : UUID.fromString(client);
        return copies.apply(CONSUMER, event, () -> links.findById(contactId), held -> {
            ContactLink link = held != null ? held : new ContactLink();
            link.contactId = contactId;
            link.clientId = clientId;
            link.organisation = organisation;
            return link;
        }, created -> created.persist());
    }

    /** Whether the contact is the reader's organisation's (see {@link ContactLink#handledBy}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean handledBy(UUID contactId, String readerOrganisation, boolean anyOrganisation) {
        ContactLink link = links.findById(contactId);
        return link != null && link.handledBy(readerOrganisation, anyOrganisation);
    }

    /** Whether the contact serves a read of one of {@code clientIds} (see {@link ContactLink#serves}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean serves(UUID contactId, Collection<UUID> clientIds, String readerOrganisation, boolean anyOrganisation) {
        ContactLink link = links.findById(contactId);
        return link != null && link.serves(clientIds, readerOrganisation, anyOrganisation);
    }
}
