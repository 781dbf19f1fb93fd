package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.feedback.config.FeedbackConfig;
import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.FeedbackEntry;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.outbox.Outbox;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.feedback.repository.ContactFactRepository;
import fi.kohtaamo.feedback.repository.FeedbackRepository;
import fi.kohtaamo.feedback.repository.KnownServiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Spontaneous feedback: received from any channel, routed to the responsible organisation's
 * handlers, themed, answered to the sender and closed; every change in its history.
 */
@ApplicationScoped
public class Feedbacks {

    public static final String RECEIVED = "fi.kohtaamo.feedback.received.v1";
    public static final String ANSWERED = "fi.kohtaamo.feedback.answered.v1";
    static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    static final Set<String> CHANNELS = Set.of("WEB", "PHONE", "EMAIL", "CHAT", "SERVICE_POINT", "LETTER",
            "SOCIAL_MEDIA", "API");
    static final int MAX_TEXT = 5000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ORGANISATION = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final FeedbackConfig config;
    private final Themes themes;
    private final FeedbackHistory history;
    private final SenderMails mails;
    private final Outbox outbox;
    private final FeedbackRepository feedbacks;
    private final KnownServiceRepository services;
    private final ContactFactRepository contacts;
    private final KnownClients knownClients;

    public Feedbacks(FeedbackConfig config, Themes themes, FeedbackHistory history, SenderMails mails, Outbox outbox,
                     FeedbackRepository feedbacks, KnownServiceRepository services, ContactFactRepository contacts,
                     KnownClients knownClients) {
        this.knownClients = knownClients;
        this.config = config;
        this.themes = themes;
        this.history = history;
        this.mails = mails;
        this.outbox = outbox;
        this.feedbacks = feedbacks;
        this.services = services;
        this.contacts = contacts;
    }

    @Transactional
    public Feedback receive(Caller caller, NewFeedback input) {
        Feedback.Kind kind = parseKind(input.kind());
        String text = input.text() == null ? "" : input.text().strip();
        if (text.isEmpty()) {
            throw ProblemException.invalid("text", "is required");
        }
        if (text.length() > MAX_TEXT) {
            throw ProblemException.invalid("text", "is at most " + MAX_TEXT + " characters");
        }
        String language = input.language() == null ? "fi" : input.language();
        if (!LANGUAGES.contains(language)) {
            throw ProblemException.invalid("language", "must be fi, sv or en");
        }
        String channel = input.channel() == null ? (caller.serviceAccount() ? "API" : "WEB") : input.channel();
        if (!CHANNELS.contains(channel)) {
            throw ProblemException.invalid("channel", "must be one of " + String.join(", ", CHANNELS.stream().sorted().toList()));
        }
        if (!FeedbackRoles.staff(caller) && !"WEB".equals(channel)) {
            throw ProblemException.invalid("channel", "only staff and agency systems log feedback from other channels");
        }
        if (input.clientId() != null && !FeedbackRoles.staff(caller)) {
            throw ProblemException.invalid("clientId", "only staff and agency systems name the registry's client");
        }
        String email = input.email() == null || input.email().isBlank() ? null : input.email().strip();
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw ProblemException.invalid("email", "is not an e-mail address");
        }
        String name = input.name() == null || input.name().isBlank() ? null : input.name().strip();
        if (name != null && name.length() > 200) {
            throw ProblemException.invalid("name", "is at most 200 characters");
        }

