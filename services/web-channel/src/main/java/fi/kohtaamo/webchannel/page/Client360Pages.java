package fi.kohtaamo.webchannel.page;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kohtaamo.webchannel.client.ClientFeedbackClient;
import fi.kohtaamo.webchannel.client.ClientFinderClient;
import fi.kohtaamo.webchannel.client.ClientLinkClient;
import fi.kohtaamo.webchannel.client.ClientRecordClient;
import fi.kohtaamo.webchannel.client.WorkClient;
import fi.kohtaamo.webchannel.i18n.C360Messages;
import fi.kohtaamo.webchannel.i18n.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.blankToNull;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.localized;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;

/**
 * The whole client of a contact, for the agent serving it: the registry's record, the
 * organisations a person acts for, stakeholder roles and segments (the registry), the client's
 * other contacts with the organisation, open and earlier (contact routing), and their feedback and
 * named survey answers (feedback). Opening it names the contact and a purpose, and each service
 * audits its own part. A contact without a client gets the registry's search (named with the
 * contact) and a registration prefilled from the contact's details; a wrong link can be undone.
 * Every form is a plain POST, so the page works without JavaScript.
 */
@Path("/work/contacts/{id}/client-360")
@Produces(MediaType.TEXT_HTML)
public class Client360Pages {

    static final Set<String> OPEN = Set.of("QUEUED", "ASSIGNED", "WAITING_FOR_CLIENT");
    /** The client's contacts listed: the newest this many. */
    static final int CONTACTS = 50;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final Logger LOG = Logger.getLogger(Client360Pages.class);

    private final WorkClient work;
    private final ClientLinkClient links;
    private final ClientRecordClient records;
    private final ClientFinderClient finder;
    private final ClientFeedbackClient feedback;
    private final PageFrame frame;

    public Client360Pages(@RestClient WorkClient work, @RestClient ClientLinkClient links, @RestClient ClientRecordClient records,
                          @RestClient ClientFinderClient finder, @RestClient ClientFeedbackClient feedback, PageFrame frame) {
        this.work = work;
        this.links = links;
        this.records = records;
        this.finder = finder;
        this.feedback = feedback;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance client360(PageContext page, ContactRef contact, View view, Map<String, String> form,
                                                 Map<String, String> errors, List<FoundView> found, String notice);
    }

    /** The contact the page serves. */
    public record ContactRef(String id, String trackingCode, boolean hasClient) {
    }

    public record RelationView(String with, String kind, String agency, String valid) {
    }

    public record RoleView(String role, String since) {
    }

    public record ContactHit(String id, String trackingCode, String status, String received, String excerpt) {
    }

    public record FeedbackView(String reference, String kind, String status, String received, String text) {
    }

    public record AnswerView(String question, String answer) {
    }

    public record ResponseView(String survey, String responded, List<AnswerView> answers) {
    }

    public record FoundView(String id, String kind, String name, String detail) {
    }

    /**
     * The whole client. A part whose service does not answer is null (the page says it is not
     * available) rather than failing the page: the record is what the agent needs first.
     */
    public record View(ClientRecordClient.Record record, String birthDate, List<RelationView> relations, List<RoleView> roles,
                       List<ContactHit> open, List<ContactHit> earlier, List<FeedbackView> feedback,
                       List<ResponseView> answers) {
    }

    @GET
    public Response show(@PathParam("id") String id, @QueryParam("done") String done, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        String notice = "linked".equals(done) ? "c360_linked" : "unlinked".equals(done) ? "c360_unlinked" : null;
        return page(id, language, lang, uri, 200, Map.of(), null, null, notice == null ? null
                : PageSupport.text(C360Messages.class, notice, language), null);
    }

