package fi.kohtaamo.routing.service;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.outbox.CloudEvent;
import fi.kohtaamo.outbox.Inbox;
import fi.kohtaamo.routing.domain.ClientNotice;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.repository.ContactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.UUID;

/**
 * Feedback's invitations to the satisfaction survey reach the client through this service, which
 * knows how: the link is shown on the status page and e-mailed to a client who gave an address.
 */
@ApplicationScoped
public class SurveyInvitations {

    static final String CONSUMER = "contact-routing.feedback";
    public static final String INVITED = "fi.kohtaamo.feedback.satisfaction-survey-invited.v1";
    private static final Logger LOG = Logger.getLogger(SurveyInvitations.class);

    private final Inbox inbox;
    private final ClientNotices notices;
    private final ContactRepository contacts;
    private final String surveyPage;

    public SurveyInvitations(Inbox inbox, ClientNotices notices, ContactRepository contacts,
                             fi.kohtaamo.routing.config.RoutingConfig config) {
        this.surveyPage = config.surveyPageUrl().replaceAll("/+$", "");
        this.inbox = inbox;
        this.notices = notices;
        this.contacts = contacts;
    }

    @Transactional
    public void apply(CloudEvent event) {
        if (!INVITED.equals(event.type()) || !inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        JsonNode data = event.data();
        Contact contact = contacts.findById(UUID.fromString(data.path("contactId").asText()));
        String url = data.path("surveyUrl").asText(null);
        if (contact == null || !isOwnSurveyLink(url, surveyPage)) {
            // A link elsewhere would put a stranger's page on the status page and into an official e-mail.
            LOG.warnf("satisfaction invitation %s names no known contact or no link to the platform's survey page; ignored",
                    event.id());
            return;
        }
        contact.surveyUrl = url;
        contact.surveyExpiresAt = Instant.parse(data.path("expiresAt").asText());
        notices.notify(contact, ClientNotice.Kind.SATISFACTION_SURVEY, url);
    }

    /** The platform's survey page followed by one path segment of a token's characters, nothing else. */
    static boolean isOwnSurveyLink(String url, String surveyPage) {
        if (url == null || !url.startsWith(surveyPage + "/")) {
            return false;
        }
        return TOKEN.matcher(url.substring(surveyPage.length() + 1)).matches();
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,128}");
}
