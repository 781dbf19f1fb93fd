package fi.kohtaamo.routing.automation;

import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.Agent;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.ReplyTemplate;
import fi.kohtaamo.routing.repository.AgentRepository;
import fi.kohtaamo.routing.repository.QueueRepository;
import fi.kohtaamo.routing.repository.ReplyTemplateRepository;
import fi.kohtaamo.routing.service.ContactHistory;
import fi.kohtaamo.routing.service.ContactWork;
import fi.kohtaamo.routing.service.ReplyTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Does an automation rule's or a macro's actions to a contact through the same domain methods an
 * agent's own actions use (so the history and the outbox's events are as for the agent's). Every
 * line it leaves names the rule or macro and its version. An action the contact's state or the
 * organisation refuses (a reply to a contact nobody holds, a queue the organisation may not use)
 * is skipped with a line saying why; the others still run. Once an action has moved the contact to
 * another organisation (a queue shared with this one), the rest are skipped the same way.
 */
@ApplicationScoped
public class ActionExecutor {

    private final ContactWork work;
    private final QueueRepository queues;
    private final ReplyTemplateRepository templates;
    private final ReplyTemplates replyTemplates;
    private final AgentRepository agents;
    private final ContactHistory history;

    public ActionExecutor(ContactWork work, QueueRepository queues, ReplyTemplateRepository templates,
                          ReplyTemplates replyTemplates, AgentRepository agents, ContactHistory history) {
        this.work = work;
        this.queues = queues;
        this.templates = templates;
        this.replyTemplates = replyTemplates;
        this.agents = agents;
        this.history = history;
    }

    /**
     * What did it: a rule (by the system) or a macro (by the agent applying it), of an
     * organisation, at a version. {@code agentName} fills a template's agent placeholder.
     */
    public record Origin(String kind, UUID id, String name, int version, String organisation,
                         ContactHistory.Actor actor, String agentName) {

        public static Origin rule(UUID id, String name, int version, String organisation) {
            return new Origin("automationRule", id, name, version, organisation, ContactHistory.Actor.SYSTEM, null);
        }

        public static Origin macro(UUID id, String name, int version, String organisation, ContactHistory.Actor agent) {
            return new Origin("macro", id, name, version, organisation, agent, agent.name());
        }

        /** Named in every history line (and event) the action leaves: ids, the version and the name. */
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put(kind + "Id", id.toString());
            details.put(kind + "Version", version);
            details.put(kind, name);
            return details;
        }
    }

    /** Does the actions in order; returns how many were done (skipped ones leave their line). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(Contact contact, List<AutomationAction> actions, Origin origin) {
        int done = 0;
        String organisation = contact.organisation;
        for (AutomationAction action : actions) {
            if (!organisation.equals(contact.organisation)) {
                // An earlier action sent it to a queue shared by another organisation: the contact is
                // that organisation's now, and no longer this rule's or macro's to change or answer.
                Map<String, Object> details = origin.details();
                details.put("action", action.type().name());
                details.put("reason", "the contact moved to another organisation");
                history.record(contact, ContactEntry.Kind.AUTOMATION_SKIPPED, origin.actor(), false, null, details);
                continue;
            }
            try {
                if (apply(contact, action, origin)) {
                    done++;
                }
            } catch (ProblemException refused) {
                Map<String, Object> details = origin.details();
                details.put("action", action.type().name());
                details.put("reason", reason(refused));
                history.record(contact, ContactEntry.Kind.AUTOMATION_SKIPPED, origin.actor(), false, null, details);
            }
        }
        return done;
    }

    private static String reason(ProblemException refused) {
        List<fi.kohtaamo.problem.Problem.Violation> violations = refused.problem().violations();
        return violations == null || violations.isEmpty() ? refused.problem().detail() : violations.getFirst().message();
    }

    private boolean apply(Contact contact, AutomationAction action, Origin origin) {
        return switch (action.type()) {
            case SET_PRIORITY -> work.changePriority(contact, action.priority(), origin.actor(), origin.details()) != null;
            case ADD_TAG -> work.addTag(contact, action.tag(), origin.actor(), origin.details()) != null;
            case TRANSFER -> transfer(contact, queue(action.queue(), origin), origin);
            case SEND_REPLY_TEMPLATE -> {
                work.replyAs(contact, origin.actor(), text(action.templateId(), contact, origin), origin.details());
                yield true;
            }
            case ASK_CLIENT_TEMPLATE -> {
                work.requestInformationAs(contact, origin.actor(), text(action.templateId(), contact, origin), origin.details());
                yield true;
            }
            case NOTIFY_PERSON -> {
                Agent person = agents.byUsername(origin.organisation(), action.person())
                        .orElseThrow(() -> ProblemException.invalid("person", "no person " + action.person()));
                work.notifyStaff(contact, List.of(person), action.person(), origin.actor(), origin.details());
                yield true;
            }
            case NOTIFY_QUEUE -> {
                Queue queue = queue(action.queue(), origin);
                work.notifyStaff(contact, agents.membersOf(queue.id), "queue " + queue.code, origin.actor(), origin.details());
                yield true;
            }
            case CALL_WEBHOOK -> {
                // Changes nothing of the contact, so it triggers no rule; the webhooks service sends it.
                Map<String, Object> details = origin.details();
                details.put("subscriptionId", action.subscriptionId().toString());
                history.recordAndAnnounce(contact, ContactEntry.Kind.WEBHOOK_CALLED, origin.actor(), false, null, details,
                        ContactHistory.AUTOMATION_WEBHOOK);
                yield true;
            }
        };
    }

    private boolean transfer(Contact contact, Queue target, Origin origin) {
        if (target.id.equals(contact.queue.id)) {
            return false; // already there: nothing to do, nothing to announce
        }
        contact.requireTransferable();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fromQueue", contact.queue.code);
        details.put("toQueue", target.code);
        details.putAll(origin.details());
        work.transferAs(contact, target, null, origin.actor(), null, details);
        return true;
    }

    /** A queue the rule's or macro's organisation may use (its own or one shared with it); checked again when run. */
    Queue queue(String code, Origin origin) {
        return usableQueue(queues, code, origin.organisation()).orElseThrow(() -> ProblemException.invalid("queue",
                "queue " + code + " is not one " + origin.organisation() + " may use"));
    }

    static Optional<Queue> usableQueue(QueueRepository queues, String code, String organisation) {
        return code == null ? Optional.empty() : queues.findByCode(code).filter(queue -> queue.visibleTo(organisation));
    }

    private String text(UUID templateId, Contact contact, Origin origin) {
        ReplyTemplate template = templates.findByIdOptional(templateId)
                .filter(found -> found.organisation.equals(origin.organisation()))
                .orElseThrow(() -> ProblemException.invalid("templateId", "no reply template " + templateId));
        return replyTemplates.fill(template, contact, origin.agentName()).text();
    }
}
