package fi.kohtaamo.routing.rest;

import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.service.ContactTracking;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The client sees the satisfaction survey's link only while it can be answered. */
class TrackedSurveyLinkTest {

    private static Contact contact(String url, Instant expires) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.trackingCode = "KH-2345-6789";
        contact.status = ContactStatus.RESOLVED;
        contact.receivedAt = Instant.now().minus(Duration.ofDays(1));
        contact.resolvedAt = Instant.now();
        contact.surveyUrl = url;
        contact.surveyExpiresAt = expires;
        return contact;
    }

    private static String shown(Contact contact) {
        return ContactResponses.Tracked.of(new ContactTracking.ClientView(contact, List.of())).surveyUrl();
    }

    @Test
    void anOpenInvitationIsShownAnExpiredOneIsNot() {
        String url = "http://127.0.0.1:8080/surveys/abc";
        assertThat(shown(contact(url, Instant.now().plus(Duration.ofDays(1))))).isEqualTo(url);
        assertThat(shown(contact(url, Instant.now().minusSeconds(1)))).isNull();
        assertThat(shown(contact(null, null))).isNull();
    }
}
