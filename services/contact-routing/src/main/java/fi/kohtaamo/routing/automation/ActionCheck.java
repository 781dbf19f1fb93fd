package fi.kohtaamo.routing.automation;

import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.repository.AgentRepository;
import fi.kohtaamo.routing.repository.QueueRepository;
import fi.kohtaamo.routing.repository.ReplyTemplateRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Checks a rule's or a macro's actions when a supervisor saves them: each has what its type needs,
 * and the queues, templates and people it names are the organisation's (a queue may also be one
 * shared with it). A 400 names the field, e.g. {@code actions[1].queue}.
 */
@ApplicationScoped
public class ActionCheck {

    public static final int MAX_ACTIONS = 10;

    private final QueueRepository queues;
    private final ReplyTemplateRepository templates;
    private final AgentRepository agents;

    public ActionCheck(QueueRepository queues, ReplyTemplateRepository templates, AgentRepository agents) {
        this.queues = queues;
        this.templates = templates;
        this.agents = agents;
    }

    public void check(String organisation, List<AutomationAction> actions) {
        if (actions == null || actions.isEmpty()) {
            throw ProblemException.invalid("actions", "give at least one action");
        }
        if (actions.size() > MAX_ACTIONS) {
            throw ProblemException.invalid("actions", "at most " + MAX_ACTIONS + " actions");
        }
        for (int i = 0; i < actions.size(); i++) {
            check(organisation, actions.get(i), "actions[" + i + "].");
        }
    }

    private void check(String organisation, AutomationAction action, String field) {
        if (action == null || action.type() == null) {
            throw ProblemException.invalid(field + "type", "must not be null");
        }
        switch (action.type()) {
            case SET_PRIORITY -> require(action.priority() != null, field + "priority", "give a priority from 1 to 5");
            case ADD_TAG -> require(action.tag() != null && !action.tag().isBlank(), field + "tag", "give the tag");
            case TRANSFER, NOTIFY_QUEUE -> require(ActionExecutor.usableQueue(queues, action.queue(), organisation).isPresent(),
                    field + "queue", "no queue " + action.queue() + " of your organisation or shared with it");
            case SEND_REPLY_TEMPLATE, ASK_CLIENT_TEMPLATE -> require(action.templateId() != null
                            && templates.findByIdOptional(action.templateId()).filter(t -> t.organisation.equals(organisation)).isPresent(),
                    field + "templateId", "no reply template " + action.templateId() + " of your organisation");
            case NOTIFY_PERSON -> require(action.person() != null && agents.byUsername(organisation, action.person()).isPresent(),
                    field + "person", "no person " + action.person() + " in your organisation");
            // The webhooks service owns subscriptions: it delivers only to its organisation's active one.
            case CALL_WEBHOOK -> require(action.subscriptionId() != null, field + "subscriptionId",
                    "give the id of one of your organisation's webhook subscriptions");
        }
    }

    private static void require(boolean holds, String field, String message) {
        if (!holds) {
            throw ProblemException.invalid(field, message);
        }
    }
}
