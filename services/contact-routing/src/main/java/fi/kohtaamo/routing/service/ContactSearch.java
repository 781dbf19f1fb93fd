package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactRead;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.TrackingCode;
import fi.kohtaamo.routing.repository.ContactRepository;
import fi.kohtaamo.routing.repository.QueueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Staff find any contact their organisation sees (its queues and those shared with it), open or
 * long closed, by words of the matter, tracking code, client, service, queue, channel, state,
 * agent and the day it came. A result shows the client's name and the matter's opening words, so
 * each contact on the page is recorded as read ({@link ContactRead#FOUND}), in the same
 * transaction: the citizen sees who found their contact, and a failed search leaves no entry.
 */
@ApplicationScoped
public class ContactSearch {

    /** Days are the agencies' days. */
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final ContactRepository contacts;
    private final QueueRepository queues;
    private final fi.kohtaamo.routing.repository.AgentRepository agents;

    public ContactSearch(ContactRepository contacts, QueueRepository queues,
                         fi.kohtaamo.routing.repository.AgentRepository agents) {
        this.contacts = contacts;
        this.queues = queues;
        this.agents = agents;
    }

    /** What was asked; every field optional. {@code receivedTo} is inclusive. */
    public record Query(String words, String trackingCode, UUID clientId, UUID serviceId, UUID queueId, Channel channel,
                        ContactStatus status, String assignedTo, LocalDate receivedFrom, LocalDate receivedTo) {
    }

    /**
     * A page of contacts in the order found, and how many match: exactly up to the cap, else the cap
     * and not exact; {@code handlerNames}: the usernames of the page's handlers by subject.
     */
    public record Found(List<Contact> contacts, long total, boolean totalExact, Map<String, String> handlerNames) {
    }

    @Transactional
    public Found search(Caller caller, Query query, int page, int size) {
        if (!RoutingRoles.worksQueues(caller)) {
            throw ProblemException.forbidden("Only customer-service staff search contacts");
        }
        if (query.receivedFrom() != null && query.receivedTo() != null && query.receivedTo().isBefore(query.receivedFrom())) {
            throw ProblemException.invalid("receivedTo", "must not be before receivedFrom");
        }
        List<UUID> visible = queues.visibleTo(caller.organisation()).stream().map(queue -> queue.id).toList();
        ContactRepository.SearchCriteria criteria = new ContactRepository.SearchCriteria(visible, words(query),
                trackingCode(query), query.clientId(), query.serviceId(), query.queueId(), query.channel(), query.status(),
                blankToNull(query.assignedTo()),
                query.receivedFrom() == null ? null : query.receivedFrom().atStartOfDay(HELSINKI).toInstant(),
                query.receivedTo() == null ? null : query.receivedTo().plusDays(1).atStartOfDay(HELSINKI).toInstant());
        ContactRepository.SearchPage found = contacts.search(criteria, page, size);
        long total = found.ids().isEmpty() && page > 0 ? contacts.search(criteria, 0, 1).total() : found.total();
        Map<UUID, Contact> byId = contacts.byIds(found.ids()).stream()
                .collect(Collectors.toMap(contact -> contact.id, Function.identity()));
        List<Contact> ordered = found.ids().stream().map(byId::get).toList();
        ordered.forEach(contact -> ContactRead.record(contact, caller, ContactRead.FOUND));
        boolean exact = total <= ContactRepository.COUNT_CAP;
        // one query for the page's handlers: a list shows people, not token subjects
        java.util.Set<String> handlers = ordered.stream().map(contact -> contact.assignedTo).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return new Found(ordered, Math.min(total, ContactRepository.COUNT_CAP), exact, agents.usernames(handlers));
    }

    /** Words searched for at most. */
    static final int MAX_WORDS = 10;

    /**
     * The query's words (runs of letters and digits, two characters or more, at most
     * {@value #MAX_WORDS}) separated by single spaces, or null: none, or a tracking code, which an
     * agent pastes into the search box.
     */
    static String words(Query query) {
        String words = blankToNull(query.words());
        if (words == null || TrackingCode.isValid(TrackingCode.normalise(words))) {
            return null;
        }
        String kept = java.util.Arrays.stream(words.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 2).distinct().limit(MAX_WORDS).collect(Collectors.joining(" "));
        return kept.isEmpty() ? null : kept;
    }

    static String trackingCode(Query query) {
        if (query.trackingCode() != null && !query.trackingCode().isBlank()) {
            String code = TrackingCode.normalise(query.trackingCode());
            if (!TrackingCode.isValid(code)) {
                throw ProblemException.invalid("trackingCode", "is not a tracking code (KH-XXXX-XXXX)");
            }
            return code;
        }
        String words = blankToNull(query.words());
        return words != null && TrackingCode.isValid(TrackingCode.normalise(words)) ? TrackingCode.normalise(words) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
