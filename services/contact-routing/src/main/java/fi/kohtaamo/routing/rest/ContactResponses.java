package fi.kohtaamo.routing.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kohtaamo.routing.domain.CallBack;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.service.CallBacks;
import fi.kohtaamo.routing.service.ContactTracking;
import fi.kohtaamo.routing.service.QueueQueries;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of contact routing; entities never leave as JSON. */
final class ContactResponses {

    private ContactResponses() {
    }

    /** The answer to an accepted contact; the access secret appears here once and never again. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Created(UUID id, String trackingCode, String accessSecret, String status, Instant receivedAt) {
        static Created of(Contact contact, String accessSecret) {
            return new Created(contact.id, contact.trackingCode, accessSecret, contact.status.name(), contact.receivedAt);
        }
    }

    /**
     * What a client sees when following a contact: its state, the resolution and the messages
     * between them and staff; {@code personalDataRemovedAt} when the texts were removed (retention
     * or erasure), so that the page can say why they are gone.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tracked(UUID id, String trackingCode, UUID serviceId, String status, boolean waitingForYou,
                          Instant receivedAt, Instant resolvedAt, String resolutionCode, String resolutionJustification,
                          String surveyUrl, Instant personalDataRemovedAt, List<ClientEntry> history) {
        static Tracked of(ContactTracking.ClientView view) {
            Contact contact = view.contact();
            // The satisfaction survey's link, while it can be answered.
            String survey = contact.surveyUrl != null && contact.surveyExpiresAt != null
                    && contact.surveyExpiresAt.isAfter(Instant.now()) ? contact.surveyUrl : null;
            return new Tracked(contact.id, contact.trackingCode, contact.serviceId, contact.status.name(),
                    contact.status == ContactStatus.WAITING_FOR_CLIENT, contact.receivedAt, contact.resolvedAt,
                    contact.resolutionCode == null ? null : contact.resolutionCode.name(), contact.resolutionJustification,
                    survey, contact.personalDataRemovedAt, view.history().stream().map(ClientEntry::of).toList());
        }
    }

    /** A history line as the client sees it: who wrote (the client, staff, the system), never staff names or notes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClientEntry(Instant at, String kind, String from, String text) {
        static ClientEntry of(ContactEntry entry) {
            return new ClientEntry(entry.at, entry.kind.name(), entry.actorKind.name(), entry.body);
        }
    }

    /**
     * A contact as staff work it. {@code assignedToName} is the holder's username (on the opened
     * contact, {@code GET /{id}}; null elsewhere), so that pages show a person, not a token subject.
     * On the opened contact too: {@code preferredChannels}, the channels the client's segments prefer
     * (in order, each once; empty when none), and {@code viaPreferredChannel}, whether the contact
     * came through one of them (null when they prefer none); both null elsewhere.
     */
    public record StaffContact(UUID id, String trackingCode, UUID serviceId, String serviceGroup, QueueRef queue,
                               String organisation, String channel, String language, String status, int priority,
                               Map<String, Integer> requiredSkills, String description, String descriptionHtml,
                               Map<String, Object> attributes, ContactDetails contact, UUID clientId, List<String> segments, String municipalityCode,
                               String assignedTo, Instant assignedAt, Instant receivedAt, ServiceLevel serviceLevel,
                               Instant resolvedAt, String resolutionCode, String resolutionJustification,
                               Instant closedAt, int version, List<StaffEntry> history, String assignedToName,
                               CallBackPart callBack, List<String> preferredChannels, Boolean viaPreferredChannel,
                               List<String> tags) {
        static StaffContact of(Contact contact, List<ContactEntry> history) {
            return of(contact, history, null, null, null);
        }

        static StaffContact of(fi.kohtaamo.routing.service.ContactWork.Handled handled) {
            return of(handled.contact(), handled.history(), handled.holderName(), handled.resolutionTimeLeft(),
                    handled.preferredChannels());
        }

        private static StaffContact of(Contact contact, List<ContactEntry> history, String holderName,
                                       java.time.Duration resolutionTimeLeft, List<String> preferredChannels) {
            return new StaffContact(contact.id, contact.trackingCode, contact.serviceId, contact.serviceGroup,
                    QueueRef.of(contact.queue), contact.organisation, contact.channel.name(), contact.language,
                    contact.status.name(), contact.priority, contact.requiredSkills, contact.description,
                    contact.descriptionHtml, contact.attributes, new ContactDetails(contact.contactName, contact.contactEmail, contact.contactPhone),
                    contact.clientId, contact.segments, contact.municipalityCode, contact.assignedTo, contact.assignedAt,
                    contact.receivedAt, ServiceLevel.of(contact, resolutionTimeLeft), contact.resolvedAt,
                    contact.resolutionCode == null ? null : contact.resolutionCode.name(), contact.resolutionJustification,
                    contact.closedAt, contact.version,
                    history == null ? null : history.stream().map(StaffEntry::of).toList(), holderName,
                    CallBackPart.of(contact, history), preferredChannels,
                    fi.kohtaamo.routing.rules.RoutingFacts.viaPreferred(contact.channel.name(), preferredChannels), contact.tags);
        }
    }

