package fi.kohtaamo.routing.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.kohtaamo.routing.domain.ContactStatus.CLOSED;
import static org.assertj.core.api.Assertions.assertThat;

/** Removing a contact's personal data (retention, erasure): what goes and what the figures keep, without a database. */
class ContactPersonalDataTest {

    static final Instant REMOVED = Instant.parse("2028-03-02T01:45:00Z");

    @Test
    void theClientsDetailsAndEveryTextGoAndTheHandlingStays() {
        Contact contact = ContactTest.contactIn(CLOSED);
        contact.contactName = "Maija Meikäläinen";
        contact.contactEmail = "maija@example.fi";
        contact.contactPhone = "040 123 4567";
        contact.submittedBy = "citizen-subject";
        contact.attributes = Map.of("road_number", 1234);
        contact.latitude = new BigDecimal("60.170000");
        contact.longitude = new BigDecimal("24.940000");
        contact.addressString = "Mannerheimintie 1";
        contact.addressId = "addr-1";
        contact.mediaUrl = "https://example.fi/photo.jpg";
        contact.descriptionHtml = "<p>Hei</p>";
        contact.surveyUrl = "https://example.fi/surveys/token";
        contact.surveyExpiresAt = REMOVED;
        contact.serviceId = UUID.randomUUID();
        contact.segments = List.of("ENTREPRENEUR");
        contact.firstResponseBreached = true;
        Instant closedAt = contact.closedAt;
        UUID serviceId = contact.serviceId;

        contact.removePersonalData("[gone]", REMOVED);

        assertThat(contact.contactName).isNull();
        assertThat(contact.contactEmail).isNull();
        assertThat(contact.contactPhone).isNull();
        assertThat(contact.submittedBy).isNull();
        assertThat(contact.attributes).isEmpty();
        assertThat(contact.description).isEqualTo("[gone]");
        assertThat(contact.descriptionHtml).isNull();
        assertThat(contact.resolutionJustification).isEqualTo("[gone]");
        assertThat(contact.latitude).isNull();
        assertThat(contact.longitude).isNull();
        assertThat(contact.addressString).isNull();
        assertThat(contact.addressId).isNull();
        assertThat(contact.mediaUrl).isNull();
        assertThat(contact.surveyUrl).isNull();
        assertThat(contact.surveyExpiresAt).isNull();
        assertThat(contact.personalDataRemovedAt).isEqualTo(REMOVED);
        // what the agency's figures are made of
        assertThat(contact.status).isEqualTo(CLOSED);
        assertThat(contact.closedAt).isEqualTo(closedAt);
        assertThat(contact.serviceId).isEqualTo(serviceId);
        assertThat(contact.queue.code).isEqualTo("FIRST");
        assertThat(contact.channel).isEqualTo(Channel.WEB);
        assertThat(contact.language).isEqualTo("fi");
        assertThat(contact.segments).containsExactly("ENTREPRENEUR");
        assertThat(contact.resolutionCode).isEqualTo(ResolutionCode.ANSWERED);
        assertThat(contact.assignedTo).isEqualTo("agent-a");
        assertThat(contact.firstRespondedAt).isNotNull();
        assertThat(contact.firstResponseBreached).isTrue();
        assertThat(contact.receivedAt).isNotNull();
    }

    @Test
    void aContactNeverResolvedGetsNoJustification() {
        Contact contact = ContactTest.contactIn(ContactStatus.QUEUED);

        contact.removePersonalData("[gone]", REMOVED);

        assertThat(contact.resolutionJustification).isNull();
        assertThat(contact.description).isEqualTo("[gone]");
    }
}
