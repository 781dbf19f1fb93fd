package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.domain.Placeholders;
import fi.kohtaamo.routing.domain.ReplyTemplate;
import fi.kohtaamo.routing.repository.KnownServiceRepository;
import fi.kohtaamo.routing.repository.ReplyTemplateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organisation's reply templates: its supervisors keep them, its staff list them and fill one
 * for a contact they see. A template is its organisation's alone (another's is a 404), also on a
 * contact of a queue shared with another agency: the words are the caller's agency's.
 */
@ApplicationScoped
public class ReplyTemplates {

    private final ReplyTemplateRepository templates;
    private final KnownServiceRepository services;
    private final ContactWork work;

    public ReplyTemplates(ReplyTemplateRepository templates, KnownServiceRepository services, ContactWork work) {
        this.templates = templates;
        this.services = services;
        this.work = work;
    }

    /** A template as a supervisor writes it; a language without text is null. */
    public record Draft(String name, String textFi, String textSv, String textEn) {
    }

    /** A template filled for a contact: the language used (see {@link ReplyTemplate#languageFor}) and the placeholders left empty. */
    public record Rendered(ReplyTemplate template, String language, String text, List<String> missing) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReplyTemplate> list(Caller caller) {
        return templates.ofOrganisation(caller.requireOrganisation());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReplyTemplate get(Caller caller, UUID id) {
        ReplyTemplate template = templates.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Reply template", id));
        caller.requireSameOrganisation(template.organisation, "Reply template", id);
        return template;
    }

    /**
     * The template to change, its row locked until the commit: two supervisors sending the same
     * If-Match one after the other see the second refused (412), not the first overwritten.
     */
    private ReplyTemplate locked(Caller caller, UUID id) {
        ReplyTemplate template = templates.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Reply template", id));
        caller.requireSameOrganisation(template.organisation, "Reply template", id);
        return template;
    }

    @Transactional
    public ReplyTemplate create(Caller caller, Draft draft) {
        ReplyTemplate template = new ReplyTemplate();
        template.id = UUID.randomUUID();
        template.organisation = caller.requireOrganisation();
        template.version = 1;
        apply(template, draft, caller);
        template.persist();
        return template;
    }

    @Transactional
    public ReplyTemplate update(Caller caller, UUID id, int expectedVersion, Draft draft) {
        ReplyTemplate template = locked(caller, id);
        requireVersion(template, expectedVersion);
        template.version++;
        apply(template, draft, caller);
        return template;
    }

    @Transactional
    public void delete(Caller caller, UUID id, int expectedVersion) {
        ReplyTemplate template = locked(caller, id);
        requireVersion(template, expectedVersion);
        template.delete();
    }

    /** The template in the contact's language (or the fallback), its placeholders filled from the contact and the caller. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered render(Caller caller, UUID contactId, UUID templateId) {
        Contact contact = work.seen(caller, contactId);
        return fill(get(caller, templateId), contact, caller.displayName());
    }

    /** A template (already checked to be the organisation's) filled for a contact; {@code agent} may be null (an automation). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered fill(ReplyTemplate template, Contact contact, String agent) {
        String language = template.languageFor(contact.language);
        Map<String, String> values = new HashMap<>();
        values.put(Placeholders.CLIENT_NAME, contact.contactName);
        values.put(Placeholders.TRACKING_CODE, contact.trackingCode);
        values.put(Placeholders.SERVICE, serviceName(contact.serviceId, language));
        values.put(Placeholders.AGENT, agent);
        Placeholders.Filled filled = Placeholders.fill(template.text(language), values);
        return new Rendered(template, language, filled.text(), filled.missing());
    }

    private String serviceName(UUID serviceId, String language) {
        if (serviceId == null) {
            return null;
        }
        KnownService service = services.findById(serviceId);
        if (service == null) {
            return null;
        }
        String name = switch (language) {
            case "sv" -> service.nameSv;
            case "en" -> service.nameEn;
            default -> service.nameFi;
        };
        return name != null ? name : service.nameFi;
    }

    private void apply(ReplyTemplate template, Draft draft, Caller caller) {
        String name = draft.name().strip();
        Map<String, String> texts = Map.of("fi", text(draft.textFi()), "sv", text(draft.textSv()), "en", text(draft.textEn()));
        if (texts.values().stream().allMatch(String::isEmpty)) {
            throw ProblemException.invalid("texts", "give the text in at least one of Finnish, Swedish and English");
        }
        for (String language : ReplyTemplate.LANGUAGES) {
            List<String> unknown = Placeholders.unknownIn(texts.get(language));
            if (!unknown.isEmpty()) {
                throw ProblemException.invalid("texts." + language, "unknown placeholder {" + unknown.getFirst()
                        + "}; the known ones are {" + String.join("}, {", Placeholders.KNOWN) + "}");
            }
        }
        // Per organisation: another agency's template neither blocks a name nor reveals it.
        if (templates.nameTaken(template.organisation, name, template.id)) {
            throw new ProblemException(Problem.of(409, "reply-template-name-taken", "Name taken",
                    "Another reply template of your organisation already has this name"));
        }
        template.name = name;
        template.textFi = texts.get("fi").isEmpty() ? null : texts.get("fi");
        template.textSv = texts.get("sv").isEmpty() ? null : texts.get("sv");
        template.textEn = texts.get("en").isEmpty() ? null : texts.get("en");
        template.updatedBy = caller.displayName();
        template.updatedAt = Instant.now();
    }

    /** A text as kept: surrounding blank lines and spaces dropped, blank as empty. */
    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static void requireVersion(ReplyTemplate template, int expected) {
        if (template.version != expected) {
            throw new ProblemException(Problem.of(412, "version-mismatch", "Precondition failed",
                    "The reply template is at version " + template.version + ", not " + expected + "; reload it and retry"));
        }
    }
}