    /**
     * A call-back request as staff work it (null on other contacts): the number to call, the times
     * the client can take the call, and, where the answer carries the history, the attempts so far
     * and what they suggest doing next.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CallBackPart(String phone, List<ContactRequest.Window> windows, List<CallBacks.Attempt> attempts,
                               CallBack.Suggestion suggestion) {
        static CallBackPart of(Contact contact, List<ContactEntry> history) {
            if (!contact.isCallBack()) {
                return null;
            }
            List<CallBacks.Attempt> attempts = history == null ? null : history.stream()
                    .filter(entry -> entry.kind == ContactEntry.Kind.CALL_ATTEMPT).map(CallBacks.Attempt::of).toList();
            return new CallBackPart(contact.contactPhone, contact.preferredWindows().stream().map(ContactRequest.Window::of).toList(), attempts,
                    attempts == null ? null : CallBack.suggest(attempts.stream().map(CallBacks.Attempt::outcome).toList()));
        }
    }

    /** A contact offered to an agent in push mode. */
    public record Offer(UUID id, String trackingCode, QueueRef queue, int priority, String language, Instant receivedAt,
                        Instant firstResponseDue, Instant offerExpiresAt, String excerpt) {
        static Offer of(Contact contact) {
            return new Offer(contact.id, contact.trackingCode, QueueRef.of(contact.queue), contact.priority, contact.language,
                    contact.receivedAt, contact.firstResponseDue, contact.offerExpiresAt, startOf(contact.description));
        }
    }

    /** A staff read of one of the citizen's contacts: who (organisation, roles), when, what, which contact. */
    public record Read(Instant at, String organisation, String roles, String action, String trackingCode) {
        static Read of(fi.kohtaamo.routing.repository.ContactReadRepository.OfClient read) {
            return new Read(read.at(), read.organisation(), read.roles(), read.action(), read.trackingCode());
        }
    }

    public record QueueRef(UUID id, String code, String tier) {
        static QueueRef of(Queue queue) {
            return new QueueRef(queue.id, queue.code, queue.tier.name());
        }
    }

    public record ContactDetails(String name, String email, String phone) {
    }

    /**
     * The contact's service level. While it waits for the client the clock is paused
     * ({@code pausedSince}); {@code resolutionMinutesLeft} is then the business time (in the
     * queue's calendar) that was left to the resolution deadline when it paused, given on the
     * opened contact only.
     */
    public record ServiceLevel(String state, Instant firstResponseDue, Instant firstRespondedAt,
                               boolean firstResponseBreached, Instant resolutionDue, boolean resolutionBreached,
                               Instant pausedSince, Long resolutionMinutesLeft) {
        static ServiceLevel of(Contact contact, java.time.Duration resolutionTimeLeft) {
            return new ServiceLevel(contact.slaState.name(), contact.firstResponseDue, contact.firstRespondedAt,
                    contact.firstResponseBreached, contact.resolutionDue, contact.resolutionBreached, contact.waitingSince,
                    resolutionTimeLeft == null ? null : resolutionTimeLeft.toMinutes());
        }
    }

