package fi.kohtaamo.routing.automation;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.Macro;
import fi.kohtaamo.routing.repository.MacroRepository;
import fi.kohtaamo.routing.service.ContactHistory;
import fi.kohtaamo.routing.service.ContactWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's macros: its supervisors keep them (If-Match on change), its staff list them
 * and apply one to a contact they hold, naming the contact's version they saw (412 when it changed
 * since). The actions run through the automation's executor, and the changes they make trigger the
 * organisation's automation rules as an agent's own would.
 */
@ApplicationScoped
public class Macros {

    private final MacroRepository macros;
    private final ActionCheck actions;
    private final ContactWork work;
    private final Automation automation;

    public Macros(MacroRepository macros, ActionCheck actions, ContactWork work, Automation automation) {
        this.macros = macros;
        this.actions = actions;
        this.work = work;
        this.automation = automation;
    }

    public record Draft(String name, List<AutomationAction> actions) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Macro> list(Caller caller) {
        return macros.ofOrganisation(caller.requireOrganisation());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Macro get(Caller caller, UUID id) {
        Macro macro = macros.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Macro", id));
        caller.requireSameOrganisation(macro.organisation, "Macro", id);
        return macro;
    }

    @Transactional
    public Macro create(Caller caller, Draft draft) {
        Macro macro = new Macro();
        macro.id = UUID.randomUUID();
        macro.organisation = caller.requireOrganisation();
        macro.version = 1;
        apply(macro, draft, caller);
        macro.persist();
        return macro;
    }

    private Macro locked(Caller caller, UUID id) {
        Macro macro = macros.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Macro", id));
        caller.requireSameOrganisation(macro.organisation, "Macro", id);
        return macro;
    }

    @Transactional
    public Macro update(Caller caller, UUID id, int expectedVersion, Draft draft) {
        Macro macro = locked(caller, id);
        AutomationRules.requireVersion("macro", macro.version, expectedVersion);
        macro.version++;
        apply(macro, draft, caller);
        return macro;
    }

    @Transactional
    public void delete(Caller caller, UUID id, int expectedVersion) {
        Macro macro = locked(caller, id);
        AutomationRules.requireVersion("macro", macro.version, expectedVersion);
        macro.delete();
    }

    /** The macro's actions on a contact the caller holds (or supervises), at the version they saw. */
    @Transactional
    public Contact applyTo(Caller caller, UUID contactId, UUID macroId, int expectedContactVersion) {
        Contact contact = work.held(caller, contactId);
        Macro macro = get(caller, macroId);
        AutomationRules.requireVersion("contact", contact.version, expectedContactVersion);
        ContactHistory.Actor agent = ContactHistory.Actor.staff(caller);
        automation.applyMacro(contact, macro.actions,
                ActionExecutor.Origin.macro(macro.id, macro.name, macro.version, macro.organisation, agent));
        Contact.getEntityManager().flush(); // the answer's ETag is the version the changes made
        return contact;
    }

    private void apply(Macro macro, Draft draft, Caller caller) {
        actions.check(macro.organisation, draft.actions());
        String name = draft.name().strip();
        if (macros.nameTaken(macro.organisation, name, macro.id)) {
            throw new ProblemException(Problem.of(409, "macro-name-taken", "Name taken",
                    "Another macro of your organisation already has this name"));
        }
        macro.name = name;
        macro.actions = new ArrayList<>(draft.actions());
        macro.updatedBy = caller.displayName();
        macro.updatedAt = Instant.now();
    }
}
