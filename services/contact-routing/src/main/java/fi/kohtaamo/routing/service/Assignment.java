package fi.kohtaamo.routing.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.Agent;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactRead;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.repository.ContactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives agents work. "Next contact" picks the best waiting contact the agent is qualified for
 * (member of its queue, every required skill at its level, the contact's language): by priority,
 * then the first-response deadline, then age. The pick locks the row and skips rows other agents
 * are locking at that moment, so concurrent agents never get the same contact; the agent's own
 * row is locked too, so their capacity holds under parallel requests.
 */
@ApplicationScoped
public class Assignment {

    private final Agents agents;
    private final ContactHistory history;
    private final ContactRepository contacts;
    private final ObjectMapper json;

    public Assignment(Agents agents, ContactHistory history, ContactRepository contacts, ObjectMapper json) {
        this.agents = agents;
        this.history = history;
        this.contacts = contacts;
        this.json = json;
    }

    /** The contact now assigned to the caller, or empty when nothing they may take is waiting. */
    @Transactional
    public Optional<Contact> next(Caller caller) {
        Agent agent = readyToTake(caller);
        if (agent.queueIds.isEmpty()) {
            return Optional.empty();
        }
        Optional<Contact> picked = contacts.lockNextFor(agent.queueIds, agent.languages, skillsJson(agent));
        if (picked.isEmpty()) {
            return Optional.empty();
        }
        Contact contact = picked.get();
        assign(contact, agent, caller, "next");
        return Optional.of(contact);
    }

    /** The caller takes one particular waiting contact of a queue they work. */
    @Transactional
    public Contact take(Caller caller, UUID contactId) {
        Agent agent = readyToTake(caller);
        Contact contact = contacts.findForUpdate(contactId);
        if (contact == null) {
            throw ProblemException.notFound("Contact", contactId);
        }
        if (!contact.queue.visibleTo(agent.organisation)) {
            throw ProblemException.notFound("Contact", contactId); // another agency's contact is not there for this caller
        }
        contact.requireTakeable();
        if (!agent.queueIds.contains(contact.queue.id) && !RoutingRoles.supervises(caller)) {
            throw ProblemException.forbidden("You are not a member of queue " + contact.queue.code);
        }
        if (!agent.qualifiedFor(contact.requiredSkills, contact.language)) {
            throw new ProblemException(Problem.of(409, "not-qualified", "Not qualified",
                    "The contact needs skills " + contact.requiredSkills + " and language " + contact.language));
        }
        assign(contact, agent, caller, "taken");
        return contact;
    }

    /** The holder puts a contact back in its queue. */
    @Transactional
    public Contact release(Caller caller, UUID contactId, String note) {
        Contact contact = contacts.findForUpdate(contactId);
        if (contact == null) {
            throw ProblemException.notFound("Contact", contactId);
        }
        ContactWork.requireHolderOrSupervisor(contact, caller);
        contact.release();
        history.recordAndAnnounce(contact, ContactEntry.Kind.RELEASED, ContactHistory.Actor.staff(caller), false, note,
                Map.of("queue", contact.queue.code), ContactHistory.TRANSFERRED);
        return contact;
    }

    Agent readyToTake(Caller caller) {
        Agent agent = agents.lockMe(caller);
        agent.requireRoomToTake(contacts.heldBy(agent.subject));
        return agent;
    }

    /** Assigned by next, take or an accepted offer: the answer hands the agent the contact's personal data (a read). */
    void assign(Contact contact, Agent agent, Caller caller, String how) {
        contact.assignTo(agent.subject, Instant.now());
        ContactRead.record(contact, caller, ContactRead.TAKEN);
        history.recordAndAnnounce(contact, ContactEntry.Kind.ASSIGNED, ContactHistory.Actor.staff(caller), false, null,
                Map.of("agent", agent.username, "how", how, "queue", contact.queue.code), ContactHistory.ASSIGNED);
    }

    private String skillsJson(Agent agent) {
        try {
            return json.writeValueAsString(agent.skills);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