    public record StaffEntry(long id, Instant at, String kind, String actorKind, String actor, boolean visibleToClient,
                             String text, Map<String, Object> details) {
        static StaffEntry of(ContactEntry entry) {
            return new StaffEntry(entry.id, entry.at, entry.kind.name(), entry.actorKind.name(), entry.actor,
                    entry.visibleToClient, entry.body, entry.details);
        }
    }

    public record QueueSummary(UUID id, String code, String organisation, boolean triage, String tier, Names name,
                               UUID calendarId, UUID slaPolicyId, java.util.Set<String> sharedWith, long waiting,
                               long waitingAtRisk, long waitingBreached, int version, UUID responsibilityArea) {
        static QueueSummary of(QueueQueries.QueueView view) {
            Queue queue = view.queue();
            return new QueueSummary(queue.id, queue.code, queue.organisation, queue.triage, queue.tier.name(),
                    new Names(queue.nameFi, queue.nameSv, queue.nameEn), queue.calendar == null ? null : queue.calendar.id,
                    queue.slaPolicy == null ? null : queue.slaPolicy.id, queue.sharedWith, view.waiting(), view.atRisk(),
                    view.breached(), queue.version, queue.responsibilityAreaId);
        }
    }

    public record Names(String fi, String sv, String en) {
    }

    /** A contact as a queue lists it; contact details are read from the contact itself. */
    public record QueuedContact(UUID id, String trackingCode, UUID serviceId, String channel, String language,
                                String status, int priority, String slaState, Instant firstResponseDue,
                                String assignedTo, Instant receivedAt, String excerpt) {
        static QueuedContact of(Contact contact) {
            return new QueuedContact(contact.id, contact.trackingCode, contact.serviceId, contact.channel.name(),
                    contact.language, contact.status.name(), contact.priority, contact.slaState.name(),
                    contact.firstResponseDue, contact.assignedTo, contact.receivedAt, startOf(contact.description));
        }
    }

    /** The start of a contact's description, for lists. */
    static String startOf(String text) {
        return text.length() <= 140 ? text : text.substring(0, 139) + "…";
    }

    /**
     * A contact as a search lists it: enough to recognise the matter; the contact's page has the
     * rest. {@code assignedToName}: the handler's username.
     */
    public record SearchHit(UUID id, String trackingCode, String status, String channel, String language, UUID serviceId,
                            QueueRef queue, Instant receivedAt, String assignedTo, UUID clientId, String contactName,
                            String excerpt, String assignedToName, String organisation) {
        /** The matter's opening words, at most this many characters. */
        static final int EXCERPT = 160;

        static SearchHit of(Contact contact, Map<String, String> handlerNames) {
            String text = contact.description == null ? "" : contact.description.strip();
            String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1).stripTrailing() + "…";
            return new SearchHit(contact.id, contact.trackingCode, contact.status.name(), contact.channel.name(),
                    contact.language, contact.serviceId, QueueRef.of(contact.queue), contact.receivedAt, contact.assignedTo,
                    contact.clientId, contact.contactName, excerpt,
                    contact.assignedTo == null ? null : handlerNames.get(contact.assignedTo), contact.organisation);
        }
    }

    /**
     * A page of a search: the hits in order, how many match (exactly up to 10,000; beyond that
     * 10,000 with {@code totalExact} false), and the page asked for.
     */
    public record SearchResults(List<SearchHit> items, long total, boolean totalExact, int page, int size) {
    }
}