        String subject = FeedbackRoles.citizen(caller) ? caller.subject() : null;
        // A citizen sending signed in is the client the registry links to their sign-in subject.
        UUID client = input.clientId() != null ? input.clientId() : knownClients.clientOf(subject).orElse(null);
        Instant now = Instant.now();
        Feedback feedback = Feedback.receive(kind, channel, language, text, new Feedback.Sender(subject, client, name, email),
                now, config.replyTarget());
        about(feedback, caller, input);
        feedback.suggestedThemes = themes.suggest(feedback.organisation, text);
        feedback.persist();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        details.put("channel", channel);
        details.put("suggestedThemes", feedback.suggestedThemes);
        history.record(feedback, FeedbackEntry.Kind.RECEIVED, actor(caller), now, details);
        outbox.emit(RECEIVED, feedback.id.toString(), FeedbackEventV1.of(feedback, now));
        return feedback;
    }

    /** Whose the feedback is: the service's, the contact's, or the named organisation's. */
    private void about(Feedback feedback, Caller caller, NewFeedback input) {
        if (input.serviceId() != null) {
            KnownService service = services.findById(input.serviceId());
            if (service == null) {
                throw ProblemException.invalid("serviceId", "no such service in the catalogue");
            }
            feedback.serviceId = service.serviceId;
            feedback.serviceGroup = service.group;
            feedback.organisation = service.organisation;
        }
        if (input.contactId() != null) {
            ContactFact contact = contacts.findById(input.contactId());
            if (contact == null) {
                throw ProblemException.invalid("contactId", "no such contact");
            }
            if (feedback.organisation != null && !feedback.organisation.equals(contact.organisation)) {
                throw ProblemException.invalid("contactId", "the contact is another organisation's than the service");
            }
            feedback.contactId = contact.contactId;
            feedback.organisation = contact.organisation;
            if (feedback.serviceId == null) {
                feedback.serviceId = contact.serviceId;
                feedback.serviceGroup = contact.serviceGroup;
            }
        }
        if (feedback.organisation == null) {
            String organisation = input.organisation() != null ? input.organisation()
                    : FeedbackRoles.staff(caller) ? caller.organisation() : null;
            if (organisation == null || organisation.isBlank()) {
                throw ProblemException.invalid("organisation", "name a service, a contact or an organisation");
            }
            if (!ORGANISATION.matcher(organisation).matches()
                    || !services.anyOf(organisation)) {
                throw ProblemException.invalid("organisation", "no such organisation in the catalogue");
            }
            feedback.organisation = organisation;
        } else if (input.organisation() != null && !input.organisation().equals(feedback.organisation)) {
            throw ProblemException.invalid("organisation", "the service or contact is another organisation's");
        }
    }

    public record Filter(String status, String kind, String theme, Boolean overdue, boolean mine, int page, int size) {
    }

    /** The organisation's feedback queue: oldest reply deadline first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Feedback> queue(Caller caller, Filter filter) {
        String organisation = requireHandler(caller);
        Feedback.Status status = filter.status() == null ? null : parseStatus(filter.status());
        Feedback.Kind kind = filter.kind() == null ? null : parseKind(filter.kind());
        if (filter.page() < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (filter.size() < 1 || filter.size() > 200) {
            throw ProblemException.invalid("size", "must be 1–200");
        }
        return feedbacks.queue(organisation, status, kind, filter.theme(),
                Boolean.TRUE.equals(filter.overdue()) ? Instant.now() : null,
                filter.mine() ? caller.displayName() : null, filter.page(), filter.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Feedback get(Caller caller, UUID id) {
        Feedback feedback = feedbacks.findById(id);
        if (feedback == null) {
            throw ProblemException.notFound("Feedback", id);
        }
        if (FeedbackRoles.handlesFeedback(caller) && feedback.organisation.equals(caller.organisation())) {
            return feedback;
        }
        if (FeedbackRoles.citizen(caller) && caller.subject().equals(feedback.senderSubject)) {
            return feedback;
        }
        throw ProblemException.notFound("Feedback", id); // not revealed to others
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Feedback> mine(Caller caller) {
        return feedbacks.sentBy(caller.subject());
    }

    public List<FeedbackEntry> history(Feedback feedback) {
        return history.of(feedback);
    }

    @Transactional
    public Feedback claim(Caller caller, UUID id) {
        Feedback feedback = handled(caller, id);
        feedback.claim(caller.displayName());
        history.record(feedback, FeedbackEntry.Kind.CLAIMED, actor(caller), Instant.now(), Map.of());
        return feedback;
    }

    @Transactional
    public Feedback release(Caller caller, UUID id) {
        Feedback feedback = handled(caller, id);
        Map<String, Object> details = Map.of("handler", feedback.release(caller.displayName(), caller.hasRole("manager")));
        history.record(feedback, FeedbackEntry.Kind.RELEASED, actor(caller), Instant.now(), details);
        return feedback;
    }

    @Transactional
    public Feedback setThemes(Caller caller, UUID id, List<String> codes) {
        Feedback feedback = handled(caller, id);
        if (codes == null) {
            throw ProblemException.invalid("themes", "is required");
        }
        List<String> checked = themes.check(feedback.organisation, codes, "themes");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", feedback.themes);
        details.put("to", checked);
        feedback.themes = new ArrayList<>(checked);
        history.record(feedback, FeedbackEntry.Kind.THEMES_SET, actor(caller), Instant.now(), details);
        return feedback;
    }

    @Transactional
    public Feedback reply(Caller caller, UUID id, String text) {
        Feedback feedback = handled(caller, id);
        feedback.requireOpen();
        String reply = text == null ? "" : text.strip();
        if (reply.isEmpty()) {
            throw ProblemException.invalid("text", "is required");
        }
        if (reply.length() > MAX_TEXT) {
            throw ProblemException.invalid("text", "is at most " + MAX_TEXT + " characters");
        }
        Instant now = Instant.now();
        feedback.answer(reply, caller.displayName(), now);
        boolean mailed = feedback.reachable();
        if (mailed) {
            mails.queue(feedback, now);
        }
        history.record(feedback, FeedbackEntry.Kind.ANSWERED, actor(caller), now, Map.of("mailed", mailed));
        outbox.emit(ANSWERED, feedback.id.toString(), FeedbackEventV1.answered(feedback, mailed));
        return feedback;
    }

    @Transactional
    public Feedback close(Caller caller, UUID id, String note) {
        Feedback feedback = handled(caller, id);
        Instant now = Instant.now();
        feedback.close(now);
        if (note != null && note.length() > MAX_TEXT) { // after the 409 of closing twice; the close rolls back
            throw ProblemException.invalid("note", "is at most " + MAX_TEXT + " characters");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (note != null && !note.isBlank()) {
            details.put("note", note.strip());
        }
        history.record(feedback, FeedbackEntry.Kind.CLOSED, actor(caller), now, details);
        return feedback;
    }

    @Transactional
    public Feedback reopen(Caller caller, UUID id) {
        Feedback feedback = handled(caller, id);
        feedback.reopen();
        history.record(feedback, FeedbackEntry.Kind.REOPENED, actor(caller), Instant.now(), Map.of());
        return feedback;
    }

    private Feedback handled(Caller caller, UUID id) {
        String organisation = requireHandler(caller);
        Feedback feedback = feedbacks.findById(id);
        if (feedback == null || !feedback.organisation.equals(organisation)) {
            throw ProblemException.notFound("Feedback", id);
        }
        return feedback;
    }

    private static String requireHandler(Caller caller) {
        if (!FeedbackRoles.handlesFeedback(caller)) {
            throw ProblemException.forbidden("Feedback is handled by feedback handlers and managers");
        }
        return caller.requireOrganisation();
    }

    private static String actor(Caller caller) {
        return caller.isAnonymous() ? "sender" : FeedbackRoles.citizen(caller) ? "sender" : caller.displayName();
    }

    static Feedback.Kind parseKind(String kind) {
        if (kind == null) {
            throw ProblemException.invalid("kind", "is required: PRAISE, COMPLAINT, SUGGESTION, QUESTION or OTHER");
        }
        try {
            return Feedback.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "must be PRAISE, COMPLAINT, SUGGESTION, QUESTION or OTHER");
        }
    }

    static Feedback.Status parseStatus(String status) {
        try {
            return Feedback.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be NEW, IN_PROGRESS, ANSWERED or CLOSED");
        }
    }
}