    /** Opens the whole client, naming this contact and the agent's purpose (the registry refuses another's). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("id") String id, MultivaluedMap<String, String> posted,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        String purpose = blankToNull(posted.getFirst("purpose"));
        if (purpose == null || purpose.length() < 5 || purpose.length() > 200 || purpose.indexOf('\0') >= 0) {
            return page(id, language, null, uri, 400, Map.of("purpose", "error_c360_purpose"), null, null, null, null);
        }
        return page(id, language, null, uri, 200, Map.of(), null, null, null,
                (contact, form) -> whole(contact, purpose, language));
    }

    /** Finds the contact's client in the registry: the search names the contact, and each client found is audited. */
    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(@PathParam("id") String id, MultivaluedMap<String, String> posted,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> form = formValues(posted);
        String q = blankToNull(form.get("q"));
        String phone = blankToNull(form.get("phone"));
        String identityCode = blankToNull(form.get("identityCode"));
        String businessId = blankToNull(form.get("businessId"));
        if (identityCode == null && businessId == null && phone == null && (q == null || q.length() < 2 || q.length() > 200)) {
            return page(id, language, null, uri, 400, Map.of("q", "error_c360_find"), form, null, null, null);
        }
        UUID contactId = PageSupport.uuidOrNull(id);
        if (contactId == null) {
            return PageSupport.notFound(frame.context(language, uri), language);
        }
        try {
            String code = work.contact(contactId).trackingCode();
            String purpose = MessageBundles.get(C360Messages.class, Localized.Literal.of(language)).c360_find_purpose(code);
            List<FoundView> found = finder.search(new ClientFinderClient.Search(q, identityCode, businessId, phone, contactId,
                    purpose)).stream().map(Client360Pages::found).toList();
            return page(id, language, null, uri, 200, Map.of(), form, found, null, null);
        } catch (WebApplicationException e) {
            return refused(id, language, uri, form, e, Map.of("identityCode", "error_c360_identity_code",
                    "businessId", "error_c360_business_id", "phone", "error_c360_phone", "q", "error_c360_find"), "");
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** Links the contact to the client chosen from the search. */
    @POST
    @Path("/link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response link(@PathParam("id") String id, MultivaluedMap<String, String> posted,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID clientId = PageSupport.uuidOrNull(posted.getFirst("clientId"));
        if (clientId == null) {
            return page(id, language, null, uri, 400, Map.of("clientId", "error_c360_choose"), null, null, null, null);
        }
        return change(id, language, uri, null, () -> links.link(UUID.fromString(id), new ClientLinkClient.Link(clientId)),
                "linked", "clientId");
    }

    /** Undoes a wrong link, once the agent confirms it. */
    @POST
    @Path("/unlink")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlink(@PathParam("id") String id, MultivaluedMap<String, String> posted,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        if (!"yes".equals(posted.getFirst("confirm"))) {
            return page(id, language, null, uri, 400, Map.of("confirm", "error_c360_confirm"), null, null, null, null);
        }
        return change(id, language, uri, null, () -> links.unlink(UUID.fromString(id)), "unlinked", "confirm");
    }

    /**
     * Registers the client from the contact's details, under the registry's own rules (its
     * validation and duplicate checks: a known identity code or business id is refused), then
     * links the contact to it.
     */
    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@PathParam("id") String id, MultivaluedMap<String, String> posted,
                             @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                             @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> form = formValues(posted);
        boolean person = !"ORGANISATION".equals(form.get("kind"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (person) {
            require(form, "firstName", "error_c360_first_name", errors);
            require(form, "lastName", "error_c360_last_name", errors);
        } else {
            require(form, "name", "error_c360_org_name", errors);
        }
        if (!errors.isEmpty()) {
            return page(id, language, null, uri, 400, errors, form, null, null, null);
        }
        String email = blankToNull(form.get("email"));
        String phone = blankToNull(form.get("register-phone"));
        ClientFinderClient.Registration registration = new ClientFinderClient.Registration(person ? "PERSON" : "ORGANISATION",
                person ? blankToNull(form.get("firstName")) : null, person ? blankToNull(form.get("lastName")) : null,
                person ? null : blankToNull(form.get("name")), person ? blankToNull(form.get("register-identityCode")) : null,
                person ? null : blankToNull(form.get("register-businessId")), language, email == null ? List.of() : List.of(email),
                phone == null ? List.of() : List.of(phone));
        return change(id, language, uri, form, () -> links.link(UUID.fromString(id),
                new ClientLinkClient.Link(finder.register(registration).id())), "linked", "register-");
    }

    private static void require(Map<String, String> form, String field, String key, Map<String, String> errors) {
        if (blankToNull(form.get(field)) == null) {
            errors.put(field, key);
        }
    }

    /**
     * A change of the contact's client, then back to the page (303) saying it was done; refusals
     * beside their fields ({@code prefix}: that of the form's field ids; a refusal of the whole
     * change is said beside {@code prefix} itself when it names a field of its own).
     */
    private Response change(String id, String language, UriInfo uri, Map<String, String> form, Runnable call, String done,
                            String prefix) {
        if (PageSupport.uuidOrNull(id) == null) {
            return PageSupport.notFound(frame.context(language, uri), language);
        }
        try {
            call.run();
            return PageSupport.redirect("/work/contacts/" + id + "/client-360?done=" + done);
        } catch (WebApplicationException e) {
            return refused(id, language, uri, form, e, Map.of("firstName", "error_c360_first_name",
                    "lastName", "error_c360_last_name", "name", "error_c360_org_name", "identityCode", "error_c360_identity_code",
                    "businessId", "error_c360_business_id", "emails", "error_c360_email", "phones", "error_c360_phone"), prefix);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /**
     * A service's refusal, said beside the field it names ({@code fields}: the problem's field →
     * message key; the form's field ids are those names, with {@code prefix} for the registration
     * form's); a refusal of the whole change beside the form's own field (the chosen client, the
     * confirmation) or at the top.
     */
    private Response refused(String id, String language, UriInfo uri, Map<String, String> form, WebApplicationException e,
                             Map<String, String> fields, String prefix) {
        int status = e.getResponse().getStatus();
        JsonNode problem = PageSupport.problem(e);
        String kind = form == null ? null : form.get("kind");
        Map<String, String> errors = new LinkedHashMap<>();
        if (status == 400) {
            problem.path("violations").forEach(violation -> {
                String field = violation.path("field").asText("").replaceAll("\\[\\d+]$", "");
                if (fields.containsKey(field)) {
                    errors.put(fieldId(prefix, field.equals("emails") ? "email" : field.equals("phones") ? "phone" : field),
                            fields.get(field));
                }
            });
        } else if (status == 409 && problem.path("type").asText("").endsWith("/contact-closed")) {
            errors.put(whole(prefix), "error_c360_closed");
        } else if (status == 409 && prefix.equals("register-")) {
            errors.put(fieldId(prefix, "ORGANISATION".equals(kind) ? "businessId" : "identityCode"),
                    "error_c360_duplicate");
        } else if (status == 409 || status == 403 || status == 404) {
            errors.put(whole(prefix), status == 409 ? "error_c360_closed" : "error_c360_not_allowed");
        } else {
            return unavailable(e, language, uri);
        }
        if (errors.isEmpty()) {
            errors.put("form", "error_generic");
        }
        return page(id, language, null, uri, status == 409 ? 409 : status == 400 ? 400 : 403, errors, form, null, null, null);
    }

    /** The name of a form's field: the registration form's are prefixed where the search form has the same names. */
    private static String fieldId(String prefix, String field) {
        return prefix.equals("register-") && Set.of("identityCode", "businessId", "phone").contains(field) ? prefix + field : field;
    }

    /** Where a refusal of a whole change is said: beside the form's own field, else at the top. */
    private static String whole(String prefix) {
        return prefix.isEmpty() || prefix.endsWith("-") ? "form" : prefix;
    }

    /** What the page shows beside the contact; the contact and the form's values given. */
    private interface Part {
        View of(WorkClient.StaffContact contact, Map<String, String> form);
    }

    private Response page(String id, String language, String explicit, UriInfo uri, int status, Map<String, String> errors,
                          Map<String, String> posted, List<FoundView> found, String notice, Part part) {
        UUID contactId = PageSupport.uuidOrNull(id);
        if (contactId == null) {
            return PageSupport.notFound(frame.context(language, uri), language);
        }
        try {
            WorkClient.StaffContact contact = work.contact(contactId);
            Map<String, String> form = posted != null ? posted : prefilled(contact);
            View view = part == null ? null : part.of(contact, form);
            ContactRef ref = new ContactRef(id, contact.trackingCode(), contact.clientId() != null);
            return staffPage(Templates.client360(frame.context(language, uri), ref, view, form,
                    texts(C360Messages.class, errors, language), found, notice), language, explicit, status);
        } catch (WebApplicationException e) {
            int refused = e.getResponse().getStatus();
            if (refused == 403 || refused == 404) {
                if (part != null) {
                    // the registry refused the read: said beside the purpose, on the page without the client
                    return page(id, language, explicit, uri, 404, Map.of("purpose", "error_c360_not_allowed"), posted, found,
                            notice, null);
                }
                return PageSupport.notFound(frame.context(language, uri), language);
            }
            return unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** The registration form, filled from what the client told on the contact (the name's last word as the last name). */
    static Map<String, String> prefilled(WorkClient.StaffContact contact) {
        Map<String, String> form = new LinkedHashMap<>();
        WorkClient.Details details = contact.contact();
        if (details == null) {
            return form;
        }
        String name = blankToNull(details.name());
        if (name != null) {
            int last = name.lastIndexOf(' ');
            form.put("firstName", last < 0 ? "" : name.substring(0, last).strip());
            form.put("lastName", last < 0 ? name : name.substring(last + 1));
            form.put("name", name);
        }
        if (details.email() != null) {
            form.put("email", details.email());
        }
        if (details.phone() != null) {
            form.put("register-phone", details.phone());
        }
        return form;
    }

    /** The whole client: the record (a refusal fails the page), then each further part as its service answers. */
    private View whole(WorkClient.StaffContact contact, String purpose, String language) {
        if (contact.clientId() == null) {
            return null;
        }
        UUID clientId = contact.clientId();
        ClientRecordClient.Record record = records.read(clientId, contact.id(), purpose);
        List<RelationView> relations = optional("relations", () -> finder.relations(clientId, purpose).stream()
                .map(r -> new RelationView(clientId.equals(r.personId()) ? r.organisationName() : r.personName(), r.kind(),
                        r.agency(), period(r.validFrom(), r.validUntil()))).toList());
        List<RoleView> roles = optional("stakeholder roles", () -> finder.roles(clientId).stream()
                .map(r -> new RoleView(r.role(), r.since() == null ? null : DATE.format(r.since()))).toList());
        List<ContactHit> contacts = optional("contacts", () -> links.ofClient(clientId, 0, CONTACTS).items().stream()
                .filter(hit -> !hit.id().equals(contact.id()))
                // Contacts with this organisation: another agency's in a shared queue are not its to show here.
                .filter(hit -> contact.organisation() != null && contact.organisation().equals(hit.organisation()))
                .map(hit -> new ContactHit(hit.id().toString(), hit.trackingCode(), hit.status(), WHEN.format(hit.receivedAt()),
                        hit.excerpt())).toList());
        ClientFeedbackClient.History history = optional("feedback", () -> feedbackOf(clientId, contact.id(), purpose));
        return new View(record, record.birthDate() == null ? null : DATE.format(record.birthDate()), relations, roles,
                contacts == null ? null : contacts.stream().filter(hit -> OPEN.contains(hit.status())).toList(),
                contacts == null ? null : contacts.stream().filter(hit -> !OPEN.contains(hit.status())).toList(),
                history == null ? null : history.feedback().stream().map(f -> new FeedbackView(f.reference(), f.kind(),
                        f.status(), WHEN.format(f.receivedAt()), f.text())).toList(),
                history == null ? null : history.surveyAnswers().stream().map(r -> response(r, language)).toList());
    }

    /**
     * Feedback learns the contact's client from routing's events, a moment after the link: until
     * then it answers 404, which here is "nothing yet", not a refusal of the page.
     */
    private ClientFeedbackClient.History feedbackOf(UUID clientId, UUID contactId, String purpose) {
        try {
            return feedback.of(clientId, contactId, purpose);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return new ClientFeedbackClient.History(List.of(), List.of());
            }
            throw e;
        }
    }

    private static ResponseView response(ClientFeedbackClient.NamedResponse response, String language) {
        return new ResponseView(localized(response.surveyTitle(), language, response.surveyType()),
                WHEN.format(response.respondedAt()), response.answers().stream().map(answer -> new AnswerView(
                        localized(answer.questionText(), language, answer.question()),
                        answer.score() != null ? String.valueOf(answer.score())
                                : answer.text() != null ? answer.text()
                                : String.join(", ", answer.choices().stream()
                                .map(choice -> localized(choice.text(), language, choice.code())).toList()))).toList());
    }

    private static String period(LocalDate from, LocalDate until) {
        if (from == null && until == null) {
            return "";
        }
        return (from == null ? "" : DATE.format(from)) + "–" + (until == null ? "" : DATE.format(until));
    }

    private static FoundView found(ClientFinderClient.Found hit) {
        String detail = hit.businessId() != null ? hit.businessId()
                : hit.birthDate() != null ? DATE.format(hit.birthDate()) : "";
        return new FoundView(hit.id().toString(), hit.kind(), hit.displayName(), detail);
    }

    /** A further part of the client; null (shown as not available) when its service does not answer. */
    private static <T> T optional(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("client 360 without %s: %s", what, e.getMessage());
            return null;
        }
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("client 360: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
